#!/usr/bin/env python3
"""Deep register-to-register paths of an iCE40 netlist, before place and route.

Usage: scripts/ice40_paths.py build/synth/top.json [--min NS] [--verbose]

Reads the JSON netlist Yosys writes (`gridcore synth` leaves it as top.json) and estimates, for
every flip-flop, block RAM and DSP input, the longest path from a register output, with delays
calibrated on icetime's UP5K figures: 1.76 ns of local routing and 1.22 ns per LUT level (about
3 ns a level), 0.28 ns per carry bit, 1.0 ns clock-to-output and 1.0 ns setup. Placement adds
long routes on top, so the estimate ranks paths; icetime on the routed design (report.json) is
the figure to quote. One line per (start register, end register) pair, worst first:
estimate, LUT levels, start -> end.
"""
import argparse
import re
import sys

from ice40_netlist import drivers, load_top

NET, LUT, CARRY_BIT, CARRY_IN, CLK_TO_Q, SETUP, RAM_SETUP = 1.76, 1.22, 0.28, 0.68, 1.0, 1.0, 0.5
CARRY_TO_LUT = 0.3  # a carry out into the next LUT's I3 inside the logic cell
CLOCKS = {"C", "CLK", "RCLK", "WCLK"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("netlist")
    ap.add_argument("--min", type=float, default=18.0, help="list paths from this estimate (ns)")
    ap.add_argument("--verbose", action="store_true", help="print each path's cells")
    args = ap.parse_args()
    cells = load_top(args.netlist, "ice40_paths")["cells"]
    driver = drivers(cells)
    sys.setrecursionlimit(1_000_000)
    memo = {}

    def arrival(bit):
        """(latest arrival in ns, cells on that path) at a net."""
        if isinstance(bit, str) or bit not in driver:
            return 0.0, []
        if bit in memo:
            return memo[bit]
        name = driver[bit]
        c = cells[name]
        kind = c["type"]
        if kind.startswith("SB_DFF") or kind in ("SB_RAM40_4K", "SB_MAC16", "SB_SPRAM256KA"):
            result = (CLK_TO_Q, [name])
        elif kind == "SB_LUT4":
            best = (0.0, [])
            for pin in ("I0", "I1", "I2", "I3"):
                src = c["connections"][pin][0]
                if isinstance(src, str):
                    continue
                t, path = arrival(src)
                from_carry = pin == "I3" and cells.get(driver.get(src), {}).get("type") == "SB_CARRY"
                t += CARRY_TO_LUT if from_carry else NET
                if t > best[0]:
                    best = (t, path)
            result = (best[0] + LUT, best[1] + [name])
        elif kind == "SB_CARRY":
            best = (0.0, [])
            for pin, delay in (("CI", CARRY_BIT), ("I0", CARRY_IN), ("I1", CARRY_IN)):
                src = c["connections"][pin][0]
                if isinstance(src, str):
                    continue
                t, path = arrival(src)
                t += delay + (0.0 if pin == "CI" else NET)
                if t > best[0]:
                    best = (t, path if pin == "CI" else path + [name])
            result = best
        else:
            result = (0.0, [])
        memo[bit] = result
        return result

    ends = []
    for name, c in cells.items():
        kind = c["type"]
        if not (kind.startswith("SB_DFF") or kind in ("SB_RAM40_4K", "SB_MAC16", "SB_SPRAM256KA")):
            continue
        setup = SETUP if kind.startswith("SB_DFF") else RAM_SETUP
        for port, bits in c["connections"].items():
            if c["port_directions"].get(port) != "input" or port in CLOCKS:
                continue
            for b in bits:
                t, path = arrival(b)
                if path:
                    ends.append((t + NET + setup, path, name, port))
    ends.sort(key=lambda e: -e[0])

    def register(cell):
        return re.sub(r"\$.*", "", cell)

    seen = set()
    for t, path, end, port in ends:
        if t < args.min:
            break
        key = (register(path[0]), register(end))
        if key in seen:
            continue
        seen.add(key)
        levels = sum(1 for x in path if cells[x]["type"] == "SB_LUT4")
        print(f"{t:6.2f} ns  {levels} LUT  {key[0]} -> {key[1]}.{port}")
        if args.verbose:
            for x in path:
                print(f"            {cells[x]['type']:8} {x[:120]}")


if __name__ == "__main__":
    main()
