//! One MAC lane: its weight SRAM bank, an int8 x int8 multiplier and `max_batch` accumulators with
//! their shadow copies (docs/tile.md §1, §8).
//!
//! # Timing
//! The weight read address is sampled at the issue cycle `t`; the product of `x` (the activation
//! SRAM's output) and the weight is registered at the end of `t+1` and again at `t+2`; the
//! accumulator selected by `acc_b` is written at the end of `t+3` when `acc_en` (`acc_first`
//! restarts it from the product).
//! `shadow_load` copies every accumulator into its shadow; `shadow_out` shows shadow `drain_b`.
//!
//! # Arithmetic
//! All values are two's complement in unsigned `Bits`: `sext(v) = (v ^ s) - s` with `s` the sign
//! bit's weight, so no signed type (and no `signed_bit_cast`, design.md pitfall 2) is needed.

use rust_hdl::prelude::*;

/// A MAC lane with a weight bank of `2^WA` bytes.
#[derive(LogicBlock)]
pub struct Lane<const WA: usize> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Host write of this lane's weight byte.
    pub w_we: Signal<In, Bit>,
    /// Host write word address.
    pub w_waddr: Signal<In, Bits<WA>>,
    /// Host write byte.
    pub w_wdata: Signal<In, Bits<8>>,
    /// Weight word read address (issue cycle).
    pub w_raddr: Signal<In, Bits<WA>>,
    /// Broadcast activation byte (valid the cycle after issue).
    pub x: Signal<In, Bits<8>>,
    /// Accumulate the registered product (two cycles after issue).
    pub acc_en: Signal<In, Bit>,
    /// Restart the accumulator from the product.
    pub acc_first: Signal<In, Bit>,
    /// Accumulator (vector) index.
    pub acc_b: Signal<In, Bits<2>>,
    /// Copy accumulators to shadows.
    pub shadow_load: Signal<In, Bit>,
    /// Shadow shown on `shadow_out`.
    pub drain_b: Signal<In, Bits<2>>,
    /// Selected shadow value.
    pub shadow_out: Signal<Out, Bits<32>>,
    weights: RAM<Bits<8>, WA>,
    xs: Signal<Local, Bits<16>>,
    ws: Signal<Local, Bits<16>>,
    product: Signal<Local, Bits<32>>,
    prod: DFF<Bits<16>>,
    prod2: DFF<Bits<16>>,
    prod32: Signal<Local, Bits<32>>,
    acc: Vec<DFF<Bits<32>>>,
    shadow: Vec<DFF<Bits<32>>>,
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
            x: Default::default(),
            acc_en: Default::default(),
            acc_first: Default::default(),
            acc_b: Default::default(),
            shadow_load: Default::default(),
            drain_b: Default::default(),
            shadow_out: Default::default(),
            weights: Default::default(),
            xs: Default::default(),
            ws: Default::default(),
            product: Default::default(),
            prod: Default::default(),
            prod2: Default::default(),
            prod32: Default::default(),
            acc: (0..max_batch).map(|_| Default::default()).collect(),
            shadow: (0..max_batch).map(|_| Default::default()).collect(),
        }
    }
}

impl<const WA: usize> Logic for Lane<WA> {
    #[hdl_gen]
    fn update(&mut self) {
        self.weights.read_clock.next = self.clock.val();
        self.weights.write_clock.next = self.clock.val();
        self.weights.read_address.next = self.w_raddr.val();
        self.weights.write_address.next = self.w_waddr.val();
        self.weights.write_data.next = self.w_wdata.val();
        self.weights.write_enable.next = self.w_we.val() & !self.reset.val();
        dff_setup!(self, clock, prod, prod2);
        // Signed 8x8 product through a 16x16 multiply of sign-extended operands; the low 16 bits
        // are exact because |x*w| <= 2^14.
        self.xs.next = bit_cast::<16, 8>(self.x.val() ^ 0x80) - 0x80;
        self.ws.next = bit_cast::<16, 8>(self.weights.read_data.val() ^ 0x80) - 0x80;
        self.product.next = self.xs.val() * self.ws.val();
        self.prod.d.next = self.product.val().get_bits::<16>(0);
        // A second product register: the iCE40 DSP's 8x8 mode registers inputs and products.
        self.prod2.d.next = self.prod.q.val();
        self.prod32.next = bit_cast::<32, 16>(self.prod2.q.val() ^ 0x8000) - 0x8000;
        self.shadow_out.next = 0.into();
        for b in 0..self.acc.len() {
            self.acc[b].clock.next = self.clock.val();
            self.acc[b].d.next = self.acc[b].q.val();
            self.shadow[b].clock.next = self.clock.val();
            self.shadow[b].d.next = self.shadow[b].q.val();
            if self.acc_en.val() & (self.acc_b.val().index() == b) {
                if self.acc_first.val() {
                    self.acc[b].d.next = self.prod32.val();
                } else {
                    self.acc[b].d.next = self.acc[b].q.val() + self.prod32.val();
                }
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
        if self.reset.val() {
            self.prod.d.next = 0.into();
            self.prod2.d.next = 0.into();
        }
    }
}
