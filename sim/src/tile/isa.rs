//! Instruction set, binary encoding, error codes and the text program format (docs/tile.md §5, §7).

use std::fmt;

/// One decoded instruction (docs/tile.md §5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instr {
    /// Does nothing.
    Nop,
    /// Sets the layer registers.
    SetLayer(Layer),
    /// Fully connected layer on the current layer registers.
    Fc {
        /// First weight word.
        w_base: u16,
        /// First input byte.
        x_base: u16,
        /// First output byte.
        y_base: u16,
    },
    /// Stops with `done`.
    Halt,
}

/// The layer registers set by `SETL`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Layer {
    /// Inputs per vector (12 bits).
    pub k: u16,
    /// Outputs per vector (12 bits).
    pub n: u16,
    /// Vectors in the batch (3 bits).
    pub b: u8,
    /// Clamp the output at the zero point.
    pub relu: bool,
    /// Output zero point.
    pub zp_out: i8,
    /// First parameter entry (12 bits).
    pub p_base: u16,
}

pub use spec::tile::{opcode, TileError};

impl Instr {
    /// The 64-bit encoding.
    pub fn encode(&self) -> u64 {
        match *self {
            Instr::Nop => opcode::NOP << opcode::SHIFT,
            Instr::SetLayer(l) => {
                (opcode::SETL << opcode::SHIFT)
                    | (l.k as u64 & 0xFFF)
                    | ((l.n as u64 & 0xFFF) << 12)
                    | ((l.b as u64 & 0x7) << 24)
                    | ((l.relu as u64) << 27)
                    | ((l.zp_out as u8 as u64) << 28)
                    | ((l.p_base as u64 & 0xFFF) << 36)
            }
            Instr::Fc {
                w_base,
                x_base,
                y_base,
            } => {
                (opcode::FC << opcode::SHIFT)
                    | w_base as u64
                    | ((x_base as u64) << 16)
                    | ((y_base as u64) << 32)
            }
            Instr::Halt => opcode::HALT << opcode::SHIFT,
        }
    }

    /// Decodes a word; `None` for an illegal opcode.
    pub fn decode(word: u64) -> Option<Instr> {
        match word >> opcode::SHIFT {
            opcode::NOP => Some(Instr::Nop),
            opcode::SETL => Some(Instr::SetLayer(Layer {
                k: (word & 0xFFF) as u16,
                n: ((word >> 12) & 0xFFF) as u16,
                b: ((word >> 24) & 0x7) as u8,
                relu: (word >> 27) & 1 == 1,
                zp_out: ((word >> 28) & 0xFF) as u8 as i8,
                p_base: ((word >> 36) & 0xFFF) as u16,
            })),
            opcode::FC => Some(Instr::Fc {
                w_base: word as u16,
                x_base: (word >> 16) as u16,
                y_base: (word >> 32) as u16,
            }),
            opcode::HALT => Some(Instr::Halt),
            _ => None,
        }
    }
}

impl fmt::Display for Instr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Instr::Nop => write!(f, "nop"),
            Instr::SetLayer(l) => write!(
                f,
                "setl k={} n={} b={} relu={} zp_out={} p_base={}",
                l.k, l.n, l.b, l.relu as u8, l.zp_out, l.p_base
            ),
            Instr::Fc {
                w_base,
                x_base,
                y_base,
            } => {
                write!(f, "fc w_base={w_base} x_base={x_base} y_base={y_base}")
            }
            Instr::Halt => write!(f, "halt"),
        }
    }
}

pub use spec::tile::HostMem;

/// The memory a program file's data directive (`.weight 0: ...`) writes.
fn host_mem_of_directive(name: &str) -> Option<HostMem> {
    Some(match name {
        ".weight" => HostMem::Weight,
        ".act" => HostMem::Act,
        ".bias" => HostMem::Bias,
        ".mult" => HostMem::Mult,
        ".shift" => HostMem::Shift,
        _ => return None,
    })
}

/// One host write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HostWrite {
    /// `host_sel`.
    pub sel: u8,
    /// `host_addr`.
    pub addr: u16,
    /// `host_wdata`.
    pub data: u32,
}

/// A program with the data it needs: host writes, then instructions (loaded at index 0).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TileProgram {
    /// Data writes performed before the program is loaded.
    pub data: Vec<HostWrite>,
    /// Instruction words.
    pub instrs: Vec<u64>,
}

impl TileProgram {
    /// Every host write: data, then the instruction words (two halves each, §4).
    pub fn host_writes(&self) -> Vec<HostWrite> {
        let mut out = self.data.clone();
        for (i, word) in self.instrs.iter().enumerate() {
            for half in 0..2u16 {
                out.push(HostWrite {
                    sel: HostMem::Instr as u8,
                    addr: 2 * i as u16 + half,
                    data: (word >> (32 * half)) as u32,
                });
            }
        }
        out
    }

    /// The text form: data directives then one instruction per line.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for w in &self.data {
            let name = [".weight", ".act", ".bias", ".mult", ".shift"][w.sel as usize];
            let value = match w.sel {
                0 | 1 => (w.data as u8 as i8) as i64,
                4 => (((w.data & 0x3F) as i64) << 58) >> 58,
                _ => w.data as i32 as i64,
            };
            out.push_str(&format!("{name} {}: {value}\n", w.addr));
        }
        for word in &self.instrs {
            match Instr::decode(*word) {
                Some(i) => out.push_str(&format!("{i}\n")),
                None => out.push_str(&format!(".word 0x{word:016x}\n")),
            }
        }
        out
    }

    /// [`Self::parse`]'s work, its error a message.
    fn parse_text(text: &str) -> Result<TileProgram, String> {
        let mut program = TileProgram::default();
        for (number, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let at = |msg: String| format!("line {}: {msg}: '{}'", number + 1, raw.trim());
            let (head, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
            let head = head.to_ascii_lowercase();
            if let Some(mem) = host_mem_of_directive(&head) {
                let (addr, values) = rest
                    .split_once(':')
                    .ok_or_else(|| at("expected 'ADDR: values'".into()))?;
                let addr = parse_int(addr.trim()).map_err(&at)?;
                for (i, v) in values.split_whitespace().enumerate() {
                    let v = parse_int(v).map_err(&at)?;
                    let (lo, hi) = match mem {
                        HostMem::Weight | HostMem::Act => (-128, 127),
                        HostMem::Shift => (-32, 31),
                        _ => (i32::MIN as i64, i32::MAX as i64),
                    };
                    if v < lo || v > hi {
                        return Err(at(format!("value {v} outside {lo}..={hi}")));
                    }
                    let a = addr + i as i64;
                    if !(0..=0xFFFF).contains(&a) {
                        return Err(at(format!("address {a} outside 0..=65535")));
                    }
                    program.data.push(HostWrite {
                        sel: mem as u8,
                        addr: a as u16,
                        data: v as u32,
                    });
                }
                continue;
            }
            if !matches!(head.as_str(), "nop" | "halt" | "setl" | "fc" | ".word") {
                return Err(at(format!("unknown instruction '{head}'")));
            }
            let mut fields = std::collections::BTreeMap::new();
            for kv in rest.split_whitespace().filter(|_| head != ".word") {
                let (k, v) = kv
                    .split_once('=')
                    .ok_or_else(|| at(format!("expected key=value, got '{kv}'")))?;
                fields.insert(k.to_string(), parse_int(v).map_err(&at)?);
            }
            let known: &[(&str, i64, i64)] = match head.as_str() {
                "nop" | "halt" => &[],
                "setl" => &[
                    ("k", 0, 4095),
                    ("n", 0, 4095),
                    ("b", 0, 7),
                    ("relu", 0, 1),
                    ("zp_out", -128, 127),
                    ("p_base", 0, 4095),
                ],
                "fc" => &[
                    ("w_base", 0, 65535),
                    ("x_base", 0, 65535),
                    ("y_base", 0, 65535),
                ],
                _ => {
                    let hex = rest.trim().trim_start_matches("0x");
                    let word = u64::from_str_radix(hex, 16)
                        .map_err(|_| at("expected a 64-bit hex word".into()))?;
                    program.instrs.push(word);
                    continue;
                }
            };
            for (k, v) in &fields {
                let Some((_, lo, hi)) = known.iter().find(|(name, _, _)| name == k) else {
                    return Err(at(format!("'{head}' has no field '{k}'")));
                };
                if v < lo || v > hi {
                    return Err(at(format!("{k}={v} outside {lo}..={hi}")));
                }
            }
            let get = |k: &str| *fields.get(k).unwrap_or(&0);
            let instr = match head.as_str() {
                "nop" => Instr::Nop,
                "halt" => Instr::Halt,
                "setl" => Instr::SetLayer(Layer {
                    k: get("k") as u16,
                    n: get("n") as u16,
                    b: get("b") as u8,
                    relu: get("relu") == 1,
                    zp_out: get("zp_out") as i8,
                    p_base: get("p_base") as u16,
                }),
                _ => Instr::Fc {
                    w_base: get("w_base") as u16,
                    x_base: get("x_base") as u16,
                    y_base: get("y_base") as u16,
                },
            };
            program.instrs.push(instr.encode());
        }
        Ok(program)
    }

    /// Parses the text form. Lines: `# comment`; `.weight|.act|.bias|.mult|.shift ADDR: v v v ...`
    /// (consecutive addresses); `.word 0xHEX` (a raw instruction word); `nop`; `halt`;
    /// `setl k= n= b= relu= zp_out= p_base=` (omitted keys are 0); `fc w_base= x_base= y_base=`.
    ///
    /// # Errors
    /// [`crate::SimError::Program`], naming what and where.
    pub fn parse(text: &str) -> Result<TileProgram, crate::SimError> {
        Self::parse_text(text).map_err(crate::SimError::Program)
    }
}

fn parse_int(s: &str) -> Result<i64, String> {
    let parsed = if let Some(hex) = s.strip_prefix("0x") {
        i64::from_str_radix(hex, 16)
    } else {
        s.parse::<i64>()
    };
    parsed.map_err(|_| format!("'{s}' is not a number"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isa_encode_decode_roundtrip() {
        let l = Layer {
            k: 4095,
            n: 17,
            b: 4,
            relu: true,
            zp_out: -128,
            p_base: 1023,
        };
        for i in [
            Instr::Nop,
            Instr::Halt,
            Instr::SetLayer(l),
            Instr::Fc {
                w_base: 1,
                x_base: 65535,
                y_base: 7,
            },
        ] {
            assert_eq!(Instr::decode(i.encode()), Some(i));
        }
        assert_eq!(Instr::decode(0x3 << 60), None);
    }

    #[test]
    fn program_text_roundtrip_and_errors() {
        let text = ".act 4: -1 2\n.shift 0: -31\n.bias 1: -5\nsetl k=2 n=1 b=1 zp_out=-3\nfc x_base=4 y_base=9\nhalt\n";
        let p = TileProgram::parse(text).unwrap();
        assert_eq!(p.data.len(), 4);
        assert_eq!(TileProgram::parse(&p.to_text()).unwrap(), p);
        let e = TileProgram::parse("setl k=5000\n").unwrap_err();
        assert_eq!(
            e,
            crate::SimError::Program("line 1: k=5000 outside 0..=4095: 'setl k=5000'".into())
        );
        assert!(TileProgram::parse("jump 3")
            .unwrap_err()
            .to_string()
            .contains("unknown instruction"));
        assert!(TileProgram::parse(".act 0: 300")
            .unwrap_err()
            .to_string()
            .contains("outside"));
    }
}
