//! The register file (docs/vrm.md §11): one table gives every command's format, its conversion to
//! internal units, its range and its reset value. Reads return the word last written; the
//! controller uses the converted value.

use super::config::VrmBuild;
use super::linear::{convert_linear11, linear11_from_value};
pub use spec::vrm::{by_name, lookup, Command, Format, COMMANDS};

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
        for def in COMMANDS {
            let word = match def.format {
                Format::Linear11 { .. } => linear11_from_value(def.reset),
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
        match def.format {
            Format::ReadOnly | Format::Send => def.format == Format::Send,
            Format::Byte => {
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
        let value = match def.format {
            Format::Byte => (word & 0xFF) as i64,
            Format::Linear16 => word.min(8191) as i64,
            Format::Linear11 { s, lo, hi, .. } => {
                let k = def.format.k_for(self.ctrl_div).expect("LINEAR11 has K");
                convert_linear11(word, k, s, lo, hi)
            }
            Format::Raw { max } => word.min(max) as i64,
            Format::ReadOnly | Format::Send => return def.format == Format::Send,
        };
        self.value[code as usize] = value;
        true
    }
}
