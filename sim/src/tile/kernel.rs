//! Fast mode's arithmetic for one whole FC: dot products and requantization, compiled for the
//! widest vector unit the running CPU has (checked once at run time), so one binary stays
//! portable. Semantics are docs/tile.md §6 exactly; `requant::requantize` is the reference the
//! tests hold this to.

use std::sync::OnceLock;

/// One FC's operands, already validated (docs/tile.md §7).
pub struct FcOperands<'a> {
    /// Weight SRAM as `[lane][word]`, widened to i16: channel `ch` of the FC reads lane
    /// `ch % lanes`, words `w_base + (ch / lanes) * k ..` (§4).
    pub weights_by_lane: &'a [i16],
    pub lanes: usize,
    pub words_per_lane: usize,
    pub w_base: usize,
    /// Inputs per vector `k`, outputs per vector `n`.
    pub k: usize,
    pub n: usize,
    /// Per output channel: bias, multiplier, shift.
    pub bias: &'a [i32],
    pub mult: &'a [i32],
    pub shift: &'a [i8],
    pub zp_out: i8,
    pub relu: bool,
}

/// Scratch reused across FCs so a run allocates once.
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    x: Vec<i16>,
    acc: Vec<i32>,
}

impl Scratch {
    /// Takes the FC's input vectors (vector-major), before the outputs are written.
    pub fn load_inputs(&mut self, x: &[i8]) {
        self.x.clear();
        self.x.extend(x.iter().map(|&v| v as i16));
    }
}

type FcFn = fn(&FcOperands, &mut Scratch, &mut [i8]);

/// Computes `out[v * n + ch]` for every loaded vector `v` and channel `ch`.
pub fn fc(ops: &FcOperands, scratch: &mut Scratch, out: &mut [i8]) {
    static CHOSEN: OnceLock<FcFn> = OnceLock::new();
    (CHOSEN.get_or_init(choose))(ops, scratch, out)
}

/// Every implementation this CPU can run, widest first; the first one is used.
fn available() -> Vec<(&'static str, FcFn)> {
    let mut found: Vec<(&'static str, FcFn)> = Vec::new();
    #[cfg(target_arch = "x86_64")]
    {
        if std::is_x86_feature_detected!("avx512bw") && std::is_x86_feature_detected!("avx512dq") {
            // SAFETY: the features the function is compiled for were just detected.
            found.push(("avx512", |o, s, y| unsafe { x86::fc_avx512(o, s, y) }));
        }
        if std::is_x86_feature_detected!("avx2") {
            // SAFETY: as above.
            found.push(("avx2", |o, s, y| unsafe { x86::fc_avx2(o, s, y) }));
        }
    }
    found.push(("portable", fc_portable));
    found
}

fn choose() -> FcFn {
    available()[0].1
}

/// The dot products of one weight row with `B` consecutive input vectors of `row.len()` values.
/// |x*w| <= 2^14 and K <= 4095: no i32 sum can overflow.
trait Dots {
    fn dots<const B: usize>(x: &[i16], row: &[i16]) -> [i32; B];

    /// Four rows of equal length at once, `[vector][row]`. This default calls `dots`; wide
    /// units reduce the four sums together (one horizontal reduction, not four).
    #[inline(always)]
    fn dots4<const B: usize>(x: &[i16], rows: [&[i16]; 4]) -> [[i32; 4]; B] {
        let d = rows.map(|row| Self::dots::<B>(x, row));
        std::array::from_fn(|v| std::array::from_fn(|r| d[r][v]))
    }
}

struct Portable;

impl Dots for Portable {
    #[inline(always)]
    fn dots<const B: usize>(x: &[i16], row: &[i16]) -> [i32; B] {
        let k = row.len();
        std::array::from_fn(|v| {
            x[v * k..(v + 1) * k]
                .iter()
                .zip(row)
                .map(|(&a, &w)| a as i32 * w as i32)
                .sum()
        })
    }
}

#[inline(always)]
fn fc_body<D: Dots>(ops: &FcOperands, scratch: &mut Scratch, out: &mut [i8]) {
    let (n, k) = (ops.n, ops.k);
    let b = scratch.x.len() / k.max(1);
    scratch.acc.clear();
    scratch.acc.resize(b * n, 0);
    // Channel-outer: each weight row is read once and reused across the batch, as in the tile.
    // Channel ch is lane ch mod L, group ch / L; L is a power of two (§2), so no division.
    debug_assert!(ops.lanes.is_power_of_two());
    let lane_bits = ops.lanes.trailing_zeros();
    let row = |ch: usize| {
        let start =
            (ch & (ops.lanes - 1)) * ops.words_per_lane + ops.w_base + (ch >> lane_bits) * k;
        &ops.weights_by_lane[start..start + k]
    };
    let (x, acc) = (&scratch.x, &mut scratch.acc);
    let mut ch = 0;
    if b <= 4 {
        while ch + 4 <= n {
            let rows = [row(ch), row(ch + 1), row(ch + 2), row(ch + 3)];
            let mut put = |sums: &[[i32; 4]]| {
                for (v, four) in sums.iter().enumerate() {
                    acc[v * n + ch..v * n + ch + 4].copy_from_slice(four);
                }
            };
            match b {
                1 => put(&D::dots4::<1>(x, rows)),
                2 => put(&D::dots4::<2>(x, rows)),
                3 => put(&D::dots4::<3>(x, rows)),
                _ => put(&D::dots4::<4>(x, rows)),
            }
            ch += 4;
        }
    }
    for ch in ch..n {
        let row = row(ch);
        let mut put = |first: usize, sums: &[i32]| {
            for (v, &sum) in sums.iter().enumerate() {
                acc[(first + v) * n + ch] = sum;
            }
        };
        match b {
            1 => put(0, &D::dots::<1>(x, row)),
            2 => put(0, &D::dots::<2>(x, row)),
            3 => put(0, &D::dots::<3>(x, row)),
            4 => put(0, &D::dots::<4>(x, row)),
            _ => (0..b).for_each(|v| put(v, &D::dots::<1>(&x[v * k..], row))),
        }
    }
    let lo = if ops.relu { ops.zp_out as i64 } else { -128 };
    let (bias, mult, shift) = (&ops.bias[..n], &ops.mult[..n], &ops.shift[..n]);
    for (accs, ys) in scratch.acc.chunks_exact(n).zip(out.chunks_exact_mut(n)) {
        // Equal-length zips: no bounds checks, so the row vectorises.
        for ((y, &a), ((&bi, &m), &sh)) in ys
            .iter_mut()
            .zip(accs)
            .zip(bias.iter().zip(mult).zip(shift))
        {
            *y = requantize_branch_free(a.wrapping_add(bi), m, sh, ops.zp_out, lo);
        }
    }
}

fn fc_portable(ops: &FcOperands, scratch: &mut Scratch, out: &mut [i8]) {
    fc_body::<Portable>(ops, scratch, out)
}

/// `requant::requantize` without data-dependent branches, so a row of them vectorises.
#[inline(always)]
fn requantize_branch_free(acc: i32, multiplier: i32, shift: i8, zp_out: i8, lo: i64) -> i8 {
    let left = shift.max(0) as u32;
    let right = (-(shift as i32)).max(0) as u32;
    let a = acc.wrapping_shl(left) as i64;
    let t = (a * multiplier as i64 + (1 << 30)) >> 31;
    // Rounding right shift with ties toward +infinity; for right == 0 the bias is 0.
    let t = (t + ((1i64 << right) >> 1)) >> right;
    (t + zp_out as i64).clamp(lo, 127) as i8
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    //! The FC body compiled with wider vectors enabled, and dot products on `pmaddwd`
    //! (16-bit products summed in pairs into 32 bits). Callers check the features first.
    use super::{fc_body, Dots, FcOperands, Scratch};
    use std::arch::x86_64::*;

    struct Avx2;
    struct Avx512;

    impl Dots for Avx2 {
        #[inline(always)]
        fn dots<const B: usize>(x: &[i16], row: &[i16]) -> [i32; B] {
            assert!(x.len() >= B * row.len());
            // SAFETY: only reached from `fc_avx2`, which requires AVX2; every load is inside
            // `row` or the first `B` vectors of `x` (asserted above).
            unsafe { dots_avx2::<B>(x, row) }
        }
    }

    impl Dots for Avx512 {
        #[inline(always)]
        fn dots<const B: usize>(x: &[i16], row: &[i16]) -> [i32; B] {
            assert!(x.len() >= B * row.len());
            // SAFETY: as above, for `fc_avx512`.
            unsafe { dots_avx512::<B>(x, row) }
        }

        #[inline(always)]
        fn dots4<const B: usize>(x: &[i16], rows: [&[i16]; 4]) -> [[i32; 4]; B] {
            let k = rows[0].len();
            assert!(x.len() >= B * k && rows.iter().all(|r| r.len() == k));
            // SAFETY: as above; every load is inside a row or the first `B` vectors of `x`.
            unsafe { dots4_avx512::<B>(x, rows) }
        }
    }

    #[target_feature(enable = "avx2")]
    unsafe fn dots_avx2<const B: usize>(x: &[i16], row: &[i16]) -> [i32; B] {
        let k = row.len();
        let whole = k / 16 * 16;
        let mut acc = [_mm256_setzero_si256(); B];
        for i in (0..whole).step_by(16) {
            let w = _mm256_loadu_si256(row.as_ptr().add(i).cast());
            for (v, a) in acc.iter_mut().enumerate() {
                let xv = _mm256_loadu_si256(x.as_ptr().add(v * k + i).cast());
                *a = _mm256_add_epi32(*a, _mm256_madd_epi16(xv, w));
            }
        }
        std::array::from_fn(|v| {
            let a = acc[v];
            let s = _mm_add_epi32(_mm256_castsi256_si128(a), _mm256_extracti128_si256::<1>(a));
            let s = _mm_add_epi32(s, _mm_shuffle_epi32::<0b01_00_11_10>(s));
            let s = _mm_add_epi32(s, _mm_shuffle_epi32::<0b10_11_00_01>(s));
            let tail: i32 = (whole..k)
                .map(|i| x[v * k + i] as i32 * row[i] as i32)
                .sum();
            _mm_cvtsi128_si32(s) + tail
        })
    }

    /// The load mask of a 32-value chunk with `left` values still to go: the last chunk loads
    /// only what is left, and masked-off lanes read as zero.
    #[inline(always)]
    fn chunk_mask(left: usize) -> __mmask32 {
        if left >= 32 {
            !0
        } else {
            (1u32 << left) - 1
        }
    }

    #[target_feature(enable = "avx512f,avx512bw")]
    unsafe fn dots_avx512<const B: usize>(x: &[i16], row: &[i16]) -> [i32; B] {
        let k = row.len();
        let mut acc = [_mm512_setzero_si512(); B];
        for i in (0..k).step_by(32) {
            let mask = chunk_mask(k - i);
            let w = _mm512_maskz_loadu_epi16(mask, row.as_ptr().add(i));
            for (v, a) in acc.iter_mut().enumerate() {
                let xv = _mm512_maskz_loadu_epi16(mask, x.as_ptr().add(v * k + i));
                *a = _mm512_add_epi32(*a, _mm512_madd_epi16(xv, w));
            }
        }
        std::array::from_fn(|v| _mm512_reduce_add_epi32(acc[v]))
    }

    impl Avx512 {
        /// Sums of four vectors' lanes, as `[a, b, c, d]`: pairs interleaved and added, then
        /// the four 128-bit quarters added.
        #[target_feature(enable = "avx512f,avx512bw")]
        unsafe fn reduce4(a: __m512i, b: __m512i, c: __m512i, d: __m512i) -> [i32; 4] {
            // Per 128-bit quarter: [a0+a2, b0+b2, a1+a3, b1+b3], likewise for c, d.
            let ab = _mm512_add_epi32(_mm512_unpacklo_epi32(a, b), _mm512_unpackhi_epi32(a, b));
            let cd = _mm512_add_epi32(_mm512_unpacklo_epi32(c, d), _mm512_unpackhi_epi32(c, d));
            // Per quarter: [a, b, c, d] partial sums.
            let q = _mm512_add_epi32(_mm512_unpacklo_epi64(ab, cd), _mm512_unpackhi_epi64(ab, cd));
            let h = _mm256_add_epi32(_mm512_castsi512_si256(q), _mm512_extracti64x4_epi64::<1>(q));
            let s = _mm_add_epi32(_mm256_castsi256_si128(h), _mm256_extracti128_si256::<1>(h));
            let mut out = [0i32; 4];
            _mm_storeu_si128(out.as_mut_ptr().cast(), s);
            out
        }
    }

    #[target_feature(enable = "avx512f,avx512bw")]
    unsafe fn dots4_avx512<const B: usize>(x: &[i16], rows: [&[i16]; 4]) -> [[i32; 4]; B] {
        let k = rows[0].len();
        let mut acc = [[_mm512_setzero_si512(); 4]; B];
        for i in (0..k).step_by(32) {
            let mask = chunk_mask(k - i);
            let w = rows.map(|row| _mm512_maskz_loadu_epi16(mask, row.as_ptr().add(i)));
            for (v, a) in acc.iter_mut().enumerate() {
                let xv = _mm512_maskz_loadu_epi16(mask, x.as_ptr().add(v * k + i));
                for (r, ar) in a.iter_mut().enumerate() {
                    *ar = _mm512_add_epi32(*ar, _mm512_madd_epi16(xv, w[r]));
                }
            }
        }
        std::array::from_fn(|v| {
            let [a, b, c, d] = acc[v];
            Avx512::reduce4(a, b, c, d)
        })
    }

    #[target_feature(enable = "avx2")]
    pub unsafe fn fc_avx2(o: &FcOperands, s: &mut Scratch, y: &mut [i8]) {
        fc_body::<Avx2>(o, s, y)
    }

    #[target_feature(enable = "avx512f,avx512bw,avx512dq")]
    pub unsafe fn fc_avx512(o: &FcOperands, s: &mut Scratch, y: &mut [i8]) {
        fc_body::<Avx512>(o, s, y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tile::requant::requantize;

    /// A small deterministic generator, enough to spread values over their whole ranges.
    fn lcg(state: &mut u64) -> u32 {
        *state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (*state >> 33) as u32
    }

    #[test]
    fn branch_free_requantization_is_the_reference_one() {
        let mut st = 7;
        for i in 0..200_000 {
            let acc = lcg(&mut st) as i32 >> (lcg(&mut st) % 24);
            let m = (lcg(&mut st) | 0x4000_0000) as i32 & i32::MAX;
            let shift = (lcg(&mut st) % 64) as i32 - 32;
            let zp = lcg(&mut st) as i8;
            let relu = i % 2 == 0;
            let lo = if relu { zp as i64 } else { -128 };
            assert_eq!(
                requantize_branch_free(acc, m, shift as i8, zp, lo),
                requantize(acc, m, shift, zp, relu),
                "acc {acc} m {m} shift {shift} zp {zp} relu {relu}"
            );
        }
    }

    #[test]
    fn every_fc_variant_matches_a_scalar_reference_at_every_shape() {
        let mut st = 11;
        let mut scratch = Scratch::default();
        // Shapes around the four-row blocks (n mod 4), the 32-value chunks (k mod 32) and
        // every batch size, over 2, 4 and 8 lanes.
        for (k, n, b, lanes) in [
            (1usize, 1usize, 1usize, 2usize),
            (3, 5, 2, 2),
            (33, 4, 5, 2),
            (17, 9, 4, 2),
            (64, 16, 1, 2),
            (255, 3, 3, 2),
            (4095, 2, 1, 2),
            (40, 7, 3, 4),
            (100, 12, 2, 8),
            (31, 13, 4, 4),
            (64, 32, 2, 8),
        ] {
            let x: Vec<i8> = (0..k * b).map(|_| lcg(&mut st) as i8).collect();
            // Channel ch in lane ch % lanes at word (ch / lanes) * k, after a 5-word offset.
            let (words, w_base) = (5 + k * n.div_ceil(lanes), 5);
            let mut by_lane = vec![0i16; lanes * words];
            let mut w = vec![vec![0i32; k]; n];
            for (ch, row) in w.iter_mut().enumerate() {
                for (i, wi) in row.iter_mut().enumerate() {
                    *wi = lcg(&mut st) as i8 as i32;
                    by_lane[(ch % lanes) * words + w_base + (ch / lanes) * k + i] = *wi as i16;
                }
            }
            let bias: Vec<i32> = (0..n).map(|_| lcg(&mut st) as i32 >> 12).collect();
            let mult: Vec<i32> = (0..n)
                .map(|_| (lcg(&mut st) | 0x4000_0000) as i32)
                .collect();
            let shift: Vec<i8> = (0..n).map(|_| (lcg(&mut st) % 20) as i8 - 14).collect();
            let ops = FcOperands {
                weights_by_lane: &by_lane,
                lanes,
                words_per_lane: words,
                w_base,
                k,
                n,
                bias: &bias,
                mult: &mult,
                shift: &shift,
                zp_out: -3,
                relu: k % 2 == 1,
            };
            for (name, variant) in available() {
                let mut out = vec![0i8; b * n];
                scratch.load_inputs(&x);
                variant(&ops, &mut scratch, &mut out);
                for v in 0..b {
                    for ch in 0..n {
                        let dot: i32 = (0..k).map(|i| x[v * k + i] as i32 * w[ch][i]).sum();
                        let want =
                            requantize(dot + bias[ch], mult[ch], shift[ch] as i32, -3, ops.relu);
                        assert_eq!(
                            out[v * n + ch],
                            want,
                            "{name}: k {k} n {n} b {b} v {v} ch {ch}"
                        );
                    }
                }
            }
        }
    }
}
