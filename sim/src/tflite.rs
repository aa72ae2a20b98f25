//! The TFLite int8 FULLY_CONNECTED vector format (`testbenches/vectors/tflite_fc_int8/README.md`).

use serde::Deserialize;

/// One quantized fully connected layer.
#[derive(Clone, Debug, Deserialize)]
pub struct FcLayer {
    /// Inputs.
    pub k: usize,
    /// Outputs.
    pub n: usize,
    /// Per-channel quantization (information only: multipliers are per channel either way).
    pub per_channel: bool,
    /// `NONE` or `RELU`.
    pub activation: String,
    /// Input zero point.
    pub x_zero_point: i32,
    /// Output zero point.
    pub output_zero_point: i32,
    /// Per-output-channel int32 multipliers.
    pub multipliers: Vec<i64>,
    /// Per-output-channel TFLite shifts.
    pub shifts: Vec<i32>,
    /// Clamp low bound.
    pub act_min: i32,
    /// Clamp high bound.
    pub act_max: i32,
    /// `n` rows of `k` weights.
    pub w: Vec<Vec<i32>>,
    /// `n` biases.
    pub bias: Vec<i64>,
}

/// One vector file: a network of 1 or more layers, input vectors and the interpreter's outputs.
#[derive(Clone, Debug, Deserialize)]
pub struct VectorCase {
    /// Case name.
    pub name: String,
    /// Layers, first to last.
    pub layers: Vec<FcLayer>,
    /// Input vectors.
    pub inputs: Vec<Vec<i32>>,
    /// Expected int8 outputs of the last layer, one list per input.
    pub outputs: Vec<Vec<i32>>,
}

impl FcLayer {
    /// Whether ReLU is applied.
    pub fn relu(&self) -> bool {
        self.activation == "RELU"
    }
}

impl VectorCase {
    /// [`Self::parse`]'s work, its error a message.
    fn parse_text(text: &str) -> Result<VectorCase, String> {
        let case: VectorCase = serde_json::from_str(text).map_err(|e| format!("malformed: {e}"))?;
        case.check().map(|()| case)
    }

    /// Parses a vector file and checks it is self-consistent and within what int8 FC means
    /// (shapes, value ranges, the act_min/act_max rule of docs/tile.md §6).
    ///
    /// # Errors
    /// [`crate::SimError::Vectors`], naming what and where.
    pub fn parse(text: &str) -> Result<VectorCase, crate::SimError> {
        Self::parse_text(text).map_err(crate::SimError::Vectors)
    }

    fn check(&self) -> Result<(), String> {
        let int8 = |v: i64, what: &str| {
            if (-128..=127).contains(&v) {
                Ok(())
            } else {
                Err(format!("{what} {v} is not int8"))
            }
        };
        if self.layers.is_empty() {
            return Err("no layers".into());
        }
        for (i, l) in self.layers.iter().enumerate() {
            let at = |m: String| format!("layer {i}: {m}");
            if i > 0 && self.layers[i - 1].n != l.k {
                return Err(at(format!(
                    "k={} but the previous layer has n={}",
                    l.k,
                    self.layers[i - 1].n
                )));
            }
            if l.w.len() != l.n || l.w.iter().any(|r| r.len() != l.k) {
                return Err(at("w is not n rows of k".into()));
            }
            if l.bias.len() != l.n || l.multipliers.len() != l.n || l.shifts.len() != l.n {
                return Err(at(
                    "bias, multipliers or shifts do not have n entries".into()
                ));
            }
            for row in &l.w {
                for &v in row {
                    int8(v as i64, "weight").map_err(&at)?;
                }
            }
            int8(l.x_zero_point as i64, "x_zero_point").map_err(&at)?;
            int8(l.output_zero_point as i64, "output_zero_point").map_err(&at)?;
            if l.bias.iter().any(|&b| i32::try_from(b).is_err())
                || l.multipliers.iter().any(|&m| i32::try_from(m).is_err())
            {
                return Err(at("bias or multiplier outside int32".into()));
            }
            if l.shifts.iter().any(|s| !(-32..=31).contains(s)) {
                return Err(at("shift outside -32..=31".into()));
            }
            let lo = if l.relu() {
                l.output_zero_point.max(-128)
            } else {
                -128
            };
            if l.act_min != lo || l.act_max != 127 {
                return Err(at(format!(
                    "act_min/act_max {}/{} differ from the int8 {} clamp {lo}/127",
                    l.act_min, l.act_max, l.activation
                )));
            }
            if !matches!(l.activation.as_str(), "NONE" | "RELU") {
                return Err(at(format!("unsupported activation {}", l.activation)));
            }
        }
        let (k0, n_last) = (self.layers[0].k, self.layers.last().map_or(0, |l| l.n));
        if self.inputs.iter().any(|v| v.len() != k0) || self.outputs.len() != self.inputs.len() {
            return Err("inputs/outputs do not match the first/last layer".into());
        }
        if self.outputs.iter().any(|v| v.len() != n_last) {
            return Err("an output vector does not have the last layer's n entries".into());
        }
        for v in self.inputs.iter().chain(&self.outputs).flatten() {
            int8(*v as i64, "input/output")?;
        }
        Ok(())
    }
}
