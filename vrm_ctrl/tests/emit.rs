//! The emitted Verilog of each block lints clean under Verilator (waivers: rtl::lint::WAIVERS).

#[test]
fn gate_verilog_lints_clean() {
    let dir = std::env::temp_dir().join(format!("gridcore-vrm-emit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("gate.v");
    let v = vrm_ctrl::gate::gate_verilog();
    assert!(v.contains(&format!("module {}", vrm_ctrl::gate::GATE_MODULE)));
    std::fs::write(&file, &v).unwrap();
    rtl::lint::verilator_lint(&file, vrm_ctrl::gate::GATE_MODULE).unwrap();
}
