//! The controller's top level (docs/vrm.md): time base, reference and load line, compensator on
//! one shared multiplier, transient response, phase management, faults and modes, the register
//! port with status and telemetry, and the phases.

use crate::phase::Phase;
use crate::regs::{RegFile, RegValues};
use rtl::mul::{Mul16x16, MulSigned, MulTarget, MulU16};
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
    // Mode codes (spec::vrm::Mode, §10).
    mode_off: Constant<Bits<3>>,
    mode_run: Constant<Bits<3>>,
    mode_boost: Constant<Bits<3>>,
    mode_clamp: Constant<Bits<3>>,
    mode_hiccup: Constant<Bits<3>>,
    mode_latched: Constant<Bits<3>>,
    // §6's multiplier: operand and product registers inside one DSP. `prod_clr` stands for the
    // product register's clear at a turn-on or reset (a DSP register has no synchronous clear).
    mul: Mul16x16,
    op_a: Signal<Local, Bits<16>>,
    op_b: Signal<Local, Bits<16>>,
    prod_clr: DFF<Bit>,
    mean_mul: MulSigned<18, 18, 36>,
    // The shared balance unit (§9): the mean and phase count latched at m = 1, the
    // visited phase's values (from the phases' chains) and its update.
    bal_mean: DFF<Bits<13>>,
    n_bal: DFF<Bits<5>>,
    // Every phase's trim accumulator (bits 29:0) and imbalance count (36:30), read one clock
    // ahead of its update (at m' = j + 3), written at it.
    bal_ram: RAM<Bits<37>, 4>,
    // A one-phase build has no balance unit: its only phase always equals the mean of itself
    // (§9: the sum and the visit see the same average, R[1] = 2^16), so the trim stays 0 and the
    // imbalance fault never fires; synthesis drops the unit when this is 0.
    balance_built: Constant<Bit>,
    sel_valid: Signal<Local, Bit>,
    // The next visited phase's average and validity, registered a clock ahead of its visit (it
    // cannot change at that edge: §9), so the update starts from registers.
    sel_valid_q: DFF<Bit>,
    // The deviation registered a clock before its phase's update, and the validity with it (§9).
    dev_q: DFF<Bits<14>>,
    sel_valid_q2: DFF<Bit>,
    visit3: Signal<Local, Bits<11>>,
    visit3_next: Signal<Local, Bits<11>>,
    sel_iavg_q: DFF<Bits<13>>,
    visit_next: Signal<Local, Bits<11>>,
    bal_go: Signal<Local, Bit>,
    sel_bal: Signal<Local, Bits<30>>,
    sel_iavg: Signal<Local, Bits<13>>,
    sel_imb: Signal<Local, Bits<7>>,
    iavg_x: Signal<Local, Bits<14>>,
    mean_x: Signal<Local, Bits<14>>,
    dev: Signal<Local, Bits<14>>,
    dev_abs: Signal<Local, Bits<14>>,
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
    recip_rom: ROM<Bits<17>, 5>,
    step_rom: ROM<Bits<11>, 5>,
    sched_rom: ROM<Bits<13>, 5>,
    n_built: Constant<Bits<5>>,
    period: Constant<Bits<11>>,
    ctrl_div: Constant<Bits<7>>,
    freq_word: Constant<Bits<16>>,
    m: DFF<Bits<11>>,
    kc: DFF<Bits<7>>,
    n_act: DFF<Bits<5>>,
    dwell: DFF<Bits<8>>,
    mode_q: DFF<Bits<3>>,
    ss: DFF<Bit>,
    vref_q: DFF<Bits<21>>,
    ss_pending: DFF<Bits<7>>,
    div_nq: DFF<Bits<21>>,
    div_den: DFF<Bits<20>>,
    div_rem: DFF<Bits<21>>,
    i_filt_q: DFF<Bits<24>>,
    v_set_q: DFF<Bits<13>>,
    e_s: DFF<Bits<13>>,
    p_t: DFF<Bits<24>>,
    d_filt: DFF<Bits<28>>,
    e_prev: DFF<Bits<13>>,
    acc_i: DFF<Bits<32>>,
    u: DFF<Bits<16>>,
    ov: DFF<Bit>,
    // The last 8 Vout codes (§7) as a delay line in a block RAM: written at `vh_ptr` every clock,
    // read one slot ahead (the oldest); `vh_fill` masks the slots from before a reset (0 there).
    vhist: RAM<Bits<13>, 3>,
    vh_ptr: DFF<Bits<3>>,
    vh_fill: DFF<Bits<4>>,
    vh_oldest: Signal<Local, Bits<13>>,
    tr: DFF<Bits<10>>,
    blank: DFF<Bits<12>>,
    cnt_uv: DFF<Bits<8>>,
    cnt_oc: DFF<Bits<8>>,
    cnt_ot: DFF<Bits<8>>,
    cnt_vin: DFF<Bits<8>>,
    cnt_sat: DFF<Bits<12>>,
    // The hiccup timer ((b + 1) · 10 000 clocks, §10) as 100 µs units left and a prescaler:
    // a 3-bit load and a constant reload instead of a 17-bit load from a table.
    hic_units: DFF<Bits<3>>,
    hic_pre: DFF<Bits<14>>,
    hic_done: Signal<Local, Bit>,
    st_vout: DFF<Bits<8>>,
    st_iout: DFF<Bits<8>>,
    st_input: DFF<Bits<8>>,
    st_temp: DFF<Bits<8>>,
    st_mfr: DFF<Bits<8>>,
    // STATUS_CML (§11): 7 invalid command, 5 PEC failed, 1 other communication fault.
    st_cml: DFF<Bits<8>>,
    rdata: DFF<Bits<16>>,
    // Combinational helpers (each held at its exact width before use).
    n_max: Signal<Local, Bits<5>>,
    u_max: Signal<Local, Bits<16>>,
    v_tgt: Signal<Local, Bits<13>>,
    on: Signal<Local, Bit>,
    on_cmd: Signal<Local, Bit>,
    tick: Signal<Local, Bit>,
    period_end: Signal<Local, Bit>,
    at_end: DFF<Bit>,
    m_next: Signal<Local, Bits<11>>,
    i_filt_s: Signal<Local, Bits<24>>,
    i_tot: Signal<Local, Bits<18>>,
    // Registered sums and thresholds (§5, §8, §10): the phase chains and the threshold products
    // each end in a register, so no chain feeds the decisions directly.
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
    thr_add: DFF<Bits<16>>,
    thr_shed: DFF<Bits<16>>,
    i_tot24: Signal<Local, Bits<24>>,
    i_inst: Signal<Local, Bits<18>>,
    vout: Signal<Local, Bits<16>>,
    vset16: Signal<Local, Bits<16>>,
    err: Signal<Local, Bits<16>>,
    under_ut: Signal<Local, Bit>,
    under_4ut: Signal<Local, Bit>,
    over_sum: Signal<Local, Bits<16>>,
    over_ot: Signal<Local, Bit>,
    over_sum4: Signal<Local, Bits<16>>,
    over_4ot: Signal<Local, Bit>,
    de: Signal<Local, Bits<14>>,
    pd: Signal<Local, Bits<16>>,
    u_p: Signal<Local, Bits<32>>,
    // u · P and (n_active − 1) · PH_SHED, each on a DSP of its own.
    u_mul: MulU16,
    // n_active · PH_ADD (PH_ADD < 2^11: both operands non-negative as signed).
    thr_add_mul: MulSigned<6, 12, 18>,
    thr_shed_mul: MulSigned<6, 12, 18>,
    p28: Signal<Local, Bits<28>>,
    pd_raw: Signal<Local, Bits<28>>,
    prod: Signal<Local, Bits<32>>,
    acc_sum: Signal<Local, Bits<33>>,
    acc_lim: Signal<Local, Bits<33>>,
    acc_new: Signal<Local, Bits<32>>,
    u_sum: Signal<Local, Bits<33>>,
    d_raw: Signal<Local, Bits<28>>,
    d_diff: Signal<Local, Bits<28>>,
    d_step: Signal<Local, Bits<28>>,
    droop: Signal<Local, Bits<16>>,
    vset_new: Signal<Local, Bits<17>>,
    div_try: Signal<Local, Bits<22>>,
    target: Signal<Local, Bits<21>>,
    rate: Signal<Local, Bits<21>>,
    ref_diff: Signal<Local, Bits<22>>,
    ref_up: Signal<Local, Bit>,
    ref_slack: Signal<Local, Bits<23>>,
    ref_reach: Signal<Local, Bit>,
    ref_dx: Signal<Local, Bits<22>>,
    ref_dx23: Signal<Local, Bits<23>>,
    ref_step: Signal<Local, Bits<21>>,
    fall: Signal<Local, Bits<16>>,
    rise: Signal<Local, Bits<16>>,
    turn_on: Signal<Local, Bit>,
    shed: Signal<Local, Bit>,
    add_thr: Signal<Local, Bits<32>>,
    shed_thr: Signal<Local, Bits<32>>,
    n_m1: Signal<Local, Bits<5>>,
    f_ov: Signal<Local, Bit>,
    f_vin: Signal<Local, Bit>,
    f_oc: Signal<Local, Bit>,
    f_uv: Signal<Local, Bit>,
    f_ot: Signal<Local, Bit>,
    f_imb: Signal<Local, Bit>,
    f_sat: Signal<Local, Bit>,
    flt_n: Signal<Local, Bits<8>>,
    sat_n: Signal<Local, Bits<12>>,
    resp: Signal<Local, Bits<8>>,
    shut: Signal<Local, Bit>,
    raise_vout: Signal<Local, Bits<8>>,
    raise_iout: Signal<Local, Bits<8>>,
    raise_input: Signal<Local, Bits<8>>,
    raise_temp: Signal<Local, Bits<8>>,
    raise_mfr: Signal<Local, Bits<8>>,
    raise_cml: Signal<Local, Bits<8>>,
    clear: Signal<Local, Bit>,
    status_byte: Signal<Local, Bits<16>>,
    status_word: Signal<Local, Bits<16>>,
    known: Signal<Local, Bit>,
    tele: Signal<Local, Bits<16>>,
    tele_q: Signal<Local, Bits<5>>,
    tele_sh: Signal<Local, Bits<16>>,
    tele_flip: Signal<Local, Bits<16>>,
    tele_s: Signal<Local, Bits<5>>,
    tele_word: Signal<Local, Bits<16>>,
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
            iph: (0..16).map(|_| Default::default()).collect(),
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
            mode_off: mode_code(Mode::Off),
            mode_run: mode_code(Mode::Run),
            mode_boost: mode_code(Mode::Boost),
            mode_clamp: mode_code(Mode::Clamp),
            mode_hiccup: mode_code(Mode::Hiccup),
            mode_latched: mode_code(Mode::Latched),
            mul: Mul16x16::signed_b(target),
            op_a: Default::default(),
            op_b: Default::default(),
            prod_clr: Default::default(),
            // i_tot sums at most 8 13-bit averages in 16 bits; R[n] for n >= 2 is at most 2^15
            // (n = 1 takes i_tot itself, §9): one 16x16 DSP on iCE40 up to 8 phases.
            mean_mul: MulSigned::narrow(target, if phases <= 8 { 16 } else { 18 }, 17),
            bal_mean: Default::default(),
            n_bal: Default::default(),
            bal_ram: Default::default(),
            balance_built: Constant::new(phases > 1),
            sel_valid: Default::default(),
            sel_valid_q: Default::default(),
            dev_q: Default::default(),
            sel_valid_q2: Default::default(),
            visit3: Default::default(),
            visit3_next: Default::default(),
            sel_iavg_q: Default::default(),
            visit_next: Default::default(),
            bal_go: Default::default(),
            sel_bal: Default::default(),
            sel_iavg: Default::default(),
            sel_imb: Default::default(),
            iavg_x: Default::default(),
            mean_x: Default::default(),
            dev: Default::default(),
            dev_abs: Default::default(),
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
            recip_rom: rom(recip),
            step_rom: rom(|n| (p * recip(n)) >> 16),
            sched_rom: rom(|n| (n_built * recip(n)) >> 8),
            n_built: Constant::new(n_built.into()),
            period: Constant::new(p.into()),
            ctrl_div: Constant::new((ctrl_div as u64).into()),
            freq_word: Constant::new(normalized(100_000 / p).into()),
            m: Default::default(),
            kc: Default::default(),
            n_act: Default::default(),
            dwell: Default::default(),
            mode_q: Default::default(),
            ss: Default::default(),
            vref_q: Default::default(),
            ss_pending: Default::default(),
            div_nq: Default::default(),
            div_den: Default::default(),
            div_rem: Default::default(),
            i_filt_q: Default::default(),
            v_set_q: Default::default(),
            e_s: Default::default(),
            p_t: Default::default(),
            d_filt: Default::default(),
            e_prev: Default::default(),
            acc_i: Default::default(),
            u: Default::default(),
            ov: Default::default(),
            vhist: Default::default(),
            vh_ptr: Default::default(),
            vh_fill: Default::default(),
            vh_oldest: Default::default(),
            tr: Default::default(),
            blank: Default::default(),
            cnt_uv: Default::default(),
            cnt_oc: Default::default(),
            cnt_ot: Default::default(),
            cnt_vin: Default::default(),
            cnt_sat: Default::default(),
            hic_units: Default::default(),
            hic_pre: Default::default(),
            hic_done: Default::default(),
            st_vout: Default::default(),
            st_iout: Default::default(),
            st_input: Default::default(),
            st_temp: Default::default(),
            st_mfr: Default::default(),
            st_cml: Default::default(),
            rdata: Default::default(),
            n_max: Default::default(),
            u_max: Default::default(),
            v_tgt: Default::default(),
            on: Default::default(),
            on_cmd: Default::default(),
            tick: Default::default(),
            period_end: Default::default(),
            at_end: Default::default(),
            m_next: Default::default(),
            i_filt_s: Default::default(),
            i_tot: Default::default(),
            iavg_sum: Default::default(),
            iph_sum: Default::default(),
            avg_parts: (0..16).map(|_| Default::default()).collect(),
            total_or: (0..phases).map(|_| Default::default()).collect(),
            avg_mul: MulSigned::unsigned_b(target),
            recip_p: Constant::new(65536u64.div_ceil(u64::from(period)).into()),
            avg_l1: (0..8).map(|_| Default::default()).collect(),
            avg_l2: (0..4).map(|_| Default::default()).collect(),
            avg_l3: (0..2).map(|_| Default::default()).collect(),
            iph_parts: (0..16).map(|_| Default::default()).collect(),
            iph_l1: (0..8).map(|_| Default::default()).collect(),
            iph_l2: (0..4).map(|_| Default::default()).collect(),
            iph_l3: (0..2).map(|_| Default::default()).collect(),
            i_tot_r: Default::default(),
            n_tot: Default::default(),
            i_inst_r: Default::default(),
            thr_add: Default::default(),
            thr_shed: Default::default(),
            i_tot24: Default::default(),
            i_inst: Default::default(),
            vout: Default::default(),
            vset16: Default::default(),
            under_ut: Default::default(),
            under_4ut: Default::default(),
            over_sum: Default::default(),
            over_ot: Default::default(),
            over_sum4: Default::default(),
            over_4ot: Default::default(),
            err: Default::default(),
            de: Default::default(),
            pd: Default::default(),
            u_p: Default::default(),
            u_mul: MulU16::new(target),
            thr_add_mul: MulSigned::new(target),
            thr_shed_mul: MulSigned::new(target),
            p28: Default::default(),
            pd_raw: Default::default(),
            prod: Default::default(),
            acc_sum: Default::default(),
            acc_lim: Default::default(),
            acc_new: Default::default(),
            u_sum: Default::default(),
            d_raw: Default::default(),
            d_diff: Default::default(),
            d_step: Default::default(),
            droop: Default::default(),
            vset_new: Default::default(),
            div_try: Default::default(),
            target: Default::default(),
            rate: Default::default(),
            ref_diff: Default::default(),
            ref_up: Default::default(),
            ref_slack: Default::default(),
            ref_reach: Default::default(),
            ref_dx: Default::default(),
            ref_dx23: Default::default(),
            ref_step: Default::default(),
            fall: Default::default(),
            rise: Default::default(),
            turn_on: Default::default(),
            shed: Default::default(),
            add_thr: Default::default(),
            shed_thr: Default::default(),
            n_m1: Default::default(),
            f_ov: Default::default(),
            f_vin: Default::default(),
            f_oc: Default::default(),
            f_uv: Default::default(),
            f_ot: Default::default(),
            f_imb: Default::default(),
            f_sat: Default::default(),
            flt_n: Default::default(),
            sat_n: Default::default(),
            resp: Default::default(),
            shut: Default::default(),
            raise_vout: Default::default(),
            raise_iout: Default::default(),
            raise_input: Default::default(),
            raise_temp: Default::default(),
            raise_mfr: Default::default(),
            raise_cml: Default::default(),
            clear: Default::default(),
            status_byte: Default::default(),
            status_word: Default::default(),
            known: Default::default(),
            tele: Default::default(),
            tele_q: Default::default(),
            tele_sh: Default::default(),
            tele_flip: Default::default(),
            tele_s: Default::default(),
            tele_word: Default::default(),
        }
    }
}

impl Logic for VrmCtrl {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, m, at_end, kc, n_act, dwell, bal_mean, n_bal, i_tot_r, n_tot, i_inst_r,
            thr_add, thr_shed, prod_clr, mode_q, ss, vref_q, ss_pending, div_nq, div_den, div_rem,
            i_filt_q, v_set_q, e_s, p_t, d_filt, e_prev, acc_i, u, ov, tr, blank, cnt_uv, cnt_oc,
            cnt_ot, cnt_vin, cnt_sat, hic_units, hic_pre, st_vout, st_iout, st_input, st_temp,
            st_mfr, st_cml, rdata
        );
        dff_setup!(
            self,
            clock,
            vh_ptr,
            vh_fill,
            sel_valid_q,
            sel_iavg_q,
            dev_q,
            sel_valid_q2
        );
        self.vhist.read_clock.next = self.clock.val();
        self.vhist.write_clock.next = self.clock.val();
        clock!(self, clock, regs);
        self.regs.reset.next = self.reset.val();
        self.regs.we.next = self.reg_we.val();
        self.regs.re.next = self.reg_re.val();
        self.regs.addr.next = self.reg_addr.val();
        self.regs.wdata.next = self.reg_wdata.val();
        for i in 0..self.regs.value.len() {
            self.reg_val.value[i].next = self.regs.value[i].val();
        }
        self.recip_rom.address.next = self.n_tot.q.val();
        self.step_rom.address.next = self.n_act.q.val();
        self.sched_rom.address.next = self.n_act.q.val();

        // ---- Values used everywhere.
        self.n_max.next = self.reg_val.mfr_n_max_active.val().get_bits::<5>(0);
        if self.reg_val.mfr_n_max_active.val().get_bits::<5>(0) == 0 {
            self.n_max.next = 1.into();
        } else if self.reg_val.mfr_n_max_active.val().get_bits::<5>(0) > self.n_built.val() {
            self.n_max.next = self.n_built.val();
        }
        self.u_max.next = self.reg_val.max_duty.val().get_bits::<16>(0);
        self.v_tgt.next = self.reg_val.vout_command.val().get_bits::<13>(0);
        if self.reg_val.vout_max.val().get_bits::<13>(0)
            < self.reg_val.vout_command.val().get_bits::<13>(0)
        {
            self.v_tgt.next = self.reg_val.vout_max.val().get_bits::<13>(0);
        }
        self.on.next = (self.mode_q.q.val() == self.mode_run.val())
            | (self.mode_q.q.val() == self.mode_boost.val())
            | (self.mode_q.q.val() == self.mode_clamp.val());
        self.on_cmd.next = self.reg_val.operation.val().get_bit(7) & self.en.val();
        self.hic_done.next = (self.hic_units.q.val() == 0) & (self.hic_pre.q.val() == 0);
        self.turn_on.next = self.on_cmd.val()
            & ((self.mode_q.q.val() == self.mode_off.val())
                | ((self.mode_q.q.val() == self.mode_hiccup.val()) & self.hic_done.val()))
            & (self.vin_code.val() >= self.reg_val.vin_on.val().get_bits::<13>(0))
            & (self.ss_pending.q.val() == 0);
        self.tick.next = self.kc.q.val() == 0;
        // m = P − 1, known a clock ahead (from m') so no compare sits in front of its users.
        self.period_end.next = self.at_end.q.val();
        self.m_next.next = self.m.q.val() + 1;
        if self.period_end.val() {
            self.m_next.next = 0.into();
        }
        // The phase the balance unit visits (§9): m − 2 (wraps past every phase for m < 2).
        self.visit_next.next = self.m_next.val() - 2;
        // The phase the balance unit updates (§9): m − 3.
        self.visit3.next = self.m.q.val() - 3;
        self.visit3_next.next = self.m_next.val() - 3;
        self.i_filt_s.next = self.i_filt_q.q.val() >> 4;
        if self.i_filt_q.q.val().get_bit(23) {
            self.i_filt_s.next = (self.i_filt_q.q.val() >> 4) | 0xF00000_u64;
        }
        self.vout.next = bit_cast::<16, 13>(self.vout_code.val());
        self.vset16.next = bit_cast::<16, 13>(self.v_set_q.q.val());

        // Products held at their exact width before shifting (Verilog sizes them by context).
        self.u_mul.a.next = self.u.q.val();
        self.u_mul.b.next = bit_cast::<16, 11>(self.period.val());
        self.u_p.next = self.u_mul.p.val();

        // ---- Phases.
        for i in 0..self.phases.len() {
            self.phases[i].clock.next = self.clock.val();
            self.phases[i].reset.next = self.reset.val();
            self.phases[i].n_active.next = self.n_act.q.val();
            self.phases[i].mode.next = self.mode_q.q.val();
            self.phases[i].ov.next = self.ov.q.val();
            self.phases[i].m_next.next = self.m_next.val();
            self.phases[i].step.next = self.step_rom.data.val();
            self.phases[i].t256_base.next = bit_cast::<20, 32>(self.u_p.val() >> 8);
            self.phases[i].dt_rise.next = self.reg_val.mfr_dt_rise.val().get_bits::<8>(0);
            self.phases[i].dt_fall.next = self.reg_val.mfr_dt_fall.val().get_bits::<8>(0);
            self.phases[i].iph.next = self.iph[i].val();
            self.phases[i].ph_oc.next = self.reg_val.mfr_ph_oc.val().get_bits::<12>(0);
            self.phases[i].turn_on.next = self.turn_on.val();
            self.phases[i].m.next = self.visit_next.val();
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
            self.raise_iout.next = 0.into();
            if self.phases[i].oc_out.val() {
                self.raise_iout.next = 0x20.into();
            }
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
        self.n_tot.d.next = self.n_act.q.val();
        self.i_inst_r.d.next = self.iph_sum.val();
        self.i_tot.next = self.i_tot_r.q.val();
        self.i_inst.next = self.i_inst_r.q.val();
        self.i_tot24.next = bit_cast::<24, 18>(self.i_tot.val());
        if self.i_tot.val().get_bit(17) {
            self.i_tot24.next = bit_cast::<24, 18>(self.i_tot.val()) | 0xFC0000_u64;
        }
        // mean = (i_tot · R[n_active]) >> 16 (§9).
        self.mean_mul.a.next = self.i_tot.val();
        self.mean_mul.b.next = bit_cast::<18, 16>(self.recip_rom.data.val().get_bits::<16>(0));

        // ---- Current balance (§9): latch at m = 1, then phase j at the edge m = j + 2.
        if self.m.q.val() == 1 {
            // (i_tot · R[1]) >> 16 = i_tot: R[1] = 2^16 is the one reciprocal above 16 bits.
            self.bal_mean.d.next = self.mean_mul.p.val().get_bits::<13>(16);
            if self.n_tot.q.val() == 1 {
                self.bal_mean.d.next = self.i_tot.val().get_bits::<13>(0);
            }
            self.n_bal.d.next = self.n_tot.q.val();
        }
        self.bal_ram.read_clock.next = self.clock.val();
        self.bal_ram.write_clock.next = self.clock.val();
        self.bal_ram.read_address.next = self.visit3_next.val().get_bits::<4>(0);
        self.sel_bal.next = 0.into();
        self.sel_imb.next = 0.into();
        self.sel_iavg_q.d.next = self.sel_iavg.val();
        // A turn-on clears every phase's balance state at this edge.
        self.sel_valid_q.d.next = self.sel_valid.val() & !self.turn_on.val();
        self.sel_valid_q2.d.next = self.sel_valid_q.q.val() & !self.turn_on.val();
        if self.sel_valid_q2.q.val() {
            self.sel_bal.next = self.bal_ram.read_data.val().get_bits::<30>(0);
            self.sel_imb.next = self.bal_ram.read_data.val().get_bits::<7>(30);
        }
        self.bal_go.next = self.balance_built.val()
            & (self.mode_q.q.val() == self.mode_run.val())
            & (self.visit3.val() < bit_cast::<11, 5>(self.n_bal.q.val()))
            & (self.visit3.val() < bit_cast::<11, 5>(self.n_act.q.val()));
        self.iavg_x.next = bit_cast::<14, 13>(self.sel_iavg_q.q.val());
        if self.sel_iavg_q.q.val().get_bit(12) {
            self.iavg_x.next = bit_cast::<14, 13>(self.sel_iavg_q.q.val()) | 0x2000;
        }
        self.mean_x.next = bit_cast::<14, 13>(self.bal_mean.q.val());
        if self.bal_mean.q.val().get_bit(12) {
            self.mean_x.next = bit_cast::<14, 13>(self.bal_mean.q.val()) | 0x2000;
        }
        self.dev.next = self.iavg_x.val() - self.mean_x.val();
        self.dev_q.d.next = self.dev.val();
        self.dev_abs.next = self.dev_q.q.val();
        if self.dev_q.q.val().get_bit(13) {
            self.dev_abs.next = !self.dev_q.q.val() + 1;
        }
        // bal_acc − (dev << KB), saturated to ±BAL_MAX · 2^16 (< 2^28), in 31 bits (|bal_acc|
        // and |dev << KB| below 2^28, so nothing wraps).
        self.kb_pow.next =
            bit_cast::<16, 1>(1.into()) << self.reg_val.mfr_kb.val().get_bits::<4>(0);
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
        self.bal_new.next = self.bal_x.val() - self.sh_x.val();
        // ±BAL_MAX · 2^16 has 16 zero low bits, so the clamp compares the upper 15 bits (x < −L
        // · 2^16 ⟺ x >> 16 < −L; x > L · 2^16 ⟺ x >> 16 > L, or = L with low bits set).
        self.bal_lim.next = bit_cast::<15, 12>(self.reg_val.mfr_bal_max.val().get_bits::<12>(0));
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
        if bit_cast::<14, 12>(self.reg_val.mfr_ph_imb.val().get_bits::<12>(0)) < self.dev_abs.val()
        {
            if self.sel_imb.val() >= 63 {
                self.imb_value.next = 64.into();
                self.f_imb.next = self.bal_go.val();
            } else {
                self.imb_value.next = self.sel_imb.val() + 1;
            }
        }

        self.bal_ram.write_address.next = self.visit3.val().get_bits::<4>(0);
        self.bal_ram.write_data.next = (bit_cast::<37, 7>(self.imb_value.val()) << 30)
            | bit_cast::<37, 30>(self.bal_value.val());
        self.bal_ram.write_enable.next = self.bal_go.val();
        for i in 0..self.phases.len() {
            self.phases[i].bal_go.next = self.bal_go.val();
            self.phases[i].trim_value.next = self.bal_value.val().get_bits::<14>(16);
        }

        // ---- Time base.
        self.m.d.next = self.m_next.val();
        self.at_end.d.next = self.m_next.val() == (self.period.val() - 1);
        self.kc.d.next = self.kc.q.val() + 1;
        if (self.kc.q.val() + 1) == self.ctrl_div.val() {
            self.kc.d.next = 0.into();
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
        self.fall.next = bit_cast::<16, 13>(self.vh_oldest.val()) - self.vout.val();
        self.rise.next = self.vout.val() - bit_cast::<16, 13>(self.vh_oldest.val());

        // ---- The shared multiplier (§6): operands by control-period clock, pipelined.
        self.err.next = self.vset16.val() - self.vout.val();
        // §7's thresholds against the one error e = v_set − vout (|e| < 2^13, TR_UT and TR_OT
        // below 2^10, so nothing wraps): vout < v_set − UT ⟺ e > UT, vout > v_set + OT ⟺
        // e + OT < 0 (a sign bit instead of a comparison).
        self.under_ut.next = !self.err.val().get_bit(15)
            & (self.err.val() > bit_cast::<16, 40>(self.reg_val.mfr_tr_ut.val()));
        self.under_4ut.next = !self.err.val().get_bit(15)
            & (self.err.val() > (bit_cast::<16, 40>(self.reg_val.mfr_tr_ut.val()) << 2));
        self.over_sum.next = self.err.val() + bit_cast::<16, 40>(self.reg_val.mfr_tr_ot.val());
        self.over_ot.next = self.over_sum.val().get_bit(15);
        self.over_sum4.next =
            self.err.val() + (bit_cast::<16, 40>(self.reg_val.mfr_tr_ot.val()) << 2);
        self.over_4ot.next = self.over_sum4.val().get_bit(15);
        self.de.next =
            bit_cast::<14, 13>(self.e_s.q.val()) - bit_cast::<14, 13>(self.e_prev.q.val());
        if self.e_s.q.val().get_bit(12) {
            self.de.next = (bit_cast::<14, 13>(self.e_s.q.val()) | 0x2000)
                - bit_cast::<14, 13>(self.e_prev.q.val());
            if self.e_prev.q.val().get_bit(12) {
                self.de.next = (bit_cast::<14, 13>(self.e_s.q.val()) | 0x2000)
                    - (bit_cast::<14, 13>(self.e_prev.q.val()) | 0x2000);
            }
        } else if self.e_prev.q.val().get_bit(12) {
            self.de.next = bit_cast::<14, 13>(self.e_s.q.val())
                - (bit_cast::<14, 13>(self.e_prev.q.val()) | 0x2000);
        }
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
        if self.kc.q.val() == 1 {
            self.op_a.next = bit_cast::<16, 40>(self.reg_val.mfr_kp.val());
        }
        if self.kc.q.val() == 2 {
            self.op_a.next = bit_cast::<16, 40>(self.reg_val.mfr_ki.val());
        }
        if (self.kc.q.val() == 1) | (self.kc.q.val() == 2) {
            self.op_b.next = bit_cast::<16, 13>(self.e_s.q.val());
            if self.e_s.q.val().get_bit(12) {
                self.op_b.next = bit_cast::<16, 13>(self.e_s.q.val()) | 0xE000_u64;
            }
        }
        if self.kc.q.val() == 3 {
            self.op_a.next = bit_cast::<16, 40>(self.reg_val.mfr_kd.val());
            self.op_b.next = bit_cast::<16, 14>(self.de.val());
            if self.de.val().get_bit(13) {
                self.op_b.next = bit_cast::<16, 14>(self.de.val()) | 0xC000_u64;
            }
        }
        if self.kc.q.val() == 6 {
            self.op_a.next = bit_cast::<16, 13>(self.sched_rom.data.val());
            self.op_b.next = self.pd.val();
        }
        if self.kc.q.val() == 7 {
            self.op_a.next = bit_cast::<16, 40>(self.reg_val.vout_droop.val());
            if !self.i_filt_s.val().get_bit(23) {
                self.op_b.next = bit_cast::<16, 24>(self.i_filt_s.val());
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
        if self.tick.val() {
            self.e_s.d.next = bit_cast::<13, 16>(self.err.val());
            if ((self.err.val() ^ 0x8000_u64) > (4095 ^ 0x8000_u64)) & !self.err.val().get_bit(15) {
                self.e_s.d.next = 4095.into();
            }
            if ((self.err.val() ^ 0x8000_u64) < (0xF000 ^ 0x8000_u64)) & self.err.val().get_bit(15)
            {
                self.e_s.d.next = 0x1000.into();
            }
        }
        // kc = 3: p_t = (KP · e) >> 8.
        if self.kc.q.val() == 3 {
            self.p_t.d.next = bit_cast::<24, 32>(self.prod.val() >> 8);
        }
        // kc = 5 in RUN: d = d + (((KD · Δe) >> 4 − d) >> DF) (`d_filt` is §6's `d`, the filtered derivative term).
        self.d_raw.next = bit_cast::<28, 32>(self.prod.val() >> 4);
        self.d_diff.next = self.d_raw.val() - self.d_filt.q.val();
        self.d_step.next = self.d_diff.val() >> self.reg_val.mfr_df.val().get_bits::<2>(0);
        if self.d_diff.val().get_bit(27) {
            self.d_step.next =
                !((!self.d_diff.val()) >> self.reg_val.mfr_df.val().get_bits::<2>(0));
        }
        if (self.kc.q.val() == 5) & (self.mode_q.q.val() == self.mode_run.val()) {
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
        if !(((self.u.q.val() == self.u_max.val())
            & !self.e_s.q.val().get_bit(12)
            & (self.e_s.q.val() != 0))
            | ((self.u.q.val() == 0) & self.e_s.q.val().get_bit(12)))
        {
            if self.acc_sum.val().get_bit(32) {
                self.acc_new.next = 0.into();
            } else if self.acc_sum.val() > self.acc_lim.val() {
                self.acc_new.next = bit_cast::<32, 33>(self.acc_lim.val());
            } else {
                self.acc_new.next = bit_cast::<32, 33>(self.acc_sum.val());
            }
        }
        if (self.kc.q.val() == 4) & (self.mode_q.q.val() == self.mode_run.val()) {
            self.acc_i.d.next = self.acc_new.val();
        }
        // kc = 8 in RUN: the duty (§6).
        self.u_sum.next =
            bit_cast::<33, 32>(self.acc_i.q.val() >> 14) + bit_cast::<33, 32>(self.prod.val() >> 8);
        if self.prod.val().get_bit(31) {
            self.u_sum.next = bit_cast::<33, 32>(self.acc_i.q.val() >> 14)
                + (bit_cast::<33, 32>(self.prod.val() >> 8) | 0x1FF000000_u64);
        }
        if (self.kc.q.val() == 8) & (self.mode_q.q.val() == self.mode_run.val()) {
            self.e_prev.d.next = self.e_s.q.val();
            if self.u_sum.val().get_bit(32) {
                self.u.d.next = 0.into();
            } else if self.u_sum.val() > bit_cast::<33, 16>(self.u_max.val()) {
                self.u.d.next = self.u_max.val();
            } else {
                self.u.d.next = bit_cast::<16, 33>(self.u_sum.val());
            }
        }
        // kc = 9: v_set = sat(vref − ((max(i_filt, 0) · G) >> 16), 0, 8191) (§5).
        self.droop.next = self.prod.val().get_bits::<16>(16);
        // vref − droop in 17 bits: its sign is the clamp at 0 (no separate comparison).
        self.vset_new.next = bit_cast::<17, 13>(self.vref_q.q.val().get_bits::<13>(8))
            - bit_cast::<17, 16>(self.droop.val());
        if self.kc.q.val() == 9 {
            if self.vset_new.val().get_bit(16) {
                self.v_set_q.d.next = 0.into();
            } else {
                self.v_set_q.d.next = bit_cast::<13, 17>(self.vset_new.val());
            }
        }

        // ---- Reference and current filter at ticks while on (§5).
        self.target.next = bit_cast::<21, 13>(self.v_tgt.val()) << 8;
        self.rate.next = bit_cast::<21, 40>(self.reg_val.vout_transition_rate.val());
        // The divider's quotient register holds ss_rate once done; a soft start holds while it
        // is pending (§5).
        if self.ss.q.val() {
            self.rate.next = self.div_nq.q.val();
            // ss_rate is at least 1 (§5): a long TON_RISE still ends.
            if self.div_nq.q.val() == 0 {
                self.rate.next = 1.into();
            }
            if self.ss_pending.q.val() != 0 {
                self.rate.next = 0.into();
            }
        }
        // Toward the target by at most `rate` (§5), from one difference: d = target − vref_q,
        // the step lands on the target when rate ≥ |d| (rate − |d| is one add with d's sign
        // folded in), else moves by ±rate. No clamp at 0 is needed: below the target it rises,
        // above it stops at the target (≥ 0) first.
        self.ref_diff.next =
            bit_cast::<22, 21>(self.target.val()) - bit_cast::<22, 21>(self.vref_q.q.val());
        self.ref_up.next = !self.ref_diff.val().get_bit(21);
        // rate − |d| = rate + (d, inverted when d ≥ 0) + (d ≥ 0), sign-extended to 31 bits.
        self.ref_dx.next = self.ref_diff.val();
        if self.ref_up.val() {
            self.ref_dx.next = !self.ref_diff.val();
        }
        self.ref_dx23.next = bit_cast::<23, 22>(self.ref_dx.val());
        if self.ref_dx.val().get_bit(21) {
            self.ref_dx23.next = bit_cast::<23, 22>(self.ref_dx.val()) | 0x400000_u64;
        }
        self.ref_slack.next = bit_cast::<23, 21>(self.rate.val())
            + self.ref_dx23.val()
            + bit_cast::<23, 1>(self.ref_up.val().into());
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
                self.ss.d.next = false;
            }
            self.i_filt_q.d.next = self.i_filt_q.q.val() + self.i_tot24.val() - self.i_filt_s.val();
        }

        // ---- Phase management at the end of a master period in RUN (§8).
        self.thr_add_mul.a.next = bit_cast::<6, 5>(self.n_act.q.val());
        self.thr_add_mul.b.next = bit_cast::<12, 40>(self.reg_val.mfr_ph_add.val());
        self.add_thr.next = bit_cast::<32, 18>(self.thr_add_mul.p.val());
        // (n_active − 1) · PH_SHED (n_active ≥ 1 in RUN; PH_SHED below 2^11).
        self.n_m1.next = self.n_act.q.val() - 1;
        self.thr_shed_mul.a.next = bit_cast::<6, 5>(self.n_m1.val());
        self.thr_shed_mul.b.next = bit_cast::<12, 40>(self.reg_val.mfr_ph_shed.val());
        self.shed_thr.next = bit_cast::<32, 18>(self.thr_shed_mul.p.val());
        self.thr_add.d.next = bit_cast::<16, 32>(self.add_thr.val());
        self.thr_shed.d.next = bit_cast::<16, 32>(self.shed_thr.val());
        // Compared on 16 bits: a non-negative i_filt is below 16 · 2048 = 2^15 (the filtered sum
        // of at most 16 averages of 12-bit codes), and so are the thresholds.
        self.shed.next = false;
        if self.period_end.val() & (self.mode_q.q.val() == self.mode_run.val()) {
            if self.dwell.q.val() != 0xFF {
                self.dwell.d.next = self.dwell.q.val() + 1;
            }
            if self.n_act.q.val() > self.n_max.val() {
                self.n_act.d.next = self.n_max.val();
                self.dwell.d.next = 0.into();
            } else if !self.ss.q.val() {
                if !self.i_filt_s.val().get_bit(23)
                    & (bit_cast::<16, 24>(self.i_filt_s.val()) > self.thr_add.q.val())
                    & (self.n_act.q.val() < self.n_max.val())
                {
                    self.n_act.d.next = self.n_act.q.val() + 1;
                    self.dwell.d.next = 0.into();
                } else if (self.n_act.q.val() > 1)
                    & (self.dwell.q.val() >= bit_cast::<8, 40>(self.reg_val.mfr_ph_dwell.val()))
                    & (self.i_filt_s.val().get_bit(23)
                        | (bit_cast::<16, 24>(self.i_filt_s.val()) < self.thr_shed.q.val()))
                {
                    self.n_act.d.next = self.n_act.q.val() - 1;
                    self.shed.next = true;
                    self.dwell.d.next = 0.into();
                }
            }
        }

        // ---- Faults (§10), while on.
        self.raise_vout.next = 0.into();
        self.raise_input.next = 0.into();
        self.raise_temp.next = 0.into();
        self.raise_mfr.next = 0.into();
        self.raise_cml.next = 0.into();
        self.flt_n.next = self.reg_val.mfr_flt_n.val().get_bits::<8>(0);
        if self.reg_val.mfr_flt_n.val().get_bits::<8>(0) == 0 {
            self.flt_n.next = 1.into();
        }
        self.sat_n.next = self.reg_val.mfr_sat_n.val().get_bits::<12>(0);
        if self.reg_val.mfr_sat_n.val().get_bits::<12>(0) == 0 {
            self.sat_n.next = 1.into();
        }
        self.f_ov.next = self.on.val() & self.ov.q.val();
        self.f_vin.next = false;
        self.f_oc.next = false;
        self.f_uv.next = false;
        self.f_ot.next = false;
        self.f_sat.next = false;
        if self.on.val() & self.tick.val() {
            // Each debounce counter: +1 (saturating at its limit) while the condition holds.
            if !self.ss.q.val()
                & (self.vout_code.val() < self.reg_val.vout_uv_fault_limit.val().get_bits::<13>(0))
            {
                self.f_uv.next = self.cnt_uv.q.val() >= (self.flt_n.val() - 1);
                if !self.f_uv.val() {
                    self.cnt_uv.d.next = self.cnt_uv.q.val() + 1;
                }
            } else {
                self.cnt_uv.d.next = 0.into();
            }
            if !self.i_inst.val().get_bit(17)
                & (bit_cast::<40, 18>(self.i_inst.val()) > self.reg_val.iout_oc_fault_limit.val())
            {
                self.f_oc.next = self.cnt_oc.q.val() >= (self.flt_n.val() - 1);
                if !self.f_oc.val() {
                    self.cnt_oc.d.next = self.cnt_oc.q.val() + 1;
                }
            } else {
                self.cnt_oc.d.next = 0.into();
            }
            // OT: temp_code > OT limit, both signed 12 bits (compare offset binary).
            if (self.temp_code.val() ^ 0x800)
                > (self.reg_val.ot_fault_limit.val().get_bits::<12>(0) ^ 0x800)
            {
                self.f_ot.next = self.cnt_ot.q.val() >= (self.flt_n.val() - 1);
                if !self.f_ot.val() {
                    self.cnt_ot.d.next = self.cnt_ot.q.val() + 1;
                }
            } else {
                self.cnt_ot.d.next = 0.into();
            }
            if self.vin_code.val() < self.reg_val.vin_uv_fault_limit.val().get_bits::<13>(0) {
                self.f_vin.next = self.cnt_vin.q.val() >= (self.flt_n.val() - 1);
                if !self.f_vin.val() {
                    self.cnt_vin.d.next = self.cnt_vin.q.val() + 1;
                }
            } else {
                self.cnt_vin.d.next = 0.into();
            }
            if !self.ss.q.val() & (self.u.q.val() == self.u_max.val()) {
                self.f_sat.next = self.cnt_sat.q.val() >= (self.sat_n.val() - 1);
                if !self.f_sat.val() {
                    self.cnt_sat.d.next = self.cnt_sat.q.val() + 1;
                }
            } else {
                self.cnt_sat.d.next = 0.into();
            }
        }
        if !self.on.val() {
            self.f_imb.next = false;
        }
        // Status bits and the deciding response, in table order.
        self.resp.next = 0.into();
        self.shut.next = false;
        if self.f_imb.val() | self.f_sat.val() {
            self.resp.next = 0x80.into();
        }
        if self.f_imb.val() {
            self.raise_mfr.next = self.raise_mfr.val() | 1;
        }
        if self.f_sat.val() {
            self.raise_mfr.next = self.raise_mfr.val() | 2;
        }
        if self.f_ot.val() {
            self.raise_temp.next = 0x80.into();
            if self.reg_val.ot_fault_response.val().get_bits::<2>(6) != 0 {
                self.resp.next = self.reg_val.ot_fault_response.val().get_bits::<8>(0);
            }
        }
        if self.f_uv.val() {
            self.raise_vout.next = self.raise_vout.val() | 0x10;
            if self.reg_val.vout_uv_fault_response.val().get_bits::<2>(6) != 0 {
                self.resp.next = self.reg_val.vout_uv_fault_response.val().get_bits::<8>(0);
            }
        }
        if self.f_oc.val() {
            self.raise_iout.next = self.raise_iout.val() | 0x80;
            if self.reg_val.iout_oc_fault_response.val().get_bits::<2>(6) != 0 {
                self.resp.next = self.reg_val.iout_oc_fault_response.val().get_bits::<8>(0);
            }
        }
        if self.f_vin.val() {
            self.raise_input.next = 0x10.into();
            if self.reg_val.vin_uv_fault_response.val().get_bits::<2>(6) != 0 {
                self.resp.next = self.reg_val.vin_uv_fault_response.val().get_bits::<8>(0);
            }
        }
        if self.f_ov.val() {
            self.raise_vout.next = self.raise_vout.val() | 0x80;
            if self.reg_val.vout_ov_fault_response.val().get_bits::<2>(6) != 0 {
                self.resp.next = self.reg_val.vout_ov_fault_response.val().get_bits::<8>(0);
            }
        }
        self.shut.next = self.resp.val().get_bits::<2>(6) != 0;

        // ---- Soft-start divider (§5): latch at pending = 48, one quotient bit per clock.
        if self.ss_pending.q.val() != 0 {
            self.ss_pending.d.next = self.ss_pending.q.val() - 1;
        }
        // The trial subtraction of a division step: its borrow (bit 21) is the comparison.
        self.div_try.next = bit_cast::<22, 21>(
            (self.div_rem.q.val() << 1) | bit_cast::<21, 1>(self.div_nq.q.val().get_bits::<1>(20)),
        ) - bit_cast::<22, 20>(self.div_den.q.val());
        // The divider starts once the written values have landed (§11: 24 edges after the write).
        if self.ss_pending.q.val() == 0x2F_u64 {
            self.div_nq.d.next = bit_cast::<21, 13>(self.v_tgt.val()) << 8;
            self.div_den.d.next = bit_cast::<20, 40>(self.reg_val.ton_rise.val());
            if self.reg_val.ton_rise.val() == 0 {
                self.div_den.d.next = 1.into();
            }
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
            // turn_on (computed above) does the rest.
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
            } else if !self.ss.q.val() {
                if (self.under_ut.val()
                    & !self.fall.val().get_bit(15)
                    & (self.fall.val() >= bit_cast::<16, 40>(self.reg_val.mfr_tr_dv.val())))
                    | self.under_4ut.val()
                {
                    self.mode_q.d.next = self.mode_boost.val();
                    self.n_act.d.next = self.n_max.val();
                    self.dwell.d.next = 0.into();
                    self.tr.d.next = 0.into();
                } else if (self.over_ot.val()
                    & !self.rise.val().get_bit(15)
                    & (self.rise.val() >= bit_cast::<16, 40>(self.reg_val.mfr_tr_dv.val())))
                    | self.over_4ot.val()
                {
                    self.mode_q.d.next = self.mode_clamp.val();
                    self.tr.d.next = 0.into();
                }
            }
        } else if (self.mode_q.q.val() == self.mode_boost.val())
            | (self.mode_q.q.val() == self.mode_clamp.val())
        {
            if ((self.tr.q.val() >= bit_cast::<10, 40>(self.reg_val.mfr_tr_min.val()))
                & (((self.mode_q.q.val() == self.mode_boost.val())
                    & !self.rise.val().get_bit(15)
                    & (self.rise.val() >= bit_cast::<16, 40>(self.reg_val.mfr_tr_rec.val())))
                    | ((self.mode_q.q.val() == self.mode_clamp.val())
                        & !self.fall.val().get_bit(15)
                        & (self.fall.val() >= bit_cast::<16, 40>(self.reg_val.mfr_tr_rec.val())))))
                | (self.tr.q.val() >= bit_cast::<10, 40>(self.reg_val.mfr_tr_max.val()))
            {
                self.mode_q.d.next = self.mode_run.val();
                self.blank.d.next = bit_cast::<12, 40>(self.reg_val.mfr_tr_blank.val());
            } else if self.tr.q.val() != 0x3FF {
                self.tr.d.next = self.tr.q.val() + 1;
            }
        }
        // A commanded shed blanks the transient detection (§8): its dip is not a load step.
        if self.shed.val() {
            self.blank.d.next = bit_cast::<12, 40>(self.reg_val.mfr_tr_blank.val());
        }
        if self.turn_on.val() {
            self.mode_q.d.next = self.mode_run.val();
            self.ss.d.next = true;
            self.vref_q.d.next = 0.into();
            self.acc_i.d.next = 0.into();
            self.p_t.d.next = 0.into();
            self.d_filt.d.next = 0.into();
            self.mul.a.next = 0.into();
            self.mul.b.next = 0.into();
            self.prod_clr.d.next = true;
            self.e_prev.d.next = 0.into();
            self.e_s.d.next = 0.into();
            self.u.d.next = 0.into();
            self.i_filt_q.d.next = 0.into();
            self.n_act.d.next = self.n_max.val();
            self.dwell.d.next = 0.into();
            self.tr.d.next = 0.into();
            self.blank.d.next = 0.into();
            self.cnt_uv.d.next = 0.into();
            self.cnt_oc.d.next = 0.into();
            self.cnt_ot.d.next = 0.into();
            self.cnt_vin.d.next = 0.into();
            self.cnt_sat.d.next = 0.into();
        }

        // ---- Register port: reads answer from the state before the edge (§11).
        self.status_byte.next = 0.into();
        if !self.on.val() {
            self.status_byte.next = 0x40.into();
        }
        self.status_byte.next = self.status_byte.val()
            | (bit_cast::<16, 1>(self.st_vout.q.val().get_bits::<1>(7)) << 5)
            | (bit_cast::<16, 1>(self.st_iout.q.val().get_bits::<1>(7)) << 4)
            | (bit_cast::<16, 1>(self.st_input.q.val().get_bits::<1>(4)) << 3);
        if self.st_temp.q.val() != 0 {
            self.status_byte.next = self.status_byte.val() | 4;
        }
        if self.st_cml.q.val() != 0 {
            self.status_byte.next = self.status_byte.val() | 2;
        }
        if self.st_mfr.q.val() != 0 {
            self.status_byte.next = self.status_byte.val() | 1;
        }
        self.status_word.next = self.status_byte.val();
        if self.st_vout.q.val() != 0 {
            self.status_word.next = self.status_word.val() | 0x8000;
        }
        if self.st_iout.q.val() != 0 {
            self.status_word.next = self.status_word.val() | 0x4000;
        }
        if self.st_input.q.val() != 0 {
            self.status_word.next = self.status_word.val() | 0x2000;
        }
        if self.st_mfr.q.val() != 0 {
            self.status_word.next = self.status_word.val() | 0x1000;
        }
        if !self.on.val() | self.ss.q.val() {
            self.status_word.next = self.status_word.val() | 0x0800;
        }
        self.known.next = self.regs.writable.val()
            | (self.reg_addr.val() == 0x03)
            | (self.reg_addr.val() == 0x19)
            | (self.reg_addr.val() == 0x20)
            | (self.reg_addr.val() == 0x33)
            | ((self.reg_addr.val() >= 0x78) & (self.reg_addr.val() <= 0x7E))
            | (self.reg_addr.val() == 0x80)
            | (self.reg_addr.val() == 0x88)
            | ((self.reg_addr.val() >= 0x8B) & (self.reg_addr.val() <= 0x8D))
            | (self.reg_addr.val() == 0x98);
        // Telemetry normalization (§11.1): the source and its q, 16 bits (vin 13 unsigned,
        // i_filt within ±2^15 as the filtered sum of at most 16 averages of 12-bit codes,
        // temperature 12 signed), so s is at most 5.
        self.tele.next = bit_cast::<16, 13>(self.vin_code.val());
        self.tele_q.next = 8.into();
        if self.reg_addr.val() == 0x8C {
            self.tele.next = bit_cast::<16, 24>(self.i_filt_s.val());
            self.tele_q.next = 4.into();
        }
        if self.reg_addr.val() == 0x8D {
            self.tele.next = bit_cast::<16, 12>(self.temp_code.val());
            if self.temp_code.val().get_bit(11) {
                self.tele.next = bit_cast::<16, 12>(self.temp_code.val()) | 0xF000_u64;
            }
            self.tele_q.next = 4.into();
        }
        // Smallest shift s (0..5) for which tele >> s fits 11 bits signed: bits 15..10+s all
        // equal, so s = h − 9 for the highest h in 10..14 where bits h and h + 1 differ (else 0).
        self.tele_flip.next = self.tele.val() ^ (self.tele.val() >> 1);
        self.tele_s.next = 0.into();
        if self.tele_flip.val().get_bit(10) {
            self.tele_s.next = 1.into();
        }
        if self.tele_flip.val().get_bit(11) {
            self.tele_s.next = 2.into();
        }
        if self.tele_flip.val().get_bit(12) {
            self.tele_s.next = 3.into();
        }
        if self.tele_flip.val().get_bit(13) {
            self.tele_s.next = 4.into();
        }
        if self.tele_flip.val().get_bit(14) {
            self.tele_s.next = 5.into();
        }
        // Bits s + 10 .. s of a 16-bit value: a logical shift suffices.
        self.tele_sh.next = self.tele.val() >> self.tele_s.val();
        self.tele_word.next = (bit_cast::<16, 5>(self.tele_s.val() - self.tele_q.val()) << 11)
            | bit_cast::<16, 11>(self.tele_sh.val().get_bits::<11>(0));
        if self.reg_re.val() {
            self.rdata.d.next = 0.into();
            if self.reg_addr.val() == 0x20 {
                self.rdata.d.next = 0x14.into();
            }
            if self.reg_addr.val() == 0x33 {
                self.rdata.d.next = self.freq_word.val();
            }
            if self.reg_addr.val() == 0x78 {
                self.rdata.d.next = self.status_byte.val();
            }
            if self.reg_addr.val() == 0x79 {
                self.rdata.d.next = self.status_word.val();
            }
            if self.reg_addr.val() == 0x7A {
                self.rdata.d.next = bit_cast::<16, 8>(self.st_vout.q.val());
            }
            if self.reg_addr.val() == 0x7B {
                self.rdata.d.next = bit_cast::<16, 8>(self.st_iout.q.val());
            }
            if self.reg_addr.val() == 0x7C {
                self.rdata.d.next = bit_cast::<16, 8>(self.st_input.q.val());
            }
            if self.reg_addr.val() == 0x7D {
                self.rdata.d.next = bit_cast::<16, 8>(self.st_temp.q.val());
            }
            if self.reg_addr.val() == 0x80 {
                self.rdata.d.next = bit_cast::<16, 8>(self.st_mfr.q.val());
            }
            if (self.reg_addr.val() == 0x88)
                | (self.reg_addr.val() == 0x8C)
                | (self.reg_addr.val() == 0x8D)
            {
                self.rdata.d.next = self.tele_word.val();
            }
            if self.reg_addr.val() == 0x8B {
                self.rdata.d.next = bit_cast::<16, 13>(self.vout_code.val());
            }
            if self.reg_addr.val() == 0x98 {
                self.rdata.d.next = 0x33.into();
            }
            if self.reg_addr.val() == 0x19 {
                self.rdata.d.next = 0xB0.into();
            }
            if self.reg_addr.val() == 0x7E {
                self.rdata.d.next = bit_cast::<16, 8>(self.st_cml.q.val());
            }
            if !self.known.val() {
                self.raise_cml.next = 0x80.into();
            }
        }
        self.clear.next = false;
        if self.reg_we.val() {
            if self.reg_addr.val() == 0x03 {
                self.clear.next = true;
            } else if !self.regs.writable.val() {
                self.raise_cml.next = 0x80.into();
            } else if self.regs.busy.val() {
                // Refused: the converter is busy with the previous write (§11).
                self.raise_cml.next = 0x02.into();
            } else if (self.reg_addr.val() == 0x21)
                | (self.reg_addr.val() == 0x24)
                | (self.reg_addr.val() == 0x61)
            {
                self.ss_pending.d.next = 71_u64.into();
            }
        }
        // A refused bus transaction (§11.2): PEC failed, other communication fault.
        if self.reg_err.val().get_bit(0) {
            self.raise_cml.next = self.raise_cml.val() | 0x20;
        }
        if self.reg_err.val().get_bit(1) {
            self.raise_cml.next = self.raise_cml.val() | 0x02;
        }
        if self.clear.val() {
            self.st_vout.d.next = self.raise_vout.val();
            self.st_iout.d.next = self.raise_iout.val();
            self.st_input.d.next = self.raise_input.val();
            self.st_temp.d.next = self.raise_temp.val();
            self.st_mfr.d.next = self.raise_mfr.val();
            self.st_cml.d.next = self.raise_cml.val();
        } else {
            self.st_vout.d.next = self.st_vout.q.val() | self.raise_vout.val();
            self.st_iout.d.next = self.st_iout.q.val() | self.raise_iout.val();
            self.st_input.d.next = self.st_input.q.val() | self.raise_input.val();
            self.st_temp.d.next = self.st_temp.q.val() | self.raise_temp.val();
            self.st_mfr.d.next = self.st_mfr.q.val() | self.raise_mfr.val();
            self.st_cml.d.next = self.st_cml.q.val() | self.raise_cml.val();
        }

        // ---- Reset (§12).
        if self.reset.val() {
            self.m.d.next = 0.into();
            self.at_end.d.next = false;
            self.kc.d.next = 0.into();
            self.n_act.d.next = 1.into();
            self.dwell.d.next = 0.into();
            self.bal_mean.d.next = 0.into();
            self.n_bal.d.next = 0.into();
            self.sel_valid_q.d.next = false;
            self.dev_q.d.next = 0.into();
            self.sel_valid_q2.d.next = false;
            self.sel_iavg_q.d.next = 0.into();
            self.mul.a.next = 0.into();
            self.mul.b.next = 0.into();
            self.prod_clr.d.next = true;
            self.i_tot_r.d.next = 0.into();
            self.n_tot.d.next = 0.into();
            self.i_inst_r.d.next = 0.into();
            self.thr_add.d.next = 0.into();
            self.thr_shed.d.next = 0.into();
            self.mode_q.d.next = self.mode_off.val();
            self.ss.d.next = false;
            self.vref_q.d.next = 0.into();
            self.ss_pending.d.next = 71_u64.into();
            self.i_filt_q.d.next = 0.into();
            self.v_set_q.d.next = 0.into();
            self.e_s.d.next = 0.into();
            self.p_t.d.next = 0.into();
            self.d_filt.d.next = 0.into();
            self.e_prev.d.next = 0.into();
            self.acc_i.d.next = 0.into();
            self.u.d.next = 0.into();
            self.ov.d.next = false;
            self.vh_ptr.d.next = 0.into();
            self.vh_fill.d.next = 0.into();
            self.tr.d.next = 0.into();
            self.blank.d.next = 0.into();
            self.cnt_uv.d.next = 0.into();
            self.cnt_oc.d.next = 0.into();
            self.cnt_ot.d.next = 0.into();
            self.cnt_vin.d.next = 0.into();
            self.cnt_sat.d.next = 0.into();
            self.hic_units.d.next = 0.into();
            self.hic_pre.d.next = 0.into();
            self.st_vout.d.next = 0.into();
            self.st_iout.d.next = 0.into();
            self.st_input.d.next = 0.into();
            self.st_temp.d.next = 0.into();
            self.st_mfr.d.next = 0.into();
            self.st_cml.d.next = 0.into();
            self.rdata.d.next = 0.into();
        }

        // ---- Outputs: registers only.
        self.reg_rdata.next = self.rdata.q.val() | self.regs.rword.val();
        self.pgood.next = self.on.val() & !self.ss.q.val();
        self.alert.next = (self.st_vout.q.val() != 0)
            | (self.st_iout.q.val() != 0)
            | (self.st_input.q.val() != 0)
            | (self.st_temp.q.val() != 0)
            | (self.st_mfr.q.val() != 0)
            | (self.st_cml.q.val() != 0);
        self.duty.next = self.u.q.val();
        self.vref.next = self.vref_q.q.val().get_bits::<13>(8);
        self.v_set.next = self.v_set_q.q.val();
        self.i_filt.next = bit_cast::<16, 24>(self.i_filt_s.val());
        self.n_active.next = self.n_act.q.val();
        self.mode.next = self.mode_q.q.val();
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
