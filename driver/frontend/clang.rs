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

/// The user's language options in clang's spelling: the command line's own
/// options in order when it was parsed from one, else the fields.
pub fn user_flags(opts: &CompileOptions) -> Vec<String> {
    let mut v = Vec::new();
    // The machine has no fused multiply-add: clang's default `on` lets the
    // optimiser fold `a*b+c` constants fused while run time computes them
    // unfused, so results would change with -O. The user's choice wins.
    let chose_contract = |f: &str| f.starts_with("fp-contract=") || f == "fast-math";
    if !opts.f_flags.iter().any(|f| chose_contract(f)) {
        v.push("-ffp-contract=off".to_string());
    }
    if !opts.clang_args.is_empty() {
        v.extend(opts.clang_args.iter().cloned());
        return v;
    }
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

/// What a clang run produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Unoptimised bitcode (with the -O level's attributes) on stdout.
    Bitcode,
    /// Preprocessed source (`-E`), to the output file or stdout.
    Preprocess,
    /// Diagnostics only (`-fsyntax-only`).
    SyntaxOnly,
}

/// The clang command for `source` in `mode`. `extra` goes before the
/// source (dependency options, `-x c`); `output` is used by
/// [`Mode::Preprocess`] (`None` or `-`: stdout).
pub fn command(
    source: &Path,
    opts: &CompileOptions,
    runtime_include: Option<&Path>,
    mode: Mode,
    extra: &[String],
    output: Option<&Path>,
) -> Command {
    let program = clang_program();
    let mut cmd = Command::new(&program);
    let include = runtime_include.filter(|_| !opts.no_stdinc);
    cmd.args(target_flags(include)).arg(opts.opt.clang_flag());
    if mode == Mode::Bitcode {
        cmd.args(["-Xclang", "-disable-llvm-passes"]);
    }
    cmd.args(user_flags(opts)).args(extra);
    // As with clang, -v also shows the front end's own steps and its include
    // search list (Meson reads the list from `-E -v`).
    if opts.verbose {
        cmd.arg("-v");
    }
    match mode {
        Mode::Bitcode => {
            cmd.args(["-emit-llvm", "-c", "-o", "-"]);
        }
        Mode::Preprocess => {
            cmd.arg("-E");
            opts.dep.iter().for_each(|d| {
                cmd.arg(d);
            });
            if let Some(out) = output.filter(|o| *o != Path::new("-")) {
                cmd.arg("-o").arg(out);
            }
        }
        Mode::SyntaxOnly => {
            cmd.arg("-fsyntax-only");
        }
    }
    cmd.arg(source);
    // `-` is clang's stdin (with -x).
    if source == Path::new("-") {
        cmd.stdin(Stdio::inherit());
    } else {
        cmd.stdin(Stdio::null());
    }
    cmd
}

fn run_status(cmd: &mut Command, source: &Path, verbose: bool) -> Result<()> {
    if verbose {
        eprintln!("valida-cc: running {}", render(cmd));
    }
    let program = cmd.get_program().to_string_lossy().into_owned();
    let status = cmd
        .status()
        .map_err(|e| Error::ClangMissing { program, source: e })?;
    if !status.success() {
        return Err(failed(source, status));
    }
    Ok(())
}

fn failed(source: &Path, status: std::process::ExitStatus) -> Error {
    Error::ClangFailed {
        path: source.to_path_buf(),
        status: status
            .code()
            .map_or_else(|| "killed by a signal".to_string(), |c| c.to_string()),
    }
}

/// Compiles one C file to LLVM bitcode (unoptimised, with the attributes of
/// the requested -O level; the driver runs the optimisation pipeline).
pub fn compile_to_bitcode(
    source: &Path,
    opts: &CompileOptions,
    runtime_include: Option<&Path>,
    extra: &[String],
) -> Result<Vec<u8>> {
    let mut cmd = command(source, opts, runtime_include, Mode::Bitcode, extra, None);
    cmd.stdout(Stdio::piped()).stderr(Stdio::inherit());
    if opts.verbose {
        eprintln!("valida-cc: running {}", render(&cmd));
    }
    let program = cmd.get_program().to_string_lossy().into_owned();
    let out = cmd
        .output()
        .map_err(|e| Error::ClangMissing { program, source: e })?;
    if !out.status.success() {
        return Err(failed(source, out.status));
    }
    Ok(out.stdout)
}

/// Runs the preprocessor only (`-E`), writing to `output` or stdout.
pub fn preprocess(
    source: &Path,
    opts: &CompileOptions,
    runtime_include: Option<&Path>,
    output: Option<&Path>,
    extra: &[String],
) -> Result<()> {
    let mut cmd = command(
        source,
        opts,
        runtime_include,
        Mode::Preprocess,
        extra,
        output,
    );
    run_status(&mut cmd, source, opts.verbose)
}

/// Checks a source for errors (`-fsyntax-only`); writes nothing.
pub fn syntax_only(
    source: &Path,
    opts: &CompileOptions,
    runtime_include: Option<&Path>,
    extra: &[String],
) -> Result<()> {
    let mut cmd = command(source, opts, runtime_include, Mode::SyntaxOnly, extra, None);
    run_status(&mut cmd, source, opts.verbose)
}

/// clang's version (`22.1.0`), for `-dumpversion` and `--version`.
pub fn version() -> Option<String> {
    let out = Command::new(clang_program())
        .arg("-dumpversion")
        .stdin(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// clang's `-###` rendering: every word quoted.
pub fn render_quoted(cmd: &Command) -> String {
    let mut s = format!(" \"{}\"", cmd.get_program().to_string_lossy());
    for a in cmd.get_args() {
        s.push_str(&format!(
            " \"{}\"",
            a.to_string_lossy().replace('"', "\\\"")
        ));
    }
    s
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
