//! The SRAM compute tile: parameters, ISA, requantization, cycle model and program builder.

pub mod isa;
mod kernel;
pub mod model;
pub mod program;
pub mod requant;

pub use isa::{Instr, Layer, TileError, TileProgram};
pub use model::{Counters, TileInputs, TileModel, TileOutputs};
pub use spec::tile::config;
pub use spec::tile::{RequantKind, SramSize, TileConfig};
