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
use crate::rust::lto::{Member, is_bitcode};
use crate::rust::sysroot::{self, Sysroot};
use crate::rust_error::{RustError, status_text};

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

/// The runtime crate on rustc's command line for every crate built for
/// Valida: `--extern valida_rt=PATH` (in the extern prelude: `use
/// valida_rt::println;`).
pub fn runtime_args(sysroot: &Sysroot) -> Vec<OsString> {
    let mut rt = OsString::from("valida_rt=");
    rt.push(&sysroot.valida_rt);
    vec![OsString::from("--extern"), rt]
}

/// The crate a program (a crate root that is linked: a binary or a
/// staticlib) links although it does not name it: `--extern
/// force:valida_lang=PATH` for a `#![no_std]` root (allocator and panic
/// handler), `--extern force:valida_std=PATH` otherwise (allocator and the
/// `sys_*` functions of std's zkvm layer); none when
/// `$VALIDA_RUST_LANG_ITEMS` is `0`.
pub fn lang_args(sysroot: &Sysroot, source: &Path) -> Vec<OsString> {
    if std::env::var("VALIDA_RUST_LANG_ITEMS").as_deref() == Ok("0") {
        return Vec::new();
    }
    let mut arg = OsString::from("force:");
    if crate::rust::declares_no_std(source) {
        arg.push("valida_lang=");
        arg.push(&sysroot.valida_lang);
    } else {
        arg.push("valida_std=");
        arg.push(&sysroot.valida_std);
    }
    vec![OsString::from("--extern"), arg]
}

/// The `--edition` for a crate root: `--edition` of the command line, else
/// none when `$VALIDA_RUSTFLAGS` names one, else 2024.
fn edition_args(opts: &CompileOptions, extra: &[String]) -> Vec<String> {
    if let Some(e) = &opts.edition {
        return vec!["--edition".into(), e.clone()];
    }
    if extra
        .iter()
        .any(|f| f == "--edition" || f.starts_with("--edition="))
    {
        return Vec::new();
    }
    vec!["--edition".into(), "2024".into()]
}

/// The environment variable that turns `valida-cc rust-link` into a
/// collector: it writes the bitcode it was given to this archive instead
/// of linking.
pub const MEMBERS_OUT_ENV: &str = "VALIDA_RUST_MEMBERS_OUT";

/// Compiles the crate rooted at `source` and returns the bitcode of it and
/// of every crate it links, without `compiler_builtins` (linked separately
/// as a Valida archive). A `#![no_std]` root is built as a staticlib (its
/// C `main` is the program's). A `std` root is built as a binary, so that
/// rustc generates the C `main` that runs std's start-up and the Rust
/// `fn main`; rustc's link step is `valida-cc rust-link` collecting the
/// bitcode ([`MEMBERS_OUT_ENV`]).
pub fn compile_staticlib(
    source: &Path,
    opts: &CompileOptions,
    sysroot: &Sysroot,
) -> Result<Vec<Member>> {
    let scratch = ScratchDir::new()?;
    let name = crate_name(source);
    let as_binary = !crate::rust::declares_no_std(source);
    let out = if as_binary {
        scratch.0.join(&name)
    } else {
        scratch.0.join(format!("lib{name}.a"))
    };
    let members_out = scratch.0.join("members.a");
    let extra = extra_flags();
    let mut cmd = base_command(sysroot);
    cmd.args(edition_args(opts, &extra));
    if as_binary {
        let exe = std::env::current_exe().map_err(|e| Error::io("valida-cc", e))?;
        let mut linker = OsString::from("linker=");
        linker.push(exe);
        cmd.args(["--crate-type", "bin", "-C"])
            .arg(linker)
            .env(MEMBERS_OUT_ENV, &members_out);
    } else {
        cmd.args(["--crate-type", "staticlib"]);
    }
    cmd.arg("--crate-name")
        .arg(&name)
        .arg("-C")
        .arg(format!("opt-level={}", rustc_opt_level(opts.opt)))
        .args(runtime_args(sysroot))
        .args(lang_args(sysroot, source));
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
    cmd.args(extra)
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
    let archive = if as_binary { &members_out } else { &out };
    let bytes = fs::read(archive).map_err(|e| Error::io(archive, e))?;
    let members = archive_members(archive, &bytes)?;
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
