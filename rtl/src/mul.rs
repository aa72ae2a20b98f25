//! Registered multipliers with a target-specific implementation.
//!
//! Design decision: Yosys' `synth_ice40 -dsp` produced wrong netlists here (it merged an adder
//! that follows a multiplier into the SB_MAC16's accumulator and dropped the carry), so on iCE40
//! the multipliers are SB_MAC16 instances written by hand and synthesis runs without `-dsp`. The
//! generic implementation is plain Verilog `*` (Verilator, ECP5's MULT18X18D inference). Both
//! have one clock of latency: the product of the inputs sampled at a rising edge is on the
//! output after it. The synthesized iCE40 netlist is co-simulated against the cycle model with
//! Yosys' own SB_MAC16 model (`tests/netlist_cosim.rs`).

use rust_hdl::prelude::*;

/// Which primitive implements the multipliers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum MulTarget {
    /// Behavioural Verilog (`*`).
    #[default]
    Generic,
    /// Lattice iCE40 SB_MAC16 instances.
    Ice40,
}

/// Two signed 8x8 products sharing one operand (two MAC lanes, one iCE40 DSP in 8x8 mode):
/// `p0 = x * w0`, `p1 = x * w1`, 16-bit two's complement, two clocks of latency (the DSP's input
/// and product registers: the configuration Lattice's tools accept, docs/toolchain.md §3).
#[derive(LogicBlock)]
pub struct Mul8x8Pair {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Shared operand (int8).
    pub x: Signal<In, Bits<8>>,
    /// First lane's operand (int8).
    pub w0: Signal<In, Bits<8>>,
    /// Second lane's operand (int8).
    pub w1: Signal<In, Bits<8>>,
    /// `x * w0` (int16), two clocks later.
    pub p0: Signal<Out, Bits<16>>,
    /// `x * w1` (int16), two clocks later.
    pub p1: Signal<Out, Bits<16>>,
    sim_x: Signal<Local, Bits<8>>,
    sim_w0: Signal<Local, Bits<8>>,
    sim_w1: Signal<Local, Bits<8>>,
    /// 1 for iCE40 (a Verilog constant, since every field of a block must be a block).
    ice40: Constant<Bits<1>>,
}

impl Mul8x8Pair {
    /// A pair for `target`.
    pub fn new(target: MulTarget) -> Self {
        Mul8x8Pair {
            clock: Default::default(),
            x: Default::default(),
            w0: Default::default(),
            w1: Default::default(),
            p0: Default::default(),
            p1: Default::default(),
            sim_x: Default::default(),
            sim_w0: Default::default(),
            sim_w1: Default::default(),
            ice40: Constant::new((target == MulTarget::Ice40).into()),
        }
    }
}

fn signed_product(a: u64, b: u64) -> u64 {
    ((a as u8 as i8 as i16) * (b as u8 as i8 as i16)) as u16 as u64
}

impl Logic for Mul8x8Pair {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            // Input registers, then product registers (as the DSP's A/B and 8x8 registers).
            let x = self.sim_x.val().to_u64();
            self.p0.next = signed_product(x, self.sim_w0.val().to_u64()).into();
            self.p1.next = signed_product(x, self.sim_w1.val().to_u64()).into();
            self.sim_x.next = self.x.val();
            self.sim_w0.next = self.w0.val();
            self.sim_w1.next = self.w1.val();
        }
    }

    fn connect(&mut self) {
        self.p0.connect();
        self.p1.connect();
        self.sim_x.connect();
        self.sim_w0.connect();
        self.sim_w1.connect();
    }

    fn hdl(&self) -> Verilog {
        if !self.ice40.val().any() {
            return Verilog::Custom(
                "// One input register set per pair, kept: merged into one, the shared x register\n\
                 // would fan out to every multiplier across the chip.\n\
                 (* keep *) reg [7:0] xr;\n\
                 (* keep *) reg [7:0] w0r;\n\
                 (* keep *) reg [7:0] w1r;\n\
                 always @(posedge clock) begin\n\
                 \x20   xr <= x;\n\
                 \x20   w0r <= w0;\n\
                 \x20   w1r <= w1;\n\
                 \x20   p0 <= $signed(xr) * $signed(w0r);\n\
                 \x20   p1 <= $signed(xr) * $signed(w1r);\n\
                 end\n"
                    .into(),
            );
        }
        // MODE_8x8 with signed operands: O[31:16] = A[15:8]*B[15:8], O[15:0] = A[7:0]*B[7:0],
        // input and 8x8 product registers on (two clocks of latency).
        Verilog::Wrapper(Wrapper {
                code: format!(
                    "{NC_WIRES}wire [31:0] o;\n\
                     SB_MAC16 #(.MODE_8x8(1'b1), .A_SIGNED(1'b1), .B_SIGNED(1'b1),\n\
                     \x20   .A_REG(1'b1), .B_REG(1'b1), .TOP_8x8_MULT_REG(1'b1), .BOT_8x8_MULT_REG(1'b1),\n\
                     \x20   .TOPOUTPUT_SELECT(2'b10), .BOTOUTPUT_SELECT(2'b10)) mac (\n\
                     \x20   .CLK(clock), .CE(1'b1), .A({{x, x}}), .B({{w1, w0}}), .C(16'b0), .D(16'b0),\n\
                     {ZERO_PINS}\
                     \x20   .O(o));\n\
                     assign p0 = o[15:0];\n\
                     assign p1 = o[31:16];\n"
                ),
                cores: String::new(),
        })
    }
}

/// 16x16 product, pipelined: `p = a * b` two clocks later (one iCE40 DSP in 16x16 mode with
/// its input registers and its product register: iCEcube2's `MUL_U_16X16_IM_BYPASS`, a
/// configuration Lattice's tools accept and IceStorm's `icetime` times as registered; with the
/// product register alone `icetime` takes the multiplier for combinational). `a` is unsigned;
/// `b` unsigned ([`Mul16x16::new`]) or two's complement ([`Mul16x16::signed_b`], then `p` is
/// the two's complement product, which always fits 32 bits).
#[derive(LogicBlock)]
pub struct Mul16x16 {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Operand, unsigned.
    pub a: Signal<In, Bits<16>>,
    /// Operand, unsigned or two's complement.
    pub b: Signal<In, Bits<16>>,
    /// `a * b`, two clocks later.
    pub p: Signal<Out, Bits<32>>,
    /// 1 for iCE40 (a Verilog constant, since every field of a block must be a block).
    ice40: Constant<Bits<1>>,
    /// 1 when `b` is two's complement.
    b_signed: Constant<Bits<1>>,
    // The registered operands (simulation in rust-hdl; the Verilog has its own).
    sim_a: Signal<Local, Bits<16>>,
    sim_b: Signal<Local, Bits<16>>,
}

impl Mul16x16 {
    /// An unsigned multiplier for `target`.
    pub fn new(target: MulTarget) -> Self {
        Self::build(target, false)
    }
    /// An unsigned-by-signed multiplier for `target`.
    pub fn signed_b(target: MulTarget) -> Self {
        Self::build(target, true)
    }
    fn build(target: MulTarget, b_signed: bool) -> Self {
        Mul16x16 {
            clock: Default::default(),
            a: Default::default(),
            b: Default::default(),
            p: Default::default(),
            ice40: Constant::new((target == MulTarget::Ice40).into()),
            b_signed: Constant::new(b_signed.into()),
            sim_a: Default::default(),
            sim_b: Default::default(),
        }
    }
}

impl Logic for Mul16x16 {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            let b = if self.b_signed.val().any() {
                sext(self.sim_b.val().to_u64(), 16) as i64
            } else {
                self.sim_b.val().to_u64() as i64
            };
            let p = self.sim_a.val().to_u64() as i64 * b;
            self.p.next = (p as u64 & 0xFFFF_FFFF).into();
            self.sim_a.next = self.a.val();
            self.sim_b.next = self.b.val();
        }
    }

    fn connect(&mut self) {
        self.p.connect();
        self.sim_a.connect();
        self.sim_b.connect();
    }

    fn hdl(&self) -> Verilog {
        let b_signed = self.b_signed.val().any();
        if !self.ice40.val().any() {
            let product = if b_signed {
                "$signed({1'b0, ar}) * $signed(br)"
            } else {
                "ar * br"
            };
            return Verilog::Custom(format!(
                "reg [15:0] ar, br;\nalways @(posedge clock) begin\n    ar <= a;\n    br <= b;\n    p <= {product};\nend\n"
            ));
        }
        let b_signed = b_signed as u8;
        Verilog::Wrapper(Wrapper {
                code: format!(
                    "{NC_WIRES}SB_MAC16 #(.A_SIGNED(1'b0), .B_SIGNED(1'b{b_signed}), .A_REG(1'b1), .B_REG(1'b1),\n\
                     \x20   .PIPELINE_16x16_MULT_REG2(1'b1),\n\
                     \x20   .TOPOUTPUT_SELECT(2'b11), .BOTOUTPUT_SELECT(2'b11)) mac (\n\
                     \x20   .CLK(clock), .CE(1'b1), .A(a), .B(b), .C(16'b0), .D(16'b0),\n\
                     {ZERO_PINS}\
                     \x20   .O(p));\n"
                ),
                cores: String::new(),
        })
    }
}

/// SB_MAC16 control inputs tied off (no holds, resets, loads or accumulation), carry and
/// sign-extension outputs unused.
const ZERO_PINS: &str = "    .AHOLD(1'b0), .BHOLD(1'b0), .CHOLD(1'b0), .DHOLD(1'b0),\n\
    .IRSTTOP(1'b0), .IRSTBOT(1'b0), .ORSTTOP(1'b0), .ORSTBOT(1'b0),\n\
    .OLOADTOP(1'b0), .OLOADBOT(1'b0), .ADDSUBTOP(1'b0), .ADDSUBBOT(1'b0),\n\
    .OHOLDTOP(1'b0), .OHOLDBOT(1'b0), .CI(1'b0), .ACCUMCI(1'b0), .SIGNEXTIN(1'b0),\n\
    .CO(nc_co), .ACCUMCO(nc_accumco), .SIGNEXTOUT(nc_signextout),\n";

/// The nets that take SB_MAC16's unused outputs.
const NC_WIRES: &str = "wire nc_co, nc_accumco, nc_signextout;\n";

/// Combinational signed product `p = a * b` of two's complement operands `A` and `B` bits wide,
/// `P` bits of result (P = A + B keeps every product exact). rust-hdl's own `*` stops at 16x16;
/// the regulator's datapath needs wider and signed products, written as plain Verilog.
///
/// On iCE40 the product is split into 16-bit chunks (the low chunk unsigned, the top one signed)
/// and every chunk pair wider than 2x2 bits is one SB_MAC16 in combinational 16x16 mode; pairs
/// with a chunk of 1 or 2 bits stay in LUTs, and the partial products are summed in LUTs.
/// [`MulSigned::unsigned_b`] takes `b` as unsigned (at most 16 bits, one chunk).
#[derive(LogicBlock)]
pub struct MulSigned<const A: usize, const B: usize, const P: usize> {
    /// Operand, two's complement.
    pub a: Signal<In, Bits<A>>,
    /// Operand, two's complement.
    pub b: Signal<In, Bits<B>>,
    /// `a * b`, two's complement.
    pub p: Signal<Out, Bits<P>>,
    /// 1 for iCE40 (a Verilog constant, since every field of a block must be a block).
    ice40: Constant<Bits<1>>,
    /// The operands' significant widths ([`MulSigned::narrow`]).
    a_bits: Constant<Bits<8>>,
    b_bits: Constant<Bits<8>>,
    /// 1 when `b` is unsigned ([`MulSigned::unsigned_b`]).
    b_unsigned: Constant<Bits<1>>,
}

impl<const A: usize, const B: usize, const P: usize> MulSigned<A, B, P> {
    /// A multiplier for `target`.
    pub fn new(target: MulTarget) -> Self {
        Self::narrow(target, A, B)
    }
    /// A multiplier whose operands are always the sign extensions of their low `a_bits` and
    /// `b_bits` bits (a build's bound, e.g. a sum over fewer phases than the port allows), so
    /// the iCE40 netlist needs only the DSP chunks of those bits. Simulation computes the full
    /// product; the iCE40 netlist co-simulation checks the bound.
    pub fn narrow(target: MulTarget, a_bits: usize, b_bits: usize) -> Self {
        Self::build(target, a_bits, b_bits, false)
    }
    /// A two's complement `a` by an unsigned `b` of at most 16 bits (one DSP when `a` has at
    /// most 16 bits too).
    pub fn unsigned_b(target: MulTarget) -> Self {
        assert!(B <= 16, "MulSigned::unsigned_b: b up to 16 bits");
        Self::build(target, A, B, true)
    }
    fn build(target: MulTarget, a_bits: usize, b_bits: usize, b_unsigned: bool) -> Self {
        assert!(
            A <= 32 && B <= 32,
            "MulSigned supports operands up to 32 bits"
        );
        assert!(
            (1..=A).contains(&a_bits) && (1..=B).contains(&b_bits),
            "MulSigned: significant widths within the operands"
        );
        MulSigned {
            a: Default::default(),
            b: Default::default(),
            p: Default::default(),
            ice40: Constant::new((target == MulTarget::Ice40).into()),
            a_bits: Constant::new((a_bits as u64).into()),
            b_bits: Constant::new((b_bits as u64).into()),
            b_unsigned: Constant::new(b_unsigned.into()),
        }
    }
}

impl<const A: usize, const B: usize, const P: usize> Default for MulSigned<A, B, P> {
    fn default() -> Self {
        Self::new(MulTarget::Generic)
    }
}

fn sext(v: u64, bits: usize) -> i128 {
    let shift = 128 - bits;
    ((v as i128) << shift) >> shift
}

/// One 16-bit slice of an operand: its bit offset, width and whether it carries the sign.
#[derive(Clone, Copy)]
struct Chunk {
    offset: usize,
    width: usize,
    signed: bool,
}

fn chunks(bits: usize) -> Vec<Chunk> {
    if bits <= 16 {
        return vec![Chunk {
            offset: 0,
            width: bits,
            signed: true,
        }];
    }
    vec![
        Chunk {
            offset: 0,
            width: 16,
            signed: false,
        },
        Chunk {
            offset: 16,
            width: bits - 16,
            signed: true,
        },
    ]
}

/// A chunk of `port` extended to `to` bits (sign or zero as the chunk says).
fn extend(port: &str, c: Chunk, to: usize) -> String {
    let slice = format!("{port}[{}:{}]", c.offset + c.width - 1, c.offset);
    if to == c.width {
        return slice;
    }
    let fill = if c.signed {
        format!("{port}[{}]", c.offset + c.width - 1)
    } else {
        "1'b0".to_string()
    };
    format!("{{{{{}{{{fill}}}}}, {slice}}}", to - c.width)
}

/// The iCE40 netlist of an `a_bits` x `b_bits` signed product with `p_bits` of result (`b`
/// unsigned when `b_unsigned`).
fn ice40_product(a_bits: usize, b_bits: usize, b_unsigned: bool, p_bits: usize) -> String {
    let mut code = String::new();
    let mut terms = Vec::new();
    let b_chunks = if b_unsigned {
        vec![Chunk {
            offset: 0,
            width: b_bits,
            signed: false,
        }]
    } else {
        chunks(b_bits)
    };
    for (i, ca) in chunks(a_bits).into_iter().enumerate() {
        for (j, cb) in b_chunks.iter().copied().enumerate() {
            let name = format!("pp{i}{j}");
            let shift = ca.offset + cb.offset;
            let signed = ca.signed || cb.signed;
            let width;
            if ca.width > 2 && cb.width > 2 {
                // Product of two 16-bit operands: 32 bits, signed when either operand is.
                width = 32;
                code.push_str(&format!(
                    "wire [31:0] {name};\n\
                     wire nc_co{i}{j}, nc_accumco{i}{j}, nc_signextout{i}{j};\n\
                     SB_MAC16 #(.A_SIGNED(1'b{}), .B_SIGNED(1'b{}), .TOPOUTPUT_SELECT(2'b11),\n\
                     \x20   .BOTOUTPUT_SELECT(2'b11)) mac{i}{j} (\n\
                     \x20   .CLK(1'b0), .CE(1'b1), .A({}), .B({}), .C(16'b0), .D(16'b0),\n\
                     {}\
                     \x20   .O({name}));\n",
                    ca.signed as u8,
                    cb.signed as u8,
                    extend("a", ca, 16),
                    extend("b", cb, 16),
                    ZERO_PINS
                        .replace("(nc_co)", &format!("(nc_co{i}{j})"))
                        .replace("(nc_accumco)", &format!("(nc_accumco{i}{j})"))
                        .replace("(nc_signextout)", &format!("(nc_signextout{i}{j})")),
                ));
            } else {
                // A 1- or 2-bit chunk: a few adders in LUTs.
                width = ca.width + cb.width + 2;
                code.push_str(&format!(
                    "wire signed [{}:0] {name}_a = {};\n\
                     wire signed [{}:0] {name}_b = {};\n\
                     wire signed [{}:0] {name} = {name}_a * {name}_b;\n",
                    ca.width,
                    extend("a", ca, ca.width + 1),
                    cb.width,
                    extend("b", cb, cb.width + 1),
                    width - 1,
                ));
            }
            let fill = if signed {
                format!("{name}[{}]", width - 1)
            } else {
                "1'b0".to_string()
            };
            code.push_str(&format!(
                "wire [63:0] t{i}{j} = {{{{{}{{{fill}}}}}, {name}}} << {shift};
",
                64 - width
            ));
            terms.push(format!("t{i}{j}"));
        }
    }
    code.push_str(&format!(
        "wire [63:0] sum = {};
assign p = sum[{}:0];
",
        terms.join(" + "),
        p_bits - 1
    ));
    code
}

impl<const A: usize, const B: usize, const P: usize> Logic for MulSigned<A, B, P> {
    fn update(&mut self) {
        let b = if self.b_unsigned.val().any() {
            self.b.val().to_u64() as i128
        } else {
            sext(self.b.val().to_u64(), B)
        };
        let prod = sext(self.a.val().to_u64(), A) * b;
        let mask = if P >= 128 { !0u128 } else { (1u128 << P) - 1 };
        self.p.next = ((prod as u128 & mask) as u64).into();
    }

    fn connect(&mut self) {
        self.p.connect();
    }

    fn hdl(&self) -> Verilog {
        let b_unsigned = self.b_unsigned.val().any();
        if !self.ice40.val().any() {
            let b = if b_unsigned {
                "$signed({1'b0, b})"
            } else {
                "$signed(b)"
            };
            return Verilog::Custom(format!("always @(*) p = $signed(a) * {b};\n"));
        }
        Verilog::Wrapper(Wrapper {
            code: ice40_product(
                self.a_bits.val().to_u64() as usize,
                self.b_bits.val().to_u64() as usize,
                b_unsigned,
                P,
            ),
            cores: String::new(),
        })
    }
}

/// Combinational unsigned 16x16 product, `p = a * b` (one iCE40 DSP in combinational 16x16
/// mode): for products by a run-time or build-time operand where a DSP is free and the
/// shift-and-add form of a product by a constant would cost two or more 30-bit adders in LUTs.
#[derive(LogicBlock)]
pub struct MulU16 {
    /// Operand, unsigned.
    pub a: Signal<In, Bits<16>>,
    /// Operand, unsigned.
    pub b: Signal<In, Bits<16>>,
    /// `a * b`.
    pub p: Signal<Out, Bits<32>>,
    /// 1 for iCE40 (a Verilog constant, since every field of a block must be a block).
    ice40: Constant<Bits<1>>,
}

impl MulU16 {
    /// A multiplier for `target`.
    pub fn new(target: MulTarget) -> Self {
        MulU16 {
            a: Default::default(),
            b: Default::default(),
            p: Default::default(),
            ice40: Constant::new((target == MulTarget::Ice40).into()),
        }
    }
}

impl Logic for MulU16 {
    fn update(&mut self) {
        self.p.next = (self.a.val().to_u64() * self.b.val().to_u64()).into();
    }

    fn connect(&mut self) {
        self.p.connect();
    }

    fn hdl(&self) -> Verilog {
        if !self.ice40.val().any() {
            return Verilog::Custom("always @(*) p = a * b;\n".into());
        }
        Verilog::Wrapper(Wrapper {
            code: format!(
                "{NC_WIRES}SB_MAC16 #(.A_SIGNED(1'b0), .B_SIGNED(1'b0), .TOPOUTPUT_SELECT(2'b11),\n\
                 \x20   .BOTOUTPUT_SELECT(2'b11)) mac (\n\
                 \x20   .CLK(1'b0), .CE(1'b1), .A(a), .B(b), .C(16'b0), .D(16'b0),\n\
                 {ZERO_PINS}\
                 \x20   .O(p));\n"
            ),
            cores: String::new(),
        })
    }
}

/// Unsigned 16x16 product registered once, `p = a * b` one clock later (one iCE40 DSP with its
/// product register, `PIPELINE_16x16_MULT_REG2`, and no operand registers): for a product that
/// is registered anyway, so its flip-flops live in the DSP instead of the fabric. The register
/// has no reset; the user must not depend on its value in the cycle after a reset. `icetime`
/// times the multiplier as combinational in this configuration (the longer path, so its
/// figure is on the safe side).
#[derive(LogicBlock)]
pub struct MulU16Q {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Operand, unsigned.
    pub a: Signal<In, Bits<16>>,
    /// Operand, unsigned.
    pub b: Signal<In, Bits<16>>,
    /// `a * b` of the previous edge.
    pub p: Signal<Out, Bits<32>>,
    /// 1 for iCE40 (a Verilog constant, since every field of a block must be a block).
    ice40: Constant<Bits<1>>,
}

impl MulU16Q {
    /// A multiplier for `target`.
    pub fn new(target: MulTarget) -> Self {
        MulU16Q {
            clock: Default::default(),
            a: Default::default(),
            b: Default::default(),
            p: Default::default(),
            ice40: Constant::new((target == MulTarget::Ice40).into()),
        }
    }
}

impl Logic for MulU16Q {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            self.p.next = (self.a.val().to_u64() * self.b.val().to_u64()).into();
        }
    }

    fn connect(&mut self) {
        self.p.connect();
    }

    fn hdl(&self) -> Verilog {
        if !self.ice40.val().any() {
            return Verilog::Custom("always @(posedge clock) p <= a * b;\n".into());
        }
        Verilog::Wrapper(Wrapper {
            code: format!(
                "{NC_WIRES}SB_MAC16 #(.A_SIGNED(1'b0), .B_SIGNED(1'b0),\n\
                 \x20   .PIPELINE_16x16_MULT_REG2(1'b1),\n\
                 \x20   .TOPOUTPUT_SELECT(2'b11), .BOTOUTPUT_SELECT(2'b11)) mac (\n\
                 \x20   .CLK(clock), .CE(1'b1), .A(a), .B(b), .C(16'b0), .D(16'b0),\n\
                 {ZERO_PINS}\
                 \x20   .O(p));\n"
            ),
            cores: String::new(),
        })
    }
}
