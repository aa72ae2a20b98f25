//! The controller cycle model, written from docs/vrm.md. `step()` is one rising edge: every next
//! value is computed from the state before the edge and this cycle's inputs, as the RTL does.

use super::config::{cmd::*, recip, VrmBuild};
use super::linear::normalize_linear11;
use super::regs::RegFile;

/// The most phases any build has (§1); port arrays are this long.
pub const MAX_PHASES: usize = 16;
/// Edges between a write of VOUT_COMMAND, VOUT_MAX or TON_RISE and the new soft-start rate (§5).
pub const SS_RATE_LATENCY: u8 = 71;
/// Fraction bits of the reference ramp `vref_q` (§5).
pub const VREF_FRAC: u32 = 8;
/// Edges from a register write to its internal value landing (§11: the converter shifts one bit
/// per clock); writes in between are refused.
pub const VALUE_LATENCY: u8 = 24;
/// Hiccup time unit, clocks (§10: 100 µs).
pub const HICCUP_UNIT: u32 = 10_000;
/// Clock of the control period at which the compensator's result is registered (§6).
pub const PID_UPDATE_AT: u32 = 8;
/// Clock of the control period at which the regulation point is registered (§5).
pub const VSET_UPDATE_AT: u32 = 9;
/// Periods of imbalance before the fault (§10).
pub const IMBALANCE_PERIODS: u8 = 64;
/// Depth of the Vout history the transient detector compares against (§7).
pub const SLOPE_CLOCKS: usize = 8;

pub use spec::vrm::Mode;

/// One clock's inputs (§2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VrmInputs {
    /// Synchronous reset.
    pub reset: bool,
    /// Enable pin.
    pub en: bool,
    /// Over-voltage comparator (an independent analog sense path, §10).
    pub ov_in: bool,
    /// Output voltage code, LSB 2^-12 V.
    pub vout_code: u16,
    /// Input voltage code, LSB 2^-8 V.
    pub vin_code: u16,
    /// Temperature code, LSB 2^-4 °C.
    pub temp_code: i16,
    /// Phase current codes, LSB 2^-4 A (only the first `N` are used).
    pub iph_code: [i16; MAX_PHASES],
    /// Register write strobe, command code and data word.
    pub reg_we: bool,
    /// Register read strobe.
    pub reg_re: bool,
    /// Command code.
    pub reg_addr: u8,
    /// Data word.
    pub reg_wdata: u16,
    /// A bus transaction was refused (§11.2): bit 0 bad PEC, bit 1 wrong byte count.
    pub reg_err: u8,
}

/// The output ports and exposed state after an edge (§2, §12).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VrmOutputs {
    /// High-side gate commands, bit `i` = phase `i`.
    pub hs: u16,
    /// Low-side gate commands.
    pub ls: u16,
    /// Answer to the last read.
    pub reg_rdata: u16,
    /// Power good.
    pub pgood: bool,
    /// A fault or warning is latched in STATUS (SMBALERT#).
    pub alert: bool,
    /// Duty command `u`, LSB 2^-16.
    pub duty: u16,
    /// Reference `vref`, vout code.
    pub vref: u16,
    /// Regulation point after the load line, vout code.
    pub v_set: u16,
    /// Filtered total current, LSB 2^-4 A.
    pub i_filt: i16,
    /// Active phases.
    pub n_active: u8,
    /// Mode code.
    pub mode: u8,
}

impl VrmOutputs {
    /// Port names in the order of [`VrmOutputs::values`].
    pub const NAMES: [&'static str; 11] = [
        "hs",
        "ls",
        "reg_rdata",
        "pgood",
        "alert",
        "duty",
        "vref",
        "v_set",
        "i_filt",
        "n_active",
        "mode",
    ];

    /// Every port as an integer, for comparison and tracing.
    pub fn values(&self) -> [u64; 11] {
        [
            self.hs as u64,
            self.ls as u64,
            self.reg_rdata as u64,
            self.pgood as u64,
            self.alert as u64,
            self.duty as u64,
            self.vref as u64,
            self.v_set as u64,
            self.i_filt as u16 as u64,
            self.n_active as u64,
            self.mode as u64,
        ]
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Req {
    #[default]
    Off,
    Hs,
    Ls,
}

#[derive(Clone, Copy, Debug, Default)]
struct Phase {
    hs: bool,
    ls: bool,
    quiet: u8,
    armed: bool,
    ton: u32,
    iavg: i32,
    bal_acc: i64,
    oc_cut: bool,
    imb_cnt: u8,
    sd: u32,
    t: u32,
    // The slot the period in progress ends on, and the slot register (§4).
    slot: u32,
    off: u32,
    acc: i64,
}

use spec::vrm::status::{self, CML_INVALID_COMMAND, CML_OTHER, CML_PEC_FAILED};

/// Latched STATUS bits (§10, §11).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Status {
    vout: u8,
    iout: u8,
    input: u8,
    temp: u8,
    mfr: u8,
    // STATUS_CML (§11): 7 invalid command, 5 PEC failed, 1 other communication fault.
    cml: u8,
}

impl Status {
    fn any(&self) -> bool {
        self.vout | self.iout | self.input | self.temp | self.mfr | self.cml != 0
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Fault {
    Ov,
    VinUv,
    Oc,
    Uv,
    Ot,
    Imbalance,
    Saturation,
}

/// The controller cycle model.
#[derive(Clone, Debug)]
pub struct VrmModel {
    build: VrmBuild,
    /// Shared with the per-edge snapshot; copied only when a write lands.
    regs: std::sync::Arc<RegFile>,
    m: u32,
    kc: u32,
    phases: [Phase; MAX_PHASES],
    n_active: usize,
    dwell: u32,
    // The balance sweep's mean current and phase count, latched at m = 1 (§9).
    bal_mean: i64,
    // The registered deviation of the phase visited next (§9).
    bal_dev: i64,
    n_bal: usize,
    // Registered sums (§5, §10) and phase-management thresholds (§8).
    i_tot: i64,
    n_tot: usize,
    i_inst: i64,
    thr_add: i64,
    thr_shed: i64,
    mode: Mode,
    ss: bool,
    vref_q: u64,
    ss_rate: u64,
    ss_pending: u8,
    // The write being converted and the edges until its value lands (§11).
    value_pending: Option<(u8, u16, u8)>,
    i_filt_q: i64,
    v_set: i64,
    e_s: i64,
    acc_i: i64,
    p_t: i64,
    // The shared multiplier's operand and product registers (§6).
    op_a: i64,
    op_b: i64,
    prod: i64,
    d: i64,
    e_prev: i64,
    u: i64,
    ov: bool,
    vhist: [u16; SLOPE_CLOCKS],
    tr_cnt: u32,
    blank: u32,
    cnt: [u32; 5],
    hiccup: u32,
    status: Status,
    reg_rdata: u16,
}

/// Indexes of the debounce counters.
const C_UV: usize = 0;
const C_OC: usize = 1;
const C_OT: usize = 2;
const C_VIN: usize = 3;
const C_SAT: usize = 4;

impl VrmModel {
    /// The controller after reset, with the reset register values of §11.
    pub fn new(build: VrmBuild) -> Self {
        VrmModel {
            build,
            regs: std::sync::Arc::new(RegFile::new(&build)),
            m: 0,
            kc: 0,
            phases: [Phase::default(); MAX_PHASES],
            n_active: 1,
            dwell: 0,
            bal_mean: 0,
            bal_dev: 0,
            n_bal: 0,
            i_tot: 0,
            n_tot: 0,
            i_inst: 0,
            thr_add: 0,
            thr_shed: 0,
            mode: Mode::Off,
            ss: false,
            vref_q: 0,
            ss_rate: 0,
            // The soft-start divider runs once after reset (§5).
            ss_pending: SS_RATE_LATENCY,
            value_pending: None,
            i_filt_q: 0,
            v_set: 0,
            e_s: 0,
            acc_i: 0,
            p_t: 0,
            op_a: 0,
            op_b: 0,
            prod: 0,
            d: 0,
            e_prev: 0,
            u: 0,
            ov: false,
            vhist: [0; SLOPE_CLOCKS],
            tr_cnt: 0,
            blank: 0,
            cnt: [0; 5],
            hiccup: 0,
            status: Status::default(),
            reg_rdata: 0,
        }
    }

    /// The build parameters.
    pub fn build(&self) -> &VrmBuild {
        &self.build
    }

    /// Register contents.
    pub fn regs(&self) -> &RegFile {
        &self.regs
    }

    /// The current mode.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Phase `i`'s current-balance trim accumulator (§9; 1/256 clock · 2^16).
    pub fn balance_trim(&self, i: usize) -> i64 {
        self.phases[i].bal_acc
    }

    /// The active phase count.
    pub fn active_phases(&self) -> usize {
        self.n_active
    }

    fn reset(&mut self) {
        *self = VrmModel::new(self.build);
    }

    fn reg(&self, code: u8) -> i64 {
        self.regs.get(code)
    }

    fn n_max(&self) -> usize {
        (self.reg(MFR_N_MAX_ACTIVE) as usize).clamp(1, self.build.phases)
    }

    fn u_max(&self) -> i64 {
        self.reg(MAX_DUTY)
    }

    fn v_tgt(&self) -> i64 {
        self.reg(VOUT_COMMAND).min(self.reg(VOUT_MAX))
    }

    /// `max(1, (v_tgt << VREF_FRAC) / max(1, TON_RISE ticks))` (§5).
    fn ss_quotient(&self) -> u64 {
        (((self.v_tgt() as u64) << VREF_FRAC) / (self.reg(TON_RISE).max(1) as u64)).max(1)
    }

    fn i_filt(&self) -> i64 {
        self.i_filt_q >> 4
    }

    /// The slot register's next value for phase `i` (§4): `i · S` if active, else `P`.
    fn next_offset(&self, i: usize) -> u32 {
        if i < self.n_active {
            i as u32 * ((self.build.period * recip(self.n_active)) >> 16)
        } else {
            self.build.period
        }
    }

    /// Sum of the active phases' period averages (what `i_tot` registers, §5).
    fn iavg_sum(&self) -> i64 {
        self.phases[..self.n_active]
            .iter()
            .map(|p| p.iavg as i64)
            .sum()
    }

    /// The request of phase `i` in the current state (§4, §7, §10).
    fn request(&self, i: usize) -> Req {
        let ph = &self.phases[i];
        if self.ov && self.mode != Mode::Off {
            return Req::Ls;
        }
        let active = i < self.n_active;
        match self.mode {
            Mode::Off | Mode::Hiccup | Mode::Latched => Req::Off,
            Mode::Run => {
                if !active || !ph.armed {
                    Req::Off
                } else if ph.t < ph.ton && !ph.oc_cut {
                    Req::Hs
                } else {
                    Req::Ls
                }
            }
            Mode::Boost => match (active, ph.oc_cut) {
                (false, _) => Req::Off,
                (true, false) => Req::Hs,
                (true, true) => Req::Ls,
            },
            Mode::Clamp => {
                if active {
                    Req::Ls
                } else {
                    Req::Off
                }
            }
        }
    }

    fn outputs(&self) -> VrmOutputs {
        let mut hs = 0u16;
        let mut ls = 0u16;
        for (i, p) in self.phases[..self.build.phases].iter().enumerate() {
            hs |= (p.hs as u16) << i;
            ls |= (p.ls as u16) << i;
        }
        VrmOutputs {
            hs,
            ls,
            reg_rdata: self.reg_rdata,
            pgood: self.mode.is_on() && !self.ss,
            alert: self.status.any(),
            duty: self.u as u16,
            vref: (self.vref_q >> VREF_FRAC) as u16,
            v_set: self.v_set as u16,
            i_filt: self.i_filt() as i16,
            n_active: self.n_active as u8,
            mode: self.mode as u8,
        }
    }

    /// The answer to a read of `code` in the current state (§11).
    fn read(&self, code: u8, inputs: &VrmInputs) -> u16 {
        let st = &self.status;
        use status::{byte, word};
        let bit = |on: bool, mask: u16| if on { mask } else { 0 };
        let status_byte = bit(!self.mode.is_on(), byte::OFF)
            | bit(st.vout & status::VOUT_OV_FAULT != 0, byte::VOUT_OV)
            | bit(st.iout & status::IOUT_OC_FAULT != 0, byte::IOUT_OC)
            | bit(st.input & status::VIN_UV_FAULT != 0, byte::VIN_UV)
            | bit(st.temp != 0, byte::TEMPERATURE)
            | bit(st.cml != 0, byte::CML)
            | bit(st.mfr != 0, byte::MFR);
        match code {
            VOUT_MODE => spec::vrm::VOUT_MODE_WORD,
            FREQUENCY_SWITCH => normalize_linear11((100_000 / self.build.period) as i32, 0),
            STATUS_BYTE => status_byte,
            STATUS_WORD => {
                status_byte
                    | bit(st.vout != 0, word::VOUT)
                    | bit(st.iout != 0, word::IOUT)
                    | bit(st.input != 0, word::INPUT)
                    | bit(st.mfr != 0, word::MFR)
                    | bit(!self.mode.is_on() || self.ss, word::POWER_GOOD_N)
            }
            STATUS_VOUT => st.vout as u16,
            STATUS_IOUT => st.iout as u16,
            STATUS_INPUT => st.input as u16,
            STATUS_TEMPERATURE => st.temp as u16,
            STATUS_MFR_SPECIFIC => st.mfr as u16,
            READ_VIN => normalize_linear11(inputs.vin_code as i32, 8),
            READ_VOUT => inputs.vout_code,
            READ_IOUT => normalize_linear11(self.i_filt() as i32, 4),
            READ_TEMPERATURE_1 => normalize_linear11(inputs.temp_code as i32, 4),
            PMBUS_REVISION => spec::vrm::PMBUS_REVISION_WORD,
            CAPABILITY => spec::vrm::CAPABILITY_WORD,
            STATUS_CML => st.cml as u16,
            _ => self.regs.word(code),
        }
    }

    /// Everything a turn-on clears (§10).
    fn turn_on(&mut self) {
        self.mode = Mode::Run;
        self.ss = true;
        self.vref_q = 0;
        self.acc_i = 0;
        self.p_t = 0;
        self.op_a = 0;
        self.op_b = 0;
        self.prod = 0;
        self.d = 0;
        self.e_prev = 0;
        self.e_s = 0;
        self.u = 0;
        self.i_filt_q = 0;
        self.n_active = self.n_max();
        self.dwell = 0;
        self.tr_cnt = 0;
        self.blank = 0;
        self.cnt = [0; 5];
        let n = self.build.phases;
        for (i, p) in self.phases[..n].iter_mut().enumerate() {
            // Staggered dither start, so the phases' carries fall in different periods.
            p.sd = ((i as u32 * recip(n)) >> 8) & 255;
            p.armed = false;
            p.ton = 0;
            p.bal_acc = 0;
            p.oc_cut = false;
            p.imb_cnt = 0;
        }
    }

    /// One rising edge: every section computes its next state from the state before the edge
    /// (`pre`), in the order the spec's sections list them.
    pub fn step(&mut self, inputs: &VrmInputs) -> VrmOutputs {
        if inputs.reset {
            self.reset();
            return self.outputs();
        }
        let pre = self.clone();
        let edge = Edge::new(&pre, inputs);
        self.registered_sums(&edge);
        // STATUS bits raised at this edge (set wins over CLEAR_FAULTS).
        let mut raised = Status::default();
        self.gates(&edge, &mut raised);
        self.time_base(&edge);
        self.dpwm(&edge);
        self.regulation_point(&edge);
        self.control_tick(&edge);
        self.compensator(&edge);
        let imbalance = self.balance(&edge);
        let shed = self.phase_management(&edge);
        let shutdown = self.faults(&edge, imbalance, &mut raised);
        self.mode_transitions(&edge, shutdown);
        self.soft_start_rate(&edge);
        // A commanded shed blanks the transient detection (§8), over its countdown.
        if shed {
            self.blank = pre.reg(MFR_TR_BLANK) as u32;
        }
        self.registers(&edge, raised);
        self.outputs()
    }

    /// Registered sums: the averages, and this clock's phase codes for the over-current fault
    /// (§5, §10); the phase-management thresholds (§8).
    fn registered_sums(&mut self, edge: &Edge) {
        let pre = edge.pre;
        self.i_tot = pre.iavg_sum();
        self.n_tot = pre.n_active;
        self.i_inst = edge.inputs.iph_code[..pre.n_active]
            .iter()
            .map(|&c| c as i64)
            .sum();
        self.thr_add = pre.n_active as i64 * pre.reg(MFR_PH_ADD);
        self.thr_shed = (pre.n_active as i64 - 1) * pre.reg(MFR_PH_SHED);
    }

    /// Gates (§3) from the requests of the state before the edge, and the cycle-by-cycle limit.
    fn gates(&mut self, edge: &Edge, raised: &mut Status) {
        let n_built = self.build.phases;
        let pre = edge.pre;
        let inputs = edge.inputs;
        // ---- Gates (§3) from the requests of the current state.
        let dt_rise = pre.reg(MFR_DT_RISE) as u8;
        let dt_fall = pre.reg(MFR_DT_FALL) as u8;
        for i in 0..n_built {
            let req = pre.request(i);
            let q = pre.phases[i];
            let hs = req == Req::Hs && !q.ls && (q.hs || q.quiet >= dt_rise);
            let ls = req == Req::Ls && !q.hs && (q.ls || q.quiet >= dt_fall);
            let ph = &mut self.phases[i];
            ph.hs = hs;
            ph.ls = ls;
            ph.quiet = if hs || ls {
                0
            } else {
                q.quiet.saturating_add(1)
            };
            // Cycle-by-cycle over-current (§4, §10).
            if req == Req::Hs && inputs.iph_code[i] as i64 > pre.reg(MFR_PH_OC) {
                ph.oc_cut = true;
                raised.iout |= status::IOUT_PHASE_OC;
            }
        }
    }
    /// The time base and the slot registers (§4).
    fn time_base(&mut self, edge: &Edge) {
        let n_built = self.build.phases;
        let pre = edge.pre;
        let period_end = edge.period_end;
        // ---- Time base.
        self.m = if period_end { 0 } else { pre.m + 1 };
        self.kc = if pre.kc + 1 == self.build.ctrl_div {
            0
        } else {
            pre.kc + 1
        };

        // ---- Slot registers (§4), from the active count before the edge.
        for i in 0..n_built {
            self.phases[i].off = pre.next_offset(i);
        }
    }
    /// DPWM period counters, on-time latch and current sampling of the active phases (§4).
    fn dpwm(&mut self, edge: &Edge) {
        let n_built = self.build.phases;
        let pre = edge.pre;
        let inputs = edge.inputs;
        let p = self.build.period;
        // ---- DPWM period counters, on-time latch and current sampling (§4), active phases.
        let m_next = self.m;
        for i in 0..pre.n_active {
            let q = pre.phases[i];
            let ph = &mut self.phases[i];
            // An armed phase ends its period on the slot it started it for, after at least half a
            // period; an unarmed one starts on its current slot (§4).
            let off = pre.phases[i].off;
            let start = if q.armed {
                m_next == q.slot && q.t + 1 >= p.div_ceil(2)
            } else {
                m_next == off
            };
            // The period's average current: the sum of every clock's code over a whole period
            // (unbiased by ripple and sensing delay), times 1/P.
            let total = q.acc + inputs.iph_code[i] as i64;
            if !start {
                ph.t = if q.armed { q.t + 1 } else { 0 };
                ph.acc = if q.armed { total } else { 0 };
                continue;
            }
            if q.armed && q.t + 1 == p {
                ph.iavg = (((total >> 6) * recip(p as usize) as i64) >> 10) as i32;
            }
            ph.acc = 0;
            // MAX_DUTY bounds u; the trim adds at most BAL_MAX / 256 clocks to it (§4).
            let t256 = (((pre.u * p as i64) >> 8) + (q.bal_acc >> 16)).max(0);
            // First-order sigma-delta per phase: every phase's long-term average on-time is
            // exact, so dither never biases the current balance.
            let sum = q.sd as i64 + (t256 & 255);
            let carry = sum > 255;
            ph.sd = (if carry { sum - 256 } else { sum }) as u32;
            ph.ton = ((t256 >> 8) + carry as i64) as u32;
            ph.t = 0;
            ph.slot = off;
            ph.armed = true;
            ph.oc_cut = false;
        }
        // Inactive phases hold a clean state (§4).
        for ph in self.phases[pre.n_active..n_built].iter_mut() {
            ph.armed = false;
            ph.acc = 0;
            ph.t = 0;
            ph.ton = 0;
            ph.bal_acc = 0;
            ph.oc_cut = false;
            ph.imb_cnt = 0;
        }
    }
    /// Load line and regulation point (§5), the over-voltage register, the Vout history (§7).
    fn regulation_point(&mut self, edge: &Edge) {
        let pre = edge.pre;
        let inputs = edge.inputs;
        let vout = edge.vout;
        // ---- Load line and regulation point (§5): v_set is a register, updated once per
        // control period (its inputs change only at ticks) in the compensator's free slot.
        if pre.kc == VSET_UPDATE_AT {
            let vref = (pre.vref_q >> VREF_FRAC) as i64;
            self.v_set = (vref - (pre.prod >> 16)).clamp(0, 8191);
        }
        self.ov = inputs.ov_in || vout > pre.reg(VOUT_OV_FAULT_LIMIT);
        self.vhist[0] = inputs.vout_code;
        self.vhist[1..].copy_from_slice(&pre.vhist[..SLOPE_CLOCKS - 1]);
    }
    /// The control tick: error sample, reference ramp, current filter (§5, §6).
    fn control_tick(&mut self, edge: &Edge) {
        let pre = edge.pre;
        let vout = edge.vout;
        let tick = edge.tick;
        let i_tot = edge.i_tot;
        // ---- Control tick: sample the error, move the reference, filter the current (§5, §6).
        if tick {
            self.e_s = (pre.v_set - vout).clamp(-4096, 4095);
            if pre.mode.is_on() {
                let target = (pre.v_tgt() as u64) << VREF_FRAC;
                // A soft start holds while its rate is being computed (§5).
                let rate = if pre.ss && pre.ss_pending > 0 {
                    0
                } else if pre.ss {
                    pre.ss_rate
                } else {
                    pre.reg(VOUT_TRANSITION_RATE) as u64
                };
                self.vref_q = if pre.vref_q < target {
                    (pre.vref_q + rate).min(target)
                } else {
                    pre.vref_q.saturating_sub(rate).max(target)
                };
                if pre.ss && self.vref_q == target {
                    self.ss = false;
                }
                self.i_filt_q = pre.i_filt_q + i_tot - (pre.i_filt_q >> 4);
            }
        }
    }
    /// The compensator (§6).
    fn compensator(&mut self, edge: &Edge) {
        let pre = edge.pre;
        let u_max = edge.u_max;
        let i_filt = edge.i_filt;
        // ---- Compensator (§6): one pipelined multiplier, operands two edges before their
        // results; the load line's product comes through it too.
        let e = pre.e_s;
        self.prod = pre.op_a * pre.op_b;
        let (op_a, op_b) = match pre.kc {
            1 => (pre.reg(MFR_KP), e),
            2 => (pre.reg(MFR_KI), e),
            3 => (pre.reg(MFR_KD), e - pre.e_prev),
            6 => {
                // Gain scheduling: the plant's gain above resonance grows with the active
                // phases, so the proportional and derivative terms scale by N / n_active.
                let sched = (self.build.phases as i64 * recip(pre.n_active) as i64) >> 8;
                (sched, (pre.p_t + pre.d).clamp(-(1 << 15), (1 << 15) - 1))
            }
            7 => (pre.reg(VOUT_DROOP), i_filt.max(0)),
            _ => (0, 0),
        };
        // §6: one 16x16 product, an unsigned coefficient by a signed value.
        debug_assert!(
            (0..=0xFFFF).contains(&op_a),
            "op_a {op_a} beyond 16 bits unsigned"
        );
        debug_assert!(
            (-0x8000..=0x7FFF).contains(&op_b),
            "op_b {op_b} beyond 16 bits signed"
        );
        self.op_a = op_a;
        self.op_b = op_b;
        // The integrator and the derivative filter commit where their products land, the duty
        // at PID_UPDATE_AT; all three only in RUN (§6).
        let run = pre.mode == Mode::Run;
        match pre.kc {
            3 => self.p_t = pre.prod >> 8,
            4 if run => {
                let frozen = (pre.u == u_max && e > 0) || (pre.u == 0 && e < 0);
                if !frozen {
                    self.acc_i = (pre.acc_i + pre.prod).clamp(0, u_max << 14);
                }
            }
            5 if run => self.d = pre.d + (((pre.prod >> 4) - pre.d) >> pre.reg(MFR_DF)),
            PID_UPDATE_AT if run => {
                self.u = ((pre.acc_i >> 14) + (pre.prod >> 8)).clamp(0, u_max);
                self.e_prev = e;
            }
            _ => {}
        }
    }
    /// Current balance (§9); true when a phase's imbalance fault fires at this edge.
    fn balance(&mut self, edge: &Edge) -> bool {
        let pre = edge.pre;
        let n_built = self.build.phases;
        let i_tot = edge.i_tot;
        // ---- Current balance (§9): the mean latched at m = 1, then one phase per clock in two
        // steps.
        if pre.m == 1 {
            self.bal_mean = (i_tot * recip(pre.n_tot) as i64) >> 16;
            self.n_bal = pre.n_tot;
        }
        // The deviation of phase m − 2 is registered at every edge; phase m − 3 updates with it.
        let seen = (pre.m as usize).wrapping_sub(2);
        let iavg_seen = if seen < n_built {
            pre.phases[seen].iavg as i64
        } else {
            0
        };
        self.bal_dev = iavg_seen - pre.bal_mean;
        let mut imbalance = false;
        let j = (pre.m as usize).wrapping_sub(3);
        if pre.mode == Mode::Run && j < pre.n_bal && j < pre.n_active {
            let dev = pre.bal_dev;
            let bal_max = pre.reg(MFR_BAL_MAX) << 16;
            let ph = &mut self.phases[j];
            ph.bal_acc =
                (pre.phases[j].bal_acc - (dev << pre.reg(MFR_KB))).clamp(-bal_max, bal_max);
            if dev.abs() > pre.reg(MFR_PH_IMB) {
                ph.imb_cnt = pre.phases[j]
                    .imb_cnt
                    .saturating_add(1)
                    .min(IMBALANCE_PERIODS);
                imbalance = ph.imb_cnt == IMBALANCE_PERIODS;
            } else {
                ph.imb_cnt = 0;
            }
        }
        imbalance
    }
    /// Phase management at the end of a master period (§8); true when a phase was shed.
    fn phase_management(&mut self, edge: &Edge) -> bool {
        let pre = edge.pre;
        let period_end = edge.period_end;
        let i_filt = edge.i_filt;
        // ---- Phase management at the end of a master period (§8).
        let mut shed = false;
        if period_end && pre.mode == Mode::Run {
            let n = pre.n_active;
            let n_max = pre.n_max();
            self.dwell = pre.dwell.saturating_add(1).min(255);
            if n > n_max {
                self.n_active = n_max;
                self.dwell = 0;
            } else if !pre.ss {
                if i_filt > pre.thr_add && n < n_max {
                    self.n_active = n + 1;
                    self.dwell = 0;
                } else if n > 1
                    && pre.dwell >= pre.reg(MFR_PH_DWELL) as u32
                    && i_filt < pre.thr_shed
                {
                    self.n_active = n - 1;
                    self.dwell = 0;
                    shed = true;
                }
            }
        }
        shed
    }
    /// Faults (§10): debounce, STATUS bits, and the shutdown the first deciding fault asks for.
    fn faults(&mut self, edge: &Edge, imbalance: bool, raised: &mut Status) -> Option<(Mode, u32)> {
        let pre = edge.pre;
        let inputs = edge.inputs;
        let vout = edge.vout;
        let u_max = edge.u_max;
        let tick = edge.tick;
        let i_inst = edge.i_inst;
        // ---- Faults (§10).
        let mut faults: Vec<Fault> = Vec::new();
        if pre.mode.is_on() {
            if pre.ov {
                faults.push(Fault::Ov);
            }
            if imbalance {
                faults.push(Fault::Imbalance);
            }
            if tick {
                let flt_n = (pre.reg(MFR_FLT_N) as u32).max(1);
                let checks = [
                    (
                        C_UV,
                        !pre.ss && vout < pre.reg(VOUT_UV_FAULT_LIMIT),
                        Fault::Uv,
                        flt_n,
                    ),
                    (
                        C_OC,
                        i_inst > pre.reg(IOUT_OC_FAULT_LIMIT),
                        Fault::Oc,
                        flt_n,
                    ),
                    (
                        C_OT,
                        inputs.temp_code as i64 > pre.reg(OT_FAULT_LIMIT),
                        Fault::Ot,
                        flt_n,
                    ),
                    (
                        C_VIN,
                        (inputs.vin_code as i64) < pre.reg(VIN_UV_FAULT_LIMIT),
                        Fault::VinUv,
                        flt_n,
                    ),
                    (
                        C_SAT,
                        !pre.ss && pre.u == u_max,
                        Fault::Saturation,
                        (pre.reg(MFR_SAT_N) as u32).max(1),
                    ),
                ];
                for (c, cond, fault, limit) in checks {
                    // Fires on the limit-th consecutive tick; the counter then holds (§10).
                    let fire = cond && pre.cnt[c] + 1 >= limit;
                    self.cnt[c] = match (cond, fire) {
                        (false, _) => 0,
                        (true, true) => pre.cnt[c],
                        (true, false) => pre.cnt[c] + 1,
                    };
                    if fire {
                        faults.push(fault);
                    }
                }
            }
        }
        faults.sort();
        let mut shutdown: Option<(Mode, u32)> = None;
        for &f in &faults {
            let response = match f {
                Fault::Ov => {
                    raised.vout |= status::VOUT_OV_FAULT;
                    pre.reg(VOUT_OV_FAULT_RESPONSE)
                }
                Fault::Uv => {
                    raised.vout |= status::VOUT_UV_FAULT;
                    pre.reg(VOUT_UV_FAULT_RESPONSE)
                }
                Fault::Oc => {
                    raised.iout |= status::IOUT_OC_FAULT;
                    pre.reg(IOUT_OC_FAULT_RESPONSE)
                }
                Fault::Ot => {
                    raised.temp |= status::OT_FAULT;
                    pre.reg(OT_FAULT_RESPONSE)
                }
                Fault::VinUv => {
                    raised.input |= status::VIN_UV_FAULT;
                    pre.reg(VIN_UV_FAULT_RESPONSE)
                }
                Fault::Imbalance => {
                    raised.mfr |= status::MFR_IMBALANCE;
                    spec::vrm::MFR_FAULT_RESPONSE as i64
                }
                Fault::Saturation => {
                    raised.mfr |= status::MFR_SATURATION;
                    spec::vrm::MFR_FAULT_RESPONSE as i64
                }
            };
            if shutdown.is_none() && response >> 6 != 0 {
                shutdown = Some(if (response >> 3) & 7 == 0 {
                    (Mode::Latched, 0)
                } else {
                    (Mode::Hiccup, ((response as u32 & 7) + 1) * HICCUP_UNIT)
                });
            }
        }
        shutdown
    }
    /// Mode transitions (§7, §10).
    fn mode_transitions(&mut self, edge: &Edge, shutdown: Option<(Mode, u32)>) {
        let pre = edge.pre;
        let inputs = edge.inputs;
        let vout = edge.vout;
        // ---- Mode (§7, §10).
        let on_cmd = pre.regs.get(OPERATION) & 0x80 != 0 && inputs.en;
        let vin_ok = inputs.vin_code as i64 >= pre.reg(VIN_ON);
        if pre.mode == Mode::Hiccup && pre.hiccup > 0 {
            self.hiccup = pre.hiccup - 1;
        }
        if !on_cmd {
            self.mode = Mode::Off;
        } else if pre.mode == Mode::Off || (pre.mode == Mode::Hiccup && pre.hiccup == 0) {
            if vin_ok && pre.ss_pending == 0 {
                self.turn_on();
            }
        } else if let Some((mode, time)) = shutdown {
            self.mode = mode;
            self.hiccup = time;
        } else if pre.mode == Mode::Run {
            if pre.blank > 0 {
                self.blank = pre.blank - 1;
            } else if !pre.ss {
                // A fast fall or rise (vout against its value SLOPE_CLOCKS ago) beyond a level,
                // or a level four times as far: slow drifts are the linear loop's job (§7).
                let fall = pre.vhist[SLOPE_CLOCKS - 1] as i64 - vout;
                let dv = pre.reg(MFR_TR_DV);
                let (ut, ot) = (pre.reg(MFR_TR_UT), pre.reg(MFR_TR_OT));
                if (vout < pre.v_set - ut && fall >= dv) || vout < pre.v_set - 4 * ut {
                    self.mode = Mode::Boost;
                    self.n_active = pre.n_max();
                    self.dwell = 0;
                    self.tr_cnt = 0;
                } else if (vout > pre.v_set + ot && -fall >= dv) || vout > pre.v_set + 4 * ot {
                    self.mode = Mode::Clamp;
                    self.tr_cnt = 0;
                }
            }
        } else if pre.mode == Mode::Boost || pre.mode == Mode::Clamp {
            // Recovered when Vout turns: it has moved back by TR_REC over the last 8 clocks (the
            // inductor current has caught up with the load). A slope, not a running extreme,
            // so one noisy sample cannot end the response early.
            let boost = pre.mode == Mode::Boost;
            let rise = vout - pre.vhist[SLOPE_CLOCKS - 1] as i64;
            let recovered = if boost {
                rise >= pre.reg(MFR_TR_REC)
            } else {
                -rise >= pre.reg(MFR_TR_REC)
            };
            if (pre.tr_cnt >= pre.reg(MFR_TR_MIN) as u32 && recovered)
                || pre.tr_cnt >= pre.reg(MFR_TR_MAX) as u32
            {
                self.mode = Mode::Run;
                self.blank = pre.reg(MFR_TR_BLANK) as u32;
            } else {
                self.tr_cnt = (pre.tr_cnt + 1).min(1023);
            }
        }
    }
    /// The soft-start rate (§5), recomputed SS_RATE_LATENCY edges after a write.
    fn soft_start_rate(&mut self, edge: &Edge) {
        let pre = edge.pre;
        // ---- Soft-start rate (§5): recomputed SS_RATE_LATENCY edges after a write.
        if pre.ss_pending > 0 {
            self.ss_pending = pre.ss_pending - 1;
            if self.ss_pending == 0 {
                self.ss_rate = pre.ss_quotient();
            }
        }
    }
    /// The register port (§11) and the STATUS registers.
    fn registers(&mut self, edge: &Edge, mut raised: Status) {
        let pre = edge.pre;
        let inputs = edge.inputs;
        // ---- Registers (§11): reads answer from the state before the edge; a write's word lands
        // now, its internal value VALUE_LATENCY edges later.
        self.value_pending = None;
        if let Some((code, word, left)) = pre.value_pending {
            if left == 0 {
                std::sync::Arc::make_mut(&mut self.regs).write_value(code, word);
            } else {
                self.value_pending = Some((code, word, left - 1));
            }
        }
        let mut clear = false;
        if inputs.reg_re {
            self.reg_rdata = pre.read(inputs.reg_addr, inputs);
            if super::regs::lookup(inputs.reg_addr).is_none() {
                raised.cml |= CML_INVALID_COMMAND;
            }
        }
        if inputs.reg_we {
            if inputs.reg_addr == CLEAR_FAULTS {
                clear = true;
            } else if super::regs::lookup(inputs.reg_addr).is_some_and(|r| r.writable())
                && pre.value_pending.is_some()
            {
                // The converter is busy with the previous write: refused (§11).
                raised.cml |= CML_OTHER;
            } else if std::sync::Arc::make_mut(&mut self.regs)
                .write_word(inputs.reg_addr, inputs.reg_wdata)
            {
                self.value_pending = Some((inputs.reg_addr, inputs.reg_wdata, VALUE_LATENCY - 1));
                if matches!(inputs.reg_addr, VOUT_COMMAND | VOUT_MAX | TON_RISE) {
                    self.ss_pending = SS_RATE_LATENCY;
                }
            } else {
                raised.cml |= CML_INVALID_COMMAND;
            }
        }
        if inputs.reg_err & 1 != 0 {
            raised.cml |= CML_PEC_FAILED;
        }
        if inputs.reg_err & 2 != 0 {
            raised.cml |= CML_OTHER;
        }
        let kept = if clear { Status::default() } else { pre.status };
        self.status = Status {
            vout: kept.vout | raised.vout,
            iout: kept.iout | raised.iout,
            input: kept.input | raised.input,
            temp: kept.temp | raised.temp,
            mfr: kept.mfr | raised.mfr,
            cml: kept.cml | raised.cml,
        };
    }
}

/// What every section of one edge reads: the state before the edge, this clock's inputs, and
/// the values several sections derive from them.
struct Edge<'a> {
    pre: &'a VrmModel,
    inputs: &'a VrmInputs,
    vout: i64,
    u_max: i64,
    /// A control tick (`kc = 0`).
    tick: bool,
    /// The master period ends at this edge (`m = P − 1`).
    period_end: bool,
    /// The registered sum of the period averages.
    i_tot: i64,
    i_filt: i64,
    /// The registered sum of the active phases' codes.
    i_inst: i64,
}

impl<'a> Edge<'a> {
    fn new(pre: &'a VrmModel, inputs: &'a VrmInputs) -> Self {
        Edge {
            pre,
            inputs,
            vout: inputs.vout_code as i64,
            u_max: pre.u_max(),
            tick: pre.kc == 0,
            period_end: pre.m == pre.build.period - 1,
            i_tot: pre.i_tot,
            i_filt: pre.i_filt(),
            i_inst: pre.i_inst,
        }
    }
}
