//! The serial requantizer's multiplier (docs/tile.md §2 `requant=serial`, §6 step 2): `t = (a·M +
//! 2^30) >> 31` for int32 `a`, `M`, exact, in fabric, one radix-8 Booth digit of `M` per clock.
//!
//! # Timing
//! `load` at an edge takes `m`; the eleven cycles after it are the steps (digits 0..10 of `M`
//! sign-extended to 33 bits); in the last of them `done` is 1 and `t` holds the result (34-bit
//! two's complement, combinational from the last step's sum). A `load` in that cycle starts the
//! next product, so products can follow each other every 11 clocks. `a` and `a3 = 3·a` are not
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
//! Each step's term `d_i·a` (complemented when `d_i < 0`, the +1 going in as the carry) is
//! selected a clock ahead into a register, so a step is one register-to-register carry chain.

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
    /// Start a product from `m` at this edge (`a`, `a3` held as the module doc says).
    pub load: Signal<In, Bit>,
    /// Multiplicand (int32).
    pub a: Signal<In, Bits<32>>,
    /// `3·a`, sign-extended to 36 bits.
    pub a3: Signal<In, Bits<W>>,
    /// Multiplier (int32).
    pub m: Signal<In, Bits<32>>,
    /// The last step: `t` is the result.
    pub done: Signal<Out, Bit>,
    /// `(a·m + 2^30) >> 31`, 34-bit two's complement, valid while `done`.
    pub t: Signal<Out, Bits<34>>,
    busy: DFF<Bit>,
    left: DFF<Bits<4>>,
    sm: DFF<Bits<34>>,
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
    half: Signal<Local, Bits<W>>,
}

impl Logic for SerialMul {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, busy, left, sm, h, term, neg);
        self.sum.next =
            self.h.q.val() + self.term.q.val() + bit_cast::<W, 1>(self.neg.q.val().into());
        self.done.next = self.busy.q.val() & (self.left.q.val() == 0);
        self.half.next = self.sum.val() >> 1;
        self.t.next = self.half.val().get_bits::<34>(0);

        // Arithmetic shifts right by 3: the top three bits copy the sign.
        self.h.d.next = self.sum.val() >> 3;
        if self.sum.val().get_bit(35) {
            self.h.d.next = (self.sum.val() >> 3) | 0xE_0000_0000_u64;
        }
        self.sm.d.next = self.sm.q.val() >> 3;
        if self.sm.q.val().get_bit(33) {
            self.sm.d.next = (self.sm.q.val() >> 3) | 0x3_8000_0000_u64;
        }
        self.left.d.next = self.left.q.val() - 1;
        self.busy.d.next = self.busy.q.val() & (self.left.q.val() != 0);
        // The next step's digit: m[3i+5..3i+2] of the running multiplier, or at a load m[2..0]
        // with m[−1] = 0.
        self.digit.next = self.sm.q.val().get_bits::<4>(3);
        // a sign-extended to W bits.
        self.a_ext.next = bit_cast::<W, 32>(self.a.val() ^ 0x8000_0000_u64) - 0x8000_0000_u64;
        if self.load.val() {
            self.digit.next = bit_cast::<4, 3>(self.m.val().get_bits::<3>(0)) << 1;
            // {m sign-extended to 33 bits, m[−1] = 0}.
            self.sm.d.next =
                (bit_cast::<34, 32>(self.m.val() ^ 0x8000_0000_u64) - 0x8000_0000_u64) << 1;
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
