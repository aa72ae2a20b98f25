//! The board tops' and every tile configuration's Verilog is lint clean under the one waiver
//! list (rtl::lint::WAIVERS).

use sim::tile::TileConfig;

#[test]
fn board_top_verilog_is_lint_clean() {
    for (board, config) in [
        (
            fpga::Board::Icebreaker,
            TileConfig::new(4, 2, sim::tile::SramSize::Small).unwrap(),
        ),
        (fpga::Board::Ulx3s, TileConfig::default()),
    ] {
        let v = fpga::top_verilog(
            &config,
            board.clock_hz() / fpga::BAUD,
            board == fpga::Board::Icebreaker,
        );
        let path = std::env::temp_dir().join(format!(
            "gridcore-lint-{}-{}.v",
            board.name(),
            std::process::id()
        ));
        std::fs::write(&path, v).unwrap();
        rtl::lint::verilator_lint(&path, fpga::TOP_MODULE)
            .unwrap_or_else(|e| panic!("{}: {e}", board.name()));
        let _ = std::fs::remove_file(path);
    }
}

#[test]
fn tile_verilog_is_lint_clean_for_every_supported_config() {
    for config in TileConfig::all() {
        let path = std::env::temp_dir().join(format!(
            "gridcore-lint-{}-{}.v",
            config.tag(),
            std::process::id()
        ));
        std::fs::write(&path, sram_tiles::verilog(&config)).unwrap();
        rtl::lint::verilator_lint(&path, sram_tiles::TILE_MODULE)
            .unwrap_or_else(|e| panic!("{}: {e}", config.tag()));
        let _ = std::fs::remove_file(path);
    }
}
