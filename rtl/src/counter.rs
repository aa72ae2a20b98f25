//! 32-bit event counters in two 16-bit halves, so no carry chain is longer than 17 bits.
//!
//! On the iCE40UP5K a carry bit costs 0.28 ns (icetime), so a 32-bit adder alone takes ~9 ns of
//! a 48 MHz cycle; with the routing into and out of it, the tile's counters were its longest
//! paths. Both counters here show the same value as a plain 32-bit counter in every cycle
//! (wrapping modulo 2^32); they differ in how the high half learns of the low half's carry.

use rust_hdl::prelude::*;

/// A counter that grows by `inc` at every edge, or becomes 0 at an edge with `clear`.
///
/// The low half adds `inc` on a 17-bit chain and keeps the carry as a 17th bit; the high half
/// takes it at the next edge, from registers only. Meanwhile `value` shows the high half plus
/// that pending carry: `hi + 1`, kept in a register, is chosen instead of `hi`, a multiplexer
/// after registers. So nothing fans out from `inc` but the low half's chain.
///
/// `hi_p1` is `hi + 1` of the previous cycle: stale for one cycle after `hi` changes, which is
/// harmless, since a carry (or a clear) leaves the low half below 32, at least 2^11 edges from
/// the next carry. No flip-flop has a clock enable, so `clear` is only their synchronous reset
/// (as an enable it would join every high-half bit's CE, behind the tile's start decode).
#[derive(LogicBlock, Default)]
pub struct Counter32 {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Set the count to 0 at this edge (wins over `inc`).
    pub clear: Signal<In, Bit>,
    /// Added at this edge (0 holds the count).
    pub inc: Signal<In, Bits<5>>,
    /// The count.
    pub value: Signal<Out, Bits<32>>,
    lo: DFF<Bits<17>>,
    hi: DFF<Bits<16>>,
    hi_p1: DFF<Bits<16>>,
    hi_flip: Signal<Local, Bits<16>>,
    hi_shown: Signal<Local, Bits<16>>,
}

impl Logic for Counter32 {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, lo, hi, hi_p1);
        // At most one carry is pending: after a carry the low half is below 32.
        self.lo.d.next = bit_cast::<17, 16>(self.lo.q.val().get_bits::<16>(0))
            + bit_cast::<17, 5>(self.inc.val());
        self.hi_p1.d.next = self.hi.q.val() + 1;
        // hi becomes hi_p1 by flipping the bits where they differ (a multiplexer with hold
        // would become a clock enable).
        self.hi_flip.next = 0.into();
        if self.lo.q.val().get_bit(16) {
            self.hi_flip.next = self.hi.q.val() ^ self.hi_p1.q.val();
        }
        self.hi.d.next = self.hi.q.val() ^ self.hi_flip.val();
        if self.clear.val() {
            self.lo.d.next = 0.into();
            self.hi.d.next = 0.into();
        }
        self.hi_shown.next = self.hi.q.val();
        if self.lo.q.val().get_bit(16) {
            self.hi_shown.next = self.hi_p1.q.val();
        }
        self.value.next = (bit_cast::<32, 16>(self.hi_shown.val()) << 16)
            | bit_cast::<32, 16>(self.lo.q.val().get_bits::<16>(0));
    }
}

/// A 32-bit event counter (`value` grows by 1 at an edge with `en`, or becomes 0 at an edge
/// with `clear`), split like [`Counter32`]. Between `en` and any flip-flop there is at most one
/// LUT and the low half's chain: the high half takes `hi + 1` from a register (a multiplexer,
/// not an adder) when `en` meets the register saying the low half is all ones.
///
/// `hi_p1` is `hi + 1` from the previous cycle, so it is stale for one cycle after `hi` changes;
/// harmless, since `hi` changes only by a carry or a clear, both leaving the low half at 0, at
/// least 65 535 events from the next carry.
#[derive(LogicBlock, Default)]
pub struct EventCounter32 {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Set the count to 0 at this edge (wins over `en`).
    pub clear: Signal<In, Bit>,
    /// Count this edge.
    pub en: Signal<In, Bit>,
    /// The count.
    pub value: Signal<Out, Bits<32>>,
    lo: DFF<Bits<16>>,
    hi: DFF<Bits<16>>,
    hi_p1: DFF<Bits<16>>,
    hi_flip: Signal<Local, Bits<16>>,
    lo_ones: DFF<Bit>,
}

impl Logic for EventCounter32 {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, lo, hi, hi_p1, lo_ones);
        // The event is added, not used as a clock enable: the enable would merge with the
        // clear into each flip-flop's CE (on the iCE40 a shared pin), so the clear's decode
        // (the tile's start) sat in front of every counter bit; added, the event feeds the
        // carry chain and the clear alone becomes the synchronous reset.
        self.lo.d.next = self.lo.q.val() + bit_cast::<16, 1>(self.en.val().into());
        // hi becomes hi_p1 by flipping the bits where they differ: written as a multiplexer
        // with hold, synthesis would make it a clock enable, and the clear would join it.
        self.hi_p1.d.next = self.hi.q.val() + 1;
        self.hi_flip.next = 0.into();
        if self.en.val() & self.lo_ones.q.val() {
            self.hi_flip.next = self.hi.q.val() ^ self.hi_p1.q.val();
        }
        self.hi.d.next = self.hi.q.val() ^ self.hi_flip.val();
        self.lo_ones.d.next = self.lo.q.val() == 0xFFFF;
        if self.en.val() {
            self.lo_ones.d.next = self.lo.q.val() == 0xFFFE;
        }
        if self.clear.val() {
            self.lo.d.next = 0.into();
            self.hi.d.next = 0.into();
            self.lo_ones.d.next = false;
        }
        self.value.next =
            (bit_cast::<32, 16>(self.hi.q.val()) << 16) | bit_cast::<32, 16>(self.lo.q.val());
    }
}

/// The Verilog of a stand-alone [`Counter32`] (module `name`), for its Verilator test.
pub fn counter32_verilog(name: &str) -> String {
    let mut uut = Counter32::default();
    uut.connect_all();
    crate::emit::rename_top(&generate_verilog(&uut), name)
}

/// The Verilog of a stand-alone [`EventCounter32`] (module `name`), for its Verilator test.
pub fn event_counter32_verilog(name: &str) -> String {
    let mut uut = EventCounter32::default();
    uut.connect_all();
    crate::emit::rename_top(&generate_verilog(&uut), name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One rising edge in rust-hdl's simulator, with the inputs already set.
    fn edge<B: Block>(uut: &mut B, clock: impl Fn(&mut B, bool)) {
        clock(uut, false);
        assert!(simulate(uut, 100));
        clock(uut, true);
        assert!(simulate(uut, 100));
    }

    /// Against a plain u32 counter across four wraps of the low half (~318 000 counted), then
    /// a clear.
    #[test]
    fn counts_like_a_u32_across_the_half_boundary() {
        let mut uut = Counter32::default();
        uut.connect_all();
        let step = |uut: &mut Counter32, inc: u32, clear: bool| {
            uut.inc.next = (inc as u64).into();
            uut.clear.next = clear;
            edge(uut, |u, c| u.clock.next = Clock::from(c));
            uut.value.val().to_u64()
        };
        let mut expect: u32 = 0;
        let steps: [u32; 7] = [16, 1, 0, 7, 16, 31, 3];
        for i in 0..30_000u32 {
            let inc = steps[(i % 7) as usize];
            expect = expect.wrapping_add(inc);
            assert_eq!(step(&mut uut, inc, false), expect as u64, "step {i}");
        }
        assert_eq!(step(&mut uut, 5, true), 0);
        assert_eq!(step(&mut uut, 5, false), 5);
    }

    /// The event counter against a u32 across three wraps of the low half, then a clear.
    #[test]
    fn event_counter_counts_like_a_u32() {
        let mut uut = EventCounter32::default();
        uut.connect_all();
        let step = |uut: &mut EventCounter32, en: bool, clear: bool| {
            uut.en.next = en;
            uut.clear.next = clear;
            edge(uut, |u, c| u.clock.next = Clock::from(c));
            uut.value.val().to_u64()
        };
        let mut expect: u32 = 0;
        for i in 0..240_000u32 {
            let en = i % 5 != 3;
            expect = expect.wrapping_add(en as u32);
            assert_eq!(step(&mut uut, en, false), expect as u64, "step {i}");
        }
        assert_eq!(step(&mut uut, true, true), 0);
        assert_eq!(step(&mut uut, true, false), 1);
    }
}
