//! The synthesized iCE40 netlist of the tile (Yosys output with the hand-instantiated SB_MAC16s,
//! simulated with Yosys' own cell models) against the cycle model, every cycle. Yosys' own DSP
//! inference (`-dsp`) produced a wrong netlist for this tile (an adder after a multiplier merged
//! into the DSP, its carry dropped): this test is what caught it, so the bitstream's logic is
//! checked, not assumed.

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

#[test]
fn tile_ice40_netlist_matches_model_on_vectors_and_random_programs() {
    // The configuration the iCEBreaker bitstream is built from, and one with batch
    // accumulators (lane-pair DSPs feeding two accumulators per lane).
    let board = fpga::Board::Icebreaker;
    for config in [
        board.default_config(),
        TileConfig::new(4, 2, sim::tile::SramSize::Small).unwrap(),
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
    // One DSP per pair of lanes (8x8 mode) and four for the requantizer (one of which also
    // computes G*K after a SETL).
    let dsps = text.matches("SB_MAC16 #(").count();
    assert_eq!(
        dsps,
        config.lanes() / 2 + 4,
        "hand-instantiated DSPs survive synthesis"
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
    eprintln!("iCE40 netlist {}: {report:?}", config.tag());
    let _ = std::fs::remove_dir_all(&out);
}

/// The regulator controller's iCE40 netlist (wide signed products split over SB_MAC16s in
/// combinational 16x16 mode, rtl::mul::MulSigned) against the cycle model on random sensor
/// streams and register writes, every port every cycle.
#[test]
fn vrm_ice40_netlist_matches_model_on_random_stimulus() {
    use sim::vrm::VrmBuild;
    use testbenches::vrm::{build_vrm_with, VrmLockstep};
    use testbenches::vrm_random::Stimulus;
    let build = VrmBuild {
        phases: 4,
        ..VrmBuild::default()
    };
    let board = fpga::Board::Icebreaker;
    let out = std::env::temp_dir().join(format!("gridcore-vrm-netlist-{}", std::process::id()));
    let netlist = fpga::synth_vrm_netlist(build.phases, build.period, build.ctrl_div, board, &out)
        .expect("yosys (run scripts/setup)");
    let text = std::fs::read_to_string(&netlist).unwrap();
    // PID multiplier 4, mean 1, register converter 2, add threshold 1.
    assert_eq!(
        text.matches("SB_MAC16 #(").count(),
        8,
        "DSPs survive synthesis"
    );
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
                panic!("iCE40 netlist, seed {seed}: {m} (inputs {i:?})");
            }
        }
    }
    let _ = std::fs::remove_dir_all(&out);
}
