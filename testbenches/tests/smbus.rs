//! The SMBus/PMBus target (rtl::smbus) on Verilator, driven by a bit-banged I2C host at about
//! 400 kHz against a 100 MHz clock, with a register file behind its parallel port: every PMBus
//! transaction shape, the repeated start, a foreign address, a NACKed read, and PEC (packet error
//! codes checked against this file's own CRC-8) on writes and reads.

use std::collections::HashMap;
use std::sync::Arc;
use testbenches::verilator::{BuildOptions, Instance, VerilatedModel};

const ADDR: u8 = 0x40;
const HALF: u32 = 125; // clocks per SCL half period: 400 kHz at 100 MHz

/// SMBus PEC: CRC-8 with polynomial x^8 + x^2 + x + 1, initial 0, MSB first.
fn pec(bytes: &[u8]) -> u8 {
    let mut crc = 0u8;
    for &b in bytes {
        crc ^= b;
        for _ in 0..8 {
            crc = if crc & 0x80 != 0 {
                (crc << 1) ^ 0x07
            } else {
                crc << 1
            };
        }
    }
    crc
}

struct Bus {
    inst: Instance,
    p: HashMap<&'static str, usize>,
    scl: bool,
    sda_host: bool,
    regs: HashMap<u8, u16>,
    writes: Vec<(u8, u16)>,
    reads: Vec<u8>,
    /// `reg_err` strobes seen (bit 0 bad PEC, bit 1 wrong byte count).
    errors: Vec<u64>,
    /// Data bytes per command code, answered on `reg_len`.
    lengths: [u8; 256],
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
                "reg_len",
                "reg_err",
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
            errors: vec![],
            lengths: std::array::from_fn(|c| spec::vrm::data_bytes(c as u8)),
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
                let cmd = self.inst.get(self.p["reg_addr"]) as u8;
                self.inst
                    .set(self.p["reg_len"], self.lengths[cmd as usize] as u64);
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
            let err = self.inst.get(self.p["reg_err"]);
            if err != 0 {
                self.errors.push(err);
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

    /// A whole write transaction: START, our address, `bytes`, STOP; every byte acknowledged.
    fn send(&mut self, bytes: &[u8]) {
        self.start();
        assert!(self.write(ADDR << 1), "address ACK");
        for &b in bytes {
            assert!(self.write(b), "byte {b:#04x} ACK");
        }
        self.stop();
    }

    /// A read transaction: `cmd`, a repeated start, then `n` bytes, the host acknowledging all
    /// but the last.
    fn read_cmd(&mut self, cmd: u8, n: usize) -> Vec<u8> {
        self.start();
        assert!(self.write(ADDR << 1) && self.write(cmd));
        self.start();
        assert!(self.write(ADDR << 1 | 1));
        let bytes = (0..n).map(|k| self.read(k + 1 < n)).collect();
        self.stop();
        bytes
    }
}

/// The SMBus target alone, Verilated.
fn target() -> Arc<VerilatedModel> {
    VerilatedModel::build(
        &rtl::smbus::smbus_verilog(ADDR),
        rtl::smbus::SMBUS_MODULE,
        &BuildOptions::default(),
        &mut |_| {},
    )
    .unwrap()
}

/// A little-endian word from its two bytes.
fn word(bytes: &[u8]) -> u16 {
    u16::from(bytes[1]) << 8 | u16::from(bytes[0])
}

#[test]
fn pmbus_transactions_reach_the_register_port() {
    let model = target();
    let mut bus = Bus::new(&model, true);

    // Write word VOUT_COMMAND = 0x0CCD.
    bus.send(&[0x21, 0xCD, 0x0C]);
    assert_eq!(bus.writes, vec![(0x21, 0x0CCD)]);

    // Write byte OPERATION = 0x80; send byte CLEAR_FAULTS.
    bus.send(&[0x01, 0x80]);
    bus.send(&[0x03]);
    assert_eq!(bus.writes[1..], [(0x01, 0x80), (0x03, 0x0000)]);

    // Read word with a repeated start: low byte first; the command byte alone writes nothing.
    assert_eq!(word(&bus.read_cmd(0x21, 2)), 0x0CCD);
    assert_eq!(
        bus.writes.len(),
        3,
        "no write from the read's command phase"
    );
    assert_eq!(bus.reads, vec![0x21]);

    // Read byte (host NACKs after the first byte) of OPERATION.
    assert_eq!(bus.read_cmd(0x01, 1), [0x80]);

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
    let read_word = |bus: &mut Bus, cmd: u8| word(&bus.read_cmd(cmd, 2));
    assert_eq!(read_word(&mut bus, 0x98) & 0xFF, 0x33, "PMBUS_REVISION");
    assert_eq!(read_word(&mut bus, 0x20) & 0xFF, 0x14, "VOUT_MODE");
    assert_eq!(
        read_word(&mut bus, 0x8B),
        2048,
        "READ_VOUT is the sensor code"
    );
    // VOUT_COMMAND = 0.9 V (3686), read back; the reference ramps toward it once running.
    bus.send(&[0x21, (3686 & 0xFF) as u8, (3686 >> 8) as u8]);
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
    assert_eq!(
        read_word(&mut bus, 0x7E) & 0xFF,
        0x80,
        "STATUS_CML invalid command"
    );
    assert_eq!(
        read_word(&mut bus, 0x19) & 0xFF,
        0xB0,
        "CAPABILITY: PEC, 400 kHz, SMBALERT#"
    );
    // CLEAR_FAULTS with its PEC clears STATUS_CML; a write with a bad PEC sets its bit 5 and
    // changes nothing.
    bus.send(&[0x03, pec(&[ADDR << 1, 0x03])]);
    assert_eq!(read_word(&mut bus, 0x7E) & 0xFF, 0, "cleared");
    bus.send(&[0x21, 0x00, 0x0C, pec(&[ADDR << 1, 0x21, 0x00, 0x0C]) ^ 1]);
    assert_eq!(
        read_word(&mut bus, 0x7E) & 0xFF,
        0x20,
        "STATUS_CML PEC failed"
    );
    assert_eq!(read_word(&mut bus, 0x78) >> 1 & 1, 1, "STATUS_BYTE CML");
    assert_eq!(
        read_word(&mut bus, 0x21),
        3686,
        "the bad-PEC write changed nothing"
    );
}

#[test]
fn pec_is_the_smbus_crc8() {
    // SMBus 3.0, appendix: CRC-8 of "123456789" is 0xF4; a message followed by its PEC gives 0.
    assert_eq!(pec(b"123456789"), 0xF4);
    let mut m = b"123456789".to_vec();
    m.push(0xF4);
    assert_eq!(pec(&m), 0);
}

/// Packet error codes: writes execute only with the right PEC or without one, a wrong byte count
/// writes nothing, and a read appends the PEC when the host acknowledges its last data byte.
#[test]
fn pec_guards_writes_and_follows_reads() {
    let model = target();
    let mut bus = Bus::new(&model, true);

    // Write word VOUT_COMMAND with its PEC: executes.
    let good = pec(&[ADDR << 1, 0x21, 0x34, 0x12]);
    bus.send(&[0x21, 0x34, 0x12, good]);
    assert_eq!(bus.writes, vec![(0x21, 0x1234)]);
    assert!(bus.errors.is_empty());
    // The same with one PEC bit wrong: nothing written, reg_err bit 0.
    bus.send(&[0x21, 0x78, 0x56, pec(&[ADDR << 1, 0x21, 0x78, 0x56]) ^ 0x10]);
    assert_eq!(bus.writes.len(), 1, "a bad PEC writes nothing");
    assert_eq!(bus.errors, vec![1]);
    // Write byte OPERATION with PEC, send byte CLEAR_FAULTS with PEC: both execute.
    bus.send(&[0x01, 0x80, pec(&[ADDR << 1, 0x01, 0x80])]);
    bus.send(&[0x03, pec(&[ADDR << 1, 0x03])]);
    assert_eq!(bus.writes[1..], [(0x01, 0x80), (0x03, 0)]);
    // A byte too few for a word register, and two too many: nothing written, reg_err bit 1.
    bus.send(&[0x21, 0x99]);
    bus.send(&[0x21, 0x99, 0x01, 0x02, 0x03]);
    assert_eq!(bus.writes.len(), 3);
    assert_eq!(bus.errors, vec![1, 2, 2]);

    // Read word with PEC: lo, hi, then the CRC-8 of every byte on the bus, then 0xFF.
    let [lo, hi, code, after] = bus.read_cmd(0x21, 4)[..] else {
        unreachable!()
    };
    assert_eq!((lo, hi), (0x34, 0x12));
    assert_eq!(
        code,
        pec(&[ADDR << 1, 0x21, ADDR << 1 | 1, 0x34, 0x12]),
        "read PEC"
    );
    assert_eq!(after, 0xFF);
    // Read byte with PEC: the PEC follows the single data byte.
    let [b, code] = bus.read_cmd(0x01, 2)[..] else {
        unreachable!()
    };
    assert_eq!(b, 0x80);
    assert_eq!(
        code,
        pec(&[ADDR << 1, 0x01, ADDR << 1 | 1, 0x80]),
        "byte read PEC"
    );
    assert_eq!(bus.errors.len(), 3, "reads raise no error");
}
