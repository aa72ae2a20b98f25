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
