//! The multiphase voltage-regulator controller (issue 3). Not started: the crate exists so the
//! workspace has its final shape; `gridcore ... --design vrm` says it is not implemented.
#![deny(missing_docs)]
