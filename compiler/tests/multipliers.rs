//! The requantization parameters the compiler derives from scales equal the ones LiteRT's
//! Prepare derived for every layer of the bundled FC vectors (`*_mprobe` cases included, which
//! tell a float32 scale product from a double one), and the clamps equal theirs.

use compiler::model::Activation;
use compiler::quant::{activation_range, fc_effective_scale, quantize_multiplier};

#[test]
fn multipliers_shifts_and_clamps_match_litert_vectors() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../testbenches/vectors/tflite_fc_int8");
    let mut channels = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let case: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for layer in case["layers"].as_array().unwrap() {
            let f = |k: &str| layer[k].as_f64().unwrap() as f32;
            let per_channel = layer["per_channel"].as_bool().unwrap();
            let scales = layer["weight_scales"].as_array().unwrap();
            let n = layer["n"].as_u64().unwrap() as usize;
            for ch in 0..n {
                let s_w = scales[if per_channel { ch } else { 0 }].as_f64().unwrap() as f32;
                let eff = fc_effective_scale(f("input_scale"), s_w, f("output_scale"), per_channel);
                let want = (
                    layer["multipliers"][ch].as_i64().unwrap() as i32,
                    layer["shifts"][ch].as_i64().unwrap() as i32,
                );
                assert_eq!(
                    quantize_multiplier(eff),
                    want,
                    "{} channel {ch}",
                    path.display()
                );
                channels += 1;
            }
            let act = match layer["activation"].as_str().unwrap() {
                "RELU" => Activation::Relu,
                _ => Activation::None,
            };
            let zp = layer["output_zero_point"].as_i64().unwrap() as i32;
            let want = (
                layer["act_min"].as_i64().unwrap() as i32,
                layer["act_max"].as_i64().unwrap() as i32,
            );
            assert_eq!(activation_range(&act, f("output_scale"), zp), Some(want));
        }
    }
    assert!(channels >= 971, "only {channels} channels checked");
}
