//! Shared HDL plumbing for gridcore: Verilog emission clean-up and Verilator lint.
//!
//! Design decision: lint runs Verilator with the one list of waivers in [`lint::WAIVERS`], each
//! with its reason, so every design is held to the same bar.
#![deny(missing_docs)]

pub mod counter;
pub mod emit;
pub mod lint;
pub mod mul;
pub mod smbus;
pub mod spi;
pub mod uart;
