//! The emitted Verilog of each block lints clean under Verilator (waivers: rtl::lint::WAIVERS),
//! for the smallest, the default, the iCE40 and the largest builds.

fn scratch() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("gridcore-vrm-emit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn gate_verilog_lints_clean() {
    let file = scratch().join("gate.v");
    let v = vrm_ctrl::gate::gate_verilog();
    assert!(v.contains(&format!("module {}", vrm_ctrl::gate::GATE_MODULE)));
    std::fs::write(&file, &v).unwrap();
    rtl::lint::verilator_lint(&file, vrm_ctrl::gate::GATE_MODULE).unwrap();
}

#[test]
fn controller_verilog_lints_clean_for_1_4_8_16_phases() {
    for (phases, period, ctrl_div) in [(1, 100, 10), (4, 200, 25), (8, 200, 25), (16, 1000, 64)] {
        let file = scratch().join(format!("vrm{phases}.v"));
        let v = vrm_ctrl::ctrl::verilog(phases, period, ctrl_div);
        std::fs::write(&file, &v).unwrap();
        rtl::lint::verilator_lint(&file, vrm_ctrl::ctrl::VRM_MODULE)
            .unwrap_or_else(|e| panic!("{phases} phases: {e}"));
    }
}

#[test]
fn smbus_target_verilog_lints_clean() {
    let file = scratch().join("smbus.v");
    std::fs::write(&file, rtl::smbus::smbus_verilog(0x40)).unwrap();
    rtl::lint::verilator_lint(&file, rtl::smbus::SMBUS_MODULE).unwrap();
}

#[test]
fn pmbus_controller_verilog_lints_clean() {
    let file = scratch().join("vrm_pmbus.v");
    std::fs::write(&file, vrm_ctrl::pmbus::verilog(0x40, 4, 200, 25)).unwrap();
    rtl::lint::verilator_lint(&file, vrm_ctrl::pmbus::VRM_PMBUS_MODULE).unwrap();
}
