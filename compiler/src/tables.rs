//! Elementwise int8 → int8 operators as 256-entry tables, computed with the interpreter's own
//! arithmetic (docs/compiler.md §7): what LiteRT's Prepare puts in its lookup tables for
//! LOGISTIC, TANH, GELU and RSQRT, and what a float island (DEQUANTIZE → float operators →
//! QUANTIZE) does to each of the 256 inputs. Index `i` holds the output for input `i − 128`.

/// The platform C library's functions, which the interpreter's C++ `std::` calls reach: a Rust
/// reimplementation could differ in the last bit and move a table entry.
mod c {
    extern "C" {
        pub fn expf(x: f32) -> f32;
        pub fn tanhf(x: f32) -> f32;
        pub fn erff(x: f32) -> f32;
        pub fn sqrtf(x: f32) -> f32;
        pub fn expm1f(x: f32) -> f32;
    }
}

fn expf(x: f32) -> f32 {
    // SAFETY: a pure function of the C library on a plain float.
    unsafe { c::expf(x) }
}
fn tanhf(x: f32) -> f32 {
    // SAFETY: as above.
    unsafe { c::tanhf(x) }
}
fn erff(x: f32) -> f32 {
    // SAFETY: as above.
    unsafe { c::erff(x) }
}
fn sqrtf(x: f32) -> f32 {
    // SAFETY: as above.
    unsafe { c::sqrtf(x) }
}
fn expm1f(x: f32) -> f32 {
    // SAFETY: as above.
    unsafe { c::expm1f(x) }
}

/// A float32 → int32 conversion as x86's `cvttss2si` does it (C++'s `static_cast<int32_t>`
/// there): truncation, and 0x80000000 for NaN and anything out of range.
fn f32_to_i32_x86(x: f32) -> i32 {
    if !(-2147483648.0..2147483648.0).contains(&x) {
        i32::MIN
    } else {
        x as i32
    }
}

/// LiteRT's int8 lookup table for `f` (its `LUTPopulate`): each input dequantized in float32,
/// transformed, multiplied by `1 / output_scale`, rounded half away from zero, offset by the
/// output zero point and clamped to int8 in float (so an infinite result saturates: RSQRT of
/// 0 is 127); a NaN converts as x86 does (to −128). RSQRT's kernel refuses negative inputs at
/// run time, so its table is only compared on the non-negative ones.
pub fn lut_populate(
    in_scale: f32,
    in_zp: i32,
    out_scale: f32,
    out_zp: i32,
    f: impl Fn(f32) -> f32,
) -> [i8; 256] {
    let inverse = 1.0f32 / out_scale;
    let mut t = [0i8; 256];
    for (i, slot) in t.iter_mut().enumerate() {
        let q = i as i32 - 128;
        let x = in_scale * (q - in_zp) as f32;
        let rescaled = (f(x) * inverse).round() + out_zp as f32;
        *slot = if rescaled.is_nan() {
            -128
        } else {
            f32_to_i32_x86(rescaled.clamp(-128.0, 127.0)) as i8
        };
    }
    t
}

/// The float functions a LUT operator applies.
pub mod f {
    use super::*;

    /// LOGISTIC: `1 / (1 + e^−x)`.
    pub fn logistic(x: f32) -> f32 {
        1.0 / (1.0 + expf(-x))
    }

    /// TANH.
    pub fn tanh(x: f32) -> f32 {
        tanhf(x)
    }

    /// GELU, `approximate`: `0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))`; else
    /// `0.5·x·(1 + erf(x/√2))`.
    pub fn gelu(x: f32, approximate: bool) -> f32 {
        if approximate {
            const SQRT_2_OVER_PI: f32 = 0.797_884_6;
            0.5 * x * (1.0 + tanhf(SQRT_2_OVER_PI * (x + 0.044715 * x * x * x)))
        } else {
            0.5 * x * (1.0 + erff(x * std::f32::consts::FRAC_1_SQRT_2))
        }
    }

    /// RSQRT: `1 / √x`.
    pub fn rsqrt(x: f32) -> f32 {
        1.0 / sqrtf(x)
    }

    /// ELU: `e^x − 1` below zero, `x` above.
    pub fn elu(x: f32) -> f32 {
        if x < 0.0 {
            expm1f(x)
        } else {
            x
        }
    }
}

/// DEQUANTIZE of an int8: `scale · (q − zp)` in float32.
pub fn dequantize(q: i8, scale: f32, zp: i32) -> f32 {
    scale * (q as i32 - zp) as f32
}

/// QUANTIZE of a float32 to int8: `round_half_away(x / scale) + zp`, clamped.
pub fn quantize(x: f32, scale: f32, zp: i32) -> i8 {
    let r = f32_to_i32_x86((x / scale).round());
    r.saturating_add(zp).clamp(-128, 127) as i8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn x86_conversion_saturates_to_int_min() {
        assert_eq!(f32_to_i32_x86(f32::NAN), i32::MIN);
        assert_eq!(f32_to_i32_x86(f32::INFINITY), i32::MIN);
        assert_eq!(f32_to_i32_x86(-3.7), -3);
    }
}
