//! UART receiver and transmitter, 8N1, one clock domain.
//!
//! # Parameters
//! `clocks_per_bit` (a run-time value, emitted as a Verilog constant): the clock frequency over
//! the baud rate, at least 4.
//!
//! # Timing
//! `UartRx` synchronises `rx` through two flip-flops, finds the start bit's middle, samples each
//! data bit one bit period apart and pulses `valid` for one clock with `data` after the stop bit's
//! middle (a frame whose stop bit is low is dropped). `UartTx` takes `data` when `send` is high
//! and `ready` is high, and drives start, 8 data bits LSB first, stop.

use rust_hdl::prelude::*;

/// Receiver states.
#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum RxState {
    /// Waiting for a start bit.
    Idle,
    /// Inside the start bit.
    Start,
    /// Data bits.
    Data,
    /// Stop bit.
    Stop,
}

/// 8N1 receiver.
#[derive(LogicBlock)]
pub struct UartRx {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Serial input (idle high).
    pub rx: Signal<In, Bit>,
    /// Received byte.
    pub data: Signal<Out, Bits<8>>,
    /// One-clock pulse: `data` is a new byte.
    pub valid: Signal<Out, Bit>,
    /// Loads of the down counter `left` (bit period − 2 and half of it − 2, 17 bits).
    period: Constant<Bits<17>>,
    half: Constant<Bits<17>>,
    sync1: DFF<Bit>,
    sync2: DFF<Bit>,
    state: DFF<RxState>,
    /// Clocks to the next sample, minus one: the sample is due when it turns negative (its
    /// sign bit, so no comparator sits in front of the state machine).
    left: DFF<Bits<17>>,
    bit_index: DFF<Bits<4>>,
    shift: DFF<Bits<8>>,
    out: DFF<Bits<8>>,
    strobe: DFF<Bit>,
}

impl UartRx {
    /// A receiver for `clocks_per_bit` clocks per bit.
    pub fn new(clocks_per_bit: u64) -> Self {
        assert!((4..65536).contains(&clocks_per_bit));
        UartRx {
            clock: Default::default(),
            reset: Default::default(),
            rx: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            period: Constant::new((clocks_per_bit - 2).into()),
            half: Constant::new((clocks_per_bit / 2 - 2).into()),
            sync1: Default::default(),
            sync2: Default::default(),
            state: Default::default(),
            left: Default::default(),
            bit_index: Default::default(),
            shift: Default::default(),
            out: Default::default(),
            strobe: Default::default(),
        }
    }
}

impl Logic for UartRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sync1, sync2, state, left, bit_index, shift, out, strobe);
        self.sync1.d.next = self.rx.val();
        self.sync2.d.next = self.sync1.q.val();
        self.data.next = self.out.q.val();
        self.valid.next = self.strobe.q.val();
        self.strobe.d.next = false;
        match self.state.q.val() {
            RxState::Idle => {
                if !self.sync2.q.val() {
                    self.state.d.next = RxState::Start;
                    self.left.d.next = self.half.val();
                }
            }
            RxState::Start => {
                self.left.d.next = self.left.q.val() - 1;
                if self.left.q.val().get_bit(16) {
                    self.left.d.next = self.period.val();
                    self.bit_index.d.next = 0.into();
                    self.state.d.next = RxState::Data;
                    if self.sync2.q.val() {
                        // A glitch, not a start bit.
                        self.state.d.next = RxState::Idle;
                    }
                }
            }
            RxState::Data => {
                self.left.d.next = self.left.q.val() - 1;
                if self.left.q.val().get_bit(16) {
                    self.left.d.next = self.period.val();
                    self.shift.d.next = (self.shift.q.val() >> 1)
                        | (bit_cast::<8, 1>(self.sync2.q.val().into()) << 7);
                    self.bit_index.d.next = self.bit_index.q.val() + 1;
                    if self.bit_index.q.val() == 7 {
                        self.state.d.next = RxState::Stop;
                    }
                }
            }
            RxState::Stop => {
                self.left.d.next = self.left.q.val() - 1;
                if self.left.q.val().get_bit(16) {
                    self.state.d.next = RxState::Idle;
                    if self.sync2.q.val() {
                        self.out.d.next = self.shift.q.val();
                        self.strobe.d.next = true;
                    }
                }
            }
            _ => {
                self.state.d.next = RxState::Idle;
            }
        }
        if self.reset.val() {
            self.state.d.next = RxState::Idle;
            self.strobe.d.next = false;
            self.sync1.d.next = true;
            self.sync2.d.next = true;
        }
    }
}

/// 8N1 transmitter.
#[derive(LogicBlock)]
pub struct UartTx {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Byte to send.
    pub data: Signal<In, Bits<8>>,
    /// Take `data` (when `ready`).
    pub send: Signal<In, Bit>,
    /// Idle: a byte may be sent.
    pub ready: Signal<Out, Bit>,
    /// Serial output (idle high).
    pub tx: Signal<Out, Bit>,
    /// Load of the down counter `left` (bit period − 2, 17 bits).
    period: Constant<Bits<17>>,
    busy: DFF<Bit>,
    /// Clocks to the next bit, minus one: the bit ends when it turns negative.
    left: DFF<Bits<17>>,
    bit_index: DFF<Bits<4>>,
    frame: DFF<Bits<10>>,
}

impl UartTx {
    /// A transmitter for `clocks_per_bit` clocks per bit.
    pub fn new(clocks_per_bit: u64) -> Self {
        assert!((4..65536).contains(&clocks_per_bit));
        UartTx {
            clock: Default::default(),
            reset: Default::default(),
            data: Default::default(),
            send: Default::default(),
            ready: Default::default(),
            tx: Default::default(),
            period: Constant::new((clocks_per_bit - 2).into()),
            busy: Default::default(),
            left: Default::default(),
            bit_index: Default::default(),
            frame: Default::default(),
        }
    }
}

impl Logic for UartTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, busy, left, bit_index, frame);
        self.ready.next = !self.busy.q.val();
        self.tx.next = true;
        if self.busy.q.val() {
            self.tx.next = self.frame.q.val().get_bit(0);
            self.left.d.next = self.left.q.val() - 1;
            if self.left.q.val().get_bit(16) {
                self.left.d.next = self.period.val();
                self.frame.d.next = (self.frame.q.val() >> 1) | 0x200;
                self.bit_index.d.next = self.bit_index.q.val() + 1;
                if self.bit_index.q.val() == 9 {
                    self.busy.d.next = false;
                }
            }
        } else if self.send.val() {
            self.busy.d.next = true;
            self.left.d.next = self.period.val();
            self.bit_index.d.next = 0.into();
            // stop bit, data, start bit (LSB goes first)
            self.frame.d.next = (bit_cast::<10, 8>(self.data.val()) << 1) | 0x200;
        }
        if self.reset.val() {
            self.busy.d.next = false;
        }
    }
}
