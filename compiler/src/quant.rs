//! What LiteRT's int8 kernels derive in Prepare, derived the same way (docs/compiler.md §3).

/// TFLite's `QuantizeMultiplier`: `m = M · 2^(shift − 31)` with `M` in `[2^30, 2^31)`: the
/// significand from `frexp`, rounded half away from zero to 31 bits (a carry into bit 31 halves
/// it and bumps the shift); a shift below −31 flushes to (0, 0), as a zero multiplier does.
pub fn quantize_multiplier(m: f64) -> (i32, i32) {
    if m == 0.0 || !m.is_finite() {
        return (0, 0);
    }
    let (q, mut shift) = frexp(m);
    let mut fixed = (q * (1u64 << 31) as f64).round() as i64;
    if fixed == 1 << 31 {
        fixed /= 2;
        shift += 1;
    }
    if shift < -31 {
        return (0, 0);
    }
    (fixed as i32, shift)
}

/// `frexp`: `x = q · 2^e` with `|q|` in `[0.5, 1)`, for finite non-zero `x`.
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (q, e) = frexp(x * 2f64.powi(64));
        return (q, e - 64);
    }
    let q = f64::from_bits((bits & !(0x7FF << 52)) | (1022 << 52));
    (q, exp - 1022)
}

/// The effective scale of an int8 FULLY_CONNECTED output channel, as LiteRT computes it: for
/// per-tensor weights `s_x · s_w` is a float32 product widened to double, for per-channel
/// weights the product is taken in double; either is divided by `s_y` in double.
pub fn fc_effective_scale(s_x: f32, s_w: f32, s_y: f32, per_channel: bool) -> f64 {
    let product = if per_channel {
        s_x as f64 * s_w as f64
    } else {
        (s_x * s_w) as f64
    };
    product / s_y as f64
}

/// TFLite's `CalculateActivationRangeQuantized` for int8: the clamp a fused activation puts on
/// an output with scale `s` and zero point `zp` (quantizing 0, 6, ±1 with round-half-away of
/// the float quotient).
pub fn activation_range(act: &crate::model::Activation, s: f32, zp: i32) -> Option<(i32, i32)> {
    use crate::model::Activation;
    let q = |f: f32| zp + (f / s).round() as i32;
    match act {
        Activation::None => Some((-128, 127)),
        Activation::Relu => Some(((-128).max(q(0.0)), 127)),
        Activation::Relu6 => Some(((-128).max(q(0.0)), 127.min(q(6.0)))),
        Activation::ReluN1To1 => Some(((-128).max(q(-1.0)), 127.min(q(1.0)))),
        Activation::Other(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantize_multiplier_matches_tflite_conventions() {
        assert_eq!(quantize_multiplier(0.5), (1 << 30, 0));
        assert_eq!(quantize_multiplier(1.0), (1 << 30, 1));
        assert_eq!(quantize_multiplier(0.25), (1 << 30, -1));
        // Round half away from zero, and the carry into bit 31.
        assert_eq!(quantize_multiplier(1.0 - 2f64.powi(-33)), (1 << 30, 1));
        assert_eq!(quantize_multiplier(2f64.powi(-40)), (0, 0));
        let (m, s) = quantize_multiplier(0.000_123_4);
        let back = m as f64 * 2f64.powi(s - 31);
        assert!((back - 0.000_123_4).abs() < 1e-12, "{m} {s}");
        assert!((1 << 30..=i32::MAX).contains(&m));
    }

    #[test]
    fn frexp_is_exact() {
        for x in [1.0, 0.75, 3.0, 1e-300, 5e-324, 123456.789] {
            let (q, e) = frexp(x);
            assert!((0.5..1.0).contains(&q), "{x}");
            // Two steps: 2^e alone underflows for the smallest subnormal.
            assert_eq!(q * 2f64.powi(e / 2) * 2f64.powi(e - e / 2), x);
        }
    }

    #[test]
    fn relu_ranges() {
        use crate::model::Activation;
        assert_eq!(
            activation_range(&Activation::Relu, 0.1, -5),
            Some((-5, 127))
        );
        assert_eq!(
            activation_range(&Activation::Relu6, 0.1, -128),
            Some((-128, -68))
        );
        assert_eq!(
            activation_range(&Activation::None, 0.1, 3),
            Some((-128, 127))
        );
    }
}
