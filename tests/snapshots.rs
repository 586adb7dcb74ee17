//! insta snapshots of the code generator's output for the small C functions
//! under tests/inputs/: MIR after instruction selection, MIR after the
//! virtual-register-to-slot lowering, and the final assembly (at -O2), plus
//! MIR after the -O0 one-slot-per-vreg lowering.
//!
//! Each stage runs the `valida-cc` binary (LLVM's `-stop-after` can be set
//! once per process). Review changes with `cargo insta review`; run a
//! subset with `INSTA_GLOB_FILTER=add.c`.

mod common;

use std::path::Path;

use common::{driver, run, text};

/// The target's pass that rewrites virtual registers into shared frame
/// slots (-O1 and above).
const SLOT_PASS: &str = "valida-slot-alloc";
/// The pass that gives every virtual register its own slot (-O0).
const VREG_PASS: &str = "valida-vreg-lowering";

/// Output of `valida-cc -O2 <flags> file -o -`, without what depends on the
/// machine or the clang build: the IR module embedded at the top of MIR
/// output (the IR has its own tests), module IDs and clang's version.
fn compile_stdout(path: &Path, flags: &[&str]) -> String {
    compile_stdout_at(path, "-O2", flags)
}

fn compile_stdout_at(path: &Path, opt: &str, flags: &[&str]) -> String {
    let dir = path.parent().expect("input has a parent directory");
    let file = path.file_name().expect("input has a file name");
    let out = run(driver()
        .current_dir(dir)
        .arg(opt)
        .args(flags)
        .arg(file)
        .args(["-o", "-"]));
    assert!(
        out.status.success(),
        "valida-cc {flags:?} {} failed:\n{}",
        path.display(),
        text(&out.stderr)
    );
    let mut kept = Vec::new();
    let mut in_ir = false;
    let stdout = text(&out.stdout);
    for line in stdout.lines() {
        if line == "--- |" {
            in_ir = true;
            continue;
        }
        if in_ir && line.starts_with("---") {
            in_ir = false;
        }
        let t = line.trim_start();
        if in_ir
            || t.starts_with("; ModuleID")
            || t.contains("source_filename")
            || t.contains("clang version")
        {
            continue;
        }
        kept.push(line);
    }
    kept.join("\n")
}

#[test]
fn mir_after_isel() {
    insta::glob!("inputs/*.c", |path| {
        let out = compile_stdout(path, &["--emit-mir=finalize-isel"]);
        insta::assert_snapshot!(out);
    })
}

#[test]
fn mir_after_slot_lowering() {
    insta::glob!("inputs/*.c", |path| {
        let out = compile_stdout(path, &[&format!("--emit-mir={SLOT_PASS}")]);
        insta::assert_snapshot!(out);
    })
}

#[test]
fn assembly() {
    insta::glob!("inputs/*.c", |path| {
        let out = compile_stdout(path, &["-S"]);
        insta::assert_snapshot!(out);
    })
}

#[test]
fn mir_after_vreg_lowering_o0() {
    insta::glob!("inputs/*.c", |path| {
        let out = compile_stdout_at(path, "-O0", &[&format!("--emit-mir={VREG_PASS}")]);
        insta::assert_snapshot!(out);
    })
}
