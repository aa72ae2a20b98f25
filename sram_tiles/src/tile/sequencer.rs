//! The tile's sequencer (docs/tile.md §8): the state machine, the program counter, the
//! instruction register and the error code.
//!
//! # Contract
//! - Stopped (Idle, Done, Error), `start` in a cycle without a host access (`host_access` low)
//!   starts the program at pc 0 and asks the counters to clear (`clear`); `host_bad` (an
//!   out-of-range host access at the previous edge) stops it in Error with HOST_RANGE instead.
//! - Fetch (pc in range, else PC_RANGE) → Latch (`ir` takes `instr`, the instruction SRAM's
//!   output) → Decode. NOP advances; SETL goes to Settle for `S` cycles (§2), in which the layer
//!   block loads the layer registers from `ir`; FC goes to Check, where `chk_pass` (every §7
//!   check passed) starts Exec and its failure stops in Error with `chk_err`; Exec ends with the
//!   layer's last activation write (`fc_done`); HALT stops in Done.
//! - `decode`, `check`, `settle` and the `*_decode` strobes are combinational decodes of the
//!   state (and the opcode in `ir`) for the other blocks.
//! - `run` is a register kept with every transition in or out of the stopped states, so the
//!   host gating and `busy` leave a flip-flop. Reset: Idle, pc 0, no error.

use super::err;
use rust_hdl::prelude::*;
use spec::tile::{opcode, TileConfig, TileError};

/// Sequencer states (docs/tile.md §8).
#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum TileState {
    /// After reset.
    Idle,
    /// Instruction read.
    Fetch,
    /// The instruction SRAM's output is registered (`ir`).
    Latch,
    /// Decode and FC validation.
    Decode,
    /// The cycle after a SETL: operand bounds are derived from the new layer registers.
    Settle,
    /// The cycle after an FC's Decode: the registered validation result is acted on.
    Check,
    /// FC execution.
    Exec,
    /// Stopped at HALT.
    Done,
    /// Stopped on an error.
    Error,
}

/// The sequencer. See the module docs.
#[derive(LogicBlock)]
pub struct Sequencer {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Start the program (while stopped).
    pub start: Signal<In, Bit>,
    /// The host accesses a memory this cycle (start is ignored then).
    pub host_access: Signal<In, Bit>,
    /// The host's access at the previous edge was out of range.
    pub host_bad: Signal<In, Bit>,
    /// The instruction SRAM's output (the word at `pc`, the cycle after Fetch).
    pub instr: Signal<In, Bits<64>>,
    /// In Check: every check of §7 passed.
    pub chk_pass: Signal<In, Bit>,
    /// In Check: the first failing check's error code.
    pub chk_err: Signal<In, Bits<4>>,
    /// The FC's last activation write is performed at this edge.
    pub fc_done: Signal<In, Bit>,
    /// The instruction register.
    pub ir: Signal<Out, Bits<64>>,
    /// In Decode.
    pub decode: Signal<Out, Bit>,
    /// In Decode with a SETL.
    pub setl_decode: Signal<Out, Bit>,
    /// In Decode with an FC.
    pub fc_decode: Signal<Out, Bit>,
    /// In Settle.
    pub settle: Signal<Out, Bit>,
    /// In Check.
    pub check: Signal<Out, Bit>,
    /// Running (not Idle, Done or Error).
    pub run: Signal<Out, Bit>,
    /// Stopped at HALT.
    pub done: Signal<Out, Bit>,
    /// Stopped on an error.
    pub error: Signal<Out, Bit>,
    /// Error code.
    pub err_code: Signal<Out, Bits<4>>,
    /// Program counter.
    pub pc: Signal<Out, Bits<16>>,
    /// Count this cycle as a running cycle.
    pub cycle_en: Signal<Out, Bit>,
    /// Count an instruction fetch.
    pub fetch_en: Signal<Out, Bit>,
    /// Clear the counters (the program starts).
    pub clear: Signal<Out, Bit>,

    op_nop: Constant<Bits<4>>,
    op_setl: Constant<Bits<4>>,
    op_fc: Constant<Bits<4>>,
    op_halt: Constant<Bits<4>>,
    err_none: Constant<Bits<4>>,
    err_illegal_opcode: Constant<Bits<4>>,
    err_pc_range: Constant<Bits<4>>,
    err_host_range: Constant<Bits<4>>,
    settle_m1: Constant<Bits<4>>,
    instr_log2: Constant<Bits<16>>,

    state: DFF<TileState>,
    pc_q: DFF<Bits<16>>,
    /// `pc >= ID`, kept beside `pc` so that Fetch tests a register: the range test (and the
    /// instruction-read counter it gates) then starts from a flip-flop, not from pc's bits.
    pc_over: DFF<Bit>,
    pc_inc: Signal<Local, Bits<16>>,
    pc_inc_over: Signal<Local, Bit>,
    err_q: DFF<Bits<4>>,
    ir_q: DFF<Bits<64>>,
    opcode: Signal<Local, Bits<4>>,
    run_q: DFF<Bit>,
    // Settle: cycles left after this one.
    st_left: DFF<Bits<4>>,
    st_last: Signal<Local, Bit>,
}

impl Sequencer {
    /// The sequencer of a tile of `config`.
    pub fn new(config: &TileConfig) -> Self {
        let ia = config.sram().address_bits().3;
        let settle = config.requant().timing().settle_cycles;
        Sequencer {
            clock: Default::default(),
            reset: Default::default(),
            start: Default::default(),
            host_access: Default::default(),
            host_bad: Default::default(),
            instr: Default::default(),
            chk_pass: Default::default(),
            chk_err: Default::default(),
            fc_done: Default::default(),
            ir: Default::default(),
            decode: Default::default(),
            setl_decode: Default::default(),
            fc_decode: Default::default(),
            settle: Default::default(),
            check: Default::default(),
            run: Default::default(),
            done: Default::default(),
            error: Default::default(),
            err_code: Default::default(),
            pc: Default::default(),
            cycle_en: Default::default(),
            fetch_en: Default::default(),
            clear: Default::default(),
            op_nop: Constant::new(opcode::NOP.into()),
            op_setl: Constant::new(opcode::SETL.into()),
            op_fc: Constant::new(opcode::FC.into()),
            op_halt: Constant::new(opcode::HALT.into()),
            err_none: Constant::new(0.into()),
            err_illegal_opcode: err(TileError::IllegalOpcode),
            err_pc_range: err(TileError::PcRange),
            err_host_range: err(TileError::HostRange),
            settle_m1: Constant::new((settle as u64 - 1).into()),
            instr_log2: Constant::new((ia as u64).into()),
            state: Default::default(),
            pc_q: Default::default(),
            pc_over: Default::default(),
            pc_inc: Default::default(),
            pc_inc_over: Default::default(),
            err_q: Default::default(),
            ir_q: Default::default(),
            opcode: Default::default(),
            run_q: Default::default(),
            st_left: Default::default(),
            st_last: Default::default(),
        }
    }
}

impl Logic for Sequencer {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, pc_q, pc_over, err_q, ir_q, run_q, st_left);
        self.ir.next = self.ir_q.q.val();
        self.opcode.next = self.ir_q.q.val().get_bits::<4>(60);
        self.run.next = self.run_q.q.val();
        self.done.next = self.state.q.val() == TileState::Done;
        self.error.next = self.state.q.val() == TileState::Error;
        self.err_code.next = self.err_q.q.val();
        self.pc.next = self.pc_q.q.val();
        self.decode.next = self.state.q.val() == TileState::Decode;
        self.setl_decode.next = self.decode.val() & (self.opcode.val() == self.op_setl.val());
        self.fc_decode.next = self.decode.val() & (self.opcode.val() == self.op_fc.val());
        self.settle.next = self.state.q.val() == TileState::Settle;
        self.check.next = self.state.q.val() == TileState::Check;
        self.cycle_en.next = false;
        self.fetch_en.next = false;
        self.clear.next = false;

        // pc + 1 >= ID as a zero test of the bits above the (power-of-two) depth, registered
        // into pc_over wherever pc advances.
        self.pc_inc.next = self.pc_q.q.val() + 1;
        self.pc_inc_over.next = (self.pc_inc.val() >> self.instr_log2.val()) != 0;
        self.st_last.next = (self.settle_m1.val() == 0) | (self.st_left.q.val() == 0);
        if !self.run_q.q.val() {
            // §4: an out-of-range access stops the tile; start counts only in a cycle without
            // an access (so the counters' clear does not depend on the host's decode either).
            if self.host_bad.val() {
                self.state.d.next = TileState::Error;
                self.err_q.d.next = self.err_host_range.val();
            } else if self.start.val() & !self.host_access.val() {
                self.state.d.next = TileState::Fetch;
                self.run_q.d.next = true;
                self.pc_q.d.next = 0.into();
                self.pc_over.d.next = false;
                self.err_q.d.next = self.err_none.val();
                self.clear.next = true;
            }
        }
        if self.state.q.val() == TileState::Fetch {
            self.cycle_en.next = true;
            if self.pc_over.q.val() {
                self.state.d.next = TileState::Error;
                self.run_q.d.next = false;
                self.err_q.d.next = self.err_pc_range.val();
            } else {
                self.fetch_en.next = true;
                self.state.d.next = TileState::Latch;
            }
        }
        if self.state.q.val() == TileState::Latch {
            // Nothing but this register is fed by the instruction SRAM's (slow) output.
            self.ir_q.d.next = self.instr.val();
            self.cycle_en.next = true;
            self.state.d.next = TileState::Decode;
        }
        if self.state.q.val() == TileState::Decode {
            self.cycle_en.next = true;
            self.state.d.next = TileState::Error;
            self.run_q.d.next = false;
            self.err_q.d.next = self.err_illegal_opcode.val();
            if self.opcode.val() == self.op_nop.val() {
                self.state.d.next = TileState::Fetch;
                self.run_q.d.next = true;
                self.err_q.d.next = self.err_none.val();
                self.pc_q.d.next = self.pc_inc.val();
                self.pc_over.d.next = self.pc_inc_over.val();
            }
            if self.opcode.val() == self.op_setl.val() {
                self.state.d.next = TileState::Settle;
                self.st_left.d.next = self.settle_m1.val();
                self.run_q.d.next = true;
                self.err_q.d.next = self.err_none.val();
            }
            if self.opcode.val() == self.op_fc.val() {
                self.state.d.next = TileState::Check;
                self.run_q.d.next = true;
                self.err_q.d.next = self.err_none.val();
            }
            if self.opcode.val() == self.op_halt.val() {
                self.state.d.next = TileState::Done;
                self.run_q.d.next = false;
                self.err_q.d.next = self.err_none.val();
            }
        }
        if self.state.q.val() == TileState::Check {
            self.cycle_en.next = true;
            self.err_q.d.next = self.chk_err.val();
            if self.chk_pass.val() {
                self.state.d.next = TileState::Exec;
            } else {
                self.state.d.next = TileState::Error;
                self.run_q.d.next = false;
            }
        }
        if self.state.q.val() == TileState::Settle {
            self.cycle_en.next = true;
            self.st_left.d.next = self.st_left.q.val() - 1;
            if self.st_last.val() {
                self.state.d.next = TileState::Fetch;
                self.pc_q.d.next = self.pc_inc.val();
                self.pc_over.d.next = self.pc_inc_over.val();
            }
        }
        if self.state.q.val() == TileState::Exec {
            self.cycle_en.next = true;
            if self.fc_done.val() {
                self.state.d.next = TileState::Fetch;
                self.pc_q.d.next = self.pc_inc.val();
                self.pc_over.d.next = self.pc_inc_over.val();
            }
        }

        // Synchronous reset wins (§8).
        if self.reset.val() {
            self.state.d.next = TileState::Idle;
            self.run_q.d.next = false;
            self.pc_q.d.next = 0.into();
            self.pc_over.d.next = false;
            self.err_q.d.next = self.err_none.val();
        }
    }
}
