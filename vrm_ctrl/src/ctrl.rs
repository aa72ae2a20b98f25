//! The controller's top level (docs/vrm.md): its blocks wired to the phases, the register file,
//! the sensors and the outputs.
//!
//! # Blocks
//! | block | file | does |
//! |---|---|---|
//! | [`Reference`] | `ctrl/reference.rs` | §5: reference, soft start and its divider, current filter |
//! | [`Compensator`] | `ctrl/compensator.rs` | §6: PID on one pipelined multiplier, duty, §5's regulation point |
//! | [`Balance`] | `ctrl/balance.rs` | §9: the one balance unit, trims and imbalance counts |
//! | [`ModeControl`] | `ctrl/mode.rs` | §7, §8, §10: mode state machine, transients, phase management |
//! | [`Faults`] | `ctrl/faults.rs` | §10: debounce, STATUS bits raised, the deciding response |
//! | [`StatusPort`] | `ctrl/status.rs` | §11: STATUS registers, read-only words, telemetry, CML |
//! | [`Phase`] | `phase.rs` | §3, §4, §9: one phase's DPWM, current, limit, trim, gates |
//! | [`RegFile`] | `regs.rs` | §11: the stored registers and their converter |
//!
//! Each block's module docs state its contract. This module holds what they share: the time
//! base (`m`, `kc`), the phases' current sums, the OV flag and the Vout history (§7).

mod balance;
mod compensator;
mod faults;
mod mode;
mod reference;
mod status;

pub use balance::Balance;
pub use compensator::Compensator;
pub use faults::Faults;
pub use mode::ModeControl;
pub use reference::Reference;
pub use status::StatusPort;

use crate::phase::Phase;
use crate::regs::{RegFile, RegValues};
use rtl::mul::{MulSigned, MulTarget, MulU16};
use rust_hdl::prelude::*;
use spec::vrm::Mode;

/// A mode code (docs/vrm.md §10) as a Verilog constant.
pub(crate) fn mode_code(mode: Mode) -> Constant<Bits<3>> {
    Constant::new(u64::from(mode.code()).into())
}

/// The regulator controller.
#[derive(LogicBlock)]
pub struct VrmCtrl {
    /// Clock (100 MHz).
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Enable pin.
    pub en: Signal<In, Bit>,
    /// Over-voltage comparator.
    pub ov_in: Signal<In, Bit>,
    /// Output voltage code (2^-12 V).
    pub vout_code: Signal<In, Bits<13>>,
    /// Input voltage code (2^-8 V).
    pub vin_code: Signal<In, Bits<13>>,
    /// Temperature code (signed, 2^-4 °C).
    pub temp_code: Signal<In, Bits<12>>,
    /// Phase current codes (signed, 2^-4 A), 16 ports (`iph$i`); those beyond the build are
    /// ignored.
    pub iph: Vec<Signal<In, Bits<12>>>,
    /// Register write strobe.
    pub reg_we: Signal<In, Bit>,
    /// Register read strobe.
    pub reg_re: Signal<In, Bit>,
    /// Command code.
    pub reg_addr: Signal<In, Bits<8>>,
    /// Data word.
    pub reg_wdata: Signal<In, Bits<16>>,
    /// A bus transaction was refused (§11.2): bit 0 bad PEC, bit 1 wrong byte count.
    pub reg_err: Signal<In, Bits<2>>,
    /// High-side gates, bit i = phase i.
    pub hs: Signal<Out, Bits<16>>,
    /// Low-side gates.
    pub ls: Signal<Out, Bits<16>>,
    /// Answer to the last read.
    pub reg_rdata: Signal<Out, Bits<16>>,
    /// Power good.
    pub pgood: Signal<Out, Bit>,
    /// Any STATUS bit set.
    pub alert: Signal<Out, Bit>,
    /// Duty command `u`.
    pub duty: Signal<Out, Bits<16>>,
    /// Reference.
    pub vref: Signal<Out, Bits<13>>,
    /// Regulation point.
    pub v_set: Signal<Out, Bits<13>>,
    /// Filtered total current (signed).
    pub i_filt: Signal<Out, Bits<16>>,
    /// Active phases.
    pub n_active: Signal<Out, Bits<5>>,
    /// Mode code.
    pub mode: Signal<Out, Bits<3>>,
    phases: Vec<Phase>,
    regs: RegFile,
    // The register file's values under their PMBus names.
    reg_val: RegValues,
    reference: Reference,
    comp: Compensator,
    balance: Balance,
    mode_ctl: ModeControl,
    faults: Faults,
    status: StatusPort,
    step_rom: ROM<Bits<11>, 5>,
    sched_rom: ROM<Bits<13>, 5>,
    period: Constant<Bits<11>>,
    ctrl_div: Constant<Bits<7>>,
    m: DFF<Bits<11>>,
    kc: DFF<Bits<7>>,
    at_end: DFF<Bit>,
    m_next: Signal<Local, Bits<11>>,
    // The phase the balance unit visits (§9): m − 2 (wraps past every phase for m < 2).
    visit_next: Signal<Local, Bits<11>>,
    ov: DFF<Bit>,
    // The last 8 Vout codes (§7) as a delay line in a block RAM: written at `vh_ptr` every clock,
    // read one slot ahead (the oldest); `vh_fill` masks the slots from before a reset (0 there).
    vhist: RAM<Bits<13>, 3>,
    vh_ptr: DFF<Bits<3>>,
    vh_fill: DFF<Bits<4>>,
    vh_oldest: Signal<Local, Bits<13>>,
    vout: Signal<Local, Bits<16>>,
    u_max: Signal<Local, Bits<16>>,
    // u · P on a DSP, for the phases' on-time.
    u_mul: MulU16,
    u_p: Signal<Local, Bits<32>>,
    // Registered sums (§5, §10): the phase chains each end in a register, so no chain feeds the
    // decisions directly.
    iavg_sum: Signal<Local, Bits<18>>,
    iph_sum: Signal<Local, Bits<18>>,
    avg_parts: Vec<Signal<Local, Bits<18>>>,
    // The period sum of the phase that ends a full period (at most one per edge, §4), and the
    // one multiplier by R[P] that averages it for every phase.
    total_or: Vec<Signal<Local, Bits<24>>>,
    // ((sum >> 6) · R[P]) >> 10 on a DSP: |sum| < P · 2^11 ≤ 2^21, so sum >> 6 fits 16 bits.
    avg_mul: MulSigned<16, 16, 32>,
    recip_p: Constant<Bits<16>>,
    avg_l1: Vec<Signal<Local, Bits<18>>>,
    avg_l2: Vec<Signal<Local, Bits<18>>>,
    avg_l3: Vec<Signal<Local, Bits<18>>>,
    iph_parts: Vec<Signal<Local, Bits<18>>>,
    iph_l1: Vec<Signal<Local, Bits<18>>>,
    iph_l2: Vec<Signal<Local, Bits<18>>>,
    iph_l3: Vec<Signal<Local, Bits<18>>>,
    i_tot_r: DFF<Bits<18>>,
    n_tot: DFF<Bits<5>>,
    i_inst_r: DFF<Bits<18>>,
    i_tot24: Signal<Local, Bits<24>>,
    phase_oc: Signal<Local, Bit>,
    sel_iavg: Signal<Local, Bits<13>>,
    sel_valid: Signal<Local, Bit>,
}

fn rom<const D: usize>(values: impl Fn(u64) -> u64) -> ROM<Bits<D>, 5> {
    let map: std::collections::BTreeMap<Bits<5>, Bits<D>> =
        (0..32u64).map(|n| (n.into(), values(n).into())).collect();
    ROM::new(map)
}

/// The LINEAR11 word of a non-negative integer (telemetry normalization, §11.1, with q = 0).
fn normalized(v: u64) -> u64 {
    let mut s = 0;
    while (v >> s) > 1023 {
        s += 1;
    }
    ((s as u64 & 0x1F) << 11) | ((v >> s) & 0x7FF)
}

fn vec<T: Default>(n: usize) -> Vec<T> {
    (0..n).map(|_| T::default()).collect()
}

impl VrmCtrl {
    /// A controller with `phases` phases, period `period` clocks and control period `ctrl_div`
    /// clocks (docs/vrm.md §1; the caller checks the supported ranges), its variable products
    /// built for `target`.
    pub fn new(phases: usize, period: u32, ctrl_div: u32, target: MulTarget) -> Self {
        let recip = |n: u64| if n == 0 { 0 } else { 65536u64.div_ceil(n) };
        let p = period as u64;
        let n_built = phases as u64;
        VrmCtrl {
            clock: Default::default(),
            reset: Default::default(),
            en: Default::default(),
            ov_in: Default::default(),
            vout_code: Default::default(),
            vin_code: Default::default(),
            temp_code: Default::default(),
            iph: vec(16),
            reg_we: Default::default(),
            reg_re: Default::default(),
            reg_addr: Default::default(),
            reg_wdata: Default::default(),
            reg_err: Default::default(),
            hs: Default::default(),
            ls: Default::default(),
            reg_rdata: Default::default(),
            pgood: Default::default(),
            alert: Default::default(),
            duty: Default::default(),
            vref: Default::default(),
            v_set: Default::default(),
            i_filt: Default::default(),
            n_active: Default::default(),
            mode: Default::default(),
            phases: (0..phases).map(|i| Phase::new(i, phases, period)).collect(),
            regs: RegFile::new(ctrl_div as u64, target),
            reg_val: RegValues::new(),
            reference: Default::default(),
            comp: Compensator::new(target),
            balance: Balance::new(phases, target, rom(recip)),
            mode_ctl: ModeControl::new(phases, target),
            faults: Default::default(),
            status: StatusPort::new(normalized(100_000 / p)),
            step_rom: rom(|n| (p * recip(n)) >> 16),
            sched_rom: rom(|n| (n_built * recip(n)) >> 8),
            period: Constant::new(p.into()),
            ctrl_div: Constant::new((ctrl_div as u64).into()),
            m: Default::default(),
            kc: Default::default(),
            at_end: Default::default(),
            m_next: Default::default(),
            visit_next: Default::default(),
            ov: Default::default(),
            vhist: Default::default(),
            vh_ptr: Default::default(),
            vh_fill: Default::default(),
            vh_oldest: Default::default(),
            vout: Default::default(),
            u_max: Default::default(),
            u_mul: MulU16::new(target),
            u_p: Default::default(),
            iavg_sum: Default::default(),
            iph_sum: Default::default(),
            avg_parts: vec(16),
            total_or: vec(phases),
            avg_mul: MulSigned::unsigned_b(target),
            recip_p: Constant::new(65536u64.div_ceil(u64::from(period)).into()),
            avg_l1: vec(8),
            avg_l2: vec(4),
            avg_l3: vec(2),
            iph_parts: vec(16),
            iph_l1: vec(8),
            iph_l2: vec(4),
            iph_l3: vec(2),
            i_tot_r: Default::default(),
            n_tot: Default::default(),
            i_inst_r: Default::default(),
            i_tot24: Default::default(),
            phase_oc: Default::default(),
            sel_iavg: Default::default(),
            sel_valid: Default::default(),
        }
    }
}

impl Logic for VrmCtrl {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, m, kc, at_end, ov, vh_ptr, vh_fill, i_tot_r, n_tot, i_inst_r);
        clock!(self, clock, regs, reference, comp, balance, mode_ctl, faults, status);
        self.vhist.read_clock.next = self.clock.val();
        self.vhist.write_clock.next = self.clock.val();
        self.regs.reset.next = self.reset.val();
        self.regs.we.next = self.reg_we.val();
        self.regs.re.next = self.reg_re.val();
        self.regs.addr.next = self.reg_addr.val();
        self.regs.wdata.next = self.reg_wdata.val();
        for i in 0..self.regs.value.len() {
            self.reg_val.value[i].next = self.regs.value[i].val();
        }
        self.step_rom.address.next = self.mode_ctl.n_act.val();
        self.sched_rom.address.next = self.mode_ctl.n_act.val();
        self.vout.next = bit_cast::<16, 13>(self.vout_code.val());
        self.u_max.next = self.reg_val.max_duty.val().get_bits::<16>(0);

        // ---- Time base (§4, §6): m counts the master period, kc the control period.
        // m = P − 1 is known a clock ahead (from m') so no compare sits in front of its users.
        self.m_next.next = self.m.q.val() + 1;
        if self.at_end.q.val() {
            self.m_next.next = 0.into();
        }
        self.visit_next.next = self.m_next.val() - 2;
        self.m.d.next = self.m_next.val();
        self.at_end.d.next = self.m_next.val() == (self.period.val() - 1);
        self.kc.d.next = self.kc.q.val() + 1;
        if (self.kc.q.val() + 1) == self.ctrl_div.val() {
            self.kc.d.next = 0.into();
        }

        // ---- Phases, their daisy chains, and the sums over them.
        self.u_mul.a.next = self.comp.u.val();
        self.u_mul.b.next = bit_cast::<16, 11>(self.period.val());
        self.u_p.next = self.u_mul.p.val();
        for i in 0..self.phases.len() {
            self.phases[i].clock.next = self.clock.val();
            self.phases[i].reset.next = self.reset.val();
            self.phases[i].n_active.next = self.mode_ctl.n_act.val();
            self.phases[i].mode.next = self.mode_ctl.mode.val();
            self.phases[i].ov.next = self.ov.q.val();
            self.phases[i].m_next.next = self.m_next.val();
            self.phases[i].step.next = self.step_rom.data.val();
            self.phases[i].t256_base.next = bit_cast::<20, 32>(self.u_p.val() >> 8);
            self.phases[i].dt_rise.next = self.reg_val.mfr_dt_rise.val().get_bits::<8>(0);
            self.phases[i].dt_fall.next = self.reg_val.mfr_dt_fall.val().get_bits::<8>(0);
            self.phases[i].iph.next = self.iph[i].val();
            self.phases[i].ph_oc.next = self.reg_val.mfr_ph_oc.val().get_bits::<12>(0);
            self.phases[i].turn_on.next = self.mode_ctl.turn_on.val();
            self.phases[i].m.next = self.visit_next.val();
            self.phases[i].bal_go.next = self.balance.bal_go.val();
            self.phases[i].trim_value.next = self.balance.trim.val();
        }
        self.phases[0].hs_in.next = 0.into();
        self.phases[0].ls_in.next = 0.into();
        self.phases[0].oc_in.next = false;
        self.phases[0].iavg_sel_in.next = 0.into();
        self.phases[0].valid_sel_in.next = false;
        for i in 1..self.phases.len() {
            self.phases[i].hs_in.next = self.phases[i - 1].hs_out.val();
            self.phases[i].ls_in.next = self.phases[i - 1].ls_out.val();
            self.phases[i].oc_in.next = self.phases[i - 1].oc_out.val();
            self.phases[i].iavg_sel_in.next = self.phases[i - 1].iavg_sel_out.val();
            self.phases[i].valid_sel_in.next = self.phases[i - 1].valid_sel_out.val();
        }
        // The chains' ends: the last phase's outputs (later iterations overwrite earlier ones).
        for i in 0..self.phases.len() {
            self.hs.next = self.phases[i].hs_out.val();
            self.ls.next = self.phases[i].ls_out.val();
            self.sel_iavg.next = self.phases[i].iavg_sel_out.val();
            self.sel_valid.next = self.phases[i].valid_sel_out.val();
            self.phase_oc.next = self.phases[i].oc_out.val();
        }
        // The full-period average (§4): one phase's sum at a time through one multiplier.
        self.total_or[0].next = self.phases[0].total_part.val();
        for i in 1..self.phases.len() {
            self.total_or[i].next = self.total_or[i - 1].val() | self.phases[i].total_part.val();
        }
        for i in 0..self.phases.len() {
            self.avg_mul.a.next = self.total_or[i].val().get_bits::<16>(6);
        }
        self.avg_mul.b.next = self.recip_p.val();
        for i in 0..self.phases.len() {
            self.phases[i].avg_in.next = self.avg_mul.p.val().get_bits::<13>(10);
        }
        // The sums (§5, §10) as balanced trees over 16 slots (unbuilt phases add 0), so the
        // registered totals sit four adders behind the phases, not one adder per phase.
        for i in 0..16 {
            self.avg_parts[i].next = 0.into();
            self.iph_parts[i].next = 0.into();
        }
        for i in 0..self.phases.len() {
            self.avg_parts[i].next = self.phases[i].iavg_part.val();
            self.iph_parts[i].next = self.phases[i].iph_part.val();
        }
        for i in 0..8 {
            self.avg_l1[i].next = self.avg_parts[2 * i].val() + self.avg_parts[2 * i + 1].val();
            self.iph_l1[i].next = self.iph_parts[2 * i].val() + self.iph_parts[2 * i + 1].val();
        }
        for i in 0..4 {
            self.avg_l2[i].next = self.avg_l1[2 * i].val() + self.avg_l1[2 * i + 1].val();
            self.iph_l2[i].next = self.iph_l1[2 * i].val() + self.iph_l1[2 * i + 1].val();
        }
        for i in 0..2 {
            self.avg_l3[i].next = self.avg_l2[2 * i].val() + self.avg_l2[2 * i + 1].val();
            self.iph_l3[i].next = self.iph_l2[2 * i].val() + self.iph_l2[2 * i + 1].val();
        }
        self.iavg_sum.next = self.avg_l3[0].val() + self.avg_l3[1].val();
        self.iph_sum.next = self.iph_l3[0].val() + self.iph_l3[1].val();
        self.i_tot_r.d.next = self.iavg_sum.val();
        self.n_tot.d.next = self.mode_ctl.n_act.val();
        self.i_inst_r.d.next = self.iph_sum.val();
        self.i_tot24.next = bit_cast::<24, 18>(self.i_tot_r.q.val());
        if self.i_tot_r.q.val().get_bit(17) {
            self.i_tot24.next = bit_cast::<24, 18>(self.i_tot_r.q.val()) | 0xFC0000_u64;
        }

        // ---- OV flag and Vout history (§7, §10).
        self.ov.d.next = self.ov_in.val()
            | (self.vout_code.val() > self.reg_val.vout_ov_fault_limit.val().get_bits::<13>(0));
        // The slot read at this edge is the one written next (8 edges after its last write).
        self.vhist.write_address.next = self.vh_ptr.q.val();
        self.vhist.write_data.next = self.vout_code.val();
        self.vhist.write_enable.next = true;
        self.vhist.read_address.next = self.vh_ptr.q.val() + 1;
        self.vh_ptr.d.next = self.vh_ptr.q.val() + 1;
        if self.vh_fill.q.val() != 8 {
            self.vh_fill.d.next = self.vh_fill.q.val() + 1;
        }
        self.vh_oldest.next = 0.into();
        if self.vh_fill.q.val() == 8 {
            self.vh_oldest.next = self.vhist.read_data.val();
        }

        // ---- Reference, soft start and filter (§5).
        self.reference.reset.next = self.reset.val();
        self.reference.turn_on.next = self.mode_ctl.turn_on.val();
        self.reference.tick.next = self.kc.q.val() == 0;
        self.reference.on.next = self.mode_ctl.on.val();
        self.reference.restart.next = self.status.restart.val();
        self.reference.vout_command.next = self.reg_val.vout_command.val().get_bits::<13>(0);
        self.reference.vout_max.next = self.reg_val.vout_max.val().get_bits::<13>(0);
        self.reference.transition_rate.next =
            bit_cast::<21, 40>(self.reg_val.vout_transition_rate.val());
        self.reference.ton_rise.next = bit_cast::<20, 40>(self.reg_val.ton_rise.val());
        self.reference.i_tot.next = self.i_tot24.val();

        // ---- Compensator and regulation point (§6, §5).
        self.comp.reset.next = self.reset.val();
        self.comp.turn_on.next = self.mode_ctl.turn_on.val();
        self.comp.kc.next = self.kc.q.val();
        self.comp.run.next = self.mode_ctl.run.val();
        self.comp.vout.next = self.vout_code.val();
        self.comp.vref.next = self.reference.vref.val().get_bits::<13>(8);
        self.comp.i_filt.next = self.reference.i_filt.val();
        self.comp.sched.next = self.sched_rom.data.val();
        self.comp.u_max.next = self.u_max.val();
        self.comp.kp.next = bit_cast::<16, 40>(self.reg_val.mfr_kp.val());
        self.comp.ki.next = bit_cast::<16, 40>(self.reg_val.mfr_ki.val());
        self.comp.kd.next = bit_cast::<16, 40>(self.reg_val.mfr_kd.val());
        self.comp.df.next = self.reg_val.mfr_df.val().get_bits::<2>(0);
        self.comp.droop_gain.next = bit_cast::<16, 40>(self.reg_val.vout_droop.val());

        // ---- Current balance (§9).
        self.balance.reset.next = self.reset.val();
        self.balance.turn_on.next = self.mode_ctl.turn_on.val();
        self.balance.run.next = self.mode_ctl.run.val();
        self.balance.m.next = self.m.q.val();
        self.balance.m_next.next = self.m_next.val();
        self.balance.i_tot.next = self.i_tot_r.q.val();
        self.balance.n_tot.next = self.n_tot.q.val();
        self.balance.n_act.next = self.mode_ctl.n_act.val();
        self.balance.sel_iavg.next = self.sel_iavg.val();
        self.balance.sel_valid.next = self.sel_valid.val();
        self.balance.kb.next = self.reg_val.mfr_kb.val().get_bits::<4>(0);
        self.balance.bal_max.next = self.reg_val.mfr_bal_max.val().get_bits::<12>(0);
        self.balance.ph_imb.next = self.reg_val.mfr_ph_imb.val().get_bits::<12>(0);

        // ---- Mode and phase management (§7, §8, §10).
        self.mode_ctl.reset.next = self.reset.val();
        self.mode_ctl.en.next = self.en.val();
        self.mode_ctl.operation_on.next = self.reg_val.operation.val().get_bit(7);
        self.mode_ctl.vin_code.next = self.vin_code.val();
        self.mode_ctl.vin_on.next = self.reg_val.vin_on.val().get_bits::<13>(0);
        self.mode_ctl.ref_idle.next = self.reference.idle.val();
        self.mode_ctl.ss.next = self.reference.ss.val();
        self.mode_ctl.shut.next = self.faults.shut.val();
        self.mode_ctl.resp.next = self.faults.resp.val();
        self.mode_ctl.err.next = self.comp.err.val();
        self.mode_ctl.fall.next = bit_cast::<16, 13>(self.vh_oldest.val()) - self.vout.val();
        self.mode_ctl.rise.next = self.vout.val() - bit_cast::<16, 13>(self.vh_oldest.val());
        self.mode_ctl.period_end.next = self.at_end.q.val();
        self.mode_ctl.i_filt.next = self.reference.i_filt.val();
        self.mode_ctl.n_max_reg.next = self.reg_val.mfr_n_max_active.val().get_bits::<5>(0);
        self.mode_ctl.tr_ut.next = bit_cast::<16, 40>(self.reg_val.mfr_tr_ut.val());
        self.mode_ctl.tr_ot.next = bit_cast::<16, 40>(self.reg_val.mfr_tr_ot.val());
        self.mode_ctl.tr_dv.next = bit_cast::<16, 40>(self.reg_val.mfr_tr_dv.val());
        self.mode_ctl.tr_rec.next = bit_cast::<16, 40>(self.reg_val.mfr_tr_rec.val());
        self.mode_ctl.tr_min.next = bit_cast::<10, 40>(self.reg_val.mfr_tr_min.val());
        self.mode_ctl.tr_max.next = bit_cast::<10, 40>(self.reg_val.mfr_tr_max.val());
        self.mode_ctl.tr_blank.next = bit_cast::<12, 40>(self.reg_val.mfr_tr_blank.val());
        self.mode_ctl.ph_add.next = bit_cast::<12, 40>(self.reg_val.mfr_ph_add.val());
        self.mode_ctl.ph_shed.next = bit_cast::<12, 40>(self.reg_val.mfr_ph_shed.val());
        self.mode_ctl.ph_dwell.next = bit_cast::<8, 40>(self.reg_val.mfr_ph_dwell.val());

        // ---- Faults (§10).
        self.faults.reset.next = self.reset.val();
        self.faults.turn_on.next = self.mode_ctl.turn_on.val();
        self.faults.tick.next = self.kc.q.val() == 0;
        self.faults.on.next = self.mode_ctl.on.val();
        self.faults.ss.next = self.reference.ss.val();
        self.faults.ov.next = self.ov.q.val();
        self.faults.f_imb.next = self.balance.f_imb.val();
        self.faults.vout_code.next = self.vout_code.val();
        self.faults.vin_code.next = self.vin_code.val();
        self.faults.temp_code.next = self.temp_code.val();
        self.faults.i_inst.next = self.i_inst_r.q.val();
        self.faults.u_at_max.next = self.comp.u.val() == self.u_max.val();
        self.faults.uv_limit.next = self.reg_val.vout_uv_fault_limit.val().get_bits::<13>(0);
        self.faults.oc_limit.next = self.reg_val.iout_oc_fault_limit.val();
        self.faults.ot_limit.next = self.reg_val.ot_fault_limit.val().get_bits::<12>(0);
        self.faults.vin_uv_limit.next = self.reg_val.vin_uv_fault_limit.val().get_bits::<13>(0);
        self.faults.flt_n_reg.next = self.reg_val.mfr_flt_n.val().get_bits::<8>(0);
        self.faults.sat_n_reg.next = self.reg_val.mfr_sat_n.val().get_bits::<12>(0);
        self.faults.ov_response.next = self.reg_val.vout_ov_fault_response.val().get_bits::<8>(0);
        self.faults.uv_response.next = self.reg_val.vout_uv_fault_response.val().get_bits::<8>(0);
        self.faults.oc_response.next = self.reg_val.iout_oc_fault_response.val().get_bits::<8>(0);
        self.faults.ot_response.next = self.reg_val.ot_fault_response.val().get_bits::<8>(0);
        self.faults.vin_response.next = self.reg_val.vin_uv_fault_response.val().get_bits::<8>(0);

        // ---- Status and telemetry (§11).
        self.status.reset.next = self.reset.val();
        self.status.on.next = self.mode_ctl.on.val();
        self.status.ss.next = self.reference.ss.val();
        self.status.we.next = self.reg_we.val();
        self.status.re.next = self.reg_re.val();
        self.status.addr.next = self.reg_addr.val();
        self.status.err.next = self.reg_err.val();
        self.status.writable.next = self.regs.writable.val();
        self.status.busy.next = self.regs.busy.val();
        self.status.vout_code.next = self.vout_code.val();
        self.status.vin_code.next = self.vin_code.val();
        self.status.temp_code.next = self.temp_code.val();
        self.status.i_filt.next = self.reference.i_filt.val();
        self.status.raise_vout.next = self.faults.raise_vout.val();
        self.status.raise_iout.next = self.faults.raise_iout.val();
        if self.phase_oc.val() {
            self.status.raise_iout.next = self.faults.raise_iout.val() | 0x20;
        }
        self.status.raise_input.next = self.faults.raise_input.val();
        self.status.raise_temp.next = self.faults.raise_temp.val();
        self.status.raise_mfr.next = self.faults.raise_mfr.val();

        // ---- Reset (§12).
        if self.reset.val() {
            self.m.d.next = 0.into();
            self.at_end.d.next = false;
            self.kc.d.next = 0.into();
            self.i_tot_r.d.next = 0.into();
            self.n_tot.d.next = 0.into();
            self.i_inst_r.d.next = 0.into();
            self.ov.d.next = false;
            self.vh_ptr.d.next = 0.into();
            self.vh_fill.d.next = 0.into();
        }

        // ---- Outputs: registers only.
        self.reg_rdata.next = self.status.rdata.val() | self.regs.rword.val();
        self.pgood.next = self.mode_ctl.on.val() & !self.reference.ss.val();
        self.alert.next = self.status.alert.val();
        self.duty.next = self.comp.u.val();
        self.vref.next = self.reference.vref.val().get_bits::<13>(8);
        self.v_set.next = self.comp.v_set.val();
        self.i_filt.next = bit_cast::<16, 24>(self.reference.i_filt.val());
        self.n_active.next = self.mode_ctl.n_act.val();
        self.mode.next = self.mode_ctl.mode.val();
    }
}

/// The Verilog module name of the controller.
pub const VRM_MODULE: &str = "gridcore_vrm";

/// Emits the controller's Verilog for a build (top module [`VRM_MODULE`]), behavioural products.
pub fn verilog(phases: usize, period: u32, ctrl_div: u32) -> String {
    verilog_for(phases, period, ctrl_div, MulTarget::Generic)
}

/// Emits the controller's Verilog for a build with its products built for `target`.
pub fn verilog_for(phases: usize, period: u32, ctrl_div: u32, target: MulTarget) -> String {
    let mut uut = VrmCtrl::new(phases, period, ctrl_div, target);
    uut.connect_all();
    rtl::emit::rename_top(&generate_verilog(&uut), VRM_MODULE)
}
