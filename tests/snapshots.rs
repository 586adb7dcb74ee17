//! insta snapshots of the code generator's output for the small C functions
//! under tests/inputs/: MIR after instruction selection, MIR after the
//! virtual-register-to-slot lowering, and the final assembly (all at -O2).
//!
//! Each stage runs the `valida-cc` binary (LLVM's `-stop-after` can be set
//! once per process). Review changes with `cargo insta review`; run a
//! subset with `INSTA_GLOB_FILTER=add.c`.

mod common;

use std::path::Path;

use common::{driver, run, text};

/// The target's pass that rewrites virtual registers into frame slots.
const SLOT_PASS: &str = "valida-slot-alloc";

/// Output of `valida-cc -O2 <flags> file -o -`, with lines that name the
/// machine (paths) removed.
fn compile_stdout(path: &Path, flags: &[&str]) -> String {
    let dir = path.parent().expect("input has a parent directory");
    let file = path.file_name().expect("input has a file name");
    let out = run(driver()
        .current_dir(dir)
        .arg("-O2")
        .args(flags)
        .arg(file)
        .args(["-o", "-"]));
    assert!(
        out.status.success(),
        "valida-cc {flags:?} {} failed:\n{}",
        path.display(),
        text(&out.stderr)
    );
    text(&out.stdout)
        .lines()
        .filter(|l| !l.starts_with("; ModuleID") && !l.contains("source_filename"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn mir_after_isel() {
    insta::glob!("inputs/*.c", |path| {
        insta::assert_snapshot!(compile_stdout(path, &["--emit-mir=finalize-isel"]));
    });
}

#[test]
fn mir_after_slot_lowering() {
    insta::glob!("inputs/*.c", |path| {
        insta::assert_snapshot!(compile_stdout(path, &[&format!("--emit-mir={SLOT_PASS}")]));
    });
}

#[test]
fn assembly() {
    insta::glob!("inputs/*.c", |path| {
        insta::assert_snapshot!(compile_stdout(path, &["-S"]));
    });
}
