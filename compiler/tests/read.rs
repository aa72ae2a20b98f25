//! Reading models: every bundled model parses; truncated and corrupted files give an error (or
//! a model the mapper then judges), never a panic.

use compiler::{compile, Graph};
use sim::tile::{SramSize, TileConfig};

fn bundled() -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../models");
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tflite"))
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    v.sort();
    assert!(v.len() >= 4, "bundled models missing");
    v
}

#[test]
fn bundled_models_parse_with_names_shapes_and_operators() {
    for (name, bytes) in bundled() {
        let g = Graph::parse(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!g.inputs.is_empty() && !g.outputs.is_empty(), "{name}");
        assert!(g.ops.iter().any(|o| o.name == "FULLY_CONNECTED"), "{name}");
        for &t in g.inputs.iter().chain(&g.outputs) {
            assert!(
                !g.tensors[t].name.is_empty() && g.tensors[t].numel() > 0,
                "{name}"
            );
        }
    }
}

#[test]
fn truncated_and_corrupted_models_never_panic() {
    let config = TileConfig::new(16, 4, SramSize::Large).unwrap();
    let mut state = 0x5EED_u64;
    let mut rand = move |n: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n
    };
    let (mut refused, mut accepted) = (0, 0);
    for (_, bytes) in bundled() {
        for cut in (0..bytes.len()).step_by(37) {
            let e = Graph::parse(&bytes[..cut]).unwrap_err().to_string();
            assert!(
                e.starts_with("malformed .tflite") && !e.contains('\n'),
                "{e}"
            );
            refused += 1;
        }
        for _ in 0..1500 {
            let mut b = bytes.clone();
            for _ in 0..1 + rand(4) {
                let at = rand(b.len());
                b[at] = rand(256) as u8;
            }
            match Graph::parse(&b) {
                Ok(g) => match compile(&g, &config) {
                    Ok(_) => accepted += 1,
                    Err(e) => assert!(!e.to_string().contains('\n'), "{e}"),
                },
                Err(e) => {
                    assert!(!e.to_string().contains('\n'), "{e}");
                    refused += 1
                }
            }
        }
    }
    // Most single-byte changes land in weights (still a model); some break the structure.
    assert!(
        refused > 100 && accepted > 100,
        "{refused} refused, {accepted} accepted"
    );
}
