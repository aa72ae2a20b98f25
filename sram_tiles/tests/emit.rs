use sim::tile::TileConfig;

#[test]
fn tile_verilog_emits_for_default() {
    let v = sram_tiles::verilog(&TileConfig::default());
    std::fs::write("/tmp/gridcore_tile_default.v", &v).unwrap();
    assert!(v.contains("module gridcore_tile"));
}
