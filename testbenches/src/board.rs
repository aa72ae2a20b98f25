//! The host side of the board protocol (docs/host_protocol.md) over any byte [`Link`], and
//! [`SimUart`], a link to the Verilated board top that drives its UART pins bit by bit — so the
//! host code that talks to a board is the code the tests run.

use crate::verilator::{Instance, VerilatedModel, VerilatorError};
use sim::tile::isa::HostWrite;
use sim::tile::TileProgram;
use std::collections::VecDeque;
use std::sync::Arc;

/// A byte link to a board (a serial port, or [`SimUart`]).
pub trait Link {
    /// Sends bytes in order.
    ///
    /// # Errors
    /// The link's failure, as one line.
    fn send(&mut self, bytes: &[u8]) -> Result<(), String>;
    /// Receives exactly `n` bytes, or fails when they do not come in the link's timeout.
    ///
    /// # Errors
    /// The link's failure or the timeout, as one line.
    fn receive(&mut self, n: usize) -> Result<Vec<u8>, String>;
}

/// The status byte (`Q`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Status {
    /// A program runs.
    pub busy: bool,
    /// The program reached `HALT`.
    pub done: bool,
    /// The tile stopped on an error.
    pub error: bool,
    /// Which error (docs/tile.md §7).
    pub err_code: u8,
}

impl Status {
    /// Decodes the byte: bit 0 busy, 1 done, 2 error, 7:4 the code.
    pub fn from_byte(b: u8) -> Status {
        Status {
            busy: b & 1 != 0,
            done: b & 2 != 0,
            error: b & 4 != 0,
            err_code: b >> 4,
        }
    }
}

/// The protocol's commands over a link.
pub struct BoardHost<L: Link> {
    /// The link (public so a test can reach the simulated pins).
    pub link: L,
}

impl<L: Link> BoardHost<L> {
    /// One host write (`W`).
    ///
    /// # Errors
    /// The link's.
    pub fn write(&mut self, w: HostWrite) -> Result<(), String> {
        let mut frame = vec![b'W', w.sel];
        frame.extend_from_slice(&w.addr.to_le_bytes());
        frame.extend_from_slice(&w.data.to_le_bytes());
        self.link.send(&frame)
    }

    /// One activation byte (`R`).
    ///
    /// # Errors
    /// The link's.
    pub fn read(&mut self, addr: u16) -> Result<u8, String> {
        let mut frame = vec![b'R'];
        frame.extend_from_slice(&addr.to_le_bytes());
        self.link.send(&frame)?;
        Ok(self.link.receive(1)?[0])
    }

    /// Pulses `start` (`S`).
    ///
    /// # Errors
    /// The link's.
    pub fn start(&mut self) -> Result<(), String> {
        self.link.send(b"S")
    }

    /// The status (`Q`).
    ///
    /// # Errors
    /// The link's.
    pub fn status(&mut self) -> Result<Status, String> {
        self.link.send(b"Q")?;
        Ok(Status::from_byte(self.link.receive(1)?[0]))
    }

    /// Counter `index` (`C`: 0 cycles, 1 busy, 2 macs, 3 w_reads, 4 a_reads, 5 a_writes,
    /// 6 p_reads, 7 i_reads).
    ///
    /// # Errors
    /// The link's.
    pub fn counter(&mut self, index: u8) -> Result<u32, String> {
        self.link.send(&[b'C', index])?;
        let v = self.link.receive(4)?;
        Ok(u32::from_le_bytes([v[0], v[1], v[2], v[3]]))
    }

    /// Pulses the tile's reset (`X`; SRAM kept).
    ///
    /// # Errors
    /// The link's.
    pub fn reset_tile(&mut self) -> Result<(), String> {
        self.link.send(b"X")
    }

    /// Writes a program's data and instructions.
    ///
    /// # Errors
    /// The link's.
    pub fn load(&mut self, program: &TileProgram) -> Result<(), String> {
        for w in program.host_writes() {
            self.write(w)?;
        }
        Ok(())
    }

    /// Starts the loaded program and polls the status until it stops (at most `polls` times).
    ///
    /// # Errors
    /// The link's, or still busy after `polls` status reads.
    pub fn run(&mut self, polls: usize) -> Result<Status, String> {
        self.start()?;
        for _ in 0..polls {
            let s = self.status()?;
            if !s.busy {
                return Ok(s);
            }
        }
        Err(format!("the tile is still busy after {polls} status reads"))
    }

    /// Reads activation bytes `[base, base + len)`.
    ///
    /// # Errors
    /// The link's.
    pub fn read_act(&mut self, base: usize, len: usize) -> Result<Vec<i8>, String> {
        (base..base + len)
            .map(|a| self.read(a as u16).map(|b| b as i8))
            .collect()
    }
}

/// The Verilated board top (`fpga::TOP_MODULE`) as a [`Link`]: bytes go out as 8N1 frames on
/// `uart_rx` at `clocks_per_bit`, replies are decoded from `uart_tx` mid-bit.
pub struct SimUart {
    inst: Instance,
    clock: usize,
    rx: usize,
    tx: usize,
    leds: usize,
    clocks_per_bit: u64,
    cycle: u64,
    /// The reply decoder: the cycle the start bit fell, and the byte so far.
    tx_start: Option<u64>,
    tx_byte: u8,
    received: VecDeque<u8>,
}

impl SimUart {
    /// A board top out of its power-on reset (the bridge's 15 clocks and the tile's one more).
    ///
    /// # Errors
    /// A port the model lacks.
    pub fn new(
        model: &Arc<VerilatedModel>,
        clocks_per_bit: u64,
    ) -> Result<SimUart, VerilatorError> {
        let mut s = SimUart {
            inst: model.instance(),
            clock: model.port("clock")?,
            rx: model.port("uart_rx")?,
            tx: model.port("uart_tx")?,
            leds: model.port("leds")?,
            clocks_per_bit,
            cycle: 0,
            tx_start: None,
            tx_byte: 0,
            received: VecDeque::new(),
        };
        s.inst.set(s.rx, 1);
        s.run(40);
        Ok(s)
    }

    /// Clocks the board `cycles` times, decoding its replies.
    pub fn run(&mut self, cycles: u64) {
        for _ in 0..cycles {
            self.inst.set(self.clock, 0);
            self.inst.eval();
            self.decode_tx();
            self.inst.set(self.clock, 1);
            self.inst.eval();
            self.cycle += 1;
        }
    }

    fn decode_tx(&mut self) {
        let bit = self.inst.get(self.tx) as u8;
        let cpb = self.clocks_per_bit;
        match self.tx_start {
            None if bit == 0 => {
                self.tx_start = Some(self.cycle);
                self.tx_byte = 0;
            }
            None => {}
            Some(s) => {
                let at = self.cycle - s;
                if at % cpb == cpb / 2 {
                    let i = at / cpb;
                    if (1..=8).contains(&i) {
                        self.tx_byte |= bit << (i - 1);
                    } else if i == 9 {
                        assert_eq!(bit, 1, "stop bit of a reply at cycle {}", self.cycle);
                        self.received.push_back(self.tx_byte);
                        self.tx_start = None;
                    }
                }
            }
        }
    }

    /// The LED pins.
    pub fn leds(&self) -> u64 {
        self.inst.get(self.leds)
    }

    /// Clocks run so far.
    pub fn cycles(&self) -> u64 {
        self.cycle
    }

    /// Whether a reply is being sent now.
    pub fn replying(&self) -> bool {
        self.tx_start.is_some()
    }

    /// Every reply byte decoded and not yet received.
    pub fn take_received(&mut self) -> Vec<u8> {
        self.received.drain(..).collect()
    }
}

impl Link for SimUart {
    fn send(&mut self, bytes: &[u8]) -> Result<(), String> {
        for &byte in bytes {
            let frame = std::iter::once(0)
                .chain((0..8).map(|i| (byte >> i) & 1))
                .chain(std::iter::once(1));
            for bit in frame {
                self.inst.set(self.rx, bit as u64);
                self.run(self.clocks_per_bit);
            }
        }
        self.inst.set(self.rx, 1);
        Ok(())
    }

    fn receive(&mut self, n: usize) -> Result<Vec<u8>, String> {
        // A reply starts within a few clocks of its command; allow 20 frames per byte.
        let limit = self.cycle + 200 * self.clocks_per_bit * n as u64 + 100;
        while self.received.len() < n {
            if self.cycle >= limit {
                return Err(format!(
                    "no reply: {} of {n} bytes by cycle {}",
                    self.received.len(),
                    self.cycle
                ));
            }
            self.run(1);
        }
        Ok(self.received.drain(..n).collect())
    }
}
