//! The serial requantizer's radix-8 multiplier (`sram_tiles::serial_mul`), Verilated, against
//! i64 arithmetic (its `a3` input given as 3·a): `(a·m + 2^30) >> 31` on edge and random operands, products back to back (a
//! load in the done cycle) and with idle gaps.

use testbenches::verilator::{BuildOptions, VerilatedModel};

fn expected(a: i32, m: i32) -> i64 {
    (a as i64 * m as i64 + (1 << 30)) >> 31
}

fn sext34(v: u64) -> i64 {
    ((v << 30) as i64) >> 30
}

#[test]
fn serial_mul_matches_i64_products_back_to_back_and_with_gaps() {
    let verilog = sram_tiles::serial_mul::verilog("serial_mul");
    let model = VerilatedModel::build(&verilog, "serial_mul", &BuildOptions::default(), &mut |m| {
        eprintln!("{m}")
    })
    .expect("verilator (run scripts/setup)");
    let port = |n: &str| model.port(n).unwrap();
    let (clock, reset, load, a_p, a3_p, m_p, done, t) = (
        port("clock"),
        port("reset"),
        port("load"),
        port("a"),
        port("a3"),
        port("m"),
        port("done"),
        port("t"),
    );
    let mut inst = model.instance();

    let edges = [
        0,
        1,
        -1,
        2,
        -2,
        3,
        -3,
        i32::MAX,
        i32::MIN,
        i32::MIN + 1,
        1 << 30,
        -(1 << 30),
    ];
    let mut operands: Vec<(i32, i32)> = Vec::new();
    for &a in &edges {
        for &m in &edges {
            operands.push((a, m));
        }
    }
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..3000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        operands.push(((x >> 32) as i32, x as i32));
    }

    // Element e is loaded at cycle start[e]; its result is due 11 cycles later. Every third
    // element after the first 500 waits a few idle cycles instead of following at once.
    let mut start = Vec::with_capacity(operands.len());
    let mut c = 1u64; // cycle 0 is reset
    for e in 0..operands.len() {
        start.push(c);
        c += 11
            + if e > 500 && e % 3 == 0 {
                (e % 5) as u64
            } else {
                0
            };
    }
    let end = c + 12;
    let mut next = 0;
    let mut checked = 0;
    for cycle in 0..end {
        let loading = next < operands.len() && start[next] == cycle;
        // a and 3a change only with a load: in a back-to-back load that is the previous
        // product's last step, the earliest the module's contract allows.
        inst.set(reset, (cycle == 0) as u64);
        inst.set(load, loading as u64);
        if loading {
            inst.set(a_p, operands[next].0 as u32 as u64);
            inst.set(a3_p, (3 * operands[next].0 as i64) as u64 & ((1 << 36) - 1));
        }
        // m is read in the cycle before the load only: the next element's there, anything
        // else (its complement) elsewhere.
        let m_next = operands.get(next).map_or(0, |o| o.1 as u32);
        let before_load = next < operands.len() && start[next] == cycle + 1;
        inst.set(m_p, if before_load { m_next } else { !m_next } as u64);
        inst.set(clock, 0);
        inst.eval();
        // Which element (if any) finishes in this cycle.
        let due = start.iter().position(|&s| s + 11 == cycle);
        assert_eq!(inst.get(done) == 1, due.is_some(), "done at cycle {cycle}");
        if let Some(e) = due {
            let (a, m) = operands[e];
            assert_eq!(sext34(inst.get(t)), expected(a, m), "a={a} m={m}");
            checked += 1;
        }
        inst.set(clock, 1);
        inst.eval();
        if loading {
            next += 1;
        }
    }
    assert_eq!(checked, operands.len());
}
