//! The YoWASP flow end to end: bitstream and report for both boards (pinned tools, so the
//! numbers are reproducible; the test checks that they exist and are consistent, and prints them).

use sim::tile::TileConfig;

fn check(board: fpga::Board, config: TileConfig) {
    let out = std::env::temp_dir().join(format!(
        "gridcore-synth-{}-{}",
        board.name(),
        std::process::id()
    ));
    let report = fpga::synth_tile(&config, board, &out, &mut |m| eprintln!("{m}"))
        .unwrap_or_else(|e| panic!("{}: {e}", board.name()));
    eprintln!("{}", report.summary());
    let j = &report.json;
    assert!(
        std::fs::metadata(&report.bitstream).unwrap().len() > 10_000,
        "a real bitstream"
    );
    assert!(j["fmax_mhz"].as_f64().unwrap() > 10.0);
    assert_eq!(
        j["meets_target"].as_bool().unwrap(),
        j["fmax_mhz"].as_f64().unwrap() >= j["target_mhz"].as_f64().unwrap()
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
    assert!(
        used("DSP") >= config.lanes() as u64,
        "lane multipliers on DSPs"
    );
    assert!(used("BRAM") > 0, "SRAMs in block RAM");
    let md = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(md.contains("Fmax"));
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn synth_icebreaker_default_config_bitstream_and_report() {
    check(
        fpga::Board::Icebreaker,
        fpga::Board::Icebreaker.default_config(),
    );
}

#[test]
fn synth_ulx3s_bitstream_and_report() {
    check(fpga::Board::Ulx3s, TileConfig::default());
}
