//! The reference-rail scenarios of docs/vrm.md §15 and their pass/fail metrics.

use super::closed_loop::{Event, Run, Scenario};
use super::config::{cmd, VrmBuild};
use super::linear::{linear11_from_value, linear11_value};
use super::plant::{Losses, RailParams};
use super::regs::RegFile;
use serde_json::{json, Value};

/// Load step size and slew of the reference rail.
pub const I_LOW: f64 = 50.0;
/// High current of the load step, A.
pub const I_HIGH: f64 = 250.0;
/// 1000 A/µs.
pub const SLEW: f64 = 1000.0 / 1e-6;
/// The programmed quantities a scenario is judged against, read from the register file.
#[derive(Clone, Copy, Debug)]
pub struct Targets {
    /// VOUT_COMMAND, V.
    pub v_cmd: f64,
    /// VOUT_DROOP, Ω.
    pub r_ll: f64,
    /// VOUT_OV_FAULT_LIMIT, V.
    pub ov_limit: f64,
    /// MFR_PH_OC, A.
    pub ph_oc: f64,
}

impl Targets {
    /// From the registers the controller holds.
    pub fn from_regs(regs: &RegFile) -> Self {
        Targets {
            v_cmd: regs.get(cmd::VOUT_COMMAND) as f64 / 4096.0,
            r_ll: linear11_value(regs.word(cmd::VOUT_DROOP)) * 1e-3,
            ov_limit: regs.get(cmd::VOUT_OV_FAULT_LIMIT) as f64 / 4096.0,
            ph_oc: regs.get(cmd::MFR_PH_OC) as f64 / 16.0,
        }
    }

    /// The load-line target at `amps`, V.
    pub fn at(&self, amps: f64) -> f64 {
        self.v_cmd - self.r_ll * amps
    }
}

const MS: f64 = 1e-3;
const US: f64 = 1e-6;

/// Every scenario, in the order `--list` shows them.
pub fn all() -> Vec<Scenario> {
    let s = |name, about, duration, load, events, bin_clocks| Scenario {
        name,
        about,
        duration,
        mismatch: 0.0,
        load,
        events,
        bin_clocks,
    };
    let step = |amps| Event::Load { amps, slew: SLEW };
    vec![
        s(
            "steady",
            "soft start, then 100 A: Vout mean against the load-line target, no limit cycle",
            1.4 * MS,
            100.0,
            vec![],
            50,
        ),
        s(
            "load_step",
            "50 A -> 250 A at 1000 A/us and back: undershoot/overshoot against the charge-balance bounds, settling",
            1.3 * MS,
            I_LOW,
            vec![(0.9 * MS, step(I_HIGH)), (1.1 * MS, step(I_LOW))],
            10,
        ),
        Scenario {
            mismatch: 0.10,
            ..s(
                "sharing",
                "250 A with +-10 % L and DCR mismatch: phase currents within 3 % of their mean",
                2.0 * MS,
                I_HIGH,
                vec![],
                50,
            )
        },
        s(
            "shedding",
            "25 A (10 % load) with phase shedding; efficiency against all phases on (run twice)",
            1.4 * MS,
            25.0,
            vec![],
            50,
        ),
        s(
            "phase_open",
            "100 A, then phase 3's inductor opens: imbalance fault, latch-off",
            1.4 * MS,
            100.0,
            vec![(0.9 * MS, Event::OpenPhase(3))],
            50,
        ),
        s(
            "sensor_stuck",
            "100 A, then the Vout ADC freezes at 0.70 V: the blind loop drives the currents up until the total over-current (or the independent OV comparator) trips",
            1.1 * MS,
            100.0,
            vec![(0.9 * MS, Event::StuckVout((0.70 * 4096.0) as i32))],
            10,
        ),
        s(
            "input_sag",
            "100 A, then Vin sags 12 V -> 7 V and recovers: VIN_UV, wait for VIN_ON, soft restart",
            2.2 * MS,
            100.0,
            vec![
                (0.9 * MS, Event::Vin { volts: 7.0, slew: 0.2 / US }),
                (1.2 * MS, Event::Vin { volts: 12.0, slew: 0.2 / US }),
            ],
            50,
        ),
        s(
            "output_short",
            "100 A, then a 1 mOhm short: cycle-by-cycle current limit, total over-current or UV fault, hiccup",
            1.6 * MS,
            100.0,
            vec![(0.9 * MS, Event::Resistance(1e-3))],
            20,
        ),
        s(
            "over_voltage",
            "100 A, then VOUT_COMMAND is set to 1.0 V, above the 0.92 V OV limit: OV trips, low sides sink, latch-off",
            1.3 * MS,
            100.0,
            vec![(0.9 * MS, Event::Write(cmd::VOUT_COMMAND, (1.0 * 4096.0) as u16))],
            10,
        ),
    ]
}

/// [`find`]'s work, its error a message.
fn find_text(name: &str) -> Result<Scenario, String> {
    all().into_iter().find(|s| s.name == name).ok_or_else(|| {
        let names: Vec<&str> = all().iter().map(|s| s.name).collect();
        format!("unknown scenario '{name}': known {}", names.join(", "))
    })
}

/// The scenario named `name`.
///
/// # Errors
/// [`crate::SimError::Setup`], naming what and where.
pub fn find(name: &str) -> Result<Scenario, crate::SimError> {
    find_text(name).map_err(crate::SimError::Setup)
}

/// One pass/fail check.
#[derive(Clone, Debug)]
pub struct Check {
    /// What is checked.
    pub name: String,
    /// Measured value.
    pub value: f64,
    /// The limit, as text (`<= 1.5`).
    pub limit: String,
    /// Whether it holds.
    pub pass: bool,
}

fn check(name: &str, value: f64, pass: bool, limit: impl Into<String>) -> Check {
    Check {
        name: name.into(),
        value,
        limit: limit.into(),
        pass,
    }
}

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len().max(1) as f64
}

/// Bins of the trace in `[t0, t1)`.
fn window(run: &Run, t0: f64, t1: f64) -> std::ops::Range<usize> {
    let a = run.trace.t.partition_point(|&t| t < t0);
    let b = run.trace.t.partition_point(|&t| t < t1);
    a..b
}

/// The converter's energy between two snapshot times.
fn energy(run: &Run, t0: f64, t1: f64) -> Losses {
    let at = |t: f64| {
        run.snapshots
            .iter()
            .min_by(|a, b| (a.0 - t).abs().total_cmp(&(b.0 - t).abs()))
            .map(|s| s.1)
            .unwrap_or_default()
    };
    at(t1).since(&at(t0))
}

/// Charge-balance undershoot bound `ΔI²·(L/N) / (2·C·(Dmax·Vin − Vout))` with Dmax = 1 (the
/// BOOST response holds every high side on), and the overshoot bound with `Dmax·Vin − Vout`
/// replaced by `Vout`.
pub fn charge_balance_bounds(rail: &RailParams, d_i: f64, vout: f64) -> (f64, f64) {
    let n = rail.phases() as f64;
    let l = rail.l.iter().sum::<f64>() / n;
    let under = d_i * d_i * (l / n) / (2.0 * rail.c_out * (rail.vin - vout));
    let over = d_i * d_i * (l / n) / (2.0 * rail.c_out * vout);
    (under, over)
}

/// Time after `t0` until Vout stays within ±`band` of `target` (bins' min and max), or None.
fn settle(run: &Run, t0: f64, t1: f64, target: f64, band: f64) -> Option<f64> {
    let r = window(run, t0, t1);
    let mut last_out = None;
    for i in r.clone() {
        if (run.trace.vout_min[i] - target).abs() > band
            || (run.trace.vout_max[i] - target).abs() > band
        {
            last_out = Some(i);
        }
    }
    match last_out {
        None => Some(0.0),
        Some(i) if i + 1 < r.end => Some(run.trace.t[i + 1] - t0),
        Some(_) => None,
    }
}

/// Vout averaged over each switching period in a window (the ripple removed).
fn period_averages(run: &Run, t0: f64, t1: f64, period_s: f64) -> Vec<f64> {
    let r = window(run, t0, t1);
    if r.len() < 2 {
        return Vec::new();
    }
    let bin_s = run.trace.t[1] - run.trace.t[0];
    let per = ((period_s / bin_s).round() as usize).max(1);
    run.trace.vout[r].chunks_exact(per).map(mean).collect()
}

/// The strongest spectral line (amplitude, frequency) of a sequence sampled every `period_s`,
/// mean removed. A limit cycle is a line; dither and noise spread over many bins.
fn strongest_line(x: &[f64], period_s: f64) -> (f64, f64) {
    let n = x.len();
    let m = mean(x);
    let mut best = (0.0, 0.0);
    for k in 1..n / 2 {
        let (mut re, mut im) = (0.0, 0.0);
        for (j, v) in x.iter().enumerate() {
            let a = -2.0 * std::f64::consts::PI * (k * j) as f64 / n as f64;
            re += (v - m) * a.cos();
            im += (v - m) * a.sin();
        }
        let amp = 2.0 * (re * re + im * im).sqrt() / n as f64;
        if amp > best.0 {
            best = (amp, k as f64 / (n as f64 * period_s));
        }
    }
    best
}

/// The metrics of `scenario` from its run(s). `baseline` is the all-phases-on run for shedding.
pub fn evaluate(
    build: &VrmBuild,
    rail: &RailParams,
    targets: &Targets,
    scenario: &Scenario,
    run: &Run,
    baseline: Option<&Run>,
) -> (Value, Vec<Check>) {
    let mut checks = vec![check(
        "shoot-through steps (plant)",
        run.shoot_through as f64,
        run.shoot_through == 0,
        "== 0",
    )];
    let mut extra = json!({});
    let end = scenario.duration;
    let target_at = |i: f64| targets.at(i);
    let ov_limit = targets.ov_limit;
    let v_cmd = targets.v_cmd;
    match scenario.name {
        "steady" | "sharing" | "shedding" => {
            let w = window(run, end - 200e-6, end);
            let v = mean(&run.trace.vout[w.clone()]);
            // The load at the end (a load trace may have moved it).
            let final_load = scenario
                .events
                .iter()
                .rev()
                .find_map(|(_, e)| match e {
                    Event::Load { amps, .. } => Some(*amps),
                    _ => None,
                })
                .unwrap_or(scenario.load);
            let target = target_at(final_load);
            let err = (v - target) / target * 100.0;
            checks.push(check(
                "mean Vout error vs load-line target, %",
                err,
                err.abs() <= 0.5,
                "|x| <= 0.5",
            ));
            let per = 1.0 / build.f_sw();
            let avgs = period_averages(run, end - 200e-6, end, per);
            let (amp, freq) = strongest_line(&avgs, per);
            // A limit cycle is a tone; with 0.5 LSB RMS ADC noise and the DPWM dither the
            // strongest bin of a tone-free spectrum sits near 1 LSB, so a tone must stay under 2.
            let limit_mv = 2.0 * 1e3 / 4096.0;
            checks.push(check(
                "strongest line of period-averaged Vout (limit cycle), mV",
                amp * 1e3,
                amp * 1e3 <= limit_mv,
                format!("<= {limit_mv:.3} (2 ADC LSB)"),
            ));
            let pp = avgs.iter().cloned().fold(f64::MIN, f64::max)
                - avgs.iter().cloned().fold(f64::MAX, f64::min);
            extra["period_avg_vout_pp_mv"] = json!(pp * 1e3);
            extra["strongest_line_khz"] = json!(freq / 1e3);
            extra["vout_mean_v"] = json!(v);
            extra["target_v"] = json!(target);
            if scenario.name == "sharing" {
                let act = *run.trace.n_active.last().unwrap_or(&0) as usize;
                let currents: Vec<f64> = (0..act)
                    .map(|i| mean(&run.trace.i_ph[i][w.clone()]))
                    .collect();
                let m = mean(&currents);
                let worst = currents
                    .iter()
                    .map(|c| ((c - m) / m).abs() * 100.0)
                    .fold(0.0, f64::max);
                checks.push(check(
                    "worst phase current deviation from mean, %",
                    worst,
                    worst <= 3.0,
                    "<= 3",
                ));
                extra["phase_currents_a"] = json!(currents);
            }
            if scenario.name == "shedding" {
                let e = energy(run, end - 300e-6, end);
                let eff = e.efficiency() * 100.0;
                extra["efficiency_shed_pct"] = json!(eff);
                extra["active_phases_shed"] = json!(run.trace.n_active.last());
                if let Some(base) = baseline {
                    let eb = energy(base, end - 300e-6, end).efficiency() * 100.0;
                    extra["efficiency_all_on_pct"] = json!(eb);
                    extra["active_phases_all_on"] = json!(base.trace.n_active.last());
                    checks.push(check(
                        "efficiency gain from shedding at 10 % load, points",
                        eff - eb,
                        eff > eb,
                        "> 0",
                    ));
                }
            }
        }
        "load_step" => {
            let loads: Vec<f64> = scenario
                .events
                .iter()
                .filter(|(_, e)| matches!(e, Event::Load { .. }))
                .map(|(t, _)| *t)
                .collect();
            let (t_up, t_down) = (loads[0], loads[1]);
            let d_i = I_HIGH - I_LOW;
            let (b_under, b_over) = charge_balance_bounds(rail, d_i, v_cmd);
            let w_up = window(run, t_up, t_down);
            let v_before = mean(&run.trace.vout[window(run, t_up - 20e-6, t_up)]);
            let vmin = run.trace.vout_min[w_up.clone()]
                .iter()
                .cloned()
                .fold(f64::MAX, f64::min);
            let under = target_at(I_HIGH) - vmin;
            checks.push(check(
                "undershoot below the 250 A load-line target / charge-balance bound",
                under / b_under,
                under / b_under <= 1.5,
                "<= 1.5",
            ));
            let s_up = settle(run, t_up, t_down, target_at(I_HIGH), 0.01 * v_cmd);
            checks.push(check(
                "settling to +-1 % after the step, us",
                s_up.map_or(f64::INFINITY, |s| s * 1e6),
                s_up.is_some_and(|s| s <= 20e-6),
                "<= 20",
            ));
            let w_down = window(run, t_down, end);
            let vmax = run.trace.vout_max[w_down]
                .iter()
                .cloned()
                .fold(f64::MIN, f64::max);
            let over = vmax - target_at(I_LOW);
            checks.push(check(
                "overshoot above the 50 A load-line target / charge-balance bound",
                over / b_over,
                over / b_over <= 1.5,
                "<= 1.5",
            ));
            let s_down = settle(run, t_down, end, target_at(I_LOW), 0.01 * v_cmd);
            checks.push(check(
                "settling to +-1 % after the release, us",
                s_down.map_or(f64::INFINITY, |s| s * 1e6),
                s_down.is_some_and(|s| s <= 20e-6),
                "<= 20",
            ));
            extra["undershoot_mv"] = json!(under * 1e3);
            extra["undershoot_bound_mv"] = json!(b_under * 1e3);
            extra["dip_from_before_mv"] = json!((v_before - vmin) * 1e3);
            extra["overshoot_mv"] = json!(over * 1e3);
            extra["overshoot_bound_mv"] = json!(b_over * 1e3);
        }
        _ => {
            // Protection scenarios: the fault trips as specified and nothing exceeds its limit.
            // The fault: the first event that is not a set-up register write at time 0.
            let t_ev = scenario
                .events
                .iter()
                .find(|(t, e)| *t > 0.0 || !matches!(e, Event::Write(..)))
                .map_or(0.0, |(t, _)| *t);
            let after = window(run, t_ev, end);
            let vmax = run.trace.vout_max[after.clone()]
                .iter()
                .cloned()
                .fold(f64::MIN, f64::max);
            let sw = run.status_word;
            let expect: (&str, bool) = match scenario.name {
                "phase_open" => ("STATUS_WORD MFR bit 12 (imbalance)", sw >> 12 & 1 == 1),
                "over_voltage" => ("STATUS_WORD VOUT_OV bit 5", sw >> 5 & 1 == 1),
                // The loop, blind, drives the currents up: the total over-current or the OV
                // comparator (independent of the ADC) must stop it.
                "sensor_stuck" => (
                    "STATUS_WORD IOUT_OC bit 4 or VOUT_OV bit 5",
                    sw >> 4 & 3 != 0,
                ),
                "input_sag" => ("STATUS_WORD VIN_UV bit 3", sw >> 3 & 1 == 1),
                "output_short" => (
                    "STATUS_WORD IOUT_OC bit 4 or VOUT (UV) bit 15",
                    sw >> 4 & 1 == 1 || sw >> 15 & 1 == 1,
                ),
                _ => ("none", false),
            };
            checks.push(check(expect.0, sw as f64, expect.1, "set"));
            checks.push(check(
                "Vout maximum after the event, V",
                vmax,
                vmax <= ov_limit * 1.05,
                format!("<= {:.3} (OV limit + 5 %)", ov_limit * 1.05),
            ));
            let limit = targets.ph_oc * 1.15;
            checks.push(check(
                "peak phase current, A",
                run.i_ph_peak,
                run.i_ph_peak <= limit,
                format!("<= {limit:.0} (MFR_PH_OC + 15 %)"),
            ));
            match scenario.name {
                "phase_open" | "over_voltage" => {
                    checks.push(check(
                        "final mode (5 = LATCHED)",
                        run.last.mode as f64,
                        run.last.mode == 5,
                        "== 5",
                    ));
                }
                "sensor_stuck" => {
                    let stopped = run.last.mode == 4 || run.last.mode == 5;
                    checks.push(check(
                        "final mode (4 = HICCUP, 5 = LATCHED)",
                        run.last.mode as f64,
                        stopped,
                        "4 or 5",
                    ));
                }
                "input_sag" => {
                    checks.push(check(
                        "turn-ons (first + restart)",
                        run.turn_ons as f64,
                        run.turn_ons >= 2,
                        ">= 2",
                    ));
                    let w = window(run, end - 100e-6, end);
                    let v = mean(&run.trace.vout[w]);
                    let err = (v - target_at(scenario.load)) / v_cmd * 100.0;
                    checks.push(check(
                        "Vout back in regulation at the end, % error",
                        err,
                        err.abs() <= 1.0,
                        "|x| <= 1",
                    ));
                }
                "output_short" => {
                    checks.push(check(
                        "hiccup retries",
                        run.turn_ons as f64 - 1.0,
                        run.turn_ons >= 2,
                        ">= 1",
                    ));
                }
                _ => {}
            }
            if let (Some(a), Some(b)) = (run.ov_in_at, run.hs_off_after_ov) {
                let lat = b as f64 - a as f64;
                checks.push(check(
                    "clocks from OV comparator to every high side off",
                    lat,
                    lat <= 2.0,
                    "<= 2",
                ));
            }
        }
    }
    let value = json!({
        "scenario": scenario.name,
        "about": scenario.about,
        "build": {"phases": build.phases, "period": build.period, "ctrl_div": build.ctrl_div},
        "simulated_s": scenario.duration,
        "clocks": run.clocks,
        "status_word": format!("0x{:04X}", run.status_word),
        "final_mode": run.last.mode,
        "energy": {
            "out_j": run.losses.out, "conduction_j": run.losses.conduction, "diode_j": run.losses.diode,
            "switching_j": run.losses.switching, "gate_j": run.losses.gate,
        },
        "metrics": extra,
        "checks": checks.iter().map(|c| json!({"name": c.name, "value": c.value, "limit": c.limit, "pass": c.pass})).collect::<Vec<_>>(),
        "pass": checks.iter().all(|c| c.pass),
    });
    (value, checks)
}

/// Register writes that turn shedding off (every phase stays on), for the shedding baseline.
pub fn all_phases_on_writes() -> Vec<(u8, u16)> {
    vec![
        (cmd::MFR_PH_SHED, linear11_from_value(0.0)),
        (cmd::MFR_PH_ADD, linear11_from_value(0.0)),
    ]
}

/// A scenario's complete outcome: the run, its baseline (shedding), metrics and checks.
pub struct Outcome {
    /// The scenario as run (set-up writes prepended).
    pub scenario: Scenario,
    /// The rail it ran on.
    pub rail: RailParams,
    /// The run.
    pub run: Run,
    /// The all-phases-on run for `shedding`.
    pub baseline: Option<Run>,
    /// JSON report.
    pub report: Value,
    /// Pass/fail checks.
    pub checks: Vec<Check>,
}

impl Outcome {
    /// Whether every check passed.
    pub fn pass(&self) -> bool {
        self.checks.iter().all(|c| c.pass)
    }
}

/// Runs `scenario` under `setup` on controllers made by `make` (a fresh one per run), with ADC
/// noise seeded by `seed`.
///
/// # Errors
/// [`crate::SimError::Setup`] for a rail the set-up cannot make, and whatever `make` returns
/// (conventionally [`crate::SimError::Controller`]).
pub fn run_scenario(
    setup: &super::setup::VrmSetup,
    scenario: &Scenario,
    seed: u64,
    make: &mut dyn FnMut() -> Result<Box<dyn super::closed_loop::Controller>, crate::SimError>,
    progress: &mut dyn FnMut(&str, f64),
) -> Result<Outcome, crate::SimError> {
    let rail = setup
        .rail(scenario.mismatch)
        .map_err(|e| crate::SimError::Setup(e.0))?;
    let targets = Targets::from_regs(&setup.registers());
    let with_writes = |extra: &[(u8, u16)]| {
        let mut sc = scenario.clone();
        let writes: Vec<(f64, Event)> = setup
            .writes
            .iter()
            .chain(extra)
            .map(|&(c, w)| (0.0, Event::Write(c, w)))
            .collect();
        sc.events.splice(0..0, writes);
        sc
    };
    let sensors = super::closed_loop::Sensors::reference(setup.build.phases, seed);
    let sc = with_writes(&[]);
    let mut ctrl = make()?;
    let run = super::closed_loop::run(
        &setup.build,
        ctrl.as_mut(),
        rail.clone(),
        sensors.clone(),
        &sc,
        &mut |f| progress(scenario.name, f),
    );
    let baseline = if scenario.name == "shedding" {
        let base = with_writes(&all_phases_on_writes());
        let mut ctrl = make()?;
        Some(super::closed_loop::run(
            &setup.build,
            ctrl.as_mut(),
            rail.clone(),
            sensors,
            &base,
            &mut |f| progress("shedding (all phases on)", f),
        ))
    } else {
        None
    };
    let (report, checks) = evaluate(&setup.build, &rail, &targets, &sc, &run, baseline.as_ref());
    Ok(Outcome {
        scenario: sc,
        rail,
        run,
        baseline,
        report,
        checks,
    })
}

/// [`load_trace`]'s work, its error a message.
fn load_trace_text(text: &str) -> Result<Vec<(f64, Event)>, String> {
    let mut points: Vec<(f64, f64)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let mut it = line.split(',').map(str::trim);
        let (t, a) = (it.next().unwrap_or(""), it.next().unwrap_or(""));
        let parsed = (t.parse::<f64>(), a.parse::<f64>());
        let (t, a) = match parsed {
            (Ok(t), Ok(a)) if t.is_finite() && a.is_finite() => (t, a),
            _ if points.is_empty() && n == 0 => continue, // a header line
            _ => {
                return Err(format!(
                    "load trace line {}: expected 'time_s,amps', got '{line}'",
                    n + 1
                ))
            }
        };
        if t < 0.0 || points.last().is_some_and(|&(t0, _)| t <= t0) {
            return Err(format!(
                "load trace line {}: time {t} s does not increase",
                n + 1
            ));
        }
        points.push((t, a));
    }
    if points.is_empty() {
        return Err("load trace has no points".into());
    }
    let mut events = vec![(
        0.0,
        Event::Load {
            amps: points[0].1,
            slew: f64::INFINITY,
        },
    )];
    for w in points.windows(2) {
        let ((t0, a0), (t1, a1)) = (w[0], w[1]);
        let slew = ((a1 - a0) / (t1 - t0)).abs().max(1e-9);
        events.push((t0, Event::Load { amps: a1, slew }));
    }
    Ok(events)
}

/// A load-current trace from CSV text (`time_s,amps` per line; `#` comments and one header line
/// allowed), as Load events ramping linearly from point to point. Times must increase.
///
/// # Errors
/// [`crate::SimError::Setup`], naming what and where.
pub fn load_trace(text: &str) -> Result<Vec<(f64, Event)>, crate::SimError> {
    load_trace_text(text).map_err(crate::SimError::Setup)
}

/// `scenario` with its load replaced by a trace (its other events kept); the run lasts at least
/// to the trace's last point.
pub fn with_load_trace(mut scenario: Scenario, trace: Vec<(f64, Event)>) -> Scenario {
    scenario
        .events
        .retain(|(_, e)| !matches!(e, Event::Load { .. }));
    let end = trace.last().map_or(0.0, |(t, _)| *t);
    if let Some((_, Event::Load { amps, .. })) = trace.first() {
        scenario.load = *amps;
    }
    scenario.events.extend(trace);
    scenario.events.sort_by(|a, b| a.0.total_cmp(&b.0));
    scenario.duration = scenario.duration.max(end + 50e-6);
    scenario
}

#[cfg(test)]
mod trace_tests {
    use super::*;

    #[test]
    fn load_trace_parses_ramps_and_names_bad_lines() {
        let ev = load_trace("time_s,amps\n0,10\n1e-3,20 # ramp\n2e-3,20\n").unwrap();
        assert_eq!(ev.len(), 3);
        match ev[1].1 {
            Event::Load { amps, slew } => {
                assert_eq!(amps, 20.0);
                assert!((slew - 1e4).abs() < 1e-6);
            }
            _ => panic!(),
        }
        assert!(load_trace("0,1\n0,2\n")
            .unwrap_err()
            .to_string()
            .contains("line 2"));
        assert!(load_trace("0,1\nx,2\n")
            .unwrap_err()
            .to_string()
            .contains("line 2"));
        assert!(load_trace("# nothing\n")
            .unwrap_err()
            .to_string()
            .contains("no points"));
    }
}
