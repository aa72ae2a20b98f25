use sim::vrm::closed_loop::{run, Controller, Event, Sensors};
use sim::vrm::{VrmInputs, VrmOutputs};
struct Dbg { m: VrmModel, k: u64, lo: u64, hi: u64 }
impl Controller for Dbg { fn step(&mut self, i: &VrmInputs) -> VrmOutputs { let o = self.m.step(i); if self.k >= self.lo && self.k < self.hi { println!("k={} vout={} vset={} mode={} n={} duty={} {}", self.k, i.vout_code, o.v_set, o.mode, o.n_active, o.duty, self.m.debug_state()); } self.k += 1; o } }
use sim::vrm::plant::RailParams;
use sim::vrm::{scenarios, VrmBuild, VrmModel};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let name = args.get(1).map(|s| s.as_str()).unwrap_or("steady");
    let build = VrmBuild::default();
    let mut sc = scenarios::find(name).unwrap();
    // extra register writes: code=word pairs (hex code, decimal word)
    for (pos, a) in args[2..].iter().enumerate() {
        let (c, w) = a.split_once('=').unwrap();
        let c = u8::from_str_radix(c, 16).unwrap();
        sc.events.insert(pos, (0.0, Event::Write(c, w.parse().unwrap())));
    }
    if let Ok(a) = std::env::var("STEP") {
        let a: f64 = a.parse().unwrap();
        for e in sc.events.iter_mut() { if let Event::Load { amps, .. } = &mut e.1 { if *amps > 60.0 { *amps = 50.0 + a; } } }
    }
    let rail = RailParams::reference(build.phases, sc.mismatch);
    let lo: u64 = std::env::var("DBGK").ok().map(|v| v.parse().unwrap()).unwrap_or(u64::MAX);
    let mut m = Dbg { m: VrmModel::new(build), k: 0, lo, hi: lo + 40 };
    let t = std::time::Instant::now();
    let mut sens = Sensors::reference(build.phases, 1);
    if std::env::var("NOISE").is_ok() { sens.vout.noise_lsb = 0.0; for a in sens.iph.iter_mut() { a.noise_lsb = 0.0; } }
    let r = run(&build, &mut m, rail.clone(), sens, &sc, &mut |_| {});
    let el = t.elapsed();
    let (v, checks) = scenarios::evaluate(&build, &rail, &sc, &r, None);
    if std::env::var("JSON").is_ok() { println!("{}", serde_json::to_string_pretty(&v).unwrap()); }
    for c in &checks { println!("{} {} = {:.4} ({})", if c.pass {"PASS"} else {"FAIL"}, c.name, c.value, c.limit); }
    println!("metrics {}", v["metrics"]);
    println!("wall {:?} for {} clocks", el, r.clocks);
    let nb = r.trace.t.len(); let w0 = nb - nb/7;
    let act = *r.trace.n_active.last().unwrap() as usize;
    let cur: Vec<f64> = (0..act).map(|i| r.trace.i_ph[i][w0..].iter().sum::<f64>() / (nb-w0) as f64).collect();
    println!("phase means {:?}", cur.iter().map(|c| format!("{c:.2}")).collect::<Vec<_>>());
    if std::env::var("DUMP").is_ok() {
        let mut f = String::new();
        for i in 0..nb { f += &format!("{},{},{},{},{}\n", r.trace.t[i], r.trace.vout[i], r.trace.duty[i], r.trace.n_active[i], r.trace.mode[i]); }
        std::fs::write("/tmp/vrm_trace.csv", f).unwrap();
    }
    if let Ok(t0) = std::env::var("SHOW") {
        let t0: f64 = t0.parse().unwrap();
        for i in 0..nb { let t = r.trace.t[i]*1e6; if t >= t0 && t < t0 + 40.0 && (i % 5 == 0) { println!("{:8.2}us v={:.4} duty={:.4} n={} mode={}", t, r.trace.vout[i], r.trace.duty[i], r.trace.n_active[i], r.trace.mode[i]); } }
    }
    if std::env::var("QUIET").is_ok() { return; }
    // coarse trace print
    let step = (r.trace.t.len() / 60).max(1);
    for i in (0..r.trace.t.len()).step_by(step) {
        println!("{:8.1}us v={:.4} [{:.4},{:.4}] i={:6.1} duty={:.4} n={} mode={} i0={:.1}",
          r.trace.t[i]*1e6, r.trace.vout[i], r.trace.vout_min[i], r.trace.vout_max[i], r.trace.i_load[i], r.trace.duty[i], r.trace.n_active[i], r.trace.mode[i], r.trace.i_ph[0][i]);
    }
}
