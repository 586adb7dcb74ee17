//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Once;

/// The `valida-cc` binary built for these tests.
pub fn driver() -> Command {
    Command::new(env!("CARGO_BIN_EXE_valida-cc"))
}

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh scratch directory under the target directory.
pub fn scratch(name: &str) -> PathBuf {
    let dir = manifest_dir()
        .join("target")
        .join("test-scratch")
        .join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

pub fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("spawn valida-cc")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

static RUNTIME: Once = Once::new();

/// Builds the runtime once before tests compile programs in parallel.
pub fn prime_runtime() {
    RUNTIME.call_once(|| {
        let out = run(driver().arg("--print-runtime"));
        if !out.status.success() {
            eprintln!("runtime build failed:\n{}", text(&out.stderr));
        }
    });
}

/// Compiles `sources` with `flags` into `out`; returns the driver's output.
pub fn compile(sources: &[&Path], flags: &[&str], out: &Path) -> Output {
    prime_runtime();
    let mut cmd = driver();
    cmd.args(flags).args(sources).arg("-o").arg(out);
    run(&mut cmd)
}
