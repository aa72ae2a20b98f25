//! Post-processing of rust-hdl's emitted Verilog.

/// Renames rust-hdl's `top` module (and its `top$...` children) to `name`.
pub fn rename_top(verilog: &str, name: &str) -> String {
    let mut out = String::with_capacity(verilog.len());
    for line in verilog.lines() {
        let line = if let Some(rest) = line.strip_prefix("module top") {
            format!("module {name}{rest}")
        } else {
            line.replace(" top$", &format!(" {name}$"))
        };
        let line = if line.starts_with("top$") {
            format!("{name}{}", &line[3..])
        } else {
            line
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// A 64-bit FNV-1a hash, stable across Rust versions (used as a cache key for Verilog text).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Marks every inferred memory (`reg[..] mem[..];`, rust-hdl's `RAM`) `(* no_rw_check *)`: Yosys
/// then builds no logic to emulate the HDL's read-during-write result, which block RAMs leave
/// undefined. Only for designs that never read a word in the cycle it is written, or that
/// replace such a read's answer themselves (the netlist co-simulation's RAM models answer such
/// a read with garbage, so a design that relied on it would fail there).
pub fn no_rw_check(verilog: &str) -> String {
    let mut out = String::with_capacity(verilog.len() + 256);
    for line in verilog.lines() {
        let t = line.trim_start();
        if t.starts_with("reg[") && t.contains("] mem[") && t.ends_with(';') {
            out.push_str(&line[..line.len() - t.len()]);
            out.push_str("(* no_rw_check *) ");
            out.push_str(t);
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_rw_check_marks_memories_only() {
        let v = "module m;\n    reg[7:0] mem[1023:0];\n    reg[7:0] read_data;\nendmodule\n";
        let out = super::no_rw_check(v);
        assert!(out.contains("    (* no_rw_check *) reg[7:0] mem[1023:0];\n"));
        assert!(out.contains("\n    reg[7:0] read_data;\n"));
    }
}
