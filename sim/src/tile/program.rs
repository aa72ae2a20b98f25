//! The program builder: places a quantized network in a tile's SRAMs and emits its instructions.
//!
//! Layout: weights group after group from word 0, parameters from entry 0, all input vectors at
//! activation byte 0, then each layer's outputs for all vectors after the previous region, so the
//! next layer reads them in place (weight-stationary, activations never leave the tile). Vectors
//! are processed in batches of up to `max_batch`; each batch reuses every weight read.

use super::config::TileConfig;
use super::isa::{HostMem, HostWrite, Instr, Layer, TileProgram};
use crate::tflite::{FcLayer, VectorCase};

/// Where a built network keeps its results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NetworkPlacement {
    /// Activation address of each layer's outputs (`vectors × n`, vector-major).
    pub layer_outputs: Vec<usize>,
    /// Vectors.
    pub vectors: usize,
    /// Outputs per vector of each layer.
    pub layer_n: Vec<usize>,
    /// Number of FC instructions per layer.
    pub fc_per_layer: Vec<usize>,
}

impl NetworkPlacement {
    /// Activation address and length of the last layer's outputs.
    pub fn output_range(&self) -> (usize, usize) {
        let last = self.layer_outputs.len() - 1;
        (self.layer_outputs[last], self.vectors * self.layer_n[last])
    }
}

/// One int8 FC layer as the tile takes it (docs/tile.md §5, §6): the input zero point already
/// folded into the bias.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TileFc {
    /// Inputs per vector.
    pub k: usize,
    /// Outputs per vector.
    pub n: usize,
    /// `n` rows of `k` weights, row-major.
    pub w: Vec<i8>,
    /// Per-channel bias with `− zp_in · Σ_k W[n][k]` folded in (wrapping int32).
    pub bias: Vec<i32>,
    /// Per-channel requantization multipliers.
    pub mult: Vec<i32>,
    /// Per-channel TFLite shifts (−32..31).
    pub shift: Vec<i8>,
    /// Clamp at the output zero point.
    pub relu: bool,
    /// Output zero point.
    pub zp_out: i8,
}

impl TileFc {
    /// The bias the tile needs for inputs with zero point `zp_in` (docs/tile.md §5): `bias −
    /// zp_in · Σ_k W[n][k]`, exact in wrapping int32 as the interpreter's int32 accumulator is.
    pub fn fold_bias(bias: &[i64], w: &[i8], k: usize, zp_in: i32) -> Vec<i32> {
        bias.iter()
            .enumerate()
            .map(|(ch, &b)| {
                let wsum: i64 = w[ch * k..(ch + 1) * k].iter().map(|&x| x as i64).sum();
                (b - zp_in as i64 * wsum) as i32
            })
            .collect()
    }

    /// A vector file's layer.
    pub fn from_layer(layer: &FcLayer) -> TileFc {
        let w: Vec<i8> = layer.w.iter().flatten().map(|&x| x as i8).collect();
        TileFc {
            k: layer.k,
            n: layer.n,
            bias: Self::fold_bias(&layer.bias, &w, layer.k, layer.x_zero_point),
            w,
            mult: layer.multipliers.iter().map(|&m| m as i32).collect(),
            shift: layer.shifts.iter().map(|&s| s as i8).collect(),
            relu: layer.relu(),
            zp_out: layer.output_zero_point as i8,
        }
    }

    /// Weight words the layer occupies: `ceil(N/L)·K` (§5).
    pub fn weight_words(&self, lanes: usize) -> usize {
        self.n.div_ceil(lanes) * self.k
    }

    /// Host writes that put the weights at word `w_base` in §5's group layout and the bias,
    /// multiplier and shift at parameter entry `p_base`. Every weight byte of an active lane is
    /// written, zeros included: SRAM starts undefined on hardware (§2).
    pub fn placement_writes(&self, lanes: usize, w_base: usize, p_base: usize) -> Vec<HostWrite> {
        let (k, n) = (self.k, self.n);
        let mut out = Vec::with_capacity(n * k + 3 * n);
        for g in 0..n.div_ceil(lanes) {
            for kk in 0..k {
                for lane in 0..lanes.min(n - g * lanes) {
                    out.push(HostWrite {
                        sel: HostMem::Weight as u8,
                        addr: ((w_base + g * k + kk) * lanes + lane) as u16,
                        data: self.w[(g * lanes + lane) * k + kk] as u8 as u32,
                    });
                }
            }
        }
        for ch in 0..n {
            let p = (p_base + ch) as u16;
            out.push(HostWrite {
                sel: HostMem::Bias as u8,
                addr: p,
                data: self.bias[ch] as u32,
            });
            out.push(HostWrite {
                sel: HostMem::Mult as u8,
                addr: p,
                data: self.mult[ch] as u32,
            });
            out.push(HostWrite {
                sel: HostMem::Shift as u8,
                addr: p,
                data: self.shift[ch] as u8 as u32 & 0x3F,
            });
        }
        out
    }

    /// The instructions that run the layer on `vectors` vectors at `x_base` into `y_base`, in
    /// batches of up to `max_batch`: a `SETL` whenever the batch size changes, then one `FC`
    /// per batch.
    pub fn instructions(
        &self,
        max_batch: usize,
        p_base: usize,
        w_base: usize,
        x_base: usize,
        y_base: usize,
        vectors: usize,
    ) -> Vec<u64> {
        let mut out = Vec::new();
        let mut batch_in_force = None;
        for first in (0..vectors).step_by(max_batch) {
            let b = max_batch.min(vectors - first);
            if batch_in_force != Some(b) {
                out.push(
                    Instr::SetLayer(Layer {
                        k: self.k as u16,
                        n: self.n as u16,
                        b: b as u8,
                        relu: self.relu,
                        zp_out: self.zp_out,
                        p_base: p_base as u16,
                    })
                    .encode(),
                );
                batch_in_force = Some(b);
            }
            out.push(
                Instr::Fc {
                    w_base: w_base as u16,
                    x_base: (x_base + first * self.k) as u16,
                    y_base: (y_base + first * self.n) as u16,
                }
                .encode(),
            );
        }
        out
    }
}

/// [`build`]'s work, its error a message.
fn build_text(
    case: &VectorCase,
    config: &TileConfig,
) -> Result<(TileProgram, NetworkPlacement), String> {
    let lanes = config.lanes();
    let vectors = case.inputs.len();
    let mut program = TileProgram::default();
    let mut placement = NetworkPlacement {
        layer_outputs: Vec::new(),
        vectors,
        layer_n: Vec::new(),
        fc_per_layer: Vec::new(),
    };
    let k0 = case.layers[0].k;
    for (v, x) in case.inputs.iter().enumerate() {
        for (i, &value) in x.iter().enumerate() {
            program.data.push(HostWrite {
                sel: HostMem::Act as u8,
                addr: (v * k0 + i) as u16,
                data: value as u32,
            });
        }
    }
    let (mut w_next, mut p_next, mut a_in, mut a_next) = (0usize, 0usize, 0usize, vectors * k0);
    for (li, layer) in case.layers.iter().enumerate() {
        let fc = TileFc::from_layer(layer);
        let (k, n) = (fc.k, fc.n);
        let need = |what: &str, used: usize, have: usize| {
            if used > have {
                Err(format!(
                    "{}: layer {li} ({k}x{n}) needs {used} {what}, {} has {have}",
                    case.name,
                    config.tag()
                ))
            } else {
                Ok(())
            }
        };
        need(
            "weight words",
            w_next + fc.weight_words(lanes),
            config.weight_words(),
        )?;
        need("parameter entries", p_next + n, config.param_entries())?;
        need("activation bytes", a_next + vectors * n, config.act_bytes())?;
        if k > 4095 || n > 4095 {
            return Err(format!(
                "{}: layer {li} is larger than SETL's 12-bit fields",
                case.name
            ));
        }
        program
            .data
            .extend(fc.placement_writes(lanes, w_next, p_next));
        let instrs = fc.instructions(config.max_batch(), p_next, w_next, a_in, a_next, vectors);
        placement.fc_per_layer.push(
            instrs
                .iter()
                .filter(|&&w| matches!(Instr::decode(w), Some(Instr::Fc { .. })))
                .count(),
        );
        program.instrs.extend(instrs);
        placement.layer_outputs.push(a_next);
        placement.layer_n.push(n);
        w_next += fc.weight_words(lanes);
        p_next += n;
        a_in = a_next;
        a_next += vectors * n;
    }
    program.instrs.push(Instr::Halt.encode());
    if program.instrs.len() > config.instr_words() {
        return Err(format!(
            "{}: program has {} instructions, {} holds {}",
            case.name,
            program.instrs.len(),
            config.tag(),
            config.instr_words()
        ));
    }
    Ok((program, placement))
}

/// Builds the program for `case` on `config`, or says what does not fit.
///
/// # Errors
/// [`crate::SimError::DoesNotFit`], naming what and where.
pub fn build(
    case: &VectorCase,
    config: &TileConfig,
) -> Result<(TileProgram, NetworkPlacement), crate::SimError> {
    build_text(case, config).map_err(crate::SimError::DoesNotFit)
}

/// [`check_outputs`]'s work, its error a message.
fn check_outputs_text(
    case: &VectorCase,
    placement: &NetworkPlacement,
    act: &[i8],
) -> Result<(), String> {
    let (base, _) = placement.output_range();
    let n = *placement.layer_n.last().expect("at least one layer");
    for (v, expected) in case.outputs.iter().enumerate() {
        for (i, &e) in expected.iter().enumerate() {
            let got = act[base + v * n + i] as i32;
            if got != e {
                return Err(format!(
                    "{}: vector {v} element {i}: tile {got}, expected {e}",
                    case.name
                ));
            }
        }
    }
    Ok(())
}

/// Compares a tile's output bytes with the case's expected outputs; names the first difference.
///
/// # Errors
/// [`crate::SimError::Mismatch`], naming what and where.
pub fn check_outputs(
    case: &VectorCase,
    placement: &NetworkPlacement,
    act: &[i8],
) -> Result<(), crate::SimError> {
    check_outputs_text(case, placement, act).map_err(crate::SimError::Mismatch)
}

/// Cycles one instruction costs from its fetch to the next fetch (docs/tile.md §8): fetch,
/// latch and decode (3), a SETL's Settle (`S`), an FC's check (1) and execution. `regs` holds
/// the layer registers in force and is updated by a SETL. The model's own timing formula
/// ([`super::model::plan_fc`]), so per-layer splits add up to the counted total.
pub fn instruction_cycles(config: &TileConfig, regs: &mut Layer, word: u64) -> u64 {
    3 + match Instr::decode(word) {
        Some(Instr::SetLayer(l)) => {
            *regs = l;
            config.settle_cycles() as u64
        }
        Some(Instr::Fc {
            w_base,
            x_base,
            y_base,
        }) => {
            1 + super::model::plan_fc(config, *regs, w_base, x_base, y_base)
                .map(|p| p.exec_cycles as u64)
                .unwrap_or(0)
        }
        _ => 0,
    }
}

/// Cycles per layer of a built network ([`instruction_cycles`] summed over each layer's
/// instructions).
pub fn layer_cycles(
    config: &TileConfig,
    program: &super::TileProgram,
    placement: &NetworkPlacement,
) -> Vec<u64> {
    let mut per_layer = vec![0u64; placement.layer_n.len()];
    let (mut layer, mut fcs_in_layer, mut regs) = (0usize, 0usize, Layer::default());
    for word in &program.instrs {
        let cost = instruction_cycles(config, &mut regs, *word);
        if layer < per_layer.len() {
            per_layer[layer] += cost;
            if matches!(Instr::decode(*word), Some(Instr::Fc { .. })) {
                fcs_in_layer += 1;
                if fcs_in_layer == placement.fc_per_layer[layer] {
                    layer += 1;
                    fcs_in_layer = 0;
                }
            }
        }
    }
    per_layer
}
