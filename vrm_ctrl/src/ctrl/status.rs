//! The register port's status and telemetry side (docs/vrm.md §11): the STATUS registers,
//! CLEAR_FAULTS, the read-only words, LINEAR11 telemetry, and communication faults. The stored
//! registers are `regs::RegFile`'s.
//!
//! # Contract
//! - A read (`re`) of a code this block answers registers its word into `rdata` at the edge
//!   (from the state before it); other codes read 0 here (the register file answers those; the
//!   top ORs the two). A read of an unknown code raises STATUS_CML's invalid-command bit.
//! - STATUS bits are sticky: each edge ORs in the bits raised (`raise_*`, and CML's own), and
//!   CLEAR_FAULTS (a write of 0x03) replaces them with the bits raised in its cycle.
//! - A write the register file refuses raises CML (unknown or read-only code: invalid command;
//!   converter busy: other fault); an accepted write of VOUT_COMMAND, VOUT_MAX or TON_RISE
//!   restarts the soft-start rate computation (`restart`). `err` (a refused bus transaction:
//!   bad PEC, wrong byte count) raises its CML bits.
//! - `alert` is any STATUS bit set. Reset clears the STATUS registers and `rdata`.

use rust_hdl::prelude::*;

/// Status and telemetry. See the module docs.
#[derive(LogicBlock)]
pub struct StatusPort {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// The controller is on.
    pub on: Signal<In, Bit>,
    /// A soft start is running.
    pub ss: Signal<In, Bit>,
    /// Register write strobe.
    pub we: Signal<In, Bit>,
    /// Register read strobe.
    pub re: Signal<In, Bit>,
    /// Command code.
    pub addr: Signal<In, Bits<8>>,
    /// A refused bus transaction: bit 0 bad PEC, bit 1 wrong byte count.
    pub err: Signal<In, Bits<2>>,
    /// `addr` is a writable register.
    pub writable: Signal<In, Bit>,
    /// The register file's converter is busy.
    pub busy: Signal<In, Bit>,
    /// Output voltage code.
    pub vout_code: Signal<In, Bits<13>>,
    /// Input voltage code.
    pub vin_code: Signal<In, Bits<13>>,
    /// Temperature code (signed).
    pub temp_code: Signal<In, Bits<12>>,
    /// Filtered total current (signed).
    pub i_filt: Signal<In, Bits<24>>,
    /// STATUS_VOUT bits raised this cycle.
    pub raise_vout: Signal<In, Bits<8>>,
    /// STATUS_IOUT bits raised.
    pub raise_iout: Signal<In, Bits<8>>,
    /// STATUS_INPUT bits raised.
    pub raise_input: Signal<In, Bits<8>>,
    /// STATUS_TEMPERATURE bits raised.
    pub raise_temp: Signal<In, Bits<8>>,
    /// STATUS_MFR_SPECIFIC bits raised.
    pub raise_mfr: Signal<In, Bits<8>>,
    /// The answer to the last read (0 for codes the register file answers).
    pub rdata: Signal<Out, Bits<16>>,
    /// Any STATUS bit set.
    pub alert: Signal<Out, Bit>,
    /// Restart the soft-start rate computation.
    pub restart: Signal<Out, Bit>,

    freq_word: Constant<Bits<16>>,
    st_vout: DFF<Bits<8>>,
    st_iout: DFF<Bits<8>>,
    st_input: DFF<Bits<8>>,
    st_temp: DFF<Bits<8>>,
    st_mfr: DFF<Bits<8>>,
    // STATUS_CML (§11): 7 invalid command, 5 PEC failed, 1 other communication fault.
    st_cml: DFF<Bits<8>>,
    rdata_q: DFF<Bits<16>>,
    raise_cml: Signal<Local, Bits<8>>,
    clear: Signal<Local, Bit>,
    status_byte: Signal<Local, Bits<16>>,
    status_word: Signal<Local, Bits<16>>,
    known: Signal<Local, Bit>,
    tele: Signal<Local, Bits<16>>,
    tele_q: Signal<Local, Bits<5>>,
    tele_sh: Signal<Local, Bits<16>>,
    tele_flip: Signal<Local, Bits<16>>,
    tele_s: Signal<Local, Bits<5>>,
    tele_word: Signal<Local, Bits<16>>,
}

impl StatusPort {
    /// The status side of a controller whose FREQUENCY_SWITCH reads `freq_word`.
    pub fn new(freq_word: u64) -> Self {
        StatusPort {
            clock: Default::default(),
            reset: Default::default(),
            on: Default::default(),
            ss: Default::default(),
            we: Default::default(),
            re: Default::default(),
            addr: Default::default(),
            err: Default::default(),
            writable: Default::default(),
            busy: Default::default(),
            vout_code: Default::default(),
            vin_code: Default::default(),
            temp_code: Default::default(),
            i_filt: Default::default(),
            raise_vout: Default::default(),
            raise_iout: Default::default(),
            raise_input: Default::default(),
            raise_temp: Default::default(),
            raise_mfr: Default::default(),
            rdata: Default::default(),
            alert: Default::default(),
            restart: Default::default(),
            freq_word: Constant::new(freq_word.into()),
            st_vout: Default::default(),
            st_iout: Default::default(),
            st_input: Default::default(),
            st_temp: Default::default(),
            st_mfr: Default::default(),
            st_cml: Default::default(),
            rdata_q: Default::default(),
            raise_cml: Default::default(),
            clear: Default::default(),
            status_byte: Default::default(),
            status_word: Default::default(),
            known: Default::default(),
            tele: Default::default(),
            tele_q: Default::default(),
            tele_sh: Default::default(),
            tele_flip: Default::default(),
            tele_s: Default::default(),
            tele_word: Default::default(),
        }
    }
}

impl Logic for StatusPort {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, st_vout, st_iout, st_input, st_temp, st_mfr, st_cml, rdata_q);
        self.raise_cml.next = 0.into();
        self.restart.next = false;
        self.status_byte.next = 0.into();
        if !self.on.val() {
            self.status_byte.next = 0x40.into();
        }
        self.status_byte.next = self.status_byte.val()
            | (bit_cast::<16, 1>(self.st_vout.q.val().get_bits::<1>(7)) << 5)
            | (bit_cast::<16, 1>(self.st_iout.q.val().get_bits::<1>(7)) << 4)
            | (bit_cast::<16, 1>(self.st_input.q.val().get_bits::<1>(4)) << 3);
        if self.st_temp.q.val() != 0 {
            self.status_byte.next = self.status_byte.val() | 4;
        }
        if self.st_cml.q.val() != 0 {
            self.status_byte.next = self.status_byte.val() | 2;
        }
        if self.st_mfr.q.val() != 0 {
            self.status_byte.next = self.status_byte.val() | 1;
        }
        self.status_word.next = self.status_byte.val();
        if self.st_vout.q.val() != 0 {
            self.status_word.next = self.status_word.val() | 0x8000;
        }
        if self.st_iout.q.val() != 0 {
            self.status_word.next = self.status_word.val() | 0x4000;
        }
        if self.st_input.q.val() != 0 {
            self.status_word.next = self.status_word.val() | 0x2000;
        }
        if self.st_mfr.q.val() != 0 {
            self.status_word.next = self.status_word.val() | 0x1000;
        }
        if !self.on.val() | self.ss.val() {
            self.status_word.next = self.status_word.val() | 0x0800;
        }
        self.known.next = self.writable.val()
            | (self.addr.val() == 0x03)
            | (self.addr.val() == 0x19)
            | (self.addr.val() == 0x20)
            | (self.addr.val() == 0x33)
            | ((self.addr.val() >= 0x78) & (self.addr.val() <= 0x7E))
            | (self.addr.val() == 0x80)
            | (self.addr.val() == 0x88)
            | ((self.addr.val() >= 0x8B) & (self.addr.val() <= 0x8D))
            | (self.addr.val() == 0x98);
        // Telemetry normalization (§11.1): the source and its q, 16 bits (vin 13 unsigned,
        // i_filt within ±2^15 as the filtered sum of at most 16 averages of 12-bit codes,
        // temperature 12 signed), so s is at most 5.
        self.tele.next = bit_cast::<16, 13>(self.vin_code.val());
        self.tele_q.next = 8.into();
        if self.addr.val() == 0x8C {
            self.tele.next = bit_cast::<16, 24>(self.i_filt.val());
            self.tele_q.next = 4.into();
        }
        if self.addr.val() == 0x8D {
            self.tele.next = bit_cast::<16, 12>(self.temp_code.val());
            if self.temp_code.val().get_bit(11) {
                self.tele.next = bit_cast::<16, 12>(self.temp_code.val()) | 0xF000_u64;
            }
            self.tele_q.next = 4.into();
        }
        // Smallest shift s (0..5) for which tele >> s fits 11 bits signed: bits 15..10+s all
        // equal, so s = h − 9 for the highest h in 10..14 where bits h and h + 1 differ (else 0).
        self.tele_flip.next = self.tele.val() ^ (self.tele.val() >> 1);
        self.tele_s.next = 0.into();
        if self.tele_flip.val().get_bit(10) {
            self.tele_s.next = 1.into();
        }
        if self.tele_flip.val().get_bit(11) {
            self.tele_s.next = 2.into();
        }
        if self.tele_flip.val().get_bit(12) {
            self.tele_s.next = 3.into();
        }
        if self.tele_flip.val().get_bit(13) {
            self.tele_s.next = 4.into();
        }
        if self.tele_flip.val().get_bit(14) {
            self.tele_s.next = 5.into();
        }
        // Bits s + 10 .. s of a 16-bit value: a logical shift suffices.
        self.tele_sh.next = self.tele.val() >> self.tele_s.val();
        self.tele_word.next = (bit_cast::<16, 5>(self.tele_s.val() - self.tele_q.val()) << 11)
            | bit_cast::<16, 11>(self.tele_sh.val().get_bits::<11>(0));
        if self.re.val() {
            self.rdata_q.d.next = 0.into();
            if self.addr.val() == 0x20 {
                self.rdata_q.d.next = 0x14.into();
            }
            if self.addr.val() == 0x33 {
                self.rdata_q.d.next = self.freq_word.val();
            }
            if self.addr.val() == 0x78 {
                self.rdata_q.d.next = self.status_byte.val();
            }
            if self.addr.val() == 0x79 {
                self.rdata_q.d.next = self.status_word.val();
            }
            if self.addr.val() == 0x7A {
                self.rdata_q.d.next = bit_cast::<16, 8>(self.st_vout.q.val());
            }
            if self.addr.val() == 0x7B {
                self.rdata_q.d.next = bit_cast::<16, 8>(self.st_iout.q.val());
            }
            if self.addr.val() == 0x7C {
                self.rdata_q.d.next = bit_cast::<16, 8>(self.st_input.q.val());
            }
            if self.addr.val() == 0x7D {
                self.rdata_q.d.next = bit_cast::<16, 8>(self.st_temp.q.val());
            }
            if self.addr.val() == 0x80 {
                self.rdata_q.d.next = bit_cast::<16, 8>(self.st_mfr.q.val());
            }
            if (self.addr.val() == 0x88) | (self.addr.val() == 0x8C) | (self.addr.val() == 0x8D) {
                self.rdata_q.d.next = self.tele_word.val();
            }
            if self.addr.val() == 0x8B {
                self.rdata_q.d.next = bit_cast::<16, 13>(self.vout_code.val());
            }
            if self.addr.val() == 0x98 {
                self.rdata_q.d.next = 0x33.into();
            }
            if self.addr.val() == 0x19 {
                self.rdata_q.d.next = 0xB0.into();
            }
            if self.addr.val() == 0x7E {
                self.rdata_q.d.next = bit_cast::<16, 8>(self.st_cml.q.val());
            }
            if !self.known.val() {
                self.raise_cml.next = 0x80.into();
            }
        }
        self.clear.next = false;
        if self.we.val() {
            if self.addr.val() == 0x03 {
                self.clear.next = true;
            } else if !self.writable.val() {
                self.raise_cml.next = 0x80.into();
            } else if self.busy.val() {
                // Refused: the converter is busy with the previous write (§11).
                self.raise_cml.next = 0x02.into();
            } else if (self.addr.val() == 0x21)
                | (self.addr.val() == 0x24)
                | (self.addr.val() == 0x61)
            {
                self.restart.next = true;
            }
        }
        // A refused bus transaction (§11.2): PEC failed, other communication fault.
        if self.err.val().get_bit(0) {
            self.raise_cml.next = self.raise_cml.val() | 0x20;
        }
        if self.err.val().get_bit(1) {
            self.raise_cml.next = self.raise_cml.val() | 0x02;
        }
        if self.clear.val() {
            self.st_vout.d.next = self.raise_vout.val();
            self.st_iout.d.next = self.raise_iout.val();
            self.st_input.d.next = self.raise_input.val();
            self.st_temp.d.next = self.raise_temp.val();
            self.st_mfr.d.next = self.raise_mfr.val();
            self.st_cml.d.next = self.raise_cml.val();
        } else {
            self.st_vout.d.next = self.st_vout.q.val() | self.raise_vout.val();
            self.st_iout.d.next = self.st_iout.q.val() | self.raise_iout.val();
            self.st_input.d.next = self.st_input.q.val() | self.raise_input.val();
            self.st_temp.d.next = self.st_temp.q.val() | self.raise_temp.val();
            self.st_mfr.d.next = self.st_mfr.q.val() | self.raise_mfr.val();
            self.st_cml.d.next = self.st_cml.q.val() | self.raise_cml.val();
        }
        if self.reset.val() {
            self.st_vout.d.next = 0.into();
            self.st_iout.d.next = 0.into();
            self.st_input.d.next = 0.into();
            self.st_temp.d.next = 0.into();
            self.st_mfr.d.next = 0.into();
            self.st_cml.d.next = 0.into();
            self.rdata_q.d.next = 0.into();
        }
        self.rdata.next = self.rdata_q.q.val();
        self.alert.next = (self.st_vout.q.val() != 0)
            | (self.st_iout.q.val() != 0)
            | (self.st_input.q.val() != 0)
            | (self.st_temp.q.val() != 0)
            | (self.st_mfr.q.val() != 0)
            | (self.st_cml.q.val() != 0);
    }
}
