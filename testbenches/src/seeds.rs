//! Seeds of the random campaigns: each runs its fixed seed (the same programs every run, so a
//! regression shows at once) and one seed drawn per run (so CI explores), and prints both; a
//! printed seed replays alone with `GRIDCORE_SEED=N`.

use std::time::{SystemTime, UNIX_EPOCH};

/// The seeds `campaign` runs: `GRIDCORE_SEED` alone when it is set (a replay), else `fixed` and a
/// seed drawn from the clock and process id. Printed on stderr either way.
pub fn campaign_seeds(campaign: &str, fixed: u64) -> Vec<u64> {
    if let Some(seed) = std::env::var("GRIDCORE_SEED")
        .ok()
        .and_then(|s| s.trim().parse().ok())
    {
        eprintln!("[seeds] {campaign}: GRIDCORE_SEED={seed} (replay)");
        return vec![seed];
    }
    let drawn = draw();
    eprintln!("[seeds] {campaign}: fixed {fixed}, drawn {drawn} (replay one with GRIDCORE_SEED=N)");
    vec![fixed, drawn]
}

/// A seed from the clock and the process id, mixed (splitmix64) so nearby times differ widely;
/// kept below 2^53 so it prints and parses back exactly anywhere.
fn draw() -> u64 {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let mut z = nanos ^ (u64::from(std::process::id()) << 32);
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) >> 11
}
