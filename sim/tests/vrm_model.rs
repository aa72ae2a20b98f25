//! The controller cycle model in closed loop on the reference rail, and its safety invariants
//! under random inputs (the RTL's are proved formally; these hold the model to the same rules).

use proptest::prelude::*;
use sim::vrm::closed_loop::Controller;
use sim::vrm::scenarios;
use sim::vrm::setup::VrmSetup;
use sim::vrm::{VrmBuild, VrmInputs, VrmModel, MAX_PHASES};

#[test]
fn every_reference_scenario_passes_on_two_noise_seeds() {
    let setup = VrmSetup::default();
    let build = setup.build;
    let mut failures = Vec::new();
    for seed in [1, 2] {
        for sc in scenarios::all() {
            let mut make = || -> Result<Box<dyn Controller>, sim::SimError> {
                Ok(Box::new(VrmModel::new(build)))
            };
            let o = scenarios::run_scenario(&setup, &sc, seed, &mut make, &mut |_, _| {}).unwrap();
            for c in o.checks.iter().filter(|c| !c.pass) {
                failures.push(format!(
                    "seed {seed} {}: {} = {} ({})",
                    sc.name, c.name, c.value, c.limit
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn four_phase_build_regulates_at_its_share_of_the_load() {
    let mut setup = VrmSetup::default();
    setup.set("phases=4").unwrap();
    let sc = scenarios::find("steady").unwrap();
    let build = setup.build;
    let mut make =
        || -> Result<Box<dyn Controller>, sim::SimError> { Ok(Box::new(VrmModel::new(build))) };
    let o = scenarios::run_scenario(&setup, &sc, 1, &mut make, &mut |_, _| {}).unwrap();
    assert!(o.pass(), "{:#?}", o.checks);
}

/// Per-phase gate history: clocks since the last time each switch was on.
#[derive(Default, Clone, Copy)]
struct GateWatch {
    hs_off_for: u32,
    ls_off_for: u32,
    prev_hs: bool,
    prev_ls: bool,
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Random sensor codes, enable and register writes (dead times included): the two switches
    /// of a phase are never on together, and a switch turns on only after both were off for the
    /// programmed dead time (docs/vrm.md §3).
    #[test]
    fn gates_never_overlap_and_respect_dead_time(
        seed in any::<u64>(),
        dt_rise in 0u16..6, dt_fall in 0u16..6,
        steps in 2000usize..6000,
    ) {
        let build = VrmBuild::default();
        let mut m = VrmModel::new(build);
        m.step(&VrmInputs { reset: true, ..Default::default() });
        let mut rng = seed | 1;
        let mut next = move || { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; rng };
        let mut watch = [GateWatch { hs_off_for: 1000, ls_off_for: 1000, ..Default::default() }; MAX_PHASES];
        // Turn-ons checked: the property must not hold only because nothing switched.
        let (mut hs_ons, mut ls_ons) = (0u64, 0u64);
        // Dead times by the edge they are in force from: a value written at edge W is seen by the
        // datapath from edge W + L + 1, and writes at edges W + 1 ..= W + L are refused (L =
        // VALUE_LATENCY, docs/vrm.md §11); the writes at steps 1 and L + 2 land before any phase
        // can switch (a turn-on waits for the soft-start rate).
        let latency = sim::vrm::model::VALUE_LATENCY as usize;
        let mut writes: Vec<(usize, u16, u32)> = Vec::new();
        let in_force = |writes: &[(usize, u16, u32)], code: u16, k: usize, reset: u32| {
            writes.iter().rev().find(|&&(w, c, _)| c == code && w + latency < k).map_or(reset, |w| w.2)
        };
        for k in 0..steps {
            let r = next();
            let mut inputs = VrmInputs {
                en: r % 97 != 0,
                ov_in: r % 1009 == 0,
                // Below the soft-start reference at times, so the loop asks for duty and high
                // sides turn on (the property is checked on real switching, counted below).
                vout_code: (next() % 3000) as u16,
                vin_code: 3072,
                temp_code: 800,
                ..Default::default()
            };
            for c in inputs.iph_code.iter_mut() { *c = (next() % 1200) as i16 - 200; }
            if k == 1 { inputs.reg_we = true; inputs.reg_addr = 0xD6; inputs.reg_wdata = dt_rise; }
            if k == latency + 2 { inputs.reg_we = true; inputs.reg_addr = 0xD7; inputs.reg_wdata = dt_fall; }
            if k > 100 && r % 211 == 0 {
                // A dead-time change mid-run: the rule uses the value in force at each edge.
                inputs.reg_we = true;
                inputs.reg_addr = if r % 2 == 0 { 0xD6 } else { 0xD7 };
                inputs.reg_wdata = (next() % 6) as u16;
            }
            let accepted = writes.last().is_none_or(|&(w, _, _)| k > w + latency);
            if inputs.reg_we && accepted { writes.push((k, inputs.reg_addr as u16, inputs.reg_wdata as u32)); }
            let (dr_now, df_now) = (in_force(&writes, 0xD6, k, 3), in_force(&writes, 0xD7, k, 3));
            let o = m.step(&inputs);
            for (i, w) in watch.iter_mut().enumerate().take(build.phases) {
                let (hs, ls) = (o.hs >> i & 1 == 1, o.ls >> i & 1 == 1);
                prop_assert!(!(hs && ls), "phase {i} both on at step {k}");
                if hs && !w.prev_hs {
                    hs_ons += 1;
                    prop_assert!(w.ls_off_for >= dr_now && w.hs_off_for >= dr_now,
                        "phase {i} high side on after {} quiet clocks, DT_RISE {dr_now}, step {k}", w.ls_off_for.min(w.hs_off_for));
                }
                if ls && !w.prev_ls {
                    ls_ons += 1;
                    prop_assert!(w.hs_off_for >= df_now && w.ls_off_for >= df_now,
                        "phase {i} low side on after {} quiet clocks, DT_FALL {df_now}, step {k}", w.hs_off_for.min(w.ls_off_for));
                }
                w.hs_off_for = if hs { 0 } else { w.hs_off_for + 1 };
                w.ls_off_for = if ls { 0 } else { w.ls_off_for + 1 };
                w.prev_hs = hs;
                w.prev_ls = ls;
            }
        }
        prop_assert!(hs_ons > 0 && ls_ons > 0, "no switching to check: {hs_ons} high-side and {ls_ons} low-side turn-ons");
    }
}

/// The balance compares each phase with the mean of the same averages (§9): a single phase never
/// trims itself, however its current moves, while two phases with unequal currents do.
#[test]
fn balance_trims_only_unequal_phases() {
    let drive = |phases: usize, current: &dyn Fn(usize, u64) -> i16| -> Vec<i64> {
        let build = VrmBuild {
            phases,
            ..VrmBuild::default()
        };
        let mut m = VrmModel::new(build);
        let mut trims = vec![0; phases];
        for cycle in 0..40_000u64 {
            let mut i = VrmInputs {
                reset: cycle == 0,
                en: true,
                vin_code: 12 * 256,
                // Below the 0.8 V target: the loop stays in RUN without transients.
                vout_code: 3200,
                temp_code: 25 * 16,
                ..Default::default()
            };
            for (p, c) in i.iph_code.iter_mut().enumerate().take(phases) {
                *c = current(p, cycle);
            }
            m.step(&i);
            for (p, t) in trims.iter_mut().enumerate() {
                *t = (*t).max(m.balance_trim(p).abs());
            }
        }
        assert_eq!(m.active_phases(), phases, "all phases active");
        trims
    };
    // One phase whose current ramps up and down over many periods.
    let ramp = |_: usize, c: u64| (200 + ((c / 7) % 400) as i64) as i16;
    assert_eq!(drive(1, &ramp), vec![0]);
    // Two phases, the second carrying more.
    let unequal = |p: usize, _: u64| if p == 0 { 200 } else { 260 };
    assert!(drive(2, &unequal).iter().all(|&t| t > 0));
}
