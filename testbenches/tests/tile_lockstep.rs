//! The Verilated tile against the cycle model, every cycle: directed programs (every instruction,
//! every error path, reset mid-program), the TFLite vectors, and a random campaign.

use sim::tflite::VectorCase;
use sim::tile::isa::{HostWrite, TileError};
use sim::tile::{
    program, Instr, Layer, RequantKind, SramSize, TileConfig, TileInputs, TileProgram,
};
use std::sync::{Arc, Mutex, OnceLock};
use testbenches::tile::{build_tile, Lockstep, RtlTile};
use testbenches::tile_random::{campaign, run_scenario, Scenario};
use testbenches::verilator::VerilatedModel;

/// One verilated model per configuration, shared by the tests of this binary.
type ModelCache = Mutex<Vec<(TileConfig, Arc<VerilatedModel>)>>;

fn model_for(config: TileConfig) -> Arc<VerilatedModel> {
    static CACHE: OnceLock<ModelCache> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache.lock().unwrap();
    if let Some((_, m)) = cache.iter().find(|(c, _)| *c == config) {
        return m.clone();
    }
    let m = build_tile(&sram_tiles::verilog(&config), None, &mut |m| {
        eprintln!("{m}")
    })
    .unwrap();
    cache.push((config, m.clone()));
    m
}

fn lockstep(config: TileConfig) -> Lockstep<RtlTile> {
    let mut ls = Lockstep::new(config, RtlTile::new(&model_for(config)).unwrap());
    ls.step(TileInputs {
        reset: true,
        ..Default::default()
    })
    .unwrap();
    ls
}

fn vector_cases() -> Vec<VectorCase> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/vectors/tflite_fc_int8");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| VectorCase::parse(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect()
}

fn run_ok(ls: &mut Lockstep<RtlTile>, p: &TileProgram) -> u64 {
    ls.load(p).unwrap_or_else(|m| panic!("{m}"));
    let cycles = ls.run(1_000_000).unwrap_or_else(|m| panic!("{m}"));
    ls.read_back_act().unwrap_or_else(|m| panic!("{m}"));
    cycles
}

#[test]
fn tile_rtl_tflite_vectors_bit_exact_on_verilator() {
    for config in [
        TileConfig::default(),
        TileConfig::new(16, 4, SramSize::Large).unwrap(),
        TileConfig::new(16, 4, SramSize::Large)
            .unwrap()
            .with_requant(RequantKind::Serial),
        TileConfig::new(16, 1, SramSize::Small)
            .unwrap()
            .with_requant(RequantKind::Serial),
    ] {
        let (mut ran, cases) = (0, vector_cases());
        for case in &cases {
            let (prog, placement) = match program::build(case, &config) {
                Ok(built) => built,
                Err(e) => {
                    // Only the small SRAMs may refuse a file, and only for room, said so.
                    assert_eq!(
                        config.sram(),
                        SramSize::Small,
                        "{} must fit the large configs: {e}",
                        case.name
                    );
                    assert!(e.to_string().contains(" needs "), "{}: {e}", case.name);
                    continue;
                }
            };
            let mut ls = lockstep(config);
            run_ok(&mut ls, &prog);
            assert!(ls.model.outputs().done, "{}", case.name);
            program::check_outputs(case, &placement, &ls.model.act).unwrap();
            ran += 1;
        }
        eprintln!(
            "{}: {ran} of {} vector files bit-exact, model and RTL in lockstep",
            config.tag(),
            cases.len()
        );
        // Floors, so the test cannot pass on nothing: the large SRAMs run every file, the small
        // ones at least one (and each file they refuse, they refuse for room, by name).
        assert!(!cases.is_empty(), "no vector files found");
        if config.sram() == SramSize::Large {
            assert_eq!(ran, cases.len());
        } else {
            assert!(ran > 0, "{}: no vector file fits", config.tag());
        }
    }
}

fn layer(k: u16, n: u16, b: u8) -> Instr {
    Instr::SetLayer(Layer {
        k,
        n,
        b,
        relu: false,
        zp_out: 3,
        p_base: 0,
    })
}

fn error_program(instrs: &[Instr]) -> TileProgram {
    let data = (0..64)
        .map(|a| HostWrite {
            sel: 1,
            addr: a,
            data: (a * 7) as u32,
        })
        .collect();
    TileProgram {
        data,
        instrs: instrs.iter().map(Instr::encode).collect(),
    }
}

fn expect_error(instrs: &[Instr], error: TileError, pc: u16) {
    let config = TileConfig::default();
    let mut ls = lockstep(config);
    let p = error_program(instrs);
    ls.load(&p).unwrap();
    let before = ls.model.act.clone();
    ls.run(100_000).unwrap_or_else(|m| panic!("{m}"));
    let o = ls.model.outputs();
    assert!(o.error && !o.busy && !o.done, "{o:?}");
    assert_eq!(
        (o.err_code, o.pc),
        (error as u8, pc),
        "{}",
        TileError::name(o.err_code)
    );
    // Nothing was written: the whole SRAM reads back as before, on both sides.
    ls.read_back_act().unwrap_or_else(|m| panic!("{m}"));
    assert_eq!(ls.model.act, before);
}

#[test]
fn tile_rtl_error_paths_halt_without_writing() {
    let fc = |w_base, x_base, y_base| Instr::Fc {
        w_base,
        x_base,
        y_base,
    };
    expect_error(&[Instr::Nop, layer(4, 4, 1)], TileError::PcRange, 64);
    expect_error(&[fc(0, 0, 100)], TileError::ZeroLen, 0);
    expect_error(&[layer(4, 0, 1), fc(0, 0, 100)], TileError::ZeroLen, 1);
    expect_error(&[layer(4, 4, 3), fc(0, 0, 100)], TileError::Batch, 1);
    expect_error(&[layer(8, 9, 1), fc(497, 0, 100)], TileError::WRange, 1);
    expect_error(&[layer(8, 9, 2), fc(0, 1009, 100)], TileError::XRange, 1);
    expect_error(&[layer(8, 9, 2), fc(0, 0, 1007)], TileError::YRange, 1);
    expect_error(
        &[
            Instr::SetLayer(Layer {
                k: 8,
                n: 9,
                b: 1,
                relu: false,
                zp_out: 0,
                p_base: 250,
            }),
            fc(0, 0, 100),
        ],
        TileError::PRange,
        1,
    );
    expect_error(&[layer(8, 9, 2), fc(0, 0, 15)], TileError::Overlap, 1);
    // An illegal opcode after a completed FC: the FC's outputs stay, nothing else changes.
    let config = TileConfig::default();
    let mut ls = lockstep(config);
    let mut p = error_program(&[layer(8, 9, 2), fc(0, 0, 100)]);
    p.instrs.push(0x7 << 60);
    ls.load(&p).unwrap();
    ls.run(100_000).unwrap_or_else(|m| panic!("{m}"));
    let o = ls.model.outputs();
    assert_eq!((o.err_code, o.pc), (TileError::IllegalOpcode as u8, 2));
    assert_eq!(o.counters.a_writes, 18);
    ls.read_back_act().unwrap_or_else(|m| panic!("{m}"));
}

#[test]
fn tile_rtl_host_out_of_range_access_is_an_error_not_a_write() {
    let config = TileConfig::default();
    let mut ls = lockstep(config);
    let write = |sel, addr| TileInputs {
        host_we: true,
        host_sel: sel,
        host_addr: addr,
        host_wdata: 0x55,
        ..Default::default()
    };
    ls.step(write(1, 1023)).unwrap();
    for (sel, addr) in [(0, 4096), (1, 1024), (2, 256), (5, 128), (6, 0), (7, 3)] {
        ls.step(TileInputs {
            reset: true,
            ..Default::default()
        })
        .unwrap();
        ls.step(write(sel, addr)).unwrap();
        // The error shows one edge after the access (§4): the tile is still stopped in that
        // cycle, performs an access there and ignores a start.
        assert!(!ls.model.outputs().error);
        ls.step(TileInputs {
            start: true,
            ..write(1, 1021)
        })
        .unwrap();
        assert_eq!(ls.model.outputs().err_code, TileError::HostRange as u8);
        assert!(!ls.model.outputs().busy);
        // start in the same cycle as a bad access is ignored
        ls.step(TileInputs {
            start: true,
            ..write(sel, addr)
        })
        .unwrap();
        ls.step(TileInputs::default()).unwrap();
        assert!(ls.model.outputs().error);
    }
    // A read of a non-activation memory is out of range too.
    ls.step(TileInputs {
        reset: true,
        ..Default::default()
    })
    .unwrap();
    ls.step(TileInputs {
        host_re: true,
        host_sel: 2,
        ..Default::default()
    })
    .unwrap();
    ls.step(TileInputs::default()).unwrap();
    assert!(ls.model.outputs().error && !ls.model.outputs().host_rvalid);
    // start in the same cycle as an in-range access is ignored too (§4); the access happens.
    ls.step(TileInputs {
        start: true,
        ..write(1, 1022)
    })
    .unwrap();
    ls.step(TileInputs {
        start: true,
        host_re: true,
        host_sel: 1,
        host_addr: 1022,
        ..Default::default()
    })
    .unwrap();
    assert!(ls.model.outputs().error && !ls.model.outputs().busy);
    ls.step(TileInputs::default()).unwrap();
    assert!(ls.model.outputs().host_rvalid && ls.model.outputs().host_rdata == 0x55);
    ls.read_back_act().unwrap();
    assert_eq!(&ls.model.act[1021..], &[0x55, 0x55, 0x55]);
    assert_eq!(ls.model.act.iter().filter(|&&v| v != 0).count(), 3);
    // A write and a read of one byte in the same cycle: the read answers with the new byte
    // (§4), and a read in the next cycle sees it too.
    ls.step(TileInputs {
        host_re: true,
        host_wdata: 0x3C,
        ..write(1, 1022)
    })
    .unwrap();
    ls.step(TileInputs {
        host_re: true,
        host_sel: 1,
        host_addr: 1022,
        ..Default::default()
    })
    .unwrap();
    assert!(ls.model.outputs().host_rvalid && ls.model.outputs().host_rdata == 0x3C);
    ls.step(TileInputs::default()).unwrap();
    assert!(ls.model.outputs().host_rvalid && ls.model.outputs().host_rdata == 0x3C);
    assert_eq!(ls.model.act[1022], 0x3C);
    // A read in the cycle after a write of its byte sees the new byte; a write is not undone
    // by a reset in the next cycle (the RTL performs its host writes from registers, one edge
    // later: neither may show).
    let read = |addr| TileInputs {
        host_re: true,
        host_sel: 1,
        host_addr: addr,
        ..Default::default()
    };
    ls.step(TileInputs {
        host_wdata: 0x77,
        ..write(1, 1020)
    })
    .unwrap();
    ls.step(read(1020)).unwrap();
    ls.step(TileInputs::default()).unwrap();
    assert!(ls.model.outputs().host_rvalid && ls.model.outputs().host_rdata == 0x77);
    ls.step(TileInputs {
        host_wdata: 0x66,
        ..write(1, 1019)
    })
    .unwrap();
    ls.step(TileInputs {
        reset: true,
        ..Default::default()
    })
    .unwrap();
    ls.step(read(1019)).unwrap();
    ls.step(TileInputs::default()).unwrap();
    assert!(ls.model.outputs().host_rvalid && ls.model.outputs().host_rdata == 0x66);
}

#[test]
fn tile_rtl_reset_mid_program_then_rerun_matches() {
    let config = TileConfig::default();
    let case = vector_cases()
        .into_iter()
        .find(|c| c.name == "mlp2_64_32_10")
        .unwrap();
    let (prog, placement) = program::build(&case, &config).unwrap();
    for after in [0u16, 1, 2, 3, 40, 200, 300] {
        let mut ls = lockstep(config);
        run_scenario(
            &mut ls,
            &Scenario {
                program: prog.clone(),
                reset_after: Some(after),
            },
        )
        .unwrap_or_else(|m| panic!("reset after {after}: {m}"));
        assert!(ls.model.outputs().done);
        program::check_outputs(&case, &placement, &ls.model.act).unwrap();
    }
}

#[test]
fn tile_rtl_utilization_256x256_at_least_95_percent() {
    let full = vector_cases()
        .into_iter()
        .find(|c| c.name == "fc_k256_n256_pc_none")
        .unwrap();
    let pipelined = TileConfig::new(16, 4, SramSize::Large).unwrap();
    let serial = pipelined.with_requant(RequantKind::Serial);
    for (config, batch) in [
        (pipelined, 1usize),
        (pipelined, 2),
        (pipelined, 4),
        (serial, 1),
    ] {
        let mut case = full.clone();
        case.inputs.truncate(batch);
        case.outputs.truncate(batch);
        let (prog, placement) = program::build(&case, &config).unwrap();
        let mut ls = lockstep(config);
        run_ok(&mut ls, &prog);
        program::check_outputs(&case, &placement, &ls.model.act).unwrap();
        let c = ls.model.outputs().counters;
        let util = c.macs as f64 / (16.0 * c.cycles as f64);
        eprintln!(
            "256x256 batch {batch}, {}: {} cycles, utilization {:.2}% (RTL, lockstep)",
            config.tag(),
            c.cycles,
            util * 100.0
        );
        assert!(util >= 0.95, "{util}");
    }
}

#[test]
fn tile_rtl_random_programs_lockstep() {
    let cases: u32 = std::env::var("GRIDCORE_RANDOM_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    for seed in testbenches::seeds::campaign_seeds("tile lockstep", 1) {
        eprintln!("seed {seed}, cases={cases}");
        for config in [
            TileConfig::default(),
            TileConfig::new(4, 4, SramSize::Small).unwrap(),
            TileConfig::new(16, 1, SramSize::Small)
                .unwrap()
                .with_requant(RequantKind::Serial),
            TileConfig::new(4, 2, SramSize::Small)
                .unwrap()
                .with_requant(RequantKind::Serial),
        ] {
            let model = model_for(config);
            let report = campaign(
            config,
            cases / 2,
            seed,
            || RtlTile::new(&model).unwrap(),
            |_, _| {},
        )
        .unwrap_or_else(|(s, m)| {
            panic!(
                "{}: minimal failing scenario (replay: GRIDCORE_SEED={seed}):\n{}reset_after={:?}\n{m}",
                config.tag(),
                s.program.to_text(),
                s.reset_after
            )
        });
            eprintln!("{}: {report:?}", config.tag());
            assert!(report.cycles >= 500_000, "{report:?}");
            // The campaign must exercise real work, not only error paths.
            assert!(
                report.outcomes[0] >= report.cases / 5 && report.macs > 50_000,
                "{report:?}"
            );
        }
    }
}

#[test]
fn tile_rusthdl_sim_and_verilator_agree_on_shared_stimulus() {
    for config in [
        TileConfig::default(),
        TileConfig::default().with_requant(RequantKind::Serial),
    ] {
        rusthdl_and_verilator_agree(config);
    }
}

fn rusthdl_and_verilator_agree(config: TileConfig) {
    use testbenches::tile::HdlSimTile;
    let case = vector_cases()
        .into_iter()
        .find(|c| c.name == "fc_k3_n3_pt_none_bigscale")
        .unwrap();
    let (mut prog, _) = program::build(&case, &config).unwrap();
    // Then an FC that fails validation and an illegal word, to cover the error paths too.
    let halt = prog.instrs.pop().unwrap();
    prog.instrs.push(
        Instr::Fc {
            w_base: 0,
            x_base: 0,
            y_base: 1020,
        }
        .encode(),
    );
    prog.instrs.push(halt);
    let scenario = Scenario {
        program: prog,
        reset_after: Some(25),
    };
    let mut hdl = Lockstep::new(config, HdlSimTile::new(&config));
    run_scenario(&mut hdl, &scenario)
        .unwrap_or_else(|m| panic!("rust-hdl simulator vs model: {m}"));
    let mut rtl = lockstep(config);
    rtl.history.clear();
    rtl.model = sim::tile::TileModel::new(config);
    run_scenario(&mut rtl, &scenario).unwrap_or_else(|m| panic!("Verilator vs model: {m}"));
    assert_eq!(hdl.history, rtl.history, "one stimulus for both");
    assert_eq!(hdl.model.outputs().err_code, TileError::YRange as u8);
}

/// The requantizer's rounding edges (docs/tile.md §6), where `t >> e` is 1023 or -1025 and the
/// rounding bit moves the result to 1024 or -1024: one channel each, on the Verilated RTL in
/// lockstep with the model. With M = 2^30, t = floor((acc + 1) / 2), so acc = 2T - 1 gives T.
#[test]
fn tile_rtl_requantizer_rounding_edges_match_the_model() {
    for config in [
        TileConfig::default(),
        TileConfig::default().with_requant(RequantKind::Serial),
    ] {
        rounding_edges(config);
    }
}

fn rounding_edges(config: TileConfig) {
    let mut text = String::from(".act 0: 1\n.weight 0: 1 1 1 1 1 1 1 1\n");
    let mut biases = Vec::new();
    let mut shifts = Vec::new();
    for (q, e) in [
        (1023i64, 1),
        (1023, 4),
        (1023, 9),
        (1023, 19),
        (-1025, 1),
        (-1025, 4),
        (-1025, 9),
        (-1025, 19),
    ] {
        let t = q * (1 << e) + (1 << (e - 1));
        biases.push(2 * t - 2); // acc = 1 * 1 + bias = 2T - 1
        shifts.push(-e);
    }
    let join = |v: &[i64]| {
        v.iter()
            .map(|x| x.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    text.push_str(&format!(".bias 0: {}\n", join(&biases)));
    text.push_str(&format!(".mult 0: {}\n", join(&[1 << 30; 8])));
    text.push_str(&format!(".shift 0: {}\n", join(&shifts)));
    text.push_str("setl k=1 n=8 b=1\nfc w_base=0 x_base=0 y_base=16\nhalt\n");
    let program = TileProgram::parse(&text).unwrap();
    let mut ls = lockstep(config);
    ls.load(&program).unwrap();
    ls.run(10_000).unwrap_or_else(|m| panic!("{m}"));
    ls.read_back_act().unwrap_or_else(|m| panic!("{m}"));
    // v = 1024 saturates high, v = -1024 low (the model is the spec).
    assert_eq!(
        &ls.model.act[16..24],
        &[127, 127, 127, 127, -128, -128, -128, -128]
    );
}
