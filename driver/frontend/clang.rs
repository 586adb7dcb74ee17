//! The C front end: `clang-22` as a riscv32 ilp32 compiler producing
//! bitcode on its standard output. Diagnostics go straight to our stderr.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::cli::CompileOptions;
use crate::error::{Error, Result};

/// The clang binary: `$VALIDA_CLANG`, else `clang-22` on PATH, else the one
/// under `$LLVM_SYS_221_PREFIX/bin`.
pub fn clang_program() -> PathBuf {
    if let Some(p) = std::env::var_os("VALIDA_CLANG") {
        return PathBuf::from(p);
    }
    let on_path = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join("clang-22").is_file()));
    if !on_path && let Some(prefix) = std::env::var_os("LLVM_SYS_221_PREFIX") {
        let p = Path::new(&prefix).join("bin").join("clang");
        if p.is_file() {
            return p;
        }
    }
    PathBuf::from("clang-22")
}

/// Flags that make clang produce IR our retargeting accepts unchanged:
/// the riscv32 ilp32 data layout, signed `char`, no host headers.
pub fn target_flags(runtime_include: Option<&Path>) -> Vec<String> {
    let mut v: Vec<String> = [
        "--target=riscv32-unknown-elf",
        "-march=rv32im",
        "-mabi=ilp32",
        "-fsigned-char",
        "-nostdlibinc",
        "-D__VALIDA__=1",
        "-D__valida__=1",
        "-U__riscv",
        // riscv32 clang would otherwise put small globals in .sdata/.sbss.
        "-msmall-data-limit=0",
        "-fno-common",
    ]
    .map(String::from)
    .to_vec();
    if let Some(inc) = runtime_include {
        v.push("-isystem".into());
        v.push(inc.display().to_string());
    }
    v
}

/// The user's language options translated back to clang's spelling.
pub fn user_flags(opts: &CompileOptions) -> Vec<String> {
    let mut v = Vec::new();
    for d in &opts.include {
        v.push(format!("-I{}", d.display()));
    }
    for d in &opts.define {
        v.push(format!("-D{d}"));
    }
    for u in &opts.undefine {
        v.push(format!("-U{u}"));
    }
    if let Some(std) = &opts.std {
        v.push(format!("-std={std}"));
    }
    for w in &opts.warnings {
        v.push(format!("-W{w}"));
    }
    for f in &opts.f_flags {
        v.push(format!("-f{f}"));
    }
    if opts.debug {
        v.push("-g".into());
    }
    v
}

/// Compiles one C file to LLVM bitcode (unoptimised, with the attributes of
/// the requested -O level; the driver runs the optimisation pipeline).
pub fn compile_to_bitcode(
    source: &Path,
    opts: &CompileOptions,
    runtime_include: Option<&Path>,
    extra: &[String],
) -> Result<Vec<u8>> {
    let program = clang_program();
    let mut cmd = Command::new(&program);
    cmd.args(target_flags(runtime_include))
        .arg(opts.opt.clang_flag())
        .args(["-Xclang", "-disable-llvm-passes"])
        .args(user_flags(opts))
        .args(extra)
        .args(["-emit-llvm", "-c", "-o", "-"])
        .arg(source)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    if opts.verbose {
        eprintln!("valida-cc: running {}", render(&cmd));
    }
    let out = cmd.output().map_err(|e| Error::ClangMissing {
        program: program.display().to_string(),
        source: e,
    })?;
    if !out.status.success() {
        return Err(Error::ClangFailed {
            path: source.to_path_buf(),
            status: out
                .status
                .code()
                .map_or_else(|| "killed by a signal".to_string(), |c| c.to_string()),
        });
    }
    Ok(out.stdout)
}

/// Runs the preprocessor only (`-E`), writing to `output` or stdout.
pub fn preprocess(
    source: &Path,
    opts: &CompileOptions,
    runtime_include: Option<&Path>,
    output: Option<&Path>,
) -> Result<()> {
    let program = clang_program();
    let mut cmd = Command::new(&program);
    cmd.args(target_flags(runtime_include))
        .arg(opts.opt.clang_flag())
        .args(user_flags(opts))
        .arg("-E")
        .arg(source)
        .stdin(Stdio::null());
    if let Some(out) = output.filter(|o| *o != Path::new("-")) {
        cmd.arg("-o").arg(out);
    }
    if opts.verbose {
        eprintln!("valida-cc: running {}", render(&cmd));
    }
    let status = cmd.status().map_err(|e| Error::ClangMissing {
        program: program.display().to_string(),
        source: e,
    })?;
    if !status.success() {
        return Err(Error::ClangFailed {
            path: source.to_path_buf(),
            status: status
                .code()
                .map_or_else(|| "killed by a signal".to_string(), |c| c.to_string()),
        });
    }
    Ok(())
}

/// A shell-like rendering of a command for `-v`.
pub fn render(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        let a = a.to_string_lossy();
        s.push(' ');
        if a.contains(' ') || a.is_empty() {
            s.push_str(&format!("'{a}'"));
        } else {
            s.push_str(&a);
        }
    }
    s
}
