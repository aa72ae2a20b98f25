"""Reading the JSON netlist Yosys writes (`gridcore synth` leaves it as top.json), shared by the
ice40_* scripts."""
import json
import sys


def load_top(path, tool):
    """The top module of the netlist at `path`; exits with `tool`'s name on a bad file."""
    try:
        with open(path) as f:
            design = json.load(f)
    except (OSError, ValueError) as e:
        sys.exit(f"{tool}: {path}: {e}")
    tops = [m for m in design["modules"].values() if m.get("attributes", {}).get("top")]
    if not tops:
        sys.exit(f"{tool}: {path}: no top module")
    return tops[0]


def drivers(cells):
    """Net bit -> the name of the cell whose output drives it."""
    driver = {}
    for name, c in cells.items():
        for port, bits in c["connections"].items():
            if c.get("port_directions", {}).get(port) == "output":
                for b in bits:
                    if not isinstance(b, str):
                        driver[b] = name
    return driver
