//! Board top of the regulator controller: PMBus on two pins (SDA open drain), the sensor codes
//! from an SPI link, a gate pair per phase, power-good and alert LEDs (docs/vrm.md §15).
//!
//! Sensor frame (one chip-select low period, 16-bit words, MSB first, SPI mode 0): word 0 the
//! vout code, 1 the vin code, 2 the temperature code, 3 + i phase i's current code; each code
//! takes its word's low bits and holds until the next frame rewrites it. EN and the OV comparator
//! pass two synchronizing flip-flops, so the over-voltage response seen at the pins is two clocks
//! longer than the controller's own (§7).

use rtl::mul::MulTarget;
use rtl::spi::SpiWordRx;
use rust_hdl::prelude::*;
use vrm_ctrl::pmbus::VrmPmbus;

/// PMBus address of the board builds.
pub const PMBUS_ADDRESS: u8 = 0x40;

/// The board top for `phases` phases.
#[derive(LogicBlock)]
pub struct VrmBoardTop {
    /// Board clock.
    pub clock: Signal<In, Clock>,
    /// PMBus clock.
    pub scl: Signal<In, Bit>,
    /// PMBus data (open drain).
    pub sda: Signal<InOut, Bit>,
    /// Enable pin.
    pub en: Signal<In, Bit>,
    /// Over-voltage comparator.
    pub ov_in: Signal<In, Bit>,
    /// Sensor link clock.
    pub adc_sck: Signal<In, Bit>,
    /// Sensor link chip select (active low).
    pub adc_cs_n: Signal<In, Bit>,
    /// Sensor link data.
    pub adc_mosi: Signal<In, Bit>,
    /// High-side gate of each phase.
    pub hs: Vec<Signal<Out, Bit>>,
    /// Low-side gate of each phase.
    pub ls: Vec<Signal<Out, Bit>>,
    /// LEDs: power good, alert (polarity per board).
    pub leds: Signal<Out, Bits<2>>,
    sda_buf: TristateBuffer<Bit>,
    ctrl: VrmPmbus,
    sensors: SpiWordRx,
    led_invert: Constant<Bits<2>>,
    por: DFF<Bits<4>>,
    en_s: DFF<Bits<2>>,
    ov_s: DFF<Bits<2>>,
    vout: DFF<Bits<13>>,
    vin: DFF<Bits<13>>,
    temp: DFF<Bits<12>>,
    iph: Vec<DFF<Bits<12>>>,
    /// The frame word of each phase's current code.
    iph_word: Vec<Constant<Bits<5>>>,
    por_reset: Signal<Local, Bit>,
}

impl VrmBoardTop {
    /// A top for `phases` phases (period `period`, control period `ctrl_div` clocks), products
    /// built for `target`, the LEDs set in the mask `led_invert` active low.
    pub fn new(
        phases: usize,
        period: u32,
        ctrl_div: u32,
        target: MulTarget,
        led_invert: u64,
    ) -> Self {
        VrmBoardTop {
            clock: Default::default(),
            scl: Default::default(),
            sda: Default::default(),
            en: Default::default(),
            ov_in: Default::default(),
            adc_sck: Default::default(),
            adc_cs_n: Default::default(),
            adc_mosi: Default::default(),
            hs: (0..phases).map(|_| Default::default()).collect(),
            ls: (0..phases).map(|_| Default::default()).collect(),
            leds: Default::default(),
            sda_buf: Default::default(),
            ctrl: VrmPmbus::new(PMBUS_ADDRESS, phases, period, ctrl_div, target),
            sensors: Default::default(),
            led_invert: Constant::new(led_invert.into()),
            por: Default::default(),
            en_s: Default::default(),
            ov_s: Default::default(),
            vout: Default::default(),
            vin: Default::default(),
            temp: Default::default(),
            iph: (0..phases).map(|_| Default::default()).collect(),
            iph_word: (0..phases)
                .map(|i| Constant::new((i as u64 + 3).into()))
                .collect(),
            por_reset: Default::default(),
        }
    }
}

impl Logic for VrmBoardTop {
    #[hdl_gen]
    fn update(&mut self) {
        Signal::<InOut, Bit>::link(&mut self.sda, &mut self.sda_buf.bus);
        clock!(self, clock, ctrl, sensors);
        dff_setup!(self, clock, por, en_s, ov_s, vout, vin, temp);
        for i in 0..self.iph.len() {
            self.iph[i].clock.next = self.clock.val();
            self.iph[i].d.next = self.iph[i].q.val();
        }
        // Power-on reset: 15 clocks after configuration.
        self.por_reset.next = self.por.q.val() != 15;
        if self.por_reset.val() {
            self.por.d.next = self.por.q.val() + 1;
        }
        self.en_s.d.next = (self.en_s.q.val() << 1) | bit_cast::<2, 1>(self.en.val().into());
        self.ov_s.d.next = (self.ov_s.q.val() << 1) | bit_cast::<2, 1>(self.ov_in.val().into());

        self.sensors.reset.next = self.por_reset.val();
        self.sensors.sck.next = self.adc_sck.val();
        self.sensors.cs_n.next = self.adc_cs_n.val();
        self.sensors.mosi.next = self.adc_mosi.val();
        if self.sensors.strobe.val() {
            if self.sensors.index.val() == 0 {
                self.vout.d.next = self.sensors.word.val().get_bits::<13>(0);
            }
            if self.sensors.index.val() == 1 {
                self.vin.d.next = self.sensors.word.val().get_bits::<13>(0);
            }
            if self.sensors.index.val() == 2 {
                self.temp.d.next = self.sensors.word.val().get_bits::<12>(0);
            }
            for i in 0..self.iph.len() {
                if self.sensors.index.val() == self.iph_word[i].val() {
                    self.iph[i].d.next = self.sensors.word.val().get_bits::<12>(0);
                }
            }
        }
        if self.por_reset.val() {
            self.vout.d.next = 0.into();
            self.vin.d.next = 0.into();
            self.temp.d.next = 0.into();
            for i in 0..self.iph.len() {
                self.iph[i].d.next = 0.into();
            }
        }

        self.sda_buf.write_enable.next = self.ctrl.sda_oe.val();
        self.sda_buf.write_data.next = false;
        self.ctrl.reset.next = self.por_reset.val();
        self.ctrl.scl.next = self.scl.val();
        self.ctrl.sda_in.next = self.sda_buf.read_data.val();
        self.ctrl.en.next = self.en_s.q.val().get_bit(1);
        self.ctrl.ov_in.next = self.ov_s.q.val().get_bit(1);
        self.ctrl.vout_code.next = self.vout.q.val();
        self.ctrl.vin_code.next = self.vin.q.val();
        self.ctrl.temp_code.next = self.temp.q.val();
        for i in 0..self.ctrl.iph.len() {
            self.ctrl.iph[i].next = 0.into();
        }
        for i in 0..self.iph.len() {
            self.ctrl.iph[i].next = self.iph[i].q.val();
        }
        for i in 0..self.hs.len() {
            self.hs[i].next = self.ctrl.hs.val().get_bit(i);
            self.ls[i].next = self.ctrl.ls.val().get_bit(i);
        }
        self.leds.next = ((bit_cast::<2, 1>(self.ctrl.alert.val().into()) << 1)
            | bit_cast::<2, 1>(self.ctrl.pgood.val().into()))
            ^ self.led_invert.val();
    }
}

/// The board top's Verilog (top module [`crate::TOP_MODULE`]).
pub fn vrm_top_verilog(
    phases: usize,
    period: u32,
    ctrl_div: u32,
    target: MulTarget,
    led_invert: u64,
) -> String {
    let mut uut = VrmBoardTop::new(phases, period, ctrl_div, target, led_invert);
    uut.connect_all();
    rtl::emit::rename_top(&generate_verilog(&uut), crate::TOP_MODULE)
}
