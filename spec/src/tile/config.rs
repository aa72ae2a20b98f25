//! Tile parameters (docs/tile.md §2): the compiled-in supported set, parsing and validation.

use super::{RequantTiming, SramProfile, REQUANT_KINDS, SRAM_PROFILES};
use super::{SUPPORTED_LANES, SUPPORTED_MAX_BATCH};
use std::fmt;

/// SRAM depth profile (docs/tile.md §2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SramSize {
    /// 512 weight words, 1 KiB activations, 256 parameter entries, 64 instructions.
    Small,
    /// 4096 weight words, 4 KiB activations, 1024 parameter entries, 256 instructions.
    Large,
}

impl SramSize {
    /// Every supported profile, in the order they are listed to users.
    pub const ALL: [SramSize; 2] = [SramSize::Small, SramSize::Large];

    /// The profile's depths (§2's table).
    pub fn profile(self) -> &'static SramProfile {
        &SRAM_PROFILES[self as usize]
    }

    /// The name used in configuration files and `--set sram=...`.
    pub fn name(self) -> &'static str {
        self.profile().name
    }

    /// log2 of the depths: (weight words, activation bytes, parameter entries, instructions).
    pub fn address_bits(self) -> (usize, usize, usize, usize) {
        let p = self.profile();
        let log2 = |depth: usize| depth.trailing_zeros() as usize;
        (
            log2(p.weight_words),
            log2(p.act_bytes),
            log2(p.param_entries),
            log2(p.instr_words),
        )
    }
}

/// How the requantizer multiplies (docs/tile.md §2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RequantKind {
    /// Four 16x16 multipliers, one element per clock.
    Pipelined,
    /// One radix-8 Booth digit per clock in fabric, no DSP.
    Serial,
}

impl RequantKind {
    /// Every kind, in the order they are listed to users.
    pub const ALL: [RequantKind; 2] = [RequantKind::Pipelined, RequantKind::Serial];

    /// The timing this kind implies (§2's table).
    pub fn timing(self) -> &'static RequantTiming {
        &REQUANT_KINDS[self as usize]
    }

    /// The name used in configuration files and `--set requant=...`.
    pub fn name(self) -> &'static str {
        self.timing().name
    }
}

/// One tile configuration. Construct with [`TileConfig::new`] or parse, never by hand, so that
/// every value in use is one the RTL was compiled for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TileConfig {
    lanes: usize,
    max_batch: usize,
    sram: SramSize,
    requant: RequantKind,
}

/// A configuration that names an unsupported value or a malformed setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError(pub String);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for ConfigError {}

fn list(values: &[usize]) -> String {
    values
        .iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn names<const N: usize>(values: [&str; N]) -> String {
    values.join(", ")
}

impl Default for TileConfig {
    /// The built-in default (docs/tile.md §2): 8 lanes, batch up to 2, small SRAMs.
    fn default() -> Self {
        TileConfig {
            lanes: 8,
            max_batch: 2,
            sram: SramSize::Small,
            requant: RequantKind::Pipelined,
        }
    }
}

impl TileConfig {
    /// Checks every value against the supported set.
    pub fn new(lanes: usize, max_batch: usize, sram: SramSize) -> Result<Self, ConfigError> {
        if !SUPPORTED_LANES.contains(&lanes) {
            return Err(ConfigError(format!(
                "unsupported lanes={lanes}; supported: {}",
                list(&SUPPORTED_LANES)
            )));
        }
        if !SUPPORTED_MAX_BATCH.contains(&max_batch) {
            return Err(ConfigError(format!(
                "unsupported max_batch={max_batch}; supported: {}",
                list(&SUPPORTED_MAX_BATCH)
            )));
        }
        Ok(TileConfig {
            lanes,
            max_batch,
            sram,
            requant: RequantKind::Pipelined,
        })
    }

    /// The same configuration with the requantizer `kind`.
    pub fn with_requant(self, kind: RequantKind) -> Self {
        TileConfig {
            requant: kind,
            ..self
        }
    }

    /// Every supported configuration.
    pub fn all() -> Vec<TileConfig> {
        let mut out = Vec::new();
        for sram in SramSize::ALL {
            for lanes in SUPPORTED_LANES {
                for max_batch in SUPPORTED_MAX_BATCH {
                    for requant in RequantKind::ALL {
                        out.push(TileConfig {
                            lanes,
                            max_batch,
                            sram,
                            requant,
                        });
                    }
                }
            }
        }
        out
    }

    /// Applies one `key=value` setting (`lanes`, `max_batch`, `sram`, `requant`).
    pub fn set(&mut self, setting: &str) -> Result<(), ConfigError> {
        let (key, value) = setting.split_once('=').ok_or_else(|| {
            ConfigError(format!("malformed setting '{setting}': expected key=value"))
        })?;
        let (key, value) = (key.trim(), value.trim());
        let number = || {
            value.parse::<usize>().map_err(|_| {
                ConfigError(format!(
                    "setting '{key}' needs a whole number, got '{value}'"
                ))
            })
        };
        let updated = match key {
            "lanes" => {
                TileConfig::new(number()?, self.max_batch, self.sram)?.with_requant(self.requant)
            }
            "max_batch" => {
                TileConfig::new(self.lanes, number()?, self.sram)?.with_requant(self.requant)
            }
            "sram" => {
                let sram = SramSize::ALL
                    .into_iter()
                    .find(|s| s.name() == value)
                    .ok_or_else(|| {
                        ConfigError(format!(
                            "unsupported sram={value}; supported: {}",
                            names(SramSize::ALL.map(SramSize::name))
                        ))
                    })?;
                TileConfig::new(self.lanes, self.max_batch, sram)?.with_requant(self.requant)
            }
            "requant" => {
                let kind = RequantKind::ALL
                    .into_iter()
                    .find(|k| k.name() == value)
                    .ok_or_else(|| {
                        ConfigError(format!(
                            "unsupported requant={value}; supported: {}",
                            names(RequantKind::ALL.map(RequantKind::name))
                        ))
                    })?;
                self.with_requant(kind)
            }
            _ => {
                return Err(ConfigError(format!(
                    "unknown tile setting '{key}'; known: lanes, max_batch, sram, requant"
                )))
            }
        };
        *self = updated;
        Ok(())
    }

    /// Parses a configuration file: `key = value` lines, `#` comments (a TOML subset).
    pub fn parse_file_text(text: &str) -> Result<Self, ConfigError> {
        let mut config = TileConfig::default();
        for (number, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() || line == "[tile]" {
                continue;
            }
            let line = line.replace('"', "");
            config
                .set(&line)
                .map_err(|e| ConfigError(format!("line {}: {}", number + 1, e.0)))?;
        }
        Ok(config)
    }

    /// MAC lanes `L`.
    pub fn lanes(&self) -> usize {
        self.lanes
    }
    /// Accumulators per lane, the largest batch `MB`.
    pub fn max_batch(&self) -> usize {
        self.max_batch
    }
    /// SRAM profile.
    pub fn sram(&self) -> SramSize {
        self.sram
    }
    /// Requantizer kind.
    pub fn requant(&self) -> RequantKind {
        self.requant
    }
    /// Cycles between drain elements entering the requantizer (`D`, §2).
    pub fn drain_interval(&self) -> usize {
        self.requant.timing().drain_interval
    }
    /// Cycles from a drain element entering the requantizer to its write (`R`, §2).
    pub fn requant_latency(&self) -> usize {
        self.requant.timing().latency
    }
    /// Cycles a SETL spends in Settle (`S`, §2).
    pub fn settle_cycles(&self) -> usize {
        self.requant.timing().settle_cycles
    }
    /// Weight SRAM depth in words (`WD`).
    pub fn weight_words(&self) -> usize {
        self.sram.profile().weight_words
    }
    /// Activation SRAM size in bytes (`AD`).
    pub fn act_bytes(&self) -> usize {
        self.sram.profile().act_bytes
    }
    /// Parameter entries (`PD`).
    pub fn param_entries(&self) -> usize {
        self.sram.profile().param_entries
    }
    /// Instruction memory depth (`ID`).
    pub fn instr_words(&self) -> usize {
        self.sram.profile().instr_words
    }
    /// A short unique name, e.g. `l8_b2_small` (`_serial` appended for a serial requantizer).
    pub fn tag(&self) -> String {
        let suffix = match self.requant {
            RequantKind::Pipelined => "",
            RequantKind::Serial => "_serial",
        };
        format!(
            "l{}_b{}_{}{suffix}",
            self.lanes,
            self.max_batch,
            self.sram.name()
        )
    }
    /// The configuration as JSON.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "design": "tile",
            "lanes": self.lanes,
            "max_batch": self.max_batch,
            "sram": self.sram.name(),
            "requant": self.requant.name(),
            "weight_words": self.weight_words(),
            "weight_bytes": self.weight_words() * self.lanes,
            "act_bytes": self.act_bytes(),
            "param_entries": self.param_entries(),
            "instr_words": self.instr_words(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_set_rejects_unsupported_lanes_naming_supported() {
        let mut c = TileConfig::default();
        let e = c.set("lanes=5").unwrap_err();
        assert_eq!(e.0, "unsupported lanes=5; supported: 4, 8, 16");
        assert_eq!(c, TileConfig::default(), "a failed set changes nothing");
    }

    #[test]
    fn config_file_parses_and_reports_line() {
        let c = TileConfig::parse_file_text("# x\nlanes = 16\nsram = \"large\"\n").unwrap();
        assert_eq!((c.lanes(), c.sram()), (16, SramSize::Large));
        let e = TileConfig::parse_file_text("lanes=8\nbogus=1\n").unwrap_err();
        assert!(
            e.0.starts_with("line 2: unknown tile setting 'bogus'"),
            "{}",
            e.0
        );
    }
}
