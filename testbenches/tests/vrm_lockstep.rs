//! The regulator RTL (Verilator) against the cycle model, every output every clock: in closed
//! loop on the reference scenarios, and on random sensor streams and register traffic.

use sim::vrm::closed_loop::Controller;
use sim::vrm::scenarios;
use sim::vrm::setup::VrmSetup;
use sim::vrm::VrmBuild;
use std::sync::{Arc, Mutex};
use testbenches::vrm::{build_vrm, VrmLockstep};

#[test]
fn closed_loop_every_scenario_model_and_rtl_agree_every_cycle() {
    let setup = VrmSetup::default();
    let build = setup.build;
    let model = build_vrm(&build, &mut |m| eprintln!("{m}")).unwrap();
    for sc in scenarios::all() {
        let found: Arc<Mutex<Option<String>>> = Arc::default();
        let seen = found.clone();
        let model = model.clone();
        let mut make = move || -> Result<Box<dyn Controller>, sim::SimError> {
            Ok(Box::new(Checked {
                inner: VrmLockstep::new(build, &model)
                    .map_err(|e| sim::SimError::Controller(e.to_string()))?,
                seen: seen.clone(),
            }))
        };
        let o = scenarios::run_scenario(&setup, &sc, 1, &mut make, &mut |_, _| {}).unwrap();
        let mismatch = found.lock().unwrap().clone();
        assert!(mismatch.is_none(), "{}: {}", sc.name, mismatch.unwrap());
        assert!(o.pass(), "{}: {:#?}", sc.name, o.checks);
    }
}

/// Records the lockstep's first mismatch where the test can see it.
struct Checked {
    inner: VrmLockstep,
    seen: Arc<Mutex<Option<String>>>,
}

impl Controller for Checked {
    fn step(&mut self, i: &sim::vrm::VrmInputs) -> sim::vrm::VrmOutputs {
        let o = self.inner.step(i);
        if let Some(m) = &self.inner.mismatch {
            let mut s = self.seen.lock().unwrap();
            if s.is_none() {
                *s = Some(m.to_string());
            }
        }
        o
    }
}

/// Random sensor streams and register traffic, 50 000 cycles per run in 22 seeded runs (1.1·10⁶
/// cycles) on an 8-, a 4- and a 1-phase build; the first mismatch names its seed, cycle, port
/// and values.
#[test]
fn random_stimulus_model_and_rtl_agree_every_cycle() {
    use testbenches::vrm_random::Stimulus;
    for base in testbenches::seeds::campaign_seeds("vrm lockstep", 1) {
        for (build, runs) in [
            (VrmBuild::default(), 16u64),
            (
                VrmBuild {
                    phases: 4,
                    period: 100,
                    ctrl_div: 10,
                },
                4,
            ),
            // One phase: the build without a balance unit (vrm_ctrl::ctrl, `balance_built`).
            (
                VrmBuild {
                    phases: 1,
                    ..VrmBuild::default()
                },
                2,
            ),
        ] {
            let model = build_vrm(&build, &mut |m| eprintln!("{m}")).unwrap();
            for run in 0..runs {
                let seed = base.wrapping_mul(1000).wrapping_add(run);
                let mut ls = VrmLockstep::new(build, &model).unwrap();
                let mut stim = Stimulus::new(seed);
                for cycle in 0..50_000 {
                    let i = stim.inputs(cycle);
                    ls.step(&i);
                    if let Some(m) = &ls.mismatch {
                        panic!(
                            "build {build:?} run {run} of GRIDCORE_SEED={base} (stimulus seed \
                         {seed}): {m} (inputs {i:?})"
                        );
                    }
                }
            }
        }
    }
}

/// The harness can fail: an RTL whose dead-time comparison is off by one is caught, named, and a
/// waveform window around the mismatch can be written.
#[test]
fn injected_dead_time_bug_is_caught_with_a_waveform() {
    use testbenches::verilator::{BuildOptions, Trace, VerilatedModel};
    use testbenches::vrm::RtlVrm;
    use testbenches::vrm_random::Stimulus;
    let build = VrmBuild::default();
    let good = vrm_ctrl::ctrl::verilog(build.phases, build.period, build.ctrl_div);
    let bad = good.replacen(">= dt_rise", ">= (dt_rise - 8'd1)", 1);
    assert_ne!(good, bad, "mutation must apply");
    let model = VerilatedModel::build(
        &bad,
        vrm_ctrl::ctrl::VRM_MODULE,
        &BuildOptions::default(),
        &mut |_| {},
    )
    .unwrap();
    let mut found = None;
    'search: for seed in 0..20 {
        let mut ls = VrmLockstep::new(build, &model).unwrap();
        let mut stim = Stimulus::new(seed);
        for cycle in 0..50_000 {
            ls.step(&stim.inputs(cycle));
            if let Some(m) = &ls.mismatch {
                found = Some((seed, m.clone()));
                break 'search;
            }
        }
    }
    let (seed, m) = found.expect("the off-by-one dead time must show");
    assert_eq!(m.port, "hs", "{m}");
    let traced = VerilatedModel::build(
        &bad,
        vrm_ctrl::ctrl::VRM_MODULE,
        &BuildOptions {
            trace: Some(Trace::Vcd),
            ..Default::default()
        },
        &mut |_| {},
    )
    .unwrap();
    let path = std::env::temp_dir().join(format!("gridcore-vrm-bug-{}.vcd", std::process::id()));
    let mut rtl = RtlVrm::new(&traced).unwrap();
    rtl.trace(&path, m.cycle.saturating_sub(50), m.cycle + 5)
        .unwrap();
    let mut stim = Stimulus::new(seed);
    for cycle in 0..=m.cycle + 5 {
        rtl.step(&stim.inputs(cycle));
    }
    rtl.trace_close();
    let vcd = std::fs::read_to_string(&path).unwrap();
    assert!(
        vcd.contains("$enddefinitions") && vcd.contains(" hs "),
        "a VCD with the gate bus"
    );
}

/// A turn-on at every clock of the master period, after the balance unit has state: the
/// balance pipeline (§9: deviation registered at m = j + 2, update at m = j + 3) must see the
/// turn-on's clean state whichever of its stages the turn-on falls on.
#[test]
fn turn_on_at_every_clock_of_the_period_agrees() {
    let build = VrmBuild {
        phases: 4,
        period: 100,
        ctrl_div: 10,
    };
    let model = build_vrm(&build, &mut |m| eprintln!("{m}")).unwrap();
    let mut iph = [0i16; sim::vrm::MAX_PHASES];
    // Unequal phase currents, so every phase carries a trim and an imbalance count.
    iph[..4].copy_from_slice(&[80, 160, 240, 320]);
    let running = sim::vrm::VrmInputs {
        en: true,
        vout_code: 3277,
        vin_code: 3072,
        temp_code: 640,
        iph_code: iph,
        ..Default::default()
    };
    for off_clocks in 3..3 + build.period as u64 {
        let mut ls = VrmLockstep::new(build, &model).unwrap();
        ls.step(&sim::vrm::VrmInputs {
            reset: true,
            ..running
        });
        // KB = 16: one update trims about half a clock, a few saturate at BAL_MAX (2 clocks),
        // so a stale trim after the turn-on shows as a different on-time at once.
        ls.step(&sim::vrm::VrmInputs {
            reg_we: true,
            reg_addr: 0xD4,
            reg_wdata: 16,
            ..running
        });
        let schedule = [(600, true), (off_clocks, false), (400, true)];
        for (cycles, en) in schedule {
            for _ in 0..cycles {
                ls.step(&sim::vrm::VrmInputs { en, ..running });
                if let Some(m) = &ls.mismatch {
                    panic!("off for {off_clocks} clocks: {m}");
                }
            }
        }
        assert!(ls.model.balance_trim(0) != 0 || ls.model.balance_trim(3) != 0);
    }
}
