//! The cycle model's fast mode against its step mode on random programs (the scenarios of
//! `testbenches::tile_random`: random data, shapes and batches, illegal words, out-of-range
//! operands): the same outputs, counters, activation SRAM and cycle count (docs/tile.md §9).
//! The TFLite vectors check the same on real networks (`sim/tests/tile_model.rs`).

use proptest::prop_assert_eq;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};
use sim::tile::{RequantKind, SramSize, TileConfig, TileInputs, TileModel};
use testbenches::tile_random::scenario;

#[test]
fn fast_mode_matches_step_mode_on_random_programs() {
    for seed in testbenches::seeds::campaign_seeds("fast mode", 5) {
        let mut seed_bytes = [0u8; 32];
        seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
        for config in [
            TileConfig::new(4, 2, SramSize::Small).unwrap(),
            TileConfig::new(8, 4, SramSize::Small).unwrap(),
            TileConfig::new(16, 1, SramSize::Small)
                .unwrap()
                .with_requant(RequantKind::Serial),
            TileConfig::new(16, 4, SramSize::Large).unwrap(),
        ] {
            let mut runner = TestRunner::new_with_rng(
                Config {
                    cases: 2000,
                    failure_persistence: None,
                    ..Config::default()
                },
                TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes),
            );
            let (programs, macs) = (std::cell::Cell::new(0u64), std::cell::Cell::new(0u64));
            runner
                .run(&scenario(config), |s| {
                    let mut fast = TileModel::new(config);
                    fast.load(&s.program)
                        .map_err(|e| TestCaseError::fail(e.to_string()))?;
                    let mut step = fast.clone();
                    let cycles = fast.run_fast();
                    step.step(&TileInputs {
                        start: true,
                        ..Default::default()
                    });
                    let mut stepped = 0u64;
                    while step.outputs().busy {
                        step.step(&TileInputs::default());
                        stepped += 1;
                        if stepped > 10_000_000 {
                            return Err(TestCaseError::fail("step mode did not stop"));
                        }
                    }
                    prop_assert_eq!(stepped, cycles, "cycles");
                    prop_assert_eq!(step.outputs(), fast.outputs());
                    prop_assert_eq!(&step.act, &fast.act);
                    programs.set(programs.get() + 1);
                    macs.set(macs.get() + fast.outputs().counters.macs as u64);
                    Ok(())
                })
                .unwrap_or_else(|e| panic!("{} (replay: GRIDCORE_SEED={seed}): {e}", config.tag()));
            let (programs, macs) = (programs.get(), macs.get());
            eprintln!("{}: {programs} programs, {macs} MACs", config.tag());
            assert!(macs > 0, "the programs computed something");
        }
    }
}
