use sim::tflite::VectorCase;
use sim::tile::{program, TileConfig};
use testbenches::tile::{build_tile, Lockstep, RtlTile};

#[test]
fn tile_smoke() {
    let config = TileConfig::default();
    let v = sram_tiles::verilog(&config);
    let t = std::time::Instant::now();
    let model = build_tile(&v, None, &mut |m| eprintln!("{m}")).unwrap();
    eprintln!("build {:?}", t.elapsed());
    let case = VectorCase::parse(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/vectors/tflite_fc_int8/fc_k3_n3_pt_none_bigscale.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let (prog, placement) = program::build(&case, &config).unwrap();
    let mut ls = Lockstep::new(config, RtlTile::new(&model).unwrap());
    ls.step(sim::tile::TileInputs {
        reset: true,
        ..Default::default()
    })
    .unwrap();
    ls.load(&prog).unwrap();
    let r = ls.run(100000);
    eprintln!("{:?}", r.as_ref().map_err(|e| e.to_string()));
    r.unwrap();
    let hist = ls.history.clone();
    testbenches::tile::write_waveform(
        &v,
        &hist,
        std::path::Path::new("/tmp/smoke.vcd"),
        0,
        hist.len() as u64,
        &mut |m| eprintln!("{m}"),
    )
    .unwrap();
    ls.read_back_act().unwrap();
    program::check_outputs(&case, &placement, &ls.model.act).unwrap();
}
