//! Builds the Valida LLVM target (`llvm-target/`, C++ against the installed
//! LLVM 22) with CMake + Ninja into the stable directory
//! `target/llvm-target/build`, so that the lit suite and tests find the llc
//! plugin without a second build (`scripts/build-target.sh` builds the same
//! directory directly for fast C++ iteration).
//!
//! Products:
//! - `libValidaTarget.a`, linked into valida-cc; the driver registers the
//!   target by calling `LLVMInitializeValidaTargetInfo`, `...Target`,
//!   `...TargetMC` and `...AsmPrinter`.
//! - `ValidaPlugin.so` for `llc -load=`; its path is exported to the crate as
//!   the compile-time environment variable `VALIDA_LLC_PLUGIN`.

use std::env;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let target_dir = env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|p| if p.is_absolute() { p } else { root.join(p) })
        .unwrap_or_else(|| root.join("target"));
    let out = target_dir.join("llvm-target");

    // Without the feature nothing links the target. Building it anyway would
    // also reconfigure the shared build directory with the caller's flags:
    // cargo-fuzz's -fsanitize=address made every fuzz build rebuild the
    // whole target, and the next plain build rebuild it again.
    if env::var_os("CARGO_FEATURE_VALIDA_TARGET").is_none() {
        return;
    }

    let llvm_prefix =
        env::var("LLVM_SYS_221_PREFIX").unwrap_or_else(|_| "/usr/lib/llvm-22".to_string());

    let dst = cmake::Config::new(root.join("llvm-target"))
        .generator("Ninja")
        .profile("Release")
        .out_dir(&out)
        .define("LLVM_DIR", format!("{llvm_prefix}/lib/cmake/llvm"))
        .build_target("all")
        .build();
    let build = dst.join("build");

    println!("cargo:rerun-if-changed=llvm-target");
    println!("cargo:rerun-if-env-changed=LLVM_SYS_221_PREFIX");
    println!("cargo:rustc-link-search=native={}", build.display());
    println!("cargo:rustc-link-lib=static=ValidaTarget");
    println!("cargo:rustc-link-lib=dylib=stdc++");
    println!(
        "cargo:rustc-env=VALIDA_LLC_PLUGIN={}",
        build.join("ValidaPlugin.so").display()
    );
}
