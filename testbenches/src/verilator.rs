//! The Verilator bridge: verilate a Verilog text on demand, cache the shared library by a hash
//! of the text and options, and drive it through a small generated C ABI.
//!
//! Design decision: the `verilated` crates target Verilator 4, so we generate our own shim. Each
//! instance owns its `VerilatedContext`, so several models (and several instances of one model)
//! live in one process. Ports are found by name from the Verilated header; ports up to 64 bits
//! are read as `u64`, wider ones as `u32` words.

use std::collections::HashMap;
use std::ffi::{c_char, c_int, c_void, CString};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

/// Waveform format for a traced build.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Trace {
    /// No tracing compiled in (fastest).
    Off,
    /// Value change dump.
    Vcd,
    /// Compressed FST.
    Fst,
}

/// Why Verilating a design, loading it or tracing it failed; each a one-line message.
#[derive(Debug, thiserror::Error)]
pub enum VerilatorError {
    /// A tool (Verilator, the C++ compiler, make) failed; its full output is in `log`.
    #[error("{what} failed: {first} (full output: {})", log.display())]
    Failed {
        /// The step.
        what: String,
        /// The output's first error line (else its last line).
        first: String,
        /// The file holding the whole output.
        log: PathBuf,
    },
    /// A tool could not be started.
    #[error("{what}: cannot run {program} (run scripts/setup): {source}")]
    NotRunnable {
        /// The step.
        what: String,
        /// The program.
        program: String,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// A file of the build could not be written, read or moved.
    #[error("{context}: {source}")]
    Io {
        /// What was being done, with the path.
        context: String,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// The build is incomplete or the library cannot be loaded.
    #[error("{0}")]
    Build(String),
    /// The design's parameters are refused before anything is built.
    #[error("{0}")]
    Design(String),
    /// The design lacks a port the harness drives.
    #[error("the design has no port '{0}'")]
    NoPort(String),
    /// A waveform that cannot be written.
    #[error("{0}")]
    Trace(String),
}

fn io(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> VerilatorError {
    let context = context.into();
    move |source| VerilatorError::Io { context, source }
}

impl Trace {
    /// The format a file name asks for (`.vcd` or `.fst`).
    pub fn for_path(path: &Path) -> Result<Trace, VerilatorError> {
        match path.extension().and_then(|e| e.to_str()) {
            Some("vcd") => Ok(Trace::Vcd),
            Some("fst") => Ok(Trace::Fst),
            _ => Err(VerilatorError::Trace(format!(
                "trace file {} must end in .vcd or .fst",
                path.display()
            ))),
        }
    }
}

/// One top-level port.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Port {
    /// Name.
    pub name: String,
    /// Width in bits.
    pub width: usize,
    /// True for inputs.
    pub input: bool,
}

type NewFn = unsafe extern "C" fn() -> *mut c_void;
type FreeFn = unsafe extern "C" fn(*mut c_void);
type EvalFn = unsafe extern "C" fn(*mut c_void);
type SetFn = unsafe extern "C" fn(*mut c_void, c_int, *const u32);
type GetFn = unsafe extern "C" fn(*mut c_void, c_int, *mut u32);
type TraceOpenFn = unsafe extern "C" fn(*mut c_void, *const c_char) -> c_int;
type TraceDumpFn = unsafe extern "C" fn(*mut c_void, u64);
type TraceCloseFn = unsafe extern "C" fn(*mut c_void);

/// A Verilated design loaded from its cached shared library.
pub struct VerilatedModel {
    lib: libloading::Library,
    ports: Vec<Port>,
    index: HashMap<String, usize>,
    trace: Trace,
    /// Where the build lives.
    pub dir: PathBuf,
}

/// The cache root: `$GRIDCORE_CACHE`, else `$XDG_CACHE_HOME/gridcore`, else `~/.cache/gridcore`.
pub fn cache_root() -> PathBuf {
    if let Some(p) = std::env::var_os("GRIDCORE_CACHE") {
        return PathBuf::from(p);
    }
    if let Some(p) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(p).join("gridcore");
    }
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| "/tmp".into());
    home.join(".cache").join("gridcore")
}

/// Runs a build step; on failure its whole output goes to `<dir>/<log_name>`, where `dir` is the
/// command's working folder, and the error is one line.
fn run(cmd: &mut Command, what: &str, log_name: &str) -> Result<(), VerilatorError> {
    let out = cmd.output().map_err(|source| VerilatorError::NotRunnable {
        what: what.to_string(),
        program: cmd.get_program().to_string_lossy().into_owned(),
        source,
    })?;
    if out.status.success() {
        return Ok(());
    }
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let log = cmd
        .get_current_dir()
        .map_or_else(|| PathBuf::from(log_name), |d| d.join(log_name));
    std::fs::write(&log, &text).map_err(io(format!("cannot write {}", log.display())))?;
    // The first error names the cause (Verilator's last line only counts them).
    let last = text
        .lines()
        .find(|l| l.contains("%Error") || l.contains("error:"))
        .or_else(|| text.lines().rev().find(|l| !l.trim().is_empty()))
        .unwrap_or("no output")
        .trim()
        .to_string();
    Err(VerilatorError::Failed {
        what: what.to_string(),
        first: last,
        log,
    })
}

/// Parses `VL_IN8(&name,7,0);`-style declarations of a Verilated model header.
pub fn parse_ports(header: &str) -> Vec<Port> {
    let mut ports = Vec::new();
    for line in header.lines() {
        let line = line.trim();
        let (input, rest) = if let Some(r) = line.strip_prefix("VL_IN") {
            (true, r)
        } else if let Some(r) = line.strip_prefix("VL_OUT") {
            (false, r)
        } else {
            continue;
        };
        let Some(open) = rest.find("(&") else {
            continue;
        };
        let args: Vec<&str> = rest[open + 2..]
            .trim_end_matches(");")
            .split(',')
            .map(str::trim)
            .collect();
        if args.len() < 3 {
            continue;
        }
        let (Ok(msb), Ok(lsb)) = (args[1].parse::<usize>(), args[2].parse::<usize>()) else {
            continue;
        };
        ports.push(Port {
            name: args[0].to_string(),
            width: msb - lsb + 1,
            input,
        });
    }
    ports
}

fn ctype(width: usize) -> &'static str {
    match width {
        0..=8 => "CData",
        9..=16 => "SData",
        17..=32 => "IData",
        33..=64 => "QData",
        _ => "WData",
    }
}

fn shim_source(top: &str, ports: &[Port], trace: Trace) -> String {
    let class = format!("V{top}");
    let (trace_inc, trace_cls) = match trace {
        Trace::Off => ("", ""),
        Trace::Vcd => ("#include \"verilated_vcd_c.h\"\n", "VerilatedVcdC"),
        Trace::Fst => ("#include \"verilated_fst_c.h\"\n", "VerilatedFstC"),
    };
    let mut set = String::new();
    let mut get = String::new();
    for (i, p) in ports.iter().enumerate() {
        let words = p.width.div_ceil(32);
        let ty = ctype(p.width);
        if p.width > 64 {
            if p.input {
                set.push_str(&format!(
                    "    case {i}: for (int w = 0; w < {words}; ++w) m->top->{n}[w] = v[w]; break;\n",
                    n = p.name
                ));
            }
            get.push_str(&format!(
                "    case {i}: for (int w = 0; w < {words}; ++w) v[w] = m->top->{n}[w]; break;\n",
                n = p.name
            ));
        } else {
            if p.input {
                set.push_str(&format!(
                    "    case {i}: m->top->{n} = ({ty})(((uint64_t)v[1] << 32) | v[0]); break;\n",
                    n = p.name
                ));
            }
            get.push_str(&format!(
                "    case {i}: {{ uint64_t x = (uint64_t)m->top->{n}; v[0] = (uint32_t)x; v[1] = (uint32_t)(x >> 32); }} break;\n",
                n = p.name
            ));
        }
    }
    let trace_fns = if trace == Trace::Off {
        "extern \"C\" int gc_trace_open(void*, const char*) { return 0; }\n\
         extern \"C\" void gc_trace_dump(void*, uint64_t) {}\n\
         extern \"C\" void gc_trace_close(void*) {}\n"
            .to_string()
    } else {
        format!(
            "extern \"C\" int gc_trace_open(void* p, const char* path) {{\n\
             \x20 Inst* m = (Inst*)p; if (m->tfp) return 0;\n\
             \x20 m->tfp = new {trace_cls}; m->top->trace(m->tfp, 99); m->tfp->open(path);\n\
             \x20 return m->tfp->isOpen() ? 1 : 0; }}\n\
             extern \"C\" void gc_trace_dump(void* p, uint64_t t) {{ Inst* m = (Inst*)p; if (m->tfp) m->tfp->dump(t); }}\n\
             extern \"C\" void gc_trace_close(void* p) {{ Inst* m = (Inst*)p; if (m->tfp) {{ m->tfp->close(); delete m->tfp; m->tfp = nullptr; }} }}\n"
        )
    };
    let tfp_member = if trace == Trace::Off {
        "  void* tfp = nullptr;\n".to_string()
    } else {
        format!("  {trace_cls}* tfp = nullptr;\n")
    };
    let free_trace = if trace == Trace::Off {
        ""
    } else {
        "  if (m->tfp) { m->tfp->close(); delete m->tfp; }\n"
    };
    format!(
        "// Generated by gridcore's Verilator bridge. Do not edit.\n\
         #include <cstdint>\n#include \"verilated.h\"\n{trace_inc}#include \"{class}.h\"\n\
         struct Inst {{\n  VerilatedContext* ctx;\n  {class}* top;\n{tfp_member}}};\n\
         extern \"C\" void* gc_new() {{\n  Inst* m = new Inst;\n  m->ctx = new VerilatedContext;\n\
         \x20 m->ctx->traceEverOn(true);\n  m->top = new {class}{{m->ctx}};\n  return m;\n}}\n\
         extern \"C\" void gc_free(void* p) {{\n  Inst* m = (Inst*)p;\n{free_trace}\
         \x20 m->top->final();\n  delete m->top;\n  delete m->ctx;\n  delete m;\n}}\n\
         extern \"C\" void gc_eval(void* p) {{ ((Inst*)p)->top->eval(); }}\n\
         extern \"C\" void gc_set(void* p, int i, const uint32_t* v) {{\n  Inst* m = (Inst*)p;\n  switch (i) {{\n{set}    default: break;\n  }}\n}}\n\
         extern \"C\" void gc_get(void* p, int i, uint32_t* v) {{\n  Inst* m = (Inst*)p;\n  switch (i) {{\n{get}    default: break;\n  }}\n}}\n\
         {trace_fns}"
    )
}

/// Extra Verilator options for a build (e.g. defines for Yosys cell models).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct BuildOptions {
    /// Waveform support compiled in.
    pub trace: Option<Trace>,
    /// Additional Verilog files (cell libraries).
    pub extra_files: Vec<PathBuf>,
    /// Additional verilator arguments.
    pub extra_args: Vec<String>,
}

impl VerilatedModel {
    /// Verilates `verilog` (top module `top`) unless a build of the same text and options is
    /// cached, and loads it. Takes tens of seconds the first time; progress goes to `log`.
    pub fn build(
        verilog: &str,
        top: &str,
        options: &BuildOptions,
        log: &mut dyn FnMut(&str),
    ) -> Result<Arc<VerilatedModel>, VerilatorError> {
        let trace = options.trace.unwrap_or(Trace::Off);
        let mut key = verilog.to_string();
        key.push_str(&format!(
            "\n//{top} {trace:?} {:?} {:?} v3",
            options.extra_files, options.extra_args
        ));
        for f in &options.extra_files {
            key.push_str(&std::fs::read_to_string(f).unwrap_or_default());
        }
        let hash = rtl::emit::fnv1a64(key.as_bytes());
        let dir = cache_root()
            .join("verilator")
            .join(format!("{top}-{hash:016x}"));
        let lib_path = dir.join("libgcmodel.so");
        if !lib_path.exists() {
            log(&format!("verilating {top} (cache miss, {})", dir.display()));
            // Unique per build attempt: threads of one test binary may verilate the same design
            // at once, and each must keep its own scratch folder.
            static ATTEMPT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
            let n = ATTEMPT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let tmp = dir.with_extension(format!("tmp{}-{n}", std::process::id()));
            let _ = std::fs::remove_dir_all(&tmp);
            std::fs::create_dir_all(&tmp)
                .map_err(io(format!("cannot create {}", tmp.display())))?;
            Self::compile(verilog, top, options, trace, &tmp)?;
            if lib_path.exists() {
                // Another thread or process finished the same build first: use theirs.
                let _ = std::fs::remove_dir_all(&tmp);
            } else {
                let _ = std::fs::remove_dir_all(&dir);
                if let Err(e) = std::fs::rename(&tmp, &dir) {
                    let _ = std::fs::remove_dir_all(&tmp);
                    if !lib_path.exists() {
                        return Err(VerilatorError::Io {
                            context: "cannot move the build into the cache".into(),
                            source: e,
                        });
                    }
                }
            }
        }
        Self::load(&dir, top, trace)
    }

    fn compile(
        verilog: &str,
        top: &str,
        options: &BuildOptions,
        trace: Trace,
        dir: &Path,
    ) -> Result<(), VerilatorError> {
        std::fs::write(dir.join("design.v"), verilog).map_err(io("cannot write design.v"))?;
        let mut cmd = Command::new("verilator");
        cmd.current_dir(dir).args([
            "--cc",
            "design.v",
            "--top-module",
            top,
            "-Mdir",
            "obj",
            "-O3",
            "--x-assign",
            "0",
            "--x-initial",
            "0",
            "-Wno-fatal",
            "-Wno-lint",
            "-Wno-style",
            "--build",
            "-j",
            "2",
            "-CFLAGS",
            "-fPIC -O1",
        ]);
        match trace {
            Trace::Off => {}
            Trace::Vcd => {
                cmd.arg("--trace");
            }
            Trace::Fst => {
                cmd.arg("--trace-fst");
            }
        }
        cmd.args(&options.extra_args);
        for f in &options.extra_files {
            // Cell libraries `include their siblings (e.g. Yosys' ecp5/cells_sim.v).
            if let Some(dir) = f.parent().filter(|d| !d.as_os_str().is_empty()) {
                cmd.arg(format!("-I{}", dir.display()));
            }
            cmd.arg(f);
        }
        run(&mut cmd, "verilator", "verilator.log")?;
        let header = std::fs::read_to_string(dir.join("obj").join(format!("V{top}.h")))
            .map_err(io("verilated header missing"))?;
        let ports = parse_ports(&header);
        let ports_txt: String = ports
            .iter()
            .map(|p| {
                format!(
                    "{} {} {}\n",
                    p.name,
                    p.width,
                    if p.input { "in" } else { "out" }
                )
            })
            .collect();
        std::fs::write(dir.join("ports.txt"), ports_txt).map_err(io("cannot write ports.txt"))?;
        std::fs::write(dir.join("shim.cpp"), shim_source(top, &ports, trace))
            .map_err(io("cannot write shim.cpp"))?;
        let include = verilator_include()?;
        let mut link = Command::new("g++");
        link.current_dir(dir).args([
            "-shared",
            "-fPIC",
            "-O1",
            "-std=c++17",
            "-o",
            "libgcmodel.so",
            "shim.cpp",
        ]);
        link.arg(format!("-I{}", include.display()));
        link.arg(format!("-I{}", include.join("vltstd").display()));
        link.arg("-Iobj");
        link.arg(format!("obj/V{top}__ALL.a"));
        for object in runtime_objects(dir, top, trace)? {
            link.arg(object);
        }
        if trace == Trace::Fst {
            link.arg("-lz");
        }
        link.arg("-lpthread");
        run(&mut link, "linking the Verilator shim", "link.log")
    }

    fn load(dir: &Path, _top: &str, trace: Trace) -> Result<Arc<VerilatedModel>, VerilatorError> {
        let ports_txt =
            std::fs::read_to_string(dir.join("ports.txt")).map_err(io("cannot read ports.txt"))?;
        let ports: Vec<Port> = ports_txt
            .lines()
            .filter_map(|l| {
                let mut it = l.split_whitespace();
                Some(Port {
                    name: it.next()?.to_string(),
                    width: it.next()?.parse().ok()?,
                    input: it.next()? == "in",
                })
            })
            .collect();
        let index = ports
            .iter()
            .enumerate()
            .map(|(i, p)| (p.name.clone(), i))
            .collect();
        // SAFETY: the library is our own generated shim with the C ABI declared above.
        let lib = unsafe { libloading::Library::new(dir.join("libgcmodel.so")) }
            .map_err(|e| VerilatorError::Build(format!("cannot load {}: {e}", dir.display())))?;
        Ok(Arc::new(VerilatedModel {
            lib,
            ports,
            index,
            trace,
            dir: dir.to_path_buf(),
        }))
    }

    /// The ports, in shim index order.
    pub fn ports(&self) -> &[Port] {
        &self.ports
    }

    /// The index of port `name`.
    pub fn port(&self, name: &str) -> Result<usize, VerilatorError> {
        self.index
            .get(name)
            .copied()
            .ok_or_else(|| VerilatorError::NoPort(name.to_string()))
    }

    /// A fresh instance (its own `VerilatedContext`).
    pub fn instance(self: &Arc<Self>) -> Instance {
        // SAFETY: symbols exist in every generated shim.
        unsafe {
            let new: libloading::Symbol<NewFn> = self.lib.get(b"gc_new").expect("gc_new");
            Instance {
                ptr: new(),
                eval: *self.lib.get::<EvalFn>(b"gc_eval").expect("gc_eval"),
                set: *self.lib.get::<SetFn>(b"gc_set").expect("gc_set"),
                get: *self.lib.get::<GetFn>(b"gc_get").expect("gc_get"),
                trace_dump: *self.lib.get::<TraceDumpFn>(b"gc_trace_dump").expect("dump"),
                model: self.clone(),
            }
        }
    }
}

/// The Verilator runtime (`verilated.o`, threads, the trace writer), compiled once per trace
/// kind with the generated makefile's own flags and kept in the cache.
fn runtime_objects(dir: &Path, top: &str, trace: Trace) -> Result<Vec<PathBuf>, VerilatorError> {
    let classes = std::fs::read_to_string(dir.join("obj").join(format!("V{top}_classes.mk")))
        .map_err(io("verilated makefile missing"))?;
    let mut globals = Vec::new();
    let mut in_globals = false;
    for line in classes.lines() {
        if line.starts_with("VM_GLOBAL_FAST") || line.starts_with("VM_GLOBAL_SLOW") {
            in_globals = true;
            continue;
        }
        if in_globals {
            let name = line.trim().trim_end_matches('\\').trim();
            if name.is_empty() {
                in_globals = false;
            } else {
                globals.push(format!("{name}.o"));
            }
        }
    }
    let runtime = cache_root()
        .join("verilator")
        .join(format!("runtime-{trace:?}"));
    if !globals.iter().all(|g| runtime.join(g).exists()) {
        let mut make = Command::new("make");
        make.current_dir(dir.join("obj"))
            .args(["-f", &format!("V{top}.mk")])
            .args(&globals);
        run(&mut make, "compiling the Verilator runtime", "runtime.log")?;
        let tmp = runtime.with_extension(format!("tmp{}", std::process::id()));
        std::fs::create_dir_all(&tmp).map_err(io(format!("cannot create {}", tmp.display())))?;
        for g in &globals {
            std::fs::copy(dir.join("obj").join(g), tmp.join(g))
                .map_err(io(format!("cannot copy {g}")))?;
        }
        let _ = std::fs::remove_dir_all(&runtime);
        std::fs::rename(&tmp, &runtime).map_err(io("cannot move the runtime into the cache"))?;
    }
    Ok(globals.iter().map(|g| runtime.join(g)).collect())
}

fn verilator_include() -> Result<PathBuf, VerilatorError> {
    let out = Command::new("verilator")
        .arg("--getenv")
        .arg("VERILATOR_ROOT")
        .output()
        .map_err(|source| VerilatorError::NotRunnable {
            what: "finding verilated.h".into(),
            program: "verilator".into(),
            source,
        })?;
    let root = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let include = root.join("include");
    if include.join("verilated.h").exists() {
        Ok(include)
    } else {
        Err(VerilatorError::Build(format!(
            "verilated.h not found under {}",
            include.display()
        )))
    }
}

/// One running instance of a [`VerilatedModel`].
pub struct Instance {
    ptr: *mut c_void,
    eval: EvalFn,
    set: SetFn,
    get: GetFn,
    trace_dump: TraceDumpFn,
    model: Arc<VerilatedModel>,
}

impl Instance {
    /// Sets an input port (up to 64 bits).
    ///
    /// # Panics
    /// If the port is wider than 64 bits (the shim would read more words than given).
    pub fn set(&mut self, port: usize, value: u64) {
        assert!(
            self.model.ports[port].width <= 64,
            "port wider than 64 bits"
        );
        let v = [value as u32, (value >> 32) as u32];
        // SAFETY: `ptr` is live; the shim ignores unknown indices.
        unsafe { (self.set)(self.ptr, port as c_int, v.as_ptr()) }
    }

    /// Reads a port (up to 64 bits).
    ///
    /// # Panics
    /// If the port is wider than 64 bits (the shim would write more words than there are).
    pub fn get(&self, port: usize) -> u64 {
        assert!(
            self.model.ports[port].width <= 64,
            "port wider than 64 bits"
        );
        let mut v = [0u32; 2];
        // SAFETY: as above; the shim writes 2 words for ports up to 64 bits.
        unsafe { (self.get)(self.ptr, port as c_int, v.as_mut_ptr()) };
        v[0] as u64 | ((v[1] as u64) << 32)
    }

    /// Evaluates the model.
    pub fn eval(&mut self) {
        // SAFETY: `ptr` is live.
        unsafe { (self.eval)(self.ptr) }
    }

    /// Starts writing a waveform to `path` (needs a traced build).
    pub fn trace_open(&mut self, path: &Path) -> Result<(), VerilatorError> {
        if self.model.trace == Trace::Off {
            return Err(VerilatorError::Trace(
                "this build has no tracing compiled in".into(),
            ));
        }
        let c = CString::new(path.to_string_lossy().as_bytes())
            .map_err(|e| VerilatorError::Trace(e.to_string()))?;
        // SAFETY: symbol from our shim; `c` outlives the call.
        let ok = unsafe {
            let open: libloading::Symbol<TraceOpenFn> = self
                .model
                .lib
                .get(b"gc_trace_open")
                .map_err(|e| VerilatorError::Build(e.to_string()))?;
            open(self.ptr, c.as_ptr())
        };
        if ok == 1 {
            Ok(())
        } else {
            Err(VerilatorError::Trace(format!(
                "cannot open trace file {}",
                path.display()
            )))
        }
    }

    /// Dumps the current values at `time` (no-op when no trace is open).
    pub fn trace_dump(&mut self, time: u64) {
        // SAFETY: `ptr` is live.
        unsafe { (self.trace_dump)(self.ptr, time) }
    }

    /// Closes the waveform.
    pub fn trace_close(&mut self) {
        // SAFETY: symbol from our shim.
        unsafe {
            if let Ok(close) = self.model.lib.get::<TraceCloseFn>(b"gc_trace_close") {
                close(self.ptr)
            }
        }
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        // SAFETY: `ptr` came from gc_new and is freed once.
        unsafe {
            if let Ok(free) = self.model.lib.get::<FreeFn>(b"gc_free") {
                free(self.ptr)
            }
        }
    }
}
