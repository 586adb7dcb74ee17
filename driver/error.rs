//! Errors of the driver library.

use std::path::PathBuf;

/// Every failure the driver can report. Messages follow clang's style: the
/// binary prints them as `valida-cc: error: <message>`.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "cannot run the C front end `{program}`: {source}\n\
         note: install clang 22 (`apt-get install clang-22`, or run scripts/install-deps.sh), \
         or set VALIDA_CLANG to a clang 22 binary"
    )]
    ClangMissing {
        program: String,
        #[source]
        source: std::io::Error,
    },
    #[error("clang failed on {path} (exit status {status})")]
    ClangFailed { path: PathBuf, status: String },
    #[error("{path}: cannot read LLVM IR: {message}")]
    BadIr { path: PathBuf, message: String },
    #[error("{path}: LLVM IR does not verify: {message}")]
    InvalidIr { path: PathBuf, message: String },
    #[error("Valida target is not available: {0}")]
    Target(String),
    #[error("{path}: optimisation pipeline `{pipeline}` failed: {message}")]
    Passes {
        path: PathBuf,
        pipeline: String,
        message: String,
    },
    #[error("{path}: {message}")]
    Assemble { path: PathBuf, message: String },
    #[error("{path}: code generation failed: {message}")]
    Codegen { path: PathBuf, message: String },
    #[error("{path}: unsupported input (expected .c, .rs, .ll, .bc, .s, .S, .o or .a)")]
    UnknownInput { path: PathBuf },
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Link(#[from] crate::link::LinkError),
    #[error(transparent)]
    Rust(#[from] crate::rust_error::RustError),
    #[error("runtime build failed: {0}")]
    Runtime(String),
    #[error("cannot run {path} on the VM: {message}")]
    Vm { path: PathBuf, message: String },
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
