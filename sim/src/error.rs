//! The models' typed error: what a request to them cannot do, each a one-line message that
//! names what and where.

/// Why a request to the models failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SimError {
    /// A program's text form does not parse (the message names the line).
    #[error("{0}")]
    Program(String),
    /// A vector file is malformed or holds what the tile does not support.
    #[error("{0}")]
    Vectors(String),
    /// A network or program does not fit the tile's configuration.
    #[error("{0}")]
    DoesNotFit(String),
    /// A tile's outputs differ from the expected ones (the message names the first).
    #[error("{0}")]
    Mismatch(String),
    /// A rail, load trace or scenario the models refuse.
    #[error("{0}")]
    Setup(String),
    /// A controller for a closed-loop run could not be made.
    #[error("{0}")]
    Controller(String),
}
