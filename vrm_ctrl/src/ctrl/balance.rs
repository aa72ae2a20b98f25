//! The current-balance unit (docs/vrm.md §9): one unit visits a phase per clock, with every
//! phase's trim accumulator and imbalance count in a block RAM.
//!
//! # Contract
//! - At `m = 1` the unit latches the mean `(i_tot · R[n_tot]) >> 16` (`i_tot` itself for one
//!   phase) and the phase count; phase `j` is updated at the edge `m = j + 3` (`visit3`), in
//!   RUN, for `j` below both the latched and the present phase count (`bal_go`).
//! - `sel_iavg`/`sel_valid` are the visited phase's period average and its validity, from the
//!   phases' daisy chain, for `m' = j + 2` (a clock ahead of the update); the unit registers
//!   them and the deviation from the mean, reads the phase's accumulator a clock ahead, and
//!   writes `acc − (dev << KB)` clamped to ±MFR_BAL_MAX · 2^16 back; `trim` (its upper 14
//!   bits) goes to the phase with `bal_go`.
//! - The imbalance count rises while `|dev| > MFR_PH_IMB` and restarts otherwise; reaching 64
//!   raises `f_imb` (in the cycle of a `bal_go`).
//! - A one-phase build has no balance unit (`built` false): its phase is always the mean.
//! - `turn_on` invalidates the visited values (the RAM has no reset: the valid bits stand in).

use rtl::mul::{MulSigned, MulTarget};
use rust_hdl::prelude::*;

/// The balance unit. See the module docs.
#[derive(LogicBlock)]
pub struct Balance {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// The controller turns on at this edge.
    pub turn_on: Signal<In, Bit>,
    /// The mode is RUN.
    pub run: Signal<In, Bit>,
    /// The master period's clock count `m`.
    pub m: Signal<In, Bits<11>>,
    /// `m` at the next edge.
    pub m_next: Signal<In, Bits<11>>,
    /// The registered total of the phases' averages (signed).
    pub i_tot: Signal<In, Bits<18>>,
    /// The phase count `i_tot` was summed over.
    pub n_tot: Signal<In, Bits<5>>,
    /// Active phases.
    pub n_act: Signal<In, Bits<5>>,
    /// The visited phase's period average (from the phase chain).
    pub sel_iavg: Signal<In, Bits<13>>,
    /// The visited phase's average is valid.
    pub sel_valid: Signal<In, Bit>,
    /// MFR_KB.
    pub kb: Signal<In, Bits<4>>,
    /// MFR_BAL_MAX.
    pub bal_max: Signal<In, Bits<12>>,
    /// MFR_PH_IMB.
    pub ph_imb: Signal<In, Bits<12>>,
    /// Update the phase `m − 3` at this edge.
    pub bal_go: Signal<Out, Bit>,
    /// Its new trim.
    pub trim: Signal<Out, Bits<14>>,
    /// The imbalance fault.
    pub f_imb: Signal<Out, Bit>,

    built: Constant<Bit>,
    recip_rom: ROM<Bits<17>, 5>,
    mean_mul: MulSigned<18, 18, 36>,
    bal_mean: DFF<Bits<13>>,
    n_bal: DFF<Bits<5>>,
    // Every phase's trim accumulator (bits 29:0) and imbalance count (36:30), read one clock
    // ahead of its update (at m' = j + 3), written at it.
    bal_ram: RAM<Bits<37>, 4>,
    // The next visited phase's average and validity, registered a clock ahead of its visit (it
    // cannot change at that edge: §9), so the update starts from registers.
    sel_valid_q: DFF<Bit>,
    // The deviation, negated (mean − average), registered a clock before its phase's update,
    // and the validity with it. Negated, so that the update adds the product `−dev · 2^KB`
    // and no subtrahend comes straight from a register or the DSP (SB_CARRY has no inverted
    // input: a subtrahend costs a one-input LUT per bit).
    dev_q: DFF<Bits<14>>,
    sel_valid_q2: DFF<Bit>,
    // The visited phase's average, stored inverted (the deviation's subtrahend).
    sel_iavg_q: DFF<Bits<13>>,
    visit3: Signal<Local, Bits<11>>,
    visit3_next: Signal<Local, Bits<11>>,
    go: Signal<Local, Bit>,
    sel_bal: Signal<Local, Bits<30>>,
    sel_imb: Signal<Local, Bits<7>>,
    iavg_x: Signal<Local, Bits<14>>,
    mean_x: Signal<Local, Bits<14>>,
    dev: Signal<Local, Bits<14>>,
    imb_sum: Signal<Local, Bits<14>>,
    imb_over: Signal<Local, Bit>,
    // dev << KB as a product by 2^KB (KB ≤ 15: |dev · 2^KB| < 2^28) on a DSP.
    kb_pow: Signal<Local, Bits<16>>,
    kb_mul: MulSigned<14, 16, 30>,
    sh_x: Signal<Local, Bits<31>>,
    bal_x: Signal<Local, Bits<31>>,
    bal_new: Signal<Local, Bits<31>>,
    bal_lim: Signal<Local, Bits<15>>,
    bal_neg: Signal<Local, Bits<15>>,
    bal_hi: Signal<Local, Bits<15>>,
    bal_value: Signal<Local, Bits<30>>,
    imb_value: Signal<Local, Bits<7>>,
}

impl Balance {
    /// The balance unit of a `phases`-phase build, its products built for `target`;
    /// `recip` is §9's table `R[n]`.
    pub fn new(phases: usize, target: MulTarget, recip: ROM<Bits<17>, 5>) -> Self {
        Balance {
            clock: Default::default(),
            reset: Default::default(),
            turn_on: Default::default(),
            run: Default::default(),
            m: Default::default(),
            m_next: Default::default(),
            i_tot: Default::default(),
            n_tot: Default::default(),
            n_act: Default::default(),
            sel_iavg: Default::default(),
            sel_valid: Default::default(),
            kb: Default::default(),
            bal_max: Default::default(),
            ph_imb: Default::default(),
            bal_go: Default::default(),
            trim: Default::default(),
            f_imb: Default::default(),
            // A one-phase build's only phase always equals the mean of itself (§9: the sum and
            // the visit see the same average, R[1] = 2^16), so the trim stays 0 and the
            // imbalance fault never fires; synthesis drops the unit when this is 0.
            built: Constant::new(phases > 1),
            recip_rom: recip,
            // i_tot sums at most 8 13-bit averages in 16 bits; R[n] for n >= 2 is at most 2^15
            // (n = 1 takes i_tot itself, §9): one 16x16 DSP on iCE40 up to 8 phases.
            mean_mul: MulSigned::narrow(target, if phases <= 8 { 16 } else { 18 }, 17),
            bal_mean: Default::default(),
            n_bal: Default::default(),
            bal_ram: Default::default(),
            sel_valid_q: Default::default(),
            dev_q: Default::default(),
            sel_valid_q2: Default::default(),
            sel_iavg_q: Default::default(),
            visit3: Default::default(),
            visit3_next: Default::default(),
            go: Default::default(),
            sel_bal: Default::default(),
            sel_imb: Default::default(),
            iavg_x: Default::default(),
            mean_x: Default::default(),
            dev: Default::default(),
            imb_sum: Default::default(),
            imb_over: Default::default(),
            kb_pow: Default::default(),
            kb_mul: MulSigned::unsigned_b(target),
            sh_x: Default::default(),
            bal_x: Default::default(),
            bal_new: Default::default(),
            bal_lim: Default::default(),
            bal_neg: Default::default(),
            bal_hi: Default::default(),
            bal_value: Default::default(),
            imb_value: Default::default(),
        }
    }
}

impl Logic for Balance {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            bal_mean,
            n_bal,
            sel_valid_q,
            dev_q,
            sel_valid_q2,
            sel_iavg_q
        );
        // The phase the unit updates: m − 3 (wraps past every phase for m < 3).
        self.visit3.next = self.m.val() - 3;
        self.visit3_next.next = self.m_next.val() - 3;
        // mean = (i_tot · R[n_active]) >> 16.
        self.recip_rom.address.next = self.n_tot.val();
        self.mean_mul.a.next = self.i_tot.val();
        self.mean_mul.b.next = bit_cast::<18, 16>(self.recip_rom.data.val().get_bits::<16>(0));
        if self.m.val() == 1 {
            // (i_tot · R[1]) >> 16 = i_tot: R[1] = 2^16 is the one reciprocal above 16 bits.
            self.bal_mean.d.next = self.mean_mul.p.val().get_bits::<13>(16);
            if self.n_tot.val() == 1 {
                self.bal_mean.d.next = self.i_tot.val().get_bits::<13>(0);
            }
            self.n_bal.d.next = self.n_tot.val();
        }
        self.bal_ram.read_clock.next = self.clock.val();
        self.bal_ram.write_clock.next = self.clock.val();
        self.bal_ram.read_address.next = self.visit3_next.val().get_bits::<4>(0);
        self.sel_bal.next = 0.into();
        self.sel_imb.next = 0.into();
        self.sel_iavg_q.d.next = !self.sel_iavg.val();
        // A turn-on clears every phase's balance state at this edge.
        self.sel_valid_q.d.next = self.sel_valid.val() & !self.turn_on.val();
        self.sel_valid_q2.d.next = self.sel_valid_q.q.val() & !self.turn_on.val();
        if self.sel_valid_q2.q.val() {
            self.sel_bal.next = self.bal_ram.read_data.val().get_bits::<30>(0);
            self.sel_imb.next = self.bal_ram.read_data.val().get_bits::<7>(30);
        }
        self.go.next = self.built.val()
            & self.run.val()
            & (self.visit3.val() < bit_cast::<11, 5>(self.n_bal.q.val()))
            & (self.visit3.val() < bit_cast::<11, 5>(self.n_act.val()));
        // !average, sign-extended (inversion commutes with sign extension).
        self.iavg_x.next = bit_cast::<14, 13>(self.sel_iavg_q.q.val());
        if self.sel_iavg_q.q.val().get_bit(12) {
            self.iavg_x.next = bit_cast::<14, 13>(self.sel_iavg_q.q.val()) | 0x2000;
        }
        self.mean_x.next = bit_cast::<14, 13>(self.bal_mean.q.val());
        if self.bal_mean.q.val().get_bit(12) {
            self.mean_x.next = bit_cast::<14, 13>(self.bal_mean.q.val()) | 0x2000;
        }
        // mean − average = mean + !average + 1.
        self.dev.next = self.mean_x.val() + self.iavg_x.val() + 1;
        self.dev_q.d.next = self.dev.val();
        // |dev| > PH_IMB without |dev|: for dev ≥ 0 a comparison, for dev < 0 the sign of
        // dev + PH_IMB (no negation, whose inverters and carry chain cost a cell per bit).
        self.imb_sum.next = self.dev_q.q.val() + bit_cast::<14, 12>(self.ph_imb.val());
        self.imb_over.next = bit_cast::<14, 12>(self.ph_imb.val()) < self.dev_q.q.val();
        if self.dev_q.q.val().get_bit(13) {
            self.imb_over.next = self.imb_sum.val().get_bit(13);
        }
        // bal_acc + (−dev << KB), saturated to ±BAL_MAX · 2^16 (< 2^28), in 31 bits (|bal_acc|
        // and |dev << KB| below 2^28, so nothing wraps).
        self.kb_pow.next = bit_cast::<16, 1>(1.into()) << self.kb.val();
        self.kb_mul.a.next = self.dev_q.q.val();
        self.kb_mul.b.next = self.kb_pow.val();
        self.sh_x.next = bit_cast::<31, 30>(self.kb_mul.p.val());
        if self.kb_mul.p.val().get_bit(29) {
            self.sh_x.next = bit_cast::<31, 30>(self.kb_mul.p.val()) | 0x40000000_u64;
        }
        self.bal_x.next = bit_cast::<31, 30>(self.sel_bal.val());
        if self.sel_bal.val().get_bit(29) {
            self.bal_x.next = bit_cast::<31, 30>(self.sel_bal.val()) | 0x40000000_u64;
        }
        self.bal_new.next = self.bal_x.val() + self.sh_x.val();
        // ±BAL_MAX · 2^16 has 16 zero low bits, so the clamp compares the upper 15 bits (x < −L
        // · 2^16 ⟺ x >> 16 < −L; x > L · 2^16 ⟺ x >> 16 > L, or = L with low bits set).
        self.bal_lim.next = bit_cast::<15, 12>(self.bal_max.val());
        self.bal_neg.next = !self.bal_lim.val() + 1;
        self.bal_hi.next = self.bal_new.val().get_bits::<15>(16);
        if ((self.bal_hi.val() ^ 0x4000_u64) > (self.bal_lim.val() ^ 0x4000_u64))
            | ((self.bal_hi.val() == self.bal_lim.val())
                & (self.bal_new.val().get_bits::<16>(0) != 0))
        {
            self.bal_value.next = bit_cast::<30, 15>(self.bal_lim.val()) << 16;
        } else if (self.bal_hi.val() ^ 0x4000_u64) < (self.bal_neg.val() ^ 0x4000_u64) {
            self.bal_value.next = bit_cast::<30, 15>(self.bal_neg.val()) << 16;
        } else {
            self.bal_value.next = bit_cast::<30, 31>(self.bal_new.val());
        }
        self.imb_value.next = 0.into();
        self.f_imb.next = false;
        if self.imb_over.val() {
            if self.sel_imb.val() >= 63 {
                self.imb_value.next = 64.into();
                self.f_imb.next = self.go.val();
            } else {
                self.imb_value.next = self.sel_imb.val() + 1;
            }
        }
        self.bal_ram.write_address.next = self.visit3.val().get_bits::<4>(0);
        self.bal_ram.write_data.next = (bit_cast::<37, 7>(self.imb_value.val()) << 30)
            | bit_cast::<37, 30>(self.bal_value.val());
        self.bal_ram.write_enable.next = self.go.val();
        self.bal_go.next = self.go.val();
        self.trim.next = self.bal_value.val().get_bits::<14>(16);

        if self.reset.val() {
            self.bal_mean.d.next = 0.into();
            self.n_bal.d.next = 0.into();
            self.sel_valid_q.d.next = false;
            self.dev_q.d.next = 0.into();
            self.sel_valid_q2.d.next = false;
            self.sel_iavg_q.d.next = 0x1FFF.into();
        }
    }
}
