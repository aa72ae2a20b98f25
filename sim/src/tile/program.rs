//! The program builder: places a quantized network in a tile's SRAMs and emits its instructions.
//!
//! Layout: weights group after group from word 0, parameters from entry 0, all input vectors at
//! activation byte 0, then each layer's outputs for all vectors after the previous region, so the
//! next layer reads them in place (weight-stationary, activations never leave the tile). Vectors
//! are processed in batches of up to `max_batch`; each batch reuses every weight read.

use super::config::TileConfig;
use super::isa::{HostMem, HostWrite, Instr, Layer, TileProgram};
use crate::tflite::VectorCase;

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
        let (k, n) = (layer.k, layer.n);
        let groups = n.div_ceil(lanes);
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
        need("weight words", w_next + groups * k, config.weight_words())?;
        need("parameter entries", p_next + n, config.param_entries())?;
        need("activation bytes", a_next + vectors * n, config.act_bytes())?;
        if k > 4095 || n > 4095 {
            return Err(format!(
                "{}: layer {li} is larger than SETL's 12-bit fields",
                case.name
            ));
        }
        for g in 0..groups {
            for kk in 0..k {
                for lane in 0..lanes {
                    let ch = g * lanes + lane;
                    if ch < n && layer.w[ch][kk] != 0 {
                        program.data.push(HostWrite {
                            sel: HostMem::Weight as u8,
                            addr: ((w_next + g * k + kk) * lanes + lane) as u16,
                            data: layer.w[ch][kk] as u32,
                        });
                    }
                }
            }
        }
        for ch in 0..n {
            // docs/tile.md §5: the input zero point is folded into the bias.
            let wsum: i64 = layer.w[ch].iter().map(|&w| w as i64).sum();
            let bias = (layer.bias[ch] - layer.x_zero_point as i64 * wsum) as i32;
            let p = (p_next + ch) as u16;
            program.data.push(HostWrite {
                sel: HostMem::Bias as u8,
                addr: p,
                data: bias as u32,
            });
            program.data.push(HostWrite {
                sel: HostMem::Mult as u8,
                addr: p,
                data: layer.multipliers[ch] as i32 as u32,
            });
            program.data.push(HostWrite {
                sel: HostMem::Shift as u8,
                addr: p,
                data: layer.shifts[ch] as u32 & 0x3F,
            });
        }
        let mut fcs = 0;
        let mut batch_in_force = None;
        for first in (0..vectors).step_by(config.max_batch()) {
            let b = config.max_batch().min(vectors - first);
            if batch_in_force != Some(b) {
                program.instrs.push(
                    Instr::SetLayer(Layer {
                        k: k as u16,
                        n: n as u16,
                        b: b as u8,
                        relu: layer.relu(),
                        zp_out: layer.output_zero_point as i8,
                        p_base: p_next as u16,
                    })
                    .encode(),
                );
                batch_in_force = Some(b);
            }
            program.instrs.push(
                Instr::Fc {
                    w_base: w_next as u16,
                    x_base: (a_in + first * k) as u16,
                    y_base: (a_next + first * n) as u16,
                }
                .encode(),
            );
            fcs += 1;
        }
        placement.layer_outputs.push(a_next);
        placement.layer_n.push(n);
        placement.fc_per_layer.push(fcs);
        w_next += groups * k;
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

/// Cycles per layer of a built network (docs/tile.md §8): each instruction's fetch, latch and
/// decode (3), a SETL's Settle (`S`), an FC's check (1) and execution. The model's own timing
/// formula ([`super::model::plan_fc`]), so a report's per-layer split adds up to its count.
pub fn layer_cycles(
    config: &TileConfig,
    program: &super::TileProgram,
    placement: &NetworkPlacement,
) -> Vec<u64> {
    let mut per_layer = vec![0u64; placement.layer_n.len()];
    let (mut layer, mut fcs_in_layer, mut regs) = (0usize, 0usize, super::Layer::default());
    for word in &program.instrs {
        let cost = 3 + match super::Instr::decode(*word) {
            Some(super::Instr::SetLayer(l)) => {
                regs = l;
                config.settle_cycles() as u64
            }
            Some(super::Instr::Fc {
                w_base,
                x_base,
                y_base,
            }) => {
                1 + super::model::plan_fc(config, regs, w_base, x_base, y_base)
                    .map(|p| p.exec_cycles as u64)
                    .unwrap_or(0)
            }
            _ => 0,
        };
        if layer < per_layer.len() {
            per_layer[layer] += cost;
            if matches!(super::Instr::decode(*word), Some(super::Instr::Fc { .. })) {
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
