//! The compiler's 256-entry tables equal LiteRT's for every case of
//! `tests/data/op_tables.json` (one-operator converter-made models run on all 256 inputs by
//! `scripts/models/make_op_tables.py`).

use compiler::tables::{dequantize, f, lut_populate, quantize};

fn ours(name: &str, si: f32, zi: i32, so: f32, zo: i32) -> [i8; 256] {
    let island = |g: fn(f32) -> f32| {
        let mut t = [0i8; 256];
        for (i, v) in t.iter_mut().enumerate() {
            *v = quantize(g(dequantize((i as i32 - 128) as i8, si, zi)), so, zo);
        }
        t
    };
    match name.split('_').next().unwrap() {
        "logistic" => lut_populate(si, zi, so, zo, f::logistic),
        "tanh" => lut_populate(si, zi, so, zo, f::tanh),
        "gelu" => lut_populate(si, zi, so, zo, |x| f::gelu(x, name == "gelu_tanh")),
        "rsqrt" => lut_populate(si, zi, so, zo, f::rsqrt),
        "elu" => island(f::elu),
        "neg" => island(|x| -x),
        other => panic!("no table for {other}"),
    }
}

#[test]
fn tables_match_litert() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/op_tables.json");
    let data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut failures = Vec::new();
    let cases = data["cases"].as_array().unwrap();
    for c in cases {
        let name = c["name"].as_str().unwrap();
        let g = |k: &str| c[k].as_f64().unwrap() as f32;
        let z = |k: &str| c[k].as_i64().unwrap() as i32;
        let t = ours(
            name,
            g("input_scale"),
            z("input_zero_point"),
            g("output_scale"),
            z("output_zero_point"),
        );
        let want: Vec<i8> = c["table"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_i64().unwrap() as i8)
            .collect();
        let wrong: Vec<(i32, i8, i8)> = (0..256)
            .filter(|&i| t[i] != want[i])
            .map(|i| (i as i32 - 128, t[i], want[i]))
            .collect();
        if !wrong.is_empty() {
            failures.push(format!(
                "{name}: {} entries differ, first (input, ours, LiteRT) {:?}",
                wrong.len(),
                &wrong[..wrong.len().min(4)]
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(cases.len() >= 9);
}
