//! The tile's enumerations (docs/tile.md): configuration sets and SRAM profiles (§2), opcodes
//! (§5), error codes (§7).

pub mod config;

pub use config::{ConfigError, RequantKind, SramSize, TileConfig};

/// Supported lane counts `L` (§2).
pub const SUPPORTED_LANES: [usize; 3] = [4, 8, 16];
/// Supported per-lane accumulator counts, the largest batch `MB` (§2).
pub const SUPPORTED_MAX_BATCH: [usize; 3] = [1, 2, 4];

/// The depths of one SRAM profile (§2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SramProfile {
    /// The name in configuration files (`sram = small`).
    pub name: &'static str,
    /// Weight SRAM depth in words, `WD`.
    pub weight_words: usize,
    /// Activation SRAM bytes, `AD`.
    pub act_bytes: usize,
    /// Parameter entries, `PD`.
    pub param_entries: usize,
    /// Instruction words, `ID`.
    pub instr_words: usize,
}

/// Every SRAM profile, in [`SramSize::ALL`] order (§2's table).
pub const SRAM_PROFILES: [SramProfile; 2] = [
    SramProfile {
        name: "small",
        weight_words: 512,
        act_bytes: 1024,
        param_entries: 256,
        instr_words: 64,
    },
    SramProfile {
        name: "large",
        weight_words: 4096,
        act_bytes: 4096,
        param_entries: 1024,
        instr_words: 256,
    },
];

/// The timing one requantizer kind implies (§2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RequantTiming {
    /// The name in configuration files (`requant = serial`).
    pub name: &'static str,
    /// Clocks between drain elements entering the requantizer, `D`.
    pub drain_interval: usize,
    /// Clocks from an element entering the requantizer to its write, `R`.
    pub latency: usize,
    /// Clocks a `SETL` spends in Settle, `S`.
    pub settle_cycles: usize,
}

/// Every requantizer kind, in [`RequantKind::ALL`] order (§2's table).
pub const REQUANT_KINDS: [RequantTiming; 2] = [
    RequantTiming {
        name: "pipelined",
        drain_interval: 1,
        latency: 12,
        settle_cycles: 1,
    },
    RequantTiming {
        name: "serial",
        drain_interval: 11,
        latency: 20,
        settle_cycles: 12,
    },
];

/// Opcode field values (§5): bits 63:60 of an instruction word.
pub mod opcode {
    /// `NOP`: nothing.
    pub const NOP: u64 = 0x0;
    /// `SETL`: set the layer registers.
    pub const SETL: u64 = 0x1;
    /// `FC`: fully connected layer.
    pub const FC: u64 = 0x2;
    /// `HALT`: stop with `done`.
    pub const HALT: u64 = 0xF;
    /// Every opcode with its name, in §5's order.
    pub const ALL: [(u64, &str); 4] = [(NOP, "NOP"), (SETL, "SETL"), (FC, "FC"), (HALT, "HALT")];
    /// The bit the opcode field starts at.
    pub const SHIFT: u32 = 60;
}

/// The memory `host_sel` selects (§4); codes 6 and 7 are out of range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum HostMem {
    /// Weight SRAM: address `word · L + lane`, one byte.
    Weight = 0,
    /// Activation SRAM: byte address; the only memory a host read is defined for.
    Act = 1,
    /// Bias entries, int32.
    Bias = 2,
    /// Multiplier entries, int32.
    Mult = 3,
    /// Shift entries, int6.
    Shift = 4,
    /// Instruction memory: address `2·index + half`, 32 bits per half.
    Instr = 5,
}

impl HostMem {
    /// Every memory, in `host_sel` order.
    pub const ALL: [HostMem; 6] = [
        HostMem::Weight,
        HostMem::Act,
        HostMem::Bias,
        HostMem::Mult,
        HostMem::Shift,
        HostMem::Instr,
    ];

    /// The `host_sel` value.
    pub const fn sel(self) -> u8 {
        self as u8
    }
}

/// Error codes reported on `err_code` (§7), in the order the checks are made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum TileError {
    /// Decode sees an opcode not in §5.
    IllegalOpcode = 1,
    /// `FC` with `K = 0`, `N = 0` or `B = 0`.
    ZeroLen = 2,
    /// `FC` with `B > MB`.
    Batch = 3,
    /// The weight range runs past `WD`.
    WRange = 4,
    /// The input range runs past `AD`.
    XRange = 5,
    /// The output range runs past `AD`.
    YRange = 6,
    /// The parameter range runs past `PD`.
    PRange = 7,
    /// Input and output ranges intersect.
    Overlap = 8,
    /// Fetch with `pc ≥ ID`.
    PcRange = 9,
    /// Out-of-range host access (§4).
    HostRange = 10,
}

impl TileError {
    /// Every error, in code order.
    pub const ALL: [TileError; 10] = [
        TileError::IllegalOpcode,
        TileError::ZeroLen,
        TileError::Batch,
        TileError::WRange,
        TileError::XRange,
        TileError::YRange,
        TileError::PRange,
        TileError::Overlap,
        TileError::PcRange,
        TileError::HostRange,
    ];

    /// The code on `err_code`.
    pub const fn code(self) -> u8 {
        self as u8
    }

    /// The name §7 gives this error.
    pub const fn spec_name(self) -> &'static str {
        match self {
            TileError::IllegalOpcode => "ILLEGAL_OPCODE",
            TileError::ZeroLen => "ZERO_LEN",
            TileError::Batch => "BATCH",
            TileError::WRange => "W_RANGE",
            TileError::XRange => "X_RANGE",
            TileError::YRange => "Y_RANGE",
            TileError::PRange => "P_RANGE",
            TileError::Overlap => "OVERLAP",
            TileError::PcRange => "PC_RANGE",
            TileError::HostRange => "HOST_RANGE",
        }
    }

    /// The error with code `code`, if there is one.
    pub fn from_code(code: u8) -> Option<TileError> {
        TileError::ALL.into_iter().find(|e| e.code() == code)
    }

    /// The name of an `err_code` value: `NONE` for 0, `UNKNOWN` for a code §7 does not list.
    pub fn name(code: u8) -> &'static str {
        match TileError::from_code(code) {
            Some(e) => e.spec_name(),
            None if code == 0 => "NONE",
            None => "UNKNOWN",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_codes_are_dense_from_one_and_names_unique() {
        for (i, e) in TileError::ALL.iter().enumerate() {
            assert_eq!(e.code() as usize, i + 1);
            assert_eq!(TileError::from_code(e.code()), Some(*e));
        }
        let mut names: Vec<_> = TileError::ALL.iter().map(|e| e.spec_name()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), TileError::ALL.len());
        assert_eq!(TileError::name(0), "NONE");
        assert_eq!(TileError::name(11), "UNKNOWN");
    }

    #[test]
    fn sram_profiles_are_powers_of_two() {
        for p in SRAM_PROFILES {
            for depth in [p.weight_words, p.act_bytes, p.param_entries, p.instr_words] {
                assert!(depth.is_power_of_two(), "{}: {depth}", p.name);
            }
        }
    }
}
