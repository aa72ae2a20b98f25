//! Random stimulus for the regulator lockstep: sensor streams that wander and jump (so the
//! transient, fault and phase-management paths all fire), register writes of every command with
//! random LINEAR11 mantissas and exponents (unknown codes included), reads of every command,
//! CLEAR_FAULTS, enable toggles, comparator pulses and resets. Deterministic per seed.

use sim::vrm::{VrmInputs, MAX_PHASES};

/// Every command code the controller knows, plus two it does not.
pub const CODES: [u8; 62] = [
    0x01, 0x03, 0x20, 0x21, 0x24, 0x27, 0x28, 0x32, 0x33, 0x35, 0x40, 0x41, 0x44, 0x45, 0x46, 0x47,
    0x4F, 0x50, 0x59, 0x5A, 0x61, 0x78, 0x79, 0x7A, 0x7B, 0x7C, 0x7D, 0x80, 0x88, 0x8B, 0x8C, 0x8D,
    0x98, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xD9, 0xDA, 0xDB, 0xDC, 0xDD, 0xDE,
    0xDF, 0xE0, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0x00, 0x7F, 0xD0, 0xDE, 0x19, 0x7E,
];

/// A seeded stimulus generator.
pub struct Stimulus {
    state: u64,
    vout: i32,
    vin: i32,
    iph: [i32; MAX_PHASES],
    temp: i32,
    en: bool,
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
            no_writes: false,
        }
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
            i.reg_addr = CODES[self.below(CODES.len() as u64) as usize];
            i.reg_wdata = self.word();
            // Keep the controller mostly on and able to start: OPERATION usually keeps bit 7,
            // VIN_ON usually a low threshold.
            if i.reg_addr == 0x01 && self.below(10) != 0 {
                i.reg_wdata |= 0x80;
            }
            if i.reg_addr == 0x35 && self.below(4) != 0 {
                i.reg_wdata = self.below(64) as u16;
            }
            if r == 0 {
                i.reg_addr = 0x03;
            }
        }
        // A refused bus transaction now and then (bad PEC, wrong byte count, or both).
        if self.below(3000) == 0 {
            i.reg_err = 1 + self.below(3) as u8;
        }
        if self.below(40) == 0 {
            i.reg_re = true;
            if !i.reg_we {
                i.reg_addr = CODES[self.below(CODES.len() as u64) as usize];
            }
        }
        i
    }
}
