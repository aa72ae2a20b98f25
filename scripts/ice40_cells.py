#!/usr/bin/env python3
"""Where an iCE40 netlist's logic cells go, before place and route.

Usage: scripts/ice40_cells.py build/synth/top.json [--top N]

An iCE40 logic cell holds one LUT4, one flip-flop and one carry. nextpnr packs a flip-flop with
the LUT that feeds it only when that LUT feeds nothing else, and a carry with a LUT only when the
LUT reads the carry's two operands; everything else takes a cell of its own. This script reads
the JSON netlist Yosys writes (`gridcore synth` leaves it as top.json) and prints:

- the census: LUTs, flip-flops and carries, and how many flip-flops have no private LUT
  (loaded from a shared net, another flip-flop, a RAM or DSP output, a constant or a port);
- one-input LUTs (inverters and buffers), and how many of them feed carries: SB_CARRY has no
  inverted input, so `a - b` and `a < b` with `b` straight from a flip-flop cost an extra cell
  per bit;
- per register (flip-flop name without its bit index): its flip-flops and the LUTs and carries
  in its input cone (a cell in several cones is shared out evenly), largest first.

The per-register figures rank where to look; `nextpnr-ice40 --pack-only` gives the cell count.
"""
import argparse
import collections
import re

from ice40_netlist import drivers, load_top


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("netlist")
    ap.add_argument("--top", type=int, default=40, help="registers to list")
    args = ap.parse_args()
    module = load_top(args.netlist, "ice40_cells")
    cells = module["cells"]
    driver = drivers(cells)
    readers = collections.defaultdict(list)
    for name, c in cells.items():
        for port, bits in c["connections"].items():
            if c.get("port_directions", {}).get(port) != "output":
                for b in bits:
                    if not isinstance(b, str):
                        readers[b].append(name)
    net_name = {}
    for name, n in module["netnames"].items():
        for b in n["bits"]:
            if isinstance(b, str):
                continue
            if b not in net_name or (not n.get("hide_name") and len(name) < len(net_name[b])):
                net_name[b] = name

    def kind(name):
        return cells[name]["type"]

    def lut_inputs(c):
        return [c["connections"][f"I{i}"][0] for i in range(4)
                if not isinstance(c["connections"][f"I{i}"][0], str)]

    def register(q_bit, fallback):
        nm = net_name.get(q_bit, fallback)
        nm = re.sub(r"\[\d+\]$", "", nm)
        nm = re.sub(r"_SB_.*", "", nm)
        return re.sub(r"(\$q|\.q)$", "", nm)

    luts = [n for n in cells if kind(n) == "SB_LUT4"]
    carries = [n for n in cells if kind(n) == "SB_CARRY"]
    ffs = [n for n in cells if kind(n).startswith("SB_DFF")]

    # Flip-flops without a private LUT.
    lone = collections.Counter()
    for n in ffs:
        d = cells[n]["connections"]["D"][0]
        if isinstance(d, str):
            lone["constant"] += 1
            continue
        src = driver.get(d)
        if src is None:
            lone["port"] += 1
        elif kind(src) == "SB_LUT4":
            if len(readers[d]) > 1:
                lone["shared LUT"] += 1
        else:
            lone[kind(src)] += 1
    inverters = [n for n in luts if len(lut_inputs(cells[n])) == 1]
    into_carry = sum(1 for n in inverters
                     if any(kind(r) == "SB_CARRY" for r in readers[cells[n]["connections"]["O"][0]]))

    print(f"cells: {len(luts)} LUT4, {len(ffs)} flip-flops, {len(carries)} carries")
    print(f"flip-flops without a private LUT: {sum(lone.values())} "
          + ", ".join(f"{k} {v}" for k, v in lone.most_common()))
    print(f"one-input LUTs: {len(inverters)}, {into_carry} of them into carries")

    # Input cones of registers, block RAMs and DSPs.
    cost = collections.Counter()
    flops = collections.Counter()
    sinks = ffs + [n for n in cells if kind(n) in ("SB_RAM40_4K", "SB_MAC16")]
    owners = collections.defaultdict(set)
    for n in sinks:
        c = cells[n]
        if kind(n).startswith("SB_DFF"):
            group = register(c["connections"]["Q"][0], n)
            flops[group] += 1
        else:
            group = re.sub(r"\.mem\..*|_SB_.*|\$.*", "", n)
        stack = [b for port, bits in c["connections"].items()
                 if c.get("port_directions", {}).get(port) == "input" and port not in ("C", "CLK", "RCLK", "WCLK")
                 for b in bits if not isinstance(b, str)]
        seen = set()
        while stack:
            src = driver.get(stack.pop())
            if src is None or src in seen or kind(src) not in ("SB_LUT4", "SB_CARRY"):
                continue
            seen.add(src)
            owners[src].add(group)
            sc = cells[src]
            stack += [b for port, bits in sc["connections"].items()
                      if sc.get("port_directions", {}).get(port) == "input"
                      for b in bits if not isinstance(b, str)]
    for src, groups in owners.items():
        for g in groups:
            cost[g] += 1 / len(groups)
    print(f"\n{'LUT+carry':>9} {'FF':>4}  register (input cone shared out)")
    for g in sorted(set(cost) | set(flops), key=lambda g: -(cost[g] + flops[g]))[:args.top]:
        print(f"{cost[g]:9.1f} {flops[g]:4d}  {g}")


if __name__ == "__main__":
    main()
