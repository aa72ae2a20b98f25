//! One phase: period counter and re-spreading, on-time latch with sigma-delta dither, the
//! request, cycle-by-cycle current limit, the period-average current, the balance trim, and the
//! gate drive (docs/vrm.md §3, §4, §9).
//!
//! Signed values are two's complement in `Bits`; sign extension ORs in the high bits by hand (no
//! `signed_bit_cast`, docs/toolchain.md §4 pitfall 2). Every value that is shifted or compared is first held
//! in a signal of its exact width (rust-hdl's emitted Verilog sizes expressions by context).

use crate::ctrl::mode_code;
use crate::gate::PhaseGate;
use rust_hdl::prelude::*;
use spec::vrm::Mode;

/// One phase of the controller.
#[derive(LogicBlock)]
pub struct Phase {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Active phases: this one is active when `index < n_active`.
    pub n_active: Signal<In, Bits<5>>,
    /// Mode code.
    pub mode: Signal<In, Bits<3>>,
    /// Over-voltage (registered): every phase requests the low side (unless OFF).
    pub ov: Signal<In, Bit>,
    /// The master counter after this edge, `m'`.
    pub m_next: Signal<In, Bits<11>>,
    /// Interleave step `S`.
    pub step: Signal<In, Bits<11>>,
    /// `(u · P) >> 8`.
    pub t256_base: Signal<In, Bits<20>>,
    /// Dead times.
    pub dt_rise: Signal<In, Bits<8>>,
    /// Dead times.
    pub dt_fall: Signal<In, Bits<8>>,
    /// This phase's current code (signed, 2^-4 A).
    pub iph: Signal<In, Bits<12>>,
    /// Cycle-by-cycle limit (current code, non-negative).
    pub ph_oc: Signal<In, Bits<12>>,
    /// A turn-on at this edge.
    pub turn_on: Signal<In, Bit>,
    /// The phase the shared balance unit visits next clock, `m' − 2` (§9): the top level reads
    /// its average and validity a clock ahead, so the visit starts from registers.
    pub m: Signal<In, Bits<11>>,
    /// The balance unit updates the visited phase at this edge.
    pub bal_go: Signal<In, Bit>,
    /// The visited phase's new trim, whole clocks·1/256 (`bal_acc >> 16`): the balance unit
    /// keeps the full accumulators and imbalance counts in a block RAM; a phase needs only this.
    pub trim_value: Signal<In, Bits<14>>,
    /// High-side gate.
    pub hs: Signal<Out, Bit>,
    /// Low-side gate.
    pub ls: Signal<Out, Bit>,
    /// Period-average current (signed 13 bits).
    pub iavg: Signal<Out, Bits<13>>,
    /// The cycle-by-cycle limit acted at this edge.
    pub oc_hit: Signal<Out, Bit>,
    /// Daisy chains through the phases (`*_out = *_in` combined with this phase), so the top
    /// reads the gate buses from the last phase without accumulating in a loop.
    pub hs_in: Signal<In, Bits<16>>,
    /// High sides of this and the earlier phases, bit `index`.
    pub hs_out: Signal<Out, Bits<16>>,
    /// Low-side chain input.
    pub ls_in: Signal<In, Bits<16>>,
    /// Low sides of this and the earlier phases.
    pub ls_out: Signal<Out, Bits<16>>,
    /// This phase's period average if active, else 0 (signed 18 bits): the top level sums
    /// every phase's part in a tree (§5).
    pub iavg_part: Signal<Out, Bits<18>>,
    /// `acc + iph` when this phase ends a full period at this edge, else 0: at most one phase
    /// does so at any edge (docs/vrm.md §4), so the top level ORs these into one multiplier.
    pub total_part: Signal<Out, Bits<24>>,
    /// The shared multiplier's average, `((acc + iph) · R[P]) >> 16` of the phase that ends a
    /// full period at this edge.
    pub avg_in: Signal<In, Bits<13>>,
    /// This phase's current code this clock if active, else 0 (signed 18 bits; §10).
    pub iph_part: Signal<Out, Bits<18>>,
    /// Any earlier phase's `oc_hit`.
    pub oc_in: Signal<In, Bit>,
    /// Including this phase.
    pub oc_out: Signal<Out, Bit>,
    /// The next visited phase's average and whether its balance state is valid (its RAM entry
    /// was written since it became active; else the state is the clean 0), if an earlier phase
    /// is the one.
    pub iavg_sel_in: Signal<In, Bits<13>>,
    /// This phase's if it is the next visited one, else `iavg_sel_in`.
    pub iavg_sel_out: Signal<Out, Bits<13>>,
    /// Validity chain input.
    pub valid_sel_in: Signal<In, Bit>,
    /// Validity chain output.
    pub valid_sel_out: Signal<Out, Bit>,
    gate: PhaseGate,
    full_period: Signal<Local, Bit>,
    // Mode codes (spec::vrm::Mode, §10).
    mode_off: Constant<Bits<3>>,
    mode_run: Constant<Bits<3>>,
    mode_boost: Constant<Bits<3>>,
    mode_clamp: Constant<Bits<3>>,
    index: Constant<Bits<5>>,
    period: Constant<Bits<11>>,
    // P − 1 and ⌈P/2⌉ − 1: the compares of t that end a period (§4).
    period_m1: Constant<Bits<11>>,
    half_m1: Constant<Bits<11>>,
    sd_init: Constant<Bits<8>>,
    t: DFF<Bits<11>>,
    slot: DFF<Bits<11>>,
    ton: DFF<Bits<11>>,
    sd: DFF<Bits<8>>,
    armed: DFF<Bit>,
    acc: DFF<Bits<24>>,
    iavg_q: DFF<Bits<13>>,
    trim: DFF<Bits<14>>,
    bal_valid: DFF<Bit>,
    oc_cut: DFF<Bit>,
    active: Signal<Local, Bit>,
    req_hs: Signal<Local, Bit>,
    req_ls: Signal<Local, Bit>,
    // The slot register (§4) and its next value.
    off: DFF<Bits<11>>,
    off_next: Signal<Local, Bits<16>>,
    at_slot: Signal<Local, Bit>,
    start: Signal<Local, Bit>,
    iph_x: Signal<Local, Bits<24>>,
    total: Signal<Local, Bits<24>>,
    bal_hi: Signal<Local, Bits<20>>,
    t256_raw: Signal<Local, Bits<20>>,
    t256: Signal<Local, Bits<20>>,
    sd_sum: Signal<Local, Bits<9>>,
    visited_next: Signal<Local, Bit>,
    visited: DFF<Bit>,
    // This phase is the one the balance unit updates (m − 3 = index, §9).
    updated: DFF<Bit>,
    iavg_x18: Signal<Local, Bits<18>>,
}

impl Phase {
    /// Phase `index` of a build with `phases` phases and period `period` clocks.
    pub fn new(index: usize, phases: usize, period: u32) -> Self {
        let recip = |n: u32| 65536u32.div_ceil(n);
        Phase {
            clock: Default::default(),
            reset: Default::default(),
            n_active: Default::default(),
            active: Default::default(),
            mode: Default::default(),
            ov: Default::default(),
            m_next: Default::default(),
            step: Default::default(),
            t256_base: Default::default(),
            dt_rise: Default::default(),
            dt_fall: Default::default(),
            iph: Default::default(),
            ph_oc: Default::default(),
            turn_on: Default::default(),
            hs: Default::default(),
            ls: Default::default(),
            iavg: Default::default(),
            oc_hit: Default::default(),
            hs_in: Default::default(),
            hs_out: Default::default(),
            ls_in: Default::default(),
            ls_out: Default::default(),
            oc_in: Default::default(),
            oc_out: Default::default(),
            gate: Default::default(),
            full_period: Default::default(),
            mode_off: mode_code(Mode::Off),
            mode_run: mode_code(Mode::Run),
            mode_boost: mode_code(Mode::Boost),
            mode_clamp: mode_code(Mode::Clamp),
            index: Constant::new((index as u64).into()),
            period: Constant::new((period as u64).into()),
            period_m1: Constant::new((period as u64 - 1).into()),
            half_m1: Constant::new((period.div_ceil(2) as u64 - 1).into()),
            sd_init: Constant::new(
                ((((index as u32 * recip(phases as u32)) >> 8) & 255) as u64).into(),
            ),
            t: Default::default(),
            slot: Default::default(),
            ton: Default::default(),
            sd: Default::default(),
            armed: Default::default(),
            acc: Default::default(),
            iavg_q: Default::default(),
            trim: Default::default(),
            bal_valid: Default::default(),
            oc_cut: Default::default(),
            req_hs: Default::default(),
            req_ls: Default::default(),
            off: Default::default(),
            off_next: Default::default(),
            at_slot: Default::default(),
            start: Default::default(),
            iph_x: Default::default(),
            total: Default::default(),
            bal_hi: Default::default(),
            t256_raw: Default::default(),
            t256: Default::default(),
            sd_sum: Default::default(),
            iavg_x18: Default::default(),
            iavg_part: Default::default(),
            total_part: Default::default(),
            avg_in: Default::default(),
            iph_part: Default::default(),
            visited_next: Default::default(),
            visited: Default::default(),
            updated: Default::default(),
            m: Default::default(),
            bal_go: Default::default(),
            trim_value: Default::default(),
            valid_sel_in: Default::default(),
            valid_sel_out: Default::default(),
            iavg_sel_in: Default::default(),
            iavg_sel_out: Default::default(),
        }
    }
}

impl Logic for Phase {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, t, slot, off, ton, sd, armed, acc, iavg_q, trim, bal_valid, oc_cut,
            visited, updated
        );
        clock!(self, clock, gate);
        self.gate.reset.next = self.reset.val();
        self.gate.dt_rise.next = self.dt_rise.val();
        self.gate.dt_fall.next = self.dt_fall.val();

        self.active.next = self.index.val() < self.n_active.val();

        // ---- Request (§4, §7, §10).
        self.req_hs.next = false;
        self.req_ls.next = false;
        if (self.mode.val() == self.mode_run.val()) & self.active.val() & self.armed.q.val() {
            if (self.t.q.val() < self.ton.q.val()) & !self.oc_cut.q.val() {
                self.req_hs.next = true;
            } else {
                self.req_ls.next = true;
            }
        }
        if (self.mode.val() == self.mode_boost.val()) & self.active.val() {
            if self.oc_cut.q.val() {
                self.req_ls.next = true;
            } else {
                self.req_hs.next = true;
            }
        }
        if self.mode.val() == self.mode_clamp.val() {
            self.req_ls.next = self.active.val();
        }
        if self.ov.val() & (self.mode.val() != self.mode_off.val()) {
            self.req_hs.next = false;
            self.req_ls.next = true;
        }
        self.gate.req_hs.next = self.req_hs.val();
        self.gate.req_ls.next = self.req_ls.val();

        // ---- Cycle-by-cycle current limit (§4): iph > PH_OC as signed codes.
        self.oc_hit.next = self.req_hs.val()
            & !self.iph.val().get_bit(11)
            & (bit_cast::<12, 12>(self.iph.val()) > self.ph_oc.val());
        if self.oc_hit.val() {
            self.oc_cut.d.next = true;
        }

        // ---- Period counter, re-spreading, on-time latch, current average (§4).
        // The slot register: i · S while active, else P (no slot; m' never equals P). An active
        // phase's i · S is below P, so its low 11 bits are the slot.
        self.off_next.next = bit_cast::<16, 32>(
            bit_cast::<16, 5>(self.index.val()) * bit_cast::<16, 11>(self.step.val()),
        );
        self.off.d.next = self.off_next.val().get_bits::<11>(0);
        if !self.active.val() {
            self.off.d.next = self.period.val();
        }
        // An armed phase ends its period on the slot it started it for, after at least
        // ceil(P/2) clocks; an unarmed one starts on its current slot (§4). Equalities only.
        self.at_slot.next = self.m_next.val() == self.off.q.val();
        // Only active phases run their periods (inactive ones hold their dither state).
        if self.armed.q.val() {
            self.start.next = self.active.val()
                & (self.m_next.val() == self.slot.q.val())
                & (self.t.q.val() >= self.half_m1.val());
        } else {
            self.start.next = self.active.val() & self.at_slot.val();
        }
        self.iph_x.next = bit_cast::<24, 12>(self.iph.val());
        if self.iph.val().get_bit(11) {
            self.iph_x.next = bit_cast::<24, 12>(self.iph.val()) | 0xFFF000_u64;
        }
        self.total.next = self.acc.q.val() + self.iph_x.val();
        self.full_period.next =
            self.start.val() & self.armed.q.val() & (self.t.q.val() == self.period_m1.val());
        self.total_part.next = 0.into();
        if self.full_period.val() {
            self.total_part.next = self.total.val();
        }
        // t256 = max(base + (bal_acc >> 16), 0), in 20-bit two's complement (§4: below 2^19
        // for every u, P and trim, so ton fits 11 bits).
        self.bal_hi.next = bit_cast::<20, 14>(self.trim.q.val());
        if self.trim.q.val().get_bit(13) {
            self.bal_hi.next = bit_cast::<20, 14>(self.trim.q.val()) | 0xFC000_u64;
        }
        self.t256_raw.next = self.t256_base.val() + self.bal_hi.val();
        self.t256.next = self.t256_raw.val();
        if self.t256_raw.val().get_bit(19) {
            self.t256.next = 0.into();
        }
        self.sd_sum.next =
            bit_cast::<9, 8>(self.sd.q.val()) + bit_cast::<9, 8>(self.t256.val().get_bits::<8>(0));

        if self.start.val() {
            if self.full_period.val() {
                self.iavg_q.d.next = self.avg_in.val();
            }
            self.acc.d.next = 0.into();
            self.sd.d.next = self.sd_sum.val().get_bits::<8>(0);
            self.ton.d.next = bit_cast::<11, 12>(self.t256.val().get_bits::<12>(8))
                + bit_cast::<11, 1>(self.sd_sum.val().get_bits::<1>(8));
            self.t.d.next = 0.into();
            self.slot.d.next = self.off.q.val();
            self.armed.d.next = true;
            self.oc_cut.d.next = false;
        } else if self.armed.q.val() {
            self.t.d.next = self.t.q.val() + 1;
            self.acc.d.next = self.total.val();
        } else {
            self.t.d.next = 0.into();
            self.acc.d.next = 0.into();
        }

        self.iavg_x18.next = bit_cast::<18, 13>(self.iavg_q.q.val());
        if self.iavg_q.q.val().get_bit(12) {
            self.iavg_x18.next = bit_cast::<18, 13>(self.iavg_q.q.val()) | 0x3E000_u64;
        }

        // ---- Balance trim and imbalance counter (§9): computed by the shared unit in the top
        // level for the visited phase (`m − 2 = index`), loaded here.
        self.visited_next.next = self.m.val() == bit_cast::<11, 5>(self.index.val());
        self.visited.d.next = self.visited_next.val();
        self.updated.d.next = self.visited.q.val();
        if self.bal_go.val() & self.updated.q.val() {
            self.trim.d.next = self.trim_value.val();
            self.bal_valid.d.next = true;
        }

        // ---- Inactive phases hold a clean state; a turn-on re-arms (§4, §10).
        if !self.active.val() {
            self.armed.d.next = false;
            self.acc.d.next = 0.into();
            self.t.d.next = 0.into();
            self.ton.d.next = 0.into();
            self.trim.d.next = 0.into();
            self.bal_valid.d.next = false;
            self.oc_cut.d.next = false;
        }
        if self.turn_on.val() {
            self.armed.d.next = false;
            self.ton.d.next = 0.into();
            self.sd.d.next = self.sd_init.val();
            self.trim.d.next = 0.into();
            self.bal_valid.d.next = false;
            self.oc_cut.d.next = false;
        }
        if self.reset.val() {
            self.t.d.next = 0.into();
            self.slot.d.next = 0.into();
            self.off.d.next = 0.into();
            self.ton.d.next = 0.into();
            self.sd.d.next = 0.into();
            self.armed.d.next = false;
            self.acc.d.next = 0.into();
            self.iavg_q.d.next = 0.into();
            self.trim.d.next = 0.into();
            self.bal_valid.d.next = false;
            self.oc_cut.d.next = false;
            self.visited.d.next = false;
            self.updated.d.next = false;
        }
        self.hs.next = self.gate.hs.val();
        self.ls.next = self.gate.ls.val();
        self.iavg.next = self.iavg_q.q.val();
        self.hs_out.next =
            self.hs_in.val() | (bit_cast::<16, 1>(self.gate.hs.val().into()) << self.index.val());
        self.ls_out.next =
            self.ls_in.val() | (bit_cast::<16, 1>(self.gate.ls.val().into()) << self.index.val());
        self.iavg_part.next = 0.into();
        self.iph_part.next = 0.into();
        if self.active.val() {
            self.iavg_part.next = self.iavg_x18.val();
            self.iph_part.next = bit_cast::<18, 24>(self.iph_x.val());
        }
        self.oc_out.next = self.oc_in.val() | self.oc_hit.val();
        self.iavg_sel_out.next = self.iavg_sel_in.val();
        self.valid_sel_out.next = self.valid_sel_in.val();
        if self.visited_next.val() {
            self.iavg_sel_out.next = self.iavg_q.q.val();
            self.valid_sel_out.next = self.bal_valid.q.val();
        }
    }
}
