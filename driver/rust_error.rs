//! Errors of the Rust support (a module of its own, beside `error`: the
//! driver's `Error` wraps these, and `rust/` uses both, so neither
//! `error` nor this file depends on `rust/`).

use std::path::PathBuf;

/// What can go wrong when building Rust for Valida.
#[derive(Debug, thiserror::Error)]
pub enum RustError {
    #[error(
        "cannot run `{program}`: {source}\n\
         note: Rust for Valida needs Debian's Rust toolchain (rustc 1.96 with LLVM 22): \
         `apt-get install rustc-web cargo-web rust-web-src` (or scripts/install-deps.sh), \
         or set {env} to such a binary"
    )]
    ToolMissing {
        program: String,
        env: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "the Rust library sources are not installed ({path} is missing)\n\
         note: `apt-get install rust-web-src`"
    )]
    NoLibrarySource { path: PathBuf },
    #[error("{what} failed (exit status {status})")]
    ToolFailed { what: String, status: String },
    #[error("{path}: {message}")]
    Archive { path: PathBuf, message: String },
    #[error("{path}: cannot link the Rust bitcode: {message}")]
    Link { path: PathBuf, message: String },
    #[error("Rust sysroot: {0}")]
    Sysroot(String),
    #[error("{0}")]
    Usage(String),
}

/// `status` of a finished process for messages.
pub fn status_text(status: std::process::ExitStatus) -> String {
    status
        .code()
        .map_or_else(|| "killed by a signal".to_string(), |c| c.to_string())
}
