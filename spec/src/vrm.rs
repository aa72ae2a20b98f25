//! The regulator controller's enumerations (docs/vrm.md): build parameters and their supported
//! ranges (§1), mode codes (§10), status bits (§10, §11), the PMBus command table with formats,
//! conversion constants, ranges, reset values and byte counts (§11, §11.2).

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

/// How a command's data word is stored and converted (§11).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One byte, used as is.
    Byte,
    /// LINEAR16 with VOUT_MODE's exponent: a vout code, clamped to 13 bits.
    Linear16,
    /// LINEAR11 converted as `sat((Y·K)·2^(N+S), lo, hi)`.
    Linear11 {
        /// K (before [`TcScale`]).
        k: i64,
        /// S.
        s: i32,
        /// Lowest internal value.
        lo: i64,
        /// Highest internal value.
        hi: i64,
        /// How K depends on the control period.
        tc: TcScale,
    },
    /// An unsigned integer, clamped to `max`.
    Raw {
        /// Largest value.
        max: u16,
    },
    /// Read only (status, telemetry, constants); writes are ignored and flagged (CML).
    ReadOnly,
    /// A command without data (CLEAR_FAULTS).
    Send,
}

/// How a LINEAR11 conversion constant depends on the control period `T_C`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TcScale {
    /// K as written.
    None,
    /// K · T_C (a per-tick rate from a per-µs one).
    Mul,
    /// K / T_C, integer division (control ticks from a time).
    Div,
}

impl Format {
    /// The conversion constant K for a build with control period `ctrl_div` (LINEAR11 only).
    pub fn k_for(&self, ctrl_div: u32) -> Option<i64> {
        match *self {
            Format::Linear11 { k, tc, .. } => Some(match tc {
                TcScale::None => k,
                TcScale::Mul => k * ctrl_div as i64,
                TcScale::Div => k / ctrl_div as i64,
            }),
            _ => None,
        }
    }

    /// The range of the internal value a write can produce (`None` for read-only and send).
    pub fn range(&self) -> Option<(i64, i64)> {
        match *self {
            Format::Byte => Some((0, 255)),
            Format::Linear16 => Some((0, 8191)),
            Format::Linear11 { lo, hi, .. } => Some((lo, hi)),
            Format::Raw { max } => Some((0, max as i64)),
            Format::ReadOnly | Format::Send => None,
        }
    }
}

/// One PMBus command of the map (§11).
#[derive(Clone, Copy, Debug)]
pub struct Command {
    /// PMBus command code.
    pub code: u8,
    /// PMBus name.
    pub name: &'static str,
    /// Format and conversion.
    pub format: Format,
    /// Reset value: physical units for LINEAR11, the raw word otherwise (0 for read-only).
    pub reset: f64,
    /// Data bytes on the bus (§11.2): 0 for send byte, 1 for byte-wide codes, else 2.
    pub bytes: u8,
}

impl Command {
    /// A write stores a word and converts it (not a read-only or send-byte command).
    pub const fn writable(&self) -> bool {
        !matches!(self.format, Format::ReadOnly | Format::Send)
    }
}

const fn l11(k: i64, s: i32, lo: i64, hi: i64, tc: TcScale) -> Format {
    Format::Linear11 { k, s, lo, hi, tc }
}

const fn c(code: u8, name: &'static str, format: Format, reset: f64, bytes: u8) -> Command {
    Command {
        code,
        name,
        format,
        reset,
        bytes,
    }
}

use cmd::*;
use Format::{Byte, Linear16, ReadOnly, Send};
use TcScale::None as K;

/// The command map (§11), in the order of the spec's table; the writable commands, in this
/// order, are the register file's registers.
pub const COMMANDS: &[Command] = &[
    c(OPERATION, "OPERATION", Byte, 128.0, 1),
    c(CLEAR_FAULTS, "CLEAR_FAULTS", Send, 0.0, 0),
    c(VOUT_MODE, "VOUT_MODE", ReadOnly, 0.0, 1),
    c(VOUT_COMMAND, "VOUT_COMMAND", Linear16, 3277.0, 2),
    c(VOUT_MAX, "VOUT_MAX", Linear16, 6144.0, 2),
    c(
        VOUT_TRANSITION_RATE,
        "VOUT_TRANSITION_RATE",
        l11(671, -6, 0, 65535, TcScale::Mul),
        10.0,
        2,
    ),
    c(
        VOUT_DROOP,
        "VOUT_DROOP",
        l11(16777, 0, 0, 65535, K),
        0.02,
        2,
    ),
    c(MAX_DUTY, "MAX_DUTY", l11(655, 0, 0, 65535, K), 25.0, 2),
    c(FREQUENCY_SWITCH, "FREQUENCY_SWITCH", ReadOnly, 0.0, 2),
    c(VIN_ON, "VIN_ON", l11(1, 8, 0, 8191, K), 9.0, 2),
    c(
        VOUT_OV_FAULT_LIMIT,
        "VOUT_OV_FAULT_LIMIT",
        Linear16,
        3768.0,
        2,
    ),
    c(
        VOUT_OV_FAULT_RESPONSE,
        "VOUT_OV_FAULT_RESPONSE",
        Byte,
        128.0,
        1,
    ),
    c(
        VOUT_UV_FAULT_LIMIT,
        "VOUT_UV_FAULT_LIMIT",
        Linear16,
        2785.0,
        2,
    ),
    c(
        VOUT_UV_FAULT_RESPONSE,
        "VOUT_UV_FAULT_RESPONSE",
        Byte,
        186.0,
        1,
    ),
    c(
        IOUT_OC_FAULT_LIMIT,
        "IOUT_OC_FAULT_LIMIT",
        l11(1, 4, 0, 32767, K),
        350.0,
        2,
    ),
    c(
        IOUT_OC_FAULT_RESPONSE,
        "IOUT_OC_FAULT_RESPONSE",
        Byte,
        186.0,
        1,
    ),
    c(
        OT_FAULT_LIMIT,
        "OT_FAULT_LIMIT",
        l11(1, 4, -2048, 2047, K),
        125.0,
        2,
    ),
    c(OT_FAULT_RESPONSE, "OT_FAULT_RESPONSE", Byte, 128.0, 1),
    c(
        VIN_UV_FAULT_LIMIT,
        "VIN_UV_FAULT_LIMIT",
        l11(1, 8, 0, 8191, K),
        8.0,
        2,
    ),
    c(
        VIN_UV_FAULT_RESPONSE,
        "VIN_UV_FAULT_RESPONSE",
        Byte,
        184.0,
        1,
    ),
    c(
        TON_RISE,
        "TON_RISE",
        l11(100_000, 0, 0, (1 << 20) - 1, TcScale::Div),
        0.5,
        2,
    ),
    c(CAPABILITY, "CAPABILITY", ReadOnly, 0.0, 1),
    c(STATUS_BYTE, "STATUS_BYTE", ReadOnly, 0.0, 1),
    c(STATUS_WORD, "STATUS_WORD", ReadOnly, 0.0, 2),
    c(STATUS_VOUT, "STATUS_VOUT", ReadOnly, 0.0, 1),
    c(STATUS_IOUT, "STATUS_IOUT", ReadOnly, 0.0, 1),
    c(STATUS_INPUT, "STATUS_INPUT", ReadOnly, 0.0, 1),
    c(STATUS_TEMPERATURE, "STATUS_TEMPERATURE", ReadOnly, 0.0, 1),
    c(STATUS_CML, "STATUS_CML", ReadOnly, 0.0, 1),
    c(STATUS_MFR_SPECIFIC, "STATUS_MFR_SPECIFIC", ReadOnly, 0.0, 1),
    c(READ_VIN, "READ_VIN", ReadOnly, 0.0, 2),
    c(READ_VOUT, "READ_VOUT", ReadOnly, 0.0, 2),
    c(READ_IOUT, "READ_IOUT", ReadOnly, 0.0, 2),
    c(READ_TEMPERATURE_1, "READ_TEMPERATURE_1", ReadOnly, 0.0, 2),
    c(PMBUS_REVISION, "PMBUS_REVISION", ReadOnly, 0.0, 1),
    c(MFR_KP, "MFR_KP", Format::Raw { max: 65535 }, 5000.0, 2),
    c(MFR_KI, "MFR_KI", Format::Raw { max: 65535 }, 2500.0, 2),
    c(MFR_KD, "MFR_KD", Format::Raw { max: 65535 }, 3000.0, 2),
    c(MFR_DF, "MFR_DF", Format::Raw { max: 3 }, 1.0, 2),
    c(MFR_KB, "MFR_KB", Format::Raw { max: 15 }, 12.0, 2),
    c(
        MFR_BAL_MAX,
        "MFR_BAL_MAX",
        Format::Raw { max: 4095 },
        512.0,
        2,
    ),
    c(MFR_DT_RISE, "MFR_DT_RISE", Format::Raw { max: 255 }, 3.0, 2),
    c(MFR_DT_FALL, "MFR_DT_FALL", Format::Raw { max: 255 }, 3.0, 2),
    c(MFR_PH_ADD, "MFR_PH_ADD", l11(1, 4, 0, 2047, K), 25.0, 2),
    c(MFR_PH_SHED, "MFR_PH_SHED", l11(1, 4, 0, 2047, K), 15.0, 2),
    c(
        MFR_PH_DWELL,
        "MFR_PH_DWELL",
        Format::Raw { max: 255 },
        16.0,
        2,
    ),
    c(
        MFR_N_MAX_ACTIVE,
        "MFR_N_MAX_ACTIVE",
        Format::Raw { max: 16 },
        16.0,
        2,
    ),
    c(MFR_PH_OC, "MFR_PH_OC", l11(1, 4, 0, 2047, K), 50.0, 2),
    c(MFR_PH_IMB, "MFR_PH_IMB", l11(1, 4, 0, 2047, K), 10.0, 2),
    c(MFR_TR_UT, "MFR_TR_UT", Format::Raw { max: 1023 }, 6.0, 2),
    c(MFR_TR_OT, "MFR_TR_OT", Format::Raw { max: 1023 }, 6.0, 2),
    c(MFR_TR_REC, "MFR_TR_REC", Format::Raw { max: 1023 }, 2.0, 2),
    c(MFR_TR_MIN, "MFR_TR_MIN", Format::Raw { max: 1023 }, 2.0, 2),
    c(MFR_TR_MAX, "MFR_TR_MAX", Format::Raw { max: 1023 }, 60.0, 2),
    c(
        MFR_TR_BLANK,
        "MFR_TR_BLANK",
        Format::Raw { max: 4095 },
        500.0,
        2,
    ),
    c(MFR_FLT_N, "MFR_FLT_N", Format::Raw { max: 255 }, 4.0, 2),
    c(MFR_SAT_N, "MFR_SAT_N", Format::Raw { max: 4095 }, 400.0, 2),
    c(MFR_TR_DV, "MFR_TR_DV", Format::Raw { max: 1023 }, 6.0, 2),
];

/// The number of writable registers (the register file's size).
pub const WRITABLE_COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < COMMANDS.len() {
        if COMMANDS[i].writable() {
            n += 1;
        }
        i += 1;
    }
    n
};

/// The command with code `code`, if the map has it.
pub fn lookup(code: u8) -> Option<&'static Command> {
    COMMANDS.iter().find(|r| r.code == code)
}

/// The command named `name` (case-insensitive).
pub fn by_name(name: &str) -> Option<&'static Command> {
    COMMANDS.iter().find(|r| r.name.eq_ignore_ascii_case(name))
}

/// The writable registers, in the register file's order.
pub fn writable() -> impl Iterator<Item = &'static Command> {
    COMMANDS.iter().filter(|c| c.writable())
}

/// Data bytes of any code on the bus (§11.2): unknown codes have two.
pub fn data_bytes(code: u8) -> u8 {
    lookup(code).map_or(2, |c| c.bytes)
}

/// The index of the writable register named `name` (ASCII case-insensitive) in the register
/// file, at compile time (the RTL's named register ports are checked against it); panics (a
/// compile error in a `const`) for a name that is not a writable register.
pub const fn writable_index(name: &str) -> usize {
    let mut i = 0;
    let mut index = 0;
    while i < COMMANDS.len() {
        if COMMANDS[i].writable() {
            if str_eq(COMMANDS[i].name, name) {
                return index;
            }
            index += 1;
        }
        i += 1;
    }
    panic!("not a writable register")
}

/// ASCII case-insensitive equality, at compile time (`vout_max` names VOUT_MAX).
const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !a[i].eq_ignore_ascii_case(&b[i]) {
            return false;
        }
        i += 1;
    }
    true
}

/// VOUT_MODE's answer: LINEAR16, exponent −12 (§11).
pub const VOUT_MODE_WORD: u16 = 0x14;
/// CAPABILITY's answer: PEC supported, 400 kHz, SMBALERT# (§11).
pub const CAPABILITY_WORD: u16 = 0xB0;
/// PMBUS_REVISION's answer: PMBus 1.3 (§11).
pub const PMBUS_REVISION_WORD: u16 = 0x33;
/// The response byte of the imbalance and saturation faults, which have no register (§10).
pub const MFR_FAULT_RESPONSE: u8 = 0x80;

/// Operating modes (§10), with the code on the `mode` port.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Mode {
    /// Not switching: every request OFF.
    Off = 0,
    /// Closed-loop regulation.
    Run = 1,
    /// Undershoot response: every phase on.
    Boost = 2,
    /// Overshoot response: every low side on.
    Clamp = 3,
    /// Off after a fault, waiting to retry.
    Hiccup = 4,
    /// Off after a fault until disabled.
    Latched = 5,
}

impl Mode {
    /// Every mode, in code order.
    pub const ALL: [Mode; 6] = [
        Mode::Off,
        Mode::Run,
        Mode::Boost,
        Mode::Clamp,
        Mode::Hiccup,
        Mode::Latched,
    ];

    /// The code on the `mode` port.
    pub const fn code(self) -> u8 {
        self as u8
    }

    /// The name §10 gives the mode.
    pub const fn spec_name(self) -> &'static str {
        match self {
            Mode::Off => "OFF",
            Mode::Run => "RUN",
            Mode::Boost => "BOOST",
            Mode::Clamp => "CLAMP",
            Mode::Hiccup => "HICCUP",
            Mode::Latched => "LATCHED",
        }
    }

    /// The mode with code `code`, if there is one.
    pub fn from_code(code: u8) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.code() == code)
    }

    /// The converter is on (RUN, BOOST, CLAMP): faults are evaluated (§10).
    pub const fn is_on(self) -> bool {
        matches!(self, Mode::Run | Mode::Boost | Mode::Clamp)
    }
}

/// STATUS bits (§10, §11): masks within each status register.
pub mod status {
    /// STATUS_BYTE.
    pub mod byte {
        /// The converter is off.
        pub const OFF: u16 = 1 << 6;
        /// STATUS_VOUT[7].
        pub const VOUT_OV: u16 = 1 << 5;
        /// STATUS_IOUT[7].
        pub const IOUT_OC: u16 = 1 << 4;
        /// STATUS_INPUT[4].
        pub const VIN_UV: u16 = 1 << 3;
        /// STATUS_TEMPERATURE ≠ 0.
        pub const TEMPERATURE: u16 = 1 << 2;
        /// STATUS_CML ≠ 0.
        pub const CML: u16 = 1 << 1;
        /// STATUS_MFR_SPECIFIC ≠ 0.
        pub const MFR: u16 = 1 << 0;
    }
    /// STATUS_WORD's high byte (its low byte is STATUS_BYTE).
    pub mod word {
        /// STATUS_VOUT ≠ 0.
        pub const VOUT: u16 = 1 << 15;
        /// STATUS_IOUT ≠ 0.
        pub const IOUT: u16 = 1 << 14;
        /// STATUS_INPUT ≠ 0.
        pub const INPUT: u16 = 1 << 13;
        /// STATUS_MFR_SPECIFIC ≠ 0.
        pub const MFR: u16 = 1 << 12;
        /// Power not good: off or soft-starting.
        pub const POWER_GOOD_N: u16 = 1 << 11;
    }
    /// STATUS_VOUT.
    pub const VOUT_OV_FAULT: u8 = 1 << 7;
    /// STATUS_VOUT.
    pub const VOUT_UV_FAULT: u8 = 1 << 4;
    /// STATUS_IOUT.
    pub const IOUT_OC_FAULT: u8 = 1 << 7;
    /// STATUS_IOUT: a phase's cycle-by-cycle current limit cut its on-time (§4).
    pub const IOUT_PHASE_OC: u8 = 1 << 5;
    /// STATUS_INPUT.
    pub const VIN_UV_FAULT: u8 = 1 << 4;
    /// STATUS_TEMPERATURE.
    pub const OT_FAULT: u8 = 1 << 7;
    /// STATUS_MFR_SPECIFIC: phase current imbalance.
    pub const MFR_IMBALANCE: u8 = 1 << 0;
    /// STATUS_MFR_SPECIFIC: compensator saturated.
    pub const MFR_SATURATION: u8 = 1 << 1;
    /// STATUS_CML: invalid or unsupported command.
    pub const CML_INVALID_COMMAND: u8 = 1 << 7;
    /// STATUS_CML: packet error check failed.
    pub const CML_PEC_FAILED: u8 = 1 << 5;
    /// STATUS_CML: other communication fault.
    pub const CML_OTHER: u8 = 1 << 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_codes_and_names_are_unique() {
        for (i, a) in COMMANDS.iter().enumerate() {
            for b in &COMMANDS[i + 1..] {
                assert_ne!(a.code, b.code, "{} and {}", a.name, b.name);
                assert_ne!(a.name, b.name);
            }
        }
    }

    #[test]
    fn byte_counts_follow_the_rule_of_11_2() {
        for c in COMMANDS {
            let want = match c.format {
                Format::Send => 0,
                Format::Byte => 1,
                _ => c.bytes.max(1),
            };
            assert_eq!(c.bytes, want, "{}", c.name);
        }
        assert_eq!(data_bytes(0x00), 2, "unknown codes have two data bytes");
    }

    #[test]
    fn writable_index_counts_writable_registers_in_table_order() {
        assert_eq!(writable_index("OPERATION"), 0);
        assert_eq!(writable_index("VOUT_COMMAND"), 1);
        assert_eq!(writable_index("MFR_TR_DV"), WRITABLE_COUNT - 1);
        assert_eq!(writable_index("vout_max"), 2, "case-insensitive");
        assert_eq!(WRITABLE_COUNT, 41);
    }

    #[test]
    fn reset_values_lie_in_range() {
        for c in writable() {
            let (lo, hi) = c.format.range().expect("writable");
            if !matches!(c.format, Format::Linear11 { .. }) {
                assert!((lo as f64..=hi as f64).contains(&c.reset), "{}", c.name);
            }
        }
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
