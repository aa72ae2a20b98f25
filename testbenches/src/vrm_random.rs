//! Random stimulus for the regulator lockstep: sensor streams that wander and jump (so the
//! transient, fault and phase-management paths all fire), register writes of every command with
//! random LINEAR11 mantissas and exponents (unknown codes included), reads of every command,
//! CLEAR_FAULTS, enable toggles, comparator pulses and resets. Deterministic per seed.

use sim::vrm::{VrmInputs, MAX_PHASES};
use spec::vrm::cmd;

/// Codes no command has (writes and reads of them must flag CML and change nothing).
pub const UNKNOWN_CODES: [u8; 2] = [0x00, 0x7F];

/// Every command code of the map (`spec::vrm`), in code order, then [`UNKNOWN_CODES`].
pub fn codes() -> Vec<u8> {
    let mut codes: Vec<u8> = spec::vrm::COMMANDS.iter().map(|c| c.code).collect();
    codes.sort_unstable();
    codes.extend(UNKNOWN_CODES);
    codes
}

/// A seeded stimulus generator.
pub struct Stimulus {
    state: u64,
    vout: i32,
    vin: i32,
    iph: [i32; MAX_PHASES],
    temp: i32,
    en: bool,
    codes: Vec<u8>,
    /// Leave the registers alone (for narrowing a failure down).
    pub no_writes: bool,
}

impl Stimulus {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Self {
        Stimulus {
            state: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1,
            vout: 3277,
            vin: 3072,
            iph: [100; MAX_PHASES],
            temp: 640,
            en: true,
            codes: codes(),
            no_writes: false,
        }
    }

    /// A command code, any of the map's or an unknown one.
    fn any_code(&mut self) -> u8 {
        let i = self.below(self.codes.len() as u64) as usize;
        self.codes[i]
    }

    fn next(&mut self) -> u64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        self.state
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// A random data word for `code`: LINEAR11 values with any exponent, or raw words.
    fn word(&mut self) -> u16 {
        match self.below(4) {
            // Small raw numbers (gains, counts, dead times, thresholds).
            0 => self.below(64) as u16,
            1 => self.below(8192) as u16,
            // A LINEAR11 word with a modest exponent.
            2 => {
                let y = self.below(1024) as u16;
                let n = (self.below(12) as i16 - 8) as u16 & 0x1F;
                (n << 11) | y
            }
            _ => self.next() as u16,
        }
    }

    /// The inputs of the next clock (`cycle` counts from 0; cycle 0 is a reset).
    pub fn inputs(&mut self, cycle: u64) -> VrmInputs {
        // Mostly enabled: off now and then, back on soon (the regulating paths get the cycles).
        if self.en && self.below(10_000) == 0 || !self.en && self.below(500) == 0 {
            self.en = !self.en;
        }
        // Sensors: random walks with rare jumps.
        self.vout = (self.vout + self.below(9) as i32 - 4).clamp(0, 8191);
        if self.below(3000) == 0 {
            self.vout = self.below(8192) as i32;
        }
        if self.below(500) == 0 {
            self.vout = 3277 + self.below(200) as i32 - 100;
        }
        self.vin = (self.vin + self.below(3) as i32 - 1).clamp(0, 8191);
        if self.below(5000) == 0 {
            self.vin = if self.below(2) == 0 { 1800 } else { 3072 };
        }
        for i in 0..MAX_PHASES {
            self.iph[i] = (self.iph[i] + self.below(21) as i32 - 10).clamp(-2048, 2047);
            if self.below(4000) == 0 {
                self.iph[i] = self.below(4096) as i32 - 2048;
            }
        }
        self.temp = (self.temp + self.below(3) as i32 - 1).clamp(-2048, 2047);
        if self.below(20000) == 0 {
            self.temp = if self.below(2) == 0 { 2040 } else { 640 };
        }
        let mut i = VrmInputs {
            reset: cycle == 0 || self.below(40_000) == 0,
            // A short disable every 4096 clocks clears latched faults, like a host would.
            en: self.en && cycle % 4096 >= 20,
            ov_in: self.below(20_000) == 0,
            vout_code: self.vout as u16,
            vin_code: self.vin as u16,
            temp_code: self.temp as i16,
            ..Default::default()
        };
        for (c, v) in i.iph_code.iter_mut().zip(self.iph) {
            *c = v as i16;
        }
        let r = self.below(1000);
        if r < 6 && !self.no_writes {
            i.reg_we = true;
            i.reg_addr = self.any_code();
            i.reg_wdata = self.word();
            // Keep the controller mostly on and able to start: OPERATION usually keeps bit 7,
            // VIN_ON usually a low threshold.
            if i.reg_addr == cmd::OPERATION && self.below(10) != 0 {
                i.reg_wdata |= 0x80;
            }
            if i.reg_addr == cmd::VIN_ON && self.below(4) != 0 {
                i.reg_wdata = self.below(64) as u16;
            }
            if r == 0 {
                i.reg_addr = cmd::CLEAR_FAULTS;
            }
        }
        // A refused bus transaction now and then (bad PEC, wrong byte count, or both).
        if self.below(3000) == 0 {
            i.reg_err = 1 + self.below(3) as u8;
        }
        if self.below(40) == 0 {
            i.reg_re = true;
            if !i.reg_we {
                i.reg_addr = self.any_code();
            }
        }
        i
    }
}
