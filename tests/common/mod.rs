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

static PRUNE: Once = Once::new();

/// A fresh scratch directory under the target directory. Directories left
/// by runs more than an hour old are removed on first use.
pub fn scratch(name: &str) -> PathBuf {
    let root = manifest_dir().join("target").join("test-scratch");
    PRUNE.call_once(|| {
        let hour = std::time::Duration::from_secs(3600);
        for entry in std::fs::read_dir(&root).into_iter().flatten().flatten() {
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > hour);
            if old {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    });
    let dir = root.join(format!("{name}-{}", std::process::id()));
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
