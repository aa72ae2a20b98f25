//! The synthesized netlists of the tile and the regulator (Yosys output, simulated with the
//! family's cell models) against the cycle models, every cycle. Yosys' own iCE40 DSP inference
//! (`-dsp`) produced a wrong netlist for this tile (an adder after a multiplier merged into the
//! DSP, its carry dropped): this test is what caught it, so the bitstream's logic is checked, not
//! assumed. On ECP5 Yosys infers the multipliers (MULT18X18D) and block RAMs (DP16KD) itself;
//! their models are `fpga::ecp5_cells` (Yosys ships both as blackboxes).

use sim::tflite::VectorCase;
use sim::tile::{program, TileConfig, TileInputs};
use testbenches::tile::{build_tile_with, Lockstep, RtlTile};
use testbenches::tile_random::campaign;
use testbenches::verilator::BuildOptions;

/// Verilator options for a Yosys netlist: the family's cell models, the netlist waivers.
fn netlist_options(board: fpga::Board) -> BuildOptions {
    BuildOptions {
        trace: None,
        extra_files: vec![fpga::cell_library(board).unwrap()],
        extra_args: fpga::NETLIST_VERILATOR_ARGS
            .iter()
            .map(|s| s.to_string())
            .collect(),
    }
}

/// DSP cells in a Yosys netlist of `board`'s family (SB_MAC16s are written with parameters,
/// the unregistered MULT18X18Ds without).
fn dsp_cells(board: fpga::Board, netlist: &str) -> usize {
    match board.family() {
        fpga::Family::Ice40 => netlist.matches("SB_MAC16 #(").count(),
        fpga::Family::Ecp5 => netlist.matches("\n  MULT18X18D ").count(),
    }
}

#[test]
fn tile_ice40_netlist_matches_model_on_vectors_and_random_programs() {
    // The configuration the iCEBreaker bitstream is built from, and one with batch
    // accumulators (lane-pair DSPs feeding two accumulators per lane).
    let board = fpga::Board::named("icebreaker");
    for config in [
        board.default_config(),
        TileConfig::new(4, 2, sim::tile::SramSize::Small).unwrap(),
    ] {
        check_tile_netlist(config, board);
    }
}

#[test]
fn tile_ecp5_netlist_matches_model_on_vectors_and_random_programs() {
    // The ULX3S configuration: 16 lanes, batch accumulators, the large SRAMs in DP16KDs of
    // several widths; and the serial requantizer (fabric multiplier, carry-select step) with
    // batch accumulators, as Yosys maps it to ECP5 carry cells.
    let board = fpga::Board::named("ulx3s");
    for config in [
        board.default_config(),
        TileConfig::new(8, 2, sim::tile::SramSize::Small)
            .unwrap()
            .with_requant(sim::tile::RequantKind::Serial),
    ] {
        check_tile_netlist(config, board);
    }
}

fn check_tile_netlist(config: TileConfig, board: fpga::Board) {
    let out = std::env::temp_dir().join(format!(
        "gridcore-netlist-{}-{}",
        config.tag(),
        std::process::id()
    ));
    let netlist =
        fpga::synth_tile_netlist(&config, board, &out).expect("yosys (run scripts/setup)");
    let options = netlist_options(board);
    let text = std::fs::read_to_string(&netlist).unwrap();
    // iCE40: one DSP per pair of lanes (8x8 mode) and, when pipelined, four for the
    // requantizer (one of which also computes G*K during a SETL). ECP5: one inferred 18x18
    // multiplier per lane and four for the pipelined requantizer's 32x32 product. The serial
    // requantizer has none.
    let requant_dsps = match config.requant() {
        sim::tile::RequantKind::Pipelined => 4,
        sim::tile::RequantKind::Serial => 0,
    };
    let expected = match board.family() {
        fpga::Family::Ice40 => config.lanes() / 2 + requant_dsps,
        fpga::Family::Ecp5 => config.lanes() + requant_dsps,
    };
    assert_eq!(
        dsp_cells(board, &text),
        expected,
        "the DSPs survive synthesis"
    );
    let model = build_tile_with(&text, sram_tiles::TILE_MODULE, &options, &mut |m| {
        eprintln!("{m}")
    })
    .unwrap();

    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/testbenches/vectors/tflite_fc_int8/mlp2_17_5_3.json"
    );
    let case = VectorCase::parse(&std::fs::read_to_string(file).unwrap()).unwrap();
    let (prog, placement) = program::build(&case, &config).unwrap();
    let mut ls = Lockstep::new(config, RtlTile::new(&model).unwrap());
    ls.step(TileInputs {
        reset: true,
        ..Default::default()
    })
    .unwrap();
    ls.load(&prog).unwrap();
    ls.run(100_000).unwrap_or_else(|m| panic!("{m}"));
    ls.read_back_act().unwrap_or_else(|m| panic!("{m}"));
    program::check_outputs(&case, &placement, &ls.model.act).unwrap();

    let report = campaign(config, 60, 7, || RtlTile::new(&model).unwrap(), |_, _| {})
        .unwrap_or_else(|(s, m)| panic!("netlist mismatch on:\n{}{m}", s.program.to_text()));
    eprintln!("{} netlist {}: {report:?}", board.name(), config.tag());
    let _ = std::fs::remove_dir_all(&out);
}

/// The regulator controller's iCE40 netlist (wide signed products split over SB_MAC16s in
/// combinational 16x16 mode, rtl::mul::MulSigned; the compensator's pipelined unsigned-by-signed
/// 16x16, rtl::mul::Mul16x16) against the cycle model on random sensor streams and register
/// writes, every port every cycle.
#[test]
fn vrm_ice40_netlist_matches_model_on_random_stimulus() {
    // PID multiplier 1, mean 1, register converter 1, add and shed thresholds 2, u · P 1,
    // balance step dev · 2^KB 1, period average 1.
    check_vrm_netlist(fpga::Board::named("icebreaker"), 4, 8);
}

/// The ULX3S build of the regulator (8 phases): Yosys infers the MULT18X18Ds and the block RAMs
/// (PMBus words, Vout history, balance accumulators): 12 MULT18X18D for the generic products
/// (counted on 2026-11-28; a change in the count means a product was added, lost or split).
#[test]
fn vrm_ecp5_netlist_matches_model_on_random_stimulus() {
    check_vrm_netlist(fpga::Board::named("ulx3s"), 8, 12);
}

fn check_vrm_netlist(board: fpga::Board, phases: usize, dsps: usize) {
    use sim::vrm::VrmBuild;
    use testbenches::vrm::{build_vrm_with, VrmLockstep};
    use testbenches::vrm_random::Stimulus;
    let build = VrmBuild {
        phases,
        ..VrmBuild::default()
    };
    let out = std::env::temp_dir().join(format!(
        "gridcore-vrm-netlist-{}-{}",
        board.name(),
        std::process::id()
    ));
    let netlist = fpga::synth_vrm_netlist(build.phases, build.period, build.ctrl_div, board, &out)
        .expect("yosys (run scripts/setup)");
    let text = std::fs::read_to_string(&netlist).unwrap();
    assert_eq!(dsp_cells(board, &text), dsps, "DSPs survive synthesis");
    let options = netlist_options(board);
    let model = build_vrm_with(&text, vrm_ctrl::ctrl::VRM_MODULE, &options, &mut |m| {
        eprintln!("{m}")
    })
    .unwrap();
    use sim::vrm::closed_loop::Controller;
    for seed in 1..=4u64 {
        let mut ls = VrmLockstep::new(build, &model).unwrap();
        let mut stim = Stimulus::new(seed);
        for cycle in 0..50_000 {
            let i = stim.inputs(cycle);
            ls.step(&i);
            if let Some(m) = &ls.mismatch {
                panic!("{} netlist, seed {seed}: {m} (inputs {i:?})", board.name());
            }
        }
    }
    let _ = std::fs::remove_dir_all(&out);
}
