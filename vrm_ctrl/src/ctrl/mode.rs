//! The mode state machine (docs/vrm.md §7 transients, §10 responses) and phase management (§8).
//!
//! # Contract
//! - `turn_on`: OPERATION on and EN, in OFF (or HICCUP with its timer done), with Vin at least
//!   VIN_ON and no soft-start rate computation pending (`ref_idle`); the mode becomes RUN with
//!   `n_max` phases, and every block restarts from it.
//! - Off command: OFF. A shutting response (`shut`, `resp` from the fault block): LATCHED, or
//!   HICCUP for `(b + 1) · 10 000` clocks (`b` = the response's bits 2:0) when its retry bits
//!   are set.
//! - RUN, outside a soft start and the blanking after a transient or shed: an undershoot
//!   (`e > TR_UT` with a fall over 8 samples of at least TR_DV, or `e > 4·TR_UT`) enters BOOST
//!   with `n_max` phases; an overshoot likewise enters CLAMP. BOOST/CLAMP return to RUN after
//!   TR_MIN with the recovery (TR_REC) or at TR_MAX, then blank for TR_BLANK clocks.
//! - At a master period's end in RUN: phases above `n_max` are dropped; outside a soft start a
//!   phase is added when `i_filt > n·PH_ADD`, or shed after PH_DWELL periods when `i_filt <
//!   (n−1)·PH_SHED` (thresholds registered a period ahead); a shed blanks transient detection.
//! - Reset: OFF, one phase.

use super::mode_code;
use rtl::mul::{MulTarget, MulU16Q};
use rust_hdl::prelude::*;
use spec::vrm::Mode;

/// Mode and phase management. See the module docs.
#[derive(LogicBlock)]
pub struct ModeControl {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Enable pin.
    pub en: Signal<In, Bit>,
    /// OPERATION's on bit.
    pub operation_on: Signal<In, Bit>,
    /// Input voltage code.
    pub vin_code: Signal<In, Bits<13>>,
    /// VIN_ON.
    pub vin_on: Signal<In, Bits<13>>,
    /// No soft-start rate computation pending.
    pub ref_idle: Signal<In, Bit>,
    /// A soft start is running.
    pub ss: Signal<In, Bit>,
    /// The fault block's response shuts down.
    pub shut: Signal<In, Bit>,
    /// The deciding response byte.
    pub resp: Signal<In, Bits<8>>,
    /// The error `v_set − vout`.
    pub err: Signal<In, Bits<16>>,
    /// Vout fall over the last 8 samples (oldest − newest).
    pub fall: Signal<In, Bits<16>>,
    /// Vout rise over the last 8 samples.
    pub rise: Signal<In, Bits<16>>,
    /// The master period ends at this edge.
    pub period_end: Signal<In, Bit>,
    /// The filtered total current (signed).
    pub i_filt: Signal<In, Bits<24>>,
    /// MFR_N_MAX_ACTIVE.
    pub n_max_reg: Signal<In, Bits<5>>,
    /// MFR_TR_UT.
    pub tr_ut: Signal<In, Bits<16>>,
    /// MFR_TR_OT.
    pub tr_ot: Signal<In, Bits<16>>,
    /// MFR_TR_DV.
    pub tr_dv: Signal<In, Bits<16>>,
    /// MFR_TR_REC.
    pub tr_rec: Signal<In, Bits<16>>,
    /// MFR_TR_MIN.
    pub tr_min: Signal<In, Bits<10>>,
    /// MFR_TR_MAX.
    pub tr_max: Signal<In, Bits<10>>,
    /// MFR_TR_BLANK.
    pub tr_blank: Signal<In, Bits<12>>,
    /// MFR_PH_ADD.
    pub ph_add: Signal<In, Bits<12>>,
    /// MFR_PH_SHED.
    pub ph_shed: Signal<In, Bits<12>>,
    /// MFR_PH_DWELL.
    pub ph_dwell: Signal<In, Bits<8>>,
    /// Mode code.
    pub mode: Signal<Out, Bits<3>>,
    /// On: RUN, BOOST or CLAMP.
    pub on: Signal<Out, Bit>,
    /// RUN.
    pub run: Signal<Out, Bit>,
    /// The controller turns on at this edge.
    pub turn_on: Signal<Out, Bit>,
    /// Active phases.
    pub n_act: Signal<Out, Bits<5>>,

    mode_off: Constant<Bits<3>>,
    mode_run: Constant<Bits<3>>,
    mode_boost: Constant<Bits<3>>,
    mode_clamp: Constant<Bits<3>>,
    mode_hiccup: Constant<Bits<3>>,
    mode_latched: Constant<Bits<3>>,
    n_built: Constant<Bits<5>>,
    mode_q: DFF<Bits<3>>,
    n_act_q: DFF<Bits<5>>,
    dwell: DFF<Bits<8>>,
    tr: DFF<Bits<10>>,
    blank: DFF<Bits<12>>,
    // The hiccup timer ((b + 1) · 10 000 clocks, §10) as 100 µs units left and a prescaler:
    // a 3-bit load and a constant reload instead of a 17-bit load from a table.
    hic_units: DFF<Bits<3>>,
    hic_pre: DFF<Bits<14>>,
    hic_done: Signal<Local, Bit>,
    // thr_add' = n_active · PH_ADD and thr_shed' = (n_active − 1) · PH_SHED (§8), each on a
    // DSP of its own whose product register is the threshold register (no reset: a threshold
    // is read at a period's end in RUN only, which a reset leaves for at least 71 clocks).
    thr_add_mul: MulU16Q,
    thr_shed_mul: MulU16Q,
    thr_add: Signal<Local, Bits<16>>,
    thr_shed: Signal<Local, Bits<16>>,
    n_m1: Signal<Local, Bits<5>>,
    n_max: Signal<Local, Bits<5>>,
    on_cmd: Signal<Local, Bit>,
    on_l: Signal<Local, Bit>,
    turn_on_l: Signal<Local, Bit>,
    shed: Signal<Local, Bit>,
    under_ut: Signal<Local, Bit>,
    under_4ut: Signal<Local, Bit>,
    over_sum: Signal<Local, Bits<16>>,
    over_ot: Signal<Local, Bit>,
    over_sum4: Signal<Local, Bits<16>>,
    over_4ot: Signal<Local, Bit>,
}

impl ModeControl {
    /// Mode and phase management of a `phases`-phase build, its products built for `target`.
    pub fn new(phases: usize, target: MulTarget) -> Self {
        ModeControl {
            clock: Default::default(),
            reset: Default::default(),
            en: Default::default(),
            operation_on: Default::default(),
            vin_code: Default::default(),
            vin_on: Default::default(),
            ref_idle: Default::default(),
            ss: Default::default(),
            shut: Default::default(),
            resp: Default::default(),
            err: Default::default(),
            fall: Default::default(),
            rise: Default::default(),
            period_end: Default::default(),
            i_filt: Default::default(),
            n_max_reg: Default::default(),
            tr_ut: Default::default(),
            tr_ot: Default::default(),
            tr_dv: Default::default(),
            tr_rec: Default::default(),
            tr_min: Default::default(),
            tr_max: Default::default(),
            tr_blank: Default::default(),
            ph_add: Default::default(),
            ph_shed: Default::default(),
            ph_dwell: Default::default(),
            mode: Default::default(),
            on: Default::default(),
            run: Default::default(),
            turn_on: Default::default(),
            n_act: Default::default(),
            mode_off: mode_code(Mode::Off),
            mode_run: mode_code(Mode::Run),
            mode_boost: mode_code(Mode::Boost),
            mode_clamp: mode_code(Mode::Clamp),
            mode_hiccup: mode_code(Mode::Hiccup),
            mode_latched: mode_code(Mode::Latched),
            n_built: Constant::new((phases as u64).into()),
            mode_q: Default::default(),
            n_act_q: Default::default(),
            dwell: Default::default(),
            tr: Default::default(),
            blank: Default::default(),
            hic_units: Default::default(),
            hic_pre: Default::default(),
            hic_done: Default::default(),
            thr_add_mul: MulU16Q::new(target),
            thr_shed_mul: MulU16Q::new(target),
            thr_add: Default::default(),
            thr_shed: Default::default(),
            n_m1: Default::default(),
            n_max: Default::default(),
            on_cmd: Default::default(),
            on_l: Default::default(),
            turn_on_l: Default::default(),
            shed: Default::default(),
            under_ut: Default::default(),
            under_4ut: Default::default(),
            over_sum: Default::default(),
            over_ot: Default::default(),
            over_sum4: Default::default(),
            over_4ot: Default::default(),
        }
    }
}

impl Logic for ModeControl {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, mode_q, n_act_q, dwell, tr, blank, hic_units, hic_pre);
        self.n_max.next = self.n_max_reg.val();
        if self.n_max_reg.val() == 0 {
            self.n_max.next = 1.into();
        } else if self.n_max_reg.val() > self.n_built.val() {
            self.n_max.next = self.n_built.val();
        }
        self.on_l.next = (self.mode_q.q.val() == self.mode_run.val())
            | (self.mode_q.q.val() == self.mode_boost.val())
            | (self.mode_q.q.val() == self.mode_clamp.val());
        self.on_cmd.next = self.operation_on.val() & self.en.val();
        self.hic_done.next = (self.hic_units.q.val() == 0) & (self.hic_pre.q.val() == 0);
        self.turn_on_l.next = self.on_cmd.val()
            & ((self.mode_q.q.val() == self.mode_off.val())
                | ((self.mode_q.q.val() == self.mode_hiccup.val()) & self.hic_done.val()))
            & (self.vin_code.val() >= self.vin_on.val())
            & self.ref_idle.val();
        self.mode.next = self.mode_q.q.val();
        self.on.next = self.on_l.val();
        self.run.next = self.mode_q.q.val() == self.mode_run.val();
        self.turn_on.next = self.turn_on_l.val();
        self.n_act.next = self.n_act_q.q.val();
        // §7's thresholds against the one error e = v_set − vout (|e| < 2^13, TR_UT and TR_OT
        // below 2^10, so nothing wraps): vout < v_set − UT ⟺ e > UT, vout > v_set + OT ⟺
        // e + OT < 0 (a sign bit instead of a comparison).
        self.under_ut.next = !self.err.val().get_bit(15) & (self.err.val() > self.tr_ut.val());
        self.under_4ut.next =
            !self.err.val().get_bit(15) & (self.err.val() > (self.tr_ut.val() << 2));
        self.over_sum.next = self.err.val() + self.tr_ot.val();
        self.over_ot.next = self.over_sum.val().get_bit(15);
        self.over_sum4.next = self.err.val() + (self.tr_ot.val() << 2);
        self.over_4ot.next = self.over_sum4.val().get_bit(15);

        // ---- Phase management at the end of a master period in RUN (§8).
        self.thr_add_mul.clock.next = self.clock.val();
        self.thr_add_mul.a.next = bit_cast::<16, 5>(self.n_act_q.q.val());
        self.thr_add_mul.b.next = bit_cast::<16, 12>(self.ph_add.val());
        // (n_active − 1) · PH_SHED (n_active ≥ 1 in RUN; PH_SHED below 2^11).
        self.n_m1.next = self.n_act_q.q.val() - 1;
        self.thr_shed_mul.clock.next = self.clock.val();
        self.thr_shed_mul.a.next = bit_cast::<16, 5>(self.n_m1.val());
        self.thr_shed_mul.b.next = bit_cast::<16, 12>(self.ph_shed.val());
        self.thr_add.next = self.thr_add_mul.p.val().get_bits::<16>(0);
        self.thr_shed.next = self.thr_shed_mul.p.val().get_bits::<16>(0);
        // Compared on 16 bits: a non-negative i_filt is below 16 · 2048 = 2^15 (the filtered sum
        // of at most 16 averages of 12-bit codes), and so are the thresholds.
        self.shed.next = false;
        if self.period_end.val() & (self.mode_q.q.val() == self.mode_run.val()) {
            if self.dwell.q.val() != 0xFF {
                self.dwell.d.next = self.dwell.q.val() + 1;
            }
            if self.n_act_q.q.val() > self.n_max.val() {
                self.n_act_q.d.next = self.n_max.val();
                self.dwell.d.next = 0.into();
            } else if !self.ss.val() {
                if !self.i_filt.val().get_bit(23)
                    & (bit_cast::<16, 24>(self.i_filt.val()) > self.thr_add.val())
                    & (self.n_act_q.q.val() < self.n_max.val())
                {
                    self.n_act_q.d.next = self.n_act_q.q.val() + 1;
                    self.dwell.d.next = 0.into();
                } else if (self.n_act_q.q.val() > 1)
                    & (self.dwell.q.val() >= self.ph_dwell.val())
                    & (self.i_filt.val().get_bit(23)
                        | (bit_cast::<16, 24>(self.i_filt.val()) < self.thr_shed.val()))
                {
                    self.n_act_q.d.next = self.n_act_q.q.val() - 1;
                    self.shed.next = true;
                    self.dwell.d.next = 0.into();
                }
            }
        }

        // ---- Mode (§7, §10).
        if !self.hic_done.val() & (self.mode_q.q.val() == self.mode_hiccup.val()) {
            if self.hic_pre.q.val() == 0 {
                self.hic_pre.d.next = 9999.into();
                self.hic_units.d.next = self.hic_units.q.val() - 1;
            } else {
                self.hic_pre.d.next = self.hic_pre.q.val() - 1;
            }
        }
        if !self.on_cmd.val() {
            self.mode_q.d.next = self.mode_off.val();
        } else if (self.mode_q.q.val() == self.mode_off.val())
            | ((self.mode_q.q.val() == self.mode_hiccup.val()) & self.hic_done.val())
        {
            // turn_on does the rest (below).
        } else if self.shut.val() {
            if self.resp.val().get_bits::<3>(3) == 0 {
                self.mode_q.d.next = self.mode_latched.val();
            } else {
                self.mode_q.d.next = self.mode_hiccup.val();
                // (b + 1) · 10 000 edges to (0, 0): 10 000, then b reloads of 9 999 + 1.
                self.hic_units.d.next = self.resp.val().get_bits::<3>(0);
                self.hic_pre.d.next = 10000.into();
            }
        } else if self.mode_q.q.val() == self.mode_run.val() {
            if self.blank.q.val() != 0 {
                self.blank.d.next = self.blank.q.val() - 1;
            } else if !self.ss.val() {
                if (self.under_ut.val()
                    & !self.fall.val().get_bit(15)
                    & (self.fall.val() >= self.tr_dv.val()))
                    | self.under_4ut.val()
                {
                    self.mode_q.d.next = self.mode_boost.val();
                    self.n_act_q.d.next = self.n_max.val();
                    self.dwell.d.next = 0.into();
                    self.tr.d.next = 0.into();
                } else if (self.over_ot.val()
                    & !self.rise.val().get_bit(15)
                    & (self.rise.val() >= self.tr_dv.val()))
                    | self.over_4ot.val()
                {
                    self.mode_q.d.next = self.mode_clamp.val();
                    self.tr.d.next = 0.into();
                }
            }
        } else if (self.mode_q.q.val() == self.mode_boost.val())
            | (self.mode_q.q.val() == self.mode_clamp.val())
        {
            if ((self.tr.q.val() >= self.tr_min.val())
                & (((self.mode_q.q.val() == self.mode_boost.val())
                    & !self.rise.val().get_bit(15)
                    & (self.rise.val() >= self.tr_rec.val()))
                    | ((self.mode_q.q.val() == self.mode_clamp.val())
                        & !self.fall.val().get_bit(15)
                        & (self.fall.val() >= self.tr_rec.val()))))
                | (self.tr.q.val() >= self.tr_max.val())
            {
                self.mode_q.d.next = self.mode_run.val();
                self.blank.d.next = self.tr_blank.val();
            } else if self.tr.q.val() != 0x3FF {
                self.tr.d.next = self.tr.q.val() + 1;
            }
        }
        // A commanded shed blanks the transient detection (§8): its dip is not a load step.
        if self.shed.val() {
            self.blank.d.next = self.tr_blank.val();
        }
        if self.turn_on_l.val() {
            self.mode_q.d.next = self.mode_run.val();
            self.n_act_q.d.next = self.n_max.val();
            self.dwell.d.next = 0.into();
            self.tr.d.next = 0.into();
            self.blank.d.next = 0.into();
        }
        if self.reset.val() {
            self.n_act_q.d.next = 1.into();
            self.dwell.d.next = 0.into();
            self.mode_q.d.next = self.mode_off.val();
            self.tr.d.next = 0.into();
            self.blank.d.next = 0.into();
            self.hic_units.d.next = 0.into();
            self.hic_pre.d.next = 0.into();
        }
    }
}
