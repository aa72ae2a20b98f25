//! ADC models between the plant and the controller (docs/vrm.md §13): resolution, sampling
//! period, conversion delay, Gaussian noise, and faults (a stuck output).

use std::collections::VecDeque;

/// One converter channel.
#[derive(Clone, Debug)]
pub struct Adc {
    /// Volts (amperes, °C) per code.
    pub lsb: f64,
    /// Smallest and largest code.
    pub min: i32,
    /// Largest code.
    pub max: i32,
    /// Clocks between samples.
    pub period: u32,
    /// Clocks from sampling to the code appearing.
    pub delay: u32,
    /// Noise, RMS in LSB.
    pub noise_lsb: f64,
    /// A stuck output: the code never changes again.
    pub stuck: Option<i32>,
    phase: u32,
    pipe: VecDeque<(u32, i32)>,
    code: i32,
    rng: u64,
}

impl Adc {
    /// A channel with `bits` bits (`signed` for two's complement) and the given LSB and timing.
    pub fn new(lsb: f64, bits: u32, signed: bool, period: u32, delay: u32, seed: u64) -> Self {
        let (min, max) = if signed {
            (-(1 << (bits - 1)), (1 << (bits - 1)) - 1)
        } else {
            (0, (1 << bits) - 1)
        };
        Adc {
            lsb,
            min,
            max,
            period: period.max(1),
            delay,
            noise_lsb: 0.0,
            stuck: None,
            phase: 0,
            pipe: VecDeque::new(),
            code: 0,
            rng: seed | 1,
        }
    }

    /// The code a perfect converter gives for `x` (round to nearest, clamp).
    pub fn quantize(&self, x: f64) -> i32 {
        ((x / self.lsb).round() as i64).clamp(self.min as i64, self.max as i64) as i32
    }

    fn gaussian(&mut self) -> f64 {
        // xorshift64* pairs through Box-Muller; deterministic per seed.
        let mut next = || {
            self.rng ^= self.rng >> 12;
            self.rng ^= self.rng << 25;
            self.rng ^= self.rng >> 27;
            ((self.rng.wrapping_mul(0x2545F4914F6CDD1D) >> 11) as f64 + 0.5) / (1u64 << 53) as f64
        };
        let (a, b) = (next(), next());
        (-2.0 * a.ln()).sqrt() * (2.0 * std::f64::consts::PI * b).cos()
    }

    /// One clock: samples `x` when due, and returns the code visible this clock (a sample taken
    /// at clock `t` is visible from clock `t + delay`).
    pub fn clock(&mut self, x: f64) -> i32 {
        for entry in self.pipe.iter_mut() {
            entry.0 = entry.0.saturating_sub(1);
        }
        if self.phase == 0 {
            let noisy = if self.noise_lsb > 0.0 {
                x + self.gaussian() * self.noise_lsb * self.lsb
            } else {
                x
            };
            let code = self.quantize(noisy);
            self.pipe.push_back((self.delay, code));
        }
        self.phase = (self.phase + 1) % self.period;
        while let Some(&(0, code)) = self.pipe.front() {
            self.code = code;
            self.pipe.pop_front();
        }
        self.stuck.unwrap_or(self.code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adc_quantizes_clamps_and_delays() {
        let mut adc = Adc::new(1.0 / 4096.0, 13, false, 2, 3, 1);
        assert_eq!(adc.quantize(0.8), 3277);
        assert_eq!(adc.quantize(5.0), 8191);
        assert_eq!(adc.quantize(-1.0), 0);
        let codes: Vec<i32> = (0..8)
            .map(|t| adc.clock(if t < 2 { 0.0 } else { 0.5 }))
            .collect();
        // Samples at clocks 0, 2, 4, 6; each visible 3 clocks later.
        assert_eq!(codes, vec![0, 0, 0, 0, 0, 2048, 2048, 2048]);
    }
}
