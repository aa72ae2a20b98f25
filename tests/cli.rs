//! The command line: every job's happy path on small inputs, and bad input that must give a
//! one-line error and a non-zero exit (never a panic).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn gridcore(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gridcore"))
        .args(args)
        .output()
        .expect("run gridcore")
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("gridcore-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A failure: non-zero exit, exactly one line on stderr, no panic.
fn assert_one_line_error(out: &Output, needle: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "should fail: {err}");
    assert!(!err.contains("panicked"), "{err}");
    let lines: Vec<&str> = err
        .lines()
        .filter(|l| !l.starts_with("[gridcore]"))
        .collect();
    assert_eq!(lines.len(), 1, "one line, got: {err}");
    assert!(lines[0].contains(needle), "'{needle}' not in: {}", lines[0]);
}

const VECTORS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/testbenches/vectors/tflite_fc_int8"
);

#[test]
fn cli_bad_input_is_one_line_error() {
    assert_one_line_error(&gridcore(&["verilog", "--bogus"]), "--bogus");
    assert_one_line_error(&gridcore(&["frobnicate"]), "frobnicate");
    assert_one_line_error(
        &gridcore(&["verilog", "--set", "lanes=5", "--out", "x"]),
        "supported: 4, 8, 16",
    );
    assert_one_line_error(
        &gridcore(&["verilog", "--set", "sram", "--out", "x"]),
        "key=value",
    );
    assert_one_line_error(
        &gridcore(&["cosim", "--verilog", "x.v", "--cells", "de10"]),
        "unknown board 'de10'",
    );
    assert_one_line_error(
        &gridcore(&[
            "verilog",
            "--design",
            "vrm",
            "--set",
            "phases=17",
            "--out",
            "x",
        ]),
        "unsupported phases 17",
    );
    assert_one_line_error(
        &gridcore(&[
            "synth",
            "--board",
            "icebreaker",
            "--design",
            "vrm",
            "--set",
            "phases=6",
        ]),
        "at most 4 phases",
    );
    assert_one_line_error(
        &gridcore(&["synth", "--board", "de10"]),
        "supported: icebreaker, ulx3s",
    );
    for (seeds, why) in [
        ("5-1", "ends before it starts"),
        ("1,x", "is not a seed"),
        ("1,2,1", "given twice"),
        ("0-100", "more than 64 seeds"),
    ] {
        assert_one_line_error(
            &gridcore(&["synth", "--board", "icebreaker", "--seeds", seeds]),
            why,
        );
    }
    assert_one_line_error(
        &gridcore(&[
            "synth",
            "--board",
            "icebreaker",
            "--seed",
            "2",
            "--seeds",
            "1-2",
        ]),
        "cannot be used with",
    );
    assert_one_line_error(&gridcore(&["run", "--vectors", "/nonexistent"]), "neither");
    assert_one_line_error(
        &gridcore(&["cosim", "--window", "5:2", "--trace", "a.vcd"]),
        "end must be after start",
    );
    assert_one_line_error(&gridcore(&["cosim", "--trace", "a.txt"]), ".vcd or .fst");

    let d = tmp("bad");
    let cfg = d.join("bad.cfg");
    std::fs::write(&cfg, "lanes = 8\nmax_batch = 3\n").unwrap();
    assert_one_line_error(
        &gridcore(&["verilog", "--config", cfg.to_str().unwrap(), "--out", "x"]),
        "line 2",
    );
    let prog = d.join("bad.prog");
    std::fs::write(&prog, "setl k=3\nfc w_base=-1\n").unwrap();
    assert_one_line_error(
        &gridcore(&["cosim", "--program", prog.to_str().unwrap()]),
        "line 2",
    );
    let vec = d.join("bad.json");
    std::fs::write(&vec, "{\"name\": 3}").unwrap();
    assert_one_line_error(
        &gridcore(&["run", "--vectors", vec.to_str().unwrap()]),
        "malformed",
    );
    // An output folder that cannot be written: a path below a regular file.
    let file = d.join("file");
    std::fs::write(&file, "").unwrap();
    let below = file.join("out");
    assert_one_line_error(
        &gridcore(&["verilog", "--out", below.to_str().unwrap()]),
        "cannot create output folder",
    );
}

#[test]
fn cli_verilog_writes_lint_clean_verilog_and_config() {
    let d = tmp("verilog");
    let out = gridcore(&[
        "verilog",
        "--set",
        "lanes=16",
        "--set",
        "max_batch=4",
        "--out",
        d.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = std::fs::read_to_string(d.join("gridcore_tile_l16_b4_small.v")).unwrap();
    assert!(v.contains("module gridcore_tile("));
    let j: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(d.join("gridcore_tile_l16_b4_small.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        (j["lanes"].as_u64(), j["weight_bytes"].as_u64()),
        (Some(16), Some(8192))
    );
}

#[test]
fn cli_run_vectors_model_and_rtl_report_per_layer() {
    let out = gridcore(&["run", "--vectors", VECTORS, "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files = j["files"].as_array().unwrap();
    assert_eq!(files.len(), 23);
    assert!(files.iter().all(|f| f["result"] == "match"));
    let mlp = files
        .iter()
        .find(|f| f["file"].as_str().unwrap().ends_with("mlp2_256_64_16.json"))
        .unwrap();
    assert_eq!(mlp["layers"].as_array().unwrap().len(), 2);
    let file = format!("{VECTORS}/mlp2_17_5_3.json");
    let out = gridcore(&["run", "--vectors", &file, "--backend", "rtl"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("bit-exact on the rtl backend"));
}

#[test]
fn cli_run_reports_a_wrong_expected_output_by_file_vector_and_element_bad() {
    let d = tmp("wrongvec");
    let text =
        std::fs::read_to_string(format!("{VECTORS}/fc_k3_n3_pt_none_bigscale.json")).unwrap();
    let mut j: serde_json::Value = serde_json::from_str(&text).unwrap();
    let v = j["outputs"][2][1].as_i64().unwrap();
    j["outputs"][2][1] = serde_json::json!(if v == 127 { 126 } else { v + 1 });
    let path = d.join("changed.json");
    std::fs::write(&path, j.to_string()).unwrap();
    let out = gridcore(&["run", "--vectors", path.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("vector 2 element 1"));
}

#[test]
fn cli_cosim_program_file_random_and_waveform_window() {
    let d = tmp("cosim");
    let prog = d.join("p.prog");
    std::fs::write(
        &prog,
        ".act 0: 1 -2 3\n.weight 0: 5 6 7 8 9 10 11 12\n.bias 0: 100 -100\n.mult 0: 1073741824 1073741824\n\
         .shift 0: -1 0\nsetl k=3 n=2 b=1 relu=1 zp_out=-5 p_base=0\nfc w_base=0 x_base=0 y_base=64\nhalt\n",
    )
    .unwrap();
    let vcd = d.join("w.vcd");
    let out = gridcore(&[
        "cosim",
        "--program",
        prog.to_str().unwrap(),
        "--trace",
        vcd.to_str().unwrap(),
        "--window",
        "5:40",
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (j["result"].as_str(), j["done"].as_bool()),
        (Some("agree"), Some(true))
    );
    let wave = std::fs::read_to_string(&vcd).unwrap();
    assert!(
        wave.contains("$var") && wave.contains("#50") && !wave.contains("#450"),
        "window 5..40 only"
    );
    let fst = d.join("w.fst");
    let out = gridcore(&[
        "cosim",
        "--program",
        prog.to_str().unwrap(),
        "--trace",
        fst.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        std::fs::metadata(&fst).unwrap().len() > 100,
        "an FST waveform"
    );
    let out = gridcore(&["cosim", "--random", "40", "--seed", "3"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("agree on 40 random programs"));
}

/// A hand-edited Verilog with an injected bug: cosim must fail, name the cycle, port and values,
/// and write a waveform around the mismatch.
#[test]
fn cli_cosim_injected_bug_reports_mismatch_and_waveform_bad() {
    let d = tmp("bug");
    let out = gridcore(&["verilog", "--out", d.to_str().unwrap()]);
    assert!(out.status.success());
    let path = d.join("gridcore_tile_l8_b2_small.v");
    let v = std::fs::read_to_string(&path).unwrap();
    // Count MACs one short per issue cycle (the engine's useful-MAC output).
    let needle = "issue_n = e_n$q;";
    assert_eq!(v.matches(needle).count(), 1);
    let bad = d.join("bad.v");
    std::fs::write(&bad, v.replacen(needle, "issue_n = e_n$q - 5'h1;", 1)).unwrap();
    let wave = d.join("mismatch.vcd");
    let out = gridcore(&[
        "cosim",
        "--verilog",
        bad.to_str().unwrap(),
        "--trace",
        wave.to_str().unwrap(),
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("mismatch at cycle") && err.contains("port cnt_macs"),
        "{err}"
    );
    assert!(Path::new(&wave).exists(), "{err}");
}

#[test]
fn cli_bench_prints_side_by_side_ratios() {
    let out = gridcore(&["bench", "tile", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for k in [
        "verilator_cycles_per_s",
        "model_step_cycles_per_s",
        "model_fast_cycles_per_s",
    ] {
        assert!(j[k].as_f64().unwrap() > 0.0, "{k}");
    }
}

#[test]
fn cli_vrm_bad_input_is_one_line_error() {
    assert_one_line_error(
        &gridcore(&["vrm", "--scenario", "bogus"]),
        "unknown scenario 'bogus'",
    );
    assert_one_line_error(&gridcore(&["vrm"]), "--scenario");
    assert_one_line_error(
        &gridcore(&["vrm", "--scenario", "steady", "--set", "vin=0.7"]),
        "below Vin",
    );
    assert_one_line_error(
        &gridcore(&["vrm", "--scenario", "steady", "--set", "phases=17"]),
        "unsupported phases 17",
    );
    assert_one_line_error(
        &gridcore(&["vrm", "--scenario", "steady", "--set", "MFR_KP=-1"]),
        "MFR_KP",
    );
    assert_one_line_error(
        &gridcore(&["vrm", "--scenario", "steady", "--set", "nonsense=1"]),
        "unknown key 'nonsense'",
    );
    assert_one_line_error(
        &gridcore(&["cosim", "--design", "vrm", "--program", "p.txt"]),
        "--design vrm takes",
    );
    // A bitstream fixes the build only: registers and rail parameters are refused by name.
    assert_one_line_error(
        &gridcore(&[
            "synth",
            "--design",
            "vrm",
            "--board",
            "icebreaker",
            "--set",
            "VOUT_COMMAND=0.9",
        ]),
        "VOUT_COMMAND is a register",
    );
    assert_one_line_error(
        &gridcore(&[
            "synth", "--design", "vrm", "--board", "ulx3s", "--set", "vin=5",
        ]),
        "rail parameters",
    );
    let d = tmp("vrm-bad");
    let cfg = d.join("rail.cfg");
    std::fs::write(&cfg, "vin = 12\nl_nh = abc\n").unwrap();
    assert_one_line_error(
        &gridcore(&[
            "vrm",
            "--scenario",
            "steady",
            "--config",
            cfg.to_str().unwrap(),
        ]),
        "line 2",
    );
    let file = d.join("file");
    std::fs::write(&file, "").unwrap();
    assert_one_line_error(
        &gridcore(&[
            "vrm",
            "--scenario",
            "steady",
            "--out",
            file.join("o").to_str().unwrap(),
        ]),
        "cannot create output folder",
    );
    let trace = d.join("trace.csv");
    std::fs::write(&trace, "time_s,amps\n0,50\n1e-4,abc\n").unwrap();
    assert_one_line_error(
        &gridcore(&[
            "vrm",
            "--scenario",
            "steady",
            "--load-trace",
            trace.to_str().unwrap(),
        ]),
        "line 3",
    );
}

#[test]
fn cli_vrm_lists_and_runs_a_scenario_with_plots_and_data() {
    let out = gridcore(&["vrm", "--list"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for name in ["steady", "load_step", "sharing", "shedding", "over_voltage"] {
        assert!(text.contains(&format!("`{name}`")), "{text}");
    }
    let d = tmp("vrm-run");
    let out = gridcore(&[
        "vrm",
        "--scenario",
        "load_step",
        "--out",
        d.to_str().unwrap(),
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["pass"], true, "{report:#}");
    let ratio = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"].as_str().unwrap().starts_with("undershoot"))
        .unwrap()["value"]
        .as_f64()
        .unwrap();
    assert!(ratio > 0.0 && ratio <= 1.5, "undershoot/bound {ratio}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("%"),
        "progress shown"
    );
    for f in [
        "load_step.json",
        "load_step.csv",
        "load_step.svg",
        "load_step_zoom.svg",
        "summary.md",
    ] {
        assert!(d.join(f).is_file(), "{f} missing");
    }
    let csv = std::fs::read_to_string(d.join("load_step.csv")).unwrap();
    assert!(csv.lines().count() > 1000 && csv.starts_with("t_s,vout_v"));
    // A set-up that changes the rail: 4 phases at 0.9 V still regulate.
    let out = gridcore(&[
        "vrm",
        "--scenario",
        "steady",
        "--set",
        "phases=4",
        "--set",
        "VOUT_COMMAND=0.9",
        "--set",
        "VOUT_OV_FAULT_LIMIT=1.05",
        "--out",
        d.to_str().unwrap(),
        "--json",
    ]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["pass"], true, "{report:#}");
    let v = report["metrics"]["vout_mean_v"].as_f64().unwrap();
    assert!((v - 0.898).abs() < 0.005, "Vout {v}");
    // A load trace from a file: 50 A, a ramp to 150 A, then 80 A; regulated at the end.
    let trace = d.join("trace.csv");
    std::fs::write(
        &trace,
        "time_s,amps\n0,50\n0.8e-3,50\n0.85e-3,150\n1.0e-3,150\n1.05e-3,80\n",
    )
    .unwrap();
    let out = gridcore(&[
        "vrm",
        "--scenario",
        "steady",
        "--load-trace",
        trace.to_str().unwrap(),
        "--out",
        d.to_str().unwrap(),
        "--json",
    ]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["pass"], true, "{report:#}");
    let target = report["metrics"]["target_v"].as_f64().unwrap();
    assert!(
        (target - (3277.0 / 4096.0 - 0.02e-3 * 80.0)).abs() < 1e-4,
        "target at 80 A: {target}"
    );
}

#[test]
fn cli_vrm_verilog_cosim_rtl_backend_and_bench() {
    let d = tmp("vrm-rtl");
    let out = gridcore(&[
        "verilog",
        "--design",
        "vrm",
        "--set",
        "phases=4",
        "--out",
        d.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(d.join("gridcore_vrm_n4_p200_c25.v").is_file());
    assert!(d.join("gridcore_vrm_n4_p200_c25.json").is_file());
    let out = gridcore(&[
        "cosim", "--design", "vrm", "--random", "2", "--seed", "5", "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["agree"], true);
    assert_eq!(v["cycles"], 100_000);
    // The Verilated controller in the closed loop gives the model's numbers (they agree every
    // cycle), and passes the scenario.
    let out = gridcore(&[
        "vrm",
        "--scenario",
        "over_voltage",
        "--backend",
        "rtl",
        "--out",
        d.to_str().unwrap(),
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["backend"], "rtl");
    assert_eq!(v["pass"], true, "{v:#}");
    let out = gridcore(&["bench", "vrm", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["model_sim_s_per_wall_s"].as_f64().unwrap() > 0.0);
    assert!(v["rtl_sim_s_per_wall_s"].as_f64().unwrap() > 0.0);
}

const MODELS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/models");

fn model(name: &str, ext: &str) -> String {
    format!("{MODELS}/{name}.{ext}")
}

#[test]
fn cli_run_model_writes_outputs_by_name_and_agrees_with_litert() {
    let d = tmp("run-model");
    let out = d.join("out.npz");
    let o = gridcore(&[
        "run",
        "--model",
        &model("mlp_64_48_32_10", "tflite"),
        "--inputs",
        &model("mlp_64_48_32_10", "inputs.npz"),
        "--outputs",
        out.to_str().unwrap(),
        "--backend",
        "rtl",
        "--oracle",
        "litert",
        "--json",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let j: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(j["oracle_result"], "match");
    assert_eq!(j["layers"].as_array().unwrap().len(), 3);
    let per_layer: u64 = j["layers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["cycles"].as_u64().unwrap())
        .sum();
    assert_eq!(per_layer, j["cycles"].as_u64().unwrap(), "layers add up");
    assert_eq!(j["outputs"][0]["name"], "StatefulPartitionedCall_1:0");
    assert!(out.is_file());
}

#[test]
fn cli_run_model_bad_input_is_one_line_error_and_writes_nothing() {
    let d = tmp("run-model-bad");
    let out = d.join("out.npz");
    let truncated = d.join("truncated.tflite");
    let bytes = std::fs::read(model("mlp_64_48_32_10", "tflite")).unwrap();
    std::fs::write(&truncated, &bytes[..bytes.len() / 3]).unwrap();
    let vector_file = format!("{VECTORS}/fc_k1_n1_pt_none.json");
    let run = |m: &str, inputs: &str, extra: &[&str]| {
        let mut args = vec!["run", "--model", m, "--inputs", inputs, "--outputs"];
        args.push(out.to_str().unwrap());
        args.extend_from_slice(extra);
        gridcore(&args)
    };
    let mlp = model("mlp_64_48_32_10", "tflite");
    let mlp_in = model("mlp_64_48_32_10", "inputs.npz");
    assert_one_line_error(
        &run(truncated.to_str().unwrap(), &mlp_in, &[]),
        "malformed .tflite",
    );
    assert_one_line_error(&run(&vector_file, &mlp_in, &[]), "TFL3");
    assert_one_line_error(
        &run(&model("mlp_32_16_softmax", "tflite"), &mlp_in, &[]),
        "operator 2 (SOFTMAX)",
    );
    assert_one_line_error(
        &run(
            &mlp,
            &model("mlp_b4_5x8_24_12_per_tensor", "inputs.npz"),
            &[],
        ),
        "is not an input of the model",
    );
    assert_one_line_error(
        &run(&mlp, &model("fc_256_64", "inputs.npz"), &[]),
        "has shape [1, 256], the model takes [1, 64]",
    );
    assert_one_line_error(&run(&mlp, &vector_file, &[]), "not a .npz archive");
    assert_one_line_error(
        &run(&mlp, &d.join("missing.npz").to_string_lossy(), &[]),
        "missing.npz",
    );
    assert_one_line_error(
        &run(
            &model("fc_256_64", "tflite"),
            &model("fc_256_64", "inputs.npz"),
            &["--set", "sram=small"],
        ),
        "weight SRAM: the model needs 16384 bytes",
    );
    assert!(!out.exists(), "nothing written on an error");
}
