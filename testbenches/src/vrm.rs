//! The regulator controller on Verilator, and the lockstep harness that runs it beside the
//! cycle model: identical inputs every clock, every output port (gates, register read data,
//! status, exposed state) compared after every edge; the first mismatch names the cycle, the port
//! and both values.

use crate::verilator::{BuildOptions, Instance, Trace, VerilatedModel, VerilatorError};
use sim::vrm::closed_loop::Controller;
use sim::vrm::{VrmBuild, VrmInputs, VrmModel, VrmOutputs, MAX_PHASES};
use std::sync::Arc;

/// Verilates (or loads from the cache) the controller for `build`.
pub fn build_vrm(
    build: &VrmBuild,
    log: &mut dyn FnMut(&str),
) -> Result<Arc<VerilatedModel>, VerilatorError> {
    build_vrm_traced(build, None, log)
}

/// As [`build_vrm`], with waveform support (`Trace::Vcd` or `Trace::Fst`).
pub fn build_vrm_traced(
    build: &VrmBuild,
    trace: Option<Trace>,
    log: &mut dyn FnMut(&str),
) -> Result<Arc<VerilatedModel>, VerilatorError> {
    build.validate().map_err(|e| VerilatorError::Design(e.0))?;
    let verilog = vrm_ctrl::ctrl::verilog(build.phases, build.period, build.ctrl_div);
    let options = BuildOptions {
        trace,
        ..Default::default()
    };
    VerilatedModel::build(&verilog, vrm_ctrl::ctrl::VRM_MODULE, &options, log)
}

/// Verilates a given controller Verilog (a synthesized netlist with its cell library in
/// `options`, or a hand-edited file) whose top module `top` has the controller's ports.
pub fn build_vrm_with(
    verilog: &str,
    top: &str,
    options: &BuildOptions,
    log: &mut dyn FnMut(&str),
) -> Result<Arc<VerilatedModel>, VerilatorError> {
    VerilatedModel::build(verilog, top, options, log)
}

const SCALARS: [&str; 11] = [
    "reset",
    "en",
    "ov_in",
    "vout_code",
    "vin_code",
    "temp_code",
    "reg_we",
    "reg_re",
    "reg_addr",
    "reg_wdata",
    "reg_err",
];

/// The Verilated controller.
pub struct RtlVrm {
    inst: Instance,
    inputs: [usize; SCALARS.len()],
    clock: usize,
    iph: [usize; MAX_PHASES],
    outputs: [usize; 11],
    cycle: u64,
    trace_window: Option<(u64, u64)>,
}

impl RtlVrm {
    /// A fresh instance (power-on state; drive `reset` first).
    pub fn new(model: &Arc<VerilatedModel>) -> Result<Self, VerilatorError> {
        let mut inputs = [0; SCALARS.len()];
        for (slot, name) in inputs.iter_mut().zip(SCALARS) {
            *slot = model.port(name)?;
        }
        let mut iph = [0; MAX_PHASES];
        for (i, slot) in iph.iter_mut().enumerate() {
            // rust-hdl names vector ports `iph$i`; Verilator spells `$` as `__024`.
            *slot = model.port(&format!("iph__024{i}"))?;
        }
        let mut outputs = [0; 11];
        for (slot, name) in outputs.iter_mut().zip(VrmOutputs::NAMES) {
            *slot = model.port(name)?;
        }
        let clock = model.port("clock")?;
        let mut inst = model.instance();
        inst.set(clock, 0);
        inst.eval();
        Ok(RtlVrm {
            inst,
            inputs,
            clock,
            iph,
            outputs,
            cycle: 0,
            trace_window: None,
        })
    }

    /// Records cycles `from..to` into a waveform at `path` (needs a traced build).
    pub fn trace(
        &mut self,
        path: &std::path::Path,
        from: u64,
        to: u64,
    ) -> Result<(), VerilatorError> {
        self.inst.trace_open(path)?;
        self.trace_window = Some((from, to));
        Ok(())
    }

    /// Finishes the waveform.
    pub fn trace_close(&mut self) {
        self.inst.trace_close();
        self.trace_window = None;
    }
}

impl Controller for RtlVrm {
    fn step(&mut self, i: &VrmInputs) -> VrmOutputs {
        let values = [
            i.reset as u64,
            i.en as u64,
            i.ov_in as u64,
            i.vout_code as u64,
            i.vin_code as u64,
            (i.temp_code as u16 & 0xFFF) as u64,
            i.reg_we as u64,
            i.reg_re as u64,
            i.reg_addr as u64,
            i.reg_wdata as u64,
            (i.reg_err & 3) as u64,
        ];
        for (port, v) in self.inputs.iter().zip(values) {
            self.inst.set(*port, v);
        }
        for (port, c) in self.iph.iter().zip(i.iph_code) {
            self.inst.set(*port, (c as u16 & 0xFFF) as u64);
        }
        let dump = self
            .trace_window
            .is_some_and(|(a, b)| self.cycle >= a && self.cycle < b);
        self.inst.set(self.clock, 0);
        self.inst.eval();
        if dump {
            self.inst.trace_dump(self.cycle * 10);
        }
        self.inst.set(self.clock, 1);
        self.inst.eval();
        if dump {
            self.inst.trace_dump(self.cycle * 10 + 5);
        }
        self.cycle += 1;
        let o: Vec<u64> = self.outputs.iter().map(|&p| self.inst.get(p)).collect();
        VrmOutputs {
            hs: o[0] as u16,
            ls: o[1] as u16,
            reg_rdata: o[2] as u16,
            pgood: o[3] != 0,
            alert: o[4] != 0,
            duty: o[5] as u16,
            vref: o[6] as u16,
            v_set: o[7] as u16,
            i_filt: o[8] as u16 as i16,
            n_active: o[9] as u8,
            mode: o[10] as u8,
        }
    }
}

/// The first difference between model and RTL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VrmMismatch {
    /// Clock cycle (edges since the lockstep started).
    pub cycle: u64,
    /// Port name.
    pub port: &'static str,
    /// Model value.
    pub model: u64,
    /// RTL value.
    pub rtl: u64,
}

impl std::fmt::Display for VrmMismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "cycle {}: port {} model {:#x} rtl {:#x}",
            self.cycle, self.port, self.model, self.rtl
        )
    }
}

/// Model and RTL side by side: a [`Controller`] whose outputs are the model's, checked against
/// the RTL's every clock. The first mismatch is kept (and later ones ignored).
pub struct VrmLockstep {
    /// The cycle model.
    pub model: VrmModel,
    /// The Verilated RTL.
    pub rtl: RtlVrm,
    /// Edges run.
    pub cycles: u64,
    /// The first mismatch, if any.
    pub mismatch: Option<VrmMismatch>,
}

impl VrmLockstep {
    /// A lockstep pair for `build`.
    pub fn new(build: VrmBuild, model: &Arc<VerilatedModel>) -> Result<Self, VerilatorError> {
        Ok(VrmLockstep {
            model: VrmModel::new(build),
            rtl: RtlVrm::new(model)?,
            cycles: 0,
            mismatch: None,
        })
    }
}

impl Controller for VrmLockstep {
    fn step(&mut self, inputs: &VrmInputs) -> VrmOutputs {
        let m = self.model.step(inputs);
        let r = self.rtl.step(inputs);
        if self.mismatch.is_none() {
            let (mv, rv) = (m.values(), r.values());
            if let Some(k) = (0..mv.len()).find(|&k| mv[k] != rv[k]) {
                self.mismatch = Some(VrmMismatch {
                    cycle: self.cycles,
                    port: VrmOutputs::NAMES[k],
                    model: mv[k],
                    rtl: rv[k],
                });
            }
        }
        self.cycles += 1;
        m
    }
}
