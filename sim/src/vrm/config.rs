//! Controller build parameters (docs/vrm.md §1) and the register file in internal units (§11).

use std::fmt;

/// Build-time parameters, chosen at run time from the supported set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct VrmBuild {
    /// Phases built, `N`.
    pub phases: usize,
    /// Switching period in clocks, `P`.
    pub period: u32,
    /// Control period in clocks, `T_C`.
    pub ctrl_div: u32,
}

/// The controller clock (§1).
pub const F_CLK: f64 = 100e6;
/// Supported ranges (§1).
pub const PHASES: std::ops::RangeInclusive<usize> = 1..=16;
/// Supported switching periods, clocks.
pub const PERIODS: std::ops::RangeInclusive<u32> = 100..=1000;
/// Supported control periods, clocks (VOUT_TRANSITION_RATE's converter constant 671 · T_C stays
/// below 2^16, so the register converter is one 16x16 product, docs/vrm.md §1).
pub const CTRL_DIVS: std::ops::RangeInclusive<u32> = 10..=64;

/// A build or register setting outside what the design supports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VrmConfigError(pub String);

impl fmt::Display for VrmConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for VrmConfigError {}

impl Default for VrmBuild {
    fn default() -> Self {
        VrmBuild {
            phases: 8,
            period: 200,
            ctrl_div: 25,
        }
    }
}

impl VrmBuild {
    /// Checks every parameter against the supported set, naming it.
    pub fn validate(&self) -> Result<(), VrmConfigError> {
        let bad = |name: &str, v: String, r: String| {
            Err(VrmConfigError(format!(
                "unsupported {name} {v}: supported {r}"
            )))
        };
        if !PHASES.contains(&self.phases) {
            return bad("phases", self.phases.to_string(), format!("{PHASES:?}"));
        }
        if !PERIODS.contains(&self.period) {
            return bad(
                "period",
                self.period.to_string(),
                format!("{PERIODS:?} clocks"),
            );
        }
        if !CTRL_DIVS.contains(&self.ctrl_div) {
            return bad(
                "ctrl_div",
                self.ctrl_div.to_string(),
                format!("{CTRL_DIVS:?} clocks"),
            );
        }
        Ok(())
    }

    /// Switching frequency per phase, Hz.
    pub fn f_sw(&self) -> f64 {
        F_CLK / self.period as f64
    }

    /// A short tag for file names: `n8_p200_c25`.
    pub fn tag(&self) -> String {
        format!("n{}_p{}_c{}", self.phases, self.period, self.ctrl_div)
    }
}

/// `R[n] = ceil(2^16 / n)` (§4): the reciprocal used for interleave and means.
pub fn recip(n: usize) -> u32 {
    if n == 0 {
        0
    } else {
        65536u32.div_ceil(n as u32)
    }
}

/// PMBus command codes (§11).
#[allow(missing_docs)]
pub mod cmd {
    pub const OPERATION: u8 = 0x01;
    pub const CLEAR_FAULTS: u8 = 0x03;
    pub const CAPABILITY: u8 = 0x19;
    pub const VOUT_MODE: u8 = 0x20;
    pub const VOUT_COMMAND: u8 = 0x21;
    pub const VOUT_MAX: u8 = 0x24;
    pub const VOUT_TRANSITION_RATE: u8 = 0x27;
    pub const VOUT_DROOP: u8 = 0x28;
    pub const MAX_DUTY: u8 = 0x32;
    pub const FREQUENCY_SWITCH: u8 = 0x33;
    pub const VIN_ON: u8 = 0x35;
    pub const VOUT_OV_FAULT_LIMIT: u8 = 0x40;
    pub const VOUT_OV_FAULT_RESPONSE: u8 = 0x41;
    pub const VOUT_UV_FAULT_LIMIT: u8 = 0x44;
    pub const VOUT_UV_FAULT_RESPONSE: u8 = 0x45;
    pub const IOUT_OC_FAULT_LIMIT: u8 = 0x46;
    pub const IOUT_OC_FAULT_RESPONSE: u8 = 0x47;
    pub const OT_FAULT_LIMIT: u8 = 0x4F;
    pub const OT_FAULT_RESPONSE: u8 = 0x50;
    pub const VIN_UV_FAULT_LIMIT: u8 = 0x59;
    pub const VIN_UV_FAULT_RESPONSE: u8 = 0x5A;
    pub const TON_RISE: u8 = 0x61;
    pub const STATUS_BYTE: u8 = 0x78;
    pub const STATUS_WORD: u8 = 0x79;
    pub const STATUS_VOUT: u8 = 0x7A;
    pub const STATUS_IOUT: u8 = 0x7B;
    pub const STATUS_INPUT: u8 = 0x7C;
    pub const STATUS_TEMPERATURE: u8 = 0x7D;
    pub const STATUS_CML: u8 = 0x7E;
    pub const STATUS_MFR_SPECIFIC: u8 = 0x80;
    pub const READ_VIN: u8 = 0x88;
    pub const READ_VOUT: u8 = 0x8B;
    pub const READ_IOUT: u8 = 0x8C;
    pub const READ_TEMPERATURE_1: u8 = 0x8D;
    pub const PMBUS_REVISION: u8 = 0x98;
    pub const MFR_KP: u8 = 0xD0;
    pub const MFR_KI: u8 = 0xD1;
    pub const MFR_KD: u8 = 0xD2;
    pub const MFR_DF: u8 = 0xD3;
    pub const MFR_KB: u8 = 0xD4;
    pub const MFR_BAL_MAX: u8 = 0xD5;
    pub const MFR_DT_RISE: u8 = 0xD6;
    pub const MFR_DT_FALL: u8 = 0xD7;
    pub const MFR_PH_ADD: u8 = 0xD8;
    pub const MFR_PH_SHED: u8 = 0xD9;
    pub const MFR_PH_DWELL: u8 = 0xDA;
    pub const MFR_N_MAX_ACTIVE: u8 = 0xDB;
    pub const MFR_PH_OC: u8 = 0xDC;
    pub const MFR_PH_IMB: u8 = 0xDD;
    pub const MFR_TR_UT: u8 = 0xDE;
    pub const MFR_TR_OT: u8 = 0xDF;
    pub const MFR_TR_REC: u8 = 0xE0;
    pub const MFR_TR_MIN: u8 = 0xE1;
    pub const MFR_TR_MAX: u8 = 0xE2;
    pub const MFR_TR_BLANK: u8 = 0xE3;
    pub const MFR_FLT_N: u8 = 0xE4;
    pub const MFR_SAT_N: u8 = 0xE5;
    pub const MFR_TR_DV: u8 = 0xE6;
}
