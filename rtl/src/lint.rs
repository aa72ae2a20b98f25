//! Verilator lint with named waivers.

use std::path::Path;
use std::process::Command;

/// Verilator warnings waived for emitted Verilog, each with its reason (design.md pitfall 5).
pub const WAIVERS: [(&str, &str); 3] = [
    ("WIDTH", "rust-hdl emits 32/64-bit literals and masks ('& N'hff..') for casts; widths are checked by lockstep against the model instead"),
    ("UNUSED", "rust-hdl keeps every declared signal, e.g. high bits of sliced registers and unused RAM ports"),
    ("DECLFILENAME", "one file holds the whole emitted hierarchy, named after the configuration"),
];

/// Lints `file` (top module `top`) with `-Wall` minus [`WAIVERS`]; returns Verilator's complaints.
pub fn verilator_lint(file: &Path, top: &str) -> Result<(), String> {
    let mut cmd = Command::new("verilator");
    cmd.args(["--lint-only", "-Wall", "--top-module", top]);
    for (name, _) in WAIVERS {
        cmd.arg(format!("-Wno-{name}"));
    }
    cmd.arg(file);
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run verilator (run scripts/setup): {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}
