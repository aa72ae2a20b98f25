//! Board top: the tile behind a UART host bridge (protocol: docs/host_protocol.md), plus LEDs.
//!
//! Every tile port is reachable from the UART, so synthesis keeps the whole design.

use rtl::mul::MulTarget;
use rtl::uart::{UartRx, UartTx};
use rust_hdl::prelude::*;
use sram_tiles::tile::Tile;

/// The board top.
#[derive(LogicBlock)]
pub struct BoardTop<const WA: usize, const AA: usize, const PA: usize, const IA: usize> {
    /// Board clock.
    pub clock: Signal<In, Clock>,
    /// UART from the host.
    pub uart_rx: Signal<In, Bit>,
    /// UART to the host.
    pub uart_tx: Signal<Out, Bit>,
    /// LEDs: busy, done, error (polarity per board).
    pub leds: Signal<Out, Bits<3>>,
    tile: Tile<WA, AA, PA, IA>,
    receiver: UartRx,
    transmitter: UartTx,
    led_invert: Constant<Bits<3>>,
    por: DFF<Bits<4>>,
    // The bridge's state, one-hot, a flip-flop per state (timing: each state's next value is a
    // small function of flags; as an encoded enum, the state register's enable was five LUT
    // levels deep, a longest path of the board). Power-on reset enters `s_cmd`.
    /// Waiting for a command byte.
    s_cmd: DFF<Bit>,
    /// Collecting argument bytes.
    s_args: DFF<Bit>,
    /// Driving the tile for one clock.
    s_exec: DFF<Bit>,
    /// The registered read strobe reaches the tile, which accepts the read at the next edge.
    s_rwait: DFF<Bit>,
    /// The tile's read pipeline (docs/tile.md §4: the answer two cycles after the strobe).
    s_rwait2: DFF<Bit>,
    /// The tile's registered read data is the answer.
    s_rhold: DFF<Bit>,
    /// The counter selected by the index just received is registered; it is the answer.
    s_chold: DFF<Bit>,
    /// Sending the reply bytes.
    s_reply: DFF<Bit>,
    /// The command, decoded one-hot when its byte arrives (timing: Exec decides from flags):
    /// bit 0 'W', 1 'R', 2 'S', 3 'X', 4 'Q', 5 'C'.
    cmd: DFF<Bits<6>>,
    /// The receiver's byte and strobe two clocks later, with the byte's command decoded
    /// (one-hot as `cmd`) from the first register, so neither the decode nor the bridge's state
    /// machine starts at the receiver.
    rx_byte1: DFF<Bits<8>>,
    rx_valid1: DFF<Bit>,
    rx_byte: DFF<Bits<8>>,
    rx_valid: DFF<Bit>,
    rx_op: DFF<Bits<6>>,
    // Where the command byte leads (argument bytes follow, or none), decoded with rx_op so the
    // Cmd state's next-state logic is a strobe and one bit.
    rx_to_args: DFF<Bit>,
    rx_to_exec: DFF<Bit>,
    cnt_m: Vec<Signal<Local, Bits<32>>>,
    need: DFF<Bits<4>>,
    got: DFF<Bits<4>>,
    // got + 1 = need: the argument byte now expected is the last (a register, so the compare
    // does not sit in front of the state register).
    got_last: DFF<Bit>,
    // got + 2 = need, from the registers of the previous cycle: what got_last becomes when the
    // next byte arrives (a byte takes at least ten clocks, got and need change only with one,
    // so it is never stale when read), leaving only the strobe and a multiplexer in front of
    // got_last.
    got_next_last: DFF<Bit>,
    args: DFF<Bits<64>>,
    reply: DFF<Bits<32>>,
    left: DFF<Bits<3>>,
    t_reset: DFF<Bit>,
    // The tile's reset, registered: it fans out to the whole tile, so it leaves a flip-flop
    // (the power-on compare and the OR in front of it were a longest path on both boards).
    tile_reset: DFF<Bit>,
    t_start: DFF<Bit>,
    t_we: DFF<Bit>,
    t_re: DFF<Bit>,
    t_sel: DFF<Bits<3>>,
    t_addr: DFF<Bits<16>>,
    t_wdata: DFF<Bits<32>>,
    por_reset: Signal<Local, Bit>,
    counter: Signal<Local, Bits<32>>,
    // The selected counter, registered (in CountHold: the index arrived two clocks earlier); a
    // counter read while the tile runs shows the count one clock older.
    counter_q: DFF<Bits<32>>,
    status: Signal<Local, Bits<8>>,
}

impl<const WA: usize, const AA: usize, const PA: usize, const IA: usize> BoardTop<WA, AA, PA, IA> {
    /// A top with a tile of `config` and multipliers for `target`, a UART of
    /// `clocks_per_bit`, the LEDs set in the mask `led_invert` active low.
    pub fn new(
        config: &spec::tile::TileConfig,
        target: MulTarget,
        clocks_per_bit: u64,
        led_invert: u64,
    ) -> Self {
        BoardTop {
            clock: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            leds: Default::default(),
            tile: Tile::new(config, target),
            receiver: UartRx::new(clocks_per_bit),
            transmitter: UartTx::new(clocks_per_bit),
            led_invert: Constant::new(led_invert.into()),
            por: Default::default(),
            s_cmd: Default::default(),
            s_args: Default::default(),
            s_exec: Default::default(),
            s_rwait: Default::default(),
            s_rwait2: Default::default(),
            s_rhold: Default::default(),
            s_chold: Default::default(),
            s_reply: Default::default(),
            cmd: Default::default(),
            rx_byte: Default::default(),
            rx_valid: Default::default(),
            rx_op: Default::default(),
            rx_to_args: Default::default(),
            rx_to_exec: Default::default(),
            rx_byte1: Default::default(),
            rx_valid1: Default::default(),
            cnt_m: (0..6).map(|_| Default::default()).collect(),
            need: Default::default(),
            got: Default::default(),
            got_last: Default::default(),
            got_next_last: Default::default(),
            args: Default::default(),
            reply: Default::default(),
            left: Default::default(),
            t_reset: Default::default(),
            tile_reset: Default::default(),
            t_start: Default::default(),
            t_we: Default::default(),
            t_re: Default::default(),
            t_sel: Default::default(),
            t_addr: Default::default(),
            t_wdata: Default::default(),
            por_reset: Default::default(),
            counter: Default::default(),
            counter_q: Default::default(),
            status: Default::default(),
        }
    }
}

impl<const WA: usize, const AA: usize, const PA: usize, const IA: usize> Logic
    for BoardTop<WA, AA, PA, IA>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            por,
            s_cmd,
            s_args,
            s_exec,
            s_rwait,
            s_rwait2,
            s_rhold,
            s_chold,
            s_reply,
            cmd,
            need,
            got,
            got_last,
            got_next_last,
            args,
            reply,
            left,
            t_reset,
            t_start,
            t_we,
            t_re,
            t_sel,
            t_addr,
            t_wdata
        );
        dff_setup!(
            self, clock, rx_byte, rx_valid, rx_op, rx_to_args, rx_to_exec, rx_byte1, rx_valid1,
            tile_reset, counter_q
        );
        // Power-on reset: flip-flops start at 0 on the FPGA; hold reset for 15 clocks.
        self.por_reset.next = self.por.q.val() != 15;
        if self.por_reset.val() {
            self.por.d.next = self.por.q.val() + 1;
        }
        self.receiver.clock.next = self.clock.val();
        self.transmitter.clock.next = self.clock.val();
        self.tile.clock.next = self.clock.val();
        self.receiver.reset.next = self.por_reset.val();
        self.transmitter.reset.next = self.por_reset.val();
        self.receiver.rx.next = self.uart_rx.val();
        self.uart_tx.next = self.transmitter.tx.val();
        self.transmitter.send.next = false;
        self.transmitter.data.next = self.reply.q.val().get_bits::<8>(0);

        // The tile's host inputs come from registers (one clock after Exec), so no path runs
        // from the command decoding to the SRAM write enables.
        self.tile_reset.d.next = self.por_reset.val() | self.t_reset.q.val();
        self.tile.reset.next = self.tile_reset.q.val();
        self.tile.start.next = self.t_start.q.val();
        self.tile.host_we.next = self.t_we.q.val();
        self.tile.host_re.next = self.t_re.q.val();
        self.tile.host_sel.next = self.t_sel.q.val();
        self.tile.host_addr.next = self.t_addr.q.val();
        self.tile.host_wdata.next = self.t_wdata.q.val();
        self.t_reset.d.next = false;
        self.t_start.d.next = false;
        self.t_we.d.next = false;
        self.t_re.d.next = false;
        self.t_sel.d.next = self.args.q.val().get_bits::<3>(0);
        self.t_addr.d.next = self.args.q.val().get_bits::<16>(8);
        self.t_wdata.d.next = self.args.q.val().get_bits::<32>(24);

        self.status.next = (bit_cast::<8, 4>(self.tile.err_code.val()) << 4)
            | (bit_cast::<8, 1>(self.tile.error.val().into()) << 2)
            | (bit_cast::<8, 1>(self.tile.done.val().into()) << 1)
            | bit_cast::<8, 1>(self.tile.busy.val().into());
        self.leds.next = ((bit_cast::<3, 1>(self.tile.error.val().into()) << 2)
            | (bit_cast::<3, 1>(self.tile.done.val().into()) << 1)
            | bit_cast::<3, 1>(self.tile.busy.val().into()))
            ^ self.led_invert.val();
        // The counter selected by the 'C' index as a balanced tree of 2:1 multiplexers (an
        // if-chain maps to a priority chain eight levels deep).
        self.cnt_m[0].next = self.tile.cnt_cycles.val();
        if self.args.q.val().get_bit(0) {
            self.cnt_m[0].next = self.tile.cnt_busy.val();
        }
        self.cnt_m[1].next = self.tile.cnt_macs.val();
        if self.args.q.val().get_bit(0) {
            self.cnt_m[1].next = self.tile.cnt_w_reads.val();
        }
        self.cnt_m[2].next = self.tile.cnt_a_reads.val();
        if self.args.q.val().get_bit(0) {
            self.cnt_m[2].next = self.tile.cnt_a_writes.val();
        }
        self.cnt_m[3].next = self.tile.cnt_p_reads.val();
        if self.args.q.val().get_bit(0) {
            self.cnt_m[3].next = self.tile.cnt_i_reads.val();
        }
        self.cnt_m[4].next = self.cnt_m[0].val();
        if self.args.q.val().get_bit(1) {
            self.cnt_m[4].next = self.cnt_m[1].val();
        }
        self.cnt_m[5].next = self.cnt_m[2].val();
        if self.args.q.val().get_bit(1) {
            self.cnt_m[5].next = self.cnt_m[3].val();
        }
        self.counter.next = self.cnt_m[4].val();
        if self.args.q.val().get_bit(2) {
            self.counter.next = self.cnt_m[5].val();
        }
        self.counter_q.d.next = self.counter.val();

        self.rx_byte1.d.next = self.receiver.data.val();
        self.rx_valid1.d.next = self.receiver.valid.val();
        self.rx_byte.d.next = self.rx_byte1.q.val();
        self.rx_valid.d.next = self.rx_valid1.q.val();
        // One-hot command decode, each bit its own compare (as an if-chain Yosys built a
        // six-deep priority chain into the register's reset).
        self.rx_op.d.next = bit_cast::<6, 1>((self.rx_byte1.q.val() == 0x57).into())
            | (bit_cast::<6, 1>((self.rx_byte1.q.val() == 0x52).into()) << 1)
            | (bit_cast::<6, 1>((self.rx_byte1.q.val() == 0x53).into()) << 2)
            | (bit_cast::<6, 1>((self.rx_byte1.q.val() == 0x58).into()) << 3)
            | (bit_cast::<6, 1>((self.rx_byte1.q.val() == 0x51).into()) << 4)
            | (bit_cast::<6, 1>((self.rx_byte1.q.val() == 0x43).into()) << 5);
        self.rx_to_args.d.next = (self.rx_byte1.q.val() == 0x57)
            | (self.rx_byte1.q.val() == 0x52)
            | (self.rx_byte1.q.val() == 0x43);
        self.rx_to_exec.d.next = (self.rx_byte1.q.val() == 0x53)
            | (self.rx_byte1.q.val() == 0x51)
            | (self.rx_byte1.q.val() == 0x58);
        self.got_next_last.d.next = self.got.q.val() + 2 == self.need.q.val();
        // Next state: each flag from the flags and the strobes that lead into it (`cmd` is
        // one-hot, so at most one of Exec's exits applies).
        self.s_args.d.next = (self.s_cmd.q.val() & self.rx_valid.q.val() & self.rx_to_args.q.val())
            | (self.s_args.q.val() & !(self.rx_valid.q.val() & self.got_last.q.val()));
        self.s_exec.d.next = (self.s_cmd.q.val() & self.rx_valid.q.val() & self.rx_to_exec.q.val())
            | (self.s_args.q.val() & self.rx_valid.q.val() & self.got_last.q.val());
        self.s_rwait.d.next = self.s_exec.q.val() & self.cmd.q.val().get_bit(1);
        self.s_rwait2.d.next = self.s_rwait.q.val();
        self.s_rhold.d.next = self.s_rwait2.q.val();
        self.s_chold.d.next = self.s_exec.q.val() & self.cmd.q.val().get_bit(5);
        self.s_reply.d.next = (self.s_exec.q.val() & self.cmd.q.val().get_bit(4))
            | self.s_rhold.q.val()
            | self.s_chold.q.val()
            | (self.s_reply.q.val() & (self.left.q.val() != 0));
        self.s_cmd.d.next = (self.s_cmd.q.val()
            & !(self.rx_valid.q.val() & (self.rx_to_args.q.val() | self.rx_to_exec.q.val())))
            | (self.s_exec.q.val()
                & !(self.cmd.q.val().get_bit(1)
                    | self.cmd.q.val().get_bit(4)
                    | self.cmd.q.val().get_bit(5)))
            | (self.s_reply.q.val() & (self.left.q.val() == 0));
        // What each state does.
        if self.s_cmd.q.val() & self.rx_valid.q.val() {
            self.cmd.d.next = self.rx_op.q.val();
            self.args.d.next = 0.into();
            self.got.d.next = 0.into();
            // 'W' sel addr(2) data(4); 'R' addr(2); 'C' index; 'S', 'Q', 'X' none.
            self.got_last.d.next = false;
            if self.rx_op.q.val().get_bit(0) {
                self.need.d.next = 7.into();
            }
            if self.rx_op.q.val().get_bit(1) {
                self.need.d.next = 2.into();
            }
            if self.rx_op.q.val().get_bit(5) {
                self.need.d.next = 1.into();
                self.got_last.d.next = true;
            }
        }
        if self.s_args.q.val() & self.rx_valid.q.val() {
            self.args.d.next = self.args.q.val()
                | (bit_cast::<64, 8>(self.rx_byte.q.val())
                    << (bit_cast::<8, 4>(self.got.q.val()) << 3));
            self.got.d.next = self.got.q.val() + 1;
            self.got_last.d.next = self.got_next_last.q.val();
        }
        if self.s_exec.q.val() {
            if self.cmd.q.val().get_bit(0) {
                self.t_we.d.next = true;
            }
            if self.cmd.q.val().get_bit(1) {
                // A read: arguments are the address only.
                self.t_re.d.next = true;
                self.t_sel.d.next = 1.into();
                self.t_addr.d.next = self.args.q.val().get_bits::<16>(0);
            }
            if self.cmd.q.val().get_bit(2) {
                self.t_start.d.next = true;
            }
            if self.cmd.q.val().get_bit(3) {
                self.t_reset.d.next = true;
            }
            if self.cmd.q.val().get_bit(4) {
                self.reply.d.next = bit_cast::<32, 8>(self.status.val());
                self.left.d.next = 1.into();
            }
        }
        if self.s_rhold.q.val() {
            self.reply.d.next = bit_cast::<32, 8>(self.tile.host_rdata.val());
            self.left.d.next = 1.into();
        }
        if self.s_chold.q.val() {
            self.reply.d.next = self.counter_q.q.val();
            self.left.d.next = 4.into();
        }
        if self.s_reply.q.val() & (self.left.q.val() != 0) & self.transmitter.ready.val() {
            self.transmitter.send.next = true;
            self.reply.d.next = self.reply.q.val() >> 8;
            self.left.d.next = self.left.q.val() - 1;
        }
        if self.por_reset.val() {
            self.s_cmd.d.next = true;
            self.s_args.d.next = false;
            self.s_exec.d.next = false;
            self.s_rwait.d.next = false;
            self.s_rwait2.d.next = false;
            self.s_rhold.d.next = false;
            self.s_chold.d.next = false;
            self.s_reply.d.next = false;
            self.left.d.next = 0.into();
            self.rx_valid.d.next = false;
            self.rx_valid1.d.next = false;
        }
    }
}
