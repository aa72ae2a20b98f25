//! The SRAM compute tile (docs/tile.md): its blocks wired to the lanes, the memories, the
//! requantizer and the performance counters.
//!
//! # Blocks
//! | block | file | does |
//! |---|---|---|
//! | [`HostPort`] | `host.rs` | §4: address decode, registered writes, reads, HOST_RANGE |
//! | [`Sequencer`] | `sequencer.rs` | §8: state, pc, `ir`, error code |
//! | [`Layer`] | `layer.rs` | §5 SETL registers, derived bounds, §7 FC checks |
//! | [`MacEngine`] | `engine.rs` | §8: k/b/group loops, SRAM read addresses, lane controls |
//! | [`Drain`] | `drain.rs` | §8: shadow chain into the requantizer, every `D` clocks |
//! | [`Lane`] | `../lane.rs` | weight bank, accumulators, shadows |
//! | [`Requant`] | `../requant.rs` | §6: bias, multiply, shift, zero point, clamp |
//!
//! Each block's module docs state its contract. This module holds what the blocks share: the
//! activation, parameter and instruction SRAMs (their ports go to the engine and drain while
//! running, to the host while stopped) and the counters (§3), whose events come from the
//! blocks.
//!
//! # Parameters
//! `WA`, `AA`, `PA`, `IA`: log2 of the weight-word, activation-byte, parameter and instruction
//! depths (the `sram` profile, §2). The lane count and `max_batch` are run-time values given to
//! [`Tile::new`]; they become Verilog constants.
//!
//! # Timing
//! Exactly docs/tile.md §8: MAC issue at `t`, products registered at `t+1` and `t+2`, accumulate
//! at `t+3`, shadow copy at `t+4` after a group's last issue; drain entries every `D` clocks,
//! parameter data a clock after an entry, its activation write `R` clocks after it (§2: `D = 1`,
//! `R = 12` pipelined; `D = 11`, `R = 20` serial; see `requant.rs`).
//!
//! # Conventions
//! Values are two's complement held in unsigned `Bits`; any value that is shifted right or compared
//! is first assigned to a signal of its exact width, so rust-hdl's simulator and the emitted
//! Verilog (whose expression widths are context-determined) compute the same bits.

mod drain;
mod engine;
mod host;
mod layer;
mod sequencer;

pub use drain::Drain;
pub use engine::MacEngine;
pub use host::HostPort;
pub use layer::Layer;
pub use sequencer::{Sequencer, TileState};

use crate::lane::Lane;
use crate::requant::Requant;
use rtl::counter::{Counter32, EventCounter32};
use rtl::mul::{Mul8x8Pair, MulTarget};
use rust_hdl::prelude::*;
use spec::tile::{TileConfig, TileError};

/// An error code (spec::tile, §7) as a Verilog constant.
fn err(e: TileError) -> Constant<Bits<4>> {
    Constant::new(u64::from(e.code()).into())
}

/// log2 of a power of two.
fn log2(v: usize) -> u64 {
    v.trailing_zeros() as u64
}
/// The tile. See the module docs and docs/tile.md.
#[derive(LogicBlock)]
pub struct Tile<const WA: usize, const AA: usize, const PA: usize, const IA: usize> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Start the program (while stopped).
    pub start: Signal<In, Bit>,
    /// Host write strobe.
    pub host_we: Signal<In, Bit>,
    /// Host read strobe.
    pub host_re: Signal<In, Bit>,
    /// Host memory select.
    pub host_sel: Signal<In, Bits<3>>,
    /// Host address.
    pub host_addr: Signal<In, Bits<16>>,
    /// Host write data.
    pub host_wdata: Signal<In, Bits<32>>,
    /// Host read data.
    pub host_rdata: Signal<Out, Bits<8>>,
    /// Host read data valid.
    pub host_rvalid: Signal<Out, Bit>,
    /// Running.
    pub busy: Signal<Out, Bit>,
    /// Stopped at HALT.
    pub done: Signal<Out, Bit>,
    /// Stopped on an error.
    pub error: Signal<Out, Bit>,
    /// Error code.
    pub err_code: Signal<Out, Bits<4>>,
    /// Program counter.
    pub pc: Signal<Out, Bits<16>>,
    /// Counter: running cycles.
    pub cnt_cycles: Signal<Out, Bits<32>>,
    /// Counter: MAC issue cycles.
    pub cnt_busy: Signal<Out, Bits<32>>,
    /// Counter: useful MACs.
    pub cnt_macs: Signal<Out, Bits<32>>,
    /// Counter: weight word reads.
    pub cnt_w_reads: Signal<Out, Bits<32>>,
    /// Counter: activation reads.
    pub cnt_a_reads: Signal<Out, Bits<32>>,
    /// Counter: activation writes.
    pub cnt_a_writes: Signal<Out, Bits<32>>,
    /// Counter: parameter reads.
    pub cnt_p_reads: Signal<Out, Bits<32>>,
    /// Counter: instruction fetches.
    pub cnt_i_reads: Signal<Out, Bits<32>>,

    host: HostPort<AA>,
    seq: Sequencer,
    layer: Layer,
    engine: MacEngine,
    drain: Drain,
    lanes: Vec<Lane<WA>>,
    muls: Vec<Mul8x8Pair>,
    rq: Requant,
    act: RAM<Bits<8>, AA>,
    bias: RAM<Bits<32>, PA>,
    mult: RAM<Bits<32>, PA>,
    shift: RAM<Bits<6>, PA>,
    imem_lo: RAM<Bits<32>, IA>,
    imem_hi: RAM<Bits<32>, IA>,
    c_cycles: EventCounter32,
    c_busy: EventCounter32,
    c_macs: Counter32,
    c_w_reads: EventCounter32,
    c_a_reads: EventCounter32,
    c_a_writes: EventCounter32,
    c_p_reads: EventCounter32,
    c_i_reads: EventCounter32,
    stopped: Signal<Local, Bit>,
    c_clear: Signal<Local, Bit>,
}

impl<const WA: usize, const AA: usize, const PA: usize, const IA: usize> Tile<WA, AA, PA, IA> {
    /// A tile of `config` (a validated, supported configuration: `TileConfig` cannot hold
    /// another), its multipliers built for `target`.
    ///
    /// # Panics
    /// If the SRAM address widths `WA, AA, PA, IA` are not those of `config`'s SRAM profile (a
    /// programming error: [`crate::verilog_for`] chooses them from the profile).
    pub fn new(config: &TileConfig, target: MulTarget) -> Self {
        assert_eq!(
            (WA, AA, PA, IA),
            config.sram().address_bits(),
            "Tile's SRAM address widths must be those of sram={}",
            config.sram().name()
        );
        let lanes = config.lanes();
        Tile {
            clock: Default::default(),
            reset: Default::default(),
            start: Default::default(),
            host_we: Default::default(),
            host_re: Default::default(),
            host_sel: Default::default(),
            host_addr: Default::default(),
            host_wdata: Default::default(),
            host_rdata: Default::default(),
            host_rvalid: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            error: Default::default(),
            err_code: Default::default(),
            pc: Default::default(),
            cnt_cycles: Default::default(),
            cnt_busy: Default::default(),
            cnt_macs: Default::default(),
            cnt_w_reads: Default::default(),
            cnt_a_reads: Default::default(),
            cnt_a_writes: Default::default(),
            cnt_p_reads: Default::default(),
            cnt_i_reads: Default::default(),
            host: HostPort::new(config),
            seq: Sequencer::new(config),
            layer: Layer::new(config),
            engine: MacEngine::new(config),
            drain: Drain::new(config),
            lanes: (0..lanes).map(|_| Lane::new(config.max_batch())).collect(),
            muls: (0..lanes / 2).map(|_| Mul8x8Pair::new(target)).collect(),
            rq: Requant::new(config.requant(), target),
            act: Default::default(),
            bias: Default::default(),
            mult: Default::default(),
            shift: Default::default(),
            imem_lo: Default::default(),
            imem_hi: Default::default(),
            c_cycles: Default::default(),
            c_busy: Default::default(),
            c_macs: Default::default(),
            c_w_reads: Default::default(),
            c_a_reads: Default::default(),
            c_a_writes: Default::default(),
            c_p_reads: Default::default(),
            c_i_reads: Default::default(),
            stopped: Default::default(),
            c_clear: Default::default(),
        }
    }
}

impl<const WA: usize, const AA: usize, const PA: usize, const IA: usize> Logic
    for Tile<WA, AA, PA, IA>
{
    #[hdl_gen]
    fn update(&mut self) {
        // ---- Sequencer, and the host port it yields the memories to while stopped.
        self.seq.clock.next = self.clock.val();
        self.seq.reset.next = self.reset.val();
        self.seq.start.next = self.start.val();
        self.seq.host_access.next = self.host_we.val() | self.host_re.val();
        self.seq.host_bad.next = self.host.bad.val();
        self.seq.instr.next = (bit_cast::<64, 32>(self.imem_hi.read_data.val()) << 32)
            | bit_cast::<64, 32>(self.imem_lo.read_data.val());
        self.seq.chk_pass.next = self.layer.chk_pass.val();
        self.seq.chk_err.next = self.layer.chk_err.val();
        self.seq.fc_done.next = self.rq.out_valid.val() & self.rq.out_last.val();
        self.stopped.next = !self.seq.run.val();
        self.host.clock.next = self.clock.val();
        self.host.reset.next = self.reset.val();
        self.host.stopped.next = self.stopped.val();
        self.host.we.next = self.host_we.val();
        self.host.re.next = self.host_re.val();
        self.host.sel.next = self.host_sel.val();
        self.host.addr.next = self.host_addr.val();
        self.host.wdata.next = self.host_wdata.val();
        self.host.act_rdata.next = self.act.read_data.val();

        // ---- Outputs: registers only (§3).
        self.busy.next = !self.stopped.val();
        self.done.next = self.seq.done.val();
        self.error.next = self.seq.error.val();
        self.err_code.next = self.seq.err_code.val();
        self.pc.next = self.seq.pc.val();
        self.host_rvalid.next = self.host.rvalid.val();
        self.host_rdata.next = self.host.rdata.val();

        // ---- Layer registers and checks; the requantizer lends them its multiplier in Settle.
        self.layer.clock.next = self.clock.val();
        self.layer.reset.next = self.reset.val();
        self.layer.ir.next = self.seq.ir.val();
        self.layer.settle.next = self.seq.settle.val();
        self.layer.setl_decode.next = self.seq.setl_decode.val();
        self.layer.fc_decode.next = self.seq.fc_decode.val();
        self.layer.aux_valid.next = self.rq.aux_valid.val();
        self.layer.aux_p.next = self.rq.aux_p.val();
        self.rq.aux_next.next = self.layer.aux_next.val();
        self.rq.aux_a.next = self.layer.aux_a.val();
        self.rq.aux_b.next = self.layer.aux_b.val();

        // ---- MAC issue engine.
        self.engine.clock.next = self.clock.val();
        self.engine.reset.next = self.reset.val();
        self.engine.decode.next = self.seq.decode.val();
        self.engine.check.next = self.seq.check.val();
        self.engine.chk_pass.next = self.layer.chk_pass.val();
        self.engine.ir.next = self.seq.ir.val();
        self.engine.k.next = self.layer.k.val();
        self.engine.n.next = self.layer.n.val();
        self.engine.b1.next = self.layer.b1.val();
        self.engine.bm1.next = self.layer.bm1.val();
        self.engine.km2.next = self.layer.km2.val();
        self.engine.nm2.next = self.layer.nm2.val();
        self.engine.nml.next = self.layer.nml.val();
        self.engine.nmk.next = self.layer.nmk.val();
        self.engine.k_lt_l.next = self.layer.k_lt_l.val();
        self.engine.kd0.next = self.layer.kd0.val();
        self.engine.single.next = self.layer.single.val();
        self.engine.first_n.next = self.layer.first_n.val();
        self.engine.km2_full.next = self.layer.km2_full.val();
        self.engine.km2_last.next = self.layer.km2_last.val();

        // ---- Drain into the requantizer.
        self.drain.clock.next = self.clock.val();
        self.drain.reset.next = self.reset.val();
        self.drain.check.next = self.seq.check.val();
        self.drain.ir.next = self.seq.ir.val();
        self.drain.start.next = self.engine.p4_last.val();
        self.drain.ch.next = self.engine.p4_ch.val();
        self.drain.n.next = self.engine.p4_n.val();
        self.drain.lastg.next = self.engine.p4_lastg.val();
        self.drain.b1.next = self.layer.b1.val();
        self.drain.bm1.next = self.layer.bm1.val();
        self.drain.layer_n.next = self.layer.n.val();
        self.drain.pbase.next = self.layer.pbase.val();
        self.drain.head.next = self.lanes[0].shadow_out.val();
        self.rq.clock.next = self.clock.val();
        self.rq.reset.next = self.reset.val();
        self.rq.in_valid.next = self.drain.valid.val();
        self.rq.in_last.next = self.drain.last.val();
        self.rq.in_addr.next = self.drain.addr.val();
        self.rq.in_acc.next = self.drain.value.val();
        self.rq.bias.next = self.bias.read_data.val();
        self.rq.mult.next = self.mult.read_data.val();
        self.rq.shift.next = self.shift.read_data.val();
        self.rq.zp.next = self.layer.zp.val();
        self.rq.relu.next = self.layer.relu.val();

        // ---- Memories: the engine's and the drain's ports; the host's while stopped.
        self.act.read_clock.next = self.clock.val();
        self.act.write_clock.next = self.clock.val();
        self.bias.read_clock.next = self.clock.val();
        self.bias.write_clock.next = self.clock.val();
        self.mult.read_clock.next = self.clock.val();
        self.mult.write_clock.next = self.clock.val();
        self.shift.read_clock.next = self.clock.val();
        self.shift.write_clock.next = self.clock.val();
        self.imem_lo.read_clock.next = self.clock.val();
        self.imem_lo.write_clock.next = self.clock.val();
        self.imem_hi.read_clock.next = self.clock.val();
        self.imem_hi.write_clock.next = self.clock.val();
        self.act.read_address.next = bit_cast::<AA, 16>(self.engine.x_addr.val());
        if self.host.act_re.val() {
            self.act.read_address.next = bit_cast::<AA, 16>(self.host_addr.val());
        }
        // While stopped the requantizer writes nothing (every FC ends with its last write), so
        // the host owns the activation write port outright.
        self.act.write_address.next = bit_cast::<AA, 16>(self.rq.out_addr.val());
        self.act.write_data.next = self.rq.out_y.val();
        self.act.write_enable.next = self.rq.out_valid.val();
        if self.stopped.val() {
            self.act.write_address.next = bit_cast::<AA, 16>(self.host.wr_addr.val());
            self.act.write_data.next = self.host.wr_data.val().get_bits::<8>(0);
            self.act.write_enable.next = self.host.act_we.val();
        }
        if self.reset.val() {
            // Reset drops the engine's write; a registered host write (accepted at the
            // previous edge) still happens.
            self.act.write_enable.next = self.stopped.val() & self.host.act_we.val();
        }
        self.bias.read_address.next = bit_cast::<PA, 16>(self.drain.paddr.val());
        self.mult.read_address.next = bit_cast::<PA, 16>(self.drain.paddr.val());
        self.shift.read_address.next = bit_cast::<PA, 16>(self.drain.paddr.val());
        self.bias.write_address.next = bit_cast::<PA, 16>(self.host.wr_addr.val());
        self.mult.write_address.next = bit_cast::<PA, 16>(self.host.wr_addr.val());
        self.shift.write_address.next = bit_cast::<PA, 16>(self.host.wr_addr.val());
        self.bias.write_data.next = self.host.wr_data.val();
        self.mult.write_data.next = self.host.wr_data.val();
        self.shift.write_data.next = self.host.wr_data.val().get_bits::<6>(0);
        self.bias.write_enable.next = self.host.bias_we.val();
        self.mult.write_enable.next = self.host.mult_we.val();
        self.shift.write_enable.next = self.host.shift_we.val();
        self.imem_lo.read_address.next = bit_cast::<IA, 16>(self.seq.pc.val());
        self.imem_hi.read_address.next = bit_cast::<IA, 16>(self.seq.pc.val());
        self.imem_lo.write_address.next = bit_cast::<IA, 16>(self.host.wr_addr.val() >> 1);
        self.imem_hi.write_address.next = bit_cast::<IA, 16>(self.host.wr_addr.val() >> 1);
        self.imem_lo.write_data.next = self.host.wr_data.val();
        self.imem_hi.write_data.next = self.host.wr_data.val();
        self.imem_lo.write_enable.next = self.host.ilo_we.val();
        self.imem_hi.write_enable.next = self.host.ihi_we.val();

        // ---- Multipliers: one pair of lanes per DSP, the activation byte shared.
        for i in 0..self.muls.len() {
            self.muls[i].clock.next = self.clock.val();
            self.muls[i].x.next = self.act.read_data.val();
            self.muls[i].w0.next = self.lanes[2 * i].w_out.val();
            self.muls[i].w1.next = self.lanes[2 * i + 1].w_out.val();
            self.lanes[2 * i].prod_in.next = self.muls[i].p0.val();
            self.lanes[2 * i + 1].prod_in.next = self.muls[i].p1.val();
        }

        // ---- Lanes.
        for i in 0..self.lanes.len() {
            self.lanes[i].clock.next = self.clock.val();
            self.lanes[i].reset.next = self.reset.val();
            self.lanes[i].w_we.next = self.host.w_we.val() & (self.host.w_lane.val().index() == i);
            self.lanes[i].w_waddr.next = bit_cast::<WA, 16>(self.host.w_word.val());
            self.lanes[i].w_wdata.next = self.host.wr_data.val().get_bits::<8>(0);
            self.lanes[i].w_raddr.next = bit_cast::<WA, 16>(self.engine.w_addr.val());
            self.lanes[i].acc_en.next = self.engine.p3_valid.val();
            self.lanes[i].acc_first.next = self.engine.p3_first.val();
            self.lanes[i].acc_b.next = self.engine.p3_b.val();
            self.lanes[i].shadow_load.next = self.engine.p4_last.val();
            self.lanes[i].shadow_shift.next = self.drain.entry.val();
            self.lanes[i].drain_b.next = self.drain.b.val();
            self.lanes[i].chain_in0.next = 0.into();
            self.lanes[i].chain_in1.next = 0.into();
            self.lanes[i].chain_in2.next = 0.into();
            self.lanes[i].chain_in3.next = 0.into();
        }
        for i in 1..self.lanes.len() {
            self.lanes[i - 1].chain_in0.next = self.lanes[i].shadow0.val();
            self.lanes[i - 1].chain_in1.next = self.lanes[i].shadow1.val();
            self.lanes[i - 1].chain_in2.next = self.lanes[i].shadow2.val();
            self.lanes[i - 1].chain_in3.next = self.lanes[i].shadow3.val();
        }

        // ---- The performance counters (§3): 32 bits in two halves (rtl::counter), each +1 per
        // event but the MAC count; cleared by reset and at start.
        self.c_clear.next = self.reset.val() | self.seq.clear.val();
        self.c_cycles.clock.next = self.clock.val();
        self.c_cycles.clear.next = self.c_clear.val();
        self.c_cycles.en.next = self.seq.cycle_en.val();
        self.c_busy.clock.next = self.clock.val();
        self.c_busy.clear.next = self.c_clear.val();
        self.c_busy.en.next = self.engine.issue.val();
        self.c_macs.clock.next = self.clock.val();
        self.c_macs.clear.next = self.c_clear.val();
        self.c_macs.inc.next = self.engine.issue_n.val();
        self.c_w_reads.clock.next = self.clock.val();
        self.c_w_reads.clear.next = self.c_clear.val();
        self.c_w_reads.en.next = self.engine.w_read.val();
        self.c_a_reads.clock.next = self.clock.val();
        self.c_a_reads.clear.next = self.c_clear.val();
        self.c_a_reads.en.next = self.engine.issue.val();
        self.c_a_writes.clock.next = self.clock.val();
        self.c_a_writes.clear.next = self.c_clear.val();
        self.c_a_writes.en.next = self.rq.out_valid.val();
        self.c_p_reads.clock.next = self.clock.val();
        self.c_p_reads.clear.next = self.c_clear.val();
        self.c_p_reads.en.next = self.drain.entry.val();
        self.c_i_reads.clock.next = self.clock.val();
        self.c_i_reads.clear.next = self.c_clear.val();
        self.c_i_reads.en.next = self.seq.fetch_en.val();
        self.cnt_cycles.next = self.c_cycles.value.val();
        self.cnt_busy.next = self.c_busy.value.val();
        self.cnt_macs.next = self.c_macs.value.val();
        self.cnt_w_reads.next = self.c_w_reads.value.val();
        self.cnt_a_reads.next = self.c_a_reads.value.val();
        self.cnt_a_writes.next = self.c_a_writes.value.val();
        self.cnt_p_reads.next = self.c_p_reads.value.val();
        self.cnt_i_reads.next = self.c_i_reads.value.val();
    }
}
