//! `gridcore run --model`: a `.tflite` model mapped onto the tile (`compiler`), run on the cycle
//! model or the Verilated RTL, its outputs written by tensor name, optionally compared with
//! LiteRT's on the same inputs.

use super::{bail_input, Backend, JobError, JobResult, Progress, Report};
use crate::tile::{run_program, RtlTile};
use compiler::npz::{self, Array, Data};
use compiler::{Compiled, Graph};
use serde_json::json;
use sim::tile::{TileConfig, TileModel, TileProgram};
use std::path::{Path, PathBuf};
use std::process::Command;

/// `gridcore run --model` arguments.
#[derive(Clone, Debug)]
pub struct RunModelArgs {
    /// The `.tflite` file.
    pub model: PathBuf,
    /// Inputs by tensor name (`.npz`), or the one input (`.npy`).
    pub inputs: PathBuf,
    /// Where to write the outputs (`.npz`).
    pub outputs: PathBuf,
    /// Which tile runs it.
    pub backend: Backend,
    /// Tile configuration.
    pub config: TileConfig,
    /// Compare every output element with LiteRT's.
    pub oracle: bool,
}

/// What one run of a program on a tile gives back.
pub struct TileRun {
    /// The tile's counters when it stopped.
    pub counters: sim::tile::Counters,
    /// The activation SRAM's contents.
    pub act: Vec<i8>,
}

/// Runs a program to its end on the chosen tile; an error stop is an error naming the code.
pub fn run_on_tile(
    program: &TileProgram,
    config: &TileConfig,
    backend: Backend,
    progress: Progress,
) -> JobResult<TileRun> {
    let (stopped, act) = match backend {
        Backend::Model => {
            let mut m = TileModel::new(*config);
            m.load(program)
                .map_err(|e| JobError::Input(e.to_string()))?;
            m.run_fast();
            (m.outputs(), m.act.clone())
        }
        Backend::Rtl => {
            let verilated = crate::tile::build_tile(&sram_tiles::verilog(config), None, progress)?;
            let mut rtl = RtlTile::new(&verilated)?;
            let r = run_program(&mut rtl, config, program, 1 << 34).map_err(JobError::Tool)?;
            (r.stopped, r.act)
        }
    };
    if !stopped.done {
        bail_input!(
            "the tile stopped with error {} at pc {}",
            sim::tile::TileError::name(stopped.err_code),
            stopped.pc
        );
    }
    Ok(TileRun {
        counters: stopped.counters,
        act,
    })
}

/// Reads inputs for a compiled model (an `.npy` stands for its one input).
pub fn read_inputs(compiled: &Compiled, path: &Path) -> JobResult<TileProgram> {
    let arrays = npz::read(path)?;
    let from_npy = path.extension().is_some_and(|e| e == "npy");
    compiled
        .program_with(&arrays, from_npy)
        .map_err(|e| JobError::Input(format!("{}: {e}", path.display())))
}

/// The first element where two sets of outputs differ, as one line; `None` if all agree.
pub fn first_difference(ours: &[Array], theirs: &[Array], who: &str) -> Option<String> {
    for a in ours {
        let Some(b) = theirs.iter().find(|b| b.name == a.name) else {
            return Some(format!("{who} has no output '{}'", a.name));
        };
        if a.shape != b.shape {
            return Some(format!(
                "output '{}': shape {:?} on the tile, {:?} from {who}",
                a.name, a.shape, b.shape
            ));
        }
        let (Data::I8(x), Data::I8(y)) = (&a.data, &b.data) else {
            return Some(format!(
                "output '{}': {} on the tile, {} from {who}",
                a.name,
                a.data.type_name(),
                b.data.type_name()
            ));
        };
        if let Some(i) = (0..x.len()).find(|&i| x[i] != y[i]) {
            return Some(format!(
                "output '{}' element {i}: tile {}, {who} {}",
                a.name, x[i], y[i]
            ));
        }
    }
    None
}

/// Runs `model` on LiteRT (the project's `.venv` Python, `scripts/litert_oracle.py`) and reads
/// its outputs.
pub fn litert_outputs(model: &Path, inputs: &Path, scratch: &Path) -> JobResult<Vec<Array>> {
    let python = fpga::find_tool("python").map_err(|_| {
        JobError::Tool(
            "--oracle litert needs the project's .venv with ai-edge-litert: run scripts/setup"
                .into(),
        )
    })?;
    let out = Command::new(&python)
        .arg("-c")
        .arg(include_str!("../../../scripts/litert_oracle.py"))
        .arg(model)
        .arg(inputs)
        .arg(scratch)
        .output()
        .map_err(|e| JobError::Tool(format!("cannot run {}: {e}", python.display())))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let line = err
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("no message");
        return Err(JobError::Tool(format!("LiteRT failed: {line}")));
    }
    let arrays = npz::read(scratch)?;
    let _ = std::fs::remove_file(scratch);
    Ok(arrays)
}

/// `gridcore run --model`.
pub fn run_model(a: RunModelArgs, progress: Progress) -> JobResult<Report> {
    let graph = Graph::read(&a.model)?;
    let compiled = compiler::compile(&graph, &a.config)
        .map_err(|e| JobError::Input(format!("{}: {e}", a.model.display())))?;
    let program = read_inputs(&compiled, &a.inputs)?;
    progress(&format!(
        "{}: {} tile layers, {} instructions, {} host writes; running on the {}",
        a.model.display(),
        compiled.layers.len(),
        program.instrs.len(),
        program.data.len(),
        a.backend.name()
    ));
    let run = run_on_tile(&program, &a.config, a.backend, progress)?;
    let outputs = compiled.read_outputs(&run.act);
    npz::write(&a.outputs, &outputs)?;
    let c = run.counters;
    let lanes = a.config.lanes() as f64;
    let layers: Vec<_> = compiled
        .layers
        .iter()
        .map(|l| {
            json!({"op": l.op, "name": l.name, "output": l.output, "k": l.k, "n": l.n,
                "vectors": l.vectors, "cycles": l.cycles, "macs": l.macs,
                "mac_utilization": l.macs as f64 / (lanes * l.cycles as f64),
                "vector_unit_cycles": 0,
                "weight_bytes_read": l.weight_bytes_read, "act_bytes_read": l.act_bytes_read,
                "act_bytes_written": l.act_bytes_written, "param_reads": l.param_reads})
        })
        .collect();
    let mut json = json!({
        "model": a.model.display().to_string(), "backend": a.backend.name(),
        "config": a.config.to_json(), "outputs_file": a.outputs.display().to_string(),
        "cycles": c.cycles, "macs": c.macs,
        "mac_utilization": c.macs as f64 / (lanes * c.cycles as f64),
        "counters": {"weight_reads": c.w_reads, "act_reads": c.a_reads, "act_writes": c.a_writes,
            "param_reads": c.p_reads, "instr_reads": c.i_reads, "busy": c.busy},
        "sram": {"weight_words": compiled.sram.weight_words, "param_entries": compiled.sram.param_entries,
            "act_bytes": compiled.sram.act_bytes, "instructions": compiled.sram.instrs},
        "layers": layers,
        "outputs": outputs.iter().map(|o| json!({"name": o.name, "shape": o.shape})).collect::<Vec<_>>(),
    });
    let mut text = String::from(
        "| op | layer | K×N × vectors | cycles | MAC util. | weight B read | act B read | act B written |\n|---:|---|---|---:|---:|---:|---:|---:|\n",
    );
    for l in &compiled.layers {
        text += &format!(
            "| {} | {} → {} | {}×{} × {} | {} | {:.1} % | {} | {} | {} |\n",
            l.op,
            l.name,
            l.output,
            l.k,
            l.n,
            l.vectors,
            l.cycles,
            100.0 * l.macs as f64 / (lanes * l.cycles as f64),
            l.weight_bytes_read,
            l.act_bytes_read,
            l.act_bytes_written
        );
    }
    text += &format!(
        "\n{} cycles, {} MACs ({:.1} % of {} lanes), on the {} ({}); outputs in {}",
        c.cycles,
        c.macs,
        100.0 * c.macs as f64 / (lanes * c.cycles as f64),
        a.config.lanes(),
        a.backend.name(),
        a.config.tag(),
        a.outputs.display()
    );
    if a.oracle {
        let scratch = a.outputs.with_extension("litert.npz");
        let theirs = litert_outputs(&a.model, &a.inputs, &scratch)?;
        json["oracle"] = json!("litert");
        if let Some(diff) = first_difference(&outputs, &theirs, "LiteRT") {
            json["oracle_result"] = json!(diff);
            return Ok(Report::failed(text, json, diff));
        }
        let elements: usize = outputs.iter().map(|o| o.data.len()).sum();
        json["oracle_result"] = json!("match");
        text += &format!("\nLiteRT agrees on all {elements} output elements");
    }
    Ok(Report::ok(text, json))
}
