//! The regulator's jobs: closed-loop scenarios with metrics, plots and data.

use crate::cli::{writable_dir, Backend};
use crate::plot::{stacked, Panel, Series, COLORS};
use anyhow::{bail, Context, Result};
use serde_json::json;
use sim::vrm::closed_loop::{Controller, Event, Run};
use sim::vrm::scenarios::{self, Outcome};
use sim::vrm::setup::VrmSetup;
use sim::vrm::VrmModel;
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

fn progress(msg: &str) {
    eprintln!("[gridcore] {msg}");
}

/// `gridcore vrm --list`.
pub fn list() -> Result<ExitCode> {
    println!("| scenario | what it checks |\n|---|---|");
    for s in scenarios::all() {
        println!("| `{}` | {} |", s.name, s.about);
    }
    Ok(ExitCode::SUCCESS)
}

/// `gridcore vrm --scenario NAME|all`.
pub fn scenario(
    name: &str,
    setup: &VrmSetup,
    backend: Backend,
    out: &Path,
    seed: u64,
    json_out: bool,
) -> Result<ExitCode> {
    let chosen: Vec<_> = if name == "all" {
        scenarios::all()
    } else {
        vec![scenarios::find(name).map_err(anyhow::Error::msg)?]
    };
    // Validate the rail once before any work or any file is written.
    setup
        .rail(chosen[0].mismatch)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    if backend == Backend::Rtl {
        bail!(
            "--backend rtl: the regulator RTL is not built yet (issue 3 in progress); use --backend model"
        );
    }
    writable_dir(out)?;
    let build = setup.build;
    let mut make = || -> Result<Box<dyn Controller>, String> { Ok(Box::new(VrmModel::new(build))) };
    let mut reports = Vec::new();
    let mut summary =
        String::from("| scenario | check | value | limit | result |\n|---|---|---:|---|---|\n");
    let mut all_pass = true;
    for sc in &chosen {
        let started = std::time::Instant::now();
        let outcome = scenarios::run_scenario(setup, sc, seed, &mut make, &mut |n, f| {
            progress(&format!("vrm {n}: {:.0} %", f * 100.0))
        })
        .map_err(anyhow::Error::msg)?;
        let wall = started.elapsed().as_secs_f64();
        write_outputs(out, &outcome)?;
        let mut report = outcome.report.clone();
        report["wall_s"] = json!(wall);
        report["simulated_per_wall"] = json!(sc.duration / wall);
        report["backend"] = json!("model");
        report["seed"] = json!(seed);
        std::fs::write(
            out.join(format!("{}.json", sc.name)),
            serde_json::to_string_pretty(&report)?,
        )
        .with_context(|| format!("cannot write {}", out.display()))?;
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
    std::fs::write(out.join("summary.md"), &summary)
        .with_context(|| format!("cannot write {}", out.display()))?;
    if json_out {
        let value = if reports.len() == 1 {
            reports.remove(0)
        } else {
            json!({ "scenarios": reports, "pass": all_pass })
        };
        println!("{}", serde_json::to_string_pretty(&value)?);
    } else {
        println!("{summary}\nplots and data: {}", out.display());
    }
    Ok(if all_pass {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// CSV of the binned trace, the full-run SVG and, when the scenario has an event, a zoom.
fn write_outputs(out: &Path, o: &Outcome) -> Result<()> {
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
    let w = |file: String, text: &str| {
        std::fs::write(out.join(&file), text).with_context(|| format!("cannot write {file}"))
    };
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
