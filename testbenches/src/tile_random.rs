//! Random differential testing of the tile: random data, random (often illegal) programs and
//! resets mid-program, run in lockstep and shrunk by proptest to a minimal failing scenario.

use crate::tile::{Lockstep, Mismatch, TileDut};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner};
use sim::tile::isa::{HostMem, HostWrite};
use sim::tile::{Instr, Layer, TileConfig, TileInputs, TileProgram};

/// One random test case.
#[derive(Clone, Debug)]
pub struct Scenario {
    /// Data and instructions.
    pub program: TileProgram,
    /// Pulse reset this many cycles after `start`, then start again.
    pub reset_after: Option<u16>,
}

/// Instruction blocks: mostly a layer (SETL then FC), sometimes single or raw words.
fn block(config: &TileConfig) -> impl Strategy<Value = Vec<u64>> {
    let mb = config.max_batch() as u8;
    let (wd, ad, pd) = (
        config.weight_words() as u16,
        config.act_bytes() as u16,
        config.param_entries() as u16,
    );
    let half = ad / 2;
    let setl = (
        prop_oneof![1 => Just(0u16), 40 => 1u16..24],
        prop_oneof![1 => Just(0u16), 40 => 1u16..40],
        prop_oneof![40 => 1u8..=mb, 1 => Just(0u8), 2 => Just(mb + 1)],
        any::<bool>(),
        any::<i8>(),
        prop_oneof![8 => 0u16..64, 1 => 0u16..pd + 16],
    )
        .prop_map(|(k, n, b, relu, zp_out, p_base)| {
            Instr::SetLayer(Layer {
                k,
                n,
                b,
                relu,
                zp_out,
                p_base,
            })
        });
    let fc = (
        prop_oneof![8 => 0u16..32, 1 => 0u16..wd + 64],
        prop_oneof![8 => 0u16..half / 2, 1 => any::<u16>()],
        prop_oneof![8 => half..half + half / 2, 1 => 0u16..ad + 64],
    )
        .prop_map(|(w_base, x_base, y_base)| Instr::Fc {
            w_base,
            x_base,
            y_base,
        });
    prop_oneof![
        6 => (setl.clone(), fc.clone()).prop_map(|(s, f)| vec![s.encode(), f.encode()]),
        2 => setl.prop_map(|s| vec![s.encode()]),
        1 => fc.prop_map(|f| vec![f.encode()]),
        1 => Just(vec![Instr::Nop.encode()]),
        1 => Just(vec![Instr::Halt.encode()]),
        1 => any::<u64>().prop_map(|w| vec![w]),
    ]
}

/// Scenarios for `config`: filled memories, 1-4 instruction blocks, maybe a reset.
pub fn scenario(config: TileConfig) -> impl Strategy<Value = Scenario> {
    let lanes = config.lanes();
    (
        proptest::collection::vec(block(&config), 1..5),
        any::<bool>(),
        any::<u64>(),
        prop_oneof![6 => Just(None), 1 => (0u16..200).prop_map(Some)],
    )
        .prop_map(move |(instrs, halt, seed, reset_after)| {
            let instrs = instrs.concat();
            let mut program = TileProgram {
                data: fill(&config, lanes, seed),
                instrs,
            };
            if halt {
                program.instrs.push(Instr::Halt.encode());
            }
            Scenario {
                program,
                reset_after,
            }
        })
}

/// Deterministic memory contents from a seed (splitmix64): the first 256 activation bytes, the
/// first 48 weight words and 64 parameter entries, with full-range multipliers and shifts.
fn fill(config: &TileConfig, lanes: usize, seed: u64) -> Vec<HostWrite> {
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let mut out = Vec::new();
    let act = 256.min(config.act_bytes());
    for a in 0..act {
        out.push(HostWrite {
            sel: HostMem::Act as u8,
            addr: a as u16,
            data: next() as u32 & 0xFF,
        });
    }
    for a in 0..48 * lanes {
        out.push(HostWrite {
            sel: HostMem::Weight as u8,
            addr: a as u16,
            data: next() as u32 & 0xFF,
        });
    }
    for p in 0..64u16 {
        let r = next();
        out.push(HostWrite {
            sel: HostMem::Bias as u8,
            addr: p,
            data: (r as i32 >> 12) as u32,
        });
        let m = if r & (1 << 40) != 0 {
            (r >> 8) as u32
        } else {
            (1 << 30) | ((r >> 9) as u32 & 0x3FFF_FFFF)
        };
        out.push(HostWrite {
            sel: HostMem::Mult as u8,
            addr: p,
            data: m,
        });
        out.push(HostWrite {
            sel: HostMem::Shift as u8,
            addr: p,
            data: (r >> 50) as u32 & 0x3F,
        });
    }
    out
}

/// Runs one scenario in lockstep: reset, load, start, optional reset and restart, run to a stop,
/// then read back the whole activation SRAM and write-and-read one byte. Returns the cycles run.
pub fn run_scenario<R: TileDut>(ls: &mut Lockstep<R>, s: &Scenario) -> Result<u64, Mismatch> {
    ls.step(TileInputs {
        reset: true,
        ..Default::default()
    })?;
    ls.load(&s.program)?;
    let budget = 200_000;
    if let Some(after) = s.reset_after {
        ls.step(TileInputs {
            start: true,
            ..Default::default()
        })?;
        for _ in 0..after {
            ls.step(TileInputs::default())?;
        }
        ls.step(TileInputs {
            reset: true,
            ..Default::default()
        })?;
    }
    ls.run(budget)?;
    ls.read_back_act()?;
    // A write and a read of one byte in the same cycle, at an address the run chose.
    let bytes = ls.model.config().act_bytes();
    let probe = ls.history.len() * 7919 % bytes;
    ls.write_and_read(probe as u16, ls.history.len() as u8 ^ 0xA5)?;
    Ok(ls.history.len() as u64)
}

/// Outcome of a random campaign.
#[derive(Debug)]
pub struct CampaignReport {
    /// Scenarios run.
    pub cases: u64,
    /// Clock cycles compared.
    pub cycles: u64,
    /// How scenarios ended: index 0 = `done`, else the error code.
    pub outcomes: [u64; 16],
    /// MACs performed (model counters).
    pub macs: u64,
}

/// Runs `cases` random scenarios from `seed`; on a mismatch, shrinks and returns the minimal
/// failing scenario with its mismatch.
pub fn campaign<R: TileDut>(
    config: TileConfig,
    cases: u32,
    seed: u64,
    make_dut: impl Fn() -> R,
    progress: impl Fn(u64, u64),
) -> Result<CampaignReport, (Scenario, Mismatch)> {
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes);
    let mut runner = TestRunner::new_with_rng(
        Config {
            cases,
            failure_persistence: None,
            max_shrink_iters: 2000,
            ..Config::default()
        },
        rng,
    );
    let cycles = std::cell::Cell::new(0u64);
    let done = std::cell::Cell::new(0u64);
    let outcomes = std::cell::Cell::new([0u64; 16]);
    let macs = std::cell::Cell::new(0u64);
    let last = std::cell::RefCell::new(None::<Mismatch>);
    let result = runner.run(&scenario(config), |s| {
        let mut ls = Lockstep::new(config, make_dut());
        match run_scenario(&mut ls, &s) {
            Ok(n) => {
                cycles.set(cycles.get() + n);
                done.set(done.get() + 1);
                let o = ls.model.outputs();
                let mut counts = outcomes.get();
                counts[if o.error { o.err_code as usize & 15 } else { 0 }] += 1;
                outcomes.set(counts);
                macs.set(macs.get() + o.counters.macs as u64);
                progress(done.get(), cycles.get());
                Ok(())
            }
            Err(m) => {
                *last.borrow_mut() = Some(m.clone());
                Err(TestCaseError::fail(m.to_string()))
            }
        }
    });
    match result {
        Ok(()) => Ok(CampaignReport {
            cases: done.get(),
            cycles: cycles.get(),
            outcomes: outcomes.get(),
            macs: macs.get(),
        }),
        Err(TestError::Fail(_, minimal)) => {
            // Re-run the minimal case to report its own mismatch.
            let mut ls = Lockstep::new(config, make_dut());
            let m = run_scenario(&mut ls, &minimal)
                .err()
                .or_else(|| last.borrow().clone())
                .expect("a failing case fails");
            Err((minimal, m))
        }
        Err(TestError::Abort(why)) => panic!("random campaign aborted: {why}"),
    }
}
