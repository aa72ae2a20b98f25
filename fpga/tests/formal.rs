//! Safety properties of the regulator RTL, proved with SymbiYosys (docs/vrm.md §14).

fn scratch(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("gridcore-formal-{}-{name}", std::process::id()))
}

#[test]
fn gate_never_overlaps_and_keeps_its_dead_time() {
    let proof = fpga::formal::prove(
        &scratch("gate"),
        "gate",
        &vrm_ctrl::gate::gate_verilog(),
        vrm_ctrl::GATE_PROPS_SV,
        "gate_props",
        4,
    )
    .unwrap();
    assert!(proof.passed(), "{}: {}", proof.verdict, proof.log_tail);
}

/// The harness can fail: a gate whose dead-time comparison is off by one is caught.
#[test]
fn gate_proof_catches_a_dead_time_off_by_one() {
    let good = vrm_ctrl::gate::gate_verilog();
    let bad = good.replacen(">= dt_rise", ">= (dt_rise - 8'd1)", 1);
    assert_ne!(good, bad, "mutation must apply");
    let proof = fpga::formal::prove(
        &scratch("gate-bad"),
        "gate",
        &bad,
        vrm_ctrl::GATE_PROPS_SV,
        "gate_props",
        4,
    )
    .unwrap();
    assert_eq!(proof.verdict, "FAIL", "{}", proof.log_tail);
}
