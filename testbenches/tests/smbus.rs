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
    /// A register file behind the target's parallel port (false: the controller is there).
    regfile: bool,
}

impl Bus {
    fn new(model: &Arc<VerilatedModel>, regfile: bool) -> Bus {
        let mut p = HashMap::new();
        let ports: &[&'static str] = if regfile {
            &[
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
            ]
        } else {
            &["clock", "reset", "scl", "sda_in", "sda_oe"]
        };
        for n in ports {
            p.insert(*n, model.port(n).unwrap());
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
            regfile,
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
            if self.regfile {
                self.inst.set(self.p["reg_rdata"], self.answer as u64);
            }
            self.inst.set(self.p["clock"], 0);
            self.inst.eval();
            self.inst.set(self.p["clock"], 1);
            self.inst.eval();
            if !self.regfile {
                continue;
            }
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
    let mut bus = Bus::new(&model, true);

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

/// The regulator controller behind its PMBus target: configured and read over two wires.
#[test]
fn controller_is_configured_and_read_over_pmbus() {
    let v = vrm_ctrl::pmbus::verilog(ADDR, 2, 100, 10);
    let model = VerilatedModel::build(
        &v,
        vrm_ctrl::pmbus::VRM_PMBUS_MODULE,
        &BuildOptions::default(),
        &mut |_| {},
    )
    .unwrap();
    let mut bus = Bus::new(&model, false);
    let port = |n: &str| model.port(n).unwrap();
    // Sensors: 12 V in, 0.5 V out, enabled.
    bus.inst.set(port("vin_code"), 3072);
    bus.inst.set(port("vout_code"), 2048);
    bus.inst.set(port("en"), 1);
    let read_word = |bus: &mut Bus, cmd: u8| -> u16 {
        bus.start();
        assert!(bus.write(ADDR << 1) && bus.write(cmd));
        bus.start();
        assert!(bus.write(ADDR << 1 | 1));
        let lo = bus.read(true);
        let hi = bus.read(false);
        bus.stop();
        u16::from(hi) << 8 | u16::from(lo)
    };
    assert_eq!(read_word(&mut bus, 0x98) & 0xFF, 0x33, "PMBUS_REVISION");
    assert_eq!(read_word(&mut bus, 0x20) & 0xFF, 0x14, "VOUT_MODE");
    assert_eq!(
        read_word(&mut bus, 0x8B),
        2048,
        "READ_VOUT is the sensor code"
    );
    // VOUT_COMMAND = 0.9 V (3686), read back; the reference ramps toward it once running.
    bus.start();
    assert!(
        bus.write(ADDR << 1)
            && bus.write(0x21)
            && bus.write((3686 & 0xFF) as u8)
            && bus.write((3686 >> 8) as u8)
    );
    bus.stop();
    assert_eq!(read_word(&mut bus, 0x21), 3686);
    // It turned on, soft-started, and — the fixed 0.5 V sensor reading below the 0.68 V UV limit
    // — reports VOUT_UV over PMBus and waits in hiccup (the UV response's reset value).
    assert_eq!(bus.inst.get(port("mode")), 4, "hiccup after the UV fault");
    assert_eq!(read_word(&mut bus, 0x7A) & 0x10, 0x10, "STATUS_VOUT UV bit");
    assert_eq!(read_word(&mut bus, 0x79) >> 15, 1, "STATUS_WORD VOUT bit");
    assert_eq!(bus.inst.get(port("alert")), 1, "SMBALERT#");
    // An unknown command sets CML: STATUS_BYTE bit 1 after a read of 0x00.
    let _ = read_word(&mut bus, 0x00);
    assert_eq!(
        read_word(&mut bus, 0x78) >> 1 & 1,
        1,
        "CML after an unknown command"
    );
}
