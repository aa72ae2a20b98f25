//! The regulator's jobs: closed-loop scenarios with metrics, plots and data.

use super::plot::{stacked, Panel, Series, COLORS};
use super::{
    bail_input, pretty, writable_dir, write_file, Backend, JobResult, MessageError, Progress,
    Report,
};
use serde_json::json;
use sim::vrm::closed_loop::{Controller, Event, Run};
use sim::vrm::scenarios::{self, Outcome};
use sim::vrm::setup::VrmSetup;
use sim::vrm::VrmModel;
use sim::SimError;
use std::fmt::Write as _;
use std::path::Path;

/// `gridcore vrm --list`.
pub fn list() -> Report {
    let mut text = String::from("| scenario | what it checks |\n|---|---|");
    let mut names = Vec::new();
    for s in scenarios::all() {
        let _ = write!(text, "\n| `{}` | {} |", s.name, s.about);
        names.push(json!({"name": s.name, "about": s.about}));
    }
    Report::ok(text, json!({ "scenarios": names }))
}

/// `gridcore vrm --scenario NAME|all`.
pub fn scenario(
    name: &str,
    setup: &VrmSetup,
    backend: Backend,
    out: &Path,
    seed: u64,
    load_trace: Option<Vec<(f64, sim::vrm::closed_loop::Event)>>,
    progress: Progress,
) -> JobResult<Report> {
    let mut chosen: Vec<_> = if name == "all" {
        scenarios::all()
    } else {
        vec![scenarios::find(name).input()?]
    };
    if let Some(trace) = load_trace {
        if chosen.iter().any(|s| s.name == "load_step") {
            bail_input!(
                "--load-trace replaces a scenario's load; load_step defines its own (use steady)"
            );
        }
        chosen = chosen
            .into_iter()
            .map(|s| scenarios::with_load_trace(s, trace.clone()))
            .collect();
    }
    // Validate the rail once before any work or any file is written.
    setup.rail(chosen[0].mismatch).input()?;
    writable_dir(out)?;
    let build = setup.build;
    // The RTL backend runs the Verilated controller in the loop (verilated once, cached).
    let verilated = match backend {
        Backend::Rtl => Some(crate::vrm::build_vrm(&build, progress)?),
        Backend::Model => None,
    };
    let mut make = || -> Result<Box<dyn Controller>, SimError> {
        Ok(match &verilated {
            Some(model) => Box::new(
                crate::vrm::RtlVrm::new(model).map_err(|e| SimError::Controller(e.to_string()))?,
            ),
            None => Box::new(VrmModel::new(build)),
        })
    };
    let backend_name = if verilated.is_some() { "rtl" } else { "model" };
    let mut reports = Vec::new();
    let mut summary =
        String::from("| scenario | check | value | limit | result |\n|---|---|---:|---|---|\n");
    let mut all_pass = true;
    for sc in &chosen {
        let started = std::time::Instant::now();
        let outcome = scenarios::run_scenario(setup, sc, seed, &mut make, &mut |n, f| {
            progress(&format!("vrm {n}: {:.0} %", f * 100.0))
        })
        .tool()?;
        let wall = started.elapsed().as_secs_f64();
        write_outputs(out, &outcome)?;
        let mut report = outcome.report.clone();
        report["wall_s"] = json!(wall);
        report["simulated_per_wall"] = json!(sc.duration / wall);
        report["backend"] = json!(backend_name);
        report["seed"] = json!(seed);
        write_file(&out.join(format!("{}.json", sc.name)), pretty(&report))?;
        for c in &outcome.checks {
            let _ = writeln!(
                summary,
                "| `{}` | {} | {:.4} | {} | {} |",
                sc.name,
                c.name,
                c.value,
                c.limit,
                if c.pass { "pass" } else { "**FAIL**" }
            );
        }
        all_pass &= outcome.pass();
        reports.push(report);
    }
    write_file(&out.join("summary.md"), &summary)?;
    let value = if reports.len() == 1 {
        reports.remove(0)
    } else {
        json!({ "scenarios": reports, "pass": all_pass })
    };
    let text = format!("{summary}\nplots and data: {}", out.display());
    Ok(if all_pass {
        Report::ok(text, value)
    } else {
        Report::failed(text, value, format!("{} fails its checks", name))
    })
}

/// CSV of the binned trace, the full-run SVG and, when the scenario has an event, a zoom.
fn write_outputs(out: &Path, o: &Outcome) -> JobResult<()> {
    let name = o.scenario.name;
    let tr = &o.run.trace;
    let n = tr.i_ph.len();
    let mut csv =
        String::from("t_s,vout_v,vout_min_v,vout_max_v,v_set_v,i_load_a,duty,n_active,mode");
    for i in 0..n {
        let _ = write!(csv, ",i_ph{i}_a,hs_frac{i}");
    }
    csv.push('\n');
    for k in 0..tr.t.len() {
        let _ = write!(
            csv,
            "{:.9},{:.6},{:.6},{:.6},{:.6},{:.3},{:.5},{},{}",
            tr.t[k],
            tr.vout[k],
            tr.vout_min[k],
            tr.vout_max[k],
            tr.v_set[k],
            tr.i_load[k],
            tr.duty[k],
            tr.n_active[k],
            tr.mode[k]
        );
        for i in 0..n {
            let _ = write!(csv, ",{:.3},{:.4}", tr.i_ph[i][k], tr.hs_frac[i][k]);
        }
        csv.push('\n');
    }
    let w = |file: String, text: &str| write_file(&out.join(file), text);
    w(format!("{name}.csv"), &csv)?;
    w(format!("{name}.svg"), &svg(name, &o.run, 0..tr.t.len()))?;
    if let Some(&(t_ev, _)) = o
        .scenario
        .events
        .iter()
        .find(|(t, e)| *t > 0.0 || !matches!(e, Event::Write(..)))
    {
        let a = tr.t.partition_point(|&t| t < t_ev - 10e-6);
        let b = tr.t.partition_point(|&t| t < t_ev + 50e-6);
        if b > a + 2 {
            w(
                format!("{name}_zoom.svg"),
                &svg(&format!("{name} (zoom)"), &o.run, a..b),
            )?;
        }
    }
    Ok(())
}

fn svg(title: &str, run: &Run, r: std::ops::Range<usize>) -> String {
    let tr = &run.trace;
    let n = tr.i_ph.len();
    let f = |v: &[f64]| v[r.clone()].to_vec();
    let (vout, vmin, vmax, vset) = (f(&tr.vout), f(&tr.vout_min), f(&tr.vout_max), f(&tr.v_set));
    let iload = f(&tr.i_load);
    let iph: Vec<Vec<f64>> = tr.i_ph.iter().map(|c| f(c)).collect();
    let duty = f(&tr.duty);
    let hs0 = f(&tr.hs_frac[0]);
    let nact: Vec<f64> = tr.n_active[r.clone()].iter().map(|&v| v as f64).collect();
    let mode: Vec<f64> = tr.mode[r.clone()].iter().map(|&v| v as f64).collect();
    let mut currents = vec![Series {
        name: "load".into(),
        values: &iload,
        color: "#000000",
    }];
    for (i, c) in iph.iter().enumerate().take(n) {
        currents.push(Series {
            name: format!("phase {i}"),
            values: c,
            color: COLORS[(i + 1) % 16],
        });
    }
    stacked(
        &format!("gridcore vrm: {title}"),
        &tr.t[r.clone()],
        &[
            Panel {
                label: "Vout (V)".into(),
                series: vec![
                    Series {
                        name: "Vout".into(),
                        values: &vout,
                        color: COLORS[0],
                    },
                    Series {
                        name: "min".into(),
                        values: &vmin,
                        color: "#9ecae1",
                    },
                    Series {
                        name: "max".into(),
                        values: &vmax,
                        color: "#9ecae1",
                    },
                    Series {
                        name: "v_set".into(),
                        values: &vset,
                        color: COLORS[3],
                    },
                ],
            },
            Panel {
                label: "current (A)".into(),
                series: currents,
            },
            Panel {
                label: "duty".into(),
                series: vec![
                    Series {
                        name: "command u".into(),
                        values: &duty,
                        color: COLORS[0],
                    },
                    Series {
                        name: "phase 0 HS".into(),
                        values: &hs0,
                        color: COLORS[1],
                    },
                ],
            },
            Panel {
                label: "phases / mode".into(),
                series: vec![
                    Series {
                        name: "active phases".into(),
                        values: &nact,
                        color: COLORS[2],
                    },
                    Series {
                        name: "mode".into(),
                        values: &mode,
                        color: COLORS[4],
                    },
                ],
            },
        ],
    )
}

/// `gridcore bench vrm`: closed-loop simulated time per wall second, model and Verilated RTL
/// side by side on the same scenario (plant, ADCs and controller, every clock).
pub fn bench(setup: &VrmSetup, progress: Progress) -> JobResult<Report> {
    let build = setup.build;
    let mut sc = scenarios::find("steady").input()?;
    sc.duration = 0.4e-3;
    let verilated = crate::vrm::build_vrm(&build, progress)?;
    let mut rates = Vec::new();
    for rtl in [false, true] {
        let mut make = || -> Result<Box<dyn Controller>, SimError> {
            Ok(if rtl {
                Box::new(
                    crate::vrm::RtlVrm::new(&verilated)
                        .map_err(|e| SimError::Controller(e.to_string()))?,
                )
            } else {
                Box::new(VrmModel::new(build))
            })
        };
        let t = std::time::Instant::now();
        scenarios::run_scenario(setup, &sc, 1, &mut make, &mut |_, _| {}).tool()?;
        let wall = t.elapsed().as_secs_f64();
        rates.push((
            sc.duration / wall,
            sc.duration * sim::vrm::config::F_CLK / wall,
        ));
    }
    let value = json!({
        "scenario": sc.name, "simulated_s": sc.duration,
        "model_sim_s_per_wall_s": rates[0].0, "rtl_sim_s_per_wall_s": rates[1].0,
        "model_clocks_per_s": rates[0].1, "rtl_clocks_per_s": rates[1].1,
        "model_over_rtl": rates[0].0 / rates[1].0,
        "note": "plant (two integration steps per clock), ADC models and the controller; the RTL is the Verilated controller",
    });
    let text = format!(
            "vrm {} closed loop, {} µs of `{}`:\n| backend | simulated s / wall s | clocks/s | vs RTL |\n|---|---:|---:|---:|\n\
             | model | {:.4} | {:.3e} | {:.1}x |\n| RTL (Verilator) | {:.4} | {:.3e} | 1.0x |",
            build.tag(),
            sc.duration * 1e6,
            sc.name,
            rates[0].0,
            rates[0].1,
            rates[0].0 / rates[1].0,
            rates[1].0,
            rates[1].1
        );
    Ok(Report::ok(text, value))
}

/// `gridcore verilog --design vrm`: lint-clean Verilog and the build as JSON.
pub fn verilog(setup: &VrmSetup, out: &Path) -> JobResult<Report> {
    setup.build.validate().input()?;
    writable_dir(out)?;
    let b = setup.build;
    let name = format!("gridcore_vrm_{}", b.tag());
    let path = out.join(format!("{name}.v"));
    write_file(
        &path,
        vrm_ctrl::ctrl::verilog(b.phases, b.period, b.ctrl_div),
    )?;
    rtl::lint::verilator_lint(&path, vrm_ctrl::ctrl::VRM_MODULE).tool()?;
    let config = json!({"design": "vrm", "phases": b.phases, "period": b.period, "ctrl_div": b.ctrl_div,
        "f_sw_hz": b.f_sw(), "top": vrm_ctrl::ctrl::VRM_MODULE});
    write_file(&out.join(format!("{name}.json")), pretty(&config))?;
    Ok(Report::ok(
        format!("{} (lint clean)", path.display()),
        config,
    ))
}

/// `gridcore synth --design vrm`: the controller's board top through the board flow. Without
/// `phases` in the set-up, the board's own phase count ([`fpga::Board::vrm_phases`]).
pub fn synth(
    setup: &VrmSetup,
    board: fpga::Board,
    seed: u32,
    out: &Path,
    progress: Progress,
) -> JobResult<fpga::SynthReport> {
    let b = synth_build(setup, board, out)?;
    Ok(fpga::synth_vrm(
        b.phases, b.period, b.ctrl_div, board, seed, out, progress,
    )?)
}

/// `gridcore synth --design vrm --seeds LIST`.
pub fn synth_seeds(
    setup: &VrmSetup,
    board: fpga::Board,
    seeds: &[u32],
    out: &Path,
    progress: Progress,
) -> JobResult<fpga::SeedSweep> {
    let b = synth_build(setup, board, out)?;
    Ok(fpga::synth_vrm_seeds(
        b.phases, b.period, b.ctrl_div, board, seeds, out, progress,
    )?)
}

/// The build a bitstream fixes: build keys only, the board's phase count unless given; `out`
/// checked writable.
fn synth_build(setup: &VrmSetup, board: fpga::Board, out: &Path) -> JobResult<sim::vrm::VrmBuild> {
    setup.build_only("synthesis").input()?;
    let mut build = setup.build;
    if !setup.phases_given {
        build.phases = board.vrm_phases();
    }
    build.validate().input()?;
    writable_dir(out)?;
    Ok(build)
}

/// `gridcore cosim --design vrm`: random sensor streams and register traffic on model and RTL in
/// lockstep, every port every cycle; exit 1 with the first mismatch.
pub fn cosim(
    setup: &VrmSetup,
    runs: u32,
    seed: u64,
    trace: Option<&Path>,
    progress: Progress,
) -> JobResult<Report> {
    let build = setup.build;
    let verilated = crate::vrm::build_vrm(&build, progress)?;
    let cycles_per_run = 50_000u64;
    let started = std::time::Instant::now();
    let mut total = 0u64;
    for run in 0..runs as u64 {
        let run_seed = seed * 1000 + run;
        let mut ls = crate::vrm::VrmLockstep::new(build, &verilated)?;
        let mut stim = crate::vrm_random::Stimulus::new(run_seed);
        for cycle in 0..cycles_per_run {
            let i = stim.inputs(cycle);
            ls.step(&i);
            total += 1;
            if let Some(m) = ls.mismatch.clone() {
                // Replay the run on a traced build and record a window around the mismatch.
                let waveform = match trace {
                    Some(path) => Some(replay_with_trace(
                        &build, run_seed, m.cycle, path, progress,
                    )?),
                    None => None,
                };
                let value = json!({"agree": false, "seed": run_seed, "cycle": m.cycle, "port": m.port,
                    "model": m.model, "rtl": m.rtl, "waveform": waveform});
                let mut text = format!("MISMATCH seed {run_seed}: {m}");
                if let Some(w) = &waveform {
                    let _ = write!(text, "\nwaveform: {w}");
                }
                return Ok(Report::failed(text, value, format!("seed {run_seed}: {m}")));
            }
        }
        if runs > 1 {
            progress(&format!("vrm cosim: run {}/{runs} agrees", run + 1));
        }
    }
    let value = json!({"agree": true, "build": build.tag(), "runs": runs, "cycles": total,
        "seconds": started.elapsed().as_secs_f64()});
    let text = format!(
        "vrm {}: model and RTL agree on every port for {total} cycles ({runs} random runs, seed \
         {seed})",
        build.tag()
    );
    Ok(Report::ok(text, value))
}

/// Re-runs random run `seed` on a traced RTL build and writes cycles `cycle − 200 .. cycle + 20`
/// to `path` (.vcd or .fst).
fn replay_with_trace(
    build: &sim::vrm::VrmBuild,
    seed: u64,
    cycle: u64,
    path: &Path,
    progress: Progress,
) -> JobResult<String> {
    let kind = crate::verilator::Trace::for_path(path).input()?;
    let model = crate::vrm::build_vrm_traced(build, Some(kind), progress)?;
    let mut rtl = crate::vrm::RtlVrm::new(&model)?;
    rtl.trace(path, cycle.saturating_sub(200), cycle + 20)?;
    let mut stim = crate::vrm_random::Stimulus::new(seed);
    for k in 0..=cycle + 20 {
        let i = stim.inputs(k);
        rtl.step(&i);
    }
    rtl.trace_close();
    Ok(path.display().to_string())
}
