//! TFLite integer-only requantization (docs/tile.md §6), as LiteRT's int8 FULLY_CONNECTED kernel
//! computes it, ties included.

/// Requantizes one int32 accumulator (bias already added) to int8.
///
/// `shift` follows TFLite's `QuantizeMultiplier` exponent: positive shifts left, negative is a
/// rounding right shift. The tile stores it as int6, so `shift` is in -32..=31.
pub fn requantize(acc: i32, multiplier: i32, shift: i32, zp_out: i8, relu: bool) -> i8 {
    debug_assert!((-32..=31).contains(&shift), "shift {shift} outside int6");
    let a = acc.wrapping_shl(shift.max(0) as u32) as i64;
    let mut t = (a * multiplier as i64 + (1 << 30)) >> 31;
    let e = (-shift).max(0);
    if e > 0 {
        t = (t + (1i64 << (e - 1))) >> e;
    }
    let lo = if relu { zp_out as i64 } else { -128 };
    (t + zp_out as i64).clamp(lo, 127) as i8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requant_negative_tie_rounds_toward_plus_infinity() {
        // multiplier 2^30 is 0.5; acc = -3 gives t = -1.5 -> ... use an exact tie after step 2:
        // a*M = -6 * 2^30 -> t = (-6*2^30 + 2^30) >> 31 = floor(-2.5) = -3; e = 1: (-3+1)>>1 = -1.
        assert_eq!(requantize(-6, 1 << 30, -1, 0, false), -1);
        // Away-from-zero rounding would give -2 for -1.5.
        assert_eq!(requantize(-3, 1 << 30, 0, 0, false), -1);
    }

    #[test]
    fn requant_clamps_and_relu() {
        assert_eq!(requantize(1 << 20, i32::MAX, 0, 0, false), 127);
        assert_eq!(requantize(-(1 << 20), i32::MAX, 0, 5, false), -128);
        assert_eq!(requantize(-(1 << 20), i32::MAX, 0, 5, true), 5);
    }
}
