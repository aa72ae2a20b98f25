//! The one source of what gridcore's specs enumerate: tile opcodes, error codes, SRAM profiles
//! and configuration sets (`docs/tile.md`); the regulator's build ranges, PMBus command table,
//! modes and status bits (`docs/vrm.md`).
//!
//! Data only: no HDL and no model behaviour. The cycle models (`sim`) and the RTL (`sram_tiles`,
//! `vrm_ctrl`) both read these tables and stay independent in what they *do* with them; a test
//! (`spec/tests/docs_agree.rs`) checks that the tables in `docs/` say the same.
#![deny(missing_docs)]

pub mod tile;
pub mod vrm;
