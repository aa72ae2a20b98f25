//! The YoWASP flow end to end: bitstream and report for both boards (pinned tools, so the
//! numbers are reproducible; the test checks that they exist and are consistent, and prints them).

use sim::tile::TileConfig;

fn out_dir(board: fpga::Board) -> std::path::PathBuf {
    std::env::temp_dir().join(format!(
        "gridcore-synth-{}-{}",
        board.name(),
        std::process::id()
    ))
}

fn check(board: fpga::Board, config: TileConfig) {
    let out = out_dir(board);
    let report = fpga::synth_tile(&config, board, fpga::DEFAULT_SEED, &out, &mut |m| {
        eprintln!("{m}")
    })
    .unwrap_or_else(|e| panic!("{}: {e}", board.name()));
    check_report(board, config, &report, &out, fpga::DEFAULT_SEED);
    let _ = std::fs::remove_dir_all(&out);
}

/// One place-and-route's report in `dir` (the netlist `top.json` beside it).
fn check_report(
    board: fpga::Board,
    config: TileConfig,
    report: &fpga::SynthReport,
    dir: &std::path::Path,
    seed: u32,
) {
    let out = dir;
    eprintln!("{}", report.summary());
    let j = &report.json;
    assert!(
        std::fs::metadata(&report.bitstream).unwrap().len() > 10_000,
        "a real bitstream"
    );
    assert!(report.bitstream.starts_with(dir));
    assert!(j["fmax_mhz"].as_f64().unwrap() > 10.0);
    assert_eq!(j["nextpnr_seed"].as_u64(), Some(seed as u64));
    if board.family() == fpga::Family::Ice40 {
        // The independent analysis (icetime, Lattice's delays, DSP ports included) ran.
        let t = j["icetime"]["fmax_mhz"].as_f64().expect("icetime figure");
        assert!(t > 10.0 && t < 200.0, "icetime {t} MHz");
        assert!(fpga::markdown(j).contains("icetime"));
        // scripts/ice40_paths.py reads the same netlist: its worst estimate is a real path.
        let text = run_script("ice40_paths.py", &out.join("top.json"), &["--min", "0"]);
        let worst: f64 = text.split_whitespace().next().unwrap().parse().unwrap();
        assert!(worst > 5.0 && worst < 60.0, "{text}");
        assert!(text.lines().count() > 100 && text.contains(" LUT "));
    }
    // Pass/fail by the figure of record: icetime on iCE40, nextpnr elsewhere.
    assert_eq!(
        j["meets_target"].as_bool().unwrap(),
        fpga::timing_figure(j) >= j["target_mhz"].as_f64().unwrap()
    );
    let resources = j["resources"].as_object().unwrap();
    for (name, r) in resources {
        let (used, avail) = (
            r["used"].as_u64().unwrap(),
            r["available"].as_u64().unwrap(),
        );
        assert!(used <= avail && avail > 0, "{name}: {used}/{avail}");
    }
    let used = |needle: &str| {
        resources
            .iter()
            .filter(|(k, _)| k.contains(needle))
            .map(|(_, r)| r["used"].as_u64().unwrap())
            .sum::<u64>()
    };
    // iCE40: two lanes per SB_MAC16 (dual 8x8); ECP5: one MULT18X18D per lane.
    let lanes_per_dsp = match board.family() {
        fpga::Family::Ice40 => 2,
        fpga::Family::Ecp5 => 1,
    };
    if board.def().dsp {
        assert!(
            used("DSP") >= (config.lanes() / lanes_per_dsp) as u64,
            "lane multipliers on DSPs"
        );
    } else {
        // An FPGA without DSPs: the lanes multiply in LUTs, and the report lists no DSP row.
        assert!(
            !resources.keys().any(|k| k.contains("DSP")),
            "{resources:?}"
        );
    }
    assert!(used("BRAM") > 0, "SRAMs in block RAM");
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(md.contains("Fmax"));
}

#[test]
fn synth_icebreaker_default_config_two_seeds_bitstreams_and_reports() {
    // The board's default configuration, swept over two seeds: one netlist, two placements.
    let (board, config) = (
        fpga::Board::named("icebreaker"),
        fpga::Board::named("icebreaker").default_config(),
    );
    let out = out_dir(board);
    let sweep = fpga::synth_tile_seeds(&config, board, &[1, 2], &out, &mut |m| eprintln!("{m}"))
        .unwrap_or_else(|e| panic!("{}: {e}", board.name()));
    assert_eq!(sweep.runs.len(), 2);
    for (seed, report) in &sweep.runs {
        check_report(
            board,
            config,
            report,
            &out.join(format!("seed-{seed}")),
            *seed,
        );
    }
    let j = &sweep.json;
    let figures: Vec<f64> = sweep
        .runs
        .iter()
        .map(|(_, r)| fpga::timing_figure(&r.json))
        .collect();
    // iCE40 sweeps stand by icetime (DSP delays included).
    assert_eq!(j["timing_by"], "icetime");
    assert_eq!(
        figures[0],
        sweep.runs[0].1.json["icetime"]["fmax_mhz"]
            .as_f64()
            .unwrap()
    );
    // The headline cannot regress silently: the board's target by icetime at the default seed.
    assert_eq!(sweep.runs[0].0, fpga::DEFAULT_SEED);
    assert!(
        figures[0] >= board.target_mhz(),
        "icetime {} MHz at seed {} is below the {} MHz target",
        figures[0],
        fpga::DEFAULT_SEED,
        board.target_mhz()
    );
    let (lo, hi) = (figures[0].min(figures[1]), figures[0].max(figures[1]));
    assert_eq!(j["min_mhz"].as_f64(), Some(lo));
    assert_eq!(j["max_mhz"].as_f64(), Some(hi));
    assert_eq!(j["median_mhz"].as_f64(), Some((lo + hi) / 2.0));
    let best = if figures[0] >= figures[1] { 1 } else { 2 };
    assert_eq!(j["best_seed"].as_u64(), Some(best));
    let meeting = figures.iter().filter(|&&f| f >= 48.0).count() as u64;
    assert_eq!(j["seeds_meeting_target"].as_u64(), Some(meeting));
    // The same netlist both times: Yosys ran once, and both placements used its cells.
    let netlist = std::fs::read(out.join("top.json")).unwrap();
    for seed in [1, 2] {
        assert_eq!(
            std::fs::read(out.join(format!("seed-{seed}/top.json"))).unwrap(),
            netlist
        );
    }
    let md = std::fs::read_to_string(out.join("seeds.md")).unwrap();
    assert!(
        md.contains("| 1 |") && md.contains("| 2 |") && md.contains("seeds meet 48 MHz"),
        "{md}"
    );
    eprintln!("{md}");
    let _ = std::fs::remove_dir_all(&out);
}

/// The boards added as data (fpga/src/board.rs): each synthesizes its default tile, with a
/// report judged by its family's figure of record.
#[test]
fn synth_hx8k_and_orangecrab_bitstreams_and_reports() {
    for name in ["hx8k", "orangecrab"] {
        let board = fpga::Board::named(name);
        check(board, board.default_config());
    }
}

#[test]
fn synth_ulx3s_bitstream_and_report() {
    check(fpga::Board::named("ulx3s"), TileConfig::default());
}

/// Builds the regulator's board top with `phases` phases for `board` and checks what every
/// such build has: a bitstream and a report for the `vrm` design. Returns the report's JSON.
fn vrm_bitstream(board: fpga::Board, phases: usize) -> serde_json::Value {
    let out = std::env::temp_dir().join(format!(
        "gridcore-synth-vrm-{}-{phases}-{}",
        board.name(),
        std::process::id()
    ));
    let report = fpga::synth_vrm(phases, 200, 25, board, fpga::DEFAULT_SEED, &out, &mut |m| {
        eprintln!("{m}")
    })
    .unwrap_or_else(|e| panic!("{e}"));
    eprintln!("{}", report.summary());
    assert_eq!(report.json["design"], "vrm");
    assert!(std::fs::metadata(&report.bitstream).unwrap().len() > 10_000);
    if board.family() == fpga::Family::Ice40 {
        // scripts/ice40_cells.py reads the same netlist: its census counts the report's LUTs.
        let text = run_script("ice40_cells.py", &out.join("top.json"), &[]);
        let luts: u64 = text
            .strip_prefix("cells: ")
            .and_then(|t| t.split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no census in {text}"));
        let lcs = report.json["resources"]["LUT4/FF (LC)"]["used"]
            .as_u64()
            .unwrap();
        assert!(
            luts > 0 && luts <= lcs,
            "{luts} LUTs in {lcs} cells\n{text}"
        );
        assert!(text.contains("one-input LUTs"), "{text}");
    }
    let _ = std::fs::remove_dir_all(&out);
    report.json
}

/// Runs `scripts/NAME` on a netlist with extra arguments; its standard output (it must succeed).
fn run_script(name: &str, netlist: &std::path::Path, args: &[&str]) -> String {
    let script = format!("{}/../scripts/{name}", env!("CARGO_MANIFEST_DIR"));
    let run = std::process::Command::new("python3")
        .arg(&script)
        .arg(netlist)
        .args(args)
        .output()
        .expect("python3");
    assert!(
        run.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    String::from_utf8_lossy(&run.stdout).into_owned()
}

fn used(j: &serde_json::Value, k: &str) -> u64 {
    j["resources"][k]["used"].as_u64().unwrap()
}

/// The regulator controller's board top (8 phases, PMBus, SPI sensor link) on ULX3S: bitstream,
/// report, the wide products on MULT18X18D, every gate pin placed.
#[test]
fn synth_ulx3s_vrm_bitstream_and_report() {
    let j = vrm_bitstream(fpga::Board::named("ulx3s"), 8);
    assert!(used(&j, "DSP (MULT18X18D)") > 0, "products on DSPs");
    // 16 gates, 7 link/control pins, 2 LEDs, the clock.
    assert_eq!(used(&j, "IO"), 26);
    assert!(j["fmax_mhz"].as_f64().unwrap() > 5.0);
}

/// The four-phase regulator on iCEBreaker fits the UP5K (the requirement) and closes
/// timing at the board's 12 MHz oscillator: a bitstream to load, with at least 150 of the
/// UP5K's 5280 logic cells to spare for what comes next (docs/vrm_fit.md): 5130 are used, so
/// this test is also the alarm for any growth.
#[test]
fn synth_icebreaker_vrm_four_phases_bitstream_and_report() {
    let j = vrm_bitstream(fpga::Board::named("icebreaker"), 4);
    assert!(used(&j, "DSP") > 0, "products on SB_MAC16");
    assert!(used(&j, "BRAM") > 0, "register words, Vout history in EBR");
    // 8 gates, 7 link/control pins, 2 LEDs, the clock.
    assert_eq!(used(&j, "IO"), 18);
    let lcs = used(&j, "LUT4/FF (LC)");
    assert!(
        lcs + 150 <= 5280,
        "{lcs} of 5280 logic cells: less than 150 to spare (docs/vrm_fit.md)"
    );
    assert!(
        j["fmax_mhz"].as_f64().unwrap() > 12.0,
        "meets the 12 MHz oscillator"
    );
    // Also by Lattice's delays: the area-first synthesis (fpga::SynthGoal::Area) maps the
    // comparisons into LUT trees and gives ABC9 a 20 MHz target, which lengthens the paths
    // (14.1 MHz icetime at seed 1).
    let icetime = j["icetime"]["fmax_mhz"].as_f64().expect("icetime figure");
    assert!(
        icetime > 12.0,
        "icetime {icetime} MHz below the 12 MHz oscillator"
    );
    // The report judges the regulator against the oscillator it runs at, not the tile's target.
    assert_eq!(j["target_mhz"].as_f64(), Some(12.0));
    assert_eq!(j["meets_target"], true);
}

#[test]
fn vrm_pins_cover_the_supported_phases_and_refuse_more() {
    let pcf = fpga::Board::named("icebreaker").vrm_constraints(4).unwrap();
    assert!(pcf.contains("set_io hs$3 46") && pcf.contains("set_io sda 32"));
    assert!(fpga::Board::named("icebreaker").vrm_constraints(5).is_err());
    let lpf = fpga::Board::named("ulx3s").vrm_constraints(8).unwrap();
    assert!(lpf.contains("LOCATE COMP \"ls$7\" SITE \"B6\";"));
    assert!(fpga::Board::named("ulx3s").vrm_constraints(9).is_err());
}
