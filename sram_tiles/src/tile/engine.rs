//! The tile's MAC issue engine (docs/tile.md §8): the k, b and group loops of an FC, the SRAM
//! read addresses, and the control pipeline to the lanes.
//!
//! # Contract
//! - In Check (`check`), the engine loads the FC's bases from `ir` (`w_base` bits 0..16,
//!   `x_base` 16..32) and its first group from the layer block (`first_n`, `single`, and `kd0`,
//!   taken in Decode); with `chk_pass` it starts at the coming edge.
//! - Running, it issues one MAC cycle per clock (`issue`): for each group `g` of up to L
//!   channels, for `k` in `0..kmax` (`kmax = max(K, n)`, or the serial requantizer's slot
//!   `max(K, n·D)`), for `b` in `0..B`, the activation byte `x_addr = x_base + b·K + k` and the
//!   weight word `w_addr = w_base + g·K + k`, valid during the issue cycle (registers: no adder
//!   before the SRAMs' address pins). Cycles with `k ≥ K` only pad a narrow group's slot: they
//!   issue nothing, so the drain of the previous group has time (§8).
//! - The lanes' controls follow the issue: `p3_valid`, `p3_first` (k = 0: restart the
//!   accumulator), `p3_b` at `t+3`; `p4_last` at `t+4` after a group's last issue, with that
//!   group's `p4_ch` (first channel), `p4_n` (size) and `p4_lastg` (the FC's last group): the
//!   shadow copy and the drain's start.
//! - `issue_n` is the issue's useful MACs (the group's size, else 0); `w_read` is an issue that
//!   reads a weight word (b = 0).
//! - The layer inputs hold still while the engine runs (they change in Settle only).

use rust_hdl::prelude::*;
use spec::tile::{RequantKind, TileConfig};

/// The MAC issue engine. See the module docs.
#[derive(LogicBlock)]
pub struct MacEngine {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// In Decode.
    pub decode: Signal<In, Bit>,
    /// In Check.
    pub check: Signal<In, Bit>,
    /// In Check, every check passed: start.
    pub chk_pass: Signal<In, Bit>,
    /// The instruction register (the FC word in Check).
    pub ir: Signal<In, Bits<64>>,
    /// `K`.
    pub k: Signal<In, Bits<16>>,
    /// `N`.
    pub n: Signal<In, Bits<16>>,
    /// `B = 1`.
    pub b1: Signal<In, Bit>,
    /// `B − 1`.
    pub bm1: Signal<In, Bits<2>>,
    /// `K − 2`.
    pub km2: Signal<In, Bits<13>>,
    /// `N − 2`.
    pub nm2: Signal<In, Bits<13>>,
    /// `N − L`.
    pub nml: Signal<In, Bits<15>>,
    /// `N − K`.
    pub nmk: Signal<In, Bits<15>>,
    /// `K < L`.
    pub k_lt_l: Signal<In, Bit>,
    /// The first group's `kmax − 2`.
    pub kd0: Signal<In, Bits<13>>,
    /// One group.
    pub single: Signal<In, Bit>,
    /// The first group's size.
    pub first_n: Signal<In, Bits<16>>,
    /// Serial kind: a full group's `kmax − 2`.
    pub km2_full: Signal<In, Bits<13>>,
    /// Serial kind: the last group's `kmax − 2`.
    pub km2_last: Signal<In, Bits<13>>,
    /// A MAC issue this cycle.
    pub issue: Signal<Out, Bit>,
    /// Activation read address.
    pub x_addr: Signal<Out, Bits<16>>,
    /// Weight word read address.
    pub w_addr: Signal<Out, Bits<16>>,
    /// Useful MACs issued this cycle.
    pub issue_n: Signal<Out, Bits<5>>,
    /// This issue reads a weight word.
    pub w_read: Signal<Out, Bit>,
    /// Accumulate (`t+3`).
    pub p3_valid: Signal<Out, Bit>,
    /// Restart the accumulator (`t+3`).
    pub p3_first: Signal<Out, Bit>,
    /// Accumulator index (`t+3`).
    pub p3_b: Signal<Out, Bits<2>>,
    /// A group's last accumulate is done: copy to the shadows (`t+4`).
    pub p4_last: Signal<Out, Bit>,
    /// That group's first channel.
    pub p4_ch: Signal<Out, Bits<12>>,
    /// That group's size.
    pub p4_n: Signal<Out, Bits<5>>,
    /// That group is the FC's last.
    pub p4_lastg: Signal<Out, Bit>,

    n_lanes: Constant<Bits<16>>,
    // max_batch = 1, and the b-loop end flag with it folded in (B is always 1 then).
    mb1: Constant<Bit>,
    serial_c: Constant<Bit>,

    f_xbase: DFF<Bits<16>>,
    e_active: DFF<Bit>,
    e_bend_c: Signal<Local, Bit>,
    // Widths from the spec's bounds on a validated FC: k < 4096, b < MB <= 4, channels < 4096,
    // group sizes <= L <= 16.
    e_b: DFF<Bits<2>>,
    // The k loop as two down counters whose sign bits are the engine's decisions (timing: no
    // comparator in front of them): e_kd = kmax − 2 − k, negative exactly at the group's last k
    // (e_kend); e_kf = K − 2 − k, negative from the last issuing k on (e_kfin = e_kin and that
    // sign: k = K − 1). e_kin = (k < K) and e_kfirst = (k = 0) are flags updated with them.
    e_kd: DFF<Bits<13>>,
    e_kf: DFF<Bits<13>>,
    e_kin: DFF<Bit>,
    e_kfirst: DFF<Bit>,
    e_kend: Signal<Local, Bit>,
    e_kfin: Signal<Local, Bit>,
    /// e_bend = (e_b = B − 1), kept equal to its compare by updating it with e_b.
    e_bend: DFF<Bit>,
    e_binc: Signal<Local, Bits<2>>,
    e_xk: DFF<Bits<16>>,
    e_xoff: DFF<Bits<16>>,
    // Registered SRAM addresses (x_base + b*K + k and w_base + g*K + k), kept in step with
    // the counters so no adder sits before the block RAMs' address pins.
    e_xaddr: DFF<Bits<16>>,
    e_waddr: DFF<Bits<16>>,
    e_wgroup: DFF<Bits<16>>,
    e_ch: DFF<Bits<12>>,
    e_n: DFF<Bits<5>>,
    e_lastg: DFF<Bit>,
    nx_ch: DFF<Bits<13>>,
    nx_rem: DFF<Bits<13>>,
    nx_next_last: DFF<Bit>,
    nx_n: DFF<Bits<5>>,
    /// The next group's `kmax − 2`.
    nx_km2: DFF<Bits<13>>,
    e_kload: Signal<Local, Bit>,
    e_kd_base: Signal<Local, Bits<13>>,
    e_kf_base: Signal<Local, Bits<13>>,
    e_k_step: Signal<Local, Bits<13>>,
    /// The next group has more channels than inputs (`n > K`).
    nx_wide: Signal<Local, Bit>,
    // Stage 2's compares as borrows against layer constants, so stage 3 only selects:
    // nx_rem − 2, nx_rem < L and nx_rem > K, from N − 2, N − L and N − K (two's complement).
    nx_remm2: DFF<Bits<13>>,
    nx_rem_lt_l: DFF<Bit>,
    nx_rem_gt_k: DFF<Bit>,
    nx_lt_l: Signal<Local, Bits<15>>,
    nx_gt_k: Signal<Local, Bits<15>>,
    e_issue: Signal<Local, Bit>,
    // e_active & e_kin as a register of its own (from their next values), so the issue strobe
    // that the counters, lanes and address registers fan out from leaves a flip-flop.
    e_issue_q: DFF<Bit>,
    e_kin_next: Signal<Local, Bit>,
    e_active_next: Signal<Local, Bit>,
    e_last: Signal<Local, Bit>,
    // Control pipeline to the lanes (p1: t+1, p2: t+2, p3: t+3).
    p1_valid: DFF<Bit>,
    p1_first: DFF<Bit>,
    p1_b: DFF<Bits<2>>,
    p1_last: DFF<Bit>,
    p1_ch: DFF<Bits<12>>,
    p1_n: DFF<Bits<5>>,
    p1_lastg: DFF<Bit>,
    p2_valid: DFF<Bit>,
    p2_first: DFF<Bit>,
    p2_b: DFF<Bits<2>>,
    p2_last: DFF<Bit>,
    p2_ch: DFF<Bits<12>>,
    p2_n: DFF<Bits<5>>,
    p2_lastg: DFF<Bit>,
    p3_valid_q: DFF<Bit>,
    p3_first_q: DFF<Bit>,
    p3_b_q: DFF<Bits<2>>,
    p3_last: DFF<Bit>,
    p3_ch: DFF<Bits<12>>,
    p3_n: DFF<Bits<5>>,
    p3_lastg: DFF<Bit>,
    p4_last_q: DFF<Bit>,
    p4_ch_q: DFF<Bits<12>>,
    p4_n_q: DFF<Bits<5>>,
    p4_lastg_q: DFF<Bit>,
}

impl MacEngine {
    /// The issue engine of a tile of `config`.
    pub fn new(config: &TileConfig) -> Self {
        MacEngine {
            clock: Default::default(),
            reset: Default::default(),
            decode: Default::default(),
            check: Default::default(),
            chk_pass: Default::default(),
            ir: Default::default(),
            k: Default::default(),
            n: Default::default(),
            b1: Default::default(),
            bm1: Default::default(),
            km2: Default::default(),
            nm2: Default::default(),
            nml: Default::default(),
            nmk: Default::default(),
            k_lt_l: Default::default(),
            kd0: Default::default(),
            single: Default::default(),
            first_n: Default::default(),
            km2_full: Default::default(),
            km2_last: Default::default(),
            issue: Default::default(),
            x_addr: Default::default(),
            w_addr: Default::default(),
            issue_n: Default::default(),
            w_read: Default::default(),
            p3_valid: Default::default(),
            p3_first: Default::default(),
            p3_b: Default::default(),
            p4_last: Default::default(),
            p4_ch: Default::default(),
            p4_n: Default::default(),
            p4_lastg: Default::default(),
            n_lanes: Constant::new((config.lanes() as u64).into()),
            mb1: Constant::new(config.max_batch() == 1),
            serial_c: Constant::new(config.requant() == RequantKind::Serial),
            f_xbase: Default::default(),
            e_active: Default::default(),
            e_bend_c: Default::default(),
            e_b: Default::default(),
            e_kd: Default::default(),
            e_kf: Default::default(),
            e_kin: Default::default(),
            e_kfirst: Default::default(),
            e_kend: Default::default(),
            e_kfin: Default::default(),
            e_bend: Default::default(),
            e_binc: Default::default(),
            e_xk: Default::default(),
            e_xoff: Default::default(),
            e_xaddr: Default::default(),
            e_waddr: Default::default(),
            e_wgroup: Default::default(),
            e_ch: Default::default(),
            e_n: Default::default(),
            e_lastg: Default::default(),
            nx_ch: Default::default(),
            nx_rem: Default::default(),
            nx_next_last: Default::default(),
            nx_n: Default::default(),
            nx_km2: Default::default(),
            e_kload: Default::default(),
            e_kd_base: Default::default(),
            e_kf_base: Default::default(),
            e_k_step: Default::default(),
            nx_wide: Default::default(),
            nx_remm2: Default::default(),
            nx_rem_lt_l: Default::default(),
            nx_rem_gt_k: Default::default(),
            nx_lt_l: Default::default(),
            nx_gt_k: Default::default(),
            e_issue: Default::default(),
            e_issue_q: Default::default(),
            e_kin_next: Default::default(),
            e_active_next: Default::default(),
            e_last: Default::default(),
            p1_valid: Default::default(),
            p1_first: Default::default(),
            p1_b: Default::default(),
            p1_last: Default::default(),
            p1_ch: Default::default(),
            p1_n: Default::default(),
            p1_lastg: Default::default(),
            p2_valid: Default::default(),
            p2_first: Default::default(),
            p2_b: Default::default(),
            p2_last: Default::default(),
            p2_ch: Default::default(),
            p2_n: Default::default(),
            p2_lastg: Default::default(),
            p3_valid_q: Default::default(),
            p3_first_q: Default::default(),
            p3_b_q: Default::default(),
            p3_last: Default::default(),
            p3_ch: Default::default(),
            p3_n: Default::default(),
            p3_lastg: Default::default(),
            p4_last_q: Default::default(),
            p4_ch_q: Default::default(),
            p4_n_q: Default::default(),
            p4_lastg_q: Default::default(),
        }
    }
}

impl Logic for MacEngine {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            f_xbase,
            e_active,
            e_b,
            e_kd,
            e_kf,
            e_kin,
            e_kfirst,
            e_bend,
            e_xk,
            e_xoff,
            e_xaddr,
            e_waddr,
            e_wgroup,
            e_ch,
            e_n,
            e_lastg,
            nx_ch,
            nx_rem,
            nx_next_last,
            nx_n,
            nx_km2,
            nx_remm2,
            nx_rem_lt_l,
            nx_rem_gt_k,
            e_issue_q,
            p1_valid,
            p1_first,
            p1_b,
            p1_last,
            p1_ch,
            p1_n,
            p1_lastg,
            p2_valid,
            p2_first,
            p2_b,
            p2_last,
            p2_ch,
            p2_n,
            p2_lastg,
            p3_valid_q,
            p3_first_q,
            p3_b_q,
            p3_last,
            p3_ch,
            p3_n,
            p3_lastg,
            p4_last_q,
            p4_ch_q,
            p4_n_q,
            p4_lastg_q
        );
        self.x_addr.next = self.e_xaddr.q.val();
        self.w_addr.next = self.e_waddr.q.val();
        self.p3_valid.next = self.p3_valid_q.q.val();
        self.p3_first.next = self.p3_first_q.q.val();
        self.p3_b.next = self.p3_b_q.q.val();
        self.p4_last.next = self.p4_last_q.q.val();
        self.p4_ch.next = self.p4_ch_q.q.val();
        self.p4_n.next = self.p4_n_q.q.val();
        self.p4_lastg.next = self.p4_lastg_q.q.val();

        self.e_kend.next = self.e_kd.q.val().get_bit(12);
        self.e_kfin.next = self.e_kin.q.val() & self.e_kf.q.val().get_bit(12);
        self.e_issue.next = self.e_issue_q.q.val();
        self.issue.next = self.e_issue.val();
        // Idle, the engine keeps e_kin set and the k counters loading (below), so Check need
        // not touch them: no state decode sits in front of these flip-flops.
        self.e_kin_next.next = self.e_kin.q.val() | !self.e_active.q.val();
        // chk_pass: in Check, every check passed (the engine starts at the coming edge).
        self.e_active_next.next = self.e_active.q.val() | self.chk_pass.val();
        // With max_batch = 1 every running FC has B = 1 (§7's BATCH), so b always ends a
        // vector: the constant folds the b loop (and e_xaddr + K) away.
        self.e_bend_c.next = self.e_bend.q.val() | self.mb1.val();
        self.e_last.next = self.e_issue.val() & self.e_kfin.val() & self.e_bend_c.val();
        self.e_binc.next = self.e_b.q.val() + 1;
        // The next group's channel base, size and slot length, pipelined over three registers
        // from e_ch: valid three cycles after a group starts, and every slot but the last lasts
        // at least L*B >= 4 cycles. Whether the current group is the last is the register
        // e_lastg (set at Check, then from nx_next_last when a group starts).
        // 13 bits: nx_ch + L stays below 2^13 for any channel base below 4096 (nx_rem is garbage
        // past the last group, where nothing loads it).
        self.nx_ch.d.next =
            bit_cast::<13, 12>(self.e_ch.q.val()) + bit_cast::<13, 16>(self.n_lanes.val());
        self.nx_rem.d.next = bit_cast::<13, 16>(self.n.val()) - self.nx_ch.q.val();
        self.nx_next_last.d.next = self.nx_ch.q.val() + bit_cast::<13, 16>(self.n_lanes.val())
            >= bit_cast::<13, 16>(self.n.val());
        // 15 bits hold N − L, N − K (both in (−4096, 4096)) minus or plus nx_ch (< 4128).
        self.nx_remm2.d.next = self.nm2.val() - self.nx_ch.q.val();
        self.nx_lt_l.next = self.nml.val() - bit_cast::<15, 13>(self.nx_ch.q.val());
        self.nx_rem_lt_l.d.next = self.nx_lt_l.val().get_bit(14);
        self.nx_gt_k.next = bit_cast::<15, 13>(self.nx_ch.q.val()) - self.nmk.val();
        self.nx_rem_gt_k.d.next = self.nx_gt_k.val().get_bit(14);
        self.nx_n.d.next = bit_cast::<5, 16>(self.n_lanes.val());
        if self.nx_rem_lt_l.q.val() {
            self.nx_n.d.next = bit_cast::<5, 13>(self.nx_rem.q.val());
        }
        // The next group's kmax − 2: kmax is n when it has more channels n than inputs K, else K.
        self.nx_wide.next = self.nx_rem_gt_k.q.val() & self.k_lt_l.val();
        self.nx_km2.d.next = self.km2.val();
        if self.nx_wide.val() {
            self.nx_km2.d.next = bit_cast::<13, 16>(self.n_lanes.val() - 2);
            if self.nx_rem_lt_l.q.val() {
                self.nx_km2.d.next = self.nx_remm2.q.val();
            }
        }
        if self.serial_c.val() {
            self.nx_km2.d.next = self.km2_full.val();
            if self.nx_next_last.q.val() {
                self.nx_km2.d.next = self.km2_last.val();
            }
        }
        // In Check, nx_km2 holds the first group's start instead (nothing else reads it then).
        if self.decode.val() {
            self.nx_km2.d.next = self.kd0.val();
        }
        // The k counters step when k advances (every B issues) and load while the engine is
        // idle (so in Check, when nx_km2 holds the first group's start) and at a group's end
        // (past the last group the load is garbage, and unused). The load goes through the
        // adder, as an operand and a zero decrement, so the adder is last before each
        // flip-flop (the two pack into one cell) and the 13-bit chain ends at a register.
        self.e_kload.next = !self.e_active.q.val() | self.e_kend.val();
        self.e_kd_base.next = self.e_kd.q.val();
        self.e_kf_base.next = self.e_kf.q.val();
        self.e_k_step.next = 0x1FFF.into();
        if self.e_kload.val() {
            self.e_kd_base.next = self.nx_km2.q.val();
            self.e_kf_base.next = self.km2.val();
            self.e_k_step.next = 0.into();
        }
        if !self.e_active.q.val() | self.e_bend_c.val() {
            self.e_kd.d.next = self.e_kd_base.val() + self.e_k_step.val();
            self.e_kf.d.next = self.e_kf_base.val() + self.e_k_step.val();
        }
        self.p1_valid.d.next = self.e_issue.val();
        self.p1_first.d.next = self.e_kfirst.q.val();
        self.p1_b.d.next = self.e_b.q.val();
        self.p1_last.d.next = self.e_last.val();
        self.p1_ch.d.next = self.e_ch.q.val();
        self.p1_n.d.next = self.e_n.q.val();
        self.p1_lastg.d.next = self.e_lastg.q.val();
        self.p2_valid.d.next = self.p1_valid.q.val();
        self.p2_first.d.next = self.p1_first.q.val();
        self.p2_b.d.next = self.p1_b.q.val();
        self.p2_last.d.next = self.p1_last.q.val();
        self.p2_ch.d.next = self.p1_ch.q.val();
        self.p2_n.d.next = self.p1_n.q.val();
        self.p2_lastg.d.next = self.p1_lastg.q.val();
        self.p3_valid_q.d.next = self.p2_valid.q.val();
        self.p3_first_q.d.next = self.p2_first.q.val();
        self.p3_b_q.d.next = self.p2_b.q.val();
        self.p3_last.d.next = self.p2_last.q.val();
        self.p3_ch.d.next = self.p2_ch.q.val();
        self.p3_n.d.next = self.p2_n.q.val();
        self.p3_lastg.d.next = self.p2_lastg.q.val();
        self.p4_last_q.d.next = self.p3_last.q.val();
        self.p4_ch_q.d.next = self.p3_ch.q.val();
        self.p4_n_q.d.next = self.p3_n.q.val();
        self.p4_lastg_q.d.next = self.p3_lastg.q.val();
        self.issue_n.next = 0.into();
        self.w_read.next = false;
        if self.e_issue.val() {
            self.issue_n.next = self.e_n.q.val();
            self.w_read.next = self.e_b.q.val() == 0;
        }
        if self.e_active.q.val() {
            if self.e_bend_c.val() {
                self.e_b.d.next = 0.into();
                self.e_bend.d.next = self.b1.val();
                self.e_xoff.d.next = 0.into();
                if self.e_kend.val() {
                    if self.e_lastg.q.val() {
                        self.e_active_next.next = false;
                    } else {
                        self.e_kfirst.d.next = true;
                        self.e_kin_next.next = true;
                        self.e_xk.d.next = self.f_xbase.q.val();
                        self.e_xaddr.d.next = self.f_xbase.q.val();
                        self.e_waddr.d.next = self.e_wgroup.q.val() + self.k.val();
                        self.e_ch.d.next = bit_cast::<12, 13>(self.nx_ch.q.val());
                        self.e_wgroup.d.next = self.e_wgroup.q.val() + self.k.val();
                        self.e_n.d.next = self.nx_n.q.val();
                        self.e_lastg.d.next = self.nx_next_last.q.val();
                    }
                } else {
                    self.e_kfirst.d.next = false;
                    self.e_kin_next.next = self.e_kin.q.val() & !self.e_kfin.val();
                    self.e_xk.d.next = self.e_xk.q.val() + 1;
                    self.e_xaddr.d.next = self.e_xk.q.val() + 1;
                    self.e_waddr.d.next = self.e_waddr.q.val() + 1;
                }
            } else {
                self.e_b.d.next = self.e_binc.val();
                self.e_bend.d.next = self.e_binc.val() == self.bm1.val();
                self.e_xoff.d.next = self.e_xoff.q.val() + self.k.val();
                self.e_xaddr.d.next = self.e_xaddr.q.val() + self.k.val();
            }
        }
        if self.check.val() {
            // The FC's first group (loaded whether or not validation passes: unused after an
            // error).
            self.f_xbase.d.next = self.ir.val().get_bits::<16>(16);
            self.e_kfirst.d.next = true;
            self.e_b.d.next = 0.into();
            self.e_xk.d.next = self.ir.val().get_bits::<16>(16);
            self.e_xaddr.d.next = self.ir.val().get_bits::<16>(16);
            self.e_waddr.d.next = self.ir.val().get_bits::<16>(0);
            self.e_xoff.d.next = 0.into();
            self.e_wgroup.d.next = self.ir.val().get_bits::<16>(0);
            self.e_ch.d.next = 0.into();
            self.e_lastg.d.next = self.single.val();
            self.e_n.d.next = bit_cast::<5, 16>(self.first_n.val());
            self.e_bend.d.next = self.b1.val();
        }
        self.e_kin.d.next = self.e_kin_next.val();
        self.e_active.d.next = self.e_active_next.val();
        self.e_issue_q.d.next = self.e_active_next.val() & self.e_kin_next.val();

        if self.reset.val() {
            self.e_active.d.next = false;
            self.e_issue_q.d.next = false;
            self.p1_valid.d.next = false;
            self.p1_last.d.next = false;
            self.p2_valid.d.next = false;
            self.p2_last.d.next = false;
            self.p3_valid_q.d.next = false;
            self.p3_last.d.next = false;
            self.p4_last_q.d.next = false;
        }
    }
}
