//! From a model file to a tile program.
//!
//! - [`model`] reads a `.tflite` FlatBuffer (through tract's generated schema) into a small
//!   graph of tensors and operators, every field checked on the way in.
//! - [`quant`] derives what LiteRT's kernels derive in their Prepare: requantization multipliers
//!   and shifts, activation clamps.
//! - [`lower`] maps the graph onto one tile: weights and parameters placed in their SRAMs,
//!   tensors in the activation SRAM by lifetime, a program emitted; it refuses, with the
//!   operator's index and the reason, what the tile cannot compute exactly.
//! - [`npz`] reads and writes the named int8/int32 tensors users hand in and get back.
//!
//! No HDL and no simulator here: what runs the program lives in `testbenches::jobs`.
#![deny(missing_docs)]

pub mod lower;
pub mod model;
pub mod npz;
pub mod quant;
pub mod tables;

pub use lower::{compile, Compiled, IoTensor, LayerPlan};
pub use model::Graph;

/// Why a model, or the tensors for it, cannot be used; each a one-line message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompileError {
    /// The file is not a readable `.tflite` model.
    #[error("{0}")]
    Malformed(String),
    /// An operator the tile cannot compute exactly (bit for bit with LiteRT).
    #[error("operator {index} ({op}): {reason}")]
    Unsupported {
        /// Operator index in the subgraph.
        index: usize,
        /// Operator name (`FULLY_CONNECTED`, ...).
        op: String,
        /// Why.
        reason: String,
    },
    /// The model does not fit the tile's configuration (names the SRAM and the bytes).
    #[error("{0}")]
    DoesNotFit(String),
    /// Input tensors that do not match the model (name, shape or type).
    #[error("{0}")]
    Inputs(String),
    /// A file could not be read or written.
    #[error("{0}")]
    Io(String),
}
