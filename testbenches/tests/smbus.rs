//! The SMBus/PMBus target (rtl::smbus) on Verilator, driven by a bit-banged I2C host at about
//! 400 kHz against a 100 MHz clock, with a register file behind its parallel port: every PMBus
//! transaction shape, the repeated start, a foreign address and a NACKed read.

use std::collections::HashMap;
use std::sync::Arc;
use testbenches::verilator::{BuildOptions, Instance, VerilatedModel};

const ADDR: u8 = 0x40;
const HALF: u32 = 125; // clocks per SCL half period: 400 kHz at 100 MHz

struct Bus {
    inst: Instance,
    p: HashMap<&'static str, usize>,
    scl: bool,
    sda_host: bool,
    regs: HashMap<u8, u16>,
    writes: Vec<(u8, u16)>,
    reads: Vec<u8>,
    answer: u16,
}

impl Bus {
    fn new(model: &Arc<VerilatedModel>) -> Bus {
        let mut p = HashMap::new();
        for n in [
            "clock",
            "reset",
            "scl",
            "sda_in",
            "sda_oe",
            "reg_we",
            "reg_re",
            "reg_addr",
            "reg_wdata",
            "reg_rdata",
        ] {
            p.insert(n, model.port(n).unwrap());
        }
        let mut b = Bus {
            inst: model.instance(),
            p,
            scl: true,
            sda_host: true,
            regs: HashMap::new(),
            writes: vec![],
            reads: vec![],
            answer: 0,
        };
        b.inst.set(b.p["reset"], 1);
        b.clock(4);
        b.inst.set(b.p["reset"], 0);
        b.clock(4);
        b
    }

    /// The wired-AND bus level seen by both sides.
    fn sda(&self) -> bool {
        self.sda_host && self.inst.get(self.p["sda_oe"]) == 0
    }

    fn clock(&mut self, n: u32) {
        for _ in 0..n {
            let sda = self.sda();
            self.inst.set(self.p["scl"], self.scl as u64);
            self.inst.set(self.p["sda_in"], sda as u64);
            self.inst.set(self.p["reg_rdata"], self.answer as u64);
            self.inst.set(self.p["clock"], 0);
            self.inst.eval();
            self.inst.set(self.p["clock"], 1);
            self.inst.eval();
            // The register file: writes land, reads answer in the next clock.
            let addr = self.inst.get(self.p["reg_addr"]) as u8;
            if self.inst.get(self.p["reg_we"]) != 0 {
                let d = self.inst.get(self.p["reg_wdata"]) as u16;
                self.writes.push((addr, d));
                self.regs.insert(addr, d);
            }
            if self.inst.get(self.p["reg_re"]) != 0 {
                self.reads.push(addr);
                self.answer = *self.regs.get(&addr).unwrap_or(&0);
            }
        }
    }

    fn start(&mut self) {
        self.sda_host = true;
        self.clock(HALF);
        self.scl = true;
        self.clock(HALF);
        self.sda_host = false;
        self.clock(HALF);
        self.scl = false;
        self.clock(HALF);
    }

    fn stop(&mut self) {
        self.sda_host = false;
        self.clock(HALF);
        self.scl = true;
        self.clock(HALF);
        self.sda_host = true;
        self.clock(2 * HALF);
    }

    fn bit_out(&mut self, b: bool) {
        self.sda_host = b;
        self.clock(HALF);
        self.scl = true;
        self.clock(HALF);
        self.scl = false;
        self.clock(2);
    }

    fn bit_in(&mut self) -> bool {
        self.sda_host = true;
        self.clock(HALF);
        self.scl = true;
        self.clock(HALF / 2);
        let b = self.sda();
        self.clock(HALF / 2);
        self.scl = false;
        self.clock(2);
        b
    }

    /// Writes a byte; true when the target acknowledged.
    fn write(&mut self, byte: u8) -> bool {
        for i in (0..8).rev() {
            self.bit_out(byte >> i & 1 == 1);
        }
        !self.bit_in()
    }

    fn read(&mut self, ack: bool) -> u8 {
        let mut v = 0u8;
        for _ in 0..8 {
            v = v << 1 | self.bit_in() as u8;
        }
        self.bit_out(!ack);
        v
    }
}

#[test]
fn pmbus_transactions_reach_the_register_port() {
    let model = VerilatedModel::build(
        &rtl::smbus::smbus_verilog(ADDR),
        rtl::smbus::SMBUS_MODULE,
        &BuildOptions::default(),
        &mut |_| {},
    )
    .unwrap();
    let mut bus = Bus::new(&model);

    // Write word VOUT_COMMAND = 0x0CCD.
    bus.start();
    assert!(bus.write(ADDR << 1), "address ACK");
    assert!(bus.write(0x21));
    assert!(bus.write(0xCD));
    assert!(bus.write(0x0C));
    bus.stop();
    assert_eq!(bus.writes, vec![(0x21, 0x0CCD)]);

    // Write byte OPERATION = 0x80; send byte CLEAR_FAULTS.
    bus.start();
    assert!(bus.write(ADDR << 1) && bus.write(0x01) && bus.write(0x80));
    bus.stop();
    bus.start();
    assert!(bus.write(ADDR << 1) && bus.write(0x03));
    bus.stop();
    assert_eq!(bus.writes[1..], [(0x01, 0x80), (0x03, 0x0000)]);

    // Read word with a repeated start: low byte first; the command byte alone writes nothing.
    bus.start();
    assert!(bus.write(ADDR << 1) && bus.write(0x21));
    bus.start();
    assert!(bus.write(ADDR << 1 | 1));
    let lo = bus.read(true);
    let hi = bus.read(false);
    bus.stop();
    assert_eq!(u16::from(hi) << 8 | u16::from(lo), 0x0CCD);
    assert_eq!(
        bus.writes.len(),
        3,
        "no write from the read's command phase"
    );
    assert_eq!(bus.reads, vec![0x21]);

    // Read byte (host NACKs after the first byte) of OPERATION.
    bus.start();
    assert!(bus.write(ADDR << 1) && bus.write(0x01));
    bus.start();
    assert!(bus.write(ADDR << 1 | 1));
    assert_eq!(bus.read(false), 0x80);
    bus.stop();

    // Another device's address: no ACK, nothing reaches the port.
    bus.start();
    assert!(
        !bus.write(0x41 << 1),
        "a foreign address is not acknowledged"
    );
    bus.write(0x21);
    bus.stop();
    assert_eq!(bus.writes.len(), 3);
}
