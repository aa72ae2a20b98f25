//! Switch-level multiphase synchronous buck (docs/vrm.md §13): per-phase inductor with DCR and
//! switch on-resistances, dead-time body-diode conduction, output capacitor with ESR, input source
//! behind an impedance, and a loss ledger. Not averaged: every gate edge shows in the currents.

use super::MAX_PHASES;

/// Electrical parameters of the rail (SI units).
#[derive(Clone, Debug, PartialEq)]
pub struct RailParams {
    /// Source voltage, V.
    pub vin: f64,
    /// Source resistance, Ω.
    pub r_src: f64,
    /// Per-phase inductance, H.
    pub l: Vec<f64>,
    /// Per-phase inductor DC resistance, Ω.
    pub dcr: Vec<f64>,
    /// Output capacitance, F.
    pub c_out: f64,
    /// Its equivalent series resistance, Ω.
    pub esr: f64,
    /// High-side and low-side switch on-resistance, Ω.
    pub r_on_hs: f64,
    /// Low-side on-resistance, Ω.
    pub r_on_ls: f64,
    /// Body-diode forward voltage, V.
    pub v_diode: f64,
    /// High-side switching transition time (rise + fall, each), s.
    pub t_edge: f64,
    /// Gate charge per switch, C, and drive voltage, V.
    pub q_gate: f64,
    /// Gate drive voltage, V.
    pub v_drive: f64,
    /// Ambient temperature, °C, and thermal resistance of the power stage, K/W.
    pub t_amb: f64,
    /// Thermal resistance, K/W.
    pub r_th: f64,
}

impl RailParams {
    /// The reference rail of docs/vrm.md §15: 12 V → 0.8 V, `phases` × 100 nH / 0.2 mΩ, 5 mF.
    /// `mismatch` spreads L and DCR linearly over ±mismatch across the phases.
    pub fn reference(phases: usize, mismatch: f64) -> Self {
        let spread = |i: usize| {
            if phases == 1 {
                0.0
            } else {
                mismatch * (2.0 * i as f64 / (phases - 1) as f64 - 1.0)
            }
        };
        RailParams {
            vin: 12.0,
            r_src: 0.5e-3,
            l: (0..phases).map(|i| 100e-9 * (1.0 + spread(i))).collect(),
            // DCR spread runs the other way, the worst case for sharing.
            dcr: (0..phases).map(|i| 0.2e-3 * (1.0 - spread(i))).collect(),
            c_out: 5e-3,
            esr: 10e-6,
            r_on_hs: 2.0e-3,
            r_on_ls: 0.8e-3,
            v_diode: 0.7,
            t_edge: 4e-9,
            q_gate: 20e-9,
            v_drive: 5.0,
            t_amb: 40.0,
            r_th: 2.0,
        }
    }

    /// Phases.
    pub fn phases(&self) -> usize {
        self.l.len()
    }

    /// [`Self::validate`]'s work, its error a message.
    fn validate_text(&self, vout_target: f64) -> Result<(), String> {
        let n = self.phases();
        if n == 0 || n > MAX_PHASES {
            return Err(format!("phases {n} out of range 1..={MAX_PHASES}"));
        }
        if self.dcr.len() != n {
            return Err(format!("{} DCR values for {n} phases", self.dcr.len()));
        }
        let positive = [
            ("vin", self.vin),
            ("c_out", self.c_out),
            ("r_on_hs", self.r_on_hs),
            ("r_on_ls", self.r_on_ls),
        ];
        for (name, v) in positive {
            if !(v > 0.0 && v.is_finite()) {
                return Err(format!("{name} must be positive, got {v}"));
            }
        }
        if let Some(l) = self.l.iter().find(|&&l| !(l > 0.0 && l.is_finite())) {
            return Err(format!("inductance must be positive, got {l}"));
        }
        if self
            .dcr
            .iter()
            .chain([&self.esr, &self.r_src])
            .any(|&r| !(r >= 0.0 && r.is_finite()))
        {
            return Err("resistances must be non-negative".into());
        }
        if vout_target >= self.vin {
            return Err(format!(
                "Vout {vout_target} V must be below Vin {} V for a buck converter",
                self.vin
            ));
        }
        Ok(())
    }

    /// Checks physical consistency, naming the first problem.
    ///
    /// # Errors
    /// [`crate::SimError::Setup`], naming what and where.
    pub fn validate(&self, vout_target: f64) -> Result<(), crate::SimError> {
        self.validate_text(vout_target)
            .map_err(crate::SimError::Setup)
    }
}

/// Energy ledger, J.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Losses {
    /// I²R in inductors and switches.
    pub conduction: f64,
    /// Body diodes during dead time.
    pub diode: f64,
    /// High-side switching transitions (½·V·I·t_edge per edge).
    pub switching: f64,
    /// Gate drive (Q·V per turn-on).
    pub gate: f64,
    /// Energy delivered to the load.
    pub out: f64,
    /// Energy drawn from the input node by the ideal switches.
    pub input: f64,
}

impl Losses {
    /// Converter losses (not the source resistance).
    pub fn total(&self) -> f64 {
        self.conduction + self.diode + self.switching + self.gate
    }

    /// Efficiency `out / (out + losses)`.
    pub fn efficiency(&self) -> f64 {
        self.out / (self.out + self.total())
    }

    /// Difference of two ledgers (energy in a window).
    pub fn since(&self, earlier: &Losses) -> Losses {
        Losses {
            conduction: self.conduction - earlier.conduction,
            diode: self.diode - earlier.diode,
            switching: self.switching - earlier.switching,
            gate: self.gate - earlier.gate,
            out: self.out - earlier.out,
            input: self.input - earlier.input,
        }
    }
}

/// Faults injected into the power stage.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PlantFaults {
    /// Phases whose inductor is open (bit mask).
    pub open_phases: u16,
}

/// The plant's state.
#[derive(Clone, Debug)]
pub struct Plant {
    /// Parameters.
    pub params: RailParams,
    /// Inductor currents, A.
    pub i_l: Vec<f64>,
    /// Capacitor voltage, V.
    pub v_c: f64,
    /// Output voltage (capacitor + ESR drop), V.
    pub vout: f64,
    /// Input node voltage, V.
    pub vin_node: f64,
    /// Load current drawn in the last step, A.
    pub i_load: f64,
    /// Energy ledger.
    pub losses: Losses,
    /// Power-stage temperature, °C (first-order thermal model).
    pub temp: f64,
    /// Steps in which both switches of a phase were on (must stay 0).
    pub shoot_through: u64,
    /// Injected faults.
    pub faults: PlantFaults,
    last_hs: u16,
    last_ls: u16,
    loss_power: f64,
}

impl Plant {
    /// A discharged rail.
    pub fn new(params: RailParams) -> Self {
        let n = params.phases();
        let t_amb = params.t_amb;
        let vin = params.vin;
        Plant {
            params,
            i_l: vec![0.0; n],
            v_c: 0.0,
            vout: 0.0,
            vin_node: vin,
            i_load: 0.0,
            losses: Losses::default(),
            temp: t_amb,
            shoot_through: 0,
            faults: PlantFaults::default(),
            last_hs: 0,
            last_ls: 0,
            loss_power: 0.0,
        }
    }

    /// Advances `dt` seconds with the gate commands held. The load draws `i_load` amperes plus
    /// `vout / r_load` (pass `f64::INFINITY` for none); `v_src` is the source voltage now.
    pub fn step(&mut self, dt: f64, hs: u16, ls: u16, i_load: f64, r_load: f64, v_src: f64) {
        let p = &self.params;
        let n = self.i_l.len();
        // Gate edges: switching and drive energy.
        let rising_hs = hs & !self.last_hs;
        let falling_hs = self.last_hs & !hs;
        let rising_ls = ls & !self.last_ls;
        let e_before = self.losses.total();
        for i in 0..n {
            let bit = 1u16 << i;
            if (rising_hs | falling_hs) & bit != 0 {
                self.losses.switching += 0.5 * self.vin_node * self.i_l[i].abs() * p.t_edge;
            }
            if (rising_hs | rising_ls) & bit != 0 {
                self.losses.gate += p.q_gate * p.v_drive;
            }
        }
        self.last_hs = hs;
        self.last_ls = ls;
        self.shoot_through += (hs & ls).count_ones() as u64;

        let i_in: f64 = (0..n)
            .filter(|i| hs >> i & 1 != 0)
            .map(|i| self.i_l[i])
            .sum();
        self.vin_node = v_src - p.r_src * i_in;
        let vout = self.vout;
        let mut i_sum = 0.0;
        for i in 0..n {
            let bit = 1u16 << i;
            let i_l = self.i_l[i];
            if self.faults.open_phases & bit != 0 {
                self.i_l[i] = 0.0;
                continue;
            }
            let (v_sw, r_sw) = match (hs & bit != 0, ls & bit != 0) {
                (true, _) => (self.vin_node, p.r_on_hs),
                (false, true) => (0.0, p.r_on_ls),
                // Dead time: a body diode carries the current, or nothing does.
                (false, false) => {
                    if i_l > 0.0 {
                        (-p.v_diode, 0.0)
                    } else if i_l < 0.0 {
                        (self.vin_node + p.v_diode, 0.0)
                    } else {
                        (vout, 0.0)
                    }
                }
            };
            let r = p.dcr[i] + r_sw;
            let di = (v_sw - i_l * r - vout) / p.l[i] * dt;
            let mut next = i_l + di;
            if hs & bit == 0 && ls & bit == 0 && i_l != 0.0 && next.signum() != i_l.signum() {
                // The diode stops conducting at zero.
                next = 0.0;
            }
            let i_mid = 0.5 * (i_l + next);
            self.losses.conduction += i_mid * i_mid * r * dt;
            if hs & bit == 0 && ls & bit == 0 {
                self.losses.diode += p.v_diode * i_mid.abs() * dt;
            }
            if hs & bit != 0 {
                self.losses.input += self.vin_node * i_mid * dt;
            }
            self.i_l[i] = next;
            i_sum += next;
        }
        let load = i_load
            + if r_load.is_finite() {
                vout.max(0.0) / r_load
            } else {
                0.0
            };
        // Semi-implicit: the capacitor sees the updated inductor currents (stable LC oscillation).
        self.v_c += (i_sum - load) / p.c_out * dt;
        self.vout = self.v_c + p.esr * (i_sum - load);
        self.losses.conduction += p.esr * (i_sum - load) * (i_sum - load) * dt;
        self.i_load = load;
        self.losses.out += self.vout * load * dt;
        // Thermal: first order, 1 ms time constant on the loss power.
        let p_loss = (self.losses.total() - e_before) / dt;
        self.loss_power += (p_loss - self.loss_power) * (dt / 1e-4).min(1.0);
        let t_target = p.t_amb + p.r_th * self.loss_power;
        self.temp += (t_target - self.temp) * (dt / 1e-3).min(1.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Open loop at a fixed duty: the average output follows D·Vin minus the resistive drops, and
    /// the energy ledger balances.
    #[test]
    fn open_loop_buck_reaches_d_vin_and_conserves_energy() {
        let params = RailParams::reference(2, 0.0);
        let mut plant = Plant::new(params);
        let dt = 5e-9;
        let period = 400; // 2 µs in 5 ns steps
        let on = 27; // D = 0.0675 → 0.81 V unloaded
        let mut vsum = 0.0;
        let mut count = 0;
        for step in 0..200_000 {
            let t0 = step % period;
            let t1 = (step + period / 2) % period;
            let gate = |t: usize| -> (bool, bool) { (t < on, t > on && t < period - 1) };
            let (h0, l0) = gate(t0);
            let (h1, l1) = gate(t1);
            let hs = h0 as u16 | (h1 as u16) << 1;
            let ls = l0 as u16 | (l1 as u16) << 1;
            plant.step(dt, hs, ls, 20.0, f64::INFINITY, 12.0);
            if step >= 150_000 {
                vsum += plant.vout;
                count += 1;
            }
        }
        let v = vsum / count as f64;
        assert!((0.72..0.82).contains(&v), "average Vout {v}");
        assert_eq!(plant.shoot_through, 0);
        // Input energy = output + conduction + diode + stored energy (within 2 %).
        let l = &plant.losses;
        let stored = 0.5 * 5e-3 * plant.v_c * plant.v_c
            + plant.i_l.iter().map(|i| 0.5 * 100e-9 * i * i).sum::<f64>();
        let balance = l.input - (l.out + l.conduction + l.diode + stored);
        assert!(
            balance.abs() < 0.02 * l.input,
            "energy balance off by {balance} J of {}",
            l.input
        );
    }
}
