//! The board tops' and every tile configuration's Verilog is lint clean under the one waiver
//! list (rtl::lint::WAIVERS).

use rtl::mul::MulTarget;
use sim::tile::TileConfig;

#[test]
fn board_top_verilog_is_lint_clean() {
    let stubs = std::env::temp_dir().join(format!("gridcore-ice40-stubs-{}.v", std::process::id()));
    std::fs::write(&stubs, rtl::lint::ICE40_LINT_STUBS).unwrap();
    for board in fpga::Board::all() {
        let config = board.default_config();
        let v = fpga::top_verilog(
            &config,
            board.mul_target(),
            board.clock_hz() / fpga::BAUD,
            board.led_invert("tile"),
        );
        let path = std::env::temp_dir().join(format!(
            "gridcore-lint-{}-{}.v",
            board.name(),
            std::process::id()
        ));
        std::fs::write(&path, v).unwrap();
        rtl::lint::verilator_lint_with(&path, fpga::TOP_MODULE, &[&stubs])
            .unwrap_or_else(|e| panic!("{}: {e}", board.name()));
        let _ = std::fs::remove_file(path);
    }
}

#[test]
fn tile_verilog_is_lint_clean_for_every_supported_config_and_target() {
    let stubs =
        std::env::temp_dir().join(format!("gridcore-ice40-stubs-t-{}.v", std::process::id()));
    std::fs::write(&stubs, rtl::lint::ICE40_LINT_STUBS).unwrap();
    for config in TileConfig::all() {
        for target in [MulTarget::Generic, MulTarget::Ice40] {
            let path = std::env::temp_dir().join(format!(
                "gridcore-lint-{}-{}.v",
                config.tag(),
                std::process::id()
            ));
            std::fs::write(&path, sram_tiles::verilog_for(&config, target)).unwrap();
            rtl::lint::verilator_lint_with(&path, sram_tiles::TILE_MODULE, &[&stubs])
                .unwrap_or_else(|e| panic!("{} {target:?}: {e}", config.tag()));
            let _ = std::fs::remove_file(path);
        }
    }
}

#[test]
fn vrm_board_top_verilog_is_lint_clean() {
    let stubs =
        std::env::temp_dir().join(format!("gridcore-ice40-stubs-vrm-{}.v", std::process::id()));
    std::fs::write(&stubs, rtl::lint::ICE40_LINT_STUBS).unwrap();
    for board in fpga::Board::all().filter(|b| b.vrm_phases() > 0) {
        let v = fpga::vrm_top::vrm_top_verilog(
            board.vrm_phases(),
            200,
            25,
            board.mul_target(),
            board.led_invert("vrm"),
        );
        let path = std::env::temp_dir().join(format!(
            "gridcore-lint-vrm-{}-{}.v",
            board.name(),
            std::process::id()
        ));
        std::fs::write(&path, v).unwrap();
        rtl::lint::verilator_lint_with(&path, fpga::TOP_MODULE, &[&stubs])
            .unwrap_or_else(|e| panic!("{}: {e}", board.name()));
        let _ = std::fs::remove_file(path);
    }
}

/// The iCEBreaker's board configuration is the one whose Verilog `sram_tiles/generated/` commits
/// (its test emits it with SB_MAC16 instances), so users get the board's Verilog without Rust.
#[test]
fn icebreaker_board_config_is_the_committed_generated_verilog() {
    let config = fpga::Board::named("icebreaker").default_config();
    let committed = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../sram_tiles/generated")
        .join(format!("gridcore_tile_{}_ice40.v", config.tag()));
    let text = std::fs::read_to_string(&committed)
        .unwrap_or_else(|e| panic!("{}: {e}", committed.display()));
    assert_eq!(
        text,
        sram_tiles::verilog_for(&config, MulTarget::Ice40),
        "{} is stale",
        committed.display()
    );
}
