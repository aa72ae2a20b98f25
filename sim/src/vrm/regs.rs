//! The register file (docs/vrm.md §11): one table gives every command's format, its conversion to
//! internal units, its range and its reset value. Reads return the word last written; the
//! controller uses the converted value.

use super::config::{cmd::*, VrmBuild};
use super::linear::{convert_linear11, linear11_from_value};

/// How a command's data word is stored and converted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One byte, used as is.
    Byte,
    /// LINEAR16 with VOUT_MODE's exponent: a vout code, clamped to 13 bits.
    Linear16,
    /// LINEAR11 converted as `sat((Y·K)·2^(N+S), lo, hi)`.
    Linear11 {
        /// K.
        k: i64,
        /// S.
        s: i32,
        /// Saturation bounds.
        lo: i64,
        /// Saturation bounds.
        hi: i64,
        /// K is multiplied or divided (integer division) by the control period `T_C`.
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

/// How a LINEAR11 conversion constant depends on the control period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TcScale {
    /// K as written.
    None,
    /// K · T_C (a per-tick rate from a per-µs one).
    Mul,
    /// K / T_C (control ticks from a time).
    Div,
}

/// One command in the map.
#[derive(Clone, Copy, Debug)]
pub struct RegDef {
    /// PMBus command code.
    pub code: u8,
    /// PMBus name.
    pub name: &'static str,
    /// Format and conversion.
    pub kind: Kind,
    /// Reset value in physical units for LINEAR11, the raw word otherwise.
    pub reset: f64,
}

impl RegDef {
    /// A write stores a word and converts it (not a read-only or send-byte command).
    pub fn writable(&self) -> bool {
        !matches!(self.kind, Kind::ReadOnly | Kind::Send)
    }
}

const fn l11(k: i64, s: i32, lo: i64, hi: i64) -> Kind {
    Kind::Linear11 {
        k,
        s,
        lo,
        hi,
        tc: TcScale::None,
    }
}

const fn d(code: u8, name: &'static str, kind: Kind, reset: f64) -> RegDef {
    RegDef {
        code,
        name,
        kind,
        reset,
    }
}

/// The writable and readable commands, with their reset values (the reference rail of §15).
pub const REGISTERS: &[RegDef] = &[
    d(OPERATION, "OPERATION", Kind::Byte, 128.0),
    d(CLEAR_FAULTS, "CLEAR_FAULTS", Kind::Send, 0.0),
    d(VOUT_MODE, "VOUT_MODE", Kind::ReadOnly, 0.0),
    d(VOUT_COMMAND, "VOUT_COMMAND", Kind::Linear16, 3277.0),
    d(VOUT_MAX, "VOUT_MAX", Kind::Linear16, 6144.0),
    d(
        VOUT_TRANSITION_RATE,
        "VOUT_TRANSITION_RATE",
        Kind::Linear11 {
            k: 671,
            s: -6,
            lo: 0,
            hi: 65535,
            tc: TcScale::Mul,
        },
        10.0,
    ),
    d(VOUT_DROOP, "VOUT_DROOP", l11(16777, 0, 0, 65535), 0.02),
    d(MAX_DUTY, "MAX_DUTY", l11(655, 0, 0, 65535), 25.0),
    d(FREQUENCY_SWITCH, "FREQUENCY_SWITCH", Kind::ReadOnly, 0.0),
    d(VIN_ON, "VIN_ON", l11(1, 8, 0, 8191), 9.0),
    d(
        VOUT_OV_FAULT_LIMIT,
        "VOUT_OV_FAULT_LIMIT",
        Kind::Linear16,
        3768.0,
    ),
    d(
        VOUT_OV_FAULT_RESPONSE,
        "VOUT_OV_FAULT_RESPONSE",
        Kind::Byte,
        128.0,
    ),
    d(
        VOUT_UV_FAULT_LIMIT,
        "VOUT_UV_FAULT_LIMIT",
        Kind::Linear16,
        2785.0,
    ),
    d(
        VOUT_UV_FAULT_RESPONSE,
        "VOUT_UV_FAULT_RESPONSE",
        Kind::Byte,
        186.0,
    ),
    d(
        IOUT_OC_FAULT_LIMIT,
        "IOUT_OC_FAULT_LIMIT",
        l11(1, 4, 0, 32767),
        350.0,
    ),
    d(
        IOUT_OC_FAULT_RESPONSE,
        "IOUT_OC_FAULT_RESPONSE",
        Kind::Byte,
        186.0,
    ),
    d(
        OT_FAULT_LIMIT,
        "OT_FAULT_LIMIT",
        l11(1, 4, -2048, 2047),
        125.0,
    ),
    d(OT_FAULT_RESPONSE, "OT_FAULT_RESPONSE", Kind::Byte, 128.0),
    d(
        VIN_UV_FAULT_LIMIT,
        "VIN_UV_FAULT_LIMIT",
        l11(1, 8, 0, 8191),
        8.0,
    ),
    d(
        VIN_UV_FAULT_RESPONSE,
        "VIN_UV_FAULT_RESPONSE",
        Kind::Byte,
        184.0,
    ),
    d(
        TON_RISE,
        "TON_RISE",
        Kind::Linear11 {
            k: 100_000,
            s: 0,
            lo: 0,
            hi: (1 << 20) - 1,
            tc: TcScale::Div,
        },
        0.5,
    ),
    d(CAPABILITY, "CAPABILITY", Kind::ReadOnly, 0.0),
    d(STATUS_BYTE, "STATUS_BYTE", Kind::ReadOnly, 0.0),
    d(STATUS_WORD, "STATUS_WORD", Kind::ReadOnly, 0.0),
    d(STATUS_VOUT, "STATUS_VOUT", Kind::ReadOnly, 0.0),
    d(STATUS_IOUT, "STATUS_IOUT", Kind::ReadOnly, 0.0),
    d(STATUS_INPUT, "STATUS_INPUT", Kind::ReadOnly, 0.0),
    d(
        STATUS_TEMPERATURE,
        "STATUS_TEMPERATURE",
        Kind::ReadOnly,
        0.0,
    ),
    d(STATUS_CML, "STATUS_CML", Kind::ReadOnly, 0.0),
    d(
        STATUS_MFR_SPECIFIC,
        "STATUS_MFR_SPECIFIC",
        Kind::ReadOnly,
        0.0,
    ),
    d(READ_VIN, "READ_VIN", Kind::ReadOnly, 0.0),
    d(READ_VOUT, "READ_VOUT", Kind::ReadOnly, 0.0),
    d(READ_IOUT, "READ_IOUT", Kind::ReadOnly, 0.0),
    d(
        READ_TEMPERATURE_1,
        "READ_TEMPERATURE_1",
        Kind::ReadOnly,
        0.0,
    ),
    d(PMBUS_REVISION, "PMBUS_REVISION", Kind::ReadOnly, 0.0),
    d(MFR_KP, "MFR_KP", Kind::Raw { max: 65535 }, 5000.0),
    d(MFR_KI, "MFR_KI", Kind::Raw { max: 65535 }, 2500.0),
    d(MFR_KD, "MFR_KD", Kind::Raw { max: 65535 }, 3000.0),
    d(MFR_DF, "MFR_DF", Kind::Raw { max: 3 }, 1.0),
    d(MFR_KB, "MFR_KB", Kind::Raw { max: 15 }, 12.0),
    d(MFR_BAL_MAX, "MFR_BAL_MAX", Kind::Raw { max: 4095 }, 512.0),
    d(MFR_DT_RISE, "MFR_DT_RISE", Kind::Raw { max: 255 }, 3.0),
    d(MFR_DT_FALL, "MFR_DT_FALL", Kind::Raw { max: 255 }, 3.0),
    d(MFR_PH_ADD, "MFR_PH_ADD", l11(1, 4, 0, 2047), 25.0),
    d(MFR_PH_SHED, "MFR_PH_SHED", l11(1, 4, 0, 2047), 15.0),
    d(MFR_PH_DWELL, "MFR_PH_DWELL", Kind::Raw { max: 255 }, 16.0),
    d(
        MFR_N_MAX_ACTIVE,
        "MFR_N_MAX_ACTIVE",
        Kind::Raw { max: 16 },
        16.0,
    ),
    d(MFR_PH_OC, "MFR_PH_OC", l11(1, 4, 0, 2047), 50.0),
    d(MFR_PH_IMB, "MFR_PH_IMB", l11(1, 4, 0, 2047), 10.0),
    d(MFR_TR_UT, "MFR_TR_UT", Kind::Raw { max: 1023 }, 6.0),
    d(MFR_TR_OT, "MFR_TR_OT", Kind::Raw { max: 1023 }, 6.0),
    d(MFR_TR_REC, "MFR_TR_REC", Kind::Raw { max: 1023 }, 2.0),
    d(MFR_TR_MIN, "MFR_TR_MIN", Kind::Raw { max: 1023 }, 2.0),
    d(MFR_TR_MAX, "MFR_TR_MAX", Kind::Raw { max: 1023 }, 60.0),
    d(MFR_TR_BLANK, "MFR_TR_BLANK", Kind::Raw { max: 4095 }, 500.0),
    d(MFR_FLT_N, "MFR_FLT_N", Kind::Raw { max: 255 }, 4.0),
    d(MFR_SAT_N, "MFR_SAT_N", Kind::Raw { max: 4095 }, 400.0),
    d(MFR_TR_DV, "MFR_TR_DV", Kind::Raw { max: 1023 }, 6.0),
];

/// The definition of a command code, if the map has it.
pub fn lookup(code: u8) -> Option<&'static RegDef> {
    REGISTERS.iter().find(|r| r.code == code)
}

/// The command named `name` (case-insensitive).
pub fn by_name(name: &str) -> Option<&'static RegDef> {
    REGISTERS.iter().find(|r| r.name.eq_ignore_ascii_case(name))
}

/// Stored words and their internal values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegFile {
    ctrl_div: u32,
    word: [u16; 256],
    value: [i64; 256],
}

impl RegFile {
    /// The reset contents for a build.
    pub fn new(build: &VrmBuild) -> Self {
        let mut r = RegFile {
            ctrl_div: build.ctrl_div,
            word: [0; 256],
            value: [0; 256],
        };
        for def in REGISTERS {
            let word = match def.kind {
                Kind::Linear11 { .. } => linear11_from_value(def.reset),
                _ => def.reset as u16,
            };
            r.write(def.code, word);
        }
        r
    }

    /// The internal value of `code` (0 for codes without one).
    pub fn get(&self, code: u8) -> i64 {
        self.value[code as usize]
    }

    /// The word last written to `code`.
    pub fn word(&self, code: u8) -> u16 {
        self.word[code as usize]
    }

    /// Writes a data word, its stored word and internal value at once; returns false for an
    /// unknown or read-only command (nothing changes).
    pub fn write(&mut self, code: u8, word: u16) -> bool {
        self.write_word(code, word) && self.write_value(code, word)
    }

    /// Stores the word of a write (what reads return from the write's edge on); false for an
    /// unknown or read-only command.
    pub fn write_word(&mut self, code: u8, word: u16) -> bool {
        let Some(def) = lookup(code) else {
            return false;
        };
        match def.kind {
            Kind::ReadOnly | Kind::Send => def.kind == Kind::Send,
            Kind::Byte => {
                self.word[code as usize] = word & 0xFF;
                true
            }
            _ => {
                self.word[code as usize] = word;
                true
            }
        }
    }

    /// Converts a written word into the internal value (in force from the edge after it lands,
    /// §11); false for an unknown or read-only command.
    pub fn write_value(&mut self, code: u8, word: u16) -> bool {
        let Some(def) = lookup(code) else {
            return false;
        };
        let value = match def.kind {
            Kind::Byte => (word & 0xFF) as i64,
            Kind::Linear16 => word.min(8191) as i64,
            Kind::Linear11 { k, s, lo, hi, tc } => {
                let k = match tc {
                    TcScale::None => k,
                    TcScale::Mul => k * self.ctrl_div as i64,
                    TcScale::Div => k / self.ctrl_div as i64,
                };
                convert_linear11(word, k, s, lo, hi)
            }
            Kind::Raw { max } => word.min(max) as i64,
            Kind::ReadOnly | Kind::Send => return def.kind == Kind::Send,
        };
        self.value[code as usize] = value;
        true
    }
}
