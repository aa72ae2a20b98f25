//! The board top's UART host bridge (docs/host_protocol.md), Verilated, driven bit by bit: every
//! command, its reply and its effect on the tile — a write read back, a program started and
//! finished, status, counters, an out-of-range access, the tile's reset, ignored bytes.

use sim::tile::isa::HostWrite;
use sim::tile::isa::Instr;
use spec::tile::{HostMem, TileConfig, TileError};
use testbenches::board::{BoardHost, Link, SimUart};
use testbenches::verilator::{BuildOptions, VerilatedModel};

/// UART divider: clocks per bit (the bridge is built for any divider; short keeps the test fast).
const CPB: u64 = 8;

type Board = BoardHost<SimUart>;

/// Sends a command and returns every reply byte (waits long enough for four).
fn command(b: &mut Board, bytes: &[u8]) -> Vec<u8> {
    b.link.take_received();
    b.link.send(bytes).unwrap();
    b.link.run(CPB * 10 * 5 + 40);
    assert!(!b.link.replying(), "a reply is still being sent");
    b.link.take_received()
}

fn write(b: &mut Board, sel: HostMem, addr: u16, data: u32) {
    b.write(HostWrite {
        sel: sel.sel(),
        addr,
        data,
    })
    .unwrap();
    assert_eq!(command(b, &[]), Vec::<u8>::new(), "W replies nothing");
}

fn status(b: &mut Board) -> u8 {
    let r = command(b, b"Q");
    assert_eq!(r.len(), 1, "Q replies one byte");
    r[0]
}

fn read(b: &mut Board, addr: u16) -> u8 {
    let r = command(b, &[b'R', addr as u8, (addr >> 8) as u8]);
    assert_eq!(r.len(), 1, "R replies one byte");
    r[0]
}

fn program(b: &mut Board, instrs: &[Instr]) {
    for (pc, instr) in instrs.iter().enumerate() {
        let word = instr.encode();
        write(b, HostMem::Instr, 2 * pc as u16, word as u32);
        write(b, HostMem::Instr, 2 * pc as u16 + 1, (word >> 32) as u32);
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
    let mut b = BoardHost {
        link: SimUart::new(&model, CPB).unwrap(),
    };

    assert_eq!(status(&mut b), 0, "idle after power-on");
    assert_eq!(b.link.leds(), 0, "LEDs off (active high here)");

    // Writes read back; a read of a byte never written in this run still answers (0 or not:
    // the RAM is uninitialised, so only the written ones are compared).
    for (addr, value) in [(0u16, 0xA7u8), (5, 0x3C), (1023, 0xFF), (512, 0x01)] {
        write(&mut b, HostMem::Act, addr, value as u32 | 0xDEAD_BE00);
    }
    for (addr, value) in [(0u16, 0xA7u8), (5, 0x3C), (1023, 0xFF), (512, 0x01)] {
        assert_eq!(read(&mut b, addr), value, "activation byte {addr}");
    }

    // Bytes that are no command are ignored: the next command still works.
    assert_eq!(command(&mut b, &[0x00, 0xFF, b'z']), Vec::<u8>::new());
    assert_eq!(read(&mut b, 5), 0x3C);

    // A program: NOP, NOP, HALT. Start, then done; the counters are the run's.
    program(&mut b, &[Instr::Nop, Instr::Nop, Instr::Halt]);
    assert_eq!(command(&mut b, b"S"), Vec::<u8>::new());
    assert_eq!(status(&mut b), DONE);
    assert_eq!(b.link.leds(), DONE as u64, "the done LED");
    assert_eq!(b.counter(7).unwrap(), 3, "instruction fetches");
    let cycles = b.counter(0).unwrap();
    assert!((9..=30).contains(&cycles), "running cycles {cycles}");
    assert_eq!(b.counter(2).unwrap(), 0, "no MACs");

    // An out-of-range read stops the tile with HOST_RANGE; the tile's reset clears it.
    let r = command(&mut b, &[b'R', 0x00, 0x40]);
    assert_eq!(r.len(), 1, "a refused read still replies");
    assert_eq!(
        status(&mut b),
        ERROR | (TileError::HostRange.code() << 4),
        "HOST_RANGE"
    );
    assert_eq!(command(&mut b, b"X"), Vec::<u8>::new());
    assert_eq!(status(&mut b), 0, "reset clears the error");
    assert_eq!(read(&mut b, 1023), 0xFF, "reset keeps the SRAM");

    // An illegal instruction: error with its code; busy is never left set.
    program(&mut b, &[Instr::Nop]);
    write(&mut b, HostMem::Instr, 3, 0x7000_0000);
    command(&mut b, b"S");
    let status = status(&mut b);
    assert_eq!(status & BUSY, 0);
    assert_eq!(
        status,
        ERROR | (TileError::IllegalOpcode.code() << 4),
        "ILLEGAL_OPCODE"
    );
}
