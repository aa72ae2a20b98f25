//! One MAC lane: its weight SRAM bank and `max_batch` accumulators with their shadow copies
//! (docs/tile.md §1, §8). The int8 multiplier sits outside, in `rtl::mul::Mul8x8Pair`, because
//! two lanes share one iCE40 DSP.
//!
//! # Timing
//! The weight read address is sampled at the issue cycle `t`; `w_out` is valid during `t+1`; the
//! multiplier (two registers) returns the product on `prod_in` during `t+3`, when the accumulator
//! selected by `acc_b` takes it if `acc_en` (`acc_first` restarts it from the product).
//! `shadow_load` copies every accumulator into its shadow; `shadow_out` shows shadow `drain_b`.
//! The shadows of all lanes form one shift chain per vector: with `shadow_shift`, shadow
//! `drain_b` takes the next lane's shadow of the same vector (`chain_in0..3`, that lane's
//! `shadow0..3`), so the drain reads every element at lane 0 and needs no lane
//! multiplexer, and no lane but the first a vector multiplexer (docs/tile.md §8's drain order,
//! lane-major, is the order in which each chain reaches its head). A load wins over a shift.
//!
//! # Width
//! The accumulators hold `Σ x·w` only (the bias is added by the requantizer): with `K < 2^12`
//! and `|x·w| ≤ 2^14` that sum lies within ±2^26, so [`ACC_BITS`] = 27 bits hold it exactly
//! (the tile sign-extends the drained value to 32 bits for the requantizer).
//!
//! # Arithmetic
//! All values are two's complement in unsigned `Bits`: `sext(v) = (v ^ s) - s` with `s` the sign
//! bit's weight, so no signed type (and no `signed_bit_cast`, docs/toolchain.md §4 pitfall 2) is needed.

use rust_hdl::prelude::*;

/// Accumulator width: `Σ_{k<K} x·w` with `K ≤ 4095` fits in 27 bits, two's complement.
pub const ACC_BITS: usize = 27;
// The tile sign-extends the drain head with the literal 2^26 (hdl_gen emits no Rust constants).
const _: () = assert!(ACC_BITS == 27);

/// A MAC lane with a weight bank of `2^WA` bytes.
#[derive(LogicBlock)]
pub struct Lane<const WA: usize> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Host write of this lane's weight byte, performed at the next edge with `w_waddr` and
    /// `w_wdata` as they are then (the tile registers the host's write; see its host section).
    pub w_we: Signal<In, Bit>,
    /// Host write word address (of the write `w_we` asked for in the previous cycle).
    pub w_waddr: Signal<In, Bits<WA>>,
    /// Host write byte (likewise).
    pub w_wdata: Signal<In, Bits<8>>,
    /// Weight word read address (issue cycle).
    pub w_raddr: Signal<In, Bits<WA>>,
    /// This lane's weight byte (the bank's output, the cycle after issue), to the multiplier.
    pub w_out: Signal<Out, Bits<8>>,
    /// The product `x * w` from the multiplier, valid three cycles after issue (`t+3`).
    pub prod_in: Signal<In, Bits<16>>,
    /// Accumulate the registered product (two cycles after issue).
    pub acc_en: Signal<In, Bit>,
    /// Restart the accumulator from the product.
    pub acc_first: Signal<In, Bit>,
    /// Accumulator (vector) index.
    pub acc_b: Signal<In, Bits<2>>,
    /// Copy accumulators to shadows.
    pub shadow_load: Signal<In, Bit>,
    /// Shadow shown on `shadow_out`, and the one that shifts.
    pub drain_b: Signal<In, Bits<2>>,
    /// Shift shadow `drain_b` along the chain.
    pub shadow_shift: Signal<In, Bit>,
    /// The next lane's shadows of vectors 0..3 (zero at the last lane; one port per vector,
    /// since a 108-bit port made Verilator's model of the tile twice as slow).
    pub chain_in0: Signal<In, Bits<ACC_BITS>>,
    /// See `chain_in0`.
    pub chain_in1: Signal<In, Bits<ACC_BITS>>,
    /// See `chain_in0`.
    pub chain_in2: Signal<In, Bits<ACC_BITS>>,
    /// See `chain_in0`.
    pub chain_in3: Signal<In, Bits<ACC_BITS>>,
    /// This lane's shadows of vectors 0..3 (zero beyond `max_batch`).
    pub shadow0: Signal<Out, Bits<ACC_BITS>>,
    /// See `shadow0`.
    pub shadow1: Signal<Out, Bits<ACC_BITS>>,
    /// See `shadow0`.
    pub shadow2: Signal<Out, Bits<ACC_BITS>>,
    /// See `shadow0`.
    pub shadow3: Signal<Out, Bits<ACC_BITS>>,
    /// Selected shadow value.
    pub shadow_out: Signal<Out, Bits<ACC_BITS>>,
    weights: RAM<Bits<8>, WA>,
    w_we_q: DFF<Bit>,
    chain_b: Signal<Local, Bits<ACC_BITS>>,
    prod_ext: Signal<Local, Bits<ACC_BITS>>,
    acc: Vec<DFF<Bits<ACC_BITS>>>,
    shadow: Vec<DFF<Bits<ACC_BITS>>>,
}

impl<const WA: usize> Lane<WA> {
    /// A lane with `max_batch` accumulators.
    pub fn new(max_batch: usize) -> Self {
        Lane {
            clock: Default::default(),
            reset: Default::default(),
            w_we: Default::default(),
            w_waddr: Default::default(),
            w_wdata: Default::default(),
            w_raddr: Default::default(),
            w_out: Default::default(),
            prod_in: Default::default(),
            acc_en: Default::default(),
            acc_first: Default::default(),
            acc_b: Default::default(),
            shadow_load: Default::default(),
            drain_b: Default::default(),
            shadow_shift: Default::default(),
            chain_in0: Default::default(),
            chain_in1: Default::default(),
            chain_in2: Default::default(),
            chain_in3: Default::default(),
            shadow0: Default::default(),
            shadow1: Default::default(),
            shadow2: Default::default(),
            shadow3: Default::default(),
            shadow_out: Default::default(),
            weights: Default::default(),
            w_we_q: Default::default(),
            chain_b: Default::default(),
            prod_ext: Default::default(),
            acc: (0..max_batch).map(|_| Default::default()).collect(),
            shadow: (0..max_batch).map(|_| Default::default()).collect(),
        }
    }
}

impl<const WA: usize> Logic for Lane<WA> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, w_we_q);
        self.weights.read_clock.next = self.clock.val();
        self.weights.write_clock.next = self.clock.val();
        self.weights.read_address.next = self.w_raddr.val();
        self.weights.write_address.next = self.w_waddr.val();
        self.weights.write_data.next = self.w_wdata.val();
        self.w_we_q.d.next = self.w_we.val() & !self.reset.val();
        self.weights.write_enable.next = self.w_we_q.q.val();
        self.w_out.next = self.weights.read_data.val();
        self.prod_ext.next = bit_cast::<ACC_BITS, 16>(self.prod_in.val() ^ 0x8000) - 0x8000;
        self.shadow_out.next = 0.into();
        self.shadow0.next = 0.into();
        self.shadow1.next = 0.into();
        self.shadow2.next = 0.into();
        self.shadow3.next = 0.into();
        for b in 0..self.acc.len() {
            self.acc[b].clock.next = self.clock.val();
            self.acc[b].d.next = self.acc[b].q.val();
            self.shadow[b].clock.next = self.clock.val();
            self.shadow[b].d.next = self.shadow[b].q.val();
            if self.acc_en.val() & (self.acc_b.val().index() == b) {
                if self.acc_first.val() {
                    self.acc[b].d.next = self.prod_ext.val();
                } else {
                    self.acc[b].d.next = self.acc[b].q.val() + self.prod_ext.val();
                }
            }
            // b is a number once the loop is unrolled: these pick vector b's port.
            self.chain_b.next = self.chain_in0.val();
            if b == 1 {
                self.chain_b.next = self.chain_in1.val();
            }
            if b == 2 {
                self.chain_b.next = self.chain_in2.val();
            }
            if b == 3 {
                self.chain_b.next = self.chain_in3.val();
            }
            if b == 0 {
                self.shadow0.next = self.shadow[b].q.val();
            }
            if b == 1 {
                self.shadow1.next = self.shadow[b].q.val();
            }
            if b == 2 {
                self.shadow2.next = self.shadow[b].q.val();
            }
            if b == 3 {
                self.shadow3.next = self.shadow[b].q.val();
            }
            if self.shadow_shift.val() & (self.drain_b.val().index() == b) {
                self.shadow[b].d.next = self.chain_b.val();
            }
            if self.shadow_load.val() {
                self.shadow[b].d.next = self.acc[b].q.val();
            }
            if self.drain_b.val().index() == b {
                self.shadow_out.next = self.shadow[b].q.val();
            }
            if self.reset.val() {
                self.acc[b].d.next = 0.into();
                self.shadow[b].d.next = 0.into();
            }
        }
    }
}
