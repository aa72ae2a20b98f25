//! A `.tflite` model as a graph: tensors (shape, type, quantization, constant data) and
//! operators (kind, options, operand tensors), read from the FlatBuffer through tract's
//! generated schema. Only the first subgraph is read (the one `Interpreter` runs); every index
//! in the file is checked here, so the passes after this one index without checks.

use crate::CompileError;
use tract_tflite::tflite;

/// Element type of a tensor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DType {
    /// int8.
    Int8,
    /// int32.
    Int32,
    /// Any other type, by its schema name (`FLOAT32`, `INT16`, `BOOL`, ...).
    Other(String),
}

impl DType {
    /// The schema's name.
    pub fn name(&self) -> &str {
        match self {
            DType::Int8 => "INT8",
            DType::Int32 => "INT32",
            DType::Other(s) => s,
        }
    }
}

/// Affine quantization: `real = scale · (q − zero_point)`, per tensor or along `axis`.
#[derive(Clone, Debug, PartialEq)]
pub struct Quant {
    /// One scale, or one per index along `axis`.
    pub scale: Vec<f32>,
    /// As many zero points as scales.
    pub zero_point: Vec<i64>,
    /// The quantized dimension when there is more than one scale.
    pub axis: usize,
}

/// One tensor.
#[derive(Clone, Debug, PartialEq)]
pub struct Tensor {
    /// The name the converter gave it (outputs are written under it).
    pub name: String,
    /// Dimensions (all known: a dynamic one is refused when read).
    pub shape: Vec<usize>,
    /// Element type.
    pub dtype: DType,
    /// Quantization, if any.
    pub quant: Option<Quant>,
    /// Constant contents (little-endian bytes), for weights, biases and shape operands.
    pub data: Option<Vec<u8>>,
}

impl Tensor {
    /// Number of elements.
    pub fn numel(&self) -> usize {
        self.shape.iter().product()
    }

    /// The single scale and zero point of a per-tensor quantized tensor.
    pub fn per_tensor(&self) -> Option<(f32, i64)> {
        let q = self.quant.as_ref()?;
        (q.scale.len() == 1 && q.zero_point.len() == 1).then(|| (q.scale[0], q.zero_point[0]))
    }

    /// Constant contents as int8.
    pub fn const_i8(&self) -> Option<Vec<i8>> {
        let d = self.data.as_ref()?;
        (self.dtype == DType::Int8 && d.len() == self.numel())
            .then(|| d.iter().map(|&b| b as i8).collect())
    }

    /// Constant contents as int32.
    pub fn const_i32(&self) -> Option<Vec<i32>> {
        let d = self.data.as_ref()?;
        (self.dtype == DType::Int32 && d.len() == 4 * self.numel()).then(|| {
            d.chunks_exact(4)
                .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect()
        })
    }
}

/// A fused activation (TFLite's `ActivationFunctionType`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Activation {
    /// None.
    None,
    /// max(x, 0).
    Relu,
    /// clamp(x, 0, 6).
    Relu6,
    /// clamp(x, −1, 1).
    ReluN1To1,
    /// Any other, by name.
    Other(String),
}

/// What an operator does, with the options the mapping needs.
#[derive(Clone, Debug, PartialEq)]
pub enum OpKind {
    /// `FULLY_CONNECTED`.
    FullyConnected {
        /// Fused activation.
        activation: Activation,
        /// Whether the weights are in the default layout (not shuffled).
        default_weights: bool,
    },
    /// `RESHAPE`, `SQUEEZE`, `EXPAND_DIMS`: the bytes stay as they are.
    Reshape,
    /// Anything else.
    Other,
}

/// One operator.
#[derive(Clone, Debug, PartialEq)]
pub struct Op {
    /// Index in the subgraph (what error messages cite).
    pub index: usize,
    /// The builtin operator's name (`FULLY_CONNECTED`), or the custom code.
    pub name: String,
    /// What it does.
    pub kind: OpKind,
    /// Operand tensors (`None` for an omitted optional one).
    pub inputs: Vec<Option<usize>>,
    /// Result tensors.
    pub outputs: Vec<usize>,
}

/// The first subgraph of a model.
#[derive(Clone, Debug, PartialEq)]
pub struct Graph {
    /// Every tensor.
    pub tensors: Vec<Tensor>,
    /// Operators in execution order (the converter writes them topologically sorted).
    pub ops: Vec<Op>,
    /// The model's input tensors.
    pub inputs: Vec<usize>,
    /// The model's output tensors.
    pub outputs: Vec<usize>,
}

/// A malformed-file error on one line (the FlatBuffers verifier's trace spans several).
fn malformed(what: impl std::fmt::Display) -> CompileError {
    let what = what.to_string();
    let parts: Vec<&str> = what
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    CompileError::Malformed(format!("malformed .tflite: {}", parts.join(", ")))
}

impl Graph {
    /// Reads a model file.
    ///
    /// # Errors
    /// [`CompileError::Io`] if the file cannot be read, else as [`Graph::parse`].
    pub fn read(path: &std::path::Path) -> Result<Graph, CompileError> {
        let bytes = std::fs::read(path)
            .map_err(|e| CompileError::Io(format!("cannot read {}: {e}", path.display())))?;
        Graph::parse(&bytes)
    }

    /// Parses a `.tflite` FlatBuffer: the buffer is verified, then every tensor, operator and
    /// index of the first subgraph is checked.
    ///
    /// # Errors
    /// [`CompileError::Malformed`], naming what is wrong.
    pub fn parse(bytes: &[u8]) -> Result<Graph, CompileError> {
        // The identifier check itself asserts that the buffer holds a root offset and an
        // identifier (8 bytes).
        if bytes.len() < 8 || !tflite::model_buffer_has_identifier(bytes) {
            return Err(malformed(
                "no TFL3 file identifier (not a TensorFlow Lite model, or truncated)",
            ));
        }
        let model = tflite::root_as_model(bytes).map_err(malformed)?;
        let buffers = model.buffers().ok_or_else(|| malformed("no buffers"))?;
        let opcodes = model
            .operator_codes()
            .ok_or_else(|| malformed("no operator codes"))?;
        let subgraphs = model.subgraphs().ok_or_else(|| malformed("no subgraphs"))?;
        if subgraphs.is_empty() {
            return Err(malformed("no subgraphs"));
        }
        let sg = subgraphs.get(0);
        let fb_tensors = sg.tensors().ok_or_else(|| malformed("no tensors"))?;
        let mut tensors = Vec::with_capacity(fb_tensors.len());
        for (i, t) in fb_tensors.iter().enumerate() {
            let name = t.name().unwrap_or("").to_string();
            let shape = t
                .shape()
                .map(|s| s.iter().collect::<Vec<i32>>())
                .unwrap_or_default();
            if shape.iter().any(|&d| d < 0) {
                return Err(malformed(format!(
                    "tensor {i} ('{name}') has a dynamic shape {shape:?}"
                )));
            }
            let dtype = match t.type_() {
                tflite::TensorType::INT8 => DType::Int8,
                tflite::TensorType::INT32 => DType::Int32,
                other => DType::Other(schema_name(other.variant_name(), "type", other.0 as i32)),
            };
            let quant = t.quantization().and_then(|q| {
                let scale: Vec<f32> = q.scale()?.iter().collect();
                let zero_point: Vec<i64> = q.zero_point()?.iter().collect();
                (!scale.is_empty()).then_some(Quant {
                    scale,
                    zero_point,
                    axis: q.quantized_dimension().max(0) as usize,
                })
            });
            if let Some(q) = &quant {
                if q.zero_point.len() != q.scale.len() {
                    return Err(malformed(format!(
                        "tensor {i} ('{name}'): {} scales but {} zero points",
                        q.scale.len(),
                        q.zero_point.len()
                    )));
                }
            }
            let b = t.buffer() as usize;
            if b >= buffers.len() {
                return Err(malformed(format!(
                    "tensor {i} ('{name}') refers to buffer {b} of {}",
                    buffers.len()
                )));
            }
            let data = buffers
                .get(b)
                .data()
                .filter(|d| !d.is_empty())
                .map(|d| d.bytes().to_vec());
            let shape: Vec<usize> = shape.iter().map(|&d| d as usize).collect();
            if shape
                .iter()
                .try_fold(1usize, |n, &d| n.checked_mul(d).filter(|&n| n <= 1 << 31))
                .is_none()
            {
                return Err(malformed(format!(
                    "tensor {i} ('{name}') has more than 2^31 elements: {shape:?}"
                )));
            }
            let tensor = Tensor {
                name,
                shape,
                dtype,
                quant,
                data,
            };
            if let (Some(d), Some(width)) = (&tensor.data, element_bytes(&tensor.dtype)) {
                if d.len() != width * tensor.numel() {
                    return Err(malformed(format!(
                        "tensor {i} ('{}'): {} bytes of data for shape {:?}",
                        tensor.name,
                        d.len(),
                        tensor.shape
                    )));
                }
            }
            tensors.push(tensor);
        }
        let n_tensors = tensors.len();
        let index = |v: i32, what: &str| -> Result<usize, CompileError> {
            usize::try_from(v)
                .ok()
                .filter(|&v| v < n_tensors)
                .ok_or_else(|| malformed(format!("{what} refers to tensor {v} of {n_tensors}")))
        };
        let list = |v: Vec<i32>, what: &str| -> Result<Vec<usize>, CompileError> {
            v.into_iter().map(|x| index(x, what)).collect()
        };
        let inputs = list(ints(sg.inputs()), "the model's inputs")?;
        let outputs = list(ints(sg.outputs()), "the model's outputs")?;
        let mut ops = Vec::new();
        for (i, op) in sg.operators().into_iter().flatten().enumerate() {
            let code_index = op.opcode_index() as usize;
            if code_index >= opcodes.len() {
                return Err(malformed(format!(
                    "operator {i} refers to operator code {code_index} of {}",
                    opcodes.len()
                )));
            }
            let code = opcodes.get(code_index);
            // Codes above 127 live in `builtin_code`; older files hold them in the deprecated
            // byte only: the larger of the two is the operator.
            let builtin = tflite::BuiltinOperator(
                code.builtin_code()
                    .0
                    .max(code.deprecated_builtin_code() as i32),
            );
            let name = if builtin == tflite::BuiltinOperator::CUSTOM {
                format!("CUSTOM '{}'", code.custom_code().unwrap_or(""))
            } else {
                schema_name(builtin.variant_name(), "builtin operator", builtin.0)
            };
            let what = format!("operator {i} ({name})");
            let mut op_inputs = Vec::new();
            for x in ints(op.inputs()) {
                op_inputs.push(if x < 0 { None } else { Some(index(x, &what)?) });
            }
            let op_outputs = list(ints(op.outputs()), &what)?;
            let kind = match builtin {
                tflite::BuiltinOperator::FULLY_CONNECTED => {
                    let o = op.builtin_options_as_fully_connected_options();
                    OpKind::FullyConnected {
                        activation: o
                            .map(|o| activation(o.fused_activation_function()))
                            .unwrap_or(Activation::None),
                        default_weights: o.is_none_or(|o| {
                            o.weights_format()
                                == tflite::FullyConnectedOptionsWeightsFormat::DEFAULT
                        }),
                    }
                }
                tflite::BuiltinOperator::RESHAPE
                | tflite::BuiltinOperator::SQUEEZE
                | tflite::BuiltinOperator::EXPAND_DIMS => OpKind::Reshape,
                _ => OpKind::Other,
            };
            ops.push(Op {
                index: i,
                name,
                kind,
                inputs: op_inputs,
                outputs: op_outputs,
            });
        }
        Ok(Graph {
            tensors,
            ops,
            inputs,
            outputs,
        })
    }
}

/// Bytes per element of the types whose constant data the mapping reads.
/// An optional list of tensor indices as a vector (absent: empty).
fn ints<I: IntoIterator<Item = i32>>(v: Option<I>) -> Vec<i32> {
    v.map(|v| v.into_iter().collect()).unwrap_or_default()
}

fn element_bytes(d: &DType) -> Option<usize> {
    match d {
        DType::Int8 => Some(1),
        DType::Int32 => Some(4),
        DType::Other(_) => None,
    }
}

/// An enum value's name in the schema, or `what N` for a value newer than the schema tract
/// ships.
fn schema_name(name: Option<&str>, what: &str, code: i32) -> String {
    name.map_or_else(|| format!("{what} {code}"), str::to_string)
}

fn activation(a: tflite::ActivationFunctionType) -> Activation {
    match a {
        tflite::ActivationFunctionType::NONE => Activation::None,
        tflite::ActivationFunctionType::RELU => Activation::Relu,
        tflite::ActivationFunctionType::RELU6 => Activation::Relu6,
        tflite::ActivationFunctionType::RELU_N1_TO_1 => Activation::ReluN1To1,
        other => Activation::Other(schema_name(
            other.variant_name(),
            "activation",
            other.0 as i32,
        )),
    }
}
