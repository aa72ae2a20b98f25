//! The cycle model against the TFLite vectors, and step mode against fast mode.

use sim::tflite::VectorCase;
use sim::tile::program::{build, check_outputs};
use sim::tile::{RequantKind, SramSize, TileConfig, TileInputs, TileModel};

fn vector_cases() -> Vec<VectorCase> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../testbenches/vectors/tflite_fc_int8"
    );
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("vector folder")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    assert_eq!(paths.len(), 23, "every vector file is present");
    paths
        .iter()
        .map(|p| VectorCase::parse(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect()
}

fn run_stepped(model: &mut TileModel, max_cycles: usize) -> usize {
    model.step(&TileInputs {
        start: true,
        ..Default::default()
    });
    let mut n = 0;
    while model.outputs().busy {
        model.step(&TileInputs::default());
        n += 1;
        assert!(n < max_cycles, "program did not stop");
    }
    n
}

#[test]
fn tile_model_tflite_vectors_bit_exact_fast_and_step() {
    for config in [
        TileConfig::new(16, 4, SramSize::Large).unwrap(),
        TileConfig::new(4, 1, SramSize::Large).unwrap(),
        TileConfig::new(8, 2, SramSize::Large).unwrap(),
        TileConfig::new(16, 1, SramSize::Large)
            .unwrap()
            .with_requant(RequantKind::Serial),
        TileConfig::new(4, 2, SramSize::Large)
            .unwrap()
            .with_requant(RequantKind::Serial),
    ] {
        for case in vector_cases() {
            let (program, placement) = match build(&case, &config) {
                Ok(p) => p,
                Err(e) => {
                    // Only a network larger than the weight SRAM may be refused, and it must say so.
                    let words: usize = case
                        .layers
                        .iter()
                        .map(|l| l.n.div_ceil(config.lanes()) * l.k)
                        .sum();
                    assert!(
                        words > config.weight_words() && e.to_string().contains("weight words"),
                        "{e}"
                    );
                    continue;
                }
            };
            let mut fast = TileModel::new(config);
            fast.load(&program).unwrap();
            let mut step = fast.clone();
            let cycles = fast.run_fast();
            assert!(fast.outputs().done, "{}: {:?}", case.name, fast.outputs());
            check_outputs(&case, &placement, &fast.act).unwrap();
            let stepped = run_stepped(&mut step, 10_000_000);
            assert_eq!(
                stepped as u64, cycles,
                "{}: step cycles vs formula",
                case.name
            );
            assert_eq!(step.outputs(), fast.outputs(), "{}", case.name);
            assert_eq!(step.act, fast.act, "{}", case.name);
        }
    }
}

#[test]
fn tile_model_utilization_256x256_over_95_percent() {
    let case = vector_cases()
        .into_iter()
        .find(|c| c.name == "fc_k256_n256_pc_none")
        .unwrap();
    // (lanes, batch, requantizer, the §8 worked example's cycle count where docs/tile.md gives one)
    for (lanes, batch, kind, spec_cycles) in [
        (16, 1, RequantKind::Pipelined, Some(4139)),
        (16, 2, RequantKind::Pipelined, None),
        (16, 4, RequantKind::Pipelined, None),
        (16, 1, RequantKind::Serial, Some(4308)),
        (16, 2, RequantKind::Serial, None),
    ] {
        let config = TileConfig::new(lanes, batch, SramSize::Large)
            .unwrap()
            .with_requant(kind);
        let mut single = case.clone();
        single.inputs.truncate(batch);
        single.outputs.truncate(batch);
        let (program, _) = build(&single, &config).unwrap();
        let mut m = TileModel::new(config);
        m.load(&program).unwrap();
        let cycles = m.run_fast();
        let c = m.outputs().counters;
        let util = c.macs as f64 / (lanes as f64 * cycles as f64);
        assert!(util >= 0.95, "{}: {util}", config.tag());
        if let Some(expected) = spec_cycles {
            assert_eq!(cycles, expected, "{}: §8's worked example", config.tag());
        }
        assert_eq!(c.macs as usize, 256 * 256 * batch);
        assert_eq!(
            c.w_reads as usize,
            256 * 256 / lanes,
            "each weight word read once per batch"
        );
    }
}
