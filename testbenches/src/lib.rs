//! Verilator bridge and lockstep harnesses: the gridcore RTL, Verilated, against the cycle models.
//!
//! Design decision: Verilator is driven through our own generated C shim, built on demand and
//! cached by the Verilog's hash, because the CLI co-simulates configurations chosen at run time
//! (and the `verilated` crates do not build against Verilator 5).
#![deny(missing_docs)]

pub mod board;
pub mod jobs;
pub mod seeds;
pub mod tile;
pub mod tile_random;
pub mod verilator;
pub mod vrm;
pub mod vrm_random;
