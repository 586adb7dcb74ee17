//! The driver compiles IR through the Valida target linked into it as a
//! static library (inkwell + `LLVMInitializeValida*`). That path must give
//! exactly the assembly stock `llc` gives with the target's plugin: both
//! are the same target code, and a difference would mean the driver sets
//! up the TargetMachine differently (options, pass pipeline, code model).
//!
//! Each lit input is first run through the driver's IR pipeline
//! (`--emit-llvm`), so that both code generators see the same module.

mod common;

use std::process::Command;

use common::{driver, manifest_dir, run, scratch, text};

// Not alloca.ll: its `__valida_alloca_area` globals are created by a codegen
// pass, after the driver has given each IR global its own section, so they
// land in plain .bss/.data instead of llc's per-symbol sections.
const INPUTS: &[&str] = &[
    "seed-t0", "alu", "calls", "branches", "globals", "i64", "varargs", "aggregates", "select",
    "icmp", "float",
];

fn llc() -> Command {
    let prefix = std::env::var("LLVM_SYS_221_PREFIX").unwrap_or_else(|_| "/usr/lib/llvm-22".into());
    Command::new(format!("{prefix}/bin/llc"))
}

#[test]
fn driver_assembly_equals_llc_with_plugin() {
    let plugin = env!("VALIDA_LLC_PLUGIN");
    let dir = scratch("static-vs-llc");
    for opt in ["-O0", "-O2"] {
        for name in INPUTS {
            let input = manifest_dir().join("lit/CodeGen").join(format!("{name}.ll"));
            let ir = dir.join(format!("{name}{opt}.ll"));
            let ours = dir.join(format!("{name}{opt}.driver.s"));
            let theirs = dir.join(format!("{name}{opt}.llc.s"));
            let out = run(driver().arg(opt).args(["--emit-llvm", "-S"]).arg(&input).arg("-o").arg(&ir));
            assert!(out.status.success(), "{name} {opt}: --emit-llvm failed: {}", text(&out.stderr));
            let out = run(driver().arg(opt).arg("-S").arg(&ir).arg("-o").arg(&ours));
            assert!(out.status.success(), "{name} {opt}: valida-cc -S failed: {}", text(&out.stderr));
            // The driver gives each function and global its own section
            // (for the linker's section GC) and prints no verbose comments.
            let out = run(llc()
                .arg(format!("-load={plugin}"))
                .args(["-mtriple=valida-unknown-unknown", opt, "-asm-verbose=false"])
                .args(["-function-sections", "-data-sections"])
                .arg(&ir)
                .arg("-o")
                .arg(&theirs));
            assert!(out.status.success(), "{name} {opt}: llc failed: {}", text(&out.stderr));
            let a = std::fs::read_to_string(&ours).expect("driver output");
            let b = std::fs::read_to_string(&theirs).expect("llc output");
            assert_eq!(a, b, "{name} {opt}: valida-cc and llc -load disagree");
        }
    }
}
