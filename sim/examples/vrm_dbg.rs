use sim::vrm::{VrmBuild, VrmInputs, VrmModel};
fn main() {
    let b = VrmBuild::default();
    let mut m = VrmModel::new(b);
    m.step(&VrmInputs { reset: true, ..Default::default() });
    let mut inp = VrmInputs { en: true, vout_code: 2000, vin_code: 3072, ..Default::default() };
    let mut hs_cnt = [0u32; 8];
    let mut ls_cnt = [0u32; 8];
    for k in 0..20000 {
        let o = m.step(&inp);
        if k >= 10000 {
            for i in 0..8 { hs_cnt[i] += (o.hs >> i & 1) as u32; ls_cnt[i] += (o.ls >> i & 1) as u32; }
        }
        if k % 2000 == 0 { println!("k={k} mode={} duty={} vref={} vset={} n={}", o.mode, o.duty, o.vref, o.v_set, o.n_active); }
        inp.reg_we = false;
    }
    println!("hs {:?}\nls {:?}", hs_cnt, ls_cnt);
}
