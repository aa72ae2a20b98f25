use sim::vrm::closed_loop::{run, Event, Sensors};
use sim::vrm::plant::RailParams;
use sim::vrm::{scenarios, VrmBuild, VrmModel};
use std::sync::mpsc;

fn eval(name: &str, writes: &[(u8, u16)], seed: u64) -> Vec<f64> {
    let build = VrmBuild::default();
    let mut sc = scenarios::find(name).unwrap();
    for (pos, &(c, w)) in writes.iter().enumerate() {
        sc.events.insert(pos, (0.0, Event::Write(c, w)));
    }
    let rail = RailParams::reference(build.phases, sc.mismatch);
    let mut m = VrmModel::new(build);
    let r = run(&build, &mut m, rail.clone(), Sensors::reference(build.phases, seed), &sc, &mut |_| {});
    let (_, checks) = scenarios::evaluate(&build, &rail, &sc, &r, None);
    checks.iter().map(|c| c.value).collect()
}

fn main() {
    let base: Vec<(u8, u16)> = std::env::args().skip(1).map(|a| { let (c, w) = a.split_once('=').unwrap(); (u8::from_str_radix(c, 16).unwrap(), w.parse().unwrap()) }).collect();
    let mut jobs = Vec::new();
    for kp in [1500u16, 2500, 4000] { for ki in [1000u16, 2500, 5000] { for kd in [3000u16, 5000, 8000] { for df in [1u16, 2] {
        jobs.push((kp, ki, kd, df));
    }}}}
    let (tx, rx) = mpsc::channel();
    let chunks: Vec<Vec<_>> = jobs.chunks(jobs.len().div_ceil(2)).map(|c| c.to_vec()).collect();
    for chunk in chunks {
        let tx = tx.clone(); let base = base.clone();
        std::thread::spawn(move || {
            for (kp, ki, kd, df) in chunk {
                let mut w = base.clone();
                w.extend([(0xD0, kp), (0xD1, ki), (0xD2, kd), (0xD3, df)]);
                let a = eval("load_step", &w, 1);
                let b = eval("load_step", &w, 7);
                let ls: Vec<f64> = a.iter().zip(&b).map(|(x, y)| x.max(*y)).collect();
                let st = eval("steady", &w, 3);
                tx.send((kp, ki, kd, df, ls, st)).unwrap();
            }
        });
    }
    drop(tx);
    let mut res: Vec<_> = rx.iter().collect();
    res.sort_by(|a, b| {
        let s = |r: &(u16,u16,u16,u16,Vec<f64>,Vec<f64>)| r.4[2].max(r.4[4]);
        s(a).total_cmp(&s(b))
    });
    for (kp, ki, kd, df, ls, st) in res.iter().take(15) {
        println!("KP={kp} KI={ki} KD={kd} DF={df}: under {:.2} settle {:.1}us over {:.2} settle {:.1}us | steady err {:.3}% line {:.3}mV", ls[1], ls[2], ls[3], ls[4], st[1], st[2]);
    }
}
