//! Controller build parameters (docs/vrm.md §1), from `spec::vrm`, and the reciprocal table the
//! controller divides with (§4).

pub use spec::vrm::{cmd, VrmBuild, VrmConfigError, CTRL_DIVS, F_CLK, PERIODS, PHASES};

/// `R[n] = ceil(2^16 / n)` (§4): the reciprocal used for interleave and means.
pub fn recip(n: usize) -> u32 {
    if n == 0 {
        0
    } else {
        65536u32.div_ceil(n as u32)
    }
}
