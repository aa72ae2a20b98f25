//! The board top's UART host bridge (docs/host_protocol.md), Verilated, driven bit by bit: every
//! command, its reply and its effect on the tile — a write read back, a program started and
//! finished, status, counters, an out-of-range access, the tile's reset, ignored bytes.

use sim::tile::isa::Instr;
use spec::tile::{HostMem, TileConfig, TileError};
use std::sync::Arc;
use testbenches::verilator::{BuildOptions, Instance, VerilatedModel};

/// UART divider: clocks per bit (the bridge is built for any divider; short keeps the test fast).
const CPB: u64 = 8;

struct Board {
    inst: Instance,
    clock: usize,
    rx: usize,
    tx: usize,
    leds: usize,
    cycle: u64,
    // The reply decoder: the cycle its start bit fell, and the bytes decoded.
    tx_start: Option<u64>,
    tx_byte: u8,
    replies: Vec<u8>,
}

impl Board {
    fn new(model: &Arc<VerilatedModel>) -> Board {
        let port = |n: &str| model.port(n).unwrap();
        let mut b = Board {
            inst: model.instance(),
            clock: port("clock"),
            rx: port("uart_rx"),
            tx: port("uart_tx"),
            leds: port("leds"),
            cycle: 0,
            tx_start: None,
            tx_byte: 0,
            replies: Vec::new(),
        };
        b.inst.set(b.rx, 1);
        // Power-on reset: 15 clocks, and the tile's one more.
        b.run(40);
        b
    }

    fn tick(&mut self) {
        self.inst.set(self.clock, 0);
        self.inst.eval();
        self.decode_tx();
        self.inst.set(self.clock, 1);
        self.inst.eval();
        self.cycle += 1;
    }

    fn decode_tx(&mut self) {
        let bit = self.inst.get(self.tx) as u8;
        match self.tx_start {
            None if bit == 0 => {
                self.tx_start = Some(self.cycle);
                self.tx_byte = 0;
            }
            None => {}
            Some(s) => {
                let at = self.cycle - s;
                if at % CPB == CPB / 2 {
                    let i = at / CPB;
                    if (1..=8).contains(&i) {
                        self.tx_byte |= bit << (i - 1);
                    } else if i == 9 {
                        assert_eq!(bit, 1, "stop bit of a reply at cycle {}", self.cycle);
                        self.replies.push(self.tx_byte);
                        self.tx_start = None;
                    }
                }
            }
        }
    }

    fn run(&mut self, cycles: u64) {
        for _ in 0..cycles {
            self.tick();
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            let frame = std::iter::once(0)
                .chain((0..8).map(|i| (byte >> i) & 1))
                .chain(std::iter::once(1));
            for bit in frame {
                self.inst.set(self.rx, bit as u64);
                self.run(CPB);
            }
        }
        self.inst.set(self.rx, 1);
    }

    /// Sends a command and returns its reply (waits long enough for four bytes).
    fn command(&mut self, bytes: &[u8]) -> Vec<u8> {
        self.replies.clear();
        self.send(bytes);
        self.run(CPB * 10 * 5 + 40);
        assert!(self.tx_start.is_none(), "a reply is still being sent");
        std::mem::take(&mut self.replies)
    }

    fn write(&mut self, sel: HostMem, addr: u16, data: u32) {
        let mut cmd = vec![b'W', sel.sel()];
        cmd.extend(addr.to_le_bytes());
        cmd.extend(data.to_le_bytes());
        assert_eq!(self.command(&cmd), Vec::<u8>::new(), "W replies nothing");
    }

    fn read(&mut self, addr: u16) -> u8 {
        let r = self.command(&[b'R', addr as u8, (addr >> 8) as u8]);
        assert_eq!(r.len(), 1, "R replies one byte");
        r[0]
    }

    fn status(&mut self) -> u8 {
        let r = self.command(b"Q");
        assert_eq!(r.len(), 1, "Q replies one byte");
        r[0]
    }

    fn counter(&mut self, index: u8) -> u32 {
        let r = self.command(&[b'C', index]);
        assert_eq!(r.len(), 4, "C replies four bytes");
        u32::from_le_bytes([r[0], r[1], r[2], r[3]])
    }

    fn program(&mut self, instrs: &[Instr]) {
        for (pc, instr) in instrs.iter().enumerate() {
            let word = instr.encode();
            self.write(HostMem::Instr, 2 * pc as u16, word as u32);
            self.write(HostMem::Instr, 2 * pc as u16 + 1, (word >> 32) as u32);
        }
    }
}

const BUSY: u8 = 1;
const DONE: u8 = 2;
const ERROR: u8 = 4;

#[test]
fn bridge_commands_reach_the_tile_and_reply() {
    let config = TileConfig::default();
    let verilog = fpga::top_verilog(&config, rtl::mul::MulTarget::Generic, CPB, 0);
    let model = VerilatedModel::build(
        &verilog,
        fpga::TOP_MODULE,
        &BuildOptions::default(),
        &mut |m| eprintln!("{m}"),
    )
    .expect("verilator (run scripts/setup)");
    let mut b = Board::new(&model);

    assert_eq!(b.status(), 0, "idle after power-on");
    assert_eq!(b.inst.get(b.leds), 0, "LEDs off (active high here)");

    // Writes read back; a read of a byte never written in this run still answers (0 or not:
    // the RAM is uninitialised, so only the written ones are compared).
    for (addr, value) in [(0u16, 0xA7u8), (5, 0x3C), (1023, 0xFF), (512, 0x01)] {
        b.write(HostMem::Act, addr, value as u32 | 0xDEAD_BE00);
    }
    for (addr, value) in [(0u16, 0xA7u8), (5, 0x3C), (1023, 0xFF), (512, 0x01)] {
        assert_eq!(b.read(addr), value, "activation byte {addr}");
    }

    // Bytes that are no command are ignored: the next command still works.
    assert_eq!(b.command(&[0x00, 0xFF, b'z']), Vec::<u8>::new());
    assert_eq!(b.read(5), 0x3C);

    // A program: NOP, NOP, HALT. Start, then done; the counters are the run's.
    b.program(&[Instr::Nop, Instr::Nop, Instr::Halt]);
    assert_eq!(b.command(b"S"), Vec::<u8>::new());
    assert_eq!(b.status(), DONE);
    assert_eq!(b.inst.get(b.leds), DONE as u64, "the done LED");
    assert_eq!(b.counter(7), 3, "instruction fetches");
    let cycles = b.counter(0);
    assert!((9..=30).contains(&cycles), "running cycles {cycles}");
    assert_eq!(b.counter(2), 0, "no MACs");

    // An out-of-range read stops the tile with HOST_RANGE; the tile's reset clears it.
    let r = b.command(&[b'R', 0x00, 0x40]);
    assert_eq!(r.len(), 1, "a refused read still replies");
    assert_eq!(
        b.status(),
        ERROR | (TileError::HostRange.code() << 4),
        "HOST_RANGE"
    );
    assert_eq!(b.command(b"X"), Vec::<u8>::new());
    assert_eq!(b.status(), 0, "reset clears the error");
    assert_eq!(b.read(1023), 0xFF, "reset keeps the SRAM");

    // An illegal instruction: error with its code; busy is never left set.
    b.program(&[Instr::Nop]);
    b.write(HostMem::Instr, 3, 0x7000_0000);
    b.command(b"S");
    let status = b.status();
    assert_eq!(status & BUSY, 0);
    assert_eq!(
        status,
        ERROR | (TileError::IllegalOpcode.code() << 4),
        "ILLEGAL_OPCODE"
    );
}
