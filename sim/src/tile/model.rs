//! The tile's cycle model (docs/tile.md), written from the spec.
//!
//! [`TileModel::step`] advances one rising clock edge with the same port-level behaviour as the
//! RTL; [`TileModel::run_fast`] runs a whole program without per-cycle stepping and leaves the model
//! in the same state (memories, counters, status, cycle count) as stepping would.
//!
//! The step mode does not copy the RTL's pipeline: it schedules each FC's memory accesses and
//! writes at the times §8 gives, and computes results directly.

use super::config::TileConfig;
use super::isa::{HostMem, Instr, Layer, TileError};
use super::requant::requantize;

/// Cycles from a group's last MAC issue slot end to its shadow copy (docs/tile.md §8).
pub const SHADOW_DELAY: usize = 3;

/// Input ports, sampled at a rising edge (docs/tile.md §3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct TileInputs {
    pub reset: bool,
    pub start: bool,
    pub host_we: bool,
    pub host_re: bool,
    pub host_sel: u8,
    pub host_addr: u16,
    pub host_wdata: u32,
}

/// Performance counters (docs/tile.md §3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct Counters {
    pub cycles: u32,
    pub busy: u32,
    pub macs: u32,
    pub w_reads: u32,
    pub a_reads: u32,
    pub a_writes: u32,
    pub p_reads: u32,
    pub i_reads: u32,
}

/// Output ports after a rising edge (docs/tile.md §3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct TileOutputs {
    pub host_rdata: u8,
    pub host_rvalid: bool,
    pub busy: bool,
    pub done: bool,
    pub error: bool,
    pub err_code: u8,
    pub pc: u16,
    pub counters: Counters,
}

impl TileOutputs {
    /// Output port names in a fixed order, matching [`TileOutputs::values`].
    pub const PORTS: [&'static str; 15] = [
        "host_rdata",
        "host_rvalid",
        "busy",
        "done",
        "error",
        "err_code",
        "pc",
        "cnt_cycles",
        "cnt_busy",
        "cnt_macs",
        "cnt_w_reads",
        "cnt_a_reads",
        "cnt_a_writes",
        "cnt_p_reads",
        "cnt_i_reads",
    ];

    /// Port values in the order of [`TileOutputs::PORTS`].
    pub fn values(&self) -> [u64; 15] {
        let c = &self.counters;
        [
            self.host_rdata as u64,
            self.host_rvalid as u64,
            self.busy as u64,
            self.done as u64,
            self.error as u64,
            self.err_code as u64,
            self.pc as u64,
            c.cycles as u64,
            c.busy as u64,
            c.macs as u64,
            c.w_reads as u64,
            c.a_reads as u64,
            c.a_writes as u64,
            c.p_reads as u64,
            c.i_reads as u64,
        ]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Idle,
    Fetch,
    Latch,
    Decode,
    Settle,
    Check,
    Exec,
    Done,
    Error,
}

/// The timing plan of one FC (docs/tile.md §8), derived from its operands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FcPlan {
    /// Layer registers in force.
    pub layer: Layer,
    /// Weight, input, output bases.
    pub w_base: usize,
    /// First input byte.
    pub x_base: usize,
    /// First output byte.
    pub y_base: usize,
    /// Groups `G`.
    pub groups: usize,
    /// Exec cycles `E`.
    pub exec_cycles: usize,
}

impl FcPlan {
    /// Outputs of group `g` (`n_g`).
    pub fn group_outputs(&self, lanes: usize, g: usize) -> usize {
        lanes.min(self.layer.n as usize - g * lanes)
    }
    /// Slot length `P_g = max(K·B, n_g·B·D)`.
    pub fn slot(&self, config: &TileConfig, g: usize) -> usize {
        let b = self.layer.b as usize;
        (self.layer.k as usize * b)
            .max(self.group_outputs(config.lanes(), g) * b * config.drain_interval())
    }
}

/// Validates an FC against the layer registers (docs/tile.md §7, in order) and plans it.
pub fn plan_fc(
    config: &TileConfig,
    layer: Layer,
    w_base: u16,
    x_base: u16,
    y_base: u16,
) -> Result<FcPlan, TileError> {
    let (k, n, b) = (layer.k as usize, layer.n as usize, layer.b as usize);
    let (w_base, x_base, y_base) = (w_base as usize, x_base as usize, y_base as usize);
    let lanes = config.lanes();
    if k == 0 || n == 0 || b == 0 {
        return Err(TileError::ZeroLen);
    }
    if b > config.max_batch() {
        return Err(TileError::Batch);
    }
    let groups = n.div_ceil(lanes);
    if w_base + groups * k > config.weight_words() {
        return Err(TileError::WRange);
    }
    if x_base + b * k > config.act_bytes() {
        return Err(TileError::XRange);
    }
    if y_base + b * n > config.act_bytes() {
        return Err(TileError::YRange);
    }
    if layer.p_base as usize + n > config.param_entries() {
        return Err(TileError::PRange);
    }
    if x_base < y_base + b * n && y_base < x_base + b * k {
        return Err(TileError::Overlap);
    }
    let mut plan = FcPlan {
        layer,
        w_base,
        x_base,
        y_base,
        groups,
        exec_cycles: 0,
    };
    let last_start: usize = (0..groups - 1).map(|g| plan.slot(config, g)).sum();
    let last_shadow = last_start + k * b + SHADOW_DELAY;
    plan.exec_cycles = last_shadow
        + (plan.group_outputs(lanes, groups - 1) * b - 1) * config.drain_interval()
        + config.requant_latency()
        + 2;
    Ok(plan)
}

/// An FC in flight in step mode.
#[derive(Clone, Debug)]
struct FcExec {
    plan: FcPlan,
    t: usize,
    group: usize,
    group_start: usize,
    acc: Vec<i32>,
    /// (requantizer entry cycle, activation address, value), in entry order.
    drain: std::collections::VecDeque<(usize, usize, i8)>,
}

/// The tile cycle model.
#[derive(Clone, Debug)]
pub struct TileModel {
    config: TileConfig,
    /// Weight SRAM, byte `word * L + lane`.
    weights: Vec<i8>,
    /// The same weights transposed to `[lane][word]` as i16, kept in step by every weight write,
    /// so fast mode's dot products run over contiguous memory (and vectorise to 16-bit MACs).
    weights_by_lane: Vec<i16>,
    /// Activation SRAM.
    pub act: Vec<i8>,
    /// Bias entries.
    pub bias: Vec<i32>,
    /// Multiplier entries.
    pub mult: Vec<i32>,
    /// Shift entries (int6).
    pub shift: Vec<i8>,
    /// Instruction memory.
    pub imem: Vec<u64>,
    state: State,
    pc: u16,
    layer: Layer,
    err_code: u8,
    counters: Counters,
    host_rdata: u8,
    host_rvalid: bool,
    /// A read accepted at the last edge, answered after the next one (§4: latency 2).
    read_in_flight: Option<u8>,
    /// An out-of-range host access happened at the previous edge: HOST_RANGE at this one (§4).
    host_error_pending: bool,
    exec: Option<FcExec>,
    checked: Option<Result<FcPlan, TileError>>,
    /// Settle cycles left, this one included (§2's `S`).
    settle_left: usize,
    /// Fast mode's buffers, kept so a run allocates nothing.
    fast_scratch: super::kernel::Scratch,
}

impl TileModel {
    /// A tile in its reset state with zeroed SRAMs.
    pub fn new(config: TileConfig) -> Self {
        TileModel {
            config,
            weights: vec![0; config.weight_words() * config.lanes()],
            weights_by_lane: vec![0; config.weight_words() * config.lanes()],
            act: vec![0; config.act_bytes()],
            bias: vec![0; config.param_entries()],
            mult: vec![0; config.param_entries()],
            shift: vec![0; config.param_entries()],
            imem: vec![0; config.instr_words()],
            state: State::Idle,
            pc: 0,
            layer: Layer::default(),
            err_code: 0,
            counters: Counters::default(),
            host_rdata: 0,
            host_rvalid: false,
            read_in_flight: None,
            host_error_pending: false,
            exec: None,
            checked: None,
            settle_left: 0,
            fast_scratch: Default::default(),
        }
    }

    /// Weight SRAM contents, byte `word * L + lane`.
    pub fn weights(&self) -> &[i8] {
        &self.weights
    }

    /// The configuration.
    pub fn config(&self) -> &TileConfig {
        &self.config
    }

    /// Current output ports.
    pub fn outputs(&self) -> TileOutputs {
        TileOutputs {
            host_rdata: self.host_rdata,
            host_rvalid: self.host_rvalid,
            busy: matches!(
                self.state,
                State::Fetch
                    | State::Latch
                    | State::Decode
                    | State::Settle
                    | State::Check
                    | State::Exec
            ),
            done: self.state == State::Done,
            error: self.state == State::Error,
            err_code: self.err_code,
            pc: self.pc,
            counters: self.counters,
        }
    }

    /// Synchronous reset (§8): every register cleared, SRAM kept.
    fn reset(&mut self) {
        self.state = State::Idle;
        self.pc = 0;
        self.layer = Layer::default();
        self.err_code = 0;
        self.counters = Counters::default();
        self.host_rdata = 0;
        self.host_rvalid = false;
        self.read_in_flight = None;
        self.host_error_pending = false;
        self.exec = None;
        self.checked = None;
    }

    fn stop(&mut self, error: TileError) {
        self.state = State::Error;
        self.err_code = error as u8;
        self.exec = None;
    }

    /// Whether a host access at (`sel`, `addr`) is in range; `read` restricts to activations.
    fn host_in_range(&self, sel: u8, addr: u16, read: bool) -> bool {
        let addr = addr as usize;
        let c = &self.config;
        match sel {
            1 => addr < c.act_bytes(),
            _ if read => false,
            0 => addr < c.weight_words() * c.lanes(),
            2..=4 => addr < c.param_entries(),
            5 => addr < 2 * c.instr_words(),
            _ => false,
        }
    }

    fn host_write(&mut self, sel: u8, addr: u16, data: u32) {
        let a = addr as usize;
        match sel {
            0 => {
                let (lanes, words) = (self.config.lanes(), self.config.weight_words());
                self.weights[a] = data as u8 as i8;
                self.weights_by_lane[(a % lanes) * words + a / lanes] = data as u8 as i8 as i16;
            }
            1 => self.act[a] = data as u8 as i8,
            2 => self.bias[a] = data as i32,
            3 => self.mult[a] = data as i32,
            4 => self.shift[a] = ((data as u8) << 2) as i8 >> 2,
            5 => {
                let (index, half) = (a / 2, a % 2);
                let keep = if half == 0 {
                    0xFFFF_FFFF_0000_0000
                } else {
                    0xFFFF_FFFF
                };
                self.imem[index] = (self.imem[index] & keep) | ((data as u64) << (32 * half));
            }
            _ => unreachable!("host_write after range check"),
        }
    }

    /// Advances one rising edge with `inputs` and returns the outputs after it.
    pub fn step(&mut self, inputs: &TileInputs) -> TileOutputs {
        if inputs.reset {
            self.reset();
            return self.outputs();
        }
        // The read accepted at the previous edge completes now, in any state (§4).
        let completed = self.read_in_flight.take();
        self.host_rvalid = completed.is_some();
        if let Some(v) = completed {
            self.host_rdata = v;
        }
        match self.state {
            State::Idle | State::Done | State::Error => self.step_stopped(inputs),
            State::Fetch => {
                self.counters.cycles = self.counters.cycles.wrapping_add(1);
                if self.pc as usize >= self.config.instr_words() {
                    self.stop(TileError::PcRange);
                } else {
                    self.counters.i_reads = self.counters.i_reads.wrapping_add(1);
                    self.state = State::Latch;
                }
            }
            State::Latch => {
                self.counters.cycles = self.counters.cycles.wrapping_add(1);
                self.state = State::Decode;
            }
            State::Decode => {
                self.counters.cycles = self.counters.cycles.wrapping_add(1);
                self.decode();
            }
            State::Settle => {
                self.counters.cycles = self.counters.cycles.wrapping_add(1);
                self.settle_left -= 1;
                if self.settle_left == 0 {
                    self.advance();
                }
            }
            State::Check => {
                self.counters.cycles = self.counters.cycles.wrapping_add(1);
                match self.checked.take().expect("Check follows an FC's Decode") {
                    Err(e) => self.stop(e),
                    Ok(plan) => {
                        let b = plan.layer.b as usize;
                        self.exec = Some(FcExec {
                            plan,
                            t: 0,
                            group: 0,
                            group_start: 0,
                            acc: vec![0; self.config.lanes() * b],
                            drain: Default::default(),
                        });
                        self.state = State::Exec;
                    }
                }
            }
            State::Exec => {
                self.counters.cycles = self.counters.cycles.wrapping_add(1);
                self.exec_cycle();
            }
        }
        self.outputs()
    }

    fn step_stopped(&mut self, inputs: &TileInputs) {
        let pending = std::mem::take(&mut self.host_error_pending);
        let mut bad = false;
        let mut read_value = None;
        // §4: the write first, so a read of the byte being written returns the new byte.
        if inputs.host_we {
            if self.host_in_range(inputs.host_sel, inputs.host_addr, false) {
                self.host_write(inputs.host_sel, inputs.host_addr, inputs.host_wdata);
            } else {
                bad = true;
            }
        }
        if inputs.host_re {
            if self.host_in_range(inputs.host_sel, inputs.host_addr, true) {
                read_value = Some(self.act[inputs.host_addr as usize] as u8);
            } else {
                bad = true;
            }
        }
        self.read_in_flight = read_value;
        // §4: an out-of-range access stops the tile at the next edge, and wins over a start there.
        self.host_error_pending = bad;
        if pending {
            self.stop(TileError::HostRange);
        } else if inputs.start && !inputs.host_we && !inputs.host_re {
            // §4: start is ignored in a cycle with a host access.
            self.state = State::Fetch;
            self.pc = 0;
            self.err_code = 0;
            self.counters = Counters::default();
        }
    }

    fn decode(&mut self) {
        match Instr::decode(self.imem[self.pc as usize]) {
            None => self.stop(TileError::IllegalOpcode),
            Some(Instr::Nop) => self.advance(),
            Some(Instr::SetLayer(layer)) => {
                // Settle follows (§8, `S` cycles): the tile derives the operand bounds.
                self.layer = layer;
                self.settle_left = self.config.settle_cycles();
                self.state = State::Settle;
            }
            Some(Instr::Halt) => self.state = State::Done,
            Some(Instr::Fc {
                w_base,
                x_base,
                y_base,
            }) => {
                // Validated now, acted on in the Check cycle (§8).
                self.checked = Some(plan_fc(&self.config, self.layer, w_base, x_base, y_base));
                self.state = State::Check;
            }
        }
    }

    fn advance(&mut self) {
        self.pc = self.pc.wrapping_add(1);
        self.state = State::Fetch;
    }

    fn exec_cycle(&mut self) {
        let lanes = self.config.lanes();
        let mut exec = self.exec.take().expect("Exec state holds an FC");
        let t = exec.t;
        let (k, b) = (exec.plan.layer.k as usize, exec.plan.layer.b as usize);
        // Move to the next group's slot when this one has ended (§8).
        if exec.group + 1 < exec.plan.groups
            && t >= exec.group_start + exec.plan.slot(&self.config, exec.group)
        {
            exec.group_start += exec.plan.slot(&self.config, exec.group);
            exec.group += 1;
            exec.acc.iter_mut().for_each(|a| *a = 0);
        }
        let g = exec.group;
        let n_g = exec.plan.group_outputs(lanes, g);
        let u = t - exec.group_start;
        if u < k * b {
            let (kk, bb) = (u / b, u % b);
            let x = self.act[exec.plan.x_base + bb * k + kk] as i32;
            let word = exec.plan.w_base + g * k + kk;
            for lane in 0..lanes {
                let w = self.weights[word * lanes + lane] as i32;
                exec.acc[lane * b + bb] = exec.acc[lane * b + bb].wrapping_add(x * w);
            }
            let c = &mut self.counters;
            c.a_reads = c.a_reads.wrapping_add(1);
            if bb == 0 {
                c.w_reads = c.w_reads.wrapping_add(1);
            }
            c.macs = c.macs.wrapping_add(n_g as u32);
            c.busy = c.busy.wrapping_add(1);
            if u == k * b - 1 {
                // The group's sums are final: schedule its drain (§8).
                let shadow = exec.group_start + k * b + SHADOW_DELAY;
                let layer = exec.plan.layer;
                for j in 0..n_g * b {
                    let (lane, vb) = (j / b, j % b);
                    let ch = layer.p_base as usize + g * lanes + lane;
                    let acc = exec.acc[lane * b + vb].wrapping_add(self.bias[ch]);
                    let y = requantize(
                        acc,
                        self.mult[ch],
                        self.shift[ch] as i32,
                        layer.zp_out,
                        layer.relu,
                    );
                    let addr = exec.plan.y_base + vb * layer.n as usize + g * lanes + lane;
                    exec.drain
                        .push_back((shadow + 1 + j * self.config.drain_interval(), addr, y));
                }
            }
        }
        // Requantizer entries and writes scheduled for this cycle.
        for &(entry, addr, y) in exec.drain.iter() {
            if entry == t {
                self.counters.p_reads = self.counters.p_reads.wrapping_add(1);
            }
            if entry + self.config.requant_latency() == t {
                debug_assert!(
                    addr >= exec.plan.y_base
                        && addr < exec.plan.y_base + b * exec.plan.layer.n as usize,
                    "engine write outside the output range (§9)"
                );
                self.act[addr] = y;
                self.counters.a_writes = self.counters.a_writes.wrapping_add(1);
            }
        }
        while exec
            .drain
            .front()
            .is_some_and(|&(entry, _, _)| entry + self.config.requant_latency() <= t)
        {
            exec.drain.pop_front();
        }
        exec.t += 1;
        if exec.t == exec.plan.exec_cycles {
            debug_assert!(exec.drain.is_empty());
            self.advance();
        } else {
            self.exec = Some(exec);
        }
    }

    /// Runs the loaded program from `pc = 0` to `HALT` or an error without per-cycle stepping, as
    /// if `start` had been pulsed in a stopped state and the model stepped until it stopped again.
    /// Returns the number of cycles the program ran (the `cnt_cycles` it leaves).
    pub fn run_fast(&mut self) -> u64 {
        if std::mem::take(&mut self.host_error_pending) {
            // The start would be ignored: the pending out-of-range access stops the tile (§4).
            self.stop(TileError::HostRange);
            return 0;
        }
        let lanes = self.config.lanes();
        self.state = State::Fetch;
        self.pc = 0;
        self.err_code = 0;
        self.host_rvalid = false;
        if let Some(v) = self.read_in_flight.take() {
            self.host_rdata = v;
        }
        self.counters = Counters::default();
        let mut cycles: u64 = 0;
        let mut c = Counters::default();
        let mut scratch = std::mem::take(&mut self.fast_scratch);
        let outcome = loop {
            cycles += 1;
            if self.pc as usize >= self.config.instr_words() {
                break Err(TileError::PcRange);
            }
            c.i_reads = c.i_reads.wrapping_add(1);
            cycles += 2; // Latch, Decode
            match Instr::decode(self.imem[self.pc as usize]) {
                None => break Err(TileError::IllegalOpcode),
                Some(Instr::Halt) => break Ok(()),
                Some(Instr::Nop) => {}
                Some(Instr::SetLayer(layer)) => {
                    self.layer = layer;
                    cycles += self.config.settle_cycles() as u64;
                }
                Some(Instr::Fc {
                    w_base,
                    x_base,
                    y_base,
                }) => {
                    cycles += 1; // Check
                    let plan = match plan_fc(&self.config, self.layer, w_base, x_base, y_base) {
                        Ok(p) => p,
                        Err(e) => break Err(e),
                    };
                    let l = plan.layer;
                    let (k, n, b) = (l.k as usize, l.n as usize, l.b as usize);
                    let ops = super::kernel::FcOperands {
                        weights_by_lane: &self.weights_by_lane,
                        lanes,
                        words_per_lane: self.config.weight_words(),
                        w_base: plan.w_base,
                        k,
                        n,
                        bias: &self.bias[l.p_base as usize..l.p_base as usize + n],
                        mult: &self.mult[l.p_base as usize..l.p_base as usize + n],
                        shift: &self.shift[l.p_base as usize..l.p_base as usize + n],
                        zp_out: l.zp_out,
                        relu: l.relu,
                    };
                    // §7 forbids input/output overlap, so the outputs go straight to the
                    // activation SRAM once the inputs are taken.
                    scratch.load_inputs(&self.act[plan.x_base..plan.x_base + b * k]);
                    super::kernel::fc(
                        &ops,
                        &mut scratch,
                        &mut self.act[plan.y_base..plan.y_base + b * n],
                    );
                    let g = plan.groups as u32;
                    let (k, n, b) = (k as u32, n as u32, b as u32);
                    c.a_reads = c.a_reads.wrapping_add(b * k * g);
                    c.w_reads = c.w_reads.wrapping_add(k * g);
                    c.busy = c.busy.wrapping_add(b * k * g);
                    c.macs = c.macs.wrapping_add(b * k * n);
                    c.p_reads = c.p_reads.wrapping_add(b * n);
                    c.a_writes = c.a_writes.wrapping_add(b * n);
                    cycles += plan.exec_cycles as u64;
                }
            }
            self.pc = self.pc.wrapping_add(1);
        };
        c.cycles = cycles as u32;
        self.counters = c;
        self.fast_scratch = scratch;
        match outcome {
            Ok(()) => self.state = State::Done,
            Err(e) => self.stop(e),
        }
        cycles
    }

    /// [`Self::load`]'s work, its error a message.
    fn load_text(&mut self, program: &super::isa::TileProgram) -> Result<(), String> {
        for w in program.host_writes() {
            if !self.host_in_range(w.sel, w.addr, false) {
                return Err(format!(
                    "host write to {:?} address {} is out of range for {}",
                    HostMemName(w.sel),
                    w.addr,
                    self.config.tag()
                ));
            }
            self.host_write(w.sel, w.addr, w.data);
        }
        Ok(())
    }

    /// Loads memories and instructions through the host interface semantics (no cycles spent).
    /// Fails on the first out-of-range write, naming it.
    ///
    /// # Errors
    /// [`crate::SimError::DoesNotFit`], naming what and where.
    pub fn load(&mut self, program: &super::isa::TileProgram) -> Result<(), crate::SimError> {
        self.load_text(program).map_err(crate::SimError::DoesNotFit)
    }
}

struct HostMemName(u8);
impl std::fmt::Debug for HostMemName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = match self.0 {
            x if x == HostMem::Weight as u8 => "weight",
            x if x == HostMem::Act as u8 => "act",
            x if x == HostMem::Bias as u8 => "bias",
            x if x == HostMem::Mult as u8 => "mult",
            x if x == HostMem::Shift as u8 => "shift",
            x if x == HostMem::Instr as u8 => "instr",
            _ => "invalid",
        };
        f.write_str(name)
    }
}
