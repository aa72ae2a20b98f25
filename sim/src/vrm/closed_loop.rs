//! Closed loop (docs/vrm.md §15): the plant and its ADCs drive a controller (the cycle model, or
//! the Verilated RTL through the same trait) one clock at a time, with timed events (load steps,
//! faults, register writes), a binned trace for plots, and the scenario metrics.

use super::adc::Adc;
use super::config::{cmd, VrmBuild, F_CLK};
use super::model::{VrmInputs, VrmModel, VrmOutputs};
use super::plant::{Losses, Plant, RailParams};

/// Clocks between energy-ledger snapshots (for efficiency over a window).
pub const SNAPSHOT_CLOCKS: u64 = 5_000;

/// Output voltage from which the load draws its full profile current, V.
pub const LOAD_FULL_VOLTS: f64 = 0.5;

/// Anything that behaves like the controller at its ports, one edge per call.
pub trait Controller {
    /// One rising edge.
    fn step(&mut self, inputs: &VrmInputs) -> VrmOutputs;
}

impl Controller for VrmModel {
    fn step(&mut self, inputs: &VrmInputs) -> VrmOutputs {
        VrmModel::step(self, inputs)
    }
}

/// A timed change to the plant, the sensors or the registers.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// Load current ramps to `amps` at `slew` A/s.
    Load {
        /// Target current, A.
        amps: f64,
        /// Ramp rate, A/s.
        slew: f64,
    },
    /// A resistive load (a short) in parallel, Ω; infinity removes it.
    Resistance(f64),
    /// Source voltage ramps to `volts` at `slew` V/s.
    Vin {
        /// Target voltage, V.
        volts: f64,
        /// Ramp rate, V/s.
        slew: f64,
    },
    /// Phase inductor opens.
    OpenPhase(usize),
    /// The output-voltage ADC freezes at this code.
    StuckVout(i32),
    /// A register write (command code, data word).
    Write(u8, u16),
}

/// The sensor chain of §13.
#[derive(Clone, Debug)]
pub struct Sensors {
    /// Output voltage.
    pub vout: Adc,
    /// Input voltage.
    pub vin: Adc,
    /// Phase currents.
    pub iph: Vec<Adc>,
    /// Temperature.
    pub temp: Adc,
}

impl Sensors {
    /// The reference sensors: 13-bit Vout at 50 MS/s with 30 ns delay and 0.5 LSB noise, phase
    /// currents every clock with 20 ns delay and 1 LSB noise, Vin at 1 MS/s, temperature at 10 kS/s.
    pub fn reference(phases: usize, seed: u64) -> Self {
        let mut vout = Adc::new(1.0 / 4096.0, 13, false, 2, 3, seed);
        vout.noise_lsb = 0.5;
        let iph = (0..phases)
            .map(|i| {
                let mut a = Adc::new(1.0 / 16.0, 12, true, 1, 2, seed.wrapping_add(17 + i as u64));
                a.noise_lsb = 1.0;
                a
            })
            .collect();
        Sensors {
            vout,
            vin: Adc::new(1.0 / 256.0, 13, false, 100, 10, seed ^ 0x55),
            iph,
            temp: Adc::new(1.0 / 16.0, 12, true, 10_000, 0, seed ^ 0xAA),
        }
    }
}

/// One scenario: a rail, a load and event timeline, and what to measure.
#[derive(Clone, Debug)]
pub struct Scenario {
    /// Name used on the command line.
    pub name: &'static str,
    /// One line for `--list`.
    pub about: &'static str,
    /// Simulated time, s.
    pub duration: f64,
    /// ±L/DCR mismatch across phases.
    pub mismatch: f64,
    /// Initial load current, A.
    pub load: f64,
    /// Events, in time order.
    pub events: Vec<(f64, Event)>,
    /// Clocks per trace bin.
    pub bin_clocks: u32,
}

/// A binned trace (each bin: mean, plus the Vout envelope).
#[derive(Clone, Debug, Default)]
pub struct Trace {
    /// Bin start times, s.
    pub t: Vec<f64>,
    /// Vout mean, min, max, V.
    pub vout: Vec<f64>,
    /// Vout minimum in the bin.
    pub vout_min: Vec<f64>,
    /// Vout maximum in the bin.
    pub vout_max: Vec<f64>,
    /// Load current, A.
    pub i_load: Vec<f64>,
    /// Per-phase inductor current means, A (`[phase][bin]`).
    pub i_ph: Vec<Vec<f64>>,
    /// Per-phase fraction of clocks with the high side on.
    pub hs_frac: Vec<Vec<f64>>,
    /// Duty command `u` / 2^16.
    pub duty: Vec<f64>,
    /// Active phases at the end of the bin.
    pub n_active: Vec<u8>,
    /// Mode code at the end of the bin.
    pub mode: Vec<u8>,
    /// Regulation point after the load line, V.
    pub v_set: Vec<f64>,
}

/// Everything a run produces.
#[derive(Clone, Debug)]
pub struct Run {
    /// The binned trace.
    pub trace: Trace,
    /// Energy ledger at the end.
    pub losses: Losses,
    /// Ledger snapshots at each event time and the end, for windowed efficiency.
    pub snapshots: Vec<(f64, Losses)>,
    /// Clock cycles simulated.
    pub clocks: u64,
    /// Both switches of a phase on (plant view); must be 0.
    pub shoot_through: u64,
    /// STATUS_WORD read at the end.
    pub status_word: u16,
    /// Last outputs.
    pub last: VrmOutputs,
    /// First clock after each event at which every high side was off (None if never).
    pub hs_off_after_event: Vec<Option<u64>>,
    /// Clock at which `ov_in` first rose.
    pub ov_in_at: Option<u64>,
    /// Clock at which every high side was off after `ov_in` first rose.
    pub hs_off_after_ov: Option<u64>,
    /// Highest phase current seen, A.
    pub i_ph_peak: f64,
    /// Turn-ons (mode Off/Hiccup → Run) seen.
    pub turn_ons: u32,
}

/// The configured OV limit in volts (the analog comparator's threshold).
fn ov_volts(words: &[(u8, u16)]) -> f64 {
    let code = words
        .iter()
        .rev()
        .find(|(c, _)| *c == cmd::VOUT_OV_FAULT_LIMIT)
        .map(|&(_, w)| w as f64)
        .unwrap_or(3768.0);
    code / 4096.0
}

/// Runs `scenario` on `ctrl` with the given rail and sensors, reporting progress every 10 %.
pub fn run(
    build: &VrmBuild,
    ctrl: &mut dyn Controller,
    rail: RailParams,
    mut sensors: Sensors,
    scenario: &Scenario,
    progress: &mut dyn FnMut(f64),
) -> Run {
    let n = build.phases;
    let dt_clk = 1.0 / F_CLK;
    let clocks = (scenario.duration * F_CLK).round() as u64;
    let mut plant = Plant::new(rail);
    let mut i_target = scenario.load;
    let mut i_slew = f64::INFINITY;
    let mut i_now = scenario.load;
    let mut r_load = f64::INFINITY;
    let mut vin_target = plant.params.vin;
    let mut vin_slew = f64::INFINITY;
    let mut v_src = plant.params.vin;
    let mut writes: Vec<(u8, u16)> = Vec::new();
    let mut pending_writes: Vec<(u8, u16)> = Vec::new();
    let mut next_event = 0;
    let mut trace = Trace {
        i_ph: vec![Vec::new(); n],
        hs_frac: vec![Vec::new(); n],
        ..Default::default()
    };
    let mut snapshots = Vec::new();
    let mut hs_off_after_event = vec![None; scenario.events.len()];
    let mut ov_in_at = None;
    let mut hs_off_after_ov = None;
    let mut i_ph_peak: f64 = 0.0;
    let mut turn_ons = 0;

    // Bin accumulators.
    let mut b_count = 0u32;
    let (mut b_v, mut b_vmin, mut b_vmax, mut b_i) = (0.0, f64::MAX, f64::MIN, 0.0);
    let mut b_iph = vec![0.0; n];
    let mut b_hs = vec![0u32; n];
    let mut b_duty = 0.0;
    let mut b_vset = 0.0;

    let mut last = ctrl.step(&VrmInputs {
        reset: true,
        ..Default::default()
    });
    let mut prev_mode = last.mode;
    let mut reported = 0;
    for k in 0..clocks {
        let t = k as f64 * dt_clk;
        while next_event < scenario.events.len() && scenario.events[next_event].0 <= t {
            snapshots.push((t, plant.losses));
            match scenario.events[next_event].1 {
                Event::Load { amps, slew } => {
                    i_target = amps;
                    i_slew = slew;
                }
                Event::Resistance(r) => r_load = r,
                Event::Vin { volts, slew } => {
                    vin_target = volts;
                    vin_slew = slew;
                }
                Event::OpenPhase(i) => plant.faults.open_phases |= 1 << i,
                Event::StuckVout(code) => sensors.vout.stuck = Some(code),
                Event::Write(c, w) => pending_writes.push((c, w)),
            }
            next_event += 1;
        }
        // Ramps.
        let step_i = i_slew * dt_clk;
        i_now += (i_target - i_now).clamp(-step_i, step_i);
        let step_v = vin_slew * dt_clk;
        v_src += (vin_target - v_src).clamp(-step_v, step_v);

        // Sensors, then the controller edge.
        let mut inputs = VrmInputs {
            en: true,
            ov_in: plant.vout > ov_volts(&writes),
            vout_code: sensors.vout.clock(plant.vout) as u16,
            vin_code: sensors.vin.clock(plant.vin_node) as u16,
            temp_code: sensors.temp.clock(plant.temp) as i16,
            ..Default::default()
        };
        for i in 0..n {
            inputs.iph_code[i] = sensors.iph[i].clock(plant.i_l[i]) as i16;
        }
        if let Some((c, w)) = pending_writes.first().copied() {
            pending_writes.remove(0);
            writes.push((c, w));
            inputs.reg_we = true;
            inputs.reg_addr = c;
            inputs.reg_wdata = w;
        }
        if inputs.ov_in && ov_in_at.is_none() {
            ov_in_at = Some(k);
        }
        last = ctrl.step(&inputs);
        if last.hs == 0 {
            if ov_in_at.is_some() && hs_off_after_ov.is_none() {
                hs_off_after_ov = Some(k);
            }
            for (e, slot) in hs_off_after_event.iter_mut().enumerate().take(next_event) {
                if slot.is_none() && scenario.events[e].0 <= t {
                    *slot = Some(k);
                }
            }
        }
        if last.mode == 1 && prev_mode != 1 && prev_mode != 2 && prev_mode != 3 {
            turn_ons += 1;
        }
        prev_mode = last.mode;

        // Two plant steps per clock.
        // The load is a current sink that needs 0.5 V: below it, it draws proportionally less
        // (like a processor held in reset), so a discharged rail never runs negative.
        let i_sink = i_now * (plant.vout / LOAD_FULL_VOLTS).clamp(0.0, 1.0);
        for _ in 0..2 {
            plant.step(dt_clk / 2.0, last.hs, last.ls, i_sink, r_load, v_src);
        }
        for (i, &il) in plant.i_l.iter().enumerate() {
            i_ph_peak = i_ph_peak.max(il.abs());
            b_iph[i] += il;
            b_hs[i] += (last.hs >> i & 1) as u32;
        }
        b_v += plant.vout;
        b_vmin = b_vmin.min(plant.vout);
        b_vmax = b_vmax.max(plant.vout);
        b_i += plant.i_load;
        b_duty += last.duty as f64 / 65536.0;
        b_vset += last.v_set as f64 / 4096.0;
        b_count += 1;
        if b_count == scenario.bin_clocks || k + 1 == clocks {
            let c = b_count as f64;
            trace.t.push((k + 1) as f64 * dt_clk - c * dt_clk);
            trace.vout.push(b_v / c);
            trace.vout_min.push(b_vmin);
            trace.vout_max.push(b_vmax);
            trace.i_load.push(b_i / c);
            for i in 0..n {
                trace.i_ph[i].push(b_iph[i] / c);
                trace.hs_frac[i].push(b_hs[i] as f64 / c);
                b_iph[i] = 0.0;
                b_hs[i] = 0;
            }
            trace.duty.push(b_duty / c);
            trace.v_set.push(b_vset / c);
            trace.n_active.push(last.n_active);
            trace.mode.push(last.mode);
            b_count = 0;
            (b_v, b_vmin, b_vmax, b_i, b_duty, b_vset) = (0.0, f64::MAX, f64::MIN, 0.0, 0.0, 0.0);
        }
        if k % SNAPSHOT_CLOCKS == 0 {
            snapshots.push((t, plant.losses));
        }
        let tenth = (k * 10 / clocks.max(1)) as i32;
        if tenth > reported {
            reported = tenth;
            progress(tenth as f64 / 10.0);
        }
    }
    snapshots.push((scenario.duration, plant.losses));
    // Read STATUS_WORD through the register port, as a host would.
    ctrl.step(&VrmInputs {
        en: true,
        reg_re: true,
        reg_addr: cmd::STATUS_WORD,
        ..Default::default()
    });
    let status = ctrl.step(&VrmInputs {
        en: true,
        ..Default::default()
    });
    Run {
        trace,
        losses: plant.losses,
        snapshots,
        clocks,
        shoot_through: plant.shoot_through,
        status_word: status.reg_rdata,
        last,
        hs_off_after_event,
        ov_in_at,
        hs_off_after_ov,
        i_ph_peak,
        turn_ons,
    }
}
