//! The multiphase regulator controller (docs/vrm.md): register map, cycle model, and the
//! switch-level buck plant with ADCs and losses it is run against.

pub mod config;
pub mod linear;
pub mod model;
pub mod regs;

pub use config::{VrmBuild, VrmConfigError};
pub use model::{Mode, VrmInputs, VrmModel, VrmOutputs, MAX_PHASES};
pub mod adc;
pub mod closed_loop;
pub mod plant;
pub mod scenarios;
pub mod setup;
