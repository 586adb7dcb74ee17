//! The Rust front end: Debian's `rustc` compiles a crate root for the
//! target `valida-unknown-none` (riscv32 ilp32 bitcode) into a staticlib;
//! its members are the bitcode of the crate, of every crate it depends on
//! and of the allocator shim.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::cli::{CompileOptions, OptLevel};
use crate::error::{Error, Result};
use crate::frontend::clang::render;
use crate::rust::error::{RustError, status_text};
use crate::rust::lto::{Member, is_bitcode};
use crate::rust::sysroot::{self, Sysroot};

/// rustc's `-C opt-level` for a driver level.
pub fn rustc_opt_level(opt: OptLevel) -> &'static str {
    match opt {
        OptLevel::O0 => "0",
        OptLevel::O1 => "1",
        OptLevel::O2 => "2",
        OptLevel::O3 => "3",
        OptLevel::Os => "s",
        OptLevel::Oz => "z",
    }
}

/// A crate name from a file name: `my-prog.rs` → `my_prog`.
pub fn crate_name(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map_or_else(|| "main".to_string(), |s| s.to_string_lossy().into_owned());
    let mut name: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    name
}

/// Extra rustc flags from `$VALIDA_RUSTFLAGS` (whitespace separated).
pub fn extra_flags() -> Vec<String> {
    std::env::var("VALIDA_RUSTFLAGS")
        .map(|s| s.split_whitespace().map(String::from).collect())
        .unwrap_or_default()
}

/// A directory for rustc's output, removed when dropped.
struct ScratchDir(PathBuf);

impl ScratchDir {
    fn new() -> Result<ScratchDir> {
        use std::sync::atomic::{AtomicU32, Ordering};
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("valida-cc-rs-{}-{n}", std::process::id()));
        fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        Ok(ScratchDir(dir))
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// The rustc command for the sysroot and target, common to every build.
pub fn base_command(sysroot: &Sysroot) -> Command {
    let mut cmd = Command::new(sysroot::rustc_program());
    cmd.env("RUSTC_BOOTSTRAP", "1")
        .arg("--target")
        .arg(&sysroot.target_json)
        .arg("--sysroot")
        .arg(&sysroot.root)
        .arg("-Zunstable-options")
        .args(["-C", "panic=abort"]);
    cmd
}

/// The runtime crates on rustc's command line: `--extern valida_rt=PATH`
/// (in the extern prelude: `use valida_rt::println;`) and `--extern
/// force:valida_lang=PATH`, linked although the program does not name it
/// (the allocator and the panic handler), unless `$VALIDA_RUST_LANG_ITEMS`
/// is `0`.
pub fn runtime_args(sysroot: &Sysroot) -> Vec<OsString> {
    let mut rt = OsString::from("valida_rt=");
    rt.push(&sysroot.valida_rt);
    let mut args = vec![OsString::from("--extern"), rt];
    if std::env::var("VALIDA_RUST_LANG_ITEMS").as_deref() != Ok("0") {
        let mut lang = OsString::from("force:valida_lang=");
        lang.push(&sysroot.valida_lang);
        args.push("--extern".into());
        args.push(lang);
    }
    args
}

/// Compiles the crate rooted at `source` to a staticlib and returns its
/// bitcode members, without `compiler_builtins` (linked separately as a
/// Valida archive).
pub fn compile_staticlib(
    source: &Path,
    opts: &CompileOptions,
    sysroot: &Sysroot,
) -> Result<Vec<Member>> {
    let scratch = ScratchDir::new()?;
    let name = crate_name(source);
    let out = scratch.0.join(format!("lib{name}.a"));
    let mut cmd = base_command(sysroot);
    cmd.args([
        "--edition",
        "2024",
        "--crate-type",
        "staticlib",
        "--crate-name",
    ])
    .arg(&name)
    .arg("-C")
    .arg(format!("opt-level={}", rustc_opt_level(opts.opt)))
    .args(runtime_args(sysroot));
    if opts.debug {
        // Full DWARF (variables too): the Valida backend emits it.
        cmd.args(["-C", "debuginfo=2"]);
    }
    for d in &opts.define {
        // -DNAME / -DNAME=VALUE become --cfg NAME / --cfg NAME="VALUE".
        let cfg = match d.split_once('=') {
            Some((k, v)) => format!("{k}=\"{v}\""),
            None => d.clone(),
        };
        cmd.arg("--cfg").arg(cfg);
    }
    for dir in &opts.include {
        cmd.arg("-L").arg(dir);
    }
    cmd.args(extra_flags())
        .arg("-o")
        .arg(&out)
        .arg(source)
        .stdin(Stdio::null())
        .stdout(Stdio::inherit())
        .stderr(Stdio::inherit());
    if opts.verbose {
        eprintln!("valida-cc: running RUSTC_BOOTSTRAP=1 {}", render(&cmd));
    }
    let status = cmd.status().map_err(|e| RustError::ToolMissing {
        program: sysroot::rustc_program().display().to_string(),
        env: "VALIDA_RUSTC",
        source: e,
    })?;
    if !status.success() {
        return Err(RustError::ToolFailed {
            what: format!("rustc on {}", source.display()),
            status: status_text(status),
        }
        .into());
    }
    let bytes = fs::read(&out).map_err(|e| Error::io(&out, e))?;
    let members = archive_members(&out, &bytes)?;
    Ok(members
        .into_iter()
        .filter(|m| !is_builtins_member(&m.name) && is_bitcode(&m.bytes))
        .collect())
}

/// Whether an archive member comes from `compiler_builtins`.
pub fn is_builtins_member(name: &str) -> bool {
    name.starts_with("compiler_builtins-") || name.starts_with("compiler_builtins.")
}

/// Every member of an `ar` archive (rlib or staticlib), in order.
pub fn archive_members(path: &Path, bytes: &[u8]) -> Result<Vec<Member>> {
    let bad = |message: String| RustError::Archive {
        path: path.to_path_buf(),
        message,
    };
    let archive = goblin::archive::Archive::parse(bytes).map_err(|e| bad(e.to_string()))?;
    let mut out = Vec::new();
    for name in archive.members() {
        let data = archive
            .extract(name, bytes)
            .map_err(|e| bad(format!("member {name}: {e}")))?;
        out.push(Member {
            name: name.to_string(),
            bytes: data.to_vec(),
        });
    }
    Ok(out)
}
