//! The tile's host port (docs/tile.md §4): address decoding, the registered write, the two-cycle
//! activation read and its write-collision rule, and the out-of-range flag.
//!
//! # Contract
//! - Accesses count only while `stopped`. A write presented in cycle `t` (`we`, `sel`, `addr`,
//!   `wdata`) is decoded in `t` and performed at the edge ending `t+1` from registers: `wr_addr`,
//!   `wr_data` and exactly one of `act_we`, `bias_we`, `mult_we`, `shift_we`, `ilo_we`, `ihi_we`
//!   are valid during `t+1`. A weight write is the exception in form only: `w_we` and `w_lane`
//!   are combinational in `t` (each lane registers its own strobe), `w_word` is the word address
//!   during `t+1`.
//! - No decode lies between the host's ports and the memories' write enables, and nothing can
//!   tell the write is late: the tile is stopped over both edges (start is ignored in a cycle
//!   with an access), a reset in `t+1` still lets it happen, and a read of the byte in `t+1`
//!   answers from `wr_data`, like a read of the byte written in its own cycle.
//! - A read in `t` (`re`, `sel` = activations) addresses the activation SRAM with `addr` (the
//!   tile routes `addr` to the RAM while `act_re`); `rvalid` and `rdata` answer in `t+2`. A read
//!   that meets a write of its byte (in `t`, or the registered one) answers the written byte.
//! - `bad` is set during `t+1` after an out-of-range or unreadable access in `t` (§4's
//!   HOST_RANGE is raised from it at the next edge).
//! - Reset clears every registered strobe but a write already registered (see above).

use super::log2;
use rust_hdl::prelude::*;
use spec::tile::{HostMem, TileConfig};

/// The host port of a tile whose activation SRAM has `2^AA` bytes.
#[derive(LogicBlock)]
pub struct HostPort<const AA: usize> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// The tile is stopped (Idle, Done or Error): the host owns the memories.
    pub stopped: Signal<In, Bit>,
    /// Host write strobe.
    pub we: Signal<In, Bit>,
    /// Host read strobe.
    pub re: Signal<In, Bit>,
    /// Host memory select (§4).
    pub sel: Signal<In, Bits<3>>,
    /// Host address.
    pub addr: Signal<In, Bits<16>>,
    /// Host write data.
    pub wdata: Signal<In, Bits<32>>,
    /// The activation SRAM's read data.
    pub act_rdata: Signal<In, Bits<8>>,
    /// Read data (valid with `rvalid`).
    pub rdata: Signal<Out, Bits<8>>,
    /// Read data valid.
    pub rvalid: Signal<Out, Bit>,
    /// The access at the previous edge was out of range.
    pub bad: Signal<Out, Bit>,
    /// A read of the activation SRAM this cycle: its read address is `addr`.
    pub act_re: Signal<Out, Bit>,
    /// Registered write: address.
    pub wr_addr: Signal<Out, Bits<16>>,
    /// Registered write: data.
    pub wr_data: Signal<Out, Bits<32>>,
    /// Registered write of an activation byte.
    pub act_we: Signal<Out, Bit>,
    /// Registered write of a bias entry.
    pub bias_we: Signal<Out, Bit>,
    /// Registered write of a multiplier entry.
    pub mult_we: Signal<Out, Bit>,
    /// Registered write of a shift entry.
    pub shift_we: Signal<Out, Bit>,
    /// Registered write of an instruction's low word.
    pub ilo_we: Signal<Out, Bit>,
    /// Registered write of an instruction's high word.
    pub ihi_we: Signal<Out, Bit>,
    /// A weight byte write this cycle, to lane `w_lane`.
    pub w_we: Signal<Out, Bit>,
    /// The lane of this cycle's weight write.
    pub w_lane: Signal<Out, Bits<16>>,
    /// The registered write's weight word address.
    pub w_word: Signal<Out, Bits<16>>,

    sel_weight: Constant<Bits<3>>,
    sel_act: Constant<Bits<3>>,
    sel_bias: Constant<Bits<3>>,
    sel_mult: Constant<Bits<3>>,
    sel_shift: Constant<Bits<3>>,
    sel_instr: Constant<Bits<3>>,
    n_lanes: Constant<Bits<16>>,
    lanes_log2: Constant<Bits<16>>,
    weight_bytes_log2: Constant<Bits<16>>,
    act_log2: Constant<Bits<16>>,
    param_log2: Constant<Bits<16>>,
    instr_halves_log2: Constant<Bits<16>>,

    rvalid_q: DFF<Bit>,
    /// Second stage of the read (§4: latency 2).
    rvalid2_q: DFF<Bit>,
    rdata_hold: DFF<Bits<8>>,
    // A read of the byte written in the same cycle answers with the written byte (§4): the
    // block RAM's answer is then undefined and replaced at the output, past its register.
    coll_q: DFF<Bit>,
    coll_data: DFF<Bits<8>>,
    coll_hold: DFF<Bit>,
    coll_data_hold: DFF<Bits<8>>,
    hw_addr: DFF<Bits<16>>,
    hw_data: DFF<Bits<32>>,
    hw_act: DFF<Bit>,
    hw_bias: DFF<Bit>,
    hw_mult: DFF<Bit>,
    hw_shift: DFF<Bit>,
    hw_ilo: DFF<Bit>,
    hw_ihi: DFF<Bit>,
    hw_hit: Signal<Local, Bit>,
    ok_w: Signal<Local, Bit>,
    ok_r: Signal<Local, Bit>,
    // The address is inside the weight, activation, parameter, instruction memory.
    in_w: Signal<Local, Bit>,
    in_a: Signal<Local, Bit>,
    in_p: Signal<Local, Bit>,
    in_i: Signal<Local, Bit>,
    bad_q: DFF<Bit>,
}

fn sel(m: HostMem) -> Constant<Bits<3>> {
    Constant::new(u64::from(m.sel()).into())
}

impl<const AA: usize> HostPort<AA> {
    /// The host port of a tile of `config`.
    pub fn new(config: &TileConfig) -> Self {
        let (wa, aa, pa, ia) = config.sram().address_bits();
        assert_eq!(aa, AA);
        let lanes = config.lanes();
        HostPort {
            clock: Default::default(),
            reset: Default::default(),
            stopped: Default::default(),
            we: Default::default(),
            re: Default::default(),
            sel: Default::default(),
            addr: Default::default(),
            wdata: Default::default(),
            act_rdata: Default::default(),
            rdata: Default::default(),
            rvalid: Default::default(),
            bad: Default::default(),
            act_re: Default::default(),
            wr_addr: Default::default(),
            wr_data: Default::default(),
            act_we: Default::default(),
            bias_we: Default::default(),
            mult_we: Default::default(),
            shift_we: Default::default(),
            ilo_we: Default::default(),
            ihi_we: Default::default(),
            w_we: Default::default(),
            w_lane: Default::default(),
            w_word: Default::default(),
            sel_weight: sel(HostMem::Weight),
            sel_act: sel(HostMem::Act),
            sel_bias: sel(HostMem::Bias),
            sel_mult: sel(HostMem::Mult),
            sel_shift: sel(HostMem::Shift),
            sel_instr: sel(HostMem::Instr),
            n_lanes: Constant::new((lanes as u64).into()),
            lanes_log2: Constant::new(log2(lanes).into()),
            weight_bytes_log2: Constant::new(((wa as u64) + log2(lanes)).into()),
            act_log2: Constant::new((aa as u64).into()),
            param_log2: Constant::new((pa as u64).into()),
            instr_halves_log2: Constant::new((ia as u64 + 1).into()),
            rvalid_q: Default::default(),
            rvalid2_q: Default::default(),
            rdata_hold: Default::default(),
            coll_q: Default::default(),
            coll_data: Default::default(),
            coll_hold: Default::default(),
            coll_data_hold: Default::default(),
            hw_addr: Default::default(),
            hw_data: Default::default(),
            hw_act: Default::default(),
            hw_bias: Default::default(),
            hw_mult: Default::default(),
            hw_shift: Default::default(),
            hw_ilo: Default::default(),
            hw_ihi: Default::default(),
            hw_hit: Default::default(),
            ok_w: Default::default(),
            ok_r: Default::default(),
            in_w: Default::default(),
            in_a: Default::default(),
            in_p: Default::default(),
            in_i: Default::default(),
            bad_q: Default::default(),
        }
    }
}

impl<const AA: usize> Logic for HostPort<AA> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            rvalid_q,
            rvalid2_q,
            rdata_hold,
            coll_q,
            coll_data,
            coll_hold,
            coll_data_hold,
            hw_addr,
            hw_data,
            hw_act,
            hw_bias,
            hw_mult,
            hw_shift,
            hw_ilo,
            hw_ihi,
            bad_q
        );
        // Reads: the RAM output goes straight into `rdata_hold` (an enable, no mux); a read
        // that met a write of its byte answers from the registered write data instead.
        self.rvalid.next = self.rvalid2_q.q.val();
        self.rdata.next = self.rdata_hold.q.val();
        if self.coll_hold.q.val() {
            self.rdata.next = self.coll_data_hold.q.val();
        }
        self.rvalid2_q.d.next = self.rvalid_q.q.val();
        if self.rvalid_q.q.val() {
            self.rdata_hold.d.next = self.act_rdata.val();
            self.coll_hold.d.next = self.coll_q.q.val();
            self.coll_data_hold.d.next = self.coll_data.q.val();
        }
        self.coll_q.d.next = false;
        self.rvalid_q.d.next = false;
        self.bad.next = self.bad_q.q.val();

        // Address decoding. Every depth is a power of two: an address is in range when its bits
        // above the depth are zero (no comparator on the write-enable path). Each write enable
        // is its own AND of strobe, select and range flag, not a decode shared through a mux.
        self.w_lane.next = self.addr.val() & (self.n_lanes.val() - 1);
        self.w_word.next = self.hw_addr.q.val() >> self.lanes_log2.val();
        self.in_w.next = (self.addr.val() >> self.weight_bytes_log2.val()) == 0;
        self.in_a.next = (self.addr.val() >> self.act_log2.val()) == 0;
        self.in_p.next = (self.addr.val() >> self.param_log2.val()) == 0;
        self.in_i.next = (self.addr.val() >> self.instr_halves_log2.val()) == 0;
        self.ok_r.next = (self.sel.val() == self.sel_act.val()) & self.in_a.val();
        // A sum of products rather than an if-chain (which maps to a priority chain).
        self.ok_w.next = ((self.sel.val() == self.sel_weight.val()) & self.in_w.val())
            | ((self.sel.val() == self.sel_act.val()) & self.in_a.val())
            | (((self.sel.val() == self.sel_bias.val())
                | (self.sel.val() == self.sel_mult.val())
                | (self.sel.val() == self.sel_shift.val()))
                & self.in_p.val())
            | ((self.sel.val() == self.sel_instr.val()) & self.in_i.val());
        self.w_we.next = self.stopped.val()
            & self.we.val()
            & self.in_w.val()
            & (self.sel.val() == self.sel_weight.val());

        // The registered write.
        self.wr_addr.next = self.hw_addr.q.val();
        self.wr_data.next = self.hw_data.q.val();
        self.act_we.next = self.hw_act.q.val();
        self.bias_we.next = self.hw_bias.q.val();
        self.mult_we.next = self.hw_mult.q.val();
        self.shift_we.next = self.hw_shift.q.val();
        self.ilo_we.next = self.hw_ilo.q.val();
        self.ihi_we.next = self.hw_ihi.q.val();
        self.hw_addr.d.next = self.addr.val();
        self.hw_data.d.next = self.wdata.val();
        self.hw_act.d.next = false;
        self.hw_bias.d.next = false;
        self.hw_mult.d.next = false;
        self.hw_shift.d.next = false;
        self.hw_ilo.d.next = false;
        self.hw_ihi.d.next = false;
        // A read meets the registered write of its byte (compared on the activation address
        // bits: both are in range, or the read is refused).
        self.hw_hit.next = self.hw_act.q.val()
            & (bit_cast::<AA, 16>(self.hw_addr.q.val()) == bit_cast::<AA, 16>(self.addr.val()));

        self.act_re.next = self.stopped.val() & self.re.val();
        self.bad_q.d.next = false;
        if self.stopped.val() {
            self.hw_act.d.next =
                self.we.val() & (self.sel.val() == self.sel_act.val()) & self.in_a.val();
            self.hw_bias.d.next =
                self.we.val() & (self.sel.val() == self.sel_bias.val()) & self.in_p.val();
            self.hw_mult.d.next =
                self.we.val() & (self.sel.val() == self.sel_mult.val()) & self.in_p.val();
            self.hw_shift.d.next =
                self.we.val() & (self.sel.val() == self.sel_shift.val()) & self.in_p.val();
            self.hw_ilo.d.next = self.we.val()
                & (self.sel.val() == self.sel_instr.val())
                & self.in_i.val()
                & !self.addr.val().get_bit(0);
            self.hw_ihi.d.next = self.we.val()
                & (self.sel.val() == self.sel_instr.val())
                & self.in_i.val()
                & self.addr.val().get_bit(0);
            if self.re.val() {
                self.rvalid_q.d.next = self.ok_r.val();
                // A write in the same cycle hits the same byte (one address, one select); else
                // the registered write, performed at this edge, may.
                self.coll_q.d.next = self.we.val() | self.hw_hit.val();
                self.coll_data.d.next = self.hw_data.q.val().get_bits::<8>(0);
                if self.we.val() {
                    self.coll_data.d.next = self.wdata.val().get_bits::<8>(0);
                }
            }
            // Registered, so the address decode does not reach the sequencer's state.
            self.bad_q.d.next =
                (self.we.val() & !self.ok_w.val()) | (self.re.val() & !self.ok_r.val());
        }

        if self.reset.val() {
            self.hw_act.d.next = false;
            self.hw_bias.d.next = false;
            self.hw_mult.d.next = false;
            self.hw_shift.d.next = false;
            self.hw_ilo.d.next = false;
            self.hw_ihi.d.next = false;
            self.rvalid_q.d.next = false;
            self.rvalid2_q.d.next = false;
            self.rdata_hold.d.next = 0.into();
            self.coll_q.d.next = false;
            self.coll_hold.d.next = false;
            self.bad_q.d.next = false;
        }
    }
}
