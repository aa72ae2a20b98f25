//! SPI target receiving 16-bit words (mode 0: sample MOSI on SCK rising, MSB first), the sensor
//! link of the regulator's board tops: a frame is one chip-select low period, its words numbered
//! from 0. SCK, CS_N and MOSI pass two synchronizing flip-flops, so SCK must stay below a quarter
//! of the system clock.

use rust_hdl::prelude::*;

/// The word receiver.
#[derive(LogicBlock, Default)]
pub struct SpiWordRx {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Serial clock from the host.
    pub sck: Signal<In, Bit>,
    /// Chip select, active low: frames the words.
    pub cs_n: Signal<In, Bit>,
    /// Serial data from the host.
    pub mosi: Signal<In, Bit>,
    /// The last complete word.
    pub word: Signal<Out, Bits<16>>,
    /// Its number within the frame.
    pub index: Signal<Out, Bits<5>>,
    /// High for one clock when `word` and `index` are new.
    pub strobe: Signal<Out, Bit>,
    sck_s: DFF<Bits<3>>,
    cs_s: DFF<Bits<2>>,
    mosi_s: DFF<Bits<2>>,
    shift: DFF<Bits<16>>,
    bits: DFF<Bits<4>>,
    count: DFF<Bits<5>>,
    word_q: DFF<Bits<16>>,
    index_q: DFF<Bits<5>>,
    strobe_q: DFF<Bit>,
}

impl Logic for SpiWordRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sck_s, cs_s, mosi_s, shift, bits, count, word_q, index_q, strobe_q);
        // Two synchronizing stages; SCK keeps a third to see its rising edge.
        self.sck_s.d.next = (self.sck_s.q.val() << 1) | bit_cast::<3, 1>(self.sck.val().into());
        self.cs_s.d.next = (self.cs_s.q.val() << 1) | bit_cast::<2, 1>(self.cs_n.val().into());
        self.mosi_s.d.next = (self.mosi_s.q.val() << 1) | bit_cast::<2, 1>(self.mosi.val().into());
        self.strobe_q.d.next = false;
        if self.cs_s.q.val().get_bit(1) {
            self.bits.d.next = 0.into();
            self.count.d.next = 0.into();
        } else if self.sck_s.q.val().get_bit(1) & !self.sck_s.q.val().get_bit(2) {
            self.shift.d.next = (self.shift.q.val() << 1)
                | bit_cast::<16, 1>(self.mosi_s.q.val().get_bit(1).into());
            self.bits.d.next = self.bits.q.val() + 1;
            if self.bits.q.val() == 15 {
                self.word_q.d.next = (self.shift.q.val() << 1)
                    | bit_cast::<16, 1>(self.mosi_s.q.val().get_bit(1).into());
                self.index_q.d.next = self.count.q.val();
                self.strobe_q.d.next = true;
                self.count.d.next = self.count.q.val() + 1;
            }
        }
        if self.reset.val() {
            self.bits.d.next = 0.into();
            self.count.d.next = 0.into();
            self.strobe_q.d.next = false;
        }
        self.word.next = self.word_q.q.val();
        self.index.next = self.index_q.q.val();
        self.strobe.next = self.strobe_q.q.val();
    }
}
