//! The tile's MAC issue engine (`sram_tiles::tile::MacEngine`) alone, Verilated, against
//! docs/tile.md §8's FC schedule written out here: for random layers on pipelined (`D = 1`) and
//! serial (`D = 11`) builds, every Exec cycle's issue (activation and weight addresses, useful
//! MACs, weight reads), the lanes' accumulate controls three cycles later, and each group's
//! shadow copy with its first channel, size and last-group flag. The engine's inputs are what
//! the layer block's contract says they are (`sram_tiles::tile::layer`), computed here.

use rust_hdl::prelude::*;
use spec::tile::{RequantKind, SramSize, TileConfig};
use testbenches::verilator::{BuildOptions, VerilatedModel};

/// One Exec cycle's expected outputs (§8).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Cycle {
    issue: Option<(u64, u64, u64, bool)>, // x address, w address, useful MACs, weight read
    acc: Option<(bool, u64)>,             // accumulate at t: (restart, vector)
    shadow: Option<(u64, u64, bool)>,     // copy at t: (first channel, size, last group)
}

/// §8's schedule for layer (K, N, B) on L lanes with drain interval D, bases xb and wb.
fn schedule(k: u64, n: u64, b: u64, l: u64, d: u64, xb: u64, wb: u64) -> Vec<Cycle> {
    let groups = n.div_ceil(l);
    let mut slots = Vec::new();
    let mut start = 0;
    for g in 0..groups {
        let ng = l.min(n - g * l);
        let p = (k * b).max(ng * b * d);
        slots.push((start, ng));
        start += p;
    }
    let end = slots.last().map_or(0, |s| s.0) + k * b + 8;
    let mut cycles = vec![Cycle::default(); (start.max(end) + 8) as usize];
    for (g, &(s, ng)) in slots.iter().enumerate() {
        let g = g as u64;
        for u in 0..k * b {
            let (kk, bb) = (u / b, u % b);
            let t = (s + u) as usize;
            cycles[t].issue = Some((xb + bb * k + kk, wb + g * k + kk, ng, bb == 0));
            cycles[t + 3].acc = Some((kk == 0, bb));
        }
        cycles[(s + k * b + 3) as usize].shadow = Some((g * l, ng, g + 1 == groups));
    }
    cycles
}

fn engine_verilog(config: &TileConfig) -> String {
    let mut uut = sram_tiles::tile::MacEngine::new(config);
    uut.connect_all();
    rtl::emit::rename_top(&generate_verilog(&uut), "mac_engine")
}

fn run(config: TileConfig, layers: &[(u64, u64, u64)]) {
    let (l, d) = (
        config.lanes() as u64,
        config.requant().timing().drain_interval as u64,
    );
    let model = VerilatedModel::build(
        &engine_verilog(&config),
        "mac_engine",
        &BuildOptions::default(),
        &mut |m| eprintln!("{m}"),
    )
    .expect("verilator (run scripts/setup)");
    let port = |n: &str| model.port(n).unwrap();
    let mut e = model.instance();
    let clock = port("clock");
    let tick = |e: &mut testbenches::verilator::Instance| {
        e.set(clock, 0);
        e.eval();
        e.set(clock, 1);
        e.eval();
    };
    let m13 = |v: i64| (v as u64) & 0x1FFF;
    let m15 = |v: i64| (v as u64) & 0x7FFF;
    e.set(port("reset"), 1);
    tick(&mut e);
    e.set(port("reset"), 0);
    for (i, &(k, n, b)) in layers.iter().enumerate() {
        let (xb, wb) = (17 * i as u64 % 300, 5 * i as u64 % 200);
        // The layer block's outputs for (K, N, B), held from Settle on.
        let kmax = |ng: u64| if d == 1 { k.max(ng) } else { k.max(ng * d) };
        let first_n = l.min(n);
        let last_n = n - (n.div_ceil(l) - 1) * l;
        let inputs = [
            ("k", k),
            ("n", n),
            ("b1", (b == 1) as u64),
            ("bm1", (b - 1) & 3),
            ("km2", m13(k as i64 - 2)),
            ("nm2", m13(n as i64 - 2)),
            ("nml", m15(n as i64 - l as i64)),
            ("nmk", m15(n as i64 - k as i64)),
            ("k_lt_l", (k < l) as u64),
            ("kd0", m13(kmax(first_n) as i64 - 2)),
            ("single", (n <= l) as u64),
            ("first_n", first_n),
            ("km2_full", m13(k.max(l * d) as i64 - 2)),
            ("km2_last", m13(k.max(last_n * d) as i64 - 2)),
        ];
        for (name, v) in inputs {
            e.set(port(name), v);
        }
        e.set(port("ir"), wb | (xb << 16));
        // Decode, then Check with every check passed; Exec begins after it.
        e.set(port("decode"), 1);
        tick(&mut e);
        e.set(port("decode"), 0);
        e.set(port("check"), 1);
        e.set(port("chk_pass"), 1);
        tick(&mut e);
        e.set(port("check"), 0);
        e.set(port("chk_pass"), 0);
        // The registers settle from the inputs at the first edge; outputs are read before it.
        let want = schedule(k, n, b, l, d, xb, wb);
        for (t, w) in want.iter().enumerate() {
            e.set(clock, 0);
            e.eval();
            let at = || format!("{} K={k} N={n} B={b} t={t}", config.tag());
            let issue = (e.get(port("issue")) == 1).then(|| {
                (
                    e.get(port("x_addr")),
                    e.get(port("w_addr")),
                    e.get(port("issue_n")),
                    e.get(port("w_read")) == 1,
                )
            });
            assert_eq!(issue, w.issue, "issue at {}", at());
            if w.issue.is_none() {
                assert_eq!(e.get(port("issue_n")), 0, "no MACs counted at {}", at());
                assert_eq!(e.get(port("w_read")), 0, "no weight read at {}", at());
            }
            let acc = (e.get(port("p3_valid")) == 1)
                .then(|| (e.get(port("p3_first")) == 1, e.get(port("p3_b"))));
            assert_eq!(acc, w.acc, "accumulate at {}", at());
            let shadow = (e.get(port("p4_last")) == 1).then(|| {
                (
                    e.get(port("p4_ch")),
                    e.get(port("p4_n")),
                    e.get(port("p4_lastg")) == 1,
                )
            });
            assert_eq!(shadow, w.shadow, "shadow copy at {}", at());
            e.set(clock, 1);
            e.eval();
        }
    }
}

/// Layers with `B ≤ max_batch`: narrow and wide groups, one group and many, `K < L`, `K = L`,
/// `K` at the slot boundary `n·D`, and random ones.
fn layers(l: u64, d: u64, max_batch: u64, seed: u64) -> Vec<(u64, u64, u64)> {
    let mut v = vec![
        (1, 1, 1),
        (2, l, 1),
        (l, l, 1),
        (l - 1, l + 1, 1),
        (l * d, 2 * l, 1),
        (l * d - 1, 2 * l + 3, 1),
        (3, 3 * l - 1, max_batch),
        (40, 5, max_batch),
    ];
    let mut x = seed;
    for _ in 0..40 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let k = 1 + x % 70;
        let n = 1 + (x >> 8) % (4 * l);
        let b = 1 + (x >> 16) % max_batch;
        v.push((k, n, b));
    }
    v
}

#[test]
fn mac_engine_issues_the_fc_schedule_pipelined() {
    let config = TileConfig::new(4, 4, SramSize::Small).unwrap();
    run(config, &layers(4, 1, 4, 0x9E37_79B9));
    let config = TileConfig::new(8, 2, SramSize::Small).unwrap();
    run(config, &layers(8, 1, 2, 0x2545_F491));
}

#[test]
fn mac_engine_issues_the_fc_schedule_serial() {
    let config = TileConfig::new(16, 1, SramSize::Small)
        .unwrap()
        .with_requant(RequantKind::Serial);
    run(config, &layers(16, 11, 1, 0x1234_5678));
    let config = TileConfig::new(4, 4, SramSize::Small)
        .unwrap()
        .with_requant(RequantKind::Serial);
    run(config, &layers(4, 11, 4, 0x0BAD_F00D));
}
