//! The `gridcore` jobs as library functions: each takes its parsed arguments and a progress
//! callback, writes its files, and returns a [`Report`] (text and JSON) or a typed
//! [`JobError`]. The binary only parses arguments, calls one of these and prints.
//!
//! They live here because they drive the Verilated designs against the models (this crate's
//! business); synthesis is `fpga`'s, called from here for `flow` and `synth`.

pub mod model;
pub mod plot;
pub mod tile;
pub mod vrm;

use std::fmt::Display;
use std::path::Path;

/// What a job says when it ran: the text for people, the same as JSON, whether its checks
/// passed and, when not, the one-line reason.
#[derive(Debug, Clone)]
pub struct Report {
    /// Human-readable result (Markdown tables, summaries).
    pub text: String,
    /// Machine-readable result.
    pub json: serde_json::Value,
    /// `None` when every check passed; else the one-line reason (the exit code is then 1).
    pub failure: Option<String>,
}

impl Report {
    /// A passing report.
    pub fn ok(text: impl Into<String>, json: serde_json::Value) -> Self {
        Report {
            text: text.into(),
            json,
            failure: None,
        }
    }

    /// A report of checks that failed, with the one-line reason.
    pub fn failed(text: impl Into<String>, json: serde_json::Value, why: String) -> Self {
        Report {
            text: text.into(),
            json,
            failure: Some(why),
        }
    }
}

/// Why a job could not run: each displays as one line.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    /// Bad input: a setting, a file's contents, a shape that does not fit.
    #[error("{0}")]
    Input(String),
    /// A file or folder could not be read or written.
    #[error("{context}: {source}")]
    Io {
        /// What was being done, with the path.
        context: String,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// An external tool (Verilator, a C compiler) failed.
    #[error("{0}")]
    Tool(String),
    /// The synthesis flow failed (`fpga`'s typed error: a tool, a design that does not fit).
    #[error(transparent)]
    Flow(#[from] fpga::FlowError),
    /// Verilating, loading or tracing a design failed (`testbenches::verilator`'s typed error).
    #[error(transparent)]
    Verilator(#[from] crate::verilator::VerilatorError),
    /// A model or its tensors could not be read or mapped (`compiler`'s typed error).
    #[error(transparent)]
    Compile(#[from] compiler::CompileError),
}

/// Result of a job.
pub type JobResult<T> = Result<T, JobError>;

/// Progress of long work: one line per call, for stderr.
pub type Progress<'a> = &'a mut dyn FnMut(&str);

/// Adds what was being done to an I/O error.
pub trait IoContext<T> {
    /// The error as [`JobError::Io`] with `context()`.
    fn io_context(self, context: impl FnOnce() -> String) -> JobResult<T>;
}

impl<T> IoContext<T> for Result<T, std::io::Error> {
    fn io_context(self, context: impl FnOnce() -> String) -> JobResult<T> {
        self.map_err(|source| JobError::Io {
            context: context(),
            source,
        })
    }
}

/// Turns an error that is a message (`String`, a config error) into a [`JobError`].
pub trait MessageError<T> {
    /// As bad input.
    fn input(self) -> JobResult<T>;
    /// As bad input, prefixed (`"file.json: ..."`).
    fn input_in(self, prefix: impl Display) -> JobResult<T>;
    /// As a tool failure.
    fn tool(self) -> JobResult<T>;
}

impl<T, E: Display> MessageError<T> for Result<T, E> {
    fn input(self) -> JobResult<T> {
        self.map_err(|e| JobError::Input(e.to_string()))
    }
    fn input_in(self, prefix: impl Display) -> JobResult<T> {
        self.map_err(|e| JobError::Input(format!("{prefix}: {e}")))
    }
    fn tool(self) -> JobResult<T> {
        self.map_err(|e| JobError::Tool(e.to_string()))
    }
}

/// Creates `dir` and checks a file can be written there, before any work.
pub fn writable_dir(dir: &Path) -> JobResult<()> {
    std::fs::create_dir_all(dir)
        .io_context(|| format!("cannot create output folder {}", dir.display()))?;
    let probe = dir.join(".gridcore-write-test");
    std::fs::write(&probe, b"")
        .io_context(|| format!("output folder {} is not writable", dir.display()))?;
    let _ = std::fs::remove_file(probe);
    Ok(())
}

/// Writes `text` to `path`, naming the path on failure.
pub fn write_file(path: &Path, text: impl AsRef<[u8]>) -> JobResult<()> {
    std::fs::write(path, text).io_context(|| format!("cannot write {}", path.display()))
}

/// A JSON value as pretty text (a `Value` always serializes).
pub fn pretty(value: &serde_json::Value) -> String {
    serde_json::to_string_pretty(value).expect("a JSON value serializes")
}

/// Reads `path` as text, naming the path on failure.
pub fn read_file(path: &Path, what: &str) -> JobResult<String> {
    std::fs::read_to_string(path).io_context(|| format!("cannot read {what} {}", path.display()))
}

/// Which implementation runs a job's simulation.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Backend {
    /// The cycle model.
    Model,
    /// The Verilated RTL.
    Rtl,
}

impl Backend {
    /// The name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Model => "model",
            Backend::Rtl => "rtl",
        }
    }
}

macro_rules! bail_input {
    ($($arg:tt)*) => {
        return Err($crate::jobs::JobError::Input(format!($($arg)*)))
    };
}
pub(crate) use bail_input;
