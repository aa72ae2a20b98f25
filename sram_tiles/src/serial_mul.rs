//! The serial requantizer's multiplier (docs/tile.md §2 `requant=serial`, §6 step 2): `t = (a·M +
//! 2^30) >> 31` for int32 `a`, `M`, exact, in fabric, one radix-8 Booth digit of `M` per clock.
//!
//! # Timing
//! `load` at an edge starts a product of `a` and the `m` of the cycle **before** (the multiplier
//! is read a cycle ahead: see below); the eleven cycles after it are the steps (digits 0..10
//! of `M` sign-extended to 33 bits); in the last of them `done` is 1 and `t` holds the result
//! (34-bit two's complement, combinational from the last step's sum). A `load` in that cycle
//! starts the next product, so products can follow each other every 11 clocks. `a` and `a3 = 3·a` are not
//! registered here: the caller holds them (in its registers, computed a stage earlier so no
//! adder sits in front of a term) from the load's cycle through the tenth step's, and may
//! change them at the edge ending that step.
//!
//! # Arithmetic
//! Radix-8 Booth: `M = Σ_{i<11} d_i·8^i` with `d_i = −4·m[3i+2] + 2·m[3i+1] + m[3i] + m[3i−1]`
//! (`m[−1] = 0`) in −4..4, so each step adds one of 0, ±a, ±2a, ±3a, ±4a. The partial sum `h`
//! starts at 2^30 (the rounding term) and is shifted right by 3 after each step, arithmetic: the
//! bits shifted out are final product bits that no later term (a multiple of 8^(i+1)) changes.
//! After the last step's add the sum is `floor((a·M + 2^30) / 2^30)`, so `t` is that sum shifted
//! right by one: no rounding adder and no low product register. `|d·a| ≤ 2^33` and
//! `|h| < 2^33`, so 36 bits hold every sum.
//!
//! The digits come from a shift register `sm`, `d_i` from its bits 6..3. It takes `m` (placed
//! so that its first digit is there) at every edge where the running product no longer needs
//! it: while idle, and from the tenth step on. So the first digit comes from the same register
//! bits as the others, and `load` is on no path into the term.
//!
//! Each step's term `d_i·a` (complemented when `d_i < 0`, the +1 going in as the carry) is
//! selected a clock ahead into a register, so a step is one register-to-register add. The add
//! selects its carries: the low 18 bits, and the high 18 bits both without and with a carry in,
//! side by side, then the low half's carry picks one. Two 18-bit chains and a multiplexer
//! instead of one 36-bit chain: on the UP5K a carry bit costs 0.28 ns, and the 36-bit step was
//! the tile's longest path.

use rust_hdl::prelude::*;

/// Width of the partial sums.
const W: usize = 36;

/// The radix-8 Booth multiplier.
#[derive(LogicBlock, Default)]
pub struct SerialMul {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset (stops a product in flight).
    pub reset: Signal<In, Bit>,
    /// Start a product at this edge (`m` of the previous cycle; `a`, `a3` held as the
    /// module doc says).
    pub load: Signal<In, Bit>,
    /// Multiplicand (int32).
    pub a: Signal<In, Bits<32>>,
    /// `3·a`, sign-extended to 36 bits.
    pub a3: Signal<In, Bits<W>>,
    /// Multiplier (int32), read in the cycle before `load`.
    pub m: Signal<In, Bits<32>>,
    /// The last step: `t` is the result.
    pub done: Signal<Out, Bit>,
    /// `(a·m + 2^30) >> 31`, 34-bit two's complement, valid while `done`.
    pub t: Signal<Out, Bits<34>>,
    busy: DFF<Bit>,
    left: DFF<Bits<4>>,
    sm: DFF<Bits<37>>,
    h: DFF<Bits<W>>,
    // This step's term, complemented when negative, and its carry in.
    term: DFF<Bits<W>>,
    neg: DFF<Bit>,
    a_ext: Signal<Local, Bits<W>>,
    digit: Signal<Local, Bits<4>>,
    x: Signal<Local, Bits<3>>,
    m1: Signal<Local, Bits<W>>,
    m2: Signal<Local, Bits<W>>,
    m3: Signal<Local, Bits<W>>,
    m4: Signal<Local, Bits<W>>,
    mneg: Signal<Local, Bits<W>>,
    sum: Signal<Local, Bits<W>>,
    sum_lo: Signal<Local, Bits<19>>,
    sum_hi0: Signal<Local, Bits<18>>,
    sum_hi1: Signal<Local, Bits<18>>,
    h_lo: Signal<Local, Bits<18>>,
    h_hi: Signal<Local, Bits<18>>,
    term_lo: Signal<Local, Bits<18>>,
    term_hi: Signal<Local, Bits<18>>,
    half: Signal<Local, Bits<W>>,
}

impl Logic for SerialMul {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, busy, left, sm, h, term, neg);
        // h + term + neg, carry-selected (module doc).
        self.h_lo.next = self.h.q.val().get_bits::<18>(0);
        self.h_hi.next = self.h.q.val().get_bits::<18>(18);
        self.term_lo.next = self.term.q.val().get_bits::<18>(0);
        self.term_hi.next = self.term.q.val().get_bits::<18>(18);
        self.sum_lo.next = bit_cast::<19, 18>(self.h_lo.val())
            + bit_cast::<19, 18>(self.term_lo.val())
            + bit_cast::<19, 1>(self.neg.q.val().into());
        self.sum_hi0.next = self.h_hi.val() + self.term_hi.val();
        // h + term + 1 as h - ~term: one subtractor (its carry in is the 1), not two adders.
        self.sum_hi1.next = self.h_hi.val() - !self.term_hi.val();
        self.sum.next = (bit_cast::<W, 18>(self.sum_hi0.val()) << 18)
            | bit_cast::<W, 18>(self.sum_lo.val().get_bits::<18>(0));
        if self.sum_lo.val().get_bit(18) {
            self.sum.next = (bit_cast::<W, 18>(self.sum_hi1.val()) << 18)
                | bit_cast::<W, 18>(self.sum_lo.val().get_bits::<18>(0));
        }
        self.done.next = self.busy.q.val() & (self.left.q.val() == 0);
        self.half.next = self.sum.val() >> 1;
        self.t.next = self.half.val().get_bits::<34>(0);

        // Arithmetic shifts right by 3: the top three bits copy the sign.
        self.h.d.next = self.sum.val() >> 3;
        if self.sum.val().get_bit(35) {
            self.h.d.next = (self.sum.val() >> 3) | 0xE_0000_0000_u64;
        }
        self.sm.d.next = self.sm.q.val() >> 3;
        if self.sm.q.val().get_bit(36) {
            self.sm.d.next = (self.sm.q.val() >> 3) | 0x1C_0000_0000_u64;
        }
        // Idle, or past the tenth digit's decode: take the next product's m, as
        // {m sign-extended to 33 bits, m[−1] = 0} << 3, so its first digit sits in bits 6..3.
        if !self.load.val() & (!self.busy.q.val() | (self.left.q.val().get_bits::<3>(1) == 0)) {
            self.sm.d.next =
                (bit_cast::<37, 32>(self.m.val() ^ 0x8000_0000_u64) - 0x8000_0000_u64) << 4;
        }
        self.left.d.next = self.left.q.val() - 1;
        self.busy.d.next = self.busy.q.val() & (self.left.q.val() != 0);
        // The next step's digit, m[3i+5..3i+2] (the first, m[2..0] with m[−1] = 0, right
        // after the preload).
        self.digit.next = self.sm.q.val().get_bits::<4>(3);
        // a sign-extended to W bits.
        self.a_ext.next = bit_cast::<W, 32>(self.a.val() ^ 0x8000_0000_u64) - 0x8000_0000_u64;
        if self.load.val() {
            self.h.d.next = 0x4000_0000_u64.into();
            self.left.d.next = 10.into();
            self.busy.d.next = true;
        }
        // |d| = 2·x2 + x1 + x0 with x the digit's low three bits, complemented when it is
        // negative; one-hot selects of a, 2a, 3a, 4a.
        self.x.next = self.digit.val().get_bits::<3>(0);
        if self.digit.val().get_bit(3) {
            self.x.next = !self.digit.val().get_bits::<3>(0);
        }
        self.m1.next = 0.into();
        self.m2.next = 0.into();
        self.m3.next = 0.into();
        self.m4.next = 0.into();
        self.mneg.next = 0.into();
        if !self.x.val().get_bit(2) & (self.x.val().get_bit(1) ^ self.x.val().get_bit(0)) {
            self.m1.next = 0xF_FFFF_FFFF_u64.into();
        }
        if (!self.x.val().get_bit(2) & self.x.val().get_bit(1) & self.x.val().get_bit(0))
            | (self.x.val().get_bit(2) & !self.x.val().get_bit(1) & !self.x.val().get_bit(0))
        {
            self.m2.next = 0xF_FFFF_FFFF_u64.into();
        }
        if self.x.val().get_bit(2) & (self.x.val().get_bit(1) ^ self.x.val().get_bit(0)) {
            self.m3.next = 0xF_FFFF_FFFF_u64.into();
        }
        if self.x.val().get_bit(2) & self.x.val().get_bit(1) & self.x.val().get_bit(0) {
            self.m4.next = 0xF_FFFF_FFFF_u64.into();
        }
        if self.digit.val().get_bit(3) {
            self.mneg.next = 0xF_FFFF_FFFF_u64.into();
        }
        self.term.d.next = ((self.a_ext.val() & self.m1.val())
            | ((self.a_ext.val() << 1) & self.m2.val())
            | (self.a3.val() & self.m3.val())
            | ((self.a_ext.val() << 2) & self.m4.val()))
            ^ self.mneg.val();
        self.neg.d.next = self.digit.val().get_bit(3);
        if self.reset.val() {
            self.busy.d.next = false;
        }
    }
}

/// The Verilog of a stand-alone [`SerialMul`] (module `name`), for its unit test.
pub fn verilog(name: &str) -> String {
    let mut uut = SerialMul::default();
    uut.connect_all();
    rtl::emit::rename_top(&generate_verilog(&uut), name)
}
