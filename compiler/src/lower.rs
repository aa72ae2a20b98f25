//! Mapping a graph onto one tile (docs/compiler.md §4).
//!
//! Every operator becomes tile instructions or nothing: `FULLY_CONNECTED` is one layer of
//! `SETL`/`FC` instructions (docs/tile.md §5), `RESHAPE`/`SQUEEZE`/`EXPAND_DIMS` rename the
//! bytes they are given. Weights go to the weight SRAM in order of first use (a weight tensor
//! used twice is placed once), parameters likewise; activations live in the activation SRAM
//! from the operator that writes them to the last one that reads them, placed first-fit, so a
//! layer's input and output never overlap (§7's `OVERLAP`) and memory is reused. Anything the
//! tile cannot compute bit-exactly is refused with the operator's index and the reason.

use crate::model::{DType, Graph, OpKind, Tensor};
use crate::npz::{Array, Data};
use crate::quant;
use crate::CompileError;
use sim::tile::isa::{HostMem, HostWrite};
use sim::tile::program::{instruction_cycles, TileFc};
use sim::tile::{Instr, Layer, TileConfig, TileProgram};
use std::ops::Range;

/// A model input or output: where its bytes live in the activation SRAM.
#[derive(Clone, Debug, PartialEq)]
pub struct IoTensor {
    /// Tensor name.
    pub name: String,
    /// Dimensions.
    pub shape: Vec<usize>,
    /// First activation byte.
    pub addr: usize,
    /// Bytes (elements: int8).
    pub len: usize,
    /// Quantization scale.
    pub scale: f32,
    /// Quantization zero point.
    pub zero_point: i64,
}

/// One operator as mapped: its instructions and what they cost (docs/tile.md §8).
#[derive(Clone, Debug, PartialEq)]
pub struct LayerPlan {
    /// Operator index.
    pub op: usize,
    /// Operator name.
    pub name: String,
    /// Its output tensor's name.
    pub output: String,
    /// Inputs per vector.
    pub k: usize,
    /// Outputs per vector.
    pub n: usize,
    /// Vectors.
    pub vectors: usize,
    /// Its instructions' indices in the program.
    pub instrs: Range<usize>,
    /// Cycles from its first instruction's fetch to the next layer's.
    pub cycles: u64,
    /// Useful int8 MACs.
    pub macs: u64,
    /// Weight-SRAM bytes read (words × lanes).
    pub weight_bytes_read: u64,
    /// Activation-SRAM bytes read by the engine.
    pub act_bytes_read: u64,
    /// Activation-SRAM bytes written by the engine.
    pub act_bytes_written: u64,
    /// Parameter-SRAM entries read.
    pub param_reads: u64,
}

/// How much of each tile memory a compiled model uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct SramUse {
    /// Weight words.
    pub weight_words: usize,
    /// Parameter entries.
    pub param_entries: usize,
    /// Activation bytes at the peak.
    pub act_bytes: usize,
    /// Instruction words.
    pub instrs: usize,
}

/// A model mapped onto a tile configuration.
#[derive(Clone, Debug)]
pub struct Compiled {
    /// The configuration it was mapped for.
    pub config: TileConfig,
    /// Weights, parameters and instructions (inputs are added by [`Compiled::program_with`]).
    pub program: TileProgram,
    /// The model's inputs.
    pub inputs: Vec<IoTensor>,
    /// The model's outputs.
    pub outputs: Vec<IoTensor>,
    /// Operators that run on the tile, in order.
    pub layers: Vec<LayerPlan>,
    /// Memory used.
    pub sram: SramUse,
}

/// Operator-level refusal.
fn refuse(graph: &Graph, op: usize, reason: impl Into<String>) -> CompileError {
    CompileError::Unsupported {
        index: graph.ops[op].index,
        op: graph.ops[op].name.clone(),
        reason: reason.into(),
    }
}

/// First-fit allocator over the activation SRAM's byte addresses.
#[derive(Default)]
struct ActAlloc {
    /// Live regions, sorted by start.
    live: Vec<(usize, usize, usize)>, // (start, len, storage)
    peak: usize,
}

impl ActAlloc {
    fn alloc(&mut self, len: usize, storage: usize) -> usize {
        let mut at = 0;
        let mut slot = self.live.len();
        for (i, &(start, l, _)) in self.live.iter().enumerate() {
            if start >= at + len {
                slot = i;
                break;
            }
            at = at.max(start + l);
        }
        self.live.insert(slot, (at, len, storage));
        self.peak = self.peak.max(at + len);
        at
    }

    fn free(&mut self, storage: usize) {
        self.live.retain(|&(_, _, s)| s != storage);
    }
}

/// Checks an int8 activation tensor (not a constant) and returns its scale and zero point.
fn int8_activation(
    graph: &Graph,
    op: usize,
    t: &Tensor,
    role: &str,
) -> Result<(f32, i32), CompileError> {
    if t.dtype != DType::Int8 {
        return Err(refuse(
            graph,
            op,
            format!(
                "{role} '{}' is {}: the tile computes on int8",
                t.name,
                t.dtype.name()
            ),
        ));
    }
    match t.per_tensor() {
        Some((s, zp)) if s > 0.0 && s.is_finite() && (-128..=127).contains(&zp) => {
            Ok((s, zp as i32))
        }
        Some(_) => Err(refuse(
            graph,
            op,
            format!("{role} '{}' has an invalid scale or zero point", t.name),
        )),
        None => Err(refuse(
            graph,
            op,
            format!("{role} '{}' is not quantized per tensor", t.name),
        )),
    }
}

/// One FULLY_CONNECTED operator as the tile takes it, or why not.
fn fully_connected(
    graph: &Graph,
    op: usize,
    activation: &crate::model::Activation,
    default_weights: bool,
) -> Result<(TileFc, usize), CompileError> {
    let o = &graph.ops[op];
    if !default_weights {
        return Err(refuse(graph, op, "shuffled weight layout"));
    }
    if o.inputs.len() < 2 || o.outputs.len() != 1 {
        return Err(refuse(
            graph,
            op,
            "expects input, weights, optional bias and one output",
        ));
    }
    let x = &graph.tensors[o.inputs[0].ok_or_else(|| refuse(graph, op, "no input tensor"))?];
    let w = &graph.tensors[o.inputs[1].ok_or_else(|| refuse(graph, op, "no weight tensor"))?];
    let y = &graph.tensors[o.outputs[0]];
    if x.data.is_some() {
        return Err(refuse(
            graph,
            op,
            format!("input '{}' is a constant", x.name),
        ));
    }
    let (s_x, zp_x) = int8_activation(graph, op, x, "input")?;
    let (s_y, zp_y) = int8_activation(graph, op, y, "output")?;
    let weights = w.const_i8().ok_or_else(|| {
        refuse(
            graph,
            op,
            format!(
                "weights '{}' are not a constant int8 tensor ({}{}): products of two activations need BATCH_MATMUL on the tile",
                w.name,
                w.dtype.name(),
                if w.data.is_some() { "" } else { ", computed at run time" }
            ),
        )
    })?;
    if w.shape.len() != 2 {
        return Err(refuse(
            graph,
            op,
            format!("weights '{}' have shape {:?}, not [N, K]", w.name, w.shape),
        ));
    }
    let (n, k) = (w.shape[0], w.shape[1]);
    if n == 0 || k == 0 || !x.numel().is_multiple_of(k) || x.numel() == 0 {
        return Err(refuse(
            graph,
            op,
            format!(
                "input shape {:?} is not a whole number of {k}-element rows",
                x.shape
            ),
        ));
    }
    let vectors = x.numel() / k;
    if y.numel() != vectors * n {
        return Err(refuse(
            graph,
            op,
            format!("output shape {:?} is not {vectors} rows of {n}", y.shape),
        ));
    }
    if k > 4095 || n > 4095 {
        return Err(refuse(
            graph,
            op,
            format!("{k}x{n} is larger than SETL's 12-bit K and N (4095)"),
        ));
    }
    let q = w
        .quant
        .as_ref()
        .ok_or_else(|| refuse(graph, op, format!("weights '{}' are not quantized", w.name)))?;
    let per_channel = q.scale.len() > 1;
    if per_channel && (q.scale.len() != n || q.axis != 0) {
        return Err(refuse(
            graph,
            op,
            format!(
                "weights '{}': {} scales along axis {}, expected 1 or {n} along axis 0",
                w.name,
                q.scale.len(),
                q.axis
            ),
        ));
    }
    if q.zero_point.iter().any(|&z| z != 0) {
        return Err(refuse(graph, op, format!("weights '{}' have a non-zero zero point (the tile multiplies symmetric int8 weights)", w.name)));
    }
    let bias: Vec<i64> = match o.inputs.get(2).copied().flatten() {
        None => vec![0; n],
        Some(b) => {
            let b = &graph.tensors[b];
            let v = b.const_i32().ok_or_else(|| {
                refuse(
                    graph,
                    op,
                    format!(
                        "bias '{}' is not a constant int32 tensor ({})",
                        b.name,
                        b.dtype.name()
                    ),
                )
            })?;
            if v.len() != n {
                return Err(refuse(
                    graph,
                    op,
                    format!("bias '{}' has {} elements for {n} outputs", b.name, v.len()),
                ));
            }
            v.into_iter().map(i64::from).collect()
        }
    };
    let (lo, hi) = quant::activation_range(activation, s_y, zp_y)
        .ok_or_else(|| refuse(graph, op, format!("fused activation {activation:?}")))?;
    let relu = match (lo, hi) {
        (-128, 127) => false,
        (lo, 127) if lo == zp_y => true,
        _ => {
            return Err(refuse(
                graph,
                op,
                format!("fused {activation:?} clamps to [{lo}, {hi}]; the tile clamps to [-128 or the zero point, 127]"),
            ))
        }
    };
    let mut mult = Vec::with_capacity(n);
    let mut shift = Vec::with_capacity(n);
    for ch in 0..n {
        let s_w = q.scale[if per_channel { ch } else { 0 }];
        let (m, s) =
            quant::quantize_multiplier(quant::fc_effective_scale(s_x, s_w, s_y, per_channel));
        if !(-32..=31).contains(&s) {
            return Err(refuse(
                graph,
                op,
                format!("channel {ch}: requantization shift {s} is outside the tile's -32..31"),
            ));
        }
        mult.push(m);
        shift.push(s as i8);
    }
    Ok((
        TileFc {
            k,
            n,
            bias: TileFc::fold_bias(&bias, &weights, k, zp_x),
            w: weights,
            mult,
            shift,
            relu,
            zp_out: zp_y as i8,
        },
        vectors,
    ))
}

/// Maps `graph` onto a tile of configuration `config`.
///
/// # Errors
/// [`CompileError::Unsupported`] for the first operator the tile cannot compute exactly,
/// [`CompileError::Inputs`] for model inputs or outputs that are not int8,
/// [`CompileError::DoesNotFit`] naming the memory and the bytes needed.
pub fn compile(graph: &Graph, config: &TileConfig) -> Result<Compiled, CompileError> {
    let io_tensor = |t: usize, role: &str| -> Result<IoTensor, CompileError> {
        let tensor = &graph.tensors[t];
        let bad =
            |why: String| CompileError::Inputs(format!("model {role} '{}' {why}", tensor.name));
        if tensor.dtype != DType::Int8 {
            return Err(bad(format!(
                "is {}: the tile exchanges int8 tensors (convert with inference_input_type and inference_output_type tf.int8)",
                tensor.dtype.name()
            )));
        }
        let (scale, zero_point) = tensor
            .per_tensor()
            .ok_or_else(|| bad("is not quantized per tensor".into()))?;
        Ok(IoTensor {
            name: tensor.name.clone(),
            shape: tensor.shape.clone(),
            addr: 0,
            len: tensor.numel(),
            scale,
            zero_point,
        })
    };
    let mut inputs = graph
        .inputs
        .iter()
        .map(|&t| io_tensor(t, "input"))
        .collect::<Result<Vec<_>, _>>()?;
    let mut outputs = graph
        .outputs
        .iter()
        .map(|&t| io_tensor(t, "output"))
        .collect::<Result<Vec<_>, _>>()?;

    // Storage: a tensor's bytes, shared by the tensors a reshape renames.
    let mut storage: Vec<usize> = (0..graph.tensors.len()).collect();
    for (i, o) in graph.ops.iter().enumerate() {
        match &o.kind {
            OpKind::FullyConnected { .. } => {}
            OpKind::Reshape => {
                let x = o
                    .inputs
                    .first()
                    .copied()
                    .flatten()
                    .ok_or_else(|| refuse(graph, i, "no input tensor"))?;
                let &[y] = o.outputs.as_slice() else {
                    return Err(refuse(graph, i, "expects one output"));
                };
                let (tx, ty) = (&graph.tensors[x], &graph.tensors[y]);
                if tx.data.is_some() {
                    return Err(refuse(
                        graph,
                        i,
                        format!("input '{}' is a constant", tx.name),
                    ));
                }
                if tx.dtype != DType::Int8 || ty.dtype != DType::Int8 || tx.numel() != ty.numel() {
                    return Err(refuse(
                        graph,
                        i,
                        format!(
                            "reshapes {} {:?} into {} {:?}: only int8 tensors of equal size",
                            tx.dtype.name(),
                            tx.shape,
                            ty.dtype.name(),
                            ty.shape
                        ),
                    ));
                }
                storage[y] = storage[x];
            }
            OpKind::Other => {
                return Err(refuse(graph, i, "not supported by the tile"));
            }
        }
    }
    // Lifetimes: the last operator reading each storage; model outputs live to the end.
    let mut last_use = vec![None::<usize>; graph.tensors.len()];
    for (i, o) in graph.ops.iter().enumerate() {
        for t in o.inputs.iter().flatten() {
            if graph.tensors[*t].data.is_none() {
                last_use[storage[*t]] = Some(i);
            }
        }
    }
    for &t in &graph.outputs {
        last_use[storage[t]] = Some(usize::MAX);
    }

    let mut act = ActAlloc::default();
    let mut addr = vec![None::<usize>; graph.tensors.len()];
    for (io, &t) in inputs.iter_mut().zip(&graph.inputs) {
        let s = storage[t];
        if addr[s].is_none() {
            addr[s] = Some(act.alloc(io.len, s));
        }
    }
    let lanes = config.lanes();
    let mut program = TileProgram::default();
    let mut layers = Vec::new();
    let mut placed_weights: Vec<(usize, usize)> = Vec::new(); // (weight tensor, word)
    let (mut w_next, mut p_next) = (0usize, 0usize);
    for (i, o) in graph.ops.iter().enumerate() {
        if let OpKind::FullyConnected {
            activation,
            default_weights,
        } = &o.kind
        {
            let (fc, vectors) = fully_connected(graph, i, activation, *default_weights)?;
            let x = storage[o.inputs[0].expect("checked")];
            let y = storage[o.outputs[0]];
            let x_base =
                addr[x].ok_or_else(|| refuse(graph, i, "reads a tensor no operator wrote"))?;
            let y_base = act.alloc(vectors * fc.n, y);
            addr[y] = Some(y_base);
            let w_tensor = o.inputs[1].expect("checked");
            let (w_base, new_weights) = match placed_weights.iter().find(|(t, _)| *t == w_tensor) {
                Some(&(_, word)) => (word, false),
                None => {
                    placed_weights.push((w_tensor, w_next));
                    w_next += fc.weight_words(lanes);
                    (w_next - fc.weight_words(lanes), true)
                }
            };
            let mut writes = fc.placement_writes(lanes, w_base, p_next);
            if !new_weights {
                writes.retain(|w| w.sel != HostMem::Weight as u8);
            }
            program.data.extend(writes);
            let first = program.instrs.len();
            program.instrs.extend(fc.instructions(
                config.max_batch(),
                p_next,
                w_base,
                x_base,
                y_base,
                vectors,
            ));
            let groups = fc.n.div_ceil(lanes) as u64;
            let (k, n, v) = (fc.k as u64, fc.n as u64, vectors as u64);
            let fcs = vectors.div_ceil(config.max_batch()) as u64;
            layers.push(LayerPlan {
                op: o.index,
                name: o.name.clone(),
                output: graph.tensors[o.outputs[0]].name.clone(),
                k: fc.k,
                n: fc.n,
                vectors,
                instrs: first..program.instrs.len(),
                cycles: 0,
                macs: k * n * v,
                weight_bytes_read: fcs * groups * k * lanes as u64,
                act_bytes_read: v * k * groups,
                act_bytes_written: v * n,
                param_reads: v * n,
            });
            p_next += fc.n;
        }
        // Free what this operator read last, and what it wrote that nothing reads.
        for t in o.inputs.iter().flatten() {
            if last_use[storage[*t]] == Some(i) {
                act.free(storage[*t]);
            }
        }
        for &t in &o.outputs {
            if last_use[storage[t]].is_none() {
                act.free(storage[t]);
            }
        }
    }
    program.instrs.push(Instr::Halt.encode());
    for (io, &t) in inputs.iter_mut().zip(&graph.inputs) {
        io.addr = addr[storage[t]].expect("inputs are placed first");
    }
    for (io, &t) in outputs.iter_mut().zip(&graph.outputs) {
        io.addr = addr[storage[t]].ok_or_else(|| {
            CompileError::Inputs(format!(
                "model output '{}' is written by no operator",
                io.name
            ))
        })?;
    }
    let sram = SramUse {
        weight_words: w_next,
        param_entries: p_next,
        act_bytes: act.peak,
        instrs: program.instrs.len(),
    };
    fits(config, &sram)?;
    // Cycles per layer from the spec's timing formula; the HALT's three go to the last layer.
    let mut regs = Layer::default();
    let costs: Vec<u64> = program
        .instrs
        .iter()
        .map(|&w| instruction_cycles(config, &mut regs, w))
        .collect();
    let n_layers = layers.len();
    for (li, l) in layers.iter_mut().enumerate() {
        let end = if li + 1 == n_layers {
            costs.len()
        } else {
            l.instrs.end
        };
        l.cycles = costs[l.instrs.start..end].iter().sum();
    }
    Ok(Compiled {
        config: *config,
        program,
        inputs,
        outputs,
        layers,
        sram,
    })
}

/// Refuses a model that needs more of a memory than the configuration has.
fn fits(config: &TileConfig, used: &SramUse) -> Result<(), CompileError> {
    let lanes = config.lanes();
    let over = |what: String| {
        Err(CompileError::DoesNotFit(format!(
            "{what} ({})",
            config.tag()
        )))
    };
    if used.weight_words > config.weight_words() {
        return over(format!(
            "weight SRAM: the model needs {} bytes ({} words of {lanes} lanes), the tile has {}",
            used.weight_words * lanes,
            used.weight_words,
            config.weight_words() * lanes
        ));
    }
    if used.act_bytes > config.act_bytes() {
        return over(format!(
            "activation SRAM: the model needs {} bytes at its peak, the tile has {}",
            used.act_bytes,
            config.act_bytes()
        ));
    }
    if used.param_entries > config.param_entries() {
        return over(format!(
            "parameter SRAM: the model needs {} entries (one per output channel), the tile has {}",
            used.param_entries,
            config.param_entries()
        ));
    }
    if used.instrs > config.instr_words() {
        return over(format!(
            "instruction memory: the program has {} instructions, the tile holds {}",
            used.instrs,
            config.instr_words()
        ));
    }
    Ok(())
}

impl Compiled {
    /// The program with the given input tensors written into the activation SRAM. A single
    /// array read from a `.npy` file (`from_npy`) stands for a model with one input whatever
    /// its name.
    ///
    /// # Errors
    /// [`CompileError::Inputs`] naming the missing, extra or mismatched array.
    pub fn program_with(
        &self,
        arrays: &[Array],
        from_npy: bool,
    ) -> Result<TileProgram, CompileError> {
        let names = |v: &mut dyn Iterator<Item = &str>| {
            v.map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", ")
        };
        let lone = from_npy && arrays.len() == 1 && self.inputs.len() == 1;
        for a in arrays {
            if !lone && !self.inputs.iter().any(|i| i.name == a.name) {
                return Err(CompileError::Inputs(format!(
                    "array '{}' is not an input of the model (its inputs: {})",
                    a.name,
                    names(&mut self.inputs.iter().map(|i| i.name.as_str()))
                )));
            }
        }
        let mut program = TileProgram::default();
        for input in &self.inputs {
            let a = if lone {
                &arrays[0]
            } else {
                arrays
                    .iter()
                    .find(|a| a.name == input.name)
                    .ok_or_else(|| {
                        CompileError::Inputs(format!(
                            "no array '{}' for the model's input (arrays given: {})",
                            input.name,
                            names(&mut arrays.iter().map(|a| a.name.as_str()))
                        ))
                    })?
            };
            let Data::I8(values) = &a.data else {
                return Err(CompileError::Inputs(format!(
                    "input '{}' is {}, the model takes INT8",
                    input.name,
                    a.data.type_name()
                )));
            };
            if a.shape != input.shape {
                return Err(CompileError::Inputs(format!(
                    "input '{}' has shape {:?}, the model takes {:?}",
                    input.name, a.shape, input.shape
                )));
            }
            for (i, &v) in values.iter().enumerate() {
                program.data.push(HostWrite {
                    sel: HostMem::Act as u8,
                    addr: (input.addr + i) as u16,
                    data: v as u8 as u32,
                });
            }
        }
        program.data.extend(self.program.data.iter().copied());
        program.instrs = self.program.instrs.clone();
        Ok(program)
    }

    /// The model's outputs, read from the activation SRAM's contents after a run.
    pub fn read_outputs(&self, act: &[i8]) -> Vec<Array> {
        self.outputs
            .iter()
            .map(|o| Array {
                name: o.name.clone(),
                shape: o.shape.clone(),
                data: Data::I8(act[o.addr..o.addr + o.len].to_vec()),
            })
            .collect()
    }
}
