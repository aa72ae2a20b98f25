//! The register file's LINEAR11/LINEAR16/raw converter (vrm_ctrl::regs) on Verilator against the
//! cycle model's register map (sim::vrm::regs, written separately from docs/vrm.md §11): every
//! writable register (every word of the LINEAR11 ones, edge and random words of the others),
//! stored value and read-back word compared after each write; a write while the converter is
//! busy is refused.

use sim::vrm::VrmBuild;
use testbenches::verilator::{BuildOptions, VerilatedModel};

#[test]
fn register_values_match_the_model_for_every_word_shape() {
    let build = VrmBuild::default();
    let verilog =
        vrm_ctrl::regs::regfile_verilog(build.ctrl_div as u64, rtl::mul::MulTarget::Generic);
    let model = VerilatedModel::build(
        &verilog,
        vrm_ctrl::regs::REGFILE_MODULE,
        &BuildOptions::default(),
        &mut |m| eprintln!("{m}"),
    )
    .unwrap();
    let port = |n: &str| model.port(n).unwrap();
    let (clock, reset, we, re, addr, wdata, rword, busy) = (
        port("clock"),
        port("reset"),
        port("we"),
        port("re"),
        port("addr"),
        port("wdata"),
        port("rword"),
        port("busy"),
    );
    let latency = sim::vrm::model::VALUE_LATENCY;
    let table = vrm_ctrl::regs::table(build.ctrl_div as u64);
    let values: Vec<usize> = (0..table.len())
        .map(|i| port(&format!("value__024{i}")))
        .collect();
    let mut inst = model.instance();
    let tick = |inst: &mut testbenches::verilator::Instance| {
        inst.set(clock, 0);
        inst.eval();
        inst.set(clock, 1);
        inst.eval();
    };
    inst.set(reset, 1);
    tick(&mut inst);
    inst.set(reset, 0);
    let mut expect = sim::vrm::regs::RegFile::new(&build);
    let mask = (1u64 << 40) - 1;
    // A read answers at its edge and holds until the next read.
    let read_back = |inst: &mut testbenches::verilator::Instance, code: u8| {
        inst.set(re, 1);
        inst.set(addr, code as u64);
        tick(inst);
        inst.set(re, 0);
        inst.set(addr, 0);
        tick(inst);
        inst.get(rword)
    };
    // Reset values first.
    for (i, reg) in table.iter().enumerate() {
        assert_eq!(
            inst.get(values[i]),
            expect.get(reg.code) as u64 & mask,
            "reset value of 0x{:02X}",
            reg.code
        );
        assert_eq!(
            read_back(&mut inst, reg.code),
            expect.word(reg.code) as u64,
            "reset word of 0x{:02X}",
            reg.code
        );
    }
    assert_eq!(
        read_back(&mut inst, 0x02),
        0,
        "a code that is not a register"
    );
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut random = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let edges = [
        0u16, 1, 0x3FF, 0x400, 0x7FF, 0x7BFF, 0x83FF, 0x8400, 0xFFFF, 0x8000, 0x7800,
    ];
    let mut checked = 0;
    for (i, reg) in table.iter().enumerate() {
        // LINEAR11 registers: every one of the 65536 words (each exponent's saturation
        // boundaries included); the others: edges and random words.
        let words: Vec<u16> = if matches!(reg.format, vrm_ctrl::regs::Format::Linear11 { .. }) {
            (0..=u16::MAX).collect()
        } else {
            edges
                .iter()
                .copied()
                .chain((0..2000).map(|_| random() as u16))
                .collect()
        };
        for word in words {
            inst.set(we, 1);
            inst.set(addr, reg.code as u64);
            inst.set(wdata, word as u64);
            tick(&mut inst);
            inst.set(we, 0);
            // The value lands VALUE_LATENCY edges after the write (§11: the converter shifts
            // one bit per clock), busy until then.
            for _ in 0..latency {
                assert_eq!(
                    inst.get(busy),
                    1,
                    "busy after a write to 0x{:02X}",
                    reg.code
                );
                tick(&mut inst);
            }
            assert_eq!(inst.get(busy), 0, "idle after the value landed");
            assert!(expect.write(reg.code, word));
            assert_eq!(
                inst.get(values[i]),
                expect.get(reg.code) as u64 & mask,
                "0x{:02X} after word 0x{word:04X}",
                reg.code
            );
            assert_eq!(
                read_back(&mut inst, reg.code),
                expect.word(reg.code) as u64,
                "read-back of 0x{:02X}",
                reg.code
            );
            checked += 1;
        }
    }
    // A write while the converter is busy is refused: neither word nor value changes.
    let reg = &table[1];
    let before = (inst.get(values[1]), read_back(&mut inst, reg.code));
    inst.set(we, 1);
    inst.set(addr, reg.code as u64);
    inst.set(wdata, 100);
    tick(&mut inst);
    inst.set(wdata, 200);
    tick(&mut inst);
    inst.set(we, 0);
    for _ in 0..latency {
        tick(&mut inst);
    }
    assert_eq!(inst.get(values[1]), 100, "the accepted write lands");
    assert_eq!(
        read_back(&mut inst, reg.code),
        100,
        "the refused write is not stored"
    );
    assert_ne!(before.0, 100);
    eprintln!("{checked} register writes checked");
}
