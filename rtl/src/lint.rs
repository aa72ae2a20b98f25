//! Verilator lint with named waivers.

use std::path::Path;
use std::process::Command;

/// Verilator warnings waived for emitted Verilog, each with its reason (docs/toolchain.md §4 pitfall 5).
pub const WAIVERS: [(&str, &str); 5] = [
    ("UNOPTFLAT", "rust-hdl emits one always block per module; a parent that drives a child's inputs and reads its outputs in that block looks circular to Verilator, which then settles it by iteration (no real loop: lockstep would not agree otherwise)"),
    ("WIDTH", "rust-hdl emits 32/64-bit literals and masks ('& N'hff..') for casts; widths are checked by lockstep against the model instead"),
    ("CMPCONST", "one generic register-file clamp serves every register; for some registers the stored range makes it constant (Yosys removes it)"),
    ("UNUSED", "rust-hdl keeps every declared signal, e.g. high bits of sliced registers and unused RAM ports"),
    ("DECLFILENAME", "one file holds the whole emitted hierarchy, named after the configuration"),
];

/// Lints `file` (top module `top`) with `-Wall` minus [`WAIVERS`]; returns Verilator's complaints.
pub fn verilator_lint(file: &Path, top: &str) -> Result<(), String> {
    verilator_lint_with(file, top, &[])
}

/// Port-only stand-ins for vendor primitives, so Verilog that instantiates them lints alone.
pub const ICE40_LINT_STUBS: &str = "\
// Port list of Lattice's SB_MAC16 (lint stand-in; simulation uses Yosys' cells_sim.v).
/* verilator lint_off UNUSED */
/* verilator lint_off UNDRIVEN */
module SB_MAC16(input CLK, input CE, input [15:0] C, input [15:0] A, input [15:0] B,
  input [15:0] D, input AHOLD, input BHOLD, input CHOLD, input DHOLD, input IRSTTOP,
  input IRSTBOT, input ORSTTOP, input ORSTBOT, input OLOADTOP, input OLOADBOT,
  input ADDSUBTOP, input ADDSUBBOT, input OHOLDTOP, input OHOLDBOT, input CI,
  input ACCUMCI, input SIGNEXTIN, output [31:0] O, output CO, output ACCUMCO,
  output SIGNEXTOUT);
  parameter [0:0] NEG_TRIGGER = 0, C_REG = 0, A_REG = 0, B_REG = 0, D_REG = 0;
  parameter [0:0] TOP_8x8_MULT_REG = 0, BOT_8x8_MULT_REG = 0;
  parameter [0:0] PIPELINE_16x16_MULT_REG1 = 0, PIPELINE_16x16_MULT_REG2 = 0;
  parameter [1:0] TOPOUTPUT_SELECT = 0, TOPADDSUB_LOWERINPUT = 0, TOPADDSUB_CARRYSELECT = 0;
  parameter [0:0] TOPADDSUB_UPPERINPUT = 0, BOTADDSUB_UPPERINPUT = 0;
  parameter [1:0] BOTOUTPUT_SELECT = 0, BOTADDSUB_LOWERINPUT = 0, BOTADDSUB_CARRYSELECT = 0;
  parameter [0:0] MODE_8x8 = 0, A_SIGNED = 0, B_SIGNED = 0;
endmodule
/* verilator lint_on UNDRIVEN */
/* verilator lint_on UNUSED */
";

/// As [`verilator_lint`], with extra files (e.g. a file holding [`ICE40_LINT_STUBS`]).
pub fn verilator_lint_with(file: &Path, top: &str, extra: &[&Path]) -> Result<(), String> {
    let mut cmd = Command::new("verilator");
    cmd.args(["--lint-only", "-Wall", "--top-module", top]);
    for (name, _) in WAIVERS {
        cmd.arg(format!("-Wno-{name}"));
    }
    cmd.arg(file);
    cmd.args(extra);
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run verilator (run scripts/setup): {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}
