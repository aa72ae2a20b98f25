//! SMBus / I2C target for PMBus commands, in front of a parallel register port (docs/vrm.md §11).
//!
//! # Transactions (7-bit address, SCL and SDA oversampled by the system clock)
//! - Send byte `S a+W cmd P`: a register write of `cmd` with data 0 (CLEAR_FAULTS).
//! - Write byte `S a+W cmd lo P` and write word `S a+W cmd lo hi P`: a write of `hi:lo`, issued at
//!   the STOP, so a command byte followed by a repeated start writes nothing.
//! - Read byte / word `S a+W cmd Sr a+R lo [hi] P`: a register read of `cmd` when the read
//!   address is acknowledged; the target sends the low byte, then the high byte while the host
//!   acknowledges.
//! - PEC (CRC-8, x^8 + x^2 + x + 1, over every byte from the first address byte, ACKs excluded):
//!   `reg_len` tells the data bytes of the command (0, 1 or 2); a write of `1 + len` bytes after
//!   the address executes, one of `2 + len` executes only if its last byte is the right PEC, and
//!   anything else writes nothing and raises `reg_err` (bit 0 bad PEC, bit 1 wrong byte count)
//!   for one clock. A read sends `len` bytes, then the PEC if the host acknowledges, then 0xFF.
//!
//! A transaction for another address is ignored (no ACK). SDA is open drain: `sda_oe` high pulls
//! the line low.
//!
//! # Timing
//! SCL and SDA pass two synchronizing flip-flops; START is SDA falling while SCL is high, STOP is
//! SDA rising while SCL is high; bits are sampled on SCL rising edges and driven after SCL
//! falling edges. The register port's read answers one clock after `reg_re`.

use rust_hdl::prelude::*;

/// Target states.
#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum SmbState {
    /// Waiting for START.
    Idle,
    /// Receiving the address byte.
    Addr,
    /// Driving the ACK of a received byte.
    Ack,
    /// Receiving a data byte.
    Rx,
    /// Transmitting a data byte.
    Tx,
    /// Sampling the host's ACK after a transmitted byte.
    TxAck,
    /// Not addressed: waiting for STOP or START.
    Ignore,
}

/// An SMBus target with a fixed 7-bit address.
#[derive(LogicBlock)]
pub struct SmbusTarget {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// SCL as seen on the pin.
    pub scl: Signal<In, Bit>,
    /// SDA as seen on the pin.
    pub sda_in: Signal<In, Bit>,
    /// Pull SDA low.
    pub sda_oe: Signal<Out, Bit>,
    /// Register write strobe (one clock).
    pub reg_we: Signal<Out, Bit>,
    /// Register read strobe (one clock).
    pub reg_re: Signal<Out, Bit>,
    /// Command code.
    pub reg_addr: Signal<Out, Bits<8>>,
    /// Write data.
    pub reg_wdata: Signal<Out, Bits<16>>,
    /// Read data, valid the clock after `reg_re`.
    pub reg_rdata: Signal<In, Bits<16>>,
    /// Data bytes of the command on `reg_addr` (0 send byte, 1 byte, 2 word).
    pub reg_len: Signal<In, Bits<2>>,
    /// A write was refused (one clock after STOP): bit 0 bad PEC, bit 1 wrong byte count.
    pub reg_err: Signal<Out, Bits<2>>,
    address: Constant<Bits<7>>,
    scl_s: DFF<Bits<3>>,
    sda_s: DFF<Bits<3>>,
    state: DFF<SmbState>,
    bits: DFF<Bits<4>>,
    shift: DFF<Bits<8>>,
    count: DFF<Bits<3>>,
    sent: DFF<Bits<2>>,
    crc: DFF<Bits<8>>,
    err: DFF<Bits<2>>,
    crc_steps: Vec<Signal<Local, Bits<8>>>,
    wbytes: Signal<Local, Bits<3>>,
    write_word: Signal<Local, Bits<16>>,
    cmd: DFF<Bits<8>>,
    lo: DFF<Bits<8>>,
    hi: DFF<Bits<8>>,
    reading: DFF<Bit>,
    tx: DFF<Bits<16>>,
    load_tx: DFF<Bit>,
    oe: DFF<Bit>,
    we: DFF<Bit>,
    re: DFF<Bit>,
    wdata: DFF<Bits<16>>,
    scl_rise: Signal<Local, Bit>,
    scl_fall: Signal<Local, Bit>,
    start: Signal<Local, Bit>,
    stop: Signal<Local, Bit>,
    sda: Signal<Local, Bit>,
}

impl SmbusTarget {
    /// A target answering to the 7-bit `address`.
    pub fn new(address: u8) -> Self {
        SmbusTarget {
            clock: Default::default(),
            reset: Default::default(),
            scl: Default::default(),
            sda_in: Default::default(),
            sda_oe: Default::default(),
            reg_we: Default::default(),
            reg_re: Default::default(),
            reg_addr: Default::default(),
            reg_wdata: Default::default(),
            reg_rdata: Default::default(),
            reg_len: Default::default(),
            reg_err: Default::default(),
            address: Constant::new((address as u64 & 0x7F).into()),
            scl_s: Default::default(),
            sda_s: Default::default(),
            state: Default::default(),
            bits: Default::default(),
            shift: Default::default(),
            count: Default::default(),
            sent: Default::default(),
            crc: Default::default(),
            err: Default::default(),
            crc_steps: (0..9).map(|_| Default::default()).collect(),
            wbytes: Default::default(),
            write_word: Default::default(),
            cmd: Default::default(),
            lo: Default::default(),
            hi: Default::default(),
            reading: Default::default(),
            tx: Default::default(),
            load_tx: Default::default(),
            oe: Default::default(),
            we: Default::default(),
            re: Default::default(),
            wdata: Default::default(),
            scl_rise: Default::default(),
            scl_fall: Default::default(),
            start: Default::default(),
            stop: Default::default(),
            sda: Default::default(),
        }
    }
}

impl Logic for SmbusTarget {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, scl_s, sda_s, state, bits, shift, count, sent, crc, err, cmd, lo, hi,
            reading, tx, load_tx, oe, we, re, wdata
        );
        // Two synchronizing stages, then the previous synchronized value: bit 1 now, bit 2 before.
        self.scl_s.d.next = (self.scl_s.q.val() << 1) | bit_cast::<3, 1>(self.scl.val().into());
        self.sda_s.d.next = (self.sda_s.q.val() << 1) | bit_cast::<3, 1>(self.sda_in.val().into());
        self.scl_rise.next = self.scl_s.q.val().get_bit(1) & !self.scl_s.q.val().get_bit(2);
        self.scl_fall.next = !self.scl_s.q.val().get_bit(1) & self.scl_s.q.val().get_bit(2);
        self.sda.next = self.sda_s.q.val().get_bit(1);
        self.start.next = self.scl_s.q.val().get_bit(1)
            & self.scl_s.q.val().get_bit(2)
            & !self.sda_s.q.val().get_bit(1)
            & self.sda_s.q.val().get_bit(2);
        self.stop.next = self.scl_s.q.val().get_bit(1)
            & self.scl_s.q.val().get_bit(2)
            & self.sda_s.q.val().get_bit(1)
            & !self.sda_s.q.val().get_bit(2);
        self.we.d.next = false;
        self.re.d.next = false;
        self.err.d.next = 0.into();
        // PEC: each address and data byte when its eighth bit is done (a START between bytes
        // leaves no partial byte behind), eight CRC steps at once.
        self.crc_steps[0].next = self.crc.q.val() ^ self.shift.q.val();
        if self.state.q.val() == SmbState::Tx {
            self.crc_steps[0].next = self.crc.q.val() ^ self.tx.q.val().get_bits::<8>(0);
        }
        for i in 0..8 {
            self.crc_steps[i + 1].next = self.crc_steps[i].val() << 1;
            if self.crc_steps[i].val().get_bit(7) {
                self.crc_steps[i + 1].next = (self.crc_steps[i].val() << 1) ^ 0x07;
            }
        }
        if self.scl_fall.val()
            & (self.bits.q.val() == 8)
            & ((self.state.q.val() == SmbState::Addr)
                | (self.state.q.val() == SmbState::Rx)
                | (self.state.q.val() == SmbState::Tx))
        {
            self.crc.d.next = self.crc_steps[8].val();
        }
        // reg_re is out for one clock; the answer is on reg_rdata the clock after.
        self.load_tx.d.next = self.re.q.val();
        if self.load_tx.q.val() {
            self.tx.d.next = self.reg_rdata.val();
        }

        match self.state.q.val() {
            SmbState::Idle => {}
            SmbState::Addr => {
                if self.scl_rise.val() {
                    self.shift.d.next =
                        (self.shift.q.val() << 1) | bit_cast::<8, 1>(self.sda.val().into());
                    self.bits.d.next = self.bits.q.val() + 1;
                }
                if self.scl_fall.val() & (self.bits.q.val() == 8) {
                    if self.shift.q.val().get_bits::<7>(1) == self.address.val() {
                        self.oe.d.next = true;
                        self.state.d.next = SmbState::Ack;
                        self.reading.d.next = self.shift.q.val().get_bit(0);
                        if self.shift.q.val().get_bit(0) {
                            self.re.d.next = true;
                            self.sent.d.next = 0.into();
                        } else {
                            self.count.d.next = 0.into();
                        }
                    } else {
                        self.state.d.next = SmbState::Ignore;
                    }
                }
            }
            SmbState::Ack => {
                // Release SDA after the ACK clock's falling edge; reads drive their first bit.
                if self.scl_fall.val() {
                    self.bits.d.next = 0.into();
                    if self.reading.q.val() {
                        self.state.d.next = SmbState::Tx;
                        self.oe.d.next = !self.tx.q.val().get_bit(7);
                        self.bits.d.next = 1.into();
                    } else {
                        self.oe.d.next = false;
                        self.state.d.next = SmbState::Rx;
                    }
                }
            }
            SmbState::Rx => {
                if self.scl_rise.val() {
                    self.shift.d.next =
                        (self.shift.q.val() << 1) | bit_cast::<8, 1>(self.sda.val().into());
                    self.bits.d.next = self.bits.q.val() + 1;
                }
                if self.scl_fall.val() & (self.bits.q.val() == 8) {
                    self.oe.d.next = true;
                    self.state.d.next = SmbState::Ack;
                    if self.count.q.val() == 0 {
                        self.cmd.d.next = self.shift.q.val();
                    }
                    if self.count.q.val() == 1 {
                        self.lo.d.next = self.shift.q.val();
                    }
                    if self.count.q.val() == 2 {
                        self.hi.d.next = self.shift.q.val();
                    }
                    if self.count.q.val() != 7 {
                        self.count.d.next = self.count.q.val() + 1;
                    }
                }
            }
            SmbState::Tx => {
                // Bits 7..0 of the low byte, then (after an ACK) of the high byte, in tx[7:0].
                if self.scl_fall.val() {
                    if self.bits.q.val() == 8 {
                        self.oe.d.next = false;
                        self.state.d.next = SmbState::TxAck;
                    } else {
                        self.oe.d.next = !self.tx.q.val().get_bit(7 - self.bits.q.val().index());
                        self.bits.d.next = self.bits.q.val() + 1;
                    }
                }
            }
            SmbState::TxAck => {
                if self.scl_rise.val() {
                    if self.sda.val() {
                        // NACK: the host wants no more.
                        self.state.d.next = SmbState::Ignore;
                    } else {
                        // The next byte: the high byte of a word, then the PEC, then 0xFF.
                        self.tx.d.next = 0xFFFF.into();
                        if bit_cast::<3, 2>(self.sent.q.val()) + 1
                            < bit_cast::<3, 2>(self.reg_len.val())
                        {
                            self.tx.d.next = self.tx.q.val() >> 8;
                        }
                        if bit_cast::<3, 2>(self.sent.q.val()) + 1
                            == bit_cast::<3, 2>(self.reg_len.val())
                        {
                            self.tx.d.next = bit_cast::<16, 8>(self.crc.q.val());
                        }
                        if self.sent.q.val() != 3 {
                            self.sent.d.next = self.sent.q.val() + 1;
                        }
                        self.state.d.next = SmbState::Tx;
                        self.bits.d.next = 0.into();
                    }
                }
            }
            SmbState::Ignore => {}
        }
        // START (also repeated) and STOP override everything.
        if self.start.val() {
            self.state.d.next = SmbState::Addr;
            self.bits.d.next = 0.into();
            self.oe.d.next = false;
            // A repeated start continues the transaction's PEC; a new transaction starts it.
            if (self.state.q.val() == SmbState::Idle) | (self.state.q.val() == SmbState::Ignore) {
                self.crc.d.next = 0.into();
            }
        }
        // A write transaction ends: `1 + len` bytes, or `2 + len` with a right PEC (the CRC
        // over the whole transaction, PEC byte included, is then 0).
        self.wbytes.next = bit_cast::<3, 2>(self.reg_len.val()) + 1;
        self.write_word.next = 0.into();
        if self.reg_len.val() == 1 {
            self.write_word.next = bit_cast::<16, 8>(self.lo.q.val());
        }
        if self.reg_len.val() == 2 {
            self.write_word.next =
                (bit_cast::<16, 8>(self.hi.q.val()) << 8) | bit_cast::<16, 8>(self.lo.q.val());
        }
        if self.stop.val() {
            self.state.d.next = SmbState::Idle;
            self.oe.d.next = false;
            if !self.reading.q.val()
                & (self.count.q.val() != 0)
                & (self.state.q.val() != SmbState::Ignore)
                & (self.state.q.val() != SmbState::Idle)
            {
                self.wdata.d.next = self.write_word.val();
                if self.count.q.val() == self.wbytes.val() {
                    self.we.d.next = true;
                } else if self.count.q.val() == (self.wbytes.val() + 1) {
                    if self.crc.q.val() == 0 {
                        self.we.d.next = true;
                    } else {
                        self.err.d.next = 1.into();
                    }
                } else {
                    self.err.d.next = 2.into();
                }
            }
            self.count.d.next = 0.into();
        }
        if self.reset.val() {
            self.state.d.next = SmbState::Idle;
            self.oe.d.next = false;
            self.count.d.next = 0.into();
            self.reading.d.next = false;
            self.we.d.next = false;
            self.re.d.next = false;
            self.err.d.next = 0.into();
        }
        self.sda_oe.next = self.oe.q.val();
        self.reg_we.next = self.we.q.val();
        self.reg_re.next = self.re.q.val();
        self.reg_addr.next = self.cmd.q.val();
        self.reg_wdata.next = self.wdata.q.val();
        self.reg_err.next = self.err.q.val();
    }
}

/// The Verilog module name of [`SmbusTarget`] emitted alone.
pub const SMBUS_MODULE: &str = "gridcore_smbus";

/// Emits [`SmbusTarget`] alone with `address`.
pub fn smbus_verilog(address: u8) -> String {
    let mut uut = SmbusTarget::new(address);
    uut.connect_all();
    crate::emit::rename_top(&generate_verilog(&uut), SMBUS_MODULE)
}
