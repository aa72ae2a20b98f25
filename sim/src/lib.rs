//! Cycle models of the gridcore designs, written from the specs in `docs/`, not from the RTL.
//!
//! The point of this crate is independence: it imports no HDL crate, so when the model and the
//! Verilated RTL agree on every cycle, two implementations of one written spec agree. It also holds
//! what a model needs around it: the TFLite vector format (`tflite`) and the program builder that
//! turns a quantized layer into host writes and instructions (`tile::program`).
#![deny(missing_docs)]

mod error;
pub use error::SimError;
pub mod tflite;
pub mod tile;
pub mod vrm;
