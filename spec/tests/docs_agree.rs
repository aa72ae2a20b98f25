//! The tables in `docs/` and the constants in `spec` say the same: every row the spec enumerates
//! is in the docs with the same values, and the docs list nothing the spec does not have.

use spec::tile::{opcode, HostMem, RequantKind, SramSize, TileError};
use spec::tile::{SUPPORTED_LANES, SUPPORTED_MAX_BATCH};
use spec::vrm::{Format, Mode, TcScale, COMMANDS};

fn doc(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../docs")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The body rows of the Markdown table whose header row starts with `header`, as trimmed cells.
fn table(text: &str, header: &str) -> Vec<Vec<String>> {
    let mut lines = text.lines().skip_while(|l| !l.starts_with(header));
    assert!(lines.next().is_some(), "no table with header {header:?}");
    lines
        .skip(1) // the |---| row
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            l.trim()
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().trim_matches('`').to_string())
                .collect()
        })
        .collect()
}

fn hex(cell: &str) -> u64 {
    u64::from_str_radix(cell.trim_start_matches("0x"), 16)
        .unwrap_or_else(|_| panic!("not a hex code: {cell:?}"))
}

fn number(cell: &str) -> f64 {
    let first = cell.split_whitespace().next().unwrap_or("");
    let first = first.replace('−', "-");
    if let Some(h) = first.strip_prefix("0x") {
        u64::from_str_radix(h, 16).expect("hex") as f64
    } else {
        first
            .parse()
            .unwrap_or_else(|_| panic!("not a number: {cell:?}"))
    }
}

fn range(cell: &str) -> (i64, i64) {
    let first = cell
        .split_whitespace()
        .next()
        .unwrap_or("")
        .replace('−', "-");
    let (lo, hi) = first
        .split_once("..")
        .unwrap_or_else(|| panic!("not a range: {cell:?}"));
    (lo.parse().expect("lo"), hi.parse().expect("hi"))
}

#[test]
fn tile_parameter_sets_agree_with_docs() {
    let text = doc("tile.md");
    let rows = table(&text, "| key | values | meaning |");
    let values = |key: &str| -> Vec<String> {
        let row = rows
            .iter()
            .find(|r| r[0].starts_with(key))
            .unwrap_or_else(|| panic!("no row for {key}"));
        row[1]
            .split(',')
            .map(|v| v.trim().replace('`', ""))
            .collect()
    };
    let lanes: Vec<String> = SUPPORTED_LANES.iter().map(|v| v.to_string()).collect();
    assert_eq!(values("lanes"), lanes);
    let batches: Vec<String> = SUPPORTED_MAX_BATCH.iter().map(|v| v.to_string()).collect();
    assert_eq!(values("max_batch"), batches);
    assert_eq!(values("sram"), SramSize::ALL.map(|s| s.name().to_string()));
    assert_eq!(
        values("requant"),
        RequantKind::ALL.map(|k| k.name().to_string())
    );

    let profiles = table(&text, "| `sram` | weight words");
    assert_eq!(profiles.len(), SramSize::ALL.len());
    for (row, size) in profiles.iter().zip(SramSize::ALL) {
        let p = size.profile();
        assert_eq!(row[0], p.name);
        let depths: Vec<usize> = row[1..5].iter().map(|c| number(c) as usize).collect();
        assert_eq!(
            depths,
            [p.weight_words, p.act_bytes, p.param_entries, p.instr_words],
            "sram={}",
            p.name
        );
    }
    let kinds = table(&text, "| `requant` | drain interval");
    assert_eq!(kinds.len(), RequantKind::ALL.len());
    for (row, kind) in kinds.iter().zip(RequantKind::ALL) {
        let t = kind.timing();
        assert_eq!(row[0], t.name);
        let timing: Vec<usize> = row[1..4].iter().map(|c| number(c) as usize).collect();
        assert_eq!(
            timing,
            [t.drain_interval, t.latency, t.settle_cycles],
            "requant={}",
            t.name
        );
    }
}

#[test]
fn tile_opcodes_agree_with_docs() {
    let rows = table(&doc("tile.md"), "| opcode | name | fields | effect |");
    let listed: Vec<(u64, String)> = rows
        .iter()
        .filter(|r| r[0].starts_with("0x"))
        .map(|r| (hex(&r[0]), r[1].clone()))
        .collect();
    let spec: Vec<(u64, String)> = opcode::ALL
        .iter()
        .map(|(c, n)| (*c, n.to_string()))
        .collect();
    assert_eq!(listed, spec);
}

#[test]
fn tile_error_codes_agree_with_docs() {
    let rows = table(&doc("tile.md"), "| code | name | when |");
    let listed: Vec<(u64, String)> = rows
        .iter()
        .map(|r| (number(&r[0]) as u64, r[1].clone()))
        .collect();
    let spec: Vec<(u64, String)> = TileError::ALL
        .iter()
        .map(|e| (e.code() as u64, e.spec_name().to_string()))
        .collect();
    assert_eq!(listed, spec);
}

#[test]
fn tile_host_selects_agree_with_docs() {
    let rows = table(&doc("tile.md"), "| `host_sel` | memory |");
    let selects: Vec<u64> = rows
        .iter()
        .filter(|r| r[2] != "—")
        .map(|r| number(&r[0]) as u64)
        .collect();
    let spec: Vec<u64> = HostMem::ALL.iter().map(|m| m.sel() as u64).collect();
    assert_eq!(selects, spec);
}

#[test]
fn vrm_mode_codes_agree_with_docs() {
    let text = doc("vrm.md");
    let line = text
        .lines()
        .find(|l| l.starts_with("Mode codes:"))
        .expect("§10's mode code line");
    for mode in Mode::ALL {
        let needle = format!("`{}` {}", mode.spec_name(), mode.code());
        assert!(line.contains(&needle), "{needle:?} not in {line:?}");
    }
}

#[test]
fn vrm_command_table_agrees_with_docs() {
    let rows = table(&doc("vrm.md"), "| code | name | format | bytes |");
    assert_eq!(rows.len(), COMMANDS.len(), "one row per command");
    for c in COMMANDS {
        let row = rows
            .iter()
            .find(|r| hex(&r[0]) == c.code as u64)
            .unwrap_or_else(|| panic!("{} (0x{:02X}) is not in docs/vrm.md §11", c.name, c.code));
        let at = |what: &str| format!("{} (0x{:02X}) {what}", c.name, c.code);
        assert_eq!(row[1], c.name, "{}", at("name"));
        assert_eq!(number(&row[3]) as u8, c.bytes, "{}", at("bytes"));
        let format = row[2].split_whitespace().next().unwrap_or("");
        match c.format {
            Format::Byte => assert_eq!(format, "byte", "{}", at("format")),
            Format::Send => assert_eq!(format, "send", "{}", at("format")),
            Format::ReadOnly => assert_eq!(format, "read", "{}", at("format")),
            Format::Linear16 => assert_eq!(format, "LINEAR16", "{}", at("format")),
            Format::Raw { .. } => assert_eq!(format, "raw", "{}", at("format")),
            Format::Linear11 { k, s, tc, .. } => {
                assert_eq!(format, "LINEAR11", "{}", at("format"));
                let (k_cell, s_cell) = row[5].split_once(',').expect("K, S");
                let tc_doc = if k_cell.contains("· T_C") {
                    TcScale::Mul
                } else if k_cell.contains("/ T_C") {
                    TcScale::Div
                } else {
                    TcScale::None
                };
                assert_eq!(number(k_cell) as i64, k, "{}", at("K"));
                assert_eq!(tc_doc, tc, "{}", at("K's T_C"));
                assert_eq!(number(s_cell) as i32, s, "{}", at("S"));
            }
        }
        match c.format.range() {
            Some(r) => assert_eq!(range(&row[6]), r, "{}", at("range")),
            None => assert_eq!(row[6], "", "{}", at("range")),
        }
        if c.writable() {
            assert_eq!(number(&row[7]), c.reset, "{}", at("reset"));
        }
    }
}
