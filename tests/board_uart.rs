//! The board top end to end on Verilator: a program loaded over the UART host protocol
//! (docs/host_protocol.md), started, polled and read back, against the cycle model.

use sim::tflite::VectorCase;
use sim::tile::{program, TileConfig, TileModel};
use testbenches::board::{BoardHost, Link, SimUart, Status};
use testbenches::verilator::{BuildOptions, VerilatedModel};

const CLOCKS_PER_BIT: u64 = 8;

#[test]
fn board_top_uart_loads_runs_and_reads_back_like_the_model() {
    let config = TileConfig::new(4, 2, sim::tile::SramSize::Small).unwrap();
    let verilog = fpga::top_verilog(
        &config,
        rtl::mul::MulTarget::Generic,
        CLOCKS_PER_BIT,
        fpga::Board::named("icebreaker").led_invert("tile"),
    );
    let model = VerilatedModel::build(
        &verilog,
        fpga::TOP_MODULE,
        &BuildOptions::default(),
        &mut |m| eprintln!("{m}"),
    )
    .unwrap();
    let mut host = BoardHost {
        link: SimUart::new(&model, CLOCKS_PER_BIT).unwrap(),
    };
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/testbenches/vectors/tflite_fc_int8/mlp2_17_5_3.json"
    );
    let case = VectorCase::parse(&std::fs::read_to_string(file).unwrap()).unwrap();
    let (prog, placement) = program::build(&case, &config).unwrap();
    host.load(&prog).unwrap();
    let s = host.status().unwrap();
    assert!(
        !s.busy && !s.done && !s.error,
        "idle, no error after loading"
    );
    assert_eq!(
        host.run(10_000).unwrap(),
        Status::from_byte(0b010),
        "done, no error"
    );
    // LEDs on iCEBreaker polarity: busy (active high) off, done (active low) on, error off.
    assert_eq!(host.link.leds(), 0b100);

    let mut expected = TileModel::new(config);
    expected.load(&prog).unwrap();
    expected.run_fast();
    let (base, len) = placement.output_range();
    let got = host.read_act(base, len).unwrap();
    assert_eq!(got, expected.act[base..base + len].to_vec());
    program::check_outputs(&case, &placement, &expected.act).unwrap();
    let c = expected.outputs().counters;
    for (index, want) in [
        (0u8, c.cycles),
        (2, c.macs),
        (5, c.a_writes),
        (7, c.i_reads),
    ] {
        assert_eq!(host.counter(index).unwrap(), want, "counter {index}");
    }
    // An out-of-range host write over the UART raises HOST_RANGE (10) in the status byte.
    host.link.send(&[b'W', 1, 0xFF, 0xFF, 0, 0, 0, 0]).unwrap();
    assert_eq!(host.status().unwrap(), Status::from_byte((10 << 4) | 0b100));
    // An unknown command byte is ignored (the bridge waits for the next); 'X' resets the tile,
    // which clears the error.
    host.link.send(b"Z").unwrap();
    host.reset_tile().unwrap();
    let s = host.status().unwrap();
    assert!(
        !s.busy && !s.done && !s.error,
        "idle, no error after the reset"
    );
    eprintln!("board top over UART: {} clocks", host.link.cycles());
}
