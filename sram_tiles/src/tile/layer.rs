//! The tile's layer registers and FC validation (docs/tile.md §5 SETL, §7 checks): what a SETL
//! sets, the bounds derived from it, and the checks of an FC against them.
//!
//! # Contract
//! - In every Settle cycle (`settle`) the layer registers load from the SETL word in `ir`; they
//!   hold otherwise. `k`, `n`, `relu`, `zp`, `pbase` are the SETL fields; `b1` is `B = 1`, `bm1`
//!   `B − 1` (2 bits), `km2 = K − 2` and `nm2 = N − 2` (13-bit two's complement), `nml = N − L`
//!   and `nmk = N − K` (15 bits), `k_lt_l` is `K < L`.
//! - Over the cycles after Settle (the sequencer's Settle lasts `S ≥ 2` cycles, §2) the bounds
//!   derive from the layer registers, so that they are registered before an FC's Check:
//!   `first_n = min(N, L)`, `single = N ≤ L`, `kd0` the first group's `kmax − 2`, and for the
//!   serial requantizer `km2_full` / `km2_last`, a full and the last group's `kmax − 2` (§8's
//!   slot: `kmax = max(K, n·D)`). `G·K` is computed on the requantizer's multiplier, lent in
//!   Settle: `aux_next` asks for it in the cycle before, with `aux_a = G`, `aux_b = K`; it comes
//!   back on `aux_p` with `aux_valid`.
//! - In Check, `chk_pass` says every check of §7 passed for the FC in `ir`; `chk_err` is the
//!   first failing check's code (§7's order) or 0. Both are meaningful in Check only (the
//!   checks are registered from Decode, whose inputs hold still over both cycles).
//! - Reset clears the layer registers to a zero layer.

use super::{err, log2};
use rust_hdl::prelude::*;
use spec::tile::{RequantKind, TileConfig, TileError};

/// Layer registers and FC checks. See the module docs.
#[derive(LogicBlock)]
pub struct Layer {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// The instruction register.
    pub ir: Signal<In, Bits<64>>,
    /// In Settle: load the layer registers from `ir`.
    pub settle: Signal<In, Bit>,
    /// In Decode with a SETL.
    pub setl_decode: Signal<In, Bit>,
    /// In Decode with an FC.
    pub fc_decode: Signal<In, Bit>,
    /// The lent multiplier's product `G·K` is valid.
    pub aux_valid: Signal<In, Bit>,
    /// The lent multiplier's product.
    pub aux_p: Signal<In, Bits<32>>,
    /// Ask for the multiplier (at the edge into Settle).
    pub aux_next: Signal<Out, Bit>,
    /// Multiplier operand `G = ceil(N / L)`.
    pub aux_a: Signal<Out, Bits<16>>,
    /// Multiplier operand `K`.
    pub aux_b: Signal<Out, Bits<16>>,
    /// `K`.
    pub k: Signal<Out, Bits<16>>,
    /// `N`.
    pub n: Signal<Out, Bits<16>>,
    /// `B = 1`.
    pub b1: Signal<Out, Bit>,
    /// `B − 1`.
    pub bm1: Signal<Out, Bits<2>>,
    /// `K − 2`.
    pub km2: Signal<Out, Bits<13>>,
    /// `N − 2`.
    pub nm2: Signal<Out, Bits<13>>,
    /// `N − L`.
    pub nml: Signal<Out, Bits<15>>,
    /// `N − K`.
    pub nmk: Signal<Out, Bits<15>>,
    /// `K < L`.
    pub k_lt_l: Signal<Out, Bit>,
    /// ReLU.
    pub relu: Signal<Out, Bit>,
    /// Output zero point.
    pub zp: Signal<Out, Bits<8>>,
    /// Parameter base.
    pub pbase: Signal<Out, Bits<16>>,
    /// The first group's `kmax − 2`.
    pub kd0: Signal<Out, Bits<13>>,
    /// `N ≤ L`: one group.
    pub single: Signal<Out, Bit>,
    /// `min(N, L)`: the first group's size.
    pub first_n: Signal<Out, Bits<16>>,
    /// Serial kind: a full group's `kmax − 2`.
    pub km2_full: Signal<Out, Bits<13>>,
    /// Serial kind: the last group's `kmax − 2`.
    pub km2_last: Signal<Out, Bits<13>>,
    /// In Check: every check passed.
    pub chk_pass: Signal<Out, Bit>,
    /// In Check: the first failing check's error code, or 0.
    pub chk_err: Signal<Out, Bits<4>>,

    err_none: Constant<Bits<4>>,
    err_zero_len: Constant<Bits<4>>,
    err_batch: Constant<Bits<4>>,
    err_w_range: Constant<Bits<4>>,
    err_x_range: Constant<Bits<4>>,
    err_y_range: Constant<Bits<4>>,
    err_p_range: Constant<Bits<4>>,
    err_overlap: Constant<Bits<4>>,
    n_lanes: Constant<Bits<16>>,
    lanes_log2: Constant<Bits<16>>,
    max_batch: Constant<Bits<16>>,
    weight_words: Constant<Bits<32>>,
    act_bytes: Constant<Bits<32>>,
    param_entries: Constant<Bits<32>>,
    // The serial kind's slot lengths L·D and L·D − 2 (zero for the pipelined kind, whose slot
    // logic then folds away).
    serial_c: Constant<Bit>,
    lanes_d: Constant<Bits<16>>,
    lanes_d_m2: Constant<Bits<13>>,

    l_k: DFF<Bits<16>>,
    l_n: DFF<Bits<16>>,
    l_b: DFF<Bits<16>>,
    l_relu: DFF<Bit>,
    l_zp: DFF<Bits<8>>,
    l_pbase: DFF<Bits<16>>,
    l_km2: DFF<Bits<13>>,
    l_bm1: DFF<Bits<2>>,
    l_b1: DFF<Bit>,
    l_nm2: DFF<Bits<13>>,
    l_nml: DFF<Bits<15>>,
    l_nmk: DFF<Bits<15>>,
    l_k_lt_l: DFF<Bit>,
    aux_g: DFF<Bits<16>>,
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
    d_single: DFF<Bit>,
    // The first group's e_kd start, max(K, n_0) - 2, registered with the other bounds: n_0 - 2
    // and whether n_0 = min(N, L) > K a cycle earlier (from layer registers), then the choice.
    d_kd0: DFF<Bits<13>>,
    d_first_nm2: DFF<Bits<13>>,
    d_first_n_gt_k: DFF<Bit>,
    // The serial kind's slot: kmax = max(K, n·D) per group (§8). The last group's n, n·D,
    // n·D - 2, and whether n·D > K for it and for a full group, derived in Settle.
    s_lastn: DFF<Bits<5>>,
    s_lastnd: DFF<Bits<13>>,
    s_lastm2: DFF<Bits<13>>,
    s_lastwide: DFF<Bit>,
    s_fullwide: DFF<Bit>,
    s_km2_last: Signal<Local, Bits<13>>,
    s_km2_full: Signal<Local, Bits<13>>,
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
}

impl Layer {
    /// The layer block of a tile of `config`.
    pub fn new(config: &TileConfig) -> Self {
        let (wa, aa, pa, _) = config.sram().address_bits();
        let (lanes, kind) = (config.lanes(), config.requant());
        let kind_d = kind.timing().drain_interval;
        // The serial slot logic multiplies n by D = 11 as 8 + 2 + 1.
        assert!(kind == RequantKind::Pipelined || kind_d == 11);
        Layer {
            clock: Default::default(),
            reset: Default::default(),
            ir: Default::default(),
            settle: Default::default(),
            setl_decode: Default::default(),
            fc_decode: Default::default(),
            aux_valid: Default::default(),
            aux_p: Default::default(),
            aux_next: Default::default(),
            aux_a: Default::default(),
            aux_b: Default::default(),
            k: Default::default(),
            n: Default::default(),
            b1: Default::default(),
            bm1: Default::default(),
            km2: Default::default(),
            nm2: Default::default(),
            nml: Default::default(),
            nmk: Default::default(),
            k_lt_l: Default::default(),
            relu: Default::default(),
            zp: Default::default(),
            pbase: Default::default(),
            kd0: Default::default(),
            single: Default::default(),
            first_n: Default::default(),
            km2_full: Default::default(),
            km2_last: Default::default(),
            chk_pass: Default::default(),
            chk_err: Default::default(),
            err_none: Constant::new(0.into()),
            err_zero_len: err(TileError::ZeroLen),
            err_batch: err(TileError::Batch),
            err_w_range: err(TileError::WRange),
            err_x_range: err(TileError::XRange),
            err_y_range: err(TileError::YRange),
            err_p_range: err(TileError::PRange),
            err_overlap: err(TileError::Overlap),
            n_lanes: Constant::new((lanes as u64).into()),
            lanes_log2: Constant::new(log2(lanes).into()),
            max_batch: Constant::new((config.max_batch() as u64).into()),
            weight_words: Constant::new((1u64 << wa).into()),
            act_bytes: Constant::new((1u64 << aa).into()),
            param_entries: Constant::new((1u64 << pa).into()),
            serial_c: Constant::new(kind == RequantKind::Serial),
            lanes_d: Constant::new(((lanes * kind_d) as u64).into()),
            lanes_d_m2: Constant::new(((lanes * kind_d) as u64 - 2).into()),
            l_k: Default::default(),
            l_n: Default::default(),
            l_b: Default::default(),
            l_relu: Default::default(),
            l_zp: Default::default(),
            l_pbase: Default::default(),
            l_km2: Default::default(),
            l_bm1: Default::default(),
            l_b1: Default::default(),
            l_nm2: Default::default(),
            l_nml: Default::default(),
            l_nmk: Default::default(),
            l_k_lt_l: Default::default(),
            aux_g: Default::default(),
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
            d_single: Default::default(),
            d_kd0: Default::default(),
            d_first_nm2: Default::default(),
            d_first_n_gt_k: Default::default(),
            s_lastn: Default::default(),
            s_lastnd: Default::default(),
            s_lastm2: Default::default(),
            s_lastwide: Default::default(),
            s_fullwide: Default::default(),
            s_km2_last: Default::default(),
            s_km2_full: Default::default(),
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
        }
    }
}

impl Logic for Layer {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            l_k,
            l_n,
            l_b,
            l_relu,
            l_zp,
            l_pbase,
            l_km2,
            l_bm1,
            l_b1,
            l_nm2,
            l_nml,
            l_nmk,
            l_k_lt_l,
            aux_g,
            setl_q,
            setl_q2,
            d_w_room,
            d_w_over,
            d_x_room,
            d_x_over,
            d_y_room,
            d_y_over,
            d_bk,
            d_bn,
            d_p_end,
            d_first_n,
            d_single,
            d_kd0,
            d_first_nm2,
            d_first_n_gt_k,
            s_lastn,
            s_lastnd,
            s_lastm2,
            s_lastwide,
            s_fullwide,
            chk_overlap,
            chk_p,
            chk_y,
            chk_x,
            chk_w,
            chk_b,
            chk_zero,
            chk_go,
            chk_room
        );
        self.k.next = self.l_k.q.val();
        self.n.next = self.l_n.q.val();
        self.b1.next = self.l_b1.q.val();
        self.bm1.next = self.l_bm1.q.val();
        self.km2.next = self.l_km2.q.val();
        self.nm2.next = self.l_nm2.q.val();
        self.nml.next = self.l_nml.q.val();
        self.nmk.next = self.l_nmk.q.val();
        self.k_lt_l.next = self.l_k_lt_l.q.val();
        self.relu.next = self.l_relu.q.val();
        self.zp.next = self.l_zp.q.val();
        self.pbase.next = self.l_pbase.q.val();
        self.kd0.next = self.d_kd0.q.val();
        self.single.next = self.d_single.q.val();
        self.first_n.next = self.d_first_n.q.val();

        // The layer registers (SETL).
        if self.settle.val() {
            self.l_k.d.next = bit_cast::<16, 12>(self.ir.val().get_bits::<12>(0));
            self.l_n.d.next = bit_cast::<16, 12>(self.ir.val().get_bits::<12>(12));
            self.l_b.d.next = bit_cast::<16, 3>(self.ir.val().get_bits::<3>(24));
            self.l_km2.d.next = bit_cast::<13, 12>(self.ir.val().get_bits::<12>(0)) - 2;
            self.l_nm2.d.next = bit_cast::<13, 12>(self.ir.val().get_bits::<12>(12)) - 2;
            self.l_nml.d.next = bit_cast::<15, 12>(self.ir.val().get_bits::<12>(12))
                - bit_cast::<15, 16>(self.n_lanes.val());
            self.l_nmk.d.next = bit_cast::<15, 12>(self.ir.val().get_bits::<12>(12))
                - bit_cast::<15, 12>(self.ir.val().get_bits::<12>(0));
            self.l_k_lt_l.d.next =
                bit_cast::<16, 12>(self.ir.val().get_bits::<12>(0)) < self.n_lanes.val();
            self.l_bm1.d.next = self.ir.val().get_bits::<2>(24) - 1;
            self.l_b1.d.next = self.ir.val().get_bits::<3>(24) == 1;
            self.l_relu.d.next = self.ir.val().get_bit(27);
            self.l_zp.d.next = self.ir.val().get_bits::<8>(28);
            self.l_pbase.d.next = bit_cast::<16, 12>(self.ir.val().get_bits::<12>(36));
        }

        // Operand bounds, derived from the layer registers (written in Settle) over the two
        // cycles after Settle, so they are registered before an FC's Check: Check then
        // compares each base with a register and adds nothing, since
        // base + len > depth  <=>  len > depth or base > depth - len.
        // G*K on a (DSP) multiplier from the SETL word itself in Settle (the DSP registers its
        // operands), ready two clocks later, with the other bounds. The requantizer is idle
        // from an FC's last write on (§8), so Settle borrows its low partial-product DSP.
        // The requantizer registers the edge into Settle itself, beside its operand
        // multiplexers.
        self.aux_next.next = self.setl_decode.val();
        // G = ceil(N / L) registered from the SETL word in Decode (ir holds it from Latch on), so
        // no adder precedes the multiplier's operand in Settle.
        self.aux_g.d.next =
            (bit_cast::<16, 12>(self.ir.val().get_bits::<12>(12)) + self.n_lanes.val() - 1)
                >> self.lanes_log2.val();
        self.aux_a.next = self.aux_g.q.val();
        self.aux_b.next = bit_cast::<16, 12>(self.ir.val().get_bits::<12>(0));
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
        self.setl_q.d.next = self.settle.val();
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
        self.km2_last.next = self.s_km2_last.val();
        self.km2_full.next = self.s_km2_full.val();
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
        if self.aux_valid.val() {
            self.d_w_over.d.next = self.aux_p.val() > self.weight_words.val();
            self.d_w_room.d.next = bit_cast::<17, 32>(self.weight_words.val() - self.aux_p.val());
        }

        // The FC checks (§7), from the FC word in `ir` and the layer's derived registers.
        self.d_wbase.next = bit_cast::<17, 16>(self.ir.val().get_bits::<16>(0));
        self.d_xbase.next = bit_cast::<17, 16>(self.ir.val().get_bits::<16>(16));
        self.d_ybase.next = bit_cast::<17, 16>(self.ir.val().get_bits::<16>(32));
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
        self.chk_go.d.next =
            self.fc_decode.val() & !(self.fail_p.val() | self.fail_b.val() | self.fail_zero.val());
        self.chk_room.d.next = self.fail_y.val() | self.fail_x.val() | self.fail_w.val();
        self.chk_pass.next =
            self.chk_go.q.val() & !self.chk_overlap.q.val() & !self.chk_room.q.val();
        // Lowest priority first: the first failing check of §7 is written last.
        self.chk_err.next = self.err_none.val();
        if self.chk_overlap.q.val() {
            self.chk_err.next = self.err_overlap.val();
        }
        if self.chk_p.q.val() {
            self.chk_err.next = self.err_p_range.val();
        }
        if self.chk_y.q.val() {
            self.chk_err.next = self.err_y_range.val();
        }
        if self.chk_x.q.val() {
            self.chk_err.next = self.err_x_range.val();
        }
        if self.chk_w.q.val() {
            self.chk_err.next = self.err_w_range.val();
        }
        if self.chk_b.q.val() {
            self.chk_err.next = self.err_batch.val();
        }
        if self.chk_zero.q.val() {
            self.chk_err.next = self.err_zero_len.val();
        }

        if self.reset.val() {
            self.l_k.d.next = 0.into();
            self.l_n.d.next = 0.into();
            self.l_b.d.next = 0.into();
            self.l_km2.d.next = 0x1FFE.into();
            self.l_bm1.d.next = 3.into();
            self.l_b1.d.next = false;
            self.l_relu.d.next = false;
            self.l_zp.d.next = 0.into();
            self.l_pbase.d.next = 0.into();
            self.chk_go.d.next = false;
        }
    }
}
