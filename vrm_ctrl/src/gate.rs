//! One phase's gate drive with dead time (docs/vrm.md §3).
//!
//! The safety rules live here and nowhere else: the two outputs are registers, a switch turns on
//! only when the other is off and both have been off for the programmed dead time, and a switch
//! already on stays on while its request holds. `quiet` is exported so the formal harness
//! (`formal/gate_props.sv`) can state the induction invariant that ties it to what it observes.

use rust_hdl::prelude::*;

/// Gate drive of one phase.
#[derive(LogicBlock, Default)]
pub struct PhaseGate {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: both switches off, `quiet = 0`.
    pub reset: Signal<In, Bit>,
    /// Request the high side (with `req_ls` also high: neither).
    pub req_hs: Signal<In, Bit>,
    /// Request the low side.
    pub req_ls: Signal<In, Bit>,
    /// Clocks both switches must have been off before the high side turns on.
    pub dt_rise: Signal<In, Bits<8>>,
    /// Clocks both switches must have been off before the low side turns on.
    pub dt_fall: Signal<In, Bits<8>>,
    /// High-side gate command.
    pub hs: Signal<Out, Bit>,
    /// Low-side gate command.
    pub ls: Signal<Out, Bit>,
    /// Clocks with both outputs off, saturating at 255.
    pub quiet: Signal<Out, Bits<8>>,
    hs_q: DFF<Bit>,
    ls_q: DFF<Bit>,
    quiet_q: DFF<Bits<8>>,
    hs_next: Signal<Local, Bit>,
    ls_next: Signal<Local, Bit>,
}

impl Logic for PhaseGate {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, hs_q, ls_q, quiet_q);
        self.hs_next.next = self.req_hs.val()
            & !self.req_ls.val()
            & !self.ls_q.q.val()
            & (self.hs_q.q.val() | (self.quiet_q.q.val() >= self.dt_rise.val()));
        self.ls_next.next = self.req_ls.val()
            & !self.req_hs.val()
            & !self.hs_q.q.val()
            & (self.ls_q.q.val() | (self.quiet_q.q.val() >= self.dt_fall.val()));
        self.hs_q.d.next = self.hs_next.val();
        self.ls_q.d.next = self.ls_next.val();
        if self.hs_next.val() | self.ls_next.val() {
            self.quiet_q.d.next = 0.into();
        } else if self.quiet_q.q.val() != 255 {
            self.quiet_q.d.next = self.quiet_q.q.val() + 1;
        }
        if self.reset.val() {
            self.hs_q.d.next = false;
            self.ls_q.d.next = false;
            self.quiet_q.d.next = 0.into();
        }
        self.hs.next = self.hs_q.q.val();
        self.ls.next = self.ls_q.q.val();
        self.quiet.next = self.quiet_q.q.val();
    }
}

/// The Verilog module name of [`PhaseGate`] when emitted alone.
pub const GATE_MODULE: &str = "gridcore_phase_gate";

/// Emits [`PhaseGate`] alone (for its formal proof).
pub fn gate_verilog() -> String {
    let mut uut = PhaseGate::default();
    uut.connect_all();
    rtl::emit::rename_top(&generate_verilog(&uut), GATE_MODULE)
}
