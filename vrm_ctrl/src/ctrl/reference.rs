//! The reference, the soft start and the current filter (docs/vrm.md §5).
//!
//! # Contract
//! - `v_tgt = min(VOUT_COMMAND, VOUT_MAX)`. At each tick while on, the reference (21 bits, 8
//!   fractional) moves toward `v_tgt` by at most `rate` (VOUT_TRANSITION_RATE; during a soft
//!   start `ss_rate`, at least 1, or 0 while the divider is pending) and lands on it; a soft
//!   start ends when it lands. The filter takes `i_filt += i_tot − (i_filt >> 4)` at the same
//!   ticks.
//! - `ss_rate = (v_tgt << 8) / TON_RISE` (TON_RISE 0 counts as 1) is computed by a restoring
//!   divider, one quotient bit per clock, started 24 edges after a write that changes it
//!   (`restart`: the pending count reloads to 71; reset does too), so the written values have
//!   landed. `idle` is low while the count runs: a turn-on waits for it.
//! - `turn_on` starts a soft start from 0 and clears the filter; reset clears all.

use rust_hdl::prelude::*;

/// Reference, soft start and current filter. See the module docs.
#[derive(LogicBlock, Default)]
pub struct Reference {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// The controller turns on at this edge.
    pub turn_on: Signal<In, Bit>,
    /// A control tick.
    pub tick: Signal<In, Bit>,
    /// The controller is on (RUN, BOOST or CLAMP).
    pub on: Signal<In, Bit>,
    /// A write that changes the soft-start rate was accepted.
    pub restart: Signal<In, Bit>,
    /// VOUT_COMMAND.
    pub vout_command: Signal<In, Bits<13>>,
    /// VOUT_MAX.
    pub vout_max: Signal<In, Bits<13>>,
    /// VOUT_TRANSITION_RATE.
    pub transition_rate: Signal<In, Bits<21>>,
    /// TON_RISE.
    pub ton_rise: Signal<In, Bits<20>>,
    /// The total current (signed, sign-extended to 24 bits).
    pub i_tot: Signal<In, Bits<24>>,
    /// The reference (21 bits, 8 fractional).
    pub vref: Signal<Out, Bits<21>>,
    /// A soft start is running.
    pub ss: Signal<Out, Bit>,
    /// No soft-start rate computation is pending.
    pub idle: Signal<Out, Bit>,
    /// The filtered current `i_filt >> 4` (signed).
    pub i_filt: Signal<Out, Bits<24>>,

    ss_q: DFF<Bit>,
    vref_q: DFF<Bits<21>>,
    ss_pending: DFF<Bits<7>>,
    div_nq: DFF<Bits<21>>,
    // The divisor max(1, TON_RISE), read live: TON_RISE changes only by a write that restarts
    // the computation, and lands when the dividend is latched (pending = 47), so it holds
    // still over the whole division (no copy of it is kept).
    div_den: Signal<Local, Bits<20>>,
    div_rem: DFF<Bits<21>>,
    i_filt_q: DFF<Bits<24>>,
    i_filt_s: Signal<Local, Bits<24>>,
    v_tgt: Signal<Local, Bits<13>>,
    div_try: Signal<Local, Bits<22>>,
    target: Signal<Local, Bits<21>>,
    rate: Signal<Local, Bits<21>>,
    ref_diff: Signal<Local, Bits<22>>,
    ref_up: Signal<Local, Bit>,
    ref_down: Signal<Local, Bit>,
    ref_slack: Signal<Local, Bits<23>>,
    ref_reach: Signal<Local, Bit>,
    ref_dx: Signal<Local, Bits<22>>,
    ref_dx23: Signal<Local, Bits<23>>,
    ref_step: Signal<Local, Bits<21>>,
}

impl Logic for Reference {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, ss_q, vref_q, ss_pending, div_nq, div_rem, i_filt_q);
        self.vref.next = self.vref_q.q.val();
        self.ss.next = self.ss_q.q.val();
        self.idle.next = self.ss_pending.q.val() == 0;
        self.i_filt_s.next = self.i_filt_q.q.val() >> 4;
        if self.i_filt_q.q.val().get_bit(23) {
            self.i_filt_s.next = (self.i_filt_q.q.val() >> 4) | 0xF00000_u64;
        }
        self.i_filt.next = self.i_filt_s.val();
        self.v_tgt.next = self.vout_command.val();
        if self.vout_max.val() < self.vout_command.val() {
            self.v_tgt.next = self.vout_max.val();
        }

        // Reference and current filter at ticks while on.
        self.target.next = bit_cast::<21, 13>(self.v_tgt.val()) << 8;
        self.rate.next = self.transition_rate.val();
        // The divider's quotient register holds ss_rate once done; a soft start holds while it
        // is pending.
        if self.ss_q.q.val() {
            self.rate.next = self.div_nq.q.val();
            // ss_rate is at least 1: a long TON_RISE still ends.
            if self.div_nq.q.val() == 0 {
                self.rate.next = 1.into();
            }
            if self.ss_pending.q.val() != 0 {
                self.rate.next = 0.into();
            }
        }
        // Toward the target by at most `rate`, from one difference: nd = vref_q − target (the
        // register the minuend: SB_CARRY has no inverted input), the step lands on the target
        // when rate ≥ |nd| (rate − |nd| is one add with nd's sign folded in), else moves by
        // ±rate. nd = 0 takes the "down" arm, which lands too. No clamp at 0 is needed: below
        // the target it rises, above it stops at the target (≥ 0) first.
        self.ref_diff.next =
            bit_cast::<22, 21>(self.vref_q.q.val()) - bit_cast::<22, 21>(self.target.val());
        self.ref_up.next = self.ref_diff.val().get_bit(21);
        // rate − |nd| = rate + (nd, inverted when nd ≥ 0) + (nd ≥ 0), sign-extended to 23 bits.
        self.ref_dx.next = !self.ref_diff.val();
        if self.ref_up.val() {
            self.ref_dx.next = self.ref_diff.val();
        }
        self.ref_dx23.next = bit_cast::<23, 22>(self.ref_dx.val());
        if self.ref_dx.val().get_bit(21) {
            self.ref_dx23.next = bit_cast::<23, 22>(self.ref_dx.val()) | 0x400000_u64;
        }
        // (Held at its width first: Verilog would invert `ref_up` after widening it.)
        self.ref_down.next = !self.ref_up.val();
        self.ref_slack.next = bit_cast::<23, 21>(self.rate.val())
            + self.ref_dx23.val()
            + bit_cast::<23, 1>(self.ref_down.val().into());
        self.ref_reach.next = !self.ref_slack.val().get_bit(22);
        self.ref_step.next = self.vref_q.q.val() - self.rate.val();
        if self.ref_up.val() {
            self.ref_step.next = self.vref_q.q.val() + self.rate.val();
        }
        if self.tick.val() & self.on.val() {
            self.vref_q.d.next = self.ref_step.val();
            if self.ref_reach.val() {
                self.vref_q.d.next = self.target.val();
                // ss ends when the new reference equals the target.
                self.ss_q.d.next = false;
            }
            self.i_filt_q.d.next = self.i_filt_q.q.val() + self.i_tot.val() - self.i_filt_s.val();
        }

        // Soft-start divider: latch at pending = 47, one quotient bit per clock.
        if self.ss_pending.q.val() != 0 {
            self.ss_pending.d.next = self.ss_pending.q.val() - 1;
        }
        self.div_den.next = self.ton_rise.val();
        if self.ton_rise.val() == 0 {
            self.div_den.next = 1.into();
        }
        // The trial subtraction of a division step: its borrow (bit 21) is the comparison.
        self.div_try.next = bit_cast::<22, 21>(
            (self.div_rem.q.val() << 1) | bit_cast::<21, 1>(self.div_nq.q.val().get_bits::<1>(20)),
        ) - bit_cast::<22, 20>(self.div_den.val());
        // The divider starts once the written values have landed (§11: 24 edges after the write).
        if self.ss_pending.q.val() == 0x2F_u64 {
            self.div_nq.d.next = bit_cast::<21, 13>(self.v_tgt.val()) << 8;
            self.div_rem.d.next = 0.into();
        } else if self.ss_pending.q.val() > 25 {
            // Restoring division in place: numerator bits leave `div_nq` at the top as quotient
            // bits enter at the bottom; after 29 steps it holds the quotient.
            if !self.div_try.val().get_bit(21) {
                self.div_rem.d.next = bit_cast::<21, 22>(self.div_try.val());
                self.div_nq.d.next = (self.div_nq.q.val() << 1) | 1;
            } else {
                self.div_rem.d.next = (self.div_rem.q.val() << 1)
                    | bit_cast::<21, 1>(self.div_nq.q.val().get_bits::<1>(20));
                self.div_nq.d.next = self.div_nq.q.val() << 1;
            }
        }
        if self.restart.val() {
            self.ss_pending.d.next = 71_u64.into();
        }

        if self.turn_on.val() {
            self.ss_q.d.next = true;
            self.vref_q.d.next = 0.into();
            self.i_filt_q.d.next = 0.into();
        }
        if self.reset.val() {
            self.ss_q.d.next = false;
            self.vref_q.d.next = 0.into();
            self.ss_pending.d.next = 71_u64.into();
            self.i_filt_q.d.next = 0.into();
        }
    }
}
