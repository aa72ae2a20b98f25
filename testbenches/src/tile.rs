//! The tile on Verilator, and the lockstep harness that runs it beside the cycle model.
//!
//! Every clock, model and RTL get identical inputs; all 15 output ports are compared after the
//! edge. Architectural SRAM state is compared by reading the whole activation SRAM back through
//! the host port at the end of a run (also compared every cycle). The first mismatch names the
//! cycle, the port and both values; with a trace path, the run is replayed on a traced build and a
//! waveform window around the mismatch is written.

use crate::verilator::{BuildOptions, Instance, Trace, VerilatedModel, VerilatorError};
use sim::tile::{TileConfig, TileInputs, TileModel, TileOutputs, TileProgram};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Anything that behaves like the tile at its ports.
pub trait TileDut {
    /// One rising edge.
    fn step(&mut self, inputs: &TileInputs) -> TileOutputs;
}

impl TileDut for TileModel {
    fn step(&mut self, inputs: &TileInputs) -> TileOutputs {
        TileModel::step(self, inputs)
    }
}

/// Port indices of the Verilated tile.
#[derive(Clone, Debug)]
struct TilePorts {
    clock: usize,
    inputs: [usize; 7],
    outputs: [usize; 15],
}

/// The Verilated tile.
pub struct RtlTile {
    inst: Instance,
    ports: TilePorts,
    cycle: u64,
    trace_window: Option<(u64, u64)>,
}

/// Builds (or loads from cache) the Verilated tile for a Verilog text.
pub fn build_tile(
    verilog: &str,
    trace: Option<Trace>,
    log: &mut dyn FnMut(&str),
) -> Result<Arc<VerilatedModel>, VerilatorError> {
    build_tile_with(
        verilog,
        sram_tiles::TILE_MODULE,
        &BuildOptions {
            trace,
            ..Default::default()
        },
        log,
    )
}

/// As [`build_tile`], with a top module name and options (netlists with cell libraries).
pub fn build_tile_with(
    verilog: &str,
    top: &str,
    options: &BuildOptions,
    log: &mut dyn FnMut(&str),
) -> Result<Arc<VerilatedModel>, VerilatorError> {
    let model = VerilatedModel::build(verilog, top, options, log)?;
    // Check the port list once, so a foreign netlist fails with a clear message.
    for name in ["clock"]
        .iter()
        .chain(INPUTS.iter())
        .chain(TileOutputs::PORTS.iter())
    {
        model.port(name)?;
    }
    Ok(model)
}

const INPUTS: [&str; 7] = [
    "reset",
    "start",
    "host_we",
    "host_re",
    "host_sel",
    "host_addr",
    "host_wdata",
];

impl RtlTile {
    /// A new instance; the clock starts low.
    pub fn new(model: &Arc<VerilatedModel>) -> Result<RtlTile, VerilatorError> {
        let ports = TilePorts {
            clock: model.port("clock")?,
            inputs: INPUTS.map(|n| model.port(n).expect("checked in build_tile")),
            outputs: TileOutputs::PORTS.map(|n| model.port(n).expect("checked in build_tile")),
        };
        let mut inst = model.instance();
        inst.set(ports.clock, 0);
        inst.eval();
        Ok(RtlTile {
            inst,
            ports,
            cycle: 0,
            trace_window: None,
        })
    }

    /// Opens a waveform that records cycles `from..to` (needs a traced build).
    pub fn trace(&mut self, path: &Path, from: u64, to: u64) -> Result<(), VerilatorError> {
        self.inst.trace_open(path)?;
        self.trace_window = Some((from, to));
        Ok(())
    }

    /// Finishes the waveform.
    pub fn trace_close(&mut self) {
        self.inst.trace_close();
        self.trace_window = None;
    }

    fn dumping(&self) -> bool {
        self.trace_window
            .is_some_and(|(a, b)| self.cycle >= a && self.cycle < b)
    }
}

impl TileDut for RtlTile {
    fn step(&mut self, i: &TileInputs) -> TileOutputs {
        let p = &self.ports.inputs;
        let values = [
            i.reset as u64,
            i.start as u64,
            i.host_we as u64,
            i.host_re as u64,
            i.host_sel as u64,
            i.host_addr as u64,
            i.host_wdata as u64,
        ];
        for (port, value) in p.iter().zip(values) {
            self.inst.set(*port, value);
        }
        self.inst.set(self.ports.clock, 0);
        self.inst.eval();
        let dump = self.dumping();
        if dump {
            self.inst.trace_dump(self.cycle * 10);
        }
        self.inst.set(self.ports.clock, 1);
        self.inst.eval();
        if dump {
            self.inst.trace_dump(self.cycle * 10 + 5);
        }
        self.cycle += 1;
        let o: Vec<u64> = self
            .ports
            .outputs
            .iter()
            .map(|&q| self.inst.get(q))
            .collect();
        TileOutputs {
            host_rdata: o[0] as u8,
            host_rvalid: o[1] != 0,
            busy: o[2] != 0,
            done: o[3] != 0,
            error: o[4] != 0,
            err_code: o[5] as u8,
            pc: o[6] as u16,
            counters: sim::tile::Counters {
                cycles: o[7] as u32,
                busy: o[8] as u32,
                macs: o[9] as u32,
                w_reads: o[10] as u32,
                a_reads: o[11] as u32,
                a_writes: o[12] as u32,
                p_reads: o[13] as u32,
                i_reads: o[14] as u32,
            },
        }
    }
}

/// The first disagreement between model and RTL.
#[derive(Clone, Debug)]
pub struct Mismatch {
    /// Cycle (edge) number from the start of the run, 0-based.
    pub cycle: u64,
    /// Port name.
    pub port: &'static str,
    /// Model's value.
    pub model: u64,
    /// RTL's value.
    pub rtl: u64,
    /// Waveform written around the mismatch, if asked for.
    pub waveform: Option<PathBuf>,
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "mismatch at cycle {}: port {}: model {} (0x{:x}), rtl {} (0x{:x})",
            self.cycle, self.port, self.model, self.model, self.rtl, self.rtl
        )?;
        if let Some(w) = &self.waveform {
            write!(f, "; waveform: {}", w.display())?;
        }
        Ok(())
    }
}

/// Model and RTL stepped together, with the input history kept for replay.
pub struct Lockstep<R: TileDut> {
    /// The cycle model.
    pub model: TileModel,
    /// The design under test.
    pub rtl: R,
    /// Every input applied so far.
    pub history: Vec<TileInputs>,
}

impl<R: TileDut> Lockstep<R> {
    /// Pairs a model (in its reset state) with a DUT.
    pub fn new(config: TileConfig, rtl: R) -> Self {
        Lockstep {
            model: TileModel::new(config),
            rtl,
            history: Vec::new(),
        }
    }

    /// One clock on both; compares every output port.
    pub fn step(&mut self, inputs: TileInputs) -> Result<TileOutputs, Mismatch> {
        let cycle = self.history.len() as u64;
        self.history.push(inputs);
        let m = self.model.step(&inputs);
        let r = self.rtl.step(&inputs);
        if m != r {
            let (mv, rv) = (m.values(), r.values());
            let i = (0..mv.len())
                .find(|&i| mv[i] != rv[i])
                .expect("outputs differ");
            return Err(Mismatch {
                cycle,
                port: TileOutputs::PORTS[i],
                model: mv[i],
                rtl: rv[i],
                waveform: None,
            });
        }
        Ok(m)
    }

    /// Writes every host write of `program` (data then instructions), one per cycle.
    pub fn load(&mut self, program: &TileProgram) -> Result<(), Mismatch> {
        for w in program.host_writes() {
            self.step(TileInputs {
                host_we: true,
                host_sel: w.sel,
                host_addr: w.addr,
                host_wdata: w.data,
                ..Default::default()
            })?;
        }
        Ok(())
    }

    /// Pulses `start` and clocks until the tile stops (or `max_cycles`); returns the cycles run.
    pub fn run(&mut self, max_cycles: u64) -> Result<u64, Mismatch> {
        self.step(TileInputs {
            start: true,
            ..Default::default()
        })?;
        let mut n = 0;
        while self.model.outputs().busy && n < max_cycles {
            self.step(TileInputs::default())?;
            n += 1;
        }
        Ok(n)
    }

    /// Host accesses around one activation byte, both sides compared per cycle: a write then
    /// a read of it in the next cycle, a write and a read in the same cycle (the read answers
    /// with the new byte, docs/tile.md §4), then a read. The byte ends as `data ^ 1`.
    pub fn write_and_read(&mut self, addr: u16, data: u8) -> Result<(), Mismatch> {
        let access = |we: bool, re: bool, data: u8| TileInputs {
            host_we: we,
            host_re: re,
            host_sel: 1,
            host_addr: addr,
            host_wdata: data as u32,
            ..Default::default()
        };
        self.step(access(true, false, data))?;
        self.step(access(false, true, 0))?;
        self.step(access(true, true, data ^ 1))?;
        self.step(access(false, true, 0))?;
        self.step(TileInputs::default())?;
        self.step(TileInputs::default())?;
        Ok(())
    }

    /// A whole program in lockstep: reset, load, run until both stop (at most `max_cycles`),
    /// then every activation byte read back; every port compared every cycle.
    pub fn run_program(&mut self, program: &TileProgram, max_cycles: u64) -> Result<(), Mismatch> {
        self.step(TileInputs {
            reset: true,
            ..Default::default()
        })?;
        self.load(program)?;
        self.run(max_cycles)?;
        self.read_back_act()
    }

    /// Reads every activation byte back through the host port; both sides compared per cycle.
    pub fn read_back_act(&mut self) -> Result<(), Mismatch> {
        let bytes = self.model.config().act_bytes();
        for a in 0..=bytes {
            self.step(TileInputs {
                host_re: a < bytes,
                host_sel: 1,
                host_addr: a as u16,
                ..Default::default()
            })?;
        }
        Ok(())
    }
}

/// Replays `history` on a traced build of `verilog` (top `top`, built with `options` and
/// tracing: a netlist keeps its cell library) and writes cycles `from..to` to `path`.
#[allow(clippy::too_many_arguments)]
pub fn write_waveform(
    verilog: &str,
    top: &str,
    options: &BuildOptions,
    history: &[TileInputs],
    path: &Path,
    from: u64,
    to: u64,
    log: &mut dyn FnMut(&str),
) -> Result<(), VerilatorError> {
    let options = BuildOptions {
        trace: Some(Trace::for_path(path)?),
        ..options.clone()
    };
    let model = build_tile_with(verilog, top, &options, log)?;
    let mut rtl = RtlTile::new(&model)?;
    rtl.trace(path, from, to)?;
    for i in history.iter().take(to as usize) {
        rtl.step(i);
    }
    rtl.trace_close();
    Ok(())
}

/// The tile in rust-hdl's own simulator (small SRAM profile): slow, used only to check that it
/// agrees with the emitted Verilog on a shared stimulus (docs/toolchain.md §4: they can disagree).
pub struct HdlSimTile {
    uut: Box<sram_tiles::tile::Tile<9, 10, 8, 6>>,
}

impl HdlSimTile {
    /// A tile for `config` (must use `sram=small`).
    pub fn new(config: &TileConfig) -> HdlSimTile {
        use rust_hdl::prelude::Block;
        let mut uut = Box::new(sram_tiles::small_tile(config));
        uut.connect_all();
        HdlSimTile { uut }
    }

    fn settle(&mut self) {
        assert!(
            rust_hdl::prelude::simulate(self.uut.as_mut(), 1000),
            "rust-hdl sim did not converge"
        );
    }
}

impl TileDut for HdlSimTile {
    fn step(&mut self, i: &TileInputs) -> TileOutputs {
        use rust_hdl::prelude::{bits, Clock};
        let u = self.uut.as_mut();
        u.reset.next = i.reset;
        u.start.next = i.start;
        u.host_we.next = i.host_we;
        u.host_re.next = i.host_re;
        u.host_sel.next = bits(i.host_sel as u64);
        u.host_addr.next = bits(i.host_addr as u64);
        u.host_wdata.next = bits(i.host_wdata as u64);
        u.clock.next = Clock::from(false);
        self.settle();
        self.uut.clock.next = Clock::from(true);
        self.settle();
        let u = &self.uut;
        let n = |v: u64| v as u32;
        TileOutputs {
            host_rdata: u.host_rdata.val().to_u64() as u8,
            host_rvalid: u.host_rvalid.val(),
            busy: u.busy.val(),
            done: u.done.val(),
            error: u.error.val(),
            err_code: u.err_code.val().to_u64() as u8,
            pc: u.pc.val().to_u64() as u16,
            counters: sim::tile::Counters {
                cycles: n(u.cnt_cycles.val().to_u64()),
                busy: n(u.cnt_busy.val().to_u64()),
                macs: n(u.cnt_macs.val().to_u64()),
                w_reads: n(u.cnt_w_reads.val().to_u64()),
                a_reads: n(u.cnt_a_reads.val().to_u64()),
                a_writes: n(u.cnt_a_writes.val().to_u64()),
                p_reads: n(u.cnt_p_reads.val().to_u64()),
                i_reads: n(u.cnt_i_reads.val().to_u64()),
            },
        }
    }
}

/// What [`run_program`] returns.
#[derive(Clone, Debug)]
pub struct ProgramRun {
    /// Outputs when the tile stopped.
    pub stopped: TileOutputs,
    /// The activation SRAM read back through the host port.
    pub act: Vec<i8>,
    /// Every clock driven: reset, loading, the run and the read-back.
    pub clocks: u64,
}

/// Drives a program on any tile (no model): reset, load, start, run until stopped (at most
/// `max_cycles`), read the activation SRAM back.
pub fn run_program<D: TileDut>(
    dut: &mut D,
    config: &TileConfig,
    program: &TileProgram,
    max_cycles: u64,
) -> Result<ProgramRun, String> {
    dut.step(&TileInputs {
        reset: true,
        ..Default::default()
    });
    for w in program.host_writes() {
        let o = dut.step(&TileInputs {
            host_we: true,
            host_sel: w.sel,
            host_addr: w.addr,
            host_wdata: w.data,
            ..Default::default()
        });
        if o.error {
            return Err(format!(
                "host write rejected: sel {} addr {} ({})",
                w.sel,
                w.addr,
                config.tag()
            ));
        }
    }
    let mut out = dut.step(&TileInputs {
        start: true,
        ..Default::default()
    });
    let mut n = 0;
    while out.busy {
        if n == max_cycles {
            return Err(format!("program still running after {max_cycles} cycles"));
        }
        out = dut.step(&TileInputs::default());
        n += 1;
    }
    let stopped = out;
    let bytes = config.act_bytes();
    let mut act = vec![0i8; bytes];
    // One read per clock; the answer to the read presented in cycle c is on the outputs in cycle
    // c + 2, i.e. after the step that follows the accepting one (docs/tile.md §4).
    const READ_LATENCY: usize = 1;
    for step in 0..bytes + READ_LATENCY {
        let o = dut.step(&TileInputs {
            host_re: step < bytes,
            host_sel: 1,
            host_addr: step.min(bytes - 1) as u16,
            ..Default::default()
        });
        if let Some(a) = step.checked_sub(READ_LATENCY) {
            if !o.host_rvalid {
                return Err(format!("read of activation byte {a} not acknowledged"));
            }
            act[a] = o.host_rdata as i8;
        } else if o.host_rvalid {
            return Err(format!(
                "read answered after {step} edges (latency is {READ_LATENCY})"
            ));
        }
    }
    let clocks = 2 + program.host_writes().len() as u64 + n + (bytes + READ_LATENCY) as u64;
    Ok(ProgramRun {
        stopped,
        act,
        clocks,
    })
}
