//! The tile's drain (docs/tile.md §8): one shadow accumulator per entry, every `D` clocks, into
//! the requantizer, with its parameter and output addresses.
//!
//! # Contract
//! - In Check (`check`) the drain takes the FC's `y_base` from `ir` (bits 32..48).
//! - `start` (the engine's `p4_last`: the lanes copy a group to their shadows at this edge)
//!   starts a group's drain of `n` channels from channel `ch`; `lastg` marks the FC's last group.
//! - Entries (`entry`) come at the first cycle after `start` and then every `D` cycles, in §8's
//!   order: channel-major (lane 0 first), vector `b` inner. At an entry the lanes shift shadow
//!   `b` along their chain; `paddr = p_base + ch + lane` is the parameter SRAMs' read address
//!   (their data is due a clock after the entry, where the requantizer takes it), and the
//!   requantizer gets `valid`, `value` (the chain's head `head`, sign-extended), `addr =
//!   y_base + b·N + ch + lane` and `last` (the FC's last element).
//! - Reset stops the drain.

use crate::lane::ACC_BITS;
use rust_hdl::prelude::*;
use spec::tile::TileConfig;

/// The drain. See the module docs.
#[derive(LogicBlock)]
pub struct Drain {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// In Check.
    pub check: Signal<In, Bit>,
    /// The instruction register (the FC word in Check).
    pub ir: Signal<In, Bits<64>>,
    /// Start a group's drain.
    pub start: Signal<In, Bit>,
    /// The group's first channel.
    pub ch: Signal<In, Bits<12>>,
    /// The group's size.
    pub n: Signal<In, Bits<5>>,
    /// The group is the FC's last.
    pub lastg: Signal<In, Bit>,
    /// `B = 1`.
    pub b1: Signal<In, Bit>,
    /// `B − 1`.
    pub bm1: Signal<In, Bits<2>>,
    /// `N`.
    pub layer_n: Signal<In, Bits<16>>,
    /// Parameter base.
    pub pbase: Signal<In, Bits<16>>,
    /// The shadow chain's head (lane 0's shadow `b`).
    pub head: Signal<In, Bits<ACC_BITS>>,
    /// An entry this cycle: the chain shifts shadow `b`.
    pub entry: Signal<Out, Bit>,
    /// The vector drained.
    pub b: Signal<Out, Bits<2>>,
    /// Parameter read address.
    pub paddr: Signal<Out, Bits<16>>,
    /// To the requantizer: an element.
    pub valid: Signal<Out, Bit>,
    /// To the requantizer: the FC's last element.
    pub last: Signal<Out, Bit>,
    /// To the requantizer: its output address.
    pub addr: Signal<Out, Bits<16>>,
    /// To the requantizer: the accumulator, sign-extended.
    pub value: Signal<Out, Bits<32>>,

    // D − 1.
    drain_dm1: Constant<Bits<4>>,
    mb1: Constant<Bit>,

    f_ybase: DFF<Bits<16>>,
    dr_active: DFF<Bit>,
    // Cycles to the next drain entry (§8: one per D cycles), and this cycle's entry.
    dr_wait: DFF<Bits<4>>,
    dr_entry: Signal<Local, Bit>,
    // D > 1: dr_active & (dr_wait = 0) as a register of its own, set a clock ahead (the entry
    // strobe enables the whole drain and the shadow chain: a global net on the iCE40).
    dr_go: DFF<Bit>,
    dr_b: DFF<Bits<2>>,
    // The last-element compares as registers: dr_bend = (dr_b = B − 1), and dr_ld =
    // n − 2 − lane, negative exactly at the group's last lane.
    dr_bend: DFF<Bit>,
    dr_bend_c: Signal<Local, Bit>,
    dr_binc: Signal<Local, Bits<2>>,
    dr_ld: DFF<Bits<6>>,
    // Running addresses (no adder chain before the parameter SRAMs or the requantizer):
    // p_base + ch + lane and y_base + ch + lane.
    dr_paddr: DFF<Bits<16>>,
    dr_yaddr: DFF<Bits<16>>,
    dr_lastg: DFF<Bit>,
    dr_yoff: DFF<Bits<16>>,
    // The shadow chain's head, registered at entry.
    dr_head: DFF<Bits<ACC_BITS>>,
    dr_last_elem: Signal<Local, Bit>,
}

impl Drain {
    /// The drain of a tile of `config`.
    pub fn new(config: &TileConfig) -> Self {
        let d = config.requant().timing().drain_interval;
        Drain {
            clock: Default::default(),
            reset: Default::default(),
            check: Default::default(),
            ir: Default::default(),
            start: Default::default(),
            ch: Default::default(),
            n: Default::default(),
            lastg: Default::default(),
            b1: Default::default(),
            bm1: Default::default(),
            layer_n: Default::default(),
            pbase: Default::default(),
            head: Default::default(),
            entry: Default::default(),
            b: Default::default(),
            paddr: Default::default(),
            valid: Default::default(),
            last: Default::default(),
            addr: Default::default(),
            value: Default::default(),
            drain_dm1: Constant::new((d as u64 - 1).into()),
            mb1: Constant::new(config.max_batch() == 1),
            f_ybase: Default::default(),
            dr_active: Default::default(),
            dr_wait: Default::default(),
            dr_entry: Default::default(),
            dr_go: Default::default(),
            dr_b: Default::default(),
            dr_bend: Default::default(),
            dr_bend_c: Default::default(),
            dr_binc: Default::default(),
            dr_ld: Default::default(),
            dr_paddr: Default::default(),
            dr_yaddr: Default::default(),
            dr_lastg: Default::default(),
            dr_yoff: Default::default(),
            dr_head: Default::default(),
            dr_last_elem: Default::default(),
        }
    }
}

impl Logic for Drain {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, f_ybase, dr_active, dr_wait, dr_go, dr_b, dr_bend, dr_ld, dr_paddr,
            dr_yaddr, dr_lastg, dr_yoff, dr_head
        );
        self.b.next = self.dr_b.q.val();
        self.paddr.next = self.dr_paddr.q.val();
        // The chain's head: element j reaches lane 0 after the j entries before it shifted its
        // chain (lane.rs).
        self.dr_head.d.next = self.head.val();
        // Sign extension of the 27-bit head (0x400_0000 = 2^(ACC_BITS-1), a literal for hdl_gen).
        self.value.next =
            bit_cast::<32, ACC_BITS>(self.dr_head.q.val() ^ 0x400_0000_u64) - 0x400_0000_u64;
        // With max_batch = 1 every running FC has B = 1: the b loop folds away.
        self.dr_bend_c.next = self.dr_bend.q.val() | self.mb1.val();
        self.dr_last_elem.next = self.dr_bend_c.val() & self.dr_ld.q.val().get_bit(5);
        self.dr_binc.next = self.dr_b.q.val() + 1;
        self.dr_entry.next = self.dr_active.q.val();
        if self.drain_dm1.val() != 0 {
            self.dr_entry.next = self.dr_go.q.val();
            self.dr_wait.d.next = self.dr_wait.q.val() - 1;
            if self.dr_entry.val() {
                self.dr_wait.d.next = self.drain_dm1.val();
            }
        }
        self.entry.next = self.dr_entry.val();
        self.dr_go.d.next =
            self.dr_active.q.val() & !self.dr_entry.val() & (self.dr_wait.q.val() == 1);
        self.valid.next = self.dr_entry.val();
        self.last.next = self.dr_entry.val() & self.dr_lastg.q.val() & self.dr_last_elem.val();
        self.addr.next = self.dr_yaddr.q.val() + self.dr_yoff.q.val();
        if self.dr_entry.val() {
            if self.dr_bend_c.val() {
                self.dr_b.d.next = 0.into();
                self.dr_bend.d.next = self.b1.val();
                self.dr_yoff.d.next = 0.into();
                self.dr_ld.d.next = self.dr_ld.q.val() - 1;
                self.dr_paddr.d.next = self.dr_paddr.q.val() + 1;
                self.dr_yaddr.d.next = self.dr_yaddr.q.val() + 1;
                if self.dr_last_elem.val() {
                    self.dr_active.d.next = false;
                }
            } else {
                self.dr_b.d.next = self.dr_binc.val();
                self.dr_bend.d.next = self.dr_binc.val() == self.bm1.val();
                self.dr_yoff.d.next = self.dr_yoff.q.val() + self.layer_n.val();
            }
        }
        if self.start.val() {
            self.dr_active.d.next = true;
            self.dr_wait.d.next = 0.into();
            self.dr_go.d.next = true;
            self.dr_b.d.next = 0.into();
            self.dr_yoff.d.next = 0.into();
            self.dr_bend.d.next = self.b1.val();
            self.dr_ld.d.next = bit_cast::<6, 5>(self.n.val()) - 2;
            self.dr_paddr.d.next = self.pbase.val() + bit_cast::<16, 12>(self.ch.val());
            self.dr_yaddr.d.next = self.f_ybase.q.val() + bit_cast::<16, 12>(self.ch.val());
            self.dr_lastg.d.next = self.lastg.val();
        }
        if self.check.val() {
            self.f_ybase.d.next = self.ir.val().get_bits::<16>(32);
        }
        if self.reset.val() {
            self.dr_active.d.next = false;
            self.dr_go.d.next = false;
        }
    }
}
