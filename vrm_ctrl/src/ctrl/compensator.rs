//! The compensator (docs/vrm.md §6) and the regulation point (§5's load line), on one shared,
//! pipelined multiplier.
//!
//! # Contract
//! - The error `err = v_set − vout` (16 bits, two's complement) is combinational; at a tick
//!   (`kc = 0`) it is sampled, saturated to 13 bits, as `e_s`.
//! - The multiplier's operands are chosen by `kc` (1: KP·e, 2: KI·e, 3: KD·Δe, 6: the gain
//!   schedule (`sched`, §6's `n_built/n_active` table) · (p + d), 7: VOUT_DROOP · max(i_filt,
//!   0)); operands and product are registered inside the DSP, so each product is used two edges
//!   later: `p_t` at kc = 3, `d` at kc = 5 and the integrator at kc = 4 (both in RUN only), the
//!   duty `u` at kc = 8 (RUN), `v_set = sat(vref − droop, 0, 8191)` at kc = 9.
//! - The integrator and `u` saturate to `[0, u_max]` (anti-windup: the integrator holds while
//!   `u` sits at a limit and the error pushes further).
//! - `turn_on` and `reset` clear the state, the operands and the product.

use rtl::mul::{Mul16x16, MulTarget};
use rust_hdl::prelude::*;

/// The compensator. See the module docs.
#[derive(LogicBlock)]
pub struct Compensator {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// The controller turns on at this edge.
    pub turn_on: Signal<In, Bit>,
    /// The control-period clock count.
    pub kc: Signal<In, Bits<7>>,
    /// The mode is RUN.
    pub run: Signal<In, Bit>,
    /// Output voltage code.
    pub vout: Signal<In, Bits<13>>,
    /// Reference (the reference's 13 integer bits).
    pub vref: Signal<In, Bits<13>>,
    /// Filtered total current (signed, §5).
    pub i_filt: Signal<In, Bits<24>>,
    /// The gain schedule's entry for `n_active`.
    pub sched: Signal<In, Bits<13>>,
    /// Duty limit.
    pub u_max: Signal<In, Bits<16>>,
    /// MFR_KP.
    pub kp: Signal<In, Bits<16>>,
    /// MFR_KI.
    pub ki: Signal<In, Bits<16>>,
    /// MFR_KD.
    pub kd: Signal<In, Bits<16>>,
    /// MFR_DF.
    pub df: Signal<In, Bits<2>>,
    /// VOUT_DROOP.
    pub droop_gain: Signal<In, Bits<16>>,
    /// The error `v_set − vout`.
    pub err: Signal<Out, Bits<16>>,
    /// The duty command `u`.
    pub u: Signal<Out, Bits<16>>,
    /// The regulation point.
    pub v_set: Signal<Out, Bits<13>>,

    // §6's multiplier: operand and product registers inside one DSP. `prod_clr` stands for the
    // product register's clear at a turn-on or reset (a DSP register has no synchronous clear).
    mul: Mul16x16,
    op_a: Signal<Local, Bits<16>>,
    op_b: Signal<Local, Bits<16>>,
    prod_clr: DFF<Bit>,
    prod: Signal<Local, Bits<32>>,
    v_set_q: DFF<Bits<13>>,
    e_s: DFF<Bits<13>>,
    p_t: DFF<Bits<24>>,
    d_filt: DFF<Bits<28>>,
    // !e_prev (§6's previous error, inverted).
    e_pn: DFF<Bits<13>>,
    e_s_x: Signal<Local, Bits<14>>,
    e_pn_x: Signal<Local, Bits<14>>,
    acc_i: DFF<Bits<32>>,
    u_q: DFF<Bits<16>>,
    vout16: Signal<Local, Bits<16>>,
    vset16: Signal<Local, Bits<16>>,
    err_l: Signal<Local, Bits<16>>,
    de: Signal<Local, Bits<14>>,
    pd: Signal<Local, Bits<16>>,
    p28: Signal<Local, Bits<28>>,
    pd_raw: Signal<Local, Bits<28>>,
    acc_sum: Signal<Local, Bits<33>>,
    acc_lim: Signal<Local, Bits<33>>,
    acc_new: Signal<Local, Bits<32>>,
    u_sum: Signal<Local, Bits<33>>,
    d_raw: Signal<Local, Bits<28>>,
    d_diff: Signal<Local, Bits<28>>,
    d_step: Signal<Local, Bits<28>>,
    droop: Signal<Local, Bits<16>>,
    vset_new: Signal<Local, Bits<17>>,
}

impl Compensator {
    /// The compensator, its multiplier built for `target`.
    pub fn new(target: MulTarget) -> Self {
        Compensator {
            clock: Default::default(),
            reset: Default::default(),
            turn_on: Default::default(),
            kc: Default::default(),
            run: Default::default(),
            vout: Default::default(),
            vref: Default::default(),
            i_filt: Default::default(),
            sched: Default::default(),
            u_max: Default::default(),
            kp: Default::default(),
            ki: Default::default(),
            kd: Default::default(),
            df: Default::default(),
            droop_gain: Default::default(),
            err: Default::default(),
            u: Default::default(),
            v_set: Default::default(),
            mul: Mul16x16::signed_b(target),
            op_a: Default::default(),
            op_b: Default::default(),
            prod_clr: Default::default(),
            prod: Default::default(),
            v_set_q: Default::default(),
            e_s: Default::default(),
            p_t: Default::default(),
            d_filt: Default::default(),
            e_pn: Default::default(),
            e_s_x: Default::default(),
            e_pn_x: Default::default(),
            acc_i: Default::default(),
            u_q: Default::default(),
            vout16: Default::default(),
            vset16: Default::default(),
            err_l: Default::default(),
            de: Default::default(),
            pd: Default::default(),
            p28: Default::default(),
            pd_raw: Default::default(),
            acc_sum: Default::default(),
            acc_lim: Default::default(),
            acc_new: Default::default(),
            u_sum: Default::default(),
            d_raw: Default::default(),
            d_diff: Default::default(),
            d_step: Default::default(),
            droop: Default::default(),
            vset_new: Default::default(),
        }
    }
}

impl Logic for Compensator {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, prod_clr, v_set_q, e_s, p_t, d_filt, e_pn, acc_i, u_q);
        self.u.next = self.u_q.q.val();
        self.v_set.next = self.v_set_q.q.val();
        self.vout16.next = bit_cast::<16, 13>(self.vout.val());
        self.vset16.next = bit_cast::<16, 13>(self.v_set_q.q.val());
        self.err_l.next = self.vset16.val() - self.vout16.val();
        self.err.next = self.err_l.val();
        // Δe = e − e_prev = e + !e_prev + 1, from `e_pn` = !e_prev (stored inverted, so no
        // subtrahend comes straight from a register: SB_CARRY has no inverted input).
        self.e_s_x.next = bit_cast::<14, 13>(self.e_s.q.val());
        if self.e_s.q.val().get_bit(12) {
            self.e_s_x.next = bit_cast::<14, 13>(self.e_s.q.val()) | 0x2000;
        }
        self.e_pn_x.next = bit_cast::<14, 13>(self.e_pn.q.val());
        if self.e_pn.q.val().get_bit(12) {
            self.e_pn_x.next = bit_cast::<14, 13>(self.e_pn.q.val()) | 0x2000;
        }
        self.de.next = self.e_s_x.val() + self.e_pn_x.val() + 1;
        self.p28.next = bit_cast::<28, 24>(self.p_t.q.val());
        if self.p_t.q.val().get_bit(23) {
            self.p28.next = bit_cast::<28, 24>(self.p_t.q.val()) | 0xF000000_u64;
        }
        self.pd_raw.next = self.p28.val() + self.d_filt.q.val();
        self.pd.next = bit_cast::<16, 28>(self.pd_raw.val());
        if (self.pd_raw.val() ^ 0x8000000_u64) > (0x7FFF_u64 ^ 0x8000000_u64) {
            self.pd.next = 0x7FFF_u64.into();
        } else if (self.pd_raw.val() ^ 0x8000000_u64) < (0xFFF8000_u64 ^ 0x8000000_u64) {
            self.pd.next = 0x8000_u64.into();
        }
        // Operands (§6): a coefficient, unsigned, by a signed 16-bit value.
        self.op_a.next = 0.into();
        self.op_b.next = 0.into();
        if self.kc.val() == 1 {
            self.op_a.next = self.kp.val();
        }
        if self.kc.val() == 2 {
            self.op_a.next = self.ki.val();
        }
        if (self.kc.val() == 1) | (self.kc.val() == 2) {
            self.op_b.next = bit_cast::<16, 13>(self.e_s.q.val());
            if self.e_s.q.val().get_bit(12) {
                self.op_b.next = bit_cast::<16, 13>(self.e_s.q.val()) | 0xE000_u64;
            }
        }
        if self.kc.val() == 3 {
            self.op_a.next = self.kd.val();
            self.op_b.next = bit_cast::<16, 14>(self.de.val());
            if self.de.val().get_bit(13) {
                self.op_b.next = bit_cast::<16, 14>(self.de.val()) | 0xC000_u64;
            }
        }
        if self.kc.val() == 6 {
            self.op_a.next = bit_cast::<16, 13>(self.sched.val());
            self.op_b.next = self.pd.val();
        }
        if self.kc.val() == 7 {
            self.op_a.next = self.droop_gain.val();
            if !self.i_filt.val().get_bit(23) {
                self.op_b.next = bit_cast::<16, 24>(self.i_filt.val());
            }
        }
        // The pipeline (§6): operands and product registered in the DSP, results two edges
        // later; a turn-on or reset clears operands (here) and product (`prod_clr`, below).
        self.mul.clock.next = self.clock.val();
        self.mul.a.next = self.op_a.val();
        self.mul.b.next = self.op_b.val();
        self.prod_clr.d.next = false;
        self.prod.next = self.mul.p.val();
        if self.prod_clr.q.val() {
            self.prod.next = 0.into();
        }

        // edge kc = 0: sample the error (§6).
        if self.kc.val() == 0 {
            self.e_s.d.next = bit_cast::<13, 16>(self.err_l.val());
            if ((self.err_l.val() ^ 0x8000_u64) > (4095 ^ 0x8000_u64))
                & !self.err_l.val().get_bit(15)
            {
                self.e_s.d.next = 4095.into();
            }
            if ((self.err_l.val() ^ 0x8000_u64) < (0xF000 ^ 0x8000_u64))
                & self.err_l.val().get_bit(15)
            {
                self.e_s.d.next = 0x1000.into();
            }
        }
        // kc = 3: p_t = (KP · e) >> 8.
        if self.kc.val() == 3 {
            self.p_t.d.next = bit_cast::<24, 32>(self.prod.val() >> 8);
        }
        // kc = 5 in RUN: d = d + (((KD · Δe) >> 4 − d) >> DF) (`d_filt` is §6's `d`, the
        // filtered derivative term).
        self.d_raw.next = bit_cast::<28, 32>(self.prod.val() >> 4);
        self.d_diff.next = self.d_raw.val() - self.d_filt.q.val();
        self.d_step.next = self.d_diff.val() >> self.df.val();
        if self.d_diff.val().get_bit(27) {
            self.d_step.next = !((!self.d_diff.val()) >> self.df.val());
        }
        if (self.kc.val() == 5) & self.run.val() {
            self.d_filt.d.next = self.d_filt.q.val() + self.d_step.val();
        }
        // kc = 4 in RUN: the integrator takes KI · e where it lands (§6).
        self.acc_sum.next =
            bit_cast::<33, 32>(self.acc_i.q.val()) + bit_cast::<33, 32>(self.prod.val());
        if self.prod.val().get_bit(31) {
            self.acc_sum.next = bit_cast::<33, 32>(self.acc_i.q.val())
                + (bit_cast::<33, 32>(self.prod.val()) | 0x100000000_u64);
        }
        self.acc_lim.next = bit_cast::<33, 16>(self.u_max.val()) << 14;
        self.acc_new.next = self.acc_i.q.val();
        if !(((self.u_q.q.val() == self.u_max.val())
            & !self.e_s.q.val().get_bit(12)
            & (self.e_s.q.val() != 0))
            | ((self.u_q.q.val() == 0) & self.e_s.q.val().get_bit(12)))
        {
            if self.acc_sum.val().get_bit(32) {
                self.acc_new.next = 0.into();
            } else if self.acc_sum.val() > self.acc_lim.val() {
                self.acc_new.next = bit_cast::<32, 33>(self.acc_lim.val());
            } else {
                self.acc_new.next = bit_cast::<32, 33>(self.acc_sum.val());
            }
        }
        if (self.kc.val() == 4) & self.run.val() {
            self.acc_i.d.next = self.acc_new.val();
        }
        // kc = 8 in RUN: the duty (§6).
        self.u_sum.next =
            bit_cast::<33, 32>(self.acc_i.q.val() >> 14) + bit_cast::<33, 32>(self.prod.val() >> 8);
        if self.prod.val().get_bit(31) {
            self.u_sum.next = bit_cast::<33, 32>(self.acc_i.q.val() >> 14)
                + (bit_cast::<33, 32>(self.prod.val() >> 8) | 0x1FF000000_u64);
        }
        if (self.kc.val() == 8) & self.run.val() {
            self.e_pn.d.next = !self.e_s.q.val();
            if self.u_sum.val().get_bit(32) {
                self.u_q.d.next = 0.into();
            } else if self.u_sum.val() > bit_cast::<33, 16>(self.u_max.val()) {
                self.u_q.d.next = self.u_max.val();
            } else {
                self.u_q.d.next = bit_cast::<16, 33>(self.u_sum.val());
            }
        }
        // kc = 9: v_set = sat(vref − ((max(i_filt, 0) · G) >> 16), 0, 8191) (§5).
        self.droop.next = self.prod.val().get_bits::<16>(16);
        // vref − droop in 17 bits: its sign is the clamp at 0 (no separate comparison).
        self.vset_new.next =
            bit_cast::<17, 13>(self.vref.val()) - bit_cast::<17, 16>(self.droop.val());
        if self.kc.val() == 9 {
            if self.vset_new.val().get_bit(16) {
                self.v_set_q.d.next = 0.into();
            } else {
                self.v_set_q.d.next = bit_cast::<13, 17>(self.vset_new.val());
            }
        }

        if self.turn_on.val() {
            self.acc_i.d.next = 0.into();
            self.p_t.d.next = 0.into();
            self.d_filt.d.next = 0.into();
            self.mul.a.next = 0.into();
            self.mul.b.next = 0.into();
            self.prod_clr.d.next = true;
            self.e_pn.d.next = 0x1FFF.into();
            self.e_s.d.next = 0.into();
            self.u_q.d.next = 0.into();
        }
        if self.reset.val() {
            self.mul.a.next = 0.into();
            self.mul.b.next = 0.into();
            self.prod_clr.d.next = true;
            self.v_set_q.d.next = 0.into();
            self.e_s.d.next = 0.into();
            self.p_t.d.next = 0.into();
            self.d_filt.d.next = 0.into();
            self.e_pn.d.next = 0x1FFF.into();
            self.acc_i.d.next = 0.into();
            self.u_q.d.next = 0.into();
        }
    }
}
