//! The register file (docs/vrm.md §11): stored words for read-back and the internal values the
//! datapath uses, converted on write by one LINEAR11 converter (`sat((Y·K)·2^(N+S))`).
//!
//! The words are only ever read one at a time, so they live in a block RAM indexed by the command
//! code (on iCE40 an EBR instead of 656 flip-flops and a 41-way multiplexer). A block RAM has no
//! reset: a per-register `written` bit, cleared by reset, picks between the RAM and a ROM of reset
//! words. Both are read synchronously at the read's edge, which is when the spec answers.
//!
//! The table (codes, formats, constants, ranges, reset values) is `spec::vrm`'s, shared with the
//! model as data; what the hardware does with it (the converter below) is this crate's own.

use rtl::mul::{MulSigned, MulTarget};
use rust_hdl::prelude::*;

/// How a code's word is stored and converted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Format {
    /// One byte.
    Byte,
    /// A vout code (LINEAR16, exponent −12), clamped to 8191.
    Linear16,
    /// LINEAR11 with `K`, `S` and the saturation range.
    Linear11 {
        /// K.
        k: u64,
        /// S.
        s: i64,
        /// Lowest value.
        lo: i64,
        /// Highest value.
        hi: i64,
    },
    /// Unsigned, clamped to `max`.
    Raw {
        /// Largest value.
        max: u64,
    },
}

/// One writable register: code, format, reset value (physical for LINEAR11, else the word).
#[derive(Clone, Copy, Debug)]
pub struct Reg {
    /// PMBus code.
    pub code: u8,
    /// Format.
    pub format: Format,
    /// Reset value.
    pub reset: f64,
}

/// The writable registers, in the order of [`RegFile`]'s value ports: `spec::vrm`'s table in
/// this crate's form, with `T_C` entered into the K's.
pub fn table(ctrl_div: u64) -> Vec<Reg> {
    spec::vrm::writable()
        .map(|r| Reg {
            code: r.code,
            format: match r.format {
                spec::vrm::Format::Byte => Format::Byte,
                spec::vrm::Format::Linear16 => Format::Linear16,
                spec::vrm::Format::Linear11 { s, lo, hi, .. } => Format::Linear11 {
                    k: r.format.k_for(ctrl_div as u32).expect("LINEAR11") as u64,
                    s: s as i64,
                    lo,
                    hi,
                },
                spec::vrm::Format::Raw { max } => Format::Raw { max: max as u64 },
                spec::vrm::Format::ReadOnly | spec::vrm::Format::Send => {
                    unreachable!("writable() has no read-only or send command")
                }
            },
            reset: r.reset,
        })
        .collect()
}

/// LINEAR11 word for a value: the smallest exponent whose mantissa fits (the most precise).
pub fn linear11(value: f64) -> u16 {
    for n in -16i32..=15 {
        let y = (value / 2f64.powi(n)).round();
        if (-1024.0..=1023.0).contains(&y) {
            return (((n as u16) & 0x1F) << 11) | ((y as i64 as u16) & 0x7FF);
        }
    }
    0x7BFF
}

/// The internal value of `word` for `format` (what the hardware converter computes), used for
/// reset values.
pub fn convert(format: Format, word: u16) -> i64 {
    match format {
        Format::Byte => (word & 0xFF) as i64,
        Format::Linear16 => (word as i64).min(8191),
        Format::Raw { max } => (word as i64).min(max as i64),
        Format::Linear11 { k, s, lo, hi } => {
            let y = ((word as i64) << 53) >> 53;
            let n = ((word as i64) << 48) >> 59;
            let prod = y * k as i64;
            let sh = n + s;
            let v = if sh >= 0 { prod << sh } else { prod >> -sh };
            v.clamp(lo, hi)
        }
    }
}

/// The reset word of a register.
pub fn reset_word(reg: &Reg) -> u16 {
    match reg.format {
        Format::Linear11 { .. } => linear11(reg.reset),
        _ => reg.reset as u16,
    }
}

/// Number of writable registers.
pub const COUNT: usize = spec::vrm::WRITABLE_COUNT;

/// The register file: `COUNT` stored words and internal values (40 bits, two's complement).
#[derive(LogicBlock)]
pub struct RegFile {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: every register to its reset word.
    pub reset: Signal<In, Bit>,
    /// Write strobe.
    pub we: Signal<In, Bit>,
    /// Read strobe: `rword` answers from the state before this edge.
    pub re: Signal<In, Bit>,
    /// Command code.
    pub addr: Signal<In, Bits<8>>,
    /// Data word.
    pub wdata: Signal<In, Bits<16>>,
    /// The code is a writable register here.
    pub writable: Signal<Out, Bit>,
    /// A conversion is in flight: a write to a writable register at this edge is refused (§11).
    pub busy: Signal<Out, Bit>,
    /// Stored word of the register addressed by the last read (0 if that code is not a writable
    /// register here, and after reset); held until the next read.
    pub rword: Signal<Out, Bits<16>>,
    /// Internal values, in [`table`] order.
    pub value: Vec<Signal<Out, Bits<40>>>,
    words: RAM<Bits<16>, 8>,
    reset_words: SyncROM<Bits<16>, 8>,
    written: Vec<DFF<Bit>>,
    // The last read: it hit a writable register, that register had been written, the RAM and ROM
    // outputs are this read's (the clock after it), and the answer held after that clock.
    read_hit: DFF<Bit>,
    read_written: DFF<Bit>,
    read_fresh: DFF<Bit>,
    read_hold: DFF<Bits<16>>,
    read_view: Signal<Local, Bits<16>>,
    sel_written: Signal<Local, Bit>,
    values: Vec<DFF<Bits<40>>>,
    code: Vec<Constant<Bits<8>>>,
    kind: Vec<Constant<Bits<2>>>,
    k: Vec<Constant<Bits<20>>>,
    s: Vec<Constant<Bits<6>>>,
    lo: Vec<Constant<Bits<40>>>,
    hi: Vec<Constant<Bits<40>>>,
    reset_value: Vec<Constant<Bits<40>>>,
    // Every stored value lies in its register's range, so only the range's bits (and, for a
    // signed range, the sign) reach the datapath: synthesis drops the others.
    value_bits: Vec<Constant<Bits<40>>>,
    sign_fill: Vec<Constant<Bits<40>>>,
    mul: MulSigned<12, 16, 28>,
    sel_k: Signal<Local, Bits<20>>,
    sel_s: Signal<Local, Bits<6>>,
    y: Signal<Local, Bits<12>>,
    sh: Signal<Local, Bits<6>>,
    // The product shifted by sh = N + S one bit per clock (§11: 23 shifts at most, left for
    // sh > 0, arithmetic right for sh < 0): no barrel shifter. `cv_ovf` remembers a left shift
    // that would have left 27 bits (it is not made, so bit 26 stays the sign); the value fits
    // when bits 26 and 25 agree (26 bits signed, every range's width) and no shift was refused.
    accept: Signal<Local, Bit>,
    fits: Signal<Local, Bit>,
    win: Signal<Local, Bits<26>>,
    sel_lo: Signal<Local, Bits<40>>,
    sel_hi: Signal<Local, Bits<40>>,
    lo26: Signal<Local, Bits<26>>,
    hi26: Signal<Local, Bits<26>>,
    sel_kind: Signal<Local, Bits<2>>,
    // The converted word and value of the addressed register, shared by every register (each
    // register only loads it): one converter, no per-register datapath.
    new_word: Signal<Local, Bits<16>>,
    new_value: Signal<Local, Bits<40>>,
    // The conversion in flight (§11: a value lands 24 edges after its write): the edges left,
    // which register, the product Y·K being shifted, the shift left, the raw word.
    cv_go: DFF<Bit>,
    cv_cnt: DFF<Bits<5>>,
    cv_hit: Vec<DFF<Bit>>,
    // Register i is the one addressed (`addr` is its code).
    hit: Vec<Signal<Local, Bit>>,
    cv_r: DFF<Bits<27>>,
    cv_sh: DFF<Bits<6>>,
    cv_ovf: DFF<Bit>,
    cv_wdata: DFF<Bits<16>>,
    hit_kind: Signal<Local, Bits<2>>,
}

fn c<const N: usize>(v: u64) -> Constant<Bits<N>> {
    Constant::new(v.into())
}

/// The bits a value of `format` occupies within 40 (two's complement), and the bits a negative
/// value fills above them (0 for a non-negative range).
fn range_mask(format: Format) -> (u64, u64) {
    let (lo, hi) = match format {
        Format::Byte => (0, 255),
        Format::Linear16 => (0, 8191),
        Format::Raw { max } => (0, max as i64),
        Format::Linear11 { lo, hi, .. } => (lo, hi),
    };
    let magnitude = hi.max(-lo - 1).max(0) as u64;
    let width = 64 - magnitude.leading_zeros() + u32::from(lo < 0);
    let bits = (1u64 << width) - 1;
    let fill = if lo < 0 { bits40(-1) & !bits } else { 0 };
    (bits, fill)
}

fn bits40(v: i64) -> u64 {
    (v as u64) & ((1u64 << 40) - 1)
}

impl RegFile {
    /// The register file of a build with control period `ctrl_div`, its converter's product
    /// built for `target`.
    pub fn new(ctrl_div: u64, target: MulTarget) -> Self {
        let t = table(ctrl_div);
        assert_eq!(t.len(), COUNT);
        assert!(
            t.iter()
                .all(|r| !matches!(r.format, Format::Linear11 { k, .. } if k > 0xFFFF)),
            "a converter constant K above 16 bits (T_C = {ctrl_div} beyond 64?)"
        );
        RegFile {
            clock: Default::default(),
            reset: Default::default(),
            we: Default::default(),
            re: Default::default(),
            read_hit: Default::default(),
            read_written: Default::default(),
            read_fresh: Default::default(),
            read_hold: Default::default(),
            read_view: Default::default(),
            sel_written: Default::default(),
            addr: Default::default(),
            wdata: Default::default(),
            writable: Default::default(),
            busy: Default::default(),
            rword: Default::default(),
            value: (0..COUNT).map(|_| Default::default()).collect(),
            words: Default::default(),
            reset_words: SyncROM::new(
                t.iter()
                    .map(|r| {
                        (
                            Bits::<8>::from(r.code as u64),
                            (reset_word(r) as u64).into(),
                        )
                    })
                    .collect(),
            ),
            written: (0..COUNT).map(|_| Default::default()).collect(),
            values: (0..COUNT).map(|_| Default::default()).collect(),
            code: t.iter().map(|r| c(r.code as u64)).collect(),
            kind: t
                .iter()
                .map(|r| {
                    c(match r.format {
                        Format::Byte => 0,
                        Format::Linear16 => 1,
                        Format::Linear11 { .. } => 2,
                        Format::Raw { .. } => 3,
                    })
                })
                .collect(),
            k: t.iter()
                .map(|r| {
                    c(if let Format::Linear11 { k, .. } = r.format {
                        k
                    } else {
                        0
                    })
                })
                .collect(),
            s: t.iter()
                .map(|r| {
                    c(if let Format::Linear11 { s, .. } = r.format {
                        (s as u64) & 0x3F
                    } else {
                        0
                    })
                })
                .collect(),
            lo: t
                .iter()
                .map(|r| {
                    c(bits40(match r.format {
                        Format::Linear11 { lo, .. } => lo,
                        _ => 0,
                    }))
                })
                .collect(),
            hi: t
                .iter()
                .map(|r| {
                    c(bits40(match r.format {
                        Format::Linear11 { hi, .. } => hi,
                        Format::Byte => 255,
                        Format::Linear16 => 8191,
                        Format::Raw { max } => max as i64,
                    }))
                })
                .collect(),
            value_bits: t.iter().map(|r| c(range_mask(r.format).0)).collect(),
            sign_fill: t.iter().map(|r| c(range_mask(r.format).1)).collect(),
            reset_value: t
                .iter()
                .map(|r| c(bits40(convert(r.format, reset_word(r)))))
                .collect(),
            mul: MulSigned::unsigned_b(target),
            sel_k: Default::default(),
            sel_s: Default::default(),
            y: Default::default(),
            sh: Default::default(),
            accept: Default::default(),
            fits: Default::default(),
            win: Default::default(),
            sel_lo: Default::default(),
            sel_hi: Default::default(),
            lo26: Default::default(),
            hi26: Default::default(),
            sel_kind: Default::default(),
            new_word: Default::default(),
            new_value: Default::default(),
            cv_go: Default::default(),
            cv_cnt: Default::default(),
            cv_hit: (0..COUNT).map(|_| Default::default()).collect(),
            hit: (0..COUNT).map(|_| Default::default()).collect(),
            cv_r: Default::default(),
            cv_sh: Default::default(),
            cv_ovf: Default::default(),
            cv_wdata: Default::default(),
            hit_kind: Default::default(),
        }
    }
}

impl Logic for RegFile {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            read_hit,
            read_written,
            read_fresh,
            read_hold,
            cv_go,
            cv_cnt,
            cv_r,
            cv_sh,
            cv_ovf,
            cv_wdata
        );
        for i in 0..self.values.len() {
            self.cv_hit[i].clock.next = self.clock.val();
            self.hit[i].next = self.addr.val() == self.code[i].val();
            self.cv_hit[i].d.next = self.cv_hit[i].q.val();
            self.written[i].clock.next = self.clock.val();
            self.values[i].clock.next = self.clock.val();
            self.written[i].d.next = self.written[i].q.val();
            self.values[i].d.next = self.values[i].q.val();
        }
        self.words.read_clock.next = self.clock.val();
        self.words.write_clock.next = self.clock.val();
        self.reset_words.clock.next = self.clock.val();
        self.words.read_address.next = self.addr.val();
        self.reset_words.address.next = self.addr.val();
        self.words.write_address.next = self.addr.val();
        // Stage 1 of the LINEAR11 converter (the write's edge): the constants of the addressed
        // register, the product Y·K and the shift.
        self.sel_k.next = 0.into();
        self.sel_s.next = 0.into();
        self.hit_kind.next = 0.into();
        self.writable.next = false;
        self.sel_written.next = false;
        // At most one register is hit: its constants are ORed in, which synthesis maps to one OR
        // per bit over the registers that have it set (a priority chain would test them all).
        // This reads back locals assigned above: Verilog's blocking semantics; the regulator is
        // not run in rust-hdl's own simulator.
        for i in 0..self.values.len() {
            if self.hit[i].val() {
                self.sel_k.next = self.sel_k.val() | self.k[i].val();
                self.sel_s.next = self.sel_s.val() | self.s[i].val();
                self.hit_kind.next = self.hit_kind.val() | self.kind[i].val();
                self.writable.next = true;
                self.sel_written.next = self.written[i].q.val();
            }
        }
        // Stage 2 (the edge after): the constants of the register the pipeline holds.
        self.sel_lo.next = 0.into();
        self.sel_hi.next = 0.into();
        self.sel_kind.next = 0.into();
        for i in 0..self.values.len() {
            if self.cv_hit[i].q.val() {
                self.sel_lo.next = self.sel_lo.val() | self.lo[i].val();
                self.sel_hi.next = self.sel_hi.val() | self.hi[i].val();
                self.sel_kind.next = self.sel_kind.val() | self.kind[i].val();
            }
        }
        self.y.next = bit_cast::<12, 11>(self.wdata.val().get_bits::<11>(0));
        if self.wdata.val().get_bit(10) {
            self.y.next = bit_cast::<12, 11>(self.wdata.val().get_bits::<11>(0)) | 0x800;
        }
        self.mul.a.next = self.y.val();
        self.mul.b.next = self.sel_k.val().get_bits::<16>(0);
        // sh = N + S, 6-bit two's complement (N in -16..15, S in 0..8).
        self.sh.next = bit_cast::<6, 5>(self.wdata.val().get_bits::<5>(11)) + self.sel_s.val();
        if self.wdata.val().get_bit(15) {
            self.sh.next =
                (bit_cast::<6, 5>(self.wdata.val().get_bits::<5>(11)) | 0x20) + self.sel_s.val();
        }
        // A write to a writable register starts a conversion unless one is in flight (§11).
        self.accept.next =
            self.we.val() & self.writable.val() & !self.cv_go.q.val() & !self.reset.val();
        self.busy.next = self.cv_go.q.val();
        if self.accept.val() {
            // |Y·K| ≤ 1024 · 65535 < 2^26: the product is exact in 27 bits.
            self.cv_r.d.next = bit_cast::<27, 28>(self.mul.p.val());
            self.cv_sh.d.next = self.sh.val();
            self.cv_ovf.d.next = false;
            self.cv_cnt.d.next = 23.into();
            self.cv_wdata.d.next = self.wdata.val();
            self.cv_go.d.next = true;
            for i in 0..self.values.len() {
                self.cv_hit[i].d.next = self.hit[i].val();
            }
        }
        // In flight: one shift per edge while cv_cnt counts 23 .. 1, the value lands at 0.
        if self.cv_go.q.val() {
            self.cv_cnt.d.next = self.cv_cnt.q.val() - 1;
            if self.cv_cnt.q.val() == 0 {
                self.cv_go.d.next = false;
            } else if self.cv_sh.q.val().get_bit(5) {
                self.cv_r.d.next = (self.cv_r.q.val() >> 1)
                    | (bit_cast::<27, 1>(self.cv_r.q.val().get_bits::<1>(26)) << 26);
                self.cv_sh.d.next = self.cv_sh.q.val() + 1;
            } else if self.cv_sh.q.val() != 0 {
                // A shift that would leave 27 bits is not made (the sign bit stays the value's).
                self.cv_sh.d.next = self.cv_sh.q.val() - 1;
                if self.cv_r.q.val().get_bit(26) != self.cv_r.q.val().get_bit(25) {
                    self.cv_ovf.d.next = true;
                } else {
                    self.cv_r.d.next = self.cv_r.q.val() << 1;
                }
            }
        }
        self.win.next = self.cv_r.q.val().get_bits::<26>(0);
        self.fits.next =
            !self.cv_ovf.q.val() & (self.cv_r.q.val().get_bit(26) == self.cv_r.q.val().get_bit(25));
        self.hi26.next = self.sel_hi.val().get_bits::<26>(0);
        self.lo26.next = self.sel_lo.val().get_bits::<26>(0);
        // The stored word (stage 1): a byte register keeps its low byte.
        self.new_word.next = self.wdata.val();
        if self.hit_kind.val() == 0 {
            self.new_word.next = self.wdata.val() & 0xFF;
        }
        // The value (stage 2). Byte: the low byte; LINEAR11: saturated to [lo, hi]; LINEAR16 and
        // raw: clamped to hi.
        if bit_cast::<40, 16>(self.cv_wdata.q.val()) > self.sel_hi.val() {
            self.new_value.next = self.sel_hi.val();
        } else {
            self.new_value.next = bit_cast::<40, 16>(self.cv_wdata.q.val());
        }
        if self.sel_kind.val() == 0 {
            self.new_value.next = bit_cast::<40, 16>(self.cv_wdata.q.val() & 0xFF);
        }
        if self.sel_kind.val() == 2 {
            // Out of 26 bits is beyond every range: the bound on the value's side.
            if !self.fits.val() {
                if self.cv_r.q.val().get_bit(26) {
                    self.new_value.next = self.sel_lo.val();
                } else {
                    self.new_value.next = self.sel_hi.val();
                }
            } else if (self.win.val() ^ 0x2000000_u64) > (self.hi26.val() ^ 0x2000000_u64) {
                self.new_value.next = self.sel_hi.val();
            } else if (self.win.val() ^ 0x2000000_u64) < (self.lo26.val() ^ 0x2000000_u64) {
                self.new_value.next = self.sel_lo.val();
            } else {
                self.new_value.next = bit_cast::<40, 26>(self.win.val());
                if self.win.val().get_bit(25) {
                    self.new_value.next = bit_cast::<40, 26>(self.win.val()) | 0xFFFC000000_u64;
                }
            }
        }
        self.words.write_data.next = self.new_word.val();
        self.words.write_enable.next = self.accept.val();
        for i in 0..self.values.len() {
            if self.accept.val() & self.hit[i].val() {
                self.written[i].d.next = true;
            }
            if self.cv_go.q.val() & (self.cv_cnt.q.val() == 0) & self.cv_hit[i].q.val() {
                self.values[i].d.next = self.new_value.val();
            }
        }
        // Read-back: the RAM and ROM outputs belong to the read only in the clock after it.
        self.read_view.next = self.reset_words.data.val();
        if self.read_written.q.val() {
            self.read_view.next = self.words.read_data.val();
        }
        if !self.read_fresh.q.val() {
            self.read_view.next = self.read_hold.q.val();
        }
        self.read_hold.d.next = self.read_view.val();
        self.read_fresh.d.next = self.re.val();
        if self.re.val() {
            self.read_hit.d.next = self.writable.val();
            self.read_written.d.next = self.sel_written.val();
        }
        self.rword.next = 0.into();
        if self.read_hit.q.val() {
            self.rword.next = self.read_view.val();
        }
        if self.reset.val() {
            for i in 0..self.values.len() {
                self.written[i].d.next = false;
                self.values[i].d.next = self.reset_value[i].val();
            }
            self.read_hit.d.next = false;
            self.read_fresh.d.next = false;
            self.cv_go.d.next = false;
            self.cv_cnt.d.next = 0.into();
        }
        for i in 0..self.values.len() {
            self.value[i].next = self.values[i].q.val() & self.value_bits[i].val();
            if self.values[i].q.val().get_bit(39) {
                self.value[i].next =
                    (self.values[i].q.val() & self.value_bits[i].val()) | self.sign_fill[i].val();
            }
        }
    }
}

/// The Verilog module name of a stand-alone [`RegFile`].
pub const REGFILE_MODULE: &str = "gridcore_vrm_regs";

/// Emits a stand-alone register file (converter tests compare its values with the model's).
pub fn regfile_verilog(ctrl_div: u64, target: MulTarget) -> String {
    let mut uut = RegFile::new(ctrl_div, target);
    uut.connect_all();
    rtl::emit::rename_top(&generate_verilog(&uut), REGFILE_MODULE)
}

/// Declares [`RegValues`]: each field names a writable register by its PMBus name in lower
/// case and gives its index in the register file; a compile-time assertion checks every pair
/// against `spec::vrm`'s table, so a reordered or renamed table fails the build, not the chip.
macro_rules! reg_values {
    ($($field:ident = $index:tt),* $(,)?) => {
        /// The register file's internal values under their PMBus names: wiring only (no logic;
        /// flattening removes the module), so the datapath reads `vout_max`, not `value[2]`.
        ///
        /// # Ports
        /// - `value` (in, 40 bits each, [`table`] order): [`RegFile::value`].
        /// - one output per writable register, named after it (40 bits, two's complement).
        #[derive(LogicBlock, Default)]
        pub struct RegValues {
            /// The register file's values, in [`table`] order.
            pub value: Vec<Signal<In, Bits<40>>>,
            $(
                #[doc = concat!("The internal value of ", stringify!($field), ".")]
                pub $field: Signal<Out, Bits<40>>,
            )*
        }

        $(const _: () = assert!(spec::vrm::writable_index(stringify!($field)) == $index);)*
        const _: () = assert!([$($index),*].len() == COUNT);

        impl RegValues {
            /// The named view of a register file.
            pub fn new() -> Self {
                RegValues {
                    value: (0..COUNT).map(|_| Default::default()).collect(),
                    ..Default::default()
                }
            }
        }

        impl Logic for RegValues {
            #[hdl_gen]
            fn update(&mut self) {
                $(self.$field.next = self.value[$index].val();)*
            }
        }
    };
}

reg_values! {
    operation = 0,
    vout_command = 1,
    vout_max = 2,
    vout_transition_rate = 3,
    vout_droop = 4,
    max_duty = 5,
    vin_on = 6,
    vout_ov_fault_limit = 7,
    vout_ov_fault_response = 8,
    vout_uv_fault_limit = 9,
    vout_uv_fault_response = 10,
    iout_oc_fault_limit = 11,
    iout_oc_fault_response = 12,
    ot_fault_limit = 13,
    ot_fault_response = 14,
    vin_uv_fault_limit = 15,
    vin_uv_fault_response = 16,
    ton_rise = 17,
    mfr_kp = 18,
    mfr_ki = 19,
    mfr_kd = 20,
    mfr_df = 21,
    mfr_kb = 22,
    mfr_bal_max = 23,
    mfr_dt_rise = 24,
    mfr_dt_fall = 25,
    mfr_ph_add = 26,
    mfr_ph_shed = 27,
    mfr_ph_dwell = 28,
    mfr_n_max_active = 29,
    mfr_ph_oc = 30,
    mfr_ph_imb = 31,
    mfr_tr_ut = 32,
    mfr_tr_ot = 33,
    mfr_tr_rec = 34,
    mfr_tr_min = 35,
    mfr_tr_max = 36,
    mfr_tr_blank = 37,
    mfr_flt_n = 38,
    mfr_sat_n = 39,
    mfr_tr_dv = 40,
}
