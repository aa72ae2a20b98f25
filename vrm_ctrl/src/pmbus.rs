//! The controller behind its SMBus/PMBus target (`rtl::smbus`): what a board or a system sees —
//! sensors in, gates out, PMBus on two wires (docs/vrm.md §11).

use crate::ctrl::VrmCtrl;
use rtl::mul::MulTarget;
use rtl::smbus::SmbusTarget;
use rust_hdl::prelude::*;

/// The controller with a PMBus interface instead of the parallel register port.
#[derive(LogicBlock)]
pub struct VrmPmbus {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// Enable pin.
    pub en: Signal<In, Bit>,
    /// Over-voltage comparator.
    pub ov_in: Signal<In, Bit>,
    /// Output voltage code.
    pub vout_code: Signal<In, Bits<13>>,
    /// Input voltage code.
    pub vin_code: Signal<In, Bits<13>>,
    /// Temperature code.
    pub temp_code: Signal<In, Bits<12>>,
    /// Phase current codes.
    pub iph: Vec<Signal<In, Bits<12>>>,
    /// SMBus clock.
    pub scl: Signal<In, Bit>,
    /// SMBus data as seen on the pin.
    pub sda_in: Signal<In, Bit>,
    /// Pull SMBus data low.
    pub sda_oe: Signal<Out, Bit>,
    /// High-side gates.
    pub hs: Signal<Out, Bits<16>>,
    /// Low-side gates.
    pub ls: Signal<Out, Bits<16>>,
    /// Power good.
    pub pgood: Signal<Out, Bit>,
    /// SMBALERT# (active high here).
    pub alert: Signal<Out, Bit>,
    /// Reference (exposed state).
    pub vref: Signal<Out, Bits<13>>,
    /// Mode code (exposed state).
    pub mode: Signal<Out, Bits<3>>,
    smbus: SmbusTarget,
    ctrl: VrmCtrl,
    // Data bytes per command code (docs/vrm.md §11.2), for the byte count and PEC position.
    lengths: ROM<Bits<2>, 8>,
}

impl VrmPmbus {
    /// A controller build answering to the 7-bit PMBus `address`, products built for `target`.
    pub fn new(address: u8, phases: usize, period: u32, ctrl_div: u32, target: MulTarget) -> Self {
        VrmPmbus {
            clock: Default::default(),
            reset: Default::default(),
            en: Default::default(),
            ov_in: Default::default(),
            vout_code: Default::default(),
            vin_code: Default::default(),
            temp_code: Default::default(),
            iph: (0..16).map(|_| Default::default()).collect(),
            scl: Default::default(),
            sda_in: Default::default(),
            sda_oe: Default::default(),
            hs: Default::default(),
            ls: Default::default(),
            pgood: Default::default(),
            alert: Default::default(),
            vref: Default::default(),
            mode: Default::default(),
            smbus: SmbusTarget::new(address),
            ctrl: VrmCtrl::new(phases, period, ctrl_div, target),
            lengths: ROM::new(
                (0..256u64)
                    .map(|c| (c.into(), u64::from(spec::vrm::data_bytes(c as u8)).into()))
                    .collect(),
            ),
        }
    }
}

impl Logic for VrmPmbus {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, smbus, ctrl);
        self.smbus.reset.next = self.reset.val();
        self.smbus.scl.next = self.scl.val();
        self.smbus.sda_in.next = self.sda_in.val();
        self.smbus.reg_rdata.next = self.ctrl.reg_rdata.val();
        self.lengths.address.next = self.smbus.reg_addr.val();
        self.smbus.reg_len.next = self.lengths.data.val();
        self.ctrl.reg_err.next = self.smbus.reg_err.val();
        self.ctrl.reset.next = self.reset.val();
        self.ctrl.en.next = self.en.val();
        self.ctrl.ov_in.next = self.ov_in.val();
        self.ctrl.vout_code.next = self.vout_code.val();
        self.ctrl.vin_code.next = self.vin_code.val();
        self.ctrl.temp_code.next = self.temp_code.val();
        for i in 0..self.iph.len() {
            self.ctrl.iph[i].next = self.iph[i].val();
        }
        self.ctrl.reg_we.next = self.smbus.reg_we.val();
        self.ctrl.reg_re.next = self.smbus.reg_re.val();
        self.ctrl.reg_addr.next = self.smbus.reg_addr.val();
        self.ctrl.reg_wdata.next = self.smbus.reg_wdata.val();
        self.sda_oe.next = self.smbus.sda_oe.val();
        self.hs.next = self.ctrl.hs.val();
        self.ls.next = self.ctrl.ls.val();
        self.pgood.next = self.ctrl.pgood.val();
        self.alert.next = self.ctrl.alert.val();
        self.vref.next = self.ctrl.vref.val();
        self.mode.next = self.ctrl.mode.val();
    }
}

/// The Verilog module name of [`VrmPmbus`].
pub const VRM_PMBUS_MODULE: &str = "gridcore_vrm_pmbus";

/// Emits [`VrmPmbus`] for a build.
pub fn verilog(address: u8, phases: usize, period: u32, ctrl_div: u32) -> String {
    let mut uut = VrmPmbus::new(address, phases, period, ctrl_div, MulTarget::Generic);
    uut.connect_all();
    rtl::emit::rename_top(&generate_verilog(&uut), VRM_PMBUS_MODULE)
}
