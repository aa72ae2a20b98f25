//! Every bundled `.tflite` model (`models/`, made by the standard TFLite converter) on the tile,
//! bit for bit with LiteRT: the committed reference outputs on the cycle model and the
//! Verilated RTL, and random inputs against the live interpreter (the project's `.venv`).

use compiler::npz::{self, Array, Data};
use compiler::{CompileError, Graph};
use sim::tile::{RequantKind, SramSize, TileConfig};
use std::path::{Path, PathBuf};
use testbenches::jobs::model::{first_difference, litert_outputs, run_on_tile};
use testbenches::jobs::Backend;

/// Models the tile refuses today, with the operator the refusal must name.
const REFUSED: &[(&str, &str)] = &[("mlp_32_16_softmax", "operator 2 (SOFTMAX)")];

fn models_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../models")
}

fn bundled() -> Vec<(String, PathBuf)> {
    let mut v: Vec<(String, PathBuf)> = std::fs::read_dir(models_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tflite"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    v.sort();
    v
}

/// The `run` default and the iCEBreaker's board configuration.
fn configs() -> Vec<TileConfig> {
    let board = TileConfig::new(16, 1, SramSize::Small)
        .unwrap()
        .with_requant(RequantKind::Serial);
    vec![TileConfig::new(16, 4, SramSize::Large).unwrap(), board]
}

fn quiet(_: &str) {}

/// Runs `inputs` through a model on one backend and returns its outputs.
fn tile_outputs(
    graph: &Graph,
    config: &TileConfig,
    inputs: &[Array],
    backend: Backend,
) -> Result<Vec<Array>, CompileError> {
    let compiled = compiler::compile(graph, config)?;
    let program = compiled.program_with(inputs, false)?;
    let run = run_on_tile(&program, config, backend, &mut quiet).unwrap();
    Ok(compiled.read_outputs(&run.act))
}

#[test]
fn bundled_models_match_litert_reference_on_both_backends() {
    let mut matched = 0;
    for (name, path) in bundled() {
        let graph = Graph::read(&path).unwrap();
        if let Some((_, op)) = REFUSED.iter().find(|(n, _)| *n == name) {
            let e = compiler::compile(&graph, &configs()[0])
                .unwrap_err()
                .to_string();
            assert!(e.contains(op) && !e.contains('\n'), "{name}: {e}");
            continue;
        }
        let inputs = npz::read(&path.with_extension("inputs.npz")).unwrap();
        let expected = npz::read(&path.with_extension("litert.npz")).unwrap();
        for config in configs() {
            for backend in [Backend::Model, Backend::Rtl] {
                match tile_outputs(&graph, &config, &inputs, backend) {
                    Ok(ours) => {
                        assert_eq!(ours.len(), expected.len(), "{name}");
                        if let Some(d) = first_difference(&ours, &expected, "LiteRT") {
                            panic!("{name} on {} ({}): {d}", backend.name(), config.tag());
                        }
                        matched += 1;
                    }
                    // A model too big for the small board SRAMs must say which and how much.
                    Err(CompileError::DoesNotFit(e)) => {
                        assert!(config.sram() == SramSize::Small, "{name}: {e}");
                        assert!(e.contains("SRAM") && e.contains("bytes"), "{e}");
                    }
                    Err(e) => panic!("{name} on {}: {e}", config.tag()),
                }
            }
        }
    }
    // Three models on the large configuration and two on the board's, each on two backends.
    assert!(matched >= 10, "only {matched} model runs compared");
}

/// Random int8 inputs shaped like the model's.
fn random_inputs(graph: &Graph, seed: u64) -> Vec<Array> {
    let mut state = seed;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 56) as u8 as i8
    };
    graph
        .inputs
        .iter()
        .map(|&t| {
            let t = &graph.tensors[t];
            Array {
                name: t.name.clone(),
                shape: t.shape.clone(),
                data: Data::I8((0..t.numel()).map(|_| next()).collect()),
            }
        })
        .collect()
}

#[test]
fn random_inputs_match_live_litert() {
    let dir = std::env::temp_dir().join(format!("gridcore-models-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = configs()[0];
    let mut compared = 0;
    for seed in testbenches::seeds::campaign_seeds("models vs LiteRT", 1) {
        for (name, path) in bundled() {
            if REFUSED.iter().any(|(n, _)| *n == name) {
                continue;
            }
            let graph = Graph::read(&path).unwrap();
            for round in 0..3u64 {
                let inputs = random_inputs(&graph, seed ^ (round << 40) ^ name.len() as u64);
                let in_path = dir.join(format!("{name}.in.npz"));
                npz::write(&in_path, &inputs).unwrap();
                let theirs =
                    litert_outputs(&path, &in_path, &dir.join(format!("{name}.litert.npz")))
                        .unwrap_or_else(|e| panic!("{e} (the models' oracle needs scripts/setup)"));
                for backend in [Backend::Model, Backend::Rtl] {
                    let ours = tile_outputs(&graph, &config, &inputs, backend).unwrap();
                    if let Some(d) = first_difference(&ours, &theirs, "LiteRT") {
                        panic!(
                            "{name} seed {seed} round {round} on {}: {d}",
                            backend.name()
                        );
                    }
                    compared += 1;
                }
            }
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(compared >= 18, "only {compared} runs compared");
}
