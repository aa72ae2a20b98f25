//! Command-line grammar, and dispatch to the jobs (`testbenches::jobs`): one call per command,
//! then the report printed.

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use sim::tile::TileConfig;
use std::path::PathBuf;
use std::process::ExitCode;
use testbenches::jobs::{self, Report};

/// gridcore: an open hardware generator for SRAM-centric AI inference.
#[derive(Parser, Debug)]
#[command(name = "gridcore", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// The main job: Verilog, co-simulation on the built-in program, synthesis for a board, and
    /// a summary (default configuration: the board's, e.g. lanes=16, max_batch=1,
    /// requant=serial on iCEBreaker).
    Flow {
        #[command(flatten)]
        config: ConfigArgs,
        /// Board to synthesize for.
        #[arg(long, default_value = "icebreaker")]
        board: String,
        /// Output folder.
        #[arg(long, default_value = "build/flow")]
        out: PathBuf,
        /// Skip synthesis (Verilog and co-simulation only).
        #[arg(long)]
        no_synth: bool,
    },
    /// Emit lint-clean Verilog and the configuration as JSON.
    Verilog {
        #[arg(long, value_enum, default_value = "tile")]
        design: Design,
        #[command(flatten)]
        config: ConfigArgs,
        /// Output folder.
        #[arg(long)]
        out: PathBuf,
    },
    /// Co-simulate the Verilated RTL against the cycle model, every cycle.
    Cosim {
        #[arg(long, value_enum, default_value = "tile")]
        design: Design,
        #[command(flatten)]
        config: ConfigArgs,
        /// Co-simulate this Verilog file (hand-edited or a netlist) instead of the generated one.
        #[arg(long)]
        verilog: Option<PathBuf>,
        /// Top module of --verilog.
        #[arg(long, default_value = sram_tiles::TILE_MODULE)]
        top: String,
        /// Extra Verilog files for --verilog (e.g. cell simulation models).
        #[arg(long = "lib")]
        libs: Vec<PathBuf>,
        /// --verilog is a Yosys netlist for this board (icebreaker, ulx3s, hx8k, orangecrab): add its family's cell
        /// models (Yosys' own; for ECP5 also gridcore's DP16KD and MULT18X18D models).
        #[arg(long, requires = "verilog")]
        cells: Option<String>,
        /// Program file (text format, docs/tile.md); default: the built-in MLP.
        #[arg(long, conflicts_with = "random")]
        program: Option<PathBuf>,
        /// Run N random programs (shrunk to a minimal failing one on a mismatch).
        #[arg(long)]
        random: Option<u32>,
        /// Seed for --random.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Write a waveform (.vcd or .fst) of --window (default: the whole run, or around a mismatch).
        #[arg(long)]
        trace: Option<PathBuf>,
        /// Cycle window A:B for --trace.
        #[arg(long)]
        window: Option<String>,
        /// Print a JSON report.
        #[arg(long)]
        json: bool,
    },
    /// Run a .tflite model on named inputs (outputs to an .npz), or TFLite int8 vector files
    /// against their expected outputs.
    Run {
        /// A vector file or a folder of them.
        #[arg(long, required_unless_present = "model", conflicts_with = "model")]
        vectors: Option<PathBuf>,
        /// A full-integer int8 .tflite model.
        #[arg(long, requires_all = ["inputs", "outputs"])]
        model: Option<PathBuf>,
        /// The model's inputs by tensor name (.npz), or its one input (.npy).
        #[arg(long)]
        inputs: Option<PathBuf>,
        /// Where to write every output tensor by name (.npz).
        #[arg(long)]
        outputs: Option<PathBuf>,
        /// Also run the inputs through this interpreter and compare every output element.
        #[arg(long, value_enum, requires = "model")]
        oracle: Option<Oracle>,
        #[arg(long, value_enum, default_value = "model")]
        backend: Backend,
        #[command(flatten)]
        config: ConfigArgs,
        /// Print a JSON report.
        #[arg(long)]
        json: bool,
    },
    /// Synthesize for a board: bitstream plus a JSON and Markdown report (default configuration:
    /// the board's).
    Synth {
        /// icebreaker, ulx3s, hx8k or orangecrab (fpga/src/board.rs).
        #[arg(long)]
        board: String,
        #[arg(long, value_enum, default_value = "tile")]
        design: Design,
        #[command(flatten)]
        config: ConfigArgs,
        /// nextpnr's placement seed (Fmax moves by a few MHz from seed to seed).
        #[arg(long, default_value_t = fpga::DEFAULT_SEED)]
        seed: u32,
        /// Place and route once per seed, e.g. `1-5` or `1,4,9` (one Yosys run; each seed in
        /// OUT/seed-N/, the spread in OUT/seeds.md and seeds.json).
        #[arg(long, conflicts_with = "seed")]
        seeds: Option<String>,
        /// Output folder.
        #[arg(long, default_value = "build/synth")]
        out: PathBuf,
    },
    /// Run a closed-loop regulator scenario (plant + ADCs + controller) and write metrics, data
    /// (CSV, JSON) and plots (SVG).
    Vrm {
        /// Scenario name, or `all` (see --list).
        #[arg(long, required_unless_present = "list")]
        scenario: Option<String>,
        /// List the scenarios.
        #[arg(long)]
        list: bool,
        #[arg(long, value_enum, default_value = "model")]
        backend: Backend,
        /// Set-up file (`key = value` lines: phases, period, ctrl_div, vin, l_nh, dcr_mohm, c_mf,
        /// esr_mohm, mismatch, or any register name such as VOUT_COMMAND or MFR_KP).
        #[arg(long = "config")]
        file: Option<PathBuf>,
        /// Override one setting, e.g. --set VOUT_DROOP=0.05 or --set phases=4.
        #[arg(long = "set", value_name = "KEY=VALUE")]
        sets: Vec<String>,
        /// Output folder.
        #[arg(long, default_value = "build/vrm")]
        out: PathBuf,
        /// Seed of the ADC noise.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Replace the scenario's load with a current trace (CSV `time_s,amps`, linear between
        /// points).
        #[arg(long)]
        load_trace: Option<PathBuf>,
        /// Print a JSON report.
        #[arg(long)]
        json: bool,
    },
    /// Side-by-side speed: Verilator, model step mode, model fast mode.
    Bench {
        #[arg(value_enum)]
        design: Design,
        #[command(flatten)]
        config: ConfigArgs,
        /// Print a JSON report.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Design {
    /// The SRAM compute tile.
    Tile,
    /// The multiphase regulator controller.
    Vrm,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Backend {
    /// The cycle model (fast mode).
    Model,
    /// The Verilated RTL.
    Rtl,
}

/// An interpreter to compare a model run with.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Oracle {
    /// LiteRT's builtin kernels without delegates (the project's .venv, scripts/setup).
    Litert,
}

/// `--config FILE` and `--set key=value`.
#[derive(Args, Debug, Clone, Default)]
pub struct ConfigArgs {
    /// Configuration file (`key = value` lines).
    #[arg(long = "config")]
    pub file: Option<PathBuf>,
    /// Override one parameter, e.g. --set lanes=16 (lanes, max_batch, sram, requant).
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub sets: Vec<String>,
}

impl ConfigArgs {
    /// The configuration, or `default` when neither a file nor a setting is given.
    pub fn tile(&self, default: TileConfig) -> Result<TileConfig> {
        let mut config = match &self.file {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read config {}", path.display()))?;
                TileConfig::parse_file_text(&text)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?
            }
            None => default,
        };
        for s in &self.sets {
            config
                .set(s)
                .map_err(|e| anyhow::anyhow!("--set {s}: {e}"))?;
        }
        Ok(config)
    }
}

impl ConfigArgs {
    /// The regulator set-up from `--config FILE` and `--set key=value` (docs/vrm.md; README).
    pub fn vrm(&self) -> Result<sim::vrm::setup::VrmSetup> {
        let mut setup = match &self.file {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read config {}", path.display()))?;
                sim::vrm::setup::VrmSetup::parse_file_text(&text)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?
            }
            None => Default::default(),
        };
        for s in &self.sets {
            setup
                .set(s)
                .map_err(|e| anyhow::anyhow!("--set {s}: {e}"))?;
        }
        setup.build.validate().map_err(|e| anyhow::anyhow!("{e}"))?;
        Ok(setup)
    }
}

/// Progress of long work, on stderr so stdout stays the result.
pub fn progress(msg: &str) {
    eprintln!("[gridcore] {msg}");
}

/// Prints a job's report (JSON or text) on stdout; a failed check is one line on stderr and
/// exit code 1.
fn emit(report: Report, json: bool) -> Result<ExitCode> {
    if json {
        println!("{}", serde_json::to_string_pretty(&report.json)?);
    } else if !report.text.is_empty() {
        println!("{}", report.text);
    }
    Ok(match report.failure {
        None => ExitCode::SUCCESS,
        Some(why) => {
            eprintln!("error: {why}");
            ExitCode::FAILURE
        }
    })
}

fn board(name: &str) -> Result<fpga::Board> {
    Ok(fpga::Board::from_name(name)?)
}

impl From<Backend> for jobs::Backend {
    fn from(b: Backend) -> Self {
        match b {
            Backend::Model => jobs::Backend::Model,
            Backend::Rtl => jobs::Backend::Rtl,
        }
    }
}

/// Runs the job a command names.
pub fn dispatch(cli: Cli) -> Result<ExitCode> {
    let p = &mut progress;
    match cli.command {
        Command::Flow {
            config,
            board: name,
            out,
            no_synth,
        } => {
            let b = board(&name)?;
            let report = jobs::tile::flow(config.tile(b.default_config())?, b, &out, !no_synth, p)?;
            emit(report, false)
        }
        Command::Verilog {
            design,
            config,
            out,
        } => {
            let report = match design {
                Design::Vrm => jobs::vrm::verilog(&config.vrm()?, &out)?,
                Design::Tile => jobs::tile::verilog(config.tile(TileConfig::default())?, &out)?,
            };
            emit(report, false)
        }
        Command::Cosim {
            design,
            config,
            verilog,
            top,
            mut libs,
            cells,
            program,
            random,
            seed,
            trace,
            window,
            json,
        } => {
            if let Some(name) = cells {
                libs.push(fpga::cell_library(board(&name)?)?);
            }
            if design == Design::Vrm {
                if verilog.is_some() || program.is_some() || window.is_some() {
                    bail!("--design vrm takes --random N, --seed S, --trace W.vcd|W.fst, --config/--set and --json");
                }
                let report = jobs::vrm::cosim(
                    &config.vrm()?,
                    random.unwrap_or(20),
                    seed,
                    trace.as_deref(),
                    p,
                )?;
                return emit(report, json);
            }
            let window = window.map(|w| parse_window(&w)).transpose()?;
            if window.is_some() && trace.is_none() {
                bail!("--window needs --trace FILE.vcd|FILE.fst");
            }
            let args = jobs::tile::CosimArgs {
                config: config.tile(TileConfig::default())?,
                verilog,
                top,
                libs,
                program,
                random,
                seed,
                trace,
                window,
                json,
            };
            emit(jobs::tile::cosim(args, p)?, json)
        }
        Command::Run {
            vectors,
            model,
            inputs,
            outputs,
            oracle,
            backend,
            config,
            json,
        } => {
            let default = TileConfig::new(16, 4, sim::tile::SramSize::Large).expect("supported");
            let config = config.tile(default)?;
            let report = match (model, inputs, outputs, vectors) {
                (Some(model), Some(inputs), Some(outputs), _) => jobs::model::run_model(
                    jobs::model::RunModelArgs {
                        model,
                        inputs,
                        outputs,
                        backend: backend.into(),
                        config,
                        oracle: oracle.is_some(),
                    },
                    p,
                )?,
                (_, _, _, Some(vectors)) => {
                    jobs::tile::run_vectors(&vectors, backend.into(), config, p)?
                }
                _ => unreachable!("clap requires --vectors or --model with --inputs and --outputs"),
            };
            emit(report, json)
        }
        Command::Synth {
            board: name,
            design,
            config,
            seed,
            seeds,
            out,
        } => {
            let seeds = seeds.map(|list| parse_seeds(&list)).transpose()?;
            let b = board(&name)?;
            if let Some(seeds) = seeds {
                let sweep = match design {
                    Design::Vrm => jobs::vrm::synth_seeds(&config.vrm()?, b, &seeds, &out, p)?,
                    Design::Tile => jobs::tile::synth_seeds(
                        config.tile(b.default_config())?,
                        b,
                        &seeds,
                        &out,
                        p,
                    )?,
                };
                println!(
                    "{}\nreport: {}",
                    fpga::sweep_markdown(&sweep.json).trim_end(),
                    out.join("seeds.md").display()
                );
            } else {
                let report = match design {
                    Design::Vrm => jobs::vrm::synth(&config.vrm()?, b, seed, &out, p)?,
                    Design::Tile => {
                        jobs::tile::synth(config.tile(b.default_config())?, b, seed, &out, p)?
                    }
                };
                println!(
                    "{}\nreport: {}",
                    report.summary(),
                    out.join("report.md").display()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Vrm {
            scenario,
            list,
            backend,
            file,
            sets,
            out,
            seed,
            load_trace,
            json,
        } => {
            if list {
                return emit(jobs::vrm::list(), json);
            }
            let setup = ConfigArgs { file, sets }.vrm()?;
            let name = scenario.expect("clap requires --scenario without --list");
            let trace = match &load_trace {
                Some(path) => {
                    let text = std::fs::read_to_string(path)
                        .with_context(|| format!("cannot read load trace {}", path.display()))?;
                    Some(
                        sim::vrm::scenarios::load_trace(&text)
                            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?,
                    )
                }
                None => None,
            };
            let report = jobs::vrm::scenario(&name, &setup, backend.into(), &out, seed, trace, p)?;
            emit(report, json)
        }
        Command::Bench {
            design,
            config,
            json,
        } => {
            let report = match design {
                Design::Vrm => jobs::vrm::bench(&config.vrm()?, p)?,
                Design::Tile => jobs::tile::bench(config.tile(TileConfig::default())?, p)?,
            };
            emit(report, json)
        }
    }
}

fn parse_window(w: &str) -> Result<(u64, u64)> {
    let (a, b) = w.split_once(':').context("--window must be A:B (cycles)")?;
    let a: u64 = a
        .trim()
        .parse()
        .context("--window start is not a cycle number")?;
    let b: u64 = b
        .trim()
        .parse()
        .context("--window end is not a cycle number")?;
    if b <= a {
        bail!("--window {w}: end must be after start");
    }
    Ok((a, b))
}

/// `--seeds`: comma-separated seeds or inclusive ranges `A-B`, at most 64 seeds, none twice.
pub fn parse_seeds(list: &str) -> Result<Vec<u32>> {
    let mut seeds = Vec::new();
    for item in list.split(',').map(str::trim) {
        let number = |t: &str| {
            t.trim().parse::<u32>().map_err(|_| {
                anyhow::anyhow!(
                    "--seeds {list:?}: {t:?} is not a seed (a number from 0 to {})",
                    u32::MAX
                )
            })
        };
        let (first, last) = match item.split_once('-') {
            Some((a, b)) => (number(a)?, number(b)?),
            None => (number(item)?, number(item)?),
        };
        if last < first {
            bail!("--seeds {list:?}: the range {item} ends before it starts");
        }
        if (last - first) as usize + seeds.len() >= 64 {
            bail!("--seeds {list:?}: more than 64 seeds");
        }
        for seed in first..=last {
            if seeds.contains(&seed) {
                bail!("--seeds {list:?}: seed {seed} is given twice");
            }
            seeds.push(seed);
        }
    }
    Ok(seeds)
}
