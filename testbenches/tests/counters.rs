//! The split 32-bit counters (`rtl::counter`), Verilated, against a `u32`: many wraps of the
//! low half, with clears right after a carry (when the high half's `hi + 1` register is one
//! cycle stale) and at random, every cycle compared.

use testbenches::verilator::{BuildOptions, VerilatedModel};

/// xorshift64: reproducible stimulus without a dependency.
fn next(x: &mut u64) -> u64 {
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    *x
}

/// Clocks `cycles` edges of the counter in `verilog` (increment port `inc_port`, at most
/// `max_inc` per edge) and compares `value` with a `u32` after every edge. A clear follows
/// every third carry of the low half 0, 1 or 2 cycles later, and comes at random (1 in
/// `clear_one_in` edges). Returns the number of carries.
fn run(
    verilog: &str,
    top: &str,
    inc_port: &str,
    max_inc: u64,
    clear_one_in: u64,
    cycles: u64,
) -> u32 {
    let model = VerilatedModel::build(verilog, top, &BuildOptions::default(), &mut |m| {
        eprintln!("{m}")
    })
    .expect("verilator (run scripts/setup)");
    let port = |n: &str| model.port(n).unwrap();
    let (clock, clear, inc, value) = (port("clock"), port("clear"), port(inc_port), port("value"));
    let mut inst = model.instance();
    let mut x = 0x2545_F491_4F6C_DD1D_u64;
    let mut expect = 0u32;
    let mut carries = 0u32;
    let mut clear_at: Option<u64> = Some(0);
    for cycle in 0..cycles {
        let r = next(&mut x);
        let step = if r.is_multiple_of(4) {
            0
        } else {
            (r >> 8) % (max_inc + 1)
        };
        let clearing = clear_at == Some(cycle) || (r >> 40).is_multiple_of(clear_one_in);
        inst.set(clear, clearing as u64);
        inst.set(inc, step);
        inst.set(clock, 0);
        inst.eval();
        inst.set(clock, 1);
        inst.eval();
        let before = expect;
        expect = if clearing {
            0
        } else {
            expect.wrapping_add(step as u32)
        };
        if clearing {
            clear_at = None;
        } else if (before >> 16) != (expect >> 16) {
            carries += 1;
            if carries.is_multiple_of(3) {
                clear_at = Some(cycle + 1 + (carries as u64 / 3) % 3);
            }
        }
        assert_eq!(
            inst.get(value),
            expect as u64,
            "{top}: cycle {cycle} (clear {clearing}, step {step})"
        );
    }
    carries
}

#[test]
fn counter32_matches_a_u32_across_carries_and_clears() {
    let verilog = rtl::counter::counter32_verilog("counter32");
    let carries = run(&verilog, "counter32", "inc", 31, 50_000, 3_000_000);
    assert!(carries > 500, "only {carries} carries of the low half");
}

#[test]
fn event_counter32_matches_a_u32_across_carries_and_clears() {
    let verilog = rtl::counter::event_counter32_verilog("event_counter32");
    let carries = run(&verilog, "event_counter32", "en", 1, 1_000_000, 8_000_000);
    assert!(carries > 20, "only {carries} carries of the low half");
}
