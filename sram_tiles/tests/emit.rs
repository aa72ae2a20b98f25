//! The emitted Verilog of the default configuration is committed (`sram_tiles/generated/`), so
//! every RTL change shows as a Verilog diff and users get Verilog without building Rust. This
//! test fails when it is stale; `GRIDCORE_BLESS=1 cargo test -p sram_tiles` rewrites it.

use rtl::mul::MulTarget;
use spec::tile::{RequantKind, SramSize, TileConfig};

fn check(config: TileConfig, target: MulTarget, name: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("generated")
        .join(name);
    let fresh = sram_tiles::verilog_for(&config, target);
    assert_eq!(
        fresh,
        sram_tiles::verilog_for(&config, target),
        "emission is deterministic"
    );
    if std::env::var_os("GRIDCORE_BLESS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} is stale: run GRIDCORE_BLESS=1 cargo test --release -p sram_tiles",
        path.display()
    );
}

#[test]
fn generated_verilog_default_config_is_current() {
    check(
        TileConfig::default(),
        MulTarget::Generic,
        "gridcore_tile_l8_b2_small.v",
    );
}

#[test]
fn generated_verilog_icebreaker_config_is_current() {
    // The iCEBreaker's board configuration (fpga's board table; its test checks they agree).
    let config = TileConfig::new(16, 1, SramSize::Small)
        .unwrap()
        .with_requant(RequantKind::Serial);
    check(
        config,
        MulTarget::Ice40,
        "gridcore_tile_l16_b1_small_serial_ice40.v",
    );
}
