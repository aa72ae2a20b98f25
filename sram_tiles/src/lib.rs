//! The gridcore SRAM compute tile, in rust-hdl 0.46 (spec: `docs/tile.md`).
//!
//! Design decision: lanes map to output channels and the activation byte is broadcast, so any
//! layer width keeps every lane busy, and requantization is one shared pipelined unit draining a
//! shadow copy of the accumulators while the lanes compute the next group (see the spec, §1).
//! Lane count and batch size are run-time values (Verilog constants); SRAM depths are const
//! generics, monomorphised for the supported profiles in [`verilog`].
#![deny(missing_docs)]

pub mod lane;
pub mod requant;
pub mod serial_mul;
pub mod tile;

use rtl::mul::MulTarget;
use rust_hdl::prelude::*;
use spec::tile::{SramSize, TileConfig};

/// The Verilog module name of the tile.
pub const TILE_MODULE: &str = "gridcore_tile";

fn emit<const WA: usize, const AA: usize, const PA: usize, const IA: usize>(
    config: &TileConfig,
    target: MulTarget,
) -> String {
    let mut uut = tile::Tile::<WA, AA, PA, IA>::new(config, target);
    uut.connect_all();
    // No memory of the tile is read in the cycle it is written, but for the host's
    // write-and-read of one activation byte, which the tile answers itself (docs/tile.md §4).
    rtl::emit::no_rw_check(&rtl::emit::rename_top(&generate_verilog(&uut), TILE_MODULE))
}

/// Emits the tile's Verilog for `config` (top module [`TILE_MODULE`]) with behavioural
/// multipliers: what Verilator co-simulates and what ECP5 synthesis infers DSPs from.
pub fn verilog(config: &TileConfig) -> String {
    verilog_for(config, MulTarget::Generic)
}

/// Emits the tile's Verilog with multipliers built for `target` (iCE40: SB_MAC16 instances).
pub fn verilog_for(config: &TileConfig, target: MulTarget) -> String {
    match config.sram() {
        SramSize::Small => emit::<9, 10, 8, 6>(config, target),
        SramSize::Large => emit::<12, 12, 10, 8>(config, target),
    }
}

/// Builds the tile for rust-hdl's own simulator: `Small` profile only (the simulator is slow; it
/// is used for short shared-stimulus checks against Verilator).
pub fn small_tile(config: &TileConfig) -> tile::Tile<9, 10, 8, 6> {
    assert_eq!(
        config.sram(),
        SramSize::Small,
        "small_tile needs sram=small"
    );
    tile::Tile::new(config, MulTarget::Generic)
}
