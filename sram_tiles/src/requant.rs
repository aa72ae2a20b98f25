//! The requantizer (docs/tile.md §6): int32 accumulator + bias to int8, TFLite's integer-only
//! convention, in one of two kinds (§2 `requant`): `pipelined`, one element per clock, or
//! `serial`, one element per 11 clocks with no DSP.
//!
//! # Timing
//! An element enters at cycle `t` (`in_*` ports); its parameters (`bias`, `mult`, `shift`) are
//! the parameter SRAMs' outputs at `t+1`; the result is on `out_*` during `t+R` (`R = 12`
//! pipelined, `20` serial, docs/tile.md §2). `zp` and `relu` are layer registers, stable while
//! elements flow.
//!
//! # Stages (one carry chain of at most ~36 bits each, for the iCE40's Fmax)
//! [`RequantHead`]: 1 entry, 1b accumulator and parameter registers, 2 bias add, 3 left shift.
//! Then the product `t = (a*M + 2^30) >> 31`, either [`RequantPipe`] (4 and 4b four 16x16
//! partial products, each DSP's operand and product registers: a configuration Lattice's tools
//! and `icetime` know, and sign corrections, 5 partial sums, 6 low/high words, `t` from them) or
//! [`RequantSerialMid`] (3b `3a`, then `crate::serial_mul`: eleven steps, `t` in the last). [`RequantTail`]: 7 `t` registered in 34 bits, the rounding half 2^(e-1) and a mask
//! of bits e+11..33, 8 the right shift by the multiple of 8 in `e`, the rounding bit `t[e-1]` and
//! whether `t >> e` fits 12 bits, 9 the rest of the shift plus that bit (`(t + 2^(e-1)) >> e =
//! (t >> e) + t[e-1]`: no carry chain over `t`) and whether the result fits 11 bits, 10 zero
//! point and clamp (on 11 bits).
//!
//! # The lent multiplier (`aux_*`)
//! While no element is in flight (from an FC's last write on) the tile multiplies `G·K` for a
//! SETL's bounds here, so that product needs no multiplier of its own: `aux_next` for one clock,
//! the operands in the next, then `aux_valid` for one clock with `aux_p = aux_a·aux_b` (two clocks
//! later when pipelined, on its low partial-product DSP; thirteen when serial, through the
//! serial multiplier as `((aux_a·2^16)·(aux_b·2^15) + 2^30) >> 31`).

use crate::serial_mul::SerialMul;
use rtl::mul::{Mul16x16, MulTarget};
use rust_hdl::prelude::*;
use spec::tile::RequantKind;

/// The requantizer: head, product, tail.
#[derive(LogicBlock)]
pub struct Requant {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset (clears the valid bits).
    pub reset: Signal<In, Bit>,
    /// An element enters.
    pub in_valid: Signal<In, Bit>,
    /// It is the FC's last element.
    pub in_last: Signal<In, Bit>,
    /// Accumulator (int32), one cycle after its entry (the tile registers its drain head).
    pub in_acc: Signal<In, Bits<32>>,
    /// Activation address of its result.
    pub in_addr: Signal<In, Bits<16>>,
    /// Bias (int32), one cycle after entry.
    pub bias: Signal<In, Bits<32>>,
    /// Multiplier (int32), one cycle after entry.
    pub mult: Signal<In, Bits<32>>,
    /// Shift (int6), one cycle after entry.
    pub shift: Signal<In, Bits<6>>,
    /// Output zero point (int8).
    pub zp: Signal<In, Bits<8>>,
    /// Clamp at the zero point.
    pub relu: Signal<In, Bit>,
    /// A result is ready (write it this cycle).
    pub out_valid: Signal<Out, Bit>,
    /// It is the FC's last result.
    pub out_last: Signal<Out, Bit>,
    /// The int8 result.
    pub out_y: Signal<Out, Bits<8>>,
    /// Its activation address.
    pub out_addr: Signal<Out, Bits<16>>,
    /// The lent multiplication starts in the next clock (module doc).
    pub aux_next: Signal<In, Bit>,
    /// Operand of the lent multiplier.
    pub aux_a: Signal<In, Bits<16>>,
    /// Operand of the lent multiplier.
    pub aux_b: Signal<In, Bits<16>>,
    /// The lent multiplier's product, while `aux_valid`.
    pub aux_p: Signal<Out, Bits<32>>,
    /// `aux_p` holds the product.
    pub aux_valid: Signal<Out, Bit>,
    /// `aux_next` registered here, beside the operand multiplexers it drives: the tile's
    /// sequencer sits across the chip, and its route used to lead the stage-3b adder.
    aux_sel: DFF<Bit>,
    head: RequantHead,
    tail: RequantTail,
    // Exactly one of the two is present (one element), by the kind.
    pipe: Vec<RequantPipe>,
    serial: Vec<RequantSerialMid>,
}

impl Requant {
    /// A requantizer of `kind`; a pipelined one's four 16x16 multipliers are built for `target`.
    pub fn new(kind: RequantKind, target: MulTarget) -> Self {
        let (pipe, serial) = match kind {
            RequantKind::Pipelined => (vec![RequantPipe::new(target)], vec![]),
            RequantKind::Serial => (vec![], vec![RequantSerialMid::default()]),
        };
        Requant {
            clock: Default::default(),
            reset: Default::default(),
            in_valid: Default::default(),
            in_last: Default::default(),
            in_acc: Default::default(),
            in_addr: Default::default(),
            bias: Default::default(),
            mult: Default::default(),
            shift: Default::default(),
            zp: Default::default(),
            relu: Default::default(),
            out_valid: Default::default(),
            out_last: Default::default(),
            out_y: Default::default(),
            out_addr: Default::default(),
            aux_next: Default::default(),
            aux_a: Default::default(),
            aux_b: Default::default(),
            aux_p: Default::default(),
            aux_valid: Default::default(),
            aux_sel: Default::default(),
            head: Default::default(),
            tail: Default::default(),
            pipe,
            serial,
        }
    }
}

impl Logic for Requant {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, aux_sel);
        self.aux_sel.d.next = self.aux_next.val() & !self.reset.val();
        self.head.clock.next = self.clock.val();
        self.head.reset.next = self.reset.val();
        self.head.in_valid.next = self.in_valid.val();
        self.head.in_last.next = self.in_last.val();
        self.head.in_addr.next = self.in_addr.val();
        self.head.in_acc.next = self.in_acc.val();
        self.head.bias.next = self.bias.val();
        self.head.mult.next = self.mult.val();
        self.head.shift.next = self.shift.val();
        self.tail.clock.next = self.clock.val();
        self.tail.reset.next = self.reset.val();
        self.tail.zp.next = self.zp.val();
        self.tail.relu.next = self.relu.val();
        self.out_valid.next = self.tail.out_valid.val();
        self.out_last.next = self.tail.out_last.val();
        self.out_y.next = self.tail.out_y.val();
        self.out_addr.next = self.tail.out_addr.val();
        self.tail.v6.next = false;
        self.tail.l6.next = false;
        self.tail.addr6.next = 0.into();
        self.tail.e6.next = 0.into();
        self.tail.t.next = 0.into();
        self.aux_p.next = 0.into();
        self.aux_valid.next = false;
        for i in 0..self.pipe.len() {
            self.pipe[i].clock.next = self.clock.val();
            self.pipe[i].reset.next = self.reset.val();
            self.pipe[i].v3.next = self.head.v3.val();
            self.pipe[i].l3.next = self.head.l3.val();
            self.pipe[i].addr3.next = self.head.addr3.val();
            self.pipe[i].a3.next = self.head.a3.val();
            self.pipe[i].m3.next = self.head.m3.val();
            self.pipe[i].e3.next = self.head.e3.val();
            self.pipe[i].aux_sel.next = self.aux_sel.q.val();
            self.pipe[i].aux_a.next = self.aux_a.val();
            self.pipe[i].aux_b.next = self.aux_b.val();
            self.tail.v6.next = self.pipe[i].v6.val();
            self.tail.l6.next = self.pipe[i].l6.val();
            self.tail.addr6.next = self.pipe[i].addr6.val();
            self.tail.e6.next = self.pipe[i].e6.val();
            self.tail.t.next = self.pipe[i].t.val();
            self.aux_p.next = self.pipe[i].aux_p.val();
            self.aux_valid.next = self.pipe[i].aux_valid.val();
        }
        for i in 0..self.serial.len() {
            self.serial[i].clock.next = self.clock.val();
            self.serial[i].reset.next = self.reset.val();
            self.serial[i].v3.next = self.head.v3.val();
            self.serial[i].l3.next = self.head.l3.val();
            self.serial[i].addr3.next = self.head.addr3.val();
            self.serial[i].a3.next = self.head.a3.val();
            self.serial[i].v1b.next = self.head.v1b_out.val();
            self.serial[i].m1b.next = self.head.m1b.val();
            self.serial[i].e3.next = self.head.e3.val();
            self.serial[i].aux_sel.next = self.aux_sel.q.val();
            self.serial[i].aux_a.next = self.aux_a.val();
            self.serial[i].aux_b.next = self.aux_b.val();
            self.tail.v6.next = self.serial[i].v6.val();
            self.tail.l6.next = self.serial[i].l6.val();
            self.tail.addr6.next = self.serial[i].addr6.val();
            self.tail.e6.next = self.serial[i].e6.val();
            self.tail.t.next = self.serial[i].t.val();
            // The product went through the tail's stage-7 register like an element's t.
            self.aux_p.next = self.tail.t7_out.val().get_bits::<32>(0);
            self.aux_valid.next = self.serial[i].aux_valid.val();
        }
    }
}

/// Stages 1 to 3: entry, parameter registers, bias add, left shift.
#[derive(LogicBlock, Default)]
pub struct RequantHead {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// An element enters.
    pub in_valid: Signal<In, Bit>,
    /// Its last flag.
    pub in_last: Signal<In, Bit>,
    /// Its address.
    pub in_addr: Signal<In, Bits<16>>,
    /// Its accumulator, a cycle later.
    pub in_acc: Signal<In, Bits<32>>,
    /// Its bias, a cycle later.
    pub bias: Signal<In, Bits<32>>,
    /// Its multiplier, a cycle later.
    pub mult: Signal<In, Bits<32>>,
    /// Its shift, a cycle later.
    pub shift: Signal<In, Bits<6>>,
    /// Stage 3 holds an element.
    pub v3: Signal<Out, Bit>,
    /// Its last flag.
    pub l3: Signal<Out, Bit>,
    /// Its address.
    pub addr3: Signal<Out, Bits<16>>,
    /// `a = wrap32((acc + bias) << max(s, 0))`.
    pub a3: Signal<Out, Bits<32>>,
    /// `M`.
    pub m3: Signal<Out, Bits<32>>,
    /// `e = max(-s, 0)`.
    pub e3: Signal<Out, Bits<6>>,
    /// Stage 1b holds an element.
    pub v1b_out: Signal<Out, Bit>,
    /// Its multiplier `M` (the serial kind holds it from here instead of piping it).
    pub m1b: Signal<Out, Bits<32>>,
    carry: ElementDelay,
    acc1b: DFF<Bits<32>>,
    bias_r: DFF<Bits<32>>,
    mult_r: DFF<Bits<32>>,
    shift_r: DFF<Bits<6>>,
    sum2: DFF<Bits<32>>,
    m2: DFF<Bits<32>>,
    lsh2: DFF<Bits<5>>,
    e2: DFF<Bits<6>>,
    a3v: DFF<Bits<32>>,
    m3r: DFF<Bits<32>>,
    e3r: DFF<Bits<6>>,
}

impl Logic for RequantHead {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, acc1b, bias_r, mult_r, shift_r, sum2, m2, lsh2, e2, a3v, m3r, e3r);
        // Valid, last and address travel with the element: stages 1, 1b, 2, 3.
        self.carry.clock.next = self.clock.val();
        self.carry.reset.next = self.reset.val();
        self.carry.v_in.next = self.in_valid.val();
        self.carry.l_in.next = self.in_last.val();
        self.carry.a_in.next = self.in_addr.val();
        self.v3.next = self.carry.v_out.val();
        self.l3.next = self.carry.l_out.val();
        self.addr3.next = self.carry.a_out.val();
        self.a3.next = self.a3v.q.val();
        self.m3.next = self.m3r.q.val();
        self.e3.next = self.e3r.q.val();
        self.v1b_out.next = self.carry.v_second.val();
        self.m1b.next = self.mult_r.q.val();

        // 1: entry. 2: bias add (parameters arrive now).
        // 1b: the parameter SRAMs' outputs are registered before any logic uses them (block
        // RAM clock-to-output is slow on ECP5).
        self.acc1b.d.next = self.in_acc.val();
        self.bias_r.d.next = self.bias.val();
        self.mult_r.d.next = self.mult.val();
        self.shift_r.d.next = self.shift.val();
        self.sum2.d.next = self.acc1b.q.val() + self.bias_r.q.val();
        self.m2.d.next = self.mult_r.q.val();
        // The shift's two parts, max(s, 0) and e = max(-s, 0), are registered beside the bias
        // add, so stage 3's shifter starts from a register.
        self.lsh2.d.next = 0.into();
        self.e2.d.next = 0.into();
        if self.shift_r.q.val().get_bit(5) {
            self.e2.d.next = !self.shift_r.q.val() + 1;
        } else {
            self.lsh2.d.next = self.shift_r.q.val().get_bits::<5>(0);
        }
        // 3: left shift by max(s, 0).
        self.a3v.d.next = self.sum2.q.val() << self.lsh2.q.val();
        self.e3r.d.next = self.e2.q.val();
        self.m3r.d.next = self.m2.q.val();
    }
}

/// Stages 4 to 6 of the pipelined kind: `t` from four 16x16 DSP partial products.
#[derive(LogicBlock)]
pub struct RequantPipe {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Stage 3 holds an element.
    pub v3: Signal<In, Bit>,
    /// Its last flag.
    pub l3: Signal<In, Bit>,
    /// Its address.
    pub addr3: Signal<In, Bits<16>>,
    /// `a`.
    pub a3: Signal<In, Bits<32>>,
    /// `M`.
    pub m3: Signal<In, Bits<32>>,
    /// `e`.
    pub e3: Signal<In, Bits<6>>,
    /// Lend the low partial product's DSP.
    pub aux_sel: Signal<In, Bit>,
    /// Operand of the lent multiplier.
    pub aux_a: Signal<In, Bits<16>>,
    /// Operand of the lent multiplier.
    pub aux_b: Signal<In, Bits<16>>,
    /// Stage 6 holds an element.
    pub v6: Signal<Out, Bit>,
    /// Its last flag.
    pub l6: Signal<Out, Bit>,
    /// Its address.
    pub addr6: Signal<Out, Bits<16>>,
    /// Its `e`.
    pub e6: Signal<Out, Bits<6>>,
    /// Its `t = (a*M + 2^30) >> 31`, 34-bit two's complement (combinational).
    pub t: Signal<Out, Bits<34>>,
    /// The lent multiplier's product.
    pub aux_p: Signal<Out, Bits<32>>,
    /// It holds the product of the operands given two clocks ago.
    pub aux_valid: Signal<Out, Bit>,
    carry: ElementDelay,
    e4: DFF<Bits<6>>,
    e4b: DFF<Bits<6>>,
    e5: DFF<Bits<6>>,
    e6r: DFF<Bits<6>>,
    aux_q1: DFF<Bit>,
    aux_q2: DFF<Bit>,
    mul_ll: Mul16x16,
    mul_lh: Mul16x16,
    mul_hl: Mul16x16,
    mul_hh: Mul16x16,
    ca4: DFF<Bits<32>>,
    cm4: DFF<Bits<32>>,
    // Stage 4b: the DSPs' product registers (operands registered in stage 4 inside them).
    ca4b: DFF<Bits<32>>,
    cm4b: DFF<Bits<32>>,
    mid5: DFF<Bits<33>>,
    corr5: DFF<Bits<33>>,
    ll5: DFF<Bits<32>>,
    hh5: DFF<Bits<32>>,
    low6: DFF<Bits<34>>,
    hmid6: DFF<Bits<33>>,
    corr6: DFF<Bits<33>>,
    hsum: Signal<Local, Bits<32>>,
    t33: Signal<Local, Bits<33>>,
}

impl RequantPipe {
    /// Stages 4 to 6 with multipliers built for `target`.
    pub fn new(target: MulTarget) -> Self {
        RequantPipe {
            clock: Default::default(),
            reset: Default::default(),
            v3: Default::default(),
            l3: Default::default(),
            addr3: Default::default(),
            a3: Default::default(),
            m3: Default::default(),
            e3: Default::default(),
            aux_sel: Default::default(),
            aux_a: Default::default(),
            aux_b: Default::default(),
            v6: Default::default(),
            l6: Default::default(),
            addr6: Default::default(),
            e6: Default::default(),
            t: Default::default(),
            aux_p: Default::default(),
            aux_valid: Default::default(),
            carry: Default::default(),
            e4: Default::default(),
            e4b: Default::default(),
            e5: Default::default(),
            e6r: Default::default(),
            aux_q1: Default::default(),
            aux_q2: Default::default(),
            mul_ll: Mul16x16::new(target),
            mul_lh: Mul16x16::new(target),
            mul_hl: Mul16x16::new(target),
            mul_hh: Mul16x16::new(target),
            ca4: Default::default(),
            cm4: Default::default(),
            ca4b: Default::default(),
            cm4b: Default::default(),
            mid5: Default::default(),
            corr5: Default::default(),
            ll5: Default::default(),
            hh5: Default::default(),
            low6: Default::default(),
            hmid6: Default::default(),
            corr6: Default::default(),
            hsum: Default::default(),
            t33: Default::default(),
        }
    }
}

impl Logic for RequantPipe {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, e4, e4b, e5, e6r, aux_q1, aux_q2, ca4, cm4, ca4b, cm4b, mid5, corr5, ll5,
            hh5, low6, hmid6, corr6
        );
        // Stages 4, 4b, 5, 6.
        self.carry.clock.next = self.clock.val();
        self.carry.reset.next = self.reset.val();
        self.carry.v_in.next = self.v3.val();
        self.carry.l_in.next = self.l3.val();
        self.carry.a_in.next = self.addr3.val();
        self.e4.d.next = self.e3.val();
        self.e4b.d.next = self.e4.q.val();
        self.e5.d.next = self.e4b.q.val();
        self.e6r.d.next = self.e5.q.val();
        self.v6.next = self.carry.v_out.val();
        self.l6.next = self.carry.l_out.val();
        self.addr6.next = self.carry.a_out.val();
        self.e6.next = self.e6r.q.val();
        self.aux_q1.d.next = self.aux_sel.val();
        self.aux_q2.d.next = self.aux_q1.q.val();
        self.aux_valid.next = self.aux_q2.q.val();
        // 4, 4b: unsigned 16x16 partials of a*M (each DSP registers its operands, then its
        // product), and the two's complement corrections.
        self.mul_ll.clock.next = self.clock.val();
        self.mul_lh.clock.next = self.clock.val();
        self.mul_hl.clock.next = self.clock.val();
        self.mul_hh.clock.next = self.clock.val();
        self.mul_ll.a.next = self.a3.val().get_bits::<16>(0);
        self.mul_ll.b.next = self.m3.val().get_bits::<16>(0);
        if self.aux_sel.val() {
            self.mul_ll.a.next = self.aux_a.val();
            self.mul_ll.b.next = self.aux_b.val();
        }
        self.aux_p.next = self.mul_ll.p.val();
        self.mul_lh.a.next = self.a3.val().get_bits::<16>(0);
        self.mul_lh.b.next = self.m3.val().get_bits::<16>(16);
        self.mul_hl.a.next = self.a3.val().get_bits::<16>(16);
        self.mul_hl.b.next = self.m3.val().get_bits::<16>(0);
        self.mul_hh.a.next = self.a3.val().get_bits::<16>(16);
        self.mul_hh.b.next = self.m3.val().get_bits::<16>(16);
        self.ca4.d.next = 0.into();
        if self.a3.val().get_bit(31) {
            self.ca4.d.next = self.m3.val();
        }
        self.cm4.d.next = 0.into();
        if self.m3.val().get_bit(31) {
            self.cm4.d.next = self.a3.val();
        }
        // 5: a*M = ll + mid*2^16 + (hh - corr)*2^32 (mod 2^64).
        self.mid5.d.next =
            bit_cast::<33, 32>(self.mul_lh.p.val()) + bit_cast::<33, 32>(self.mul_hl.p.val());
        self.corr5.d.next =
            bit_cast::<33, 32>(self.ca4b.q.val()) + bit_cast::<33, 32>(self.cm4b.q.val());
        self.ll5.d.next = self.mul_ll.p.val();
        self.hh5.d.next = self.mul_hh.p.val();
        self.ca4b.d.next = self.ca4.q.val();
        self.cm4b.d.next = self.cm4.q.val();
        // 6: the low word with the rounding 2^30, and the high word before corrections.
        self.low6.d.next = bit_cast::<34, 32>(self.ll5.q.val())
            + (bit_cast::<34, 16>(self.mid5.q.val().get_bits::<16>(0)) << 16)
            + 0x4000_0000u64;
        self.hmid6.d.next = bit_cast::<33, 32>(self.hh5.q.val())
            + bit_cast::<33, 17>(self.mid5.q.val().get_bits::<17>(16));
        self.corr6.d.next = self.corr5.q.val();
        // t = bits 63..31 of (a*M + 2^30), sign-extended to 34 bits (room for the tail's
        // rounding half).
        self.hsum.next = self.hmid6.q.val().get_bits::<32>(0)
            - self.corr6.q.val().get_bits::<32>(0)
            + bit_cast::<32, 2>(self.low6.q.val().get_bits::<2>(32));
        self.t33.next = (bit_cast::<33, 32>(self.hsum.val()) << 1)
            | bit_cast::<33, 1>(self.low6.q.val().get_bit(31).into());
        self.t.next = bit_cast::<34, 33>(self.t33.val());
        if self.t33.val().get_bit(32) {
            self.t.next = bit_cast::<34, 33>(self.t33.val()) | 0x2_0000_0000u64;
        }
    }
}

/// The serial kind's product: stage 3b (`3a` by one adder, or the lent operands), then
/// [`SerialMul`] loaded from it, the element's last flag, address and `e` held beside it.
#[derive(LogicBlock, Default)]
pub struct RequantSerialMid {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Stage 3 holds an element.
    pub v3: Signal<In, Bit>,
    /// Its last flag.
    pub l3: Signal<In, Bit>,
    /// Its address.
    pub addr3: Signal<In, Bits<16>>,
    /// `a`.
    pub a3: Signal<In, Bits<32>>,
    /// Stage 1b holds an element.
    pub v1b: Signal<In, Bit>,
    /// Its `M`.
    pub m1b: Signal<In, Bits<32>>,
    /// `e`.
    pub e3: Signal<In, Bits<6>>,
    /// Multiply the lent operands.
    pub aux_sel: Signal<In, Bit>,
    /// Operand of the lent multiplier.
    pub aux_a: Signal<In, Bits<16>>,
    /// Operand of the lent multiplier (held by the tile through Settle).
    pub aux_b: Signal<In, Bits<16>>,
    /// An element's `t` is final (its last step).
    pub v6: Signal<Out, Bit>,
    /// Its last flag.
    pub l6: Signal<Out, Bit>,
    /// Its address.
    pub addr6: Signal<Out, Bits<16>>,
    /// Its `e`.
    pub e6: Signal<Out, Bits<6>>,
    /// The product's `t` (combinational, final while `v6` or a lent product's last step).
    pub t: Signal<Out, Bits<34>>,
    /// The tail's stage-7 register holds the lent product.
    pub aux_valid: Signal<Out, Bit>,
    mul: SerialMul,
    v3b: DFF<Bit>,
    l3b: DFF<Bit>,
    addr3b: DFF<Bits<16>>,
    e3b: DFF<Bits<6>>,
    aux3b: DFF<Bit>,
    a3b: DFF<Bits<32>>,
    a3x3: DFF<Bits<36>>,
    // M from stage 1b until the next element's: elements are D = 11 clocks apart, so it is
    // still this element's when the multiplier loads (no copy through stages 2, 3 and 3b).
    m_hold: DFF<Bits<32>>,
    a_in: Signal<Local, Bits<32>>,
    a_in36: Signal<Local, Bits<36>>,
    held_last: DFF<Bit>,
    held_addr: DFF<Bits<16>>,
    held_e: DFF<Bits<6>>,
    held_aux: DFF<Bit>,
    aux_q: DFF<Bit>,
}

impl Logic for RequantSerialMid {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, v3b, l3b, addr3b, e3b, aux3b, a3b, a3x3, m_hold, held_last, held_addr,
            held_e, held_aux, aux_q
        );
        // 3b: the element's operands and 3a, or the lent ones: G·K as
        // ((G·2^16)·(K·2^15) + 2^30) >> 31 (the requantizer is idle then).
        if self.v1b.val() {
            self.m_hold.d.next = self.m1b.val();
        }
        self.a_in.next = self.a3.val();
        self.v3b.d.next = self.v3.val();
        self.aux3b.d.next = false;
        if self.aux_sel.val() {
            self.a_in.next = bit_cast::<32, 16>(self.aux_a.val()) << 16;
            self.v3b.d.next = false;
            self.aux3b.d.next = true;
        }
        self.a_in36.next = bit_cast::<36, 32>(self.a_in.val() ^ 0x8000_0000_u64) - 0x8000_0000_u64;
        // a and 3a hold while the multiplier reads them (serial_mul's contract): they change
        // only when the next element (11 clocks on) or a lent product enters 3b.
        if self.v3.val() | self.aux_sel.val() {
            self.a3b.d.next = self.a_in.val();
            self.a3x3.d.next = self.a_in36.val() + (self.a_in36.val() << 1);
        }
        self.l3b.d.next = self.l3.val();
        self.addr3b.d.next = self.addr3.val();
        self.e3b.d.next = self.e3.val();
        // The multiplier, loaded from 3b.
        self.mul.clock.next = self.clock.val();
        self.mul.reset.next = self.reset.val();
        self.mul.load.next = self.v3b.q.val() | self.aux3b.q.val();
        self.mul.a.next = self.a3b.q.val();
        self.mul.a3.next = self.a3x3.q.val();
        // The multiplier reads M a cycle before its load, when 3b takes the element: m_hold
        // has held it since stage 1b.
        self.mul.m.next = self.m_hold.q.val();
        if self.aux_sel.val() {
            self.mul.m.next = bit_cast::<32, 16>(self.aux_b.val()) << 15;
        }
        if self.v3b.q.val() | self.aux3b.q.val() {
            self.held_last.d.next = self.l3b.q.val();
            self.held_addr.d.next = self.addr3b.q.val();
            self.held_e.d.next = self.e3b.q.val();
            self.held_aux.d.next = self.aux3b.q.val();
        }
        self.v6.next = self.mul.done.val() & !self.held_aux.q.val();
        self.l6.next = self.held_last.q.val();
        self.addr6.next = self.held_addr.q.val();
        self.e6.next = self.held_e.q.val();
        self.t.next = self.mul.t.val();
        self.aux_q.d.next = self.mul.done.val() & self.held_aux.q.val();
        self.aux_valid.next = self.aux_q.q.val();
        if self.reset.val() {
            self.v3b.d.next = false;
            self.aux3b.d.next = false;
            self.aux_q.d.next = false;
        }
    }
}

/// Stages 7 to 10: `t` registered, the rounding right shift by `e`, zero point and clamp.
#[derive(LogicBlock, Default)]
pub struct RequantTail {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// An element's `t` is final this cycle.
    pub v6: Signal<In, Bit>,
    /// Its last flag.
    pub l6: Signal<In, Bit>,
    /// Its address.
    pub addr6: Signal<In, Bits<16>>,
    /// Its `e` (a register upstream).
    pub e6: Signal<In, Bits<6>>,
    /// Its `t`, 34-bit two's complement.
    pub t: Signal<In, Bits<34>>,
    /// Output zero point (int8).
    pub zp: Signal<In, Bits<8>>,
    /// Clamp at the zero point.
    pub relu: Signal<In, Bit>,
    /// A result is ready.
    pub out_valid: Signal<Out, Bit>,
    /// It is the FC's last.
    pub out_last: Signal<Out, Bit>,
    /// The int8 result.
    pub out_y: Signal<Out, Bits<8>>,
    /// Its address.
    pub out_addr: Signal<Out, Bits<16>>,
    /// The stage-7 register of `t` (the serial kind's lent product).
    pub t7_out: Signal<Out, Bits<34>>,
    carry: ElementDelay,
    e7: DFF<Bits<6>>,
    t7: DFF<Bits<34>>,
    // Stage 8 splits r >> e = (t >> e) + t[e-1] (with r = t + 2^(e-1)): t shifted by the
    // multiple of 8 in e, the rest of e, and the rounding bit t[e-1]; stage 9 finishes the
    // shift and adds the bit. Only the low 11 bits of v are needed (stage 10's fit test).
    tc8: DFF<Bits<19>>,
    ef8: DFF<Bits<3>>,
    rb8: DFF<Bit>,
    v9v: DFF<Bits<11>>,
    neg9: DFF<Bit>,
    hmask7: DFF<Bits<34>>,
    q12ok8: DFF<Bit>,
    // Bits e..e+9 set (truncated at bit 33, which it then includes), and whether t has them
    // all: q = t >> e ends in ten ones, the one case where rounding moves q out of 11 bits.
    ones_mask7: DFF<Bits<34>>,
    ones8: DFF<Bit>,
    neg8: DFF<Bit>,
    q_fits11: Signal<Local, Bit>,
    y10: DFF<Bits<8>>,
    lo_b: DFF<Bits<11>>,
    hi_b: DFF<Bits<11>>,
    lo_y: DFF<Bits<8>>,
    half7: DFF<Bits<34>>,
    pow_e: Signal<Local, Bits<34>>,
    hmask_e: Signal<Local, Bits<34>>,
    mask: Signal<Local, Bits<34>>,
    tcx: Signal<Local, Bits<34>>,
    q9: Signal<Local, Bits<19>>,
    vb: Signal<Local, Bits<11>>,
    v_small: Signal<Local, Bit>,
    // Whether v = r >> e fits 11 bits (stage 9, from stage 8's test of t against a mask of
    // bits e+11..33 registered in stage 7).
    small9: DFF<Bit>,
    below_lo: Signal<Local, Bits<12>>,
    above_hi: Signal<Local, Bits<12>>,
}

impl Logic for RequantTail {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, e7, t7, tc8, ef8, rb8, v9v, neg9, hmask7, q12ok8, ones_mask7, ones8, neg8,
            y10, lo_b, hi_b, lo_y, half7, small9
        );
        // Stages 7, 8, 9, 10.
        self.carry.clock.next = self.clock.val();
        self.carry.reset.next = self.reset.val();
        self.carry.v_in.next = self.v6.val();
        self.carry.l_in.next = self.l6.val();
        self.carry.a_in.next = self.addr6.val();
        self.out_valid.next = self.carry.v_out.val();
        self.out_last.next = self.carry.l_out.val();
        self.out_addr.next = self.carry.a_out.val();
        self.out_y.next = self.y10.q.val();
        self.t7_out.next = self.t7.q.val();

        // 7: t, and the rounding half 2^(e-1) from the registered e (no shifter before stage
        // 8's carry chain).
        self.t7.d.next = self.t.val();
        // 2^(e-1) as (1 << e) >> 1 (0 for e = 0), and the masks below shifted by e and then by
        // a constant: decoders of e, no adder in front.
        self.pow_e.next = bits::<34>(1) << self.e6.val();
        self.half7.d.next = self.pow_e.val() >> 1;
        self.e7.d.next = self.e6.val();
        // Bits e+11..33 set: t >> e fits 12 bits exactly when t has no magnitude bit there.
        self.hmask_e.next = bits::<34>(0x3_FFFF_FFFFu64) << self.e6.val();
        self.hmask7.d.next = self.hmask_e.val() << 11;
        self.ones_mask7.d.next = bits::<34>(0x3FF) << self.e6.val();
        // 8: r >> e with r = t + 2^(e-1) is (t >> e) + t[e-1]; no carry chain over t. First
        // t >> (e & 0x38), arithmetic, with one logical shifter: for negative t,
        // t >> k = ~(~t >> k). Bits 0..18 are all stage 9 reads (12 bits shifted by up to 7).
        self.mask.next = 0.into();
        if self.t7.q.val().get_bit(33) {
            self.mask.next = 0x3_FFFF_FFFFu64.into();
        }
        self.tcx.next =
            ((self.t7.q.val() ^ self.mask.val()) >> (self.e7.q.val() & 0x38)) ^ self.mask.val();
        self.tc8.d.next = self.tcx.val().get_bits::<19>(0);
        self.ef8.d.next = self.e7.q.val().get_bits::<3>(0);
        // t[e-1] (0 when e = 0): half7 is 2^(e-1) or 0.
        self.rb8.d.next = (self.t7.q.val() & self.half7.q.val()) != 0;
        self.q12ok8.d.next = ((self.t7.q.val() ^ self.mask.val()) & self.hmask7.q.val()) == 0;
        self.neg8.d.next = self.t7.q.val().get_bit(33);
        self.ones8.d.next = (self.t7.q.val() & self.ones_mask7.q.val()) == self.ones_mask7.q.val();
        // 9: q = t >> e on 12 bits (exact when q12ok8), v = q + t[e-1] on 11 bits. v fits 11
        // bits when q fits 12 and: without rounding, q fits 11 (bits 11 and 10 agree); with it,
        // q fits 11 but is not 1023, or q is -1025 (both end in ten ones, ones8). No carry
        // chain before that decision. When v does not fit, only its sign is used: t's, since
        // |t| is then far above the rounding half.
        self.q9.next = self.tc8.q.val() >> self.ef8.q.val();
        self.v9v.d.next =
            self.q9.val().get_bits::<11>(0) + bit_cast::<11, 1>(self.rb8.q.val().into());
        self.q_fits11.next = self.q9.val().get_bit(11) == self.q9.val().get_bit(10);
        self.small9.d.next = self.q12ok8.q.val() & self.q_fits11.val();
        if self.rb8.q.val() & self.ones8.q.val() & !self.q9.val().get_bit(10) {
            // q is 1023 (bit 11 clear: v = 1024 does not fit) or -1025 (set: v = -1024 fits).
            self.small9.d.next = self.q12ok8.q.val() & self.q9.val().get_bit(11);
        }
        self.neg9.d.next = self.neg8.q.val();
        // 10: y = clamp(v + zp, lo, 127). The bounds lo - zp and 127 - zp lie in [-256, 255], so
        // v is compared on its low 11 bits (offset binary) when it fits them, and saturates by
        // its sign otherwise: no 34-bit carry chain before the result.
        self.lo_b.d.next = (0 - (bit_cast::<11, 8>(self.zp.val() ^ 0x80) - 0x80) - 128) ^ 0x400;
        self.lo_y.d.next = 0x80.into();
        if self.relu.val() {
            self.lo_b.d.next = 0x400.into();
            self.lo_y.d.next = self.zp.val();
        }
        self.hi_b.d.next = (0 - (bit_cast::<11, 8>(self.zp.val() ^ 0x80) - 0x80) + 127) ^ 0x400;
        self.v_small.next = self.small9.q.val();
        self.vb.next = self.v9v.q.val() ^ 0x400;
        self.y10.d.next = self.v9v.q.val().get_bits::<8>(0) + self.zp.val();
        // The compares as subtractions whose borrow is the answer: yosys maps them onto the
        // carry chain (as comparisons they became an 8-LUT chain here).
        self.below_lo.next =
            bit_cast::<12, 11>(self.vb.val()) - bit_cast::<12, 11>(self.lo_b.q.val());
        self.above_hi.next =
            bit_cast::<12, 11>(self.hi_b.q.val()) - bit_cast::<12, 11>(self.vb.val());
        if self.v_small.val() {
            if self.below_lo.val().get_bit(11) {
                self.y10.d.next = self.lo_y.q.val();
            }
            if self.above_hi.val().get_bit(11) {
                self.y10.d.next = 0x7F.into();
            }
        } else if self.neg9.q.val() {
            self.y10.d.next = self.lo_y.q.val();
        } else {
            self.y10.d.next = 0x7F.into();
        }
    }
}

/// Valid, last flag and address travelling with an element through four registers (every part
/// of the requantizer spans four stages); reset clears the valid and last bits.
#[derive(LogicBlock)]
pub struct ElementDelay {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Valid in.
    pub v_in: Signal<In, Bit>,
    /// Last in.
    pub l_in: Signal<In, Bit>,
    /// Address in.
    pub a_in: Signal<In, Bits<16>>,
    /// Valid after the second register (the head's stage 1b).
    pub v_second: Signal<Out, Bit>,
    /// Valid after the last register.
    pub v_out: Signal<Out, Bit>,
    /// Last after the last register.
    pub l_out: Signal<Out, Bit>,
    /// Address after the last register.
    pub a_out: Signal<Out, Bits<16>>,
    v: Vec<DFF<Bit>>,
    l: Vec<DFF<Bit>>,
    a: Vec<DFF<Bits<16>>>,
}

impl Default for ElementDelay {
    fn default() -> Self {
        ElementDelay {
            clock: Default::default(),
            reset: Default::default(),
            v_in: Default::default(),
            l_in: Default::default(),
            a_in: Default::default(),
            v_second: Default::default(),
            v_out: Default::default(),
            l_out: Default::default(),
            a_out: Default::default(),
            v: (0..4).map(|_| Default::default()).collect(),
            l: (0..4).map(|_| Default::default()).collect(),
            a: (0..4).map(|_| Default::default()).collect(),
        }
    }
}

impl Logic for ElementDelay {
    #[hdl_gen]
    fn update(&mut self) {
        for i in 0..self.v.len() {
            self.v[i].clock.next = self.clock.val();
            self.l[i].clock.next = self.clock.val();
            self.a[i].clock.next = self.clock.val();
        }
        self.v[0].d.next = self.v_in.val();
        self.l[0].d.next = self.l_in.val();
        self.a[0].d.next = self.a_in.val();
        for i in 1..self.v.len() {
            self.v[i].d.next = self.v[i - 1].q.val();
            self.l[i].d.next = self.l[i - 1].q.val();
            self.a[i].d.next = self.a[i - 1].q.val();
        }
        self.v_second.next = self.v[1].q.val();
        self.v_out.next = self.v[3].q.val();
        self.l_out.next = self.l[3].q.val();
        self.a_out.next = self.a[3].q.val();
        if self.reset.val() {
            for i in 0..self.v.len() {
                self.v[i].d.next = false;
                self.l[i].d.next = false;
            }
        }
    }
}
