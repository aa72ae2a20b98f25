//! The tile's jobs: Verilog, co-simulation, vector runs, synthesis, benchmarks, the main flow.

use super::{
    bail_input, pretty, read_file, writable_dir, write_file, Backend, IoContext, JobError,
    JobResult, MessageError, Progress, Report,
};
use crate::tile::{build_tile_with, run_program, write_waveform, Lockstep, RtlTile};
use crate::tile_random::campaign;
use crate::verilator::{BuildOptions, Trace};
use serde_json::json;
use sim::tflite::VectorCase;
use sim::tile::program;
use sim::tile::{TileConfig, TileModel, TileProgram};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The built-in default program: a 2-layer MLP from the TFLite vectors (the largest that fits).
fn default_network(
    config: &TileConfig,
) -> JobResult<(VectorCase, TileProgram, program::NetworkPlacement)> {
    let candidates = [
        include_str!("../../vectors/tflite_fc_int8/mlp2_64_32_10.json"),
        include_str!("../../vectors/tflite_fc_int8/mlp2_17_5_3.json"),
    ];
    let mut last = String::new();
    for text in candidates {
        let case = VectorCase::parse(text).input()?;
        match program::build(&case, config) {
            Ok((p, placement)) => return Ok((case, p, placement)),
            Err(e) => last = e.to_string(),
        }
    }
    bail_input!("no built-in program fits {}: {last}", config.tag())
}

/// Writes the Verilog and configuration JSON; lints with Verilator. Returns the Verilog's path
/// and text.
fn write_verilog(config: &TileConfig, out: &Path) -> JobResult<(PathBuf, String)> {
    writable_dir(out)?;
    let stem = format!("gridcore_tile_{}", config.tag());
    let v_path = out.join(format!("{stem}.v"));
    let verilog = sram_tiles::verilog(config);
    write_file(&v_path, &verilog)?;
    let json_path = out.join(format!("{stem}.json"));
    write_file(&json_path, pretty(&config.to_json()))?;
    rtl::lint::verilator_lint(&v_path, sram_tiles::TILE_MODULE)
        .map_err(|e| JobError::Tool(format!("verilator lint of {}: {e}", v_path.display())))?;
    Ok((v_path, verilog))
}

/// `gridcore verilog --design tile`: lint-clean Verilog and the configuration as JSON.
pub fn verilog(config: TileConfig, out: &Path) -> JobResult<Report> {
    let (path, _) = write_verilog(&config, out)?;
    Ok(Report::ok(
        format!("{} (lint clean, waivers: rtl/src/lint.rs)", path.display()),
        json!({"verilog": path, "config": config.to_json()}),
    ))
}

/// `gridcore cosim --design tile`'s arguments.
#[allow(missing_docs)]
pub struct CosimArgs {
    pub config: TileConfig,
    pub verilog: Option<PathBuf>,
    pub top: String,
    pub libs: Vec<PathBuf>,
    pub program: Option<PathBuf>,
    pub random: Option<u32>,
    pub seed: u64,
    pub trace: Option<PathBuf>,
    pub window: Option<(u64, u64)>,
    pub json: bool,
}

/// `gridcore cosim --design tile`: Verilated RTL (or a netlist) against the cycle model, every
/// port every cycle, on a program file, the built-in network or random programs.
pub fn cosim(a: CosimArgs, progress: Progress) -> JobResult<Report> {
    if let Some(t) = &a.trace {
        Trace::for_path(t).input()?;
        if let Some(dir) = t.parent().filter(|d| !d.as_os_str().is_empty()) {
            writable_dir(dir)?;
        }
    }
    let verilog = match &a.verilog {
        Some(p) => read_file(p, "Verilog")?,
        None => sram_tiles::verilog(&a.config),
    };
    // A netlist with a cell library needs the cell models' defines and waivers.
    let extra_args = if a.libs.is_empty() {
        Vec::new()
    } else {
        fpga::NETLIST_VERILATOR_ARGS
            .iter()
            .map(|s| s.to_string())
            .collect()
    };
    let options = BuildOptions {
        trace: None,
        extra_files: a.libs.clone(),
        extra_args,
    };
    let model = build_tile_with(&verilog, &a.top, &options, progress)?;
    let started = Instant::now();
    if let Some(cases) = a.random {
        let last_print = std::cell::Cell::new(Instant::now());
        // The campaign reports through an `Fn`; progress is `FnMut`.
        let shared = std::cell::RefCell::new(&mut *progress);
        let report = campaign(
            a.config,
            cases,
            a.seed,
            || RtlTile::new(&model).expect("ports checked"),
            |done, cycles| {
                if last_print.get().elapsed().as_secs() >= 2 || done == cases as u64 {
                    (shared.borrow_mut())(&format!(
                        "random: {done}/{cases} programs, {cycles} cycles in lockstep"
                    ));
                    last_print.set(Instant::now());
                }
            },
        );
        return match report {
            Ok(r) => {
                let outcome = json!({"result": "agree", "programs": r.cases, "cycles": r.cycles,
                    "macs": r.macs, "stopped_done": r.outcomes[0],
                    "stopped_error": r.cases - r.outcomes[0], "seed": a.seed,
                    "seconds": started.elapsed().as_secs_f64()});
                let text = format!(
                    "model and RTL agree on {} random programs ({} cycles, seed {})",
                    r.cases, r.cycles, a.seed
                );
                Ok(Report::ok(text, outcome))
            }
            Err((scenario, m)) => {
                let path = std::env::temp_dir().join(format!("gridcore-minimal-{}.prog", a.seed));
                let _ = std::fs::write(&path, scenario.program.to_text());
                let minimal = format!(
                    "minimal failing program ({}), reset_after={:?}:\n{}",
                    path.display(),
                    scenario.reset_after,
                    scenario.program.to_text()
                );
                let history = replay_history(&a.config, &model, &scenario)?;
                let mut report = report_mismatch(&a, &verilog, &options, &m, history, progress);
                report.text = format!("{minimal}{}", report.text);
                Ok(report)
            }
        };
    }
    let program = match &a.program {
        Some(p) => {
            let text = read_file(p, "program")?;
            TileProgram::parse(&text).input_in(p.display())?
        }
        None => default_network(&a.config)?.1,
    };
    let mut check = TileModel::new(a.config);
    check.load(&program).input()?;
    let mut ls = Lockstep::new(a.config, RtlTile::new(&model)?);
    let result = ls.run_program(&program, 50_000_000);
    match result {
        Ok(()) => {
            if let Some(path) = &a.trace {
                let (from, to) = a.window.unwrap_or((0, ls.history.len() as u64));
                write_waveform(
                    &verilog,
                    &a.top,
                    &options,
                    &ls.history,
                    path,
                    from,
                    to,
                    progress,
                )?;
                progress(&format!(
                    "waveform of cycles {from}..{to}: {}",
                    path.display()
                ));
            }
            let o = ls.model.outputs();
            let c = o.counters;
            let outcome = json!({"result": "agree", "cycles_compared": ls.history.len(),
                "program_cycles": c.cycles, "done": o.done, "error": o.error,
                "err_code": o.err_code, "err_name": sim::tile::TileError::name(o.err_code),
                "macs": c.macs, "utilization": c.macs as f64 / (a.config.lanes() as f64 * c.cycles.max(1) as f64),
                "config": a.config.to_json(), "seconds": started.elapsed().as_secs_f64()});
            let text = format!(
                "model and RTL agree on all {} cycles ({} program cycles, {}, {} MACs)",
                ls.history.len(),
                c.cycles,
                if o.done {
                    "done".to_string()
                } else {
                    format!("error {}", sim::tile::TileError::name(o.err_code))
                },
                c.macs
            );
            Ok(Report::ok(text, outcome))
        }
        Err(m) => Ok(report_mismatch(
            &a,
            &verilog,
            &options,
            &m,
            ls.history.clone(),
            progress,
        )),
    }
}

fn replay_history(
    config: &TileConfig,
    model: &std::sync::Arc<crate::verilator::VerilatedModel>,
    scenario: &crate::tile_random::Scenario,
) -> JobResult<Vec<sim::tile::TileInputs>> {
    let mut ls = Lockstep::new(*config, RtlTile::new(model)?);
    let _ = crate::tile_random::run_scenario(&mut ls, scenario);
    Ok(ls.history)
}

fn report_mismatch(
    a: &CosimArgs,
    verilog: &str,
    options: &BuildOptions,
    m: &crate::tile::Mismatch,
    history: Vec<sim::tile::TileInputs>,
    progress: Progress,
) -> Report {
    let path = a
        .trace
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("gridcore-mismatch-{}.vcd", m.cycle)));
    let (from, to) = a
        .window
        .unwrap_or((m.cycle.saturating_sub(50), m.cycle + 10));
    let waveform = match write_waveform(
        verilog,
        &a.top,
        options,
        &history[..history.len().min(to as usize)],
        &path,
        from,
        to,
        progress,
    ) {
        Ok(()) => format!("waveform of cycles {from}..{to}: {}", path.display()),
        Err(e) => format!("(no waveform: {e})"),
    };
    let outcome = json!({"result": "mismatch", "cycle": m.cycle, "port": m.port,
        "model": m.model, "rtl": m.rtl, "waveform": path});
    Report::failed("", outcome, format!("{m}; {waveform}"))
}

/// `gridcore run --vectors PATH`: TFLite int8 vector files on the tile (model or Verilated RTL),
/// checked bit for bit, with cycles and utilization per layer. A file that differs fails the
/// report; the others still run.
pub fn run_vectors(
    path: &Path,
    backend: Backend,
    config: TileConfig,
    progress: Progress,
) -> JobResult<Report> {
    let files: Vec<PathBuf> = if path.is_dir() {
        let mut v: Vec<PathBuf> = std::fs::read_dir(path)
            .io_context(|| format!("cannot read {}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        v.sort();
        v
    } else if path.is_file() {
        vec![path.to_path_buf()]
    } else {
        bail_input!("{} is neither a vector file nor a folder", path.display());
    };
    if files.is_empty() {
        bail_input!("no .json vector files in {}", path.display());
    }
    let rtl_model = match backend {
        Backend::Rtl => Some(crate::tile::build_tile(
            &sram_tiles::verilog(&config),
            None,
            progress,
        )?),
        Backend::Model => None,
    };
    let mut failures = Vec::new();
    let mut reports = Vec::new();
    let mut text = String::new();
    for file in &files {
        let name = file.display().to_string();
        let outcome = (|| -> JobResult<serde_json::Value> {
            let vectors = read_file(file, "vector file")?;
            let case = VectorCase::parse(&vectors).input_in(&name)?;
            let (prog, placement) = program::build(&case, &config).input_in(&name)?;
            let (outputs, act) = match &rtl_model {
                None => {
                    let mut m = TileModel::new(config);
                    m.load(&prog).input_in(&name)?;
                    m.run_fast();
                    (m.outputs(), m.act.clone())
                }
                Some(model) => {
                    let mut rtl = RtlTile::new(model)?;
                    let r = run_program(&mut rtl, &config, &prog, 100_000_000).input_in(&name)?;
                    (r.stopped, r.act)
                }
            };
            if !outputs.done {
                bail_input!(
                    "{name}: tile stopped with error {}",
                    sim::tile::TileError::name(outputs.err_code)
                );
            }
            program::check_outputs(&case, &placement, &act).input_in(&name)?;
            let per_layer = program::layer_cycles(&config, &prog, &placement);
            let layers: Vec<_> = case
                .layers
                .iter()
                .zip(&per_layer)
                .map(|(l, &cyc)| {
                    let macs = (l.k * l.n * case.inputs.len()) as f64;
                    json!({"k": l.k, "n": l.n, "cycles": cyc,
                        "utilization": macs / (config.lanes() as f64 * cyc as f64)})
                })
                .collect();
            let c = outputs.counters;
            Ok(
                json!({"file": name, "vectors": case.inputs.len(), "cycles": c.cycles,
                "utilization": c.macs as f64 / (config.lanes() as f64 * c.cycles as f64),
                "layers": layers, "result": "match"}),
            )
        })();
        match outcome {
            Ok(r) => {
                let layers: Vec<String> = r["layers"]
                    .as_array()
                    .expect("layers")
                    .iter()
                    .map(|l| {
                        format!(
                            "{}x{}: {} cycles, {:.1}%",
                            l["k"],
                            l["n"],
                            l["cycles"],
                            l["utilization"].as_f64().unwrap_or(0.0) * 100.0
                        )
                    })
                    .collect();
                text += &format!(
                    "ok   {}  {} cycles  [{}]\n",
                    r["file"].as_str().unwrap_or(""),
                    r["cycles"],
                    layers.join("; ")
                );
                reports.push(r);
            }
            Err(e) => {
                text += &format!("FAIL {e}\n");
                failures.push(e.to_string());
                reports.push(json!({"file": name, "result": "fail", "error": e.to_string()}));
            }
        }
    }
    let json = json!({"backend": backend.name(), "config": config.to_json(), "files": reports});
    if failures.is_empty() {
        text += &format!(
            "{} vector files bit-exact on the {} backend ({})",
            files.len(),
            backend.name(),
            config.tag()
        );
        Ok(Report::ok(text, json))
    } else {
        let why = format!(
            "{} of {} vector files differ; first: {}",
            failures.len(),
            files.len(),
            failures[0]
        );
        Ok(Report::failed(text.trim_end(), json, why))
    }
}

/// `gridcore synth --design tile`: the board top through the board's flow at one seed.
pub fn synth(
    config: TileConfig,
    board: fpga::Board,
    seed: u32,
    out: &Path,
    progress: Progress,
) -> JobResult<fpga::SynthReport> {
    writable_dir(out)?;
    Ok(fpga::synth_tile(&config, board, seed, out, progress)?)
}

/// `gridcore synth --design tile --seeds LIST`.
pub fn synth_seeds(
    config: TileConfig,
    board: fpga::Board,
    seeds: &[u32],
    out: &Path,
    progress: Progress,
) -> JobResult<fpga::SeedSweep> {
    writable_dir(out)?;
    Ok(fpga::synth_tile_seeds(
        &config, board, seeds, out, progress,
    )?)
}

/// `gridcore bench tile`: Verilator, model step mode and fast mode side by side on the built-in
/// program.
pub fn bench(config: TileConfig, progress: Progress) -> JobResult<Report> {
    let (_, program, _) = default_network(&config)?;
    let model = crate::tile::build_tile(&sram_tiles::verilog(&config), None, progress)?;
    // The three backends take turns in short slices, so a change in the machine's speed (other
    // load, clock boost) reaches all of them alike: the ratios come from the totals, and the
    // spread of the per-round ratios says how steady the machine was.
    let rounds = 12;
    let slice = std::time::Duration::from_millis(60);
    let mut loaded = TileModel::new(config);
    loaded.load(&program).input()?;
    let mut program_cycles = 0;
    let (mut rtl, mut step, mut fast) = ([0u64, 0], [0u64, 0], [0u64, 0]); // cycles, ns
    let (mut step_ratios, mut fast_ratios) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        // Verilator: every clock of load, run and read-back counts.
        let (mut n, t) = (0u64, Instant::now());
        while t.elapsed() < slice {
            let mut dut = RtlTile::new(&model)?;
            let r = run_program(&mut dut, &config, &program, 10_000_000).input()?;
            n += r.clocks;
            program_cycles = r.stopped.counters.cycles;
        }
        let rtl_round = [n, t.elapsed().as_nanos() as u64];
        // Model, step mode: the same driver and clocks.
        let (mut n, t) = (0u64, Instant::now());
        while t.elapsed() < slice {
            let mut m = TileModel::new(config);
            n += run_program(&mut m, &config, &program, 10_000_000)
                .input()?
                .clocks;
        }
        let step_round = [n, t.elapsed().as_nanos() as u64];
        // Model, fast mode: memories loaded once, the program run again and again (it
        // rewrites the same outputs from the same inputs).
        let (mut n, t) = (0u64, Instant::now());
        while t.elapsed() < slice {
            n += loaded.run_fast();
        }
        let fast_round = [n, t.elapsed().as_nanos() as u64];
        let rate = |r: [u64; 2]| r[0] as f64 / r[1] as f64;
        step_ratios.push(rate(step_round) / rate(rtl_round));
        fast_ratios.push(rate(fast_round) / rate(rtl_round));
        for (total, round) in [
            (&mut rtl, rtl_round),
            (&mut step, step_round),
            (&mut fast, fast_round),
        ] {
            total[0] += round[0];
            total[1] += round[1];
        }
    }
    let rate = |r: [u64; 2]| r[0] as f64 * 1e9 / r[1] as f64;
    let (rtl_rate, step_rate, fast_rate) = (rate(rtl), rate(step), rate(fast));
    let spread = |v: &[f64]| {
        let (lo, hi) = v
            .iter()
            .fold((f64::MAX, f64::MIN), |(lo, hi), &x| (lo.min(x), hi.max(x)));
        [lo, hi]
    };
    let (step_spread, fast_spread) = (spread(&step_ratios), spread(&fast_ratios));
    let value = json!({"config": config.to_json(), "program_cycles": program_cycles,
        "verilator_cycles_per_s": rtl_rate, "model_step_cycles_per_s": step_rate,
        "model_fast_cycles_per_s": fast_rate, "step_over_verilator": step_rate / rtl_rate,
        "fast_over_verilator": fast_rate / rtl_rate,
        "rounds": rounds, "step_over_verilator_per_round": [step_spread[0], step_spread[1]],
        "fast_over_verilator_per_round": [fast_spread[0], fast_spread[1]],
        "note": "the backends take turns in 60 ms slices over the rounds; rates and ratios from the totals, per-round ratios as [min, max]. Verilator and step mode: every clock of load, run and read-back, same driver; fast mode: the program's cycles per second of run_fast"});
    let text = format!(
            "tile {} on the built-in program (same driver for Verilator and step mode):\n\
             | backend | cycles/s | vs Verilator |\n|---|---:|---:|\n\
             | Verilator | {:.3e} | 1.0x |\n| model step | {:.3e} | {:.1}x ({:.1}-{:.1}x) |\n| model fast | {:.3e} | {:.0}x ({:.0}-{:.0}x) |\n\
             (backends interleaved over {rounds} rounds; in parentheses the lowest and highest round)",
            config.tag(),
            rtl_rate,
            step_rate,
            step_rate / rtl_rate,
            step_spread[0],
            step_spread[1],
            fast_rate,
            fast_rate / rtl_rate,
            fast_spread[0],
            fast_spread[1],
        );
    Ok(Report::ok(text, value))
}

/// `gridcore flow`: Verilog, co-simulation of the built-in network (checked against LiteRT's
/// outputs) and, when `synthesize`, the board's bitstream; a summary.
pub fn flow(
    config: TileConfig,
    board: fpga::Board,
    out: &Path,
    synthesize: bool,
    progress: Progress,
) -> JobResult<Report> {
    let started = Instant::now();
    progress(&format!("1/3 Verilog for {}", config.tag()));
    let (v_path, verilog) = write_verilog(&config, out)?;
    progress("2/3 co-simulation: Verilator RTL vs cycle model on the built-in MLP");
    let (case, program, placement) = default_network(&config)?;
    let model = crate::tile::build_tile(&verilog, None, progress)?;
    let mut ls = Lockstep::new(config, RtlTile::new(&model)?);
    let run = ls.run_program(&program, 10_000_000);
    if let Err(m) = run {
        return Ok(Report::failed(
            "",
            json!({"result": "mismatch", "cycle": m.cycle, "port": m.port}),
            format!("co-simulation mismatch: {m}"),
        ));
    }
    if let Err(e) = program::check_outputs(&case, &placement, &ls.model.act) {
        return Ok(Report::failed(
            "",
            json!({"result": "wrong output"}),
            format!("built-in network: {e}"),
        ));
    }
    let c = ls.model.outputs().counters;
    let mut summary = vec![
        format!("config      {}", config.tag()),
        format!("verilog     {}", v_path.display()),
        format!(
            "cosim       {}: model and RTL agree on {} cycles; outputs match LiteRT bit for bit; {} program cycles, {:.1}% lane utilization",
            case.name,
            ls.history.len(),
            c.cycles,
            100.0 * c.macs as f64 / (config.lanes() as f64 * c.cycles as f64)
        ),
    ];
    let mut synth_json = serde_json::Value::Null;
    if synthesize {
        progress(&format!("3/3 synthesis for {}", board.name()));
        let report = synth(
            config,
            board,
            fpga::DEFAULT_SEED,
            &out.join(board.name()),
            progress,
        )?;
        summary.push(format!("synth       {}", report.summary()));
        synth_json = report.json.clone();
    }
    summary.push(format!(
        "time        {:.1} s",
        started.elapsed().as_secs_f64()
    ));
    let json = json!({"config": config.to_json(), "verilog": v_path, "network": case.name,
        "cycles_compared": ls.history.len(), "program_cycles": c.cycles, "macs": c.macs,
        "synth": synth_json, "seconds": started.elapsed().as_secs_f64()});
    Ok(Report::ok(summary.join("\n"), json))
}
