//! The board top end to end on Verilator: a program loaded over the UART host protocol
//! (docs/host_protocol.md), started, polled and read back, against the cycle model.

use sim::tflite::VectorCase;
use sim::tile::{program, TileConfig, TileModel};
use std::collections::VecDeque;
use testbenches::verilator::{BuildOptions, Instance, VerilatedModel};

const CLOCKS_PER_BIT: u64 = 8;

struct UartHost {
    inst: Instance,
    clock: usize,
    rx: usize,
    tx: usize,
    leds: usize,
    line: VecDeque<bool>,
    received: VecDeque<u8>,
    // Receiver: clocks since the start bit's falling edge, or None when idle.
    rx_count: Option<u64>,
    rx_byte: u16,
    cycles: u64,
}

impl UartHost {
    fn tick(&mut self) {
        let level = self.line.pop_front().unwrap_or(true);
        self.inst.set(self.rx, level as u64);
        self.inst.set(self.clock, 0);
        self.inst.eval();
        self.inst.set(self.clock, 1);
        self.inst.eval();
        self.cycles += 1;
        let tx = self.inst.get(self.tx) != 0;
        match self.rx_count {
            None if !tx => self.rx_count = Some(0),
            None => {}
            Some(c) => {
                let c = c + 1;
                // Sample mid-bit: bit i (0 = start) at (i + 0.5) bit periods.
                if c % CLOCKS_PER_BIT == CLOCKS_PER_BIT / 2 {
                    let bit = c / CLOCKS_PER_BIT;
                    if (1..=8).contains(&bit) && tx {
                        self.rx_byte |= 1 << (bit - 1);
                    }
                    if bit == 9 {
                        assert!(tx, "stop bit");
                        self.received.push_back(self.rx_byte as u8);
                        self.rx_byte = 0;
                        self.rx_count = None;
                        return;
                    }
                }
                self.rx_count = Some(c);
            }
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        for &b in bytes {
            let bits = std::iter::once(false)
                .chain((0..8).map(|i| b >> i & 1 == 1))
                .chain([true, true]);
            for bit in bits {
                for _ in 0..CLOCKS_PER_BIT {
                    self.line.push_back(bit);
                }
            }
        }
        while !self.line.is_empty() {
            self.tick();
        }
        for _ in 0..4 {
            self.tick();
        }
    }

    fn receive(&mut self, n: usize) -> Vec<u8> {
        let mut waited = 0;
        while self.received.len() < n {
            self.tick();
            waited += 1;
            assert!(waited < 100 * CLOCKS_PER_BIT * 10, "no reply");
        }
        self.received.drain(..n).collect()
    }
}

#[test]
fn board_top_uart_loads_runs_and_reads_back_like_the_model() {
    let config = TileConfig::new(4, 2, sim::tile::SramSize::Small).unwrap();
    let verilog = fpga::top_verilog(
        &config,
        rtl::mul::MulTarget::Generic,
        CLOCKS_PER_BIT,
        fpga::Board::named("icebreaker").led_invert("tile"),
    );
    let model = VerilatedModel::build(
        &verilog,
        fpga::TOP_MODULE,
        &BuildOptions::default(),
        &mut |m| eprintln!("{m}"),
    )
    .unwrap();
    let mut host = UartHost {
        inst: model.instance(),
        clock: model.port("clock").unwrap(),
        rx: model.port("uart_rx").unwrap(),
        tx: model.port("uart_tx").unwrap(),
        leds: model.port("leds").unwrap(),
        line: VecDeque::new(),
        received: VecDeque::new(),
        rx_count: None,
        rx_byte: 0,
        cycles: 0,
    };
    for _ in 0..32 {
        host.tick(); // power-on reset
    }
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/testbenches/vectors/tflite_fc_int8/mlp2_17_5_3.json"
    );
    let case = VectorCase::parse(&std::fs::read_to_string(file).unwrap()).unwrap();
    let (prog, placement) = program::build(&case, &config).unwrap();
    for w in prog.host_writes() {
        let mut frame = vec![b'W', w.sel];
        frame.extend_from_slice(&w.addr.to_le_bytes());
        frame.extend_from_slice(&w.data.to_le_bytes());
        host.send(&frame);
    }
    host.send(b"Q");
    assert_eq!(host.receive(1), [0], "idle, no error after loading");
    host.send(b"S");
    let status = loop {
        host.send(b"Q");
        let s = host.receive(1)[0];
        if s & 1 == 0 {
            break s;
        }
    };
    assert_eq!(status, 0b010, "done, no error");
    // LEDs on iCEBreaker polarity: busy (active high) off, done (active low) on, error off.
    assert_eq!(host.inst.get(host.leds), 0b100);

    let mut expected = TileModel::new(config);
    expected.load(&prog).unwrap();
    expected.run_fast();
    let (base, len) = placement.output_range();
    let mut got = Vec::new();
    for a in base..base + len {
        let mut frame = vec![b'R'];
        frame.extend_from_slice(&(a as u16).to_le_bytes());
        host.send(&frame);
        got.push(host.receive(1)[0] as i8);
    }
    assert_eq!(got, expected.act[base..base + len].to_vec());
    program::check_outputs(&case, &placement, &expected.act).unwrap();
    let c = expected.outputs().counters;
    for (index, want) in [
        (0u8, c.cycles),
        (2, c.macs),
        (5, c.a_writes),
        (7, c.i_reads),
    ] {
        host.send(&[b'C', index]);
        let v = host.receive(4);
        assert_eq!(
            u32::from_le_bytes([v[0], v[1], v[2], v[3]]),
            want,
            "counter {index}"
        );
    }
    // An out-of-range host write over the UART raises HOST_RANGE (10) in the status byte.
    host.send(&[b'W', 1, 0xFF, 0xFF, 0, 0, 0, 0]);
    host.send(b"Q");
    assert_eq!(host.receive(1)[0], (10 << 4) | 0b100);
    // An unknown command byte is ignored (the bridge waits for the next); 'X' resets the tile,
    // which clears the error.
    host.send(b"Z");
    host.send(b"X");
    host.send(b"Q");
    assert_eq!(host.receive(1)[0], 0, "idle, no error after the reset");
    eprintln!("board top over UART: {} clocks", host.cycles);
}
