//! PMBus 1.3 LINEAR11 / LINEAR16 formats (docs/vrm.md §11) and the fixed conversions the
//! controller applies on register writes and telemetry reads.

/// Splits a LINEAR11 word into (mantissa Y, exponent N), both sign-extended.
pub fn linear11_parts(word: u16) -> (i32, i32) {
    let y = ((word as i32) << 21) >> 21;
    let n = ((word as i32) << 16) >> 27;
    (y, n)
}

/// The LINEAR11 word for `y · 2^n` (`y` in −1024..=1023, `n` in −16..=15).
pub fn linear11_word(y: i32, n: i32) -> u16 {
    debug_assert!((-1024..=1023).contains(&y) && (-16..=15).contains(&n));
    (((n as u16) & 0x1F) << 11) | ((y as u16) & 0x7FF)
}

/// The real value of a LINEAR11 word.
pub fn linear11_value(word: u16) -> f64 {
    let (y, n) = linear11_parts(word);
    y as f64 * 2f64.powi(n)
}

/// The LINEAR11 word nearest to `value` with the largest mantissa that fits (for users and tests).
pub fn linear11_from_value(value: f64) -> u16 {
    for n in -16..=15 {
        let y = (value / 2f64.powi(n)).round();
        if (-1024.0..=1023.0).contains(&y) {
            return linear11_word(y as i32, n);
        }
    }
    linear11_word(if value < 0.0 { -1024 } else { 1023 }, 15)
}

/// Write conversion (§11): `sat((Y · K) · 2^(N + S))` into `lo..=hi`, flooring right shifts.
pub fn convert_linear11(word: u16, k: i64, s: i32, lo: i64, hi: i64) -> i64 {
    let (y, n) = linear11_parts(word);
    let prod = y as i64 * k;
    let shift = n + s;
    let v = if shift >= 0 {
        // |Y·K| < 2^38 and shifts up to 46 would overflow i64: saturate before shifting.
        if shift >= 24 {
            if prod > 0 {
                hi
            } else if prod < 0 {
                lo
            } else {
                0
            }
        } else {
            prod << shift
        }
    } else {
        prod >> (-shift).min(63)
    };
    v.clamp(lo, hi)
}

/// Telemetry normalization (§11.1): a signed code with LSB `2^-q` as LINEAR11 with the smallest
/// right shift that fits the mantissa.
pub fn normalize_linear11(code: i32, q: i32) -> u16 {
    let mut s = 0;
    while !(-1024..=1023).contains(&(code >> s)) {
        s += 1;
    }
    linear11_word(code >> s, s - q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linear11_roundtrip_and_conversion() {
        assert_eq!(linear11_parts(linear11_word(-3, -2)), (-3, -2));
        assert_eq!(linear11_value(linear11_from_value(12.0)), 12.0);
        assert_eq!(linear11_value(linear11_from_value(0.25)), 0.25);
        // 12 V as a vin code (LSB 2^-8 V): K = 1, S = 8.
        assert_eq!(
            convert_linear11(linear11_from_value(12.0), 1, 8, 0, 8191),
            3072
        );
        // Saturation, and flooring of negative values.
        assert_eq!(
            convert_linear11(linear11_from_value(1000.0), 1, 8, 0, 8191),
            8191
        );
        assert_eq!(convert_linear11(linear11_word(-3, -1), 1, 0, -100, 100), -2);
        // Telemetry: 250 A with LSB 2^-4 A needs a shift: 4000 >> 2 = 1000, N = 2 - 4 = -2.
        assert_eq!(normalize_linear11(4000, 4), linear11_word(1000, -2));
        assert_eq!(normalize_linear11(-5, 4), linear11_word(-5, -4));
    }
}
