//! The SRAM compute tile (docs/tile.md): host interface, program sequencer, MAC issue engine,
//! drain and requantization pipeline, performance counters.
//!
//! # Parameters
//! `WA`, `AA`, `PA`, `IA`: log2 of the weight-word, activation-byte, parameter and instruction
//! depths (the `sram` profile, §2). The lane count and `max_batch` are run-time values given to
//! [`Tile::new`]; they become Verilog constants.
//!
//! # Timing
//! Exactly docs/tile.md §8: MAC issue at `t`, products registered at `t+1` and `t+2`, accumulate
//! at `t+3`, shadow copy at `t+4` after a group's last issue; drain entries every `D` clocks,
//! parameter data a clock after an entry, its activation write `R` clocks after it (§2: `D = 1`,
//! `R = 12` pipelined; `D = 11`, `R = 20` serial; see `requant.rs`).
//!
//! # Conventions
//! Values are two's complement held in unsigned `Bits`; any value that is shifted right or compared
//! is first assigned to a signal of its exact width, so rust-hdl's simulator and the emitted
//! Verilog (whose expression widths are context-determined) compute the same bits.

use crate::lane::{Lane, ACC_BITS};
use crate::requant::Requant;
use rtl::counter::{Counter32, EventCounter32};
use rtl::mul::{Mul8x8Pair, MulTarget};
use rust_hdl::prelude::*;
use spec::tile::{opcode, HostMem, RequantKind, TileConfig, TileError};

/// Sequencer states (docs/tile.md §8).
#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum TileState {
    /// After reset.
    Idle,
    /// Instruction read.
    Fetch,
    /// The instruction SRAM's output is registered (`ir`).
    Latch,
    /// Decode and FC validation.
    Decode,
    /// The cycle after a SETL: operand bounds are derived from the new layer registers.
    Settle,
    /// The cycle after an FC's Decode: the registered validation result is acted on.
    Check,
    /// FC execution.
    Exec,
    /// Stopped at HALT.
    Done,
    /// Stopped on an error.
    Error,
}

/// The tile. See the module docs and docs/tile.md.
#[derive(LogicBlock)]
pub struct Tile<const WA: usize, const AA: usize, const PA: usize, const IA: usize> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Start the program (while stopped).
    pub start: Signal<In, Bit>,
    /// Host write strobe.
    pub host_we: Signal<In, Bit>,
    /// Host read strobe.
    pub host_re: Signal<In, Bit>,
    /// Host memory select.
    pub host_sel: Signal<In, Bits<3>>,
    /// Host address.
    pub host_addr: Signal<In, Bits<16>>,
    /// Host write data.
    pub host_wdata: Signal<In, Bits<32>>,
    /// Host read data.
    pub host_rdata: Signal<Out, Bits<8>>,
    /// Host read data valid.
    pub host_rvalid: Signal<Out, Bit>,
    /// Running.
    pub busy: Signal<Out, Bit>,
    /// Stopped at HALT.
    pub done: Signal<Out, Bit>,
    /// Stopped on an error.
    pub error: Signal<Out, Bit>,
    /// Error code.
    pub err_code: Signal<Out, Bits<4>>,
    /// Program counter.
    pub pc: Signal<Out, Bits<16>>,
    /// Counter: running cycles.
    pub cnt_cycles: Signal<Out, Bits<32>>,
    /// Counter: MAC issue cycles.
    pub cnt_busy: Signal<Out, Bits<32>>,
    /// Counter: useful MACs.
    pub cnt_macs: Signal<Out, Bits<32>>,
    /// Counter: weight word reads.
    pub cnt_w_reads: Signal<Out, Bits<32>>,
    /// Counter: activation reads.
    pub cnt_a_reads: Signal<Out, Bits<32>>,
    /// Counter: activation writes.
    pub cnt_a_writes: Signal<Out, Bits<32>>,
    /// Counter: parameter reads.
    pub cnt_p_reads: Signal<Out, Bits<32>>,
    /// Counter: instruction fetches.
    pub cnt_i_reads: Signal<Out, Bits<32>>,

    lanes: Vec<Lane<WA>>,
    muls: Vec<Mul8x8Pair>,
    act: RAM<Bits<8>, AA>,
    bias: RAM<Bits<32>, PA>,
    mult: RAM<Bits<32>, PA>,
    shift: RAM<Bits<6>, PA>,
    imem_lo: RAM<Bits<32>, IA>,
    imem_hi: RAM<Bits<32>, IA>,

    // The spec's enumerations (spec::tile) as named Verilog constants: opcodes (§5), error
    // codes (§7), host memory selects (§4).
    op_nop: Constant<Bits<4>>,
    op_setl: Constant<Bits<4>>,
    op_fc: Constant<Bits<4>>,
    op_halt: Constant<Bits<4>>,
    err_none: Constant<Bits<4>>,
    err_illegal_opcode: Constant<Bits<4>>,
    err_zero_len: Constant<Bits<4>>,
    err_batch: Constant<Bits<4>>,
    err_w_range: Constant<Bits<4>>,
    err_x_range: Constant<Bits<4>>,
    err_y_range: Constant<Bits<4>>,
    err_p_range: Constant<Bits<4>>,
    err_overlap: Constant<Bits<4>>,
    err_pc_range: Constant<Bits<4>>,
    err_host_range: Constant<Bits<4>>,
    sel_weight: Constant<Bits<3>>,
    sel_act: Constant<Bits<3>>,
    sel_bias: Constant<Bits<3>>,
    sel_mult: Constant<Bits<3>>,
    sel_shift: Constant<Bits<3>>,
    sel_instr: Constant<Bits<3>>,

    // Parameters as Verilog constants.
    n_lanes: Constant<Bits<16>>,
    // §2's requantizer timing: D - 1, S - 1, and for the serial kind's slot lengths L·D and
    // L·D - 2 (zero for the pipelined kind, whose slot logic then folds away).
    drain_dm1: Constant<Bits<4>>,
    settle_m1: Constant<Bits<4>>,
    serial_c: Constant<Bit>,
    lanes_d: Constant<Bits<16>>,
    lanes_d_m2: Constant<Bits<13>>,
    // max_batch = 1, and the b-loop end flags with it folded in (B is always 1 then).
    mb1: Constant<Bit>,
    e_bend_c: Signal<Local, Bit>,
    dr_bend_c: Signal<Local, Bit>,
    lanes_log2: Constant<Bits<16>>,
    max_batch: Constant<Bits<16>>,
    weight_bytes: Constant<Bits<32>>,
    weight_words: Constant<Bits<32>>,
    act_bytes: Constant<Bits<32>>,
    param_entries: Constant<Bits<32>>,
    instr_log2: Constant<Bits<16>>,
    weight_bytes_log2: Constant<Bits<16>>,
    act_log2: Constant<Bits<16>>,
    param_log2: Constant<Bits<16>>,
    instr_halves_log2: Constant<Bits<16>>,

    // Sequencer.
    state: DFF<TileState>,
    pc_q: DFF<Bits<16>>,
    /// `pc >= ID`, kept beside `pc` so that Fetch tests a register: the range test (and the
    /// instruction-read counter it gates) then starts from a flip-flop, not from pc's bits.
    pc_over: DFF<Bit>,
    pc_inc: Signal<Local, Bits<16>>,
    pc_inc_over: Signal<Local, Bit>,
    err_q: DFF<Bits<4>>,
    ir: DFF<Bits<64>>,
    rvalid_q: DFF<Bit>,
    /// Second stage of the host read (§4: latency 2).
    rvalid2_q: DFF<Bit>,
    rdata_hold: DFF<Bits<8>>,
    // A read of the byte written in the same cycle answers with the written byte (§4): the
    // block RAM's answer is then undefined and replaced at the output, past its register.
    coll_q: DFF<Bit>,
    coll_data: DFF<Bits<8>>,
    coll_hold: DFF<Bit>,
    coll_data_hold: DFF<Bits<8>>,
    // The host's write, registered: decoded in the cycle it is presented (§4), performed at the
    // next edge from these registers, so no decode lies between the host's ports and the
    // memories' write enables (on the iCE40 that decode into the block RAMs' WCLKE was the
    // longest path). Nothing sees the difference: the tile is stopped in both cycles (start
    // is ignored in a cycle with an access), a reset in the second still lets the write
    // happen, and a read of the byte one cycle later answers from `hw_data` like a read of
    // the byte written in its own cycle.
    hw_addr: DFF<Bits<16>>,
    hw_data: DFF<Bits<32>>,
    hw_act: DFF<Bit>,
    hw_bias: DFF<Bit>,
    hw_mult: DFF<Bit>,
    hw_shift: DFF<Bit>,
    hw_ilo: DFF<Bit>,
    hw_ihi: DFF<Bit>,
    hw_hit: Signal<Local, Bit>,
    // Layer registers (SETL).
    l_k: DFF<Bits<16>>,
    l_n: DFF<Bits<16>>,
    l_b: DFF<Bits<16>>,
    l_relu: DFF<Bit>,
    l_zp: DFF<Bits<8>>,
    l_pbase: DFF<Bits<16>>,
    // FC operands.
    f_wbase: DFF<Bits<16>>,
    f_xbase: DFF<Bits<16>>,
    f_ybase: DFF<Bits<16>>,
    // Counters.
    c_cycles: EventCounter32,
    c_busy: EventCounter32,
    c_macs: Counter32,
    c_w_reads: EventCounter32,
    c_a_reads: EventCounter32,
    c_a_writes: EventCounter32,
    c_p_reads: EventCounter32,
    c_i_reads: EventCounter32,

    // Decode helpers (combinational).
    instr: Signal<Local, Bits<64>>,
    opcode: Signal<Local, Bits<4>>,
    setl_q: DFF<Bit>,
    setl_q2: DFF<Bit>,
    d_w_room: DFF<Bits<17>>,
    d_w_over: DFF<Bit>,
    d_x_room: DFF<Bits<17>>,
    d_x_over: DFF<Bit>,
    d_y_room: DFF<Bits<17>>,
    d_y_over: DFF<Bit>,
    d_bk: DFF<Bits<32>>,
    d_bk_a: Signal<Local, Bits<17>>,
    d_bn_a: Signal<Local, Bits<17>>,
    d_bk_now: Signal<Local, Bits<32>>,
    d_bn_now: Signal<Local, Bits<32>>,
    d_bn: DFF<Bits<32>>,
    d_p_end: DFF<Bits<32>>,
    d_wbase: Signal<Local, Bits<17>>,
    d_xbase: Signal<Local, Bits<17>>,
    d_ybase: Signal<Local, Bits<17>>,
    d_first_n: DFF<Bits<16>>,
    // The first group's e_kd start, max(K, n_0) - 2, registered with the other bounds: n_0 - 2
    // and whether n_0 = min(N, L) > K a cycle earlier (from layer registers), then the choice.
    d_kd0: DFF<Bits<13>>,
    d_first_nm2: DFF<Bits<13>>,
    d_first_n_gt_k: DFF<Bit>,
    d_err: Signal<Local, Bits<4>>,
    // The range compares as borrows of subtractions (one carry chain each; as comparisons
    // Yosys mapped them to chains of LUTs, the iCE40's longest paths).
    d_y_fits: Signal<Local, Bits<17>>,
    d_x_fits: Signal<Local, Bits<17>>,
    d_w_fits: Signal<Local, Bits<17>>,
    // The overlap check's two three-operand sums, each as a carry-save step (one LUT level)
    // and one carry chain: y_base + B*N + ~x_base and x_base + B*K + ~y_base.
    ov_ya: Signal<Local, Bits<19>>,
    ov_yb: Signal<Local, Bits<19>>,
    ov_yc: Signal<Local, Bits<19>>,
    ov_ys: Signal<Local, Bits<19>>,
    ov_xa: Signal<Local, Bits<19>>,
    ov_xb: Signal<Local, Bits<19>>,
    ov_xc: Signal<Local, Bits<19>>,
    ov_xs: Signal<Local, Bits<19>>,
    chk_overlap: DFF<Bit>,
    chk_p: DFF<Bit>,
    chk_y: DFF<Bit>,
    chk_x: DFF<Bit>,
    chk_w: DFF<Bit>,
    chk_b: DFF<Bit>,
    chk_zero: DFF<Bit>,
    fail_overlap: Signal<Local, Bit>,
    fail_p: Signal<Local, Bit>,
    fail_y: Signal<Local, Bit>,
    fail_x: Signal<Local, Bit>,
    fail_w: Signal<Local, Bit>,
    fail_b: Signal<Local, Bit>,
    fail_zero: Signal<Local, Bit>,
    /// The engine's first issue must not wait on a state decode and an OR of seven check
    /// registers: chk_go is "in Check, and the layer checks passed", chk_room the OR of the
    /// three room checks, and chk_pass "in Check, every check passed" from those and overlap.
    chk_go: DFF<Bit>,
    chk_room: DFF<Bit>,
    chk_pass: Signal<Local, Bit>,
    host_lane: Signal<Local, Bits<16>>,
    hw_word: Signal<Local, Bits<16>>,
    host_ok_w: Signal<Local, Bit>,
    host_ok_r: Signal<Local, Bit>,
    // The address is inside the weight, activation, parameter, instruction memory.
    host_in_w: Signal<Local, Bit>,
    host_in_a: Signal<Local, Bit>,
    host_in_p: Signal<Local, Bit>,
    host_in_i: Signal<Local, Bit>,
    /// An out-of-range access at the previous edge (§4: HOST_RANGE one edge later).
    host_bad_q: DFF<Bit>,
    stopped: Signal<Local, Bit>,
    /// Running (not Idle, Done or Error): kept with every transition in or out of those, so the
    /// host gating and `busy` start from a flip-flop, not a decode of `state` (0 at power-up, as
    /// Idle is).
    run_q: DFF<Bit>,

    // MAC issue engine.
    e_active: DFF<Bit>,
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
    /// `K − 2` (13-bit two's complement) and `B − 1`, registered with the layer.
    l_km2: DFF<Bits<13>>,
    l_bm1: DFF<Bits<2>>,
    /// `B = 1`, registered with the layer.
    l_b1: DFF<Bit>,
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
    l_nm2: DFF<Bits<13>>,
    l_nml: DFF<Bits<15>>,
    l_nmk: DFF<Bits<15>>,
    /// `K < L`, registered with the layer.
    l_k_lt_l: DFF<Bit>,
    d_single: DFF<Bit>,
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
    p3_last: DFF<Bit>,
    p3_ch: DFF<Bits<12>>,
    p3_n: DFF<Bits<5>>,
    p3_lastg: DFF<Bit>,
    p3_valid: DFF<Bit>,
    p3_first: DFF<Bit>,
    p3_b: DFF<Bits<2>>,
    p4_last: DFF<Bit>,
    p4_ch: DFF<Bits<12>>,
    p4_n: DFF<Bits<5>>,
    p4_lastg: DFF<Bit>,

    // Drain.
    dr_active: DFF<Bit>,
    // Cycles to the next drain entry (§8: one per D cycles), and this cycle's entry.
    dr_wait: DFF<Bits<4>>,
    dr_entry: Signal<Local, Bit>,
    // D > 1: dr_active & (dr_wait = 0) as a register of its own, set a clock ahead (the entry
    // strobe enables the whole drain and the shadow chain: a global net on the iCE40).
    dr_go: DFF<Bit>,
    // Settle: cycles left after this one.
    st_left: DFF<Bits<4>>,
    aux_g: DFF<Bits<16>>,
    st_last: Signal<Local, Bit>,
    // The serial kind's slot: kmax = max(K, n·D) per group (§8). The last group's n, n·D,
    // n·D - 2, and whether n·D > K for it and for a full group, derived in Settle.
    s_lastn: DFF<Bits<5>>,
    s_lastnd: DFF<Bits<13>>,
    s_lastm2: DFF<Bits<13>>,
    s_lastwide: DFF<Bit>,
    s_fullwide: DFF<Bit>,
    s_km2_last: Signal<Local, Bits<13>>,
    s_km2_full: Signal<Local, Bits<13>>,
    dr_b: DFF<Bits<2>>,
    // The drain's last-element compares as registers: dr_bend = (dr_b = B − 1), and dr_ld =
    // n − 2 − lane, negative exactly at the group's last lane.
    dr_bend: DFF<Bit>,
    dr_binc: Signal<Local, Bits<2>>,
    dr_ld: DFF<Bits<6>>,
    // Running addresses (no adder chain before the parameter SRAMs or the requantizer):
    // p_base + ch + lane and y_base + ch + lane.
    dr_paddr: DFF<Bits<16>>,
    dr_yaddr: DFF<Bits<16>>,
    dr_lastg: DFF<Bit>,
    dr_yoff: DFF<Bits<16>>,
    // The shadow chain's head (lane 0's selected shadow), registered at entry.
    dr_head: DFF<Bits<ACC_BITS>>,
    dr_value: Signal<Local, Bits<32>>,
    dr_last_elem: Signal<Local, Bit>,

    // Requantizer.
    rq: Requant,
}

/// log2 of a power of two.
fn log2(v: usize) -> u64 {
    v.trailing_zeros() as u64
}

fn err(e: TileError) -> Constant<Bits<4>> {
    Constant::new(u64::from(e.code()).into())
}

fn sel(m: HostMem) -> Constant<Bits<3>> {
    Constant::new(u64::from(m.sel()).into())
}

impl<const WA: usize, const AA: usize, const PA: usize, const IA: usize> Tile<WA, AA, PA, IA> {
    /// A tile of `config` (a validated, supported configuration: `TileConfig` cannot hold
    /// another), its multipliers built for `target`.
    ///
    /// # Panics
    /// If the SRAM address widths `WA, AA, PA, IA` are not those of `config`'s SRAM profile (a
    /// programming error: [`crate::verilog_for`] chooses them from the profile).
    pub fn new(config: &TileConfig, target: MulTarget) -> Self {
        assert_eq!(
            (WA, AA, PA, IA),
            config.sram().address_bits(),
            "Tile's SRAM address widths must be those of sram={}",
            config.sram().name()
        );
        let (lanes, max_batch, kind) = (config.lanes(), config.max_batch(), config.requant());
        // §2's D and S for the kind.
        let (kind_d, kind_s) = (kind.timing().drain_interval, kind.timing().settle_cycles);
        // The serial slot logic multiplies n by D = 11 as 8 + 2 + 1.
        assert!(kind == RequantKind::Pipelined || kind_d == 11);
        Tile {
            clock: Default::default(),
            reset: Default::default(),
            start: Default::default(),
            host_we: Default::default(),
            host_re: Default::default(),
            host_sel: Default::default(),
            host_addr: Default::default(),
            host_wdata: Default::default(),
            host_rdata: Default::default(),
            host_rvalid: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            error: Default::default(),
            err_code: Default::default(),
            pc: Default::default(),
            cnt_cycles: Default::default(),
            cnt_busy: Default::default(),
            cnt_macs: Default::default(),
            cnt_w_reads: Default::default(),
            cnt_a_reads: Default::default(),
            cnt_a_writes: Default::default(),
            cnt_p_reads: Default::default(),
            cnt_i_reads: Default::default(),
            lanes: (0..lanes).map(|_| Lane::new(max_batch)).collect(),
            muls: (0..lanes / 2).map(|_| Mul8x8Pair::new(target)).collect(),
            act: Default::default(),
            bias: Default::default(),
            mult: Default::default(),
            shift: Default::default(),
            imem_lo: Default::default(),
            imem_hi: Default::default(),
            op_nop: Constant::new(opcode::NOP.into()),
            op_setl: Constant::new(opcode::SETL.into()),
            op_fc: Constant::new(opcode::FC.into()),
            op_halt: Constant::new(opcode::HALT.into()),
            err_none: Constant::new(0.into()),
            err_illegal_opcode: err(TileError::IllegalOpcode),
            err_zero_len: err(TileError::ZeroLen),
            err_batch: err(TileError::Batch),
            err_w_range: err(TileError::WRange),
            err_x_range: err(TileError::XRange),
            err_y_range: err(TileError::YRange),
            err_p_range: err(TileError::PRange),
            err_overlap: err(TileError::Overlap),
            err_pc_range: err(TileError::PcRange),
            err_host_range: err(TileError::HostRange),
            sel_weight: sel(HostMem::Weight),
            sel_act: sel(HostMem::Act),
            sel_bias: sel(HostMem::Bias),
            sel_mult: sel(HostMem::Mult),
            sel_shift: sel(HostMem::Shift),
            sel_instr: sel(HostMem::Instr),
            n_lanes: Constant::new((lanes as u64).into()),
            drain_dm1: Constant::new((kind_d as u64 - 1).into()),
            mb1: Constant::new(max_batch == 1),
            e_bend_c: Default::default(),
            dr_bend_c: Default::default(),
            settle_m1: Constant::new((kind_s as u64 - 1).into()),
            serial_c: Constant::new(kind == RequantKind::Serial),
            lanes_d: Constant::new(((lanes * kind_d) as u64).into()),
            lanes_d_m2: Constant::new(((lanes * kind_d) as u64 - 2).into()),
            lanes_log2: Constant::new(log2(lanes).into()),
            max_batch: Constant::new((max_batch as u64).into()),
            weight_bytes: Constant::new((((1usize << WA) * lanes) as u64).into()),
            weight_words: Constant::new(((1u64) << WA).into()),
            act_bytes: Constant::new(((1u64) << AA).into()),
            param_entries: Constant::new(((1u64) << PA).into()),
            instr_log2: Constant::new((IA as u64).into()),
            weight_bytes_log2: Constant::new(((WA as u64) + log2(lanes)).into()),
            act_log2: Constant::new((AA as u64).into()),
            param_log2: Constant::new((PA as u64).into()),
            instr_halves_log2: Constant::new((IA as u64 + 1).into()),
            state: Default::default(),
            pc_q: Default::default(),
            pc_over: Default::default(),
            pc_inc: Default::default(),
            pc_inc_over: Default::default(),
            err_q: Default::default(),
            ir: Default::default(),
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
            l_k: Default::default(),
            l_n: Default::default(),
            l_b: Default::default(),
            l_relu: Default::default(),
            l_zp: Default::default(),
            l_pbase: Default::default(),
            f_wbase: Default::default(),
            f_xbase: Default::default(),
            f_ybase: Default::default(),
            c_cycles: Default::default(),
            c_busy: Default::default(),
            c_macs: Default::default(),
            c_w_reads: Default::default(),
            c_a_reads: Default::default(),
            c_a_writes: Default::default(),
            c_p_reads: Default::default(),
            c_i_reads: Default::default(),
            instr: Default::default(),
            opcode: Default::default(),
            setl_q: Default::default(),
            setl_q2: Default::default(),
            d_w_room: Default::default(),
            d_w_over: Default::default(),
            d_x_room: Default::default(),
            d_x_over: Default::default(),
            d_y_room: Default::default(),
            d_y_over: Default::default(),
            d_bk: Default::default(),
            d_bk_a: Default::default(),
            d_bn_a: Default::default(),
            d_bk_now: Default::default(),
            d_bn_now: Default::default(),
            d_bn: Default::default(),
            d_p_end: Default::default(),
            d_wbase: Default::default(),
            d_xbase: Default::default(),
            d_ybase: Default::default(),
            d_first_n: Default::default(),
            d_kd0: Default::default(),
            d_first_nm2: Default::default(),
            d_first_n_gt_k: Default::default(),
            d_err: Default::default(),
            d_y_fits: Default::default(),
            d_x_fits: Default::default(),
            d_w_fits: Default::default(),
            ov_ya: Default::default(),
            ov_yb: Default::default(),
            ov_yc: Default::default(),
            ov_ys: Default::default(),
            ov_xa: Default::default(),
            ov_xb: Default::default(),
            ov_xc: Default::default(),
            ov_xs: Default::default(),
            chk_overlap: Default::default(),
            chk_p: Default::default(),
            chk_y: Default::default(),
            chk_x: Default::default(),
            chk_w: Default::default(),
            chk_b: Default::default(),
            chk_zero: Default::default(),
            fail_overlap: Default::default(),
            fail_p: Default::default(),
            fail_y: Default::default(),
            fail_x: Default::default(),
            fail_w: Default::default(),
            fail_b: Default::default(),
            fail_zero: Default::default(),
            chk_go: Default::default(),
            chk_room: Default::default(),
            chk_pass: Default::default(),
            host_lane: Default::default(),
            hw_word: Default::default(),
            host_ok_w: Default::default(),
            host_ok_r: Default::default(),
            host_in_w: Default::default(),
            host_in_a: Default::default(),
            host_in_p: Default::default(),
            host_in_i: Default::default(),
            host_bad_q: Default::default(),
            stopped: Default::default(),
            run_q: Default::default(),
            e_active: Default::default(),
            e_b: Default::default(),
            l_km2: Default::default(),
            e_kd: Default::default(),
            e_kf: Default::default(),
            e_kfirst: Default::default(),
            e_kend: Default::default(),
            e_kfin: Default::default(),
            l_bm1: Default::default(),
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
            d_single: Default::default(),
            e_issue: Default::default(),
            e_issue_q: Default::default(),
            e_kin_next: Default::default(),
            e_active_next: Default::default(),
            l_b1: Default::default(),
            e_bend: Default::default(),
            e_kin: Default::default(),
            e_binc: Default::default(),
            nx_wide: Default::default(),
            nx_remm2: Default::default(),
            nx_rem_lt_l: Default::default(),
            nx_rem_gt_k: Default::default(),
            nx_lt_l: Default::default(),
            nx_gt_k: Default::default(),
            l_nm2: Default::default(),
            l_nml: Default::default(),
            l_nmk: Default::default(),
            l_k_lt_l: Default::default(),
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
            p3_last: Default::default(),
            p3_ch: Default::default(),
            p3_n: Default::default(),
            p3_lastg: Default::default(),
            p3_valid: Default::default(),
            p3_first: Default::default(),
            p3_b: Default::default(),
            p4_last: Default::default(),
            p4_ch: Default::default(),
            p4_n: Default::default(),
            p4_lastg: Default::default(),
            dr_active: Default::default(),
            dr_wait: Default::default(),
            dr_entry: Default::default(),
            dr_go: Default::default(),
            st_left: Default::default(),
            aux_g: Default::default(),
            st_last: Default::default(),
            s_lastn: Default::default(),
            s_lastnd: Default::default(),
            s_lastm2: Default::default(),
            s_lastwide: Default::default(),
            s_fullwide: Default::default(),
            s_km2_last: Default::default(),
            s_km2_full: Default::default(),
            dr_b: Default::default(),
            dr_bend: Default::default(),
            dr_binc: Default::default(),
            dr_ld: Default::default(),
            dr_paddr: Default::default(),
            dr_yaddr: Default::default(),
            dr_lastg: Default::default(),
            dr_yoff: Default::default(),
            dr_head: Default::default(),
            dr_value: Default::default(),
            rq: Requant::new(kind, target),
            dr_last_elem: Default::default(),
        }
    }
}

impl<const WA: usize, const AA: usize, const PA: usize, const IA: usize> Logic
    for Tile<WA, AA, PA, IA>
{
    #[hdl_gen]
    fn update(&mut self) {
        // ---- Registers hold by default; memories share the one clock.
        dff_setup!(
            self,
            clock,
            state,
            pc_q,
            pc_over,
            err_q,
            ir,
            rvalid_q,
            rvalid2_q,
            rdata_hold,
            coll_q,
            coll_data,
            hw_addr,
            hw_data,
            hw_act,
            hw_bias,
            hw_mult,
            hw_shift,
            hw_ilo,
            hw_ihi,
            coll_hold,
            coll_data_hold,
            l_k,
            l_n,
            l_b,
            l_relu,
            l_zp,
            l_pbase,
            f_wbase,
            f_xbase,
            f_ybase,
            e_active,
            e_issue_q,
            e_b,
            chk_overlap,
            chk_p,
            chk_y,
            chk_x,
            chk_w,
            chk_b,
            chk_zero,
            chk_go,
            chk_room,
            l_km2,
            e_kd,
            e_kf,
            e_kfirst,
            l_bm1,
            e_xk,
            e_xoff,
            e_wgroup,
            e_ch,
            e_n,
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
            p3_valid,
            p3_first,
            p3_b,
            p3_last,
            p3_ch,
            p3_n,
            p3_lastg,
            p4_last,
            p4_ch,
            p4_n,
            p4_lastg,
            dr_active,
            dr_wait,
            dr_go,
            st_left,
            aux_g,
            s_lastn,
            s_lastnd,
            s_lastm2,
            s_lastwide,
            s_fullwide,
            dr_b,
            dr_bend,
            dr_ld,
            dr_paddr,
            dr_yaddr,
            dr_lastg,
            dr_yoff,
            d_bk,
            d_bn,
            d_p_end,
            d_first_n,
            d_kd0,
            d_first_nm2,
            d_first_n_gt_k,
            d_w_room,
            d_w_over,
            setl_q,
            setl_q2,
            e_xaddr,
            e_waddr,
            dr_head,
            e_lastg,
            nx_ch,
            nx_rem,
            nx_remm2,
            nx_rem_lt_l,
            nx_rem_gt_k,
            l_nm2,
            l_nml,
            l_nmk,
            l_k_lt_l,
            nx_next_last,
            nx_n,
            nx_km2,
            d_single,
            host_bad_q,
            run_q,
            l_b1,
            e_bend,
            e_kin,
            d_x_room,
            d_x_over,
            d_y_room,
            d_y_over
        );
        // The performance counters (§3): 32 bits in two halves (rtl::counter), each +1 per event
        // but the MAC count.
        self.c_cycles.clock.next = self.clock.val();
        self.c_cycles.en.next = false;
        self.c_cycles.clear.next = false;
        self.c_busy.clock.next = self.clock.val();
        self.c_busy.en.next = false;
        self.c_busy.clear.next = false;
        self.c_macs.clock.next = self.clock.val();
        self.c_macs.inc.next = 0.into();
        self.c_macs.clear.next = false;
        self.c_w_reads.clock.next = self.clock.val();
        self.c_w_reads.en.next = false;
        self.c_w_reads.clear.next = false;
        self.c_a_reads.clock.next = self.clock.val();
        self.c_a_reads.en.next = false;
        self.c_a_reads.clear.next = false;
        self.c_a_writes.clock.next = self.clock.val();
        self.c_a_writes.en.next = false;
        self.c_a_writes.clear.next = false;
        self.c_p_reads.clock.next = self.clock.val();
        self.c_p_reads.en.next = false;
        self.c_p_reads.clear.next = false;
        self.c_i_reads.clock.next = self.clock.val();
        self.c_i_reads.en.next = false;
        self.c_i_reads.clear.next = false;
        self.act.read_clock.next = self.clock.val();
        self.act.write_clock.next = self.clock.val();
        self.bias.read_clock.next = self.clock.val();
        self.bias.write_clock.next = self.clock.val();
        self.mult.read_clock.next = self.clock.val();
        self.mult.write_clock.next = self.clock.val();
        self.shift.read_clock.next = self.clock.val();
        self.shift.write_clock.next = self.clock.val();
        self.imem_lo.read_clock.next = self.clock.val();
        self.imem_lo.write_clock.next = self.clock.val();
        self.imem_hi.read_clock.next = self.clock.val();
        self.imem_hi.write_clock.next = self.clock.val();

        // ---- Outputs: registers only (§3).
        self.stopped.next = !self.run_q.q.val();
        self.busy.next = !self.stopped.val();
        self.done.next = self.state.q.val() == TileState::Done;
        self.error.next = self.state.q.val() == TileState::Error;
        self.err_code.next = self.err_q.q.val();
        self.pc.next = self.pc_q.q.val();
        // Host reads: the RAM output goes straight into `rdata_hold` (an enable, no mux), §4;
        // a read that met a write of its byte answers from the registered write data instead.
        self.host_rvalid.next = self.rvalid2_q.q.val();
        self.host_rdata.next = self.rdata_hold.q.val();
        if self.coll_hold.q.val() {
            self.host_rdata.next = self.coll_data_hold.q.val();
        }
        self.rvalid2_q.d.next = self.rvalid_q.q.val();
        if self.rvalid_q.q.val() {
            self.rdata_hold.d.next = self.act.read_data.val();
            self.coll_hold.d.next = self.coll_q.q.val();
            self.coll_data_hold.d.next = self.coll_data.q.val();
        }
        self.coll_q.d.next = false;
        self.cnt_cycles.next = self.c_cycles.value.val();
        self.cnt_busy.next = self.c_busy.value.val();
        self.cnt_macs.next = self.c_macs.value.val();
        self.cnt_w_reads.next = self.c_w_reads.value.val();
        self.cnt_a_reads.next = self.c_a_reads.value.val();
        self.cnt_a_writes.next = self.c_a_writes.value.val();
        self.cnt_p_reads.next = self.c_p_reads.value.val();
        self.cnt_i_reads.next = self.c_i_reads.value.val();

        // ---- Host address decoding (§4).
        self.host_lane.next = self.host_addr.val() & (self.n_lanes.val() - 1);
        self.hw_word.next = self.hw_addr.q.val() >> self.lanes_log2.val();
        // Every depth is a power of two: an address is in range when its bits above the depth
        // are zero (no comparator on the host's write-enable path). Each write enable below is
        // its own AND of strobe, select and range flag, not a decode shared through a mux.
        self.host_in_w.next = (self.host_addr.val() >> self.weight_bytes_log2.val()) == 0;
        self.host_in_a.next = (self.host_addr.val() >> self.act_log2.val()) == 0;
        self.host_in_p.next = (self.host_addr.val() >> self.param_log2.val()) == 0;
        self.host_in_i.next = (self.host_addr.val() >> self.instr_halves_log2.val()) == 0;
        self.host_ok_r.next = (self.host_sel.val() == self.sel_act.val()) & self.host_in_a.val();
        // A sum of products rather than an if-chain (which maps to a priority chain).
        self.host_ok_w.next = ((self.host_sel.val() == self.sel_weight.val())
            & self.host_in_w.val())
            | ((self.host_sel.val() == self.sel_act.val()) & self.host_in_a.val())
            | (((self.host_sel.val() == self.sel_bias.val())
                | (self.host_sel.val() == self.sel_mult.val())
                | (self.host_sel.val() == self.sel_shift.val()))
                & self.host_in_p.val())
            | ((self.host_sel.val() == self.sel_instr.val()) & self.host_in_i.val());

        // ---- Memory ports: defaults are the engine's; the host takes them while stopped.
        self.act.read_address.next = bit_cast::<AA, 16>(self.e_xaddr.q.val());
        self.act.write_address.next = bit_cast::<AA, 16>(self.rq.out_addr.val());
        self.act.write_data.next = self.rq.out_y.val();
        self.act.write_enable.next = self.rq.out_valid.val();
        self.bias.read_address.next = bit_cast::<PA, 16>(self.dr_paddr.q.val());
        self.mult.read_address.next = bit_cast::<PA, 16>(self.dr_paddr.q.val());
        self.shift.read_address.next = bit_cast::<PA, 16>(self.dr_paddr.q.val());
        self.bias.write_address.next = bit_cast::<PA, 16>(self.hw_addr.q.val());
        self.mult.write_address.next = bit_cast::<PA, 16>(self.hw_addr.q.val());
        self.shift.write_address.next = bit_cast::<PA, 16>(self.hw_addr.q.val());
        self.bias.write_data.next = self.hw_data.q.val();
        self.mult.write_data.next = self.hw_data.q.val();
        self.shift.write_data.next = self.hw_data.q.val().get_bits::<6>(0);
        self.bias.write_enable.next = self.hw_bias.q.val();
        self.mult.write_enable.next = self.hw_mult.q.val();
        self.shift.write_enable.next = self.hw_shift.q.val();
        self.imem_lo.read_address.next = bit_cast::<IA, 16>(self.pc_q.q.val());
        self.imem_hi.read_address.next = bit_cast::<IA, 16>(self.pc_q.q.val());
        self.imem_lo.write_address.next = bit_cast::<IA, 16>(self.hw_addr.q.val() >> 1);
        self.imem_hi.write_address.next = bit_cast::<IA, 16>(self.hw_addr.q.val() >> 1);
        self.imem_lo.write_data.next = self.hw_data.q.val();
        self.imem_hi.write_data.next = self.hw_data.q.val();
        self.imem_lo.write_enable.next = self.hw_ilo.q.val();
        self.imem_hi.write_enable.next = self.hw_ihi.q.val();
        self.hw_addr.d.next = self.host_addr.val();
        self.hw_data.d.next = self.host_wdata.val();
        self.hw_act.d.next = false;
        self.hw_bias.d.next = false;
        self.hw_mult.d.next = false;
        self.hw_shift.d.next = false;
        self.hw_ilo.d.next = false;
        self.hw_ihi.d.next = false;
        // A read meets the registered write of its byte (compared on the activation address
        // bits: both are in range, or the read is refused).
        self.hw_hit.next = self.hw_act.q.val()
            & (bit_cast::<AA, 16>(self.hw_addr.q.val())
                == bit_cast::<AA, 16>(self.host_addr.val()));
        self.rvalid_q.d.next = false;

        // ---- Decode helpers (§5, §7), combinational from the fetched word and layer registers.
        self.instr.next = (bit_cast::<64, 32>(self.imem_hi.read_data.val()) << 32)
            | bit_cast::<64, 32>(self.imem_lo.read_data.val());
        self.opcode.next = self.ir.q.val().get_bits::<4>(60);
        // Operand bounds, derived from the layer registers (written in Settle) over the two
        // cycles after Settle, so they are registered before an FC's Check: Check then
        // compares each base with a register and adds nothing, since
        // base + len > depth  <=>  len > depth or base > depth - len.
        // G*K on a (DSP) multiplier from the SETL word itself in Settle (the DSP registers its
        // operands), ready two clocks later, with the other bounds. The requantizer is idle
        // from an FC's last write on (§8), so Settle borrows its low partial-product DSP.
        // The requantizer registers the edge into Settle itself, beside its operand
        // multiplexers.
        self.rq.aux_next.next =
            (self.state.q.val() == TileState::Decode) & (self.opcode.val() == self.op_setl.val());
        // G = ceil(N / L) registered from the SETL word in Decode (ir holds it from Latch on), so
        // no adder precedes the multiplier's operand in Settle.
        self.aux_g.d.next =
            (bit_cast::<16, 12>(self.ir.q.val().get_bits::<12>(12)) + self.n_lanes.val() - 1)
                >> self.lanes_log2.val();
        self.rq.aux_a.next = self.aux_g.q.val();
        self.rq.aux_b.next = bit_cast::<16, 12>(self.ir.q.val().get_bits::<12>(0));
        // B*K and B*N as one add of two operands: B = 4 is 4K + 0, B = 1..3 is (b0 ? K) +
        // (b1 ? 2K). B > 4 > MB fails BATCH, which §7 checks before every check that reads
        // these, so their value for it does not matter.
        self.d_bk_a.next = bit_cast::<17, 16>(self.l_k.q.val())
            & (0 - bit_cast::<17, 1>(self.l_b.q.val().get_bit(0).into()));
        self.d_bn_a.next = bit_cast::<17, 16>(self.l_n.q.val())
            & (0 - bit_cast::<17, 1>(self.l_b.q.val().get_bit(0).into()));
        if self.l_b.q.val().get_bit(2) {
            self.d_bk_a.next = bit_cast::<17, 16>(self.l_k.q.val()) << 2;
            self.d_bn_a.next = bit_cast::<17, 16>(self.l_n.q.val()) << 2;
        }
        self.d_bk_now.next = bit_cast::<32, 17>(
            self.d_bk_a.val()
                + ((bit_cast::<17, 16>(self.l_k.q.val()) << 1)
                    & (0 - bit_cast::<17, 1>(self.l_b.q.val().get_bit(1).into()))),
        );
        self.d_bn_now.next = bit_cast::<32, 17>(
            self.d_bn_a.val()
                + ((bit_cast::<17, 16>(self.l_n.q.val()) << 1)
                    & (0 - bit_cast::<17, 1>(self.l_b.q.val().get_bit(1).into()))),
        );
        self.setl_q.d.next = self.state.q.val() == TileState::Settle;
        self.setl_q2.d.next = self.setl_q.q.val();
        if self.setl_q.q.val() {
            self.d_bk.d.next = self.d_bk_now.val();
            self.d_bn.d.next = self.d_bn_now.val();
            self.d_p_end.d.next =
                bit_cast::<32, 16>(self.l_pbase.q.val()) + bit_cast::<32, 16>(self.l_n.q.val());
            self.d_first_n.d.next = self.n_lanes.val();
            if self.l_n.q.val() < self.n_lanes.val() {
                self.d_first_n.d.next = self.l_n.q.val();
            }
            self.d_single.d.next = self.l_n.q.val() <= self.n_lanes.val();
            self.d_first_nm2.d.next = bit_cast::<13, 16>(self.n_lanes.val() - 2);
            if self.l_n.q.val() < self.n_lanes.val() {
                self.d_first_nm2.d.next = self.l_nm2.q.val();
            }
            // min(N, L) > K: N - K > 0 and K < L.
            self.d_first_n_gt_k.d.next =
                !self.l_nmk.q.val().get_bit(14) & (self.l_nmk.q.val() != 0) & self.l_k_lt_l.q.val();
        }
        // The serial kind's slot bounds (Settle lasts long enough for this chain of registers).
        self.s_lastn.d.next =
            bit_cast::<5, 16>(((self.l_n.q.val() - 1) & (self.n_lanes.val() - 1)) + 1);
        self.s_lastnd.d.next = (bit_cast::<13, 5>(self.s_lastn.q.val()) << 3)
            + (bit_cast::<13, 5>(self.s_lastn.q.val()) << 1)
            + bit_cast::<13, 5>(self.s_lastn.q.val());
        self.s_lastm2.d.next = self.s_lastnd.q.val() - 2;
        self.s_lastwide.d.next = self.l_k.q.val() < bit_cast::<16, 13>(self.s_lastnd.q.val());
        self.s_fullwide.d.next = self.l_k.q.val() < self.lanes_d.val();
        self.s_km2_last.next = self.l_km2.q.val();
        if self.s_lastwide.q.val() {
            self.s_km2_last.next = self.s_lastm2.q.val();
        }
        self.s_km2_full.next = self.l_km2.q.val();
        if self.s_fullwide.q.val() {
            self.s_km2_full.next = self.lanes_d_m2.val();
        }
        if self.setl_q2.q.val() {
            self.d_kd0.d.next = self.l_km2.q.val();
            if self.d_first_n_gt_k.q.val() {
                self.d_kd0.d.next = self.d_first_nm2.q.val();
            }
            if self.serial_c.val() {
                self.d_kd0.d.next = self.s_km2_full.val();
                if self.d_single.q.val() {
                    self.d_kd0.d.next = self.s_km2_last.val();
                }
            }
            self.d_x_over.d.next = self.d_bk.q.val() > self.act_bytes.val();
            self.d_x_room.d.next = bit_cast::<17, 32>(self.act_bytes.val() - self.d_bk.q.val());
            self.d_y_over.d.next = self.d_bn.q.val() > self.act_bytes.val();
            self.d_y_room.d.next = bit_cast::<17, 32>(self.act_bytes.val() - self.d_bn.q.val());
        }
        // G·K arrives from the requantizer's lent multiplier (two clocks after Settle's first
        // when pipelined, thirteen when serial: within the serial kind's longer Settle).
        if self.rq.aux_valid.val() {
            self.d_w_over.d.next = self.rq.aux_p.val() > self.weight_words.val();
            self.d_w_room.d.next =
                bit_cast::<17, 32>(self.weight_words.val() - self.rq.aux_p.val());
        }
        self.d_wbase.next = bit_cast::<17, 16>(self.ir.q.val().get_bits::<16>(0));
        self.d_xbase.next = bit_cast::<17, 16>(self.ir.q.val().get_bits::<16>(16));
        self.d_ybase.next = bit_cast::<17, 16>(self.ir.q.val().get_bits::<16>(32));
        // 17 bits hold every base (16 bits), room (< 2^13) and end (B*K, B*N < 2^15).
        // The checks are registered every cycle: Check always follows Decode and their inputs
        // (ir, the layer's derived registers) hold still over both, so in Check the registers
        // hold exactly this FC's results, and the state register sees no carry chain.
        // Overlap: x_base < y_base + B*N and y_base < x_base + B*K. The first holds when
        // y_base + B*N - x_base - 1 = y_base + B*N + ~x_base (mod 2^19) is not negative: it lies
        // in [-2^16, 2^16 + 2^15), so bit 18 is its sign. Likewise the second.
        self.ov_ya.next = bit_cast::<19, 17>(self.d_ybase.val());
        self.ov_yb.next = bit_cast::<19, 32>(self.d_bn.q.val());
        self.ov_yc.next = !bit_cast::<19, 17>(self.d_xbase.val());
        self.ov_ys.next = (self.ov_ya.val() ^ self.ov_yb.val() ^ self.ov_yc.val())
            + (((self.ov_ya.val() & self.ov_yb.val())
                | (self.ov_ya.val() & self.ov_yc.val())
                | (self.ov_yb.val() & self.ov_yc.val()))
                << 1);
        self.ov_xa.next = bit_cast::<19, 17>(self.d_xbase.val());
        self.ov_xb.next = bit_cast::<19, 32>(self.d_bk.q.val());
        self.ov_xc.next = !bit_cast::<19, 17>(self.d_ybase.val());
        self.ov_xs.next = (self.ov_xa.val() ^ self.ov_xb.val() ^ self.ov_xc.val())
            + (((self.ov_xa.val() & self.ov_xb.val())
                | (self.ov_xa.val() & self.ov_xc.val())
                | (self.ov_xb.val() & self.ov_xc.val()))
                << 1);
        self.fail_overlap.next = !self.ov_ys.val().get_bit(18) & !self.ov_xs.val().get_bit(18);
        self.fail_p.next = self.d_p_end.q.val() > self.param_entries.val();
        // Bases and (when not over) rooms are below 2^16: bit 16 of room - base is base > room.
        self.d_y_fits.next = self.d_y_room.q.val() - self.d_ybase.val();
        self.d_x_fits.next = self.d_x_room.q.val() - self.d_xbase.val();
        self.d_w_fits.next = self.d_w_room.q.val() - self.d_wbase.val();
        self.fail_y.next = self.d_y_over.q.val() | self.d_y_fits.val().get_bit(16);
        self.fail_x.next = self.d_x_over.q.val() | self.d_x_fits.val().get_bit(16);
        self.fail_w.next = self.d_w_over.q.val() | self.d_w_fits.val().get_bit(16);
        self.fail_b.next = self.l_b.q.val() > self.max_batch.val();
        self.fail_zero.next =
            (self.l_k.q.val() == 0) | (self.l_n.q.val() == 0) | (self.l_b.q.val() == 0);
        self.chk_overlap.d.next = self.fail_overlap.val();
        self.chk_p.d.next = self.fail_p.val();
        self.chk_y.d.next = self.fail_y.val();
        self.chk_x.d.next = self.fail_x.val();
        self.chk_w.d.next = self.fail_w.val();
        self.chk_b.d.next = self.fail_b.val();
        self.chk_zero.d.next = self.fail_zero.val();
        // The checks on the layer registers alone (settled long before) fold into chk_go with
        // the state decode; the three room checks into one register; overlap stays alone
        // (its 19-bit chain leaves no time for more logic).
        self.chk_go.d.next = (self.state.q.val() == TileState::Decode)
            & (self.opcode.val() == self.op_fc.val())
            & !(self.fail_p.val() | self.fail_b.val() | self.fail_zero.val());
        self.chk_room.d.next = self.fail_y.val() | self.fail_x.val() | self.fail_w.val();
        self.chk_pass.next =
            self.chk_go.q.val() & !self.chk_overlap.q.val() & !self.chk_room.q.val();
        // Lowest priority first: the first failing check of §7 is written last.
        self.d_err.next = self.err_none.val();
        if self.chk_overlap.q.val() {
            self.d_err.next = self.err_overlap.val();
        }
        if self.chk_p.q.val() {
            self.d_err.next = self.err_p_range.val();
        }
        if self.chk_y.q.val() {
            self.d_err.next = self.err_y_range.val();
        }
        if self.chk_x.q.val() {
            self.d_err.next = self.err_x_range.val();
        }
        if self.chk_w.q.val() {
            self.d_err.next = self.err_w_range.val();
        }
        if self.chk_b.q.val() {
            self.d_err.next = self.err_batch.val();
        }
        if self.chk_zero.q.val() {
            self.d_err.next = self.err_zero_len.val();
        }

        // ---- MAC issue engine (§8).
        self.e_kend.next = self.e_kd.q.val().get_bit(12);
        self.e_kfin.next = self.e_kin.q.val() & self.e_kf.q.val().get_bit(12);
        self.e_issue.next = self.e_issue_q.q.val();
        // Idle, the engine keeps e_kin set and the k counters loading (below), so Check need
        // not touch them: no state decode sits in front of these flip-flops.
        self.e_kin_next.next = self.e_kin.q.val() | !self.e_active.q.val();
        // chk_pass: in Check, every check passed (the engine starts at the coming edge).
        self.e_active_next.next = self.e_active.q.val() | self.chk_pass.val();
        // With max_batch = 1 every running FC has B = 1 (§7's BATCH), so b always ends a
        // vector: the constant folds the b loop (and e_xaddr + K) away.
        self.e_bend_c.next = self.e_bend.q.val() | self.mb1.val();
        self.dr_bend_c.next = self.dr_bend.q.val() | self.mb1.val();
        self.e_last.next = self.e_issue.val() & self.e_kfin.val() & self.e_bend_c.val();
        self.e_binc.next = self.e_b.q.val() + 1;
        // The next group's channel base, size and slot length, pipelined over three registers
        // from e_ch: valid three cycles after a group starts, and every slot but the last lasts
        // at least L*B >= 4 cycles. Whether the current group is the last is the register
        // e_lastg (set at Decode, then from nx_next_last when a group starts).
        // 13 bits: nx_ch + L stays below 2^13 for any channel base below 4096 (nx_rem is garbage
        // past the last group, where nothing loads it).
        self.nx_ch.d.next =
            bit_cast::<13, 12>(self.e_ch.q.val()) + bit_cast::<13, 16>(self.n_lanes.val());
        self.nx_rem.d.next = bit_cast::<13, 16>(self.l_n.q.val()) - self.nx_ch.q.val();
        self.nx_next_last.d.next = self.nx_ch.q.val() + bit_cast::<13, 16>(self.n_lanes.val())
            >= bit_cast::<13, 16>(self.l_n.q.val());
        // 15 bits hold N − L, N − K (both in (−4096, 4096)) minus or plus nx_ch (< 4128).
        self.nx_remm2.d.next = self.l_nm2.q.val() - self.nx_ch.q.val();
        self.nx_lt_l.next = self.l_nml.q.val() - bit_cast::<15, 13>(self.nx_ch.q.val());
        self.nx_rem_lt_l.d.next = self.nx_lt_l.val().get_bit(14);
        self.nx_gt_k.next = bit_cast::<15, 13>(self.nx_ch.q.val()) - self.l_nmk.q.val();
        self.nx_rem_gt_k.d.next = self.nx_gt_k.val().get_bit(14);
        self.nx_n.d.next = bit_cast::<5, 16>(self.n_lanes.val());
        if self.nx_rem_lt_l.q.val() {
            self.nx_n.d.next = bit_cast::<5, 13>(self.nx_rem.q.val());
        }
        // The next group's kmax − 2: kmax is n when it has more channels n than inputs K, else K.
        self.nx_wide.next = self.nx_rem_gt_k.q.val() & self.l_k_lt_l.q.val();
        self.nx_km2.d.next = self.l_km2.q.val();
        if self.nx_wide.val() {
            self.nx_km2.d.next = bit_cast::<13, 16>(self.n_lanes.val() - 2);
            if self.nx_rem_lt_l.q.val() {
                self.nx_km2.d.next = self.nx_remm2.q.val();
            }
        }
        if self.serial_c.val() {
            self.nx_km2.d.next = self.s_km2_full.val();
            if self.nx_next_last.q.val() {
                self.nx_km2.d.next = self.s_km2_last.val();
            }
        }
        // In Check, nx_km2 holds the first group's start instead (nothing else reads it then).
        if self.state.q.val() == TileState::Decode {
            self.nx_km2.d.next = self.d_kd0.q.val();
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
            self.e_kf_base.next = self.l_km2.q.val();
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
        self.p3_valid.d.next = self.p2_valid.q.val();
        self.p3_first.d.next = self.p2_first.q.val();
        self.p3_b.d.next = self.p2_b.q.val();
        self.p3_last.d.next = self.p2_last.q.val();
        self.p3_ch.d.next = self.p2_ch.q.val();
        self.p3_n.d.next = self.p2_n.q.val();
        self.p3_lastg.d.next = self.p2_lastg.q.val();
        self.p4_last.d.next = self.p3_last.q.val();
        self.p4_ch.d.next = self.p3_ch.q.val();
        self.p4_n.d.next = self.p3_n.q.val();
        self.p4_lastg.d.next = self.p3_lastg.q.val();
        if self.e_issue.val() {
            self.c_a_reads.en.next = true;
            self.c_busy.en.next = true;
            self.c_macs.inc.next = self.e_n.q.val();
            if self.e_b.q.val() == 0 {
                self.c_w_reads.en.next = true;
            }
        }
        if self.e_active.q.val() {
            if self.e_bend_c.val() {
                self.e_b.d.next = 0.into();
                self.e_bend.d.next = self.l_b1.q.val();
                self.e_xoff.d.next = 0.into();
                if self.e_kend.val() {
                    if self.e_lastg.q.val() {
                        self.e_active_next.next = false;
                    } else {
                        self.e_kfirst.d.next = true;
                        self.e_kin_next.next = true;
                        self.e_xk.d.next = self.f_xbase.q.val();
                        self.e_xaddr.d.next = self.f_xbase.q.val();
                        self.e_waddr.d.next = self.e_wgroup.q.val() + self.l_k.q.val();
                        self.e_ch.d.next = bit_cast::<12, 13>(self.nx_ch.q.val());
                        self.e_wgroup.d.next = self.e_wgroup.q.val() + self.l_k.q.val();
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
                self.e_bend.d.next = self.e_binc.val() == self.l_bm1.q.val();
                self.e_xoff.d.next = self.e_xoff.q.val() + self.l_k.q.val();
                self.e_xaddr.d.next = self.e_xaddr.q.val() + self.l_k.q.val();
            }
        }

        // ---- Drain: one shadow element per cycle into the requantizer (§8).
        self.dr_last_elem.next = self.dr_bend_c.val() & self.dr_ld.q.val().get_bit(5);
        self.dr_binc.next = self.dr_b.q.val() + 1;
        self.rq.clock.next = self.clock.val();
        self.rq.reset.next = self.reset.val();
        self.dr_entry.next = self.dr_active.q.val();
        if self.drain_dm1.val() != 0 {
            self.dr_entry.next = self.dr_go.q.val();
            self.dr_wait.d.next = self.dr_wait.q.val() - 1;
            if self.dr_entry.val() {
                self.dr_wait.d.next = self.drain_dm1.val();
            }
        }
        self.dr_go.d.next =
            self.dr_active.q.val() & !self.dr_entry.val() & (self.dr_wait.q.val() == 1);
        self.rq.in_valid.next = self.dr_entry.val();
        self.rq.in_last.next =
            self.dr_entry.val() & self.dr_lastg.q.val() & self.dr_last_elem.val();
        self.rq.in_addr.next = self.dr_yaddr.q.val() + self.dr_yoff.q.val();
        self.rq.bias.next = self.bias.read_data.val();
        self.rq.mult.next = self.mult.read_data.val();
        self.rq.shift.next = self.shift.read_data.val();
        self.rq.zp.next = self.l_zp.q.val();
        self.rq.relu.next = self.l_relu.q.val();
        if self.dr_entry.val() {
            self.c_p_reads.en.next = true;
            if self.dr_bend_c.val() {
                self.dr_b.d.next = 0.into();
                self.dr_bend.d.next = self.l_b1.q.val();
                self.dr_yoff.d.next = 0.into();
                self.dr_ld.d.next = self.dr_ld.q.val() - 1;
                self.dr_paddr.d.next = self.dr_paddr.q.val() + 1;
                self.dr_yaddr.d.next = self.dr_yaddr.q.val() + 1;
                if self.dr_last_elem.val() {
                    self.dr_active.d.next = false;
                }
            } else {
                self.dr_b.d.next = self.dr_binc.val();
                self.dr_bend.d.next = self.dr_binc.val() == self.l_bm1.q.val();
                self.dr_yoff.d.next = self.dr_yoff.q.val() + self.l_n.q.val();
            }
        }
        if self.p4_last.q.val() {
            self.dr_active.d.next = true;
            self.dr_wait.d.next = 0.into();
            self.dr_go.d.next = true;
            self.dr_b.d.next = 0.into();
            self.dr_yoff.d.next = 0.into();
            self.dr_bend.d.next = self.l_b1.q.val();
            self.dr_ld.d.next = bit_cast::<6, 5>(self.p4_n.q.val()) - 2;
            self.dr_paddr.d.next = self.l_pbase.q.val() + bit_cast::<16, 12>(self.p4_ch.q.val());
            self.dr_yaddr.d.next = self.f_ybase.q.val() + bit_cast::<16, 12>(self.p4_ch.q.val());
            self.dr_lastg.d.next = self.p4_lastg.q.val();
        }

        // ---- Multipliers: one pair of lanes per DSP, the activation byte shared.
        for i in 0..self.muls.len() {
            self.muls[i].clock.next = self.clock.val();
            self.muls[i].x.next = self.act.read_data.val();
            self.muls[i].w0.next = self.lanes[2 * i].w_out.val();
            self.muls[i].w1.next = self.lanes[2 * i + 1].w_out.val();
            self.lanes[2 * i].prod_in.next = self.muls[i].p0.val();
            self.lanes[2 * i + 1].prod_in.next = self.muls[i].p1.val();
        }

        // ---- Lanes.
        for i in 0..self.lanes.len() {
            self.lanes[i].clock.next = self.clock.val();
            self.lanes[i].reset.next = self.reset.val();
            self.lanes[i].w_we.next = self.stopped.val()
                & self.host_we.val()
                & self.host_in_w.val()
                & (self.host_sel.val() == self.sel_weight.val())
                & (self.host_lane.val().index() == i);
            self.lanes[i].w_waddr.next = bit_cast::<WA, 16>(self.hw_word.val());
            self.lanes[i].w_wdata.next = self.hw_data.q.val().get_bits::<8>(0);
            self.lanes[i].w_raddr.next = bit_cast::<WA, 16>(self.e_waddr.q.val());
            self.lanes[i].acc_en.next = self.p3_valid.q.val();
            self.lanes[i].acc_first.next = self.p3_first.q.val();
            self.lanes[i].acc_b.next = self.p3_b.q.val();
            self.lanes[i].shadow_load.next = self.p4_last.q.val();
            self.lanes[i].shadow_shift.next = self.dr_entry.val();
            self.lanes[i].drain_b.next = self.dr_b.q.val();
            self.lanes[i].chain_in0.next = 0.into();
            self.lanes[i].chain_in1.next = 0.into();
            self.lanes[i].chain_in2.next = 0.into();
            self.lanes[i].chain_in3.next = 0.into();
        }
        for i in 1..self.lanes.len() {
            self.lanes[i - 1].chain_in0.next = self.lanes[i].shadow0.val();
            self.lanes[i - 1].chain_in1.next = self.lanes[i].shadow1.val();
            self.lanes[i - 1].chain_in2.next = self.lanes[i].shadow2.val();
            self.lanes[i - 1].chain_in3.next = self.lanes[i].shadow3.val();
        }

        // The drain reads the shadow chain's head (lane.rs): element j reaches lane 0 after the
        // j entries before it shifted its chain.
        self.dr_head.d.next = self.lanes[0].shadow_out.val();
        // Sign extension of the 27-bit head (0x400_0000 = 2^(ACC_BITS-1), a literal for hdl_gen).
        self.dr_value.next =
            bit_cast::<32, ACC_BITS>(self.dr_head.q.val() ^ 0x400_0000_u64) - 0x400_0000_u64;
        self.rq.in_acc.next = self.dr_value.val();
        if self.rq.out_valid.val() {
            self.c_a_writes.en.next = true;
        }

        // ---- Sequencer (§8).
        // pc + 1 >= ID as a zero test of the bits above the (power-of-two) depth, registered
        // into pc_over wherever pc advances.
        self.pc_inc.next = self.pc_q.q.val() + 1;
        self.pc_inc_over.next = (self.pc_inc.val() >> self.instr_log2.val()) != 0;
        self.st_last.next = (self.settle_m1.val() == 0) | (self.st_left.q.val() == 0);
        self.host_bad_q.d.next = false;
        if self.stopped.val() {
            // While stopped the requantizer writes nothing (every FC ends with its last write),
            // so the host owns the activation write port outright.
            self.act.write_address.next = bit_cast::<AA, 16>(self.hw_addr.q.val());
            self.act.write_data.next = self.hw_data.q.val().get_bits::<8>(0);
            self.act.write_enable.next = self.hw_act.q.val();
            self.hw_act.d.next = self.host_we.val()
                & (self.host_sel.val() == self.sel_act.val())
                & self.host_in_a.val();
            self.hw_bias.d.next = self.host_we.val()
                & (self.host_sel.val() == self.sel_bias.val())
                & self.host_in_p.val();
            self.hw_mult.d.next = self.host_we.val()
                & (self.host_sel.val() == self.sel_mult.val())
                & self.host_in_p.val();
            self.hw_shift.d.next = self.host_we.val()
                & (self.host_sel.val() == self.sel_shift.val())
                & self.host_in_p.val();
            self.hw_ilo.d.next = self.host_we.val()
                & (self.host_sel.val() == self.sel_instr.val())
                & self.host_in_i.val()
                & !self.host_addr.val().get_bit(0);
            self.hw_ihi.d.next = self.host_we.val()
                & (self.host_sel.val() == self.sel_instr.val())
                & self.host_in_i.val()
                & self.host_addr.val().get_bit(0);
            if self.host_re.val() {
                self.act.read_address.next = bit_cast::<AA, 16>(self.host_addr.val());
                self.rvalid_q.d.next = self.host_ok_r.val();
                // A write in the same cycle hits the same byte (one address, one select); else
                // the registered write, performed at this edge, may.
                self.coll_q.d.next = self.host_we.val() | self.hw_hit.val();
                self.coll_data.d.next = self.hw_data.q.val().get_bits::<8>(0);
                if self.host_we.val() {
                    self.coll_data.d.next = self.host_wdata.val().get_bits::<8>(0);
                }
            }
            // §4: an out-of-range access stops the tile at the next edge (through a register,
            // so the address decode does not reach the state), and start counts only in a cycle
            // without an access (so the counters' clear does not depend on it either).
            self.host_bad_q.d.next = (self.host_we.val() & !self.host_ok_w.val())
                | (self.host_re.val() & !self.host_ok_r.val());
            if self.host_bad_q.q.val() {
                self.state.d.next = TileState::Error;
                self.err_q.d.next = self.err_host_range.val();
            } else if self.start.val() & !self.host_we.val() & !self.host_re.val() {
                self.state.d.next = TileState::Fetch;
                self.run_q.d.next = true;
                self.pc_q.d.next = 0.into();
                self.pc_over.d.next = false;
                self.err_q.d.next = self.err_none.val();
                self.c_cycles.clear.next = true;
                self.c_busy.clear.next = true;
                self.c_macs.clear.next = true;
                self.c_w_reads.clear.next = true;
                self.c_a_reads.clear.next = true;
                self.c_a_writes.clear.next = true;
                self.c_p_reads.clear.next = true;
                self.c_i_reads.clear.next = true;
            }
        }
        if self.state.q.val() == TileState::Fetch {
            self.c_cycles.en.next = true;
            if self.pc_over.q.val() {
                self.state.d.next = TileState::Error;
                self.run_q.d.next = false;
                self.err_q.d.next = self.err_pc_range.val();
            } else {
                self.c_i_reads.en.next = true;
                self.state.d.next = TileState::Latch;
            }
        }
        if self.state.q.val() == TileState::Latch {
            // Nothing but this register is fed by the instruction SRAM's (slow) output.
            self.ir.d.next = self.instr.val();
            self.c_cycles.en.next = true;
            self.state.d.next = TileState::Decode;
        }
        if self.state.q.val() == TileState::Decode {
            self.c_cycles.en.next = true;
            self.state.d.next = TileState::Error;
            self.run_q.d.next = false;
            self.err_q.d.next = self.err_illegal_opcode.val();
            if self.opcode.val() == self.op_nop.val() {
                self.state.d.next = TileState::Fetch;
                self.run_q.d.next = true;
                self.err_q.d.next = self.err_none.val();
                self.pc_q.d.next = self.pc_inc.val();
                self.pc_over.d.next = self.pc_inc_over.val();
            }
            if self.opcode.val() == self.op_setl.val() {
                self.state.d.next = TileState::Settle;
                self.st_left.d.next = self.settle_m1.val();
                self.run_q.d.next = true;
                self.err_q.d.next = self.err_none.val();
            }
            if self.opcode.val() == self.op_fc.val() {
                self.state.d.next = TileState::Check;
                self.run_q.d.next = true;
                self.err_q.d.next = self.err_none.val();
            }
            if self.opcode.val() == self.op_halt.val() {
                self.state.d.next = TileState::Done;
                self.run_q.d.next = false;
                self.err_q.d.next = self.err_none.val();
            }
        }
        if self.state.q.val() == TileState::Check {
            self.c_cycles.en.next = true;
            // Operands load whether or not validation passes (they are unused after an error).
            self.f_wbase.d.next = self.ir.q.val().get_bits::<16>(0);
            self.f_xbase.d.next = self.ir.q.val().get_bits::<16>(16);
            self.f_ybase.d.next = self.ir.q.val().get_bits::<16>(32);
            self.e_kfirst.d.next = true;
            self.e_b.d.next = 0.into();
            self.e_xk.d.next = self.ir.q.val().get_bits::<16>(16);
            self.e_xaddr.d.next = self.ir.q.val().get_bits::<16>(16);
            self.e_waddr.d.next = self.ir.q.val().get_bits::<16>(0);
            self.e_xoff.d.next = 0.into();
            self.e_wgroup.d.next = self.ir.q.val().get_bits::<16>(0);
            self.e_ch.d.next = 0.into();
            self.e_lastg.d.next = self.d_single.q.val();
            self.e_n.d.next = bit_cast::<5, 16>(self.d_first_n.q.val());
            self.e_bend.d.next = self.l_b1.q.val();
            self.err_q.d.next = self.d_err.val();
            if self.chk_pass.val() {
                self.state.d.next = TileState::Exec;
            } else {
                self.state.d.next = TileState::Error;
                self.run_q.d.next = false;
            }
        }
        if self.state.q.val() == TileState::Settle {
            self.l_k.d.next = bit_cast::<16, 12>(self.ir.q.val().get_bits::<12>(0));
            self.l_n.d.next = bit_cast::<16, 12>(self.ir.q.val().get_bits::<12>(12));
            self.l_b.d.next = bit_cast::<16, 3>(self.ir.q.val().get_bits::<3>(24));
            self.l_km2.d.next = bit_cast::<13, 12>(self.ir.q.val().get_bits::<12>(0)) - 2;
            self.l_nm2.d.next = bit_cast::<13, 12>(self.ir.q.val().get_bits::<12>(12)) - 2;
            self.l_nml.d.next = bit_cast::<15, 12>(self.ir.q.val().get_bits::<12>(12))
                - bit_cast::<15, 16>(self.n_lanes.val());
            self.l_nmk.d.next = bit_cast::<15, 12>(self.ir.q.val().get_bits::<12>(12))
                - bit_cast::<15, 12>(self.ir.q.val().get_bits::<12>(0));
            self.l_k_lt_l.d.next =
                bit_cast::<16, 12>(self.ir.q.val().get_bits::<12>(0)) < self.n_lanes.val();
            self.l_bm1.d.next = self.ir.q.val().get_bits::<2>(24) - 1;
            self.l_b1.d.next = self.ir.q.val().get_bits::<3>(24) == 1;
            self.l_relu.d.next = self.ir.q.val().get_bit(27);
            self.l_zp.d.next = self.ir.q.val().get_bits::<8>(28);
            self.l_pbase.d.next = bit_cast::<16, 12>(self.ir.q.val().get_bits::<12>(36));
            self.c_cycles.en.next = true;
            self.st_left.d.next = self.st_left.q.val() - 1;
            if self.st_last.val() {
                self.state.d.next = TileState::Fetch;
                self.pc_q.d.next = self.pc_inc.val();
                self.pc_over.d.next = self.pc_inc_over.val();
            }
        }
        if self.state.q.val() == TileState::Exec {
            self.c_cycles.en.next = true;
            if self.rq.out_valid.val() & self.rq.out_last.val() {
                self.state.d.next = TileState::Fetch;
                self.pc_q.d.next = self.pc_inc.val();
                self.pc_over.d.next = self.pc_inc_over.val();
            }
        }

        self.e_kin.d.next = self.e_kin_next.val();
        self.e_active.d.next = self.e_active_next.val();
        self.e_issue_q.d.next = self.e_active_next.val() & self.e_kin_next.val();

        // ---- Synchronous reset wins (§8): registers cleared, no SRAM written this cycle.
        if self.reset.val() {
            // The engine's write is dropped; a registered host write (accepted at the
            // previous edge) still happens.
            self.act.write_enable.next = self.stopped.val() & self.hw_act.q.val();
            self.hw_act.d.next = false;
            self.hw_bias.d.next = false;
            self.hw_mult.d.next = false;
            self.hw_shift.d.next = false;
            self.hw_ilo.d.next = false;
            self.hw_ihi.d.next = false;
            self.state.d.next = TileState::Idle;
            self.run_q.d.next = false;
            self.pc_q.d.next = 0.into();
            self.pc_over.d.next = false;
            self.err_q.d.next = self.err_none.val();
            self.rvalid_q.d.next = false;
            self.rvalid2_q.d.next = false;
            self.rdata_hold.d.next = 0.into();
            self.coll_q.d.next = false;
            self.coll_hold.d.next = false;
            self.host_bad_q.d.next = false;
            self.l_k.d.next = 0.into();
            self.l_n.d.next = 0.into();
            self.l_b.d.next = 0.into();
            self.l_km2.d.next = 0x1FFE.into();
            self.l_bm1.d.next = 3.into();
            self.l_b1.d.next = false;
            self.l_relu.d.next = false;
            self.l_zp.d.next = 0.into();
            self.l_pbase.d.next = 0.into();
            self.c_cycles.clear.next = true;
            self.c_busy.clear.next = true;
            self.c_macs.clear.next = true;
            self.c_w_reads.clear.next = true;
            self.c_a_reads.clear.next = true;
            self.c_a_writes.clear.next = true;
            self.c_p_reads.clear.next = true;
            self.c_i_reads.clear.next = true;
            self.e_active.d.next = false;
            self.e_issue_q.d.next = false;
            self.chk_go.d.next = false;
            self.p1_valid.d.next = false;
            self.p1_last.d.next = false;
            self.p2_valid.d.next = false;
            self.p2_last.d.next = false;
            self.p3_valid.d.next = false;
            self.p3_last.d.next = false;
            self.p4_last.d.next = false;
            self.dr_active.d.next = false;
            self.dr_go.d.next = false;
        }
    }
}
