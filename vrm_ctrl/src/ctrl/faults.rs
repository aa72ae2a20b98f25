//! Fault detection (docs/vrm.md §10): debounce counters, the STATUS bits each fault raises,
//! and the response that decides.
//!
//! # Contract
//! - While on, at each tick, each debounced condition (UV outside a soft start, OC on the
//!   instantaneous total, OT, input UV, duty saturation outside a soft start) counts up while it
//!   holds and restarts when it does not; it fires when its count reaches its limit
//!   (MFR_FLT_N, MFR_SAT_N; 0 counts as 1). OV (`ov`, registered by the top) and the balance
//!   unit's imbalance (`f_imb`) fire at once; nothing fires while off.
//! - `raise_*` are the STATUS bits the firing faults set this cycle; `resp` is the response
//!   byte of the last firing fault in §10's table order (OV last, so it wins), and `shut` says
//!   it shuts the phases down (bits 7:6 non-zero).
//! - `turn_on` and `reset` clear the counters.

use rust_hdl::prelude::*;

/// Fault detection. See the module docs.
#[derive(LogicBlock, Default)]
pub struct Faults {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// The controller turns on at this edge.
    pub turn_on: Signal<In, Bit>,
    /// A control tick.
    pub tick: Signal<In, Bit>,
    /// The controller is on.
    pub on: Signal<In, Bit>,
    /// A soft start is running.
    pub ss: Signal<In, Bit>,
    /// The registered over-voltage flag.
    pub ov: Signal<In, Bit>,
    /// The balance unit's imbalance fault.
    pub f_imb: Signal<In, Bit>,
    /// Output voltage code.
    pub vout_code: Signal<In, Bits<13>>,
    /// Input voltage code.
    pub vin_code: Signal<In, Bits<13>>,
    /// Temperature code (signed).
    pub temp_code: Signal<In, Bits<12>>,
    /// Instantaneous total current (signed).
    pub i_inst: Signal<In, Bits<18>>,
    /// The duty command is at its limit.
    pub u_at_max: Signal<In, Bit>,
    /// VOUT_UV_FAULT_LIMIT.
    pub uv_limit: Signal<In, Bits<13>>,
    /// IOUT_OC_FAULT_LIMIT.
    pub oc_limit: Signal<In, Bits<40>>,
    /// OT_FAULT_LIMIT (signed).
    pub ot_limit: Signal<In, Bits<12>>,
    /// VIN_UV_FAULT_LIMIT.
    pub vin_uv_limit: Signal<In, Bits<13>>,
    /// MFR_FLT_N.
    pub flt_n_reg: Signal<In, Bits<8>>,
    /// MFR_SAT_N.
    pub sat_n_reg: Signal<In, Bits<12>>,
    /// VOUT_OV_FAULT_RESPONSE.
    pub ov_response: Signal<In, Bits<8>>,
    /// VOUT_UV_FAULT_RESPONSE.
    pub uv_response: Signal<In, Bits<8>>,
    /// IOUT_OC_FAULT_RESPONSE.
    pub oc_response: Signal<In, Bits<8>>,
    /// OT_FAULT_RESPONSE.
    pub ot_response: Signal<In, Bits<8>>,
    /// VIN_UV_FAULT_RESPONSE.
    pub vin_response: Signal<In, Bits<8>>,
    /// STATUS_VOUT bits raised.
    pub raise_vout: Signal<Out, Bits<8>>,
    /// STATUS_IOUT bits raised (by OC; the phases raise their own).
    pub raise_iout: Signal<Out, Bits<8>>,
    /// STATUS_INPUT bits raised.
    pub raise_input: Signal<Out, Bits<8>>,
    /// STATUS_TEMPERATURE bits raised.
    pub raise_temp: Signal<Out, Bits<8>>,
    /// STATUS_MFR_SPECIFIC bits raised.
    pub raise_mfr: Signal<Out, Bits<8>>,
    /// The deciding response byte.
    pub resp: Signal<Out, Bits<8>>,
    /// The response shuts the phases down.
    pub shut: Signal<Out, Bit>,

    cnt_uv: DFF<Bits<8>>,
    cnt_oc: DFF<Bits<8>>,
    cnt_ot: DFF<Bits<8>>,
    cnt_vin: DFF<Bits<8>>,
    cnt_sat: DFF<Bits<12>>,
    f_ov: Signal<Local, Bit>,
    f_vin: Signal<Local, Bit>,
    f_oc: Signal<Local, Bit>,
    f_uv: Signal<Local, Bit>,
    f_ot: Signal<Local, Bit>,
    f_imb_on: Signal<Local, Bit>,
    f_sat: Signal<Local, Bit>,
    flt_n: Signal<Local, Bits<8>>,
    sat_n: Signal<Local, Bits<12>>,
    resp_l: Signal<Local, Bits<8>>,
    r_vout: Signal<Local, Bits<8>>,
    r_mfr: Signal<Local, Bits<8>>,
}

impl Logic for Faults {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, cnt_uv, cnt_oc, cnt_ot, cnt_vin, cnt_sat);
        self.r_vout.next = 0.into();
        self.raise_input.next = 0.into();
        self.raise_temp.next = 0.into();
        self.r_mfr.next = 0.into();
        self.raise_iout.next = 0.into();
        self.flt_n.next = self.flt_n_reg.val();
        if self.flt_n_reg.val() == 0 {
            self.flt_n.next = 1.into();
        }
        self.sat_n.next = self.sat_n_reg.val();
        if self.sat_n_reg.val() == 0 {
            self.sat_n.next = 1.into();
        }
        self.f_ov.next = self.on.val() & self.ov.val();
        self.f_vin.next = false;
        self.f_oc.next = false;
        self.f_uv.next = false;
        self.f_ot.next = false;
        self.f_sat.next = false;
        if self.on.val() & self.tick.val() {
            // Each debounce counter: +1 (saturating at its limit) while the condition holds.
            if !self.ss.val() & (self.vout_code.val() < self.uv_limit.val()) {
                self.f_uv.next = self.cnt_uv.q.val() >= (self.flt_n.val() - 1);
                if !self.f_uv.val() {
                    self.cnt_uv.d.next = self.cnt_uv.q.val() + 1;
                }
            } else {
                self.cnt_uv.d.next = 0.into();
            }
            if !self.i_inst.val().get_bit(17)
                & (bit_cast::<40, 18>(self.i_inst.val()) > self.oc_limit.val())
            {
                self.f_oc.next = self.cnt_oc.q.val() >= (self.flt_n.val() - 1);
                if !self.f_oc.val() {
                    self.cnt_oc.d.next = self.cnt_oc.q.val() + 1;
                }
            } else {
                self.cnt_oc.d.next = 0.into();
            }
            // OT: temp_code > OT limit, both signed 12 bits (compare offset binary).
            if (self.temp_code.val() ^ 0x800) > (self.ot_limit.val() ^ 0x800) {
                self.f_ot.next = self.cnt_ot.q.val() >= (self.flt_n.val() - 1);
                if !self.f_ot.val() {
                    self.cnt_ot.d.next = self.cnt_ot.q.val() + 1;
                }
            } else {
                self.cnt_ot.d.next = 0.into();
            }
            if self.vin_code.val() < self.vin_uv_limit.val() {
                self.f_vin.next = self.cnt_vin.q.val() >= (self.flt_n.val() - 1);
                if !self.f_vin.val() {
                    self.cnt_vin.d.next = self.cnt_vin.q.val() + 1;
                }
            } else {
                self.cnt_vin.d.next = 0.into();
            }
            if !self.ss.val() & self.u_at_max.val() {
                self.f_sat.next = self.cnt_sat.q.val() >= (self.sat_n.val() - 1);
                if !self.f_sat.val() {
                    self.cnt_sat.d.next = self.cnt_sat.q.val() + 1;
                }
            } else {
                self.cnt_sat.d.next = 0.into();
            }
        }
        self.f_imb_on.next = self.f_imb.val() & self.on.val();
        // Status bits and the deciding response, in table order.
        self.resp_l.next = 0.into();
        if self.f_imb_on.val() | self.f_sat.val() {
            self.resp_l.next = 0x80.into();
        }
        if self.f_imb_on.val() {
            self.r_mfr.next = self.r_mfr.val() | 1;
        }
        if self.f_sat.val() {
            self.r_mfr.next = self.r_mfr.val() | 2;
        }
        if self.f_ot.val() {
            self.raise_temp.next = 0x80.into();
            if self.ot_response.val().get_bits::<2>(6) != 0 {
                self.resp_l.next = self.ot_response.val();
            }
        }
        if self.f_uv.val() {
            self.r_vout.next = self.r_vout.val() | 0x10;
            if self.uv_response.val().get_bits::<2>(6) != 0 {
                self.resp_l.next = self.uv_response.val();
            }
        }
        if self.f_oc.val() {
            self.raise_iout.next = 0x80.into();
            if self.oc_response.val().get_bits::<2>(6) != 0 {
                self.resp_l.next = self.oc_response.val();
            }
        }
        if self.f_vin.val() {
            self.raise_input.next = 0x10.into();
            if self.vin_response.val().get_bits::<2>(6) != 0 {
                self.resp_l.next = self.vin_response.val();
            }
        }
        if self.f_ov.val() {
            self.r_vout.next = self.r_vout.val() | 0x80;
            if self.ov_response.val().get_bits::<2>(6) != 0 {
                self.resp_l.next = self.ov_response.val();
            }
        }
        self.raise_vout.next = self.r_vout.val();
        self.raise_mfr.next = self.r_mfr.val();
        self.resp.next = self.resp_l.val();
        self.shut.next = self.resp_l.val().get_bits::<2>(6) != 0;

        if self.turn_on.val() | self.reset.val() {
            self.cnt_uv.d.next = 0.into();
            self.cnt_oc.d.next = 0.into();
            self.cnt_ot.d.next = 0.into();
            self.cnt_vin.d.next = 0.into();
            self.cnt_sat.d.next = 0.into();
        }
    }
}
