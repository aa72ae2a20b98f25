//! The gridcore multiphase voltage-regulator controller in rust-hdl (spec: `docs/vrm.md`).
//!
//! Built block by block from the spec; each block's safety rule is proved formally with the
//! harnesses in `formal/` (run by `fpga::formal` and the tests).
#![deny(missing_docs)]

pub mod ctrl;
pub mod gate;
pub mod phase;
pub mod pmbus;
pub mod regs;

/// The formal harness of the whole controller ([`ctrl::VrmCtrl`], docs/vrm.md §14).
pub const CTRL_PROPS_SV: &str = include_str!("../formal/ctrl_props.sv");

/// The formal harness of [`gate::PhaseGate`] (SystemVerilog assertions, docs/vrm.md §14).
pub const GATE_PROPS_SV: &str = include_str!("../formal/gate_props.sv");
