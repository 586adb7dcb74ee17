//! Cargo projects: `valida-cc cargo <cargo arguments>` runs Debian's cargo
//! for the target `valida-unknown-none` with the cached sysroot, and rustc
//! links binaries by calling back `valida-cc rust-link …` (the target spec
//! names `valida-cc` as its linker and passes `rust-link` first).

use std::ffi::{OsStr, OsString};
use std::fs;
use std::path::PathBuf;
use std::process::Command;

use inkwell::context::Context;

use super::lto::{Member, is_bitcode};
use super::sysroot::{self, TARGET_NAME};
use crate::cli::{CompileOptions, OptLevel};
use crate::codegen::pipeline::{Emit, emit, target_machine};
use crate::commands::build::write_output;
use crate::error::{Error, Result};
use crate::frontend::rustc::{archive_members, is_builtins_member, runtime_args};
use crate::link::{self, Input, LinkOptions};
use crate::runtime_build;
use crate::rust_error::RustError;

/// Cargo subcommands that take `--target`.
const TARGETED: &[&str] = &[
    "build", "b", "check", "c", "run", "r", "rustc", "test", "t", "bench", "doc", "clippy",
];

/// The environment-variable form of the target name (`VALIDA_UNKNOWN_NONE`).
fn target_env() -> String {
    TARGET_NAME.to_uppercase().replace('-', "_")
}

/// Where the target options go in cargo's arguments: right after the
/// subcommand (before a `--`, whose followers belong to the program or to
/// rustc), or nowhere for subcommands that build nothing.
fn target_insert_point(args: &[OsString]) -> Option<usize> {
    // cargo's options before the subcommand that take a value.
    const WITH_VALUE: &[&str] = &["--config", "-Z", "-C", "--color"];
    let mut i = 0;
    while i < args.len() {
        let a = args[i].to_string_lossy();
        if WITH_VALUE.contains(&a.as_ref()) {
            i += 2;
        } else if a.starts_with('-') {
            i += 1;
        } else {
            return TARGETED.contains(&a.as_ref()).then_some(i + 1);
        }
    }
    None
}

/// `valida-cc cargo …`. Returns cargo's exit status.
pub fn exec_cargo(args: &[OsString]) -> Result<i32> {
    let verbose = std::env::var_os("VALIDA_CC_VERBOSE").is_some();
    let sysroot = sysroot::ensure(verbose)?;
    let wrapper = sysroot::ensure_wrapper(&sysroot)?;
    let exe = std::env::current_exe().map_err(|e| Error::io("valida-cc", e))?;
    let cargo = sysroot::cargo_program();
    let mut cmd = Command::new(&cargo);
    cmd.env("RUSTC", sysroot::rustc_program())
        .env("RUSTC_BOOTSTRAP", "1")
        .env("RUSTC_WRAPPER", &wrapper);
    if std::env::var_os("CARGO_NET_GIT_FETCH_WITH_CLI").is_none() {
        // git dependencies through the `git` command (Debian's cargo
        // cannot fetch them itself).
        cmd.env("CARGO_NET_GIT_FETCH_WITH_CLI", "true");
    }
    let mut full: Vec<OsString> = args.to_vec();
    if let Some(at) = target_insert_point(args) {
        let before_dashdash = &args[..args.iter().position(|a| a == "--").unwrap_or(args.len())];
        let has_target = before_dashdash
            .iter()
            .any(|a| a == "--target" || a.to_string_lossy().starts_with("--target="));
        let mut ours: Vec<OsString> = vec!["-Zjson-target-spec".into()];
        if !has_target {
            ours.push("--target".into());
            ours.push(sysroot.target_json.clone().into_os_string());
        }
        full.splice(at..at, ours);
    }
    cmd.args(&full);
    // Flags for every crate built for the target (not for build scripts);
    // the wrapper adds the runtime crate of each program.
    let mut flags: Vec<OsString> = vec![
        "--sysroot".into(),
        sysroot.root.clone().into_os_string(),
        "-Zunstable-options".into(),
    ];
    flags.extend(runtime_args(&sysroot));
    let user = std::env::var("RUSTFLAGS").unwrap_or_default();
    if !user.contains("getrandom_backend") {
        // getrandom 0.3/0.4 know no zkvm source: their custom backend is
        // valida_std's deterministic one.
        flags.push("--cfg".into());
        flags.push("getrandom_backend=\"custom\"".into());
    }
    flags.extend(user.split_whitespace().map(OsString::from));
    let mut encoded = OsString::new();
    for (i, f) in flags.iter().enumerate() {
        if i > 0 {
            encoded.push("\x1f");
        }
        encoded.push(f);
    }
    let t = target_env();
    cmd.env_remove("RUSTFLAGS")
        .env("CARGO_ENCODED_RUSTFLAGS", encoded)
        .env(format!("CARGO_TARGET_{t}_LINKER"), &exe);
    // C code of crates (the `cc` crate): compiled and archived by valida-cc.
    let cc_target = TARGET_NAME.replace('-', "_");
    cmd.env(format!("CC_{cc_target}"), &exe)
        .env(format!("AR_{cc_target}"), archiver());
    if let Some(vm) = exe
        .parent()
        .map(|d| d.join("valida"))
        .filter(|p| p.is_file())
    {
        cmd.env(
            format!("CARGO_TARGET_{t}_RUNNER"),
            format!("{} run", vm.display()),
        );
    }
    if verbose {
        eprintln!(
            "valida-cc: running {}",
            crate::frontend::clang::render(&cmd)
        );
    }
    let status = cmd.status().map_err(|e| RustError::ToolMissing {
        program: cargo.display().to_string(),
        env: "VALIDA_CARGO",
        source: e,
    })?;
    Ok(status.code().unwrap_or(1))
}

/// The archiver the `cc` crate runs for Valida objects (any `ar` handles
/// them; the linker reads archives without a symbol index too).
fn archiver() -> OsString {
    std::env::var_os("VALIDA_AR").unwrap_or_else(|| "ar".into())
}

/// The value of rustc option `name` (`--name V` or `--name=V`).
fn rustc_option<'a>(args: &'a [OsString], name: &str) -> Option<&'a OsStr> {
    let eq = format!("{name}=");
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == name {
            return it.next().map(OsString::as_os_str);
        }
        if let Some(v) = a.to_str().and_then(|s| s.strip_prefix(&eq)) {
            return Some(OsStr::new(v));
        }
    }
    None
}

/// `valida-cc rustc-wrapper RUSTC ARGS…`: what cargo runs instead of rustc
/// under `valida-cc cargo`. A crate built for Valida that is a program
/// (`--crate-type bin`, `staticlib` or `cdylib`) gets its runtime crate —
/// `valida_lang` for a `#![no_std]` root, `valida_std` otherwise (see
/// [`crate::frontend::rustc::lang_args`]); everything else runs unchanged.
pub fn exec_rustc_wrapper(args: &[OsString]) -> Result<i32> {
    let (rustc, rest) = args
        .split_first()
        .ok_or_else(|| RustError::Usage("rustc-wrapper: no rustc given".into()))?;
    let mut cmd = Command::new(rustc);
    cmd.args(rest);
    let for_valida = rustc_option(rest, "--target").is_some_and(|t| {
        std::path::Path::new(t)
            .file_stem()
            .is_some_and(|s| s == TARGET_NAME)
    });
    let program = rest.windows(2).any(|w| {
        w[0] == "--crate-type" && matches!(w[1].to_str(), Some("bin" | "staticlib" | "cdylib"))
    });
    if for_valida && program {
        let root = rest
            .iter()
            .rev()
            .find(|a| a.to_string_lossy().ends_with(".rs"))
            .map(PathBuf::from);
        if let Some(root) = root {
            let sysroot = sysroot::ensure(false)?;
            cmd.args(crate::frontend::rustc::lang_args(&sysroot, &root));
        }
    }
    let status = cmd.status().map_err(|e| RustError::ToolMissing {
        program: rustc.to_string_lossy().into_owned(),
        env: "VALIDA_RUSTC",
        source: e,
    })?;
    Ok(status.code().unwrap_or(1))
}

/// What rustc asked the linker for.
#[derive(Debug, Default)]
struct LinkRequest {
    output: Option<PathBuf>,
    objects: Vec<PathBuf>,
    rlibs: Vec<PathBuf>,
    archives: Vec<PathBuf>,
    lib_dirs: Vec<PathBuf>,
    libs: Vec<String>,
    optimize: bool,
}

fn parse_link_args(args: &[OsString]) -> LinkRequest {
    let mut req = LinkRequest::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let s = arg.to_string_lossy();
        match s.as_ref() {
            "-o" => req.output = it.next().map(PathBuf::from),
            "-L" => req.lib_dirs.extend(it.next().map(PathBuf::from)),
            "-l" => req
                .libs
                .extend(it.next().map(|a| a.to_string_lossy().into_owned())),
            // rustc passes the linker -O1 for opt-level 2, 3, s and z.
            _ if s.starts_with("-Wl,") => {
                if s[4..].split(',').any(|o| o.starts_with("-O") && o != "-O0") {
                    req.optimize = true;
                }
            }
            _ if s.starts_with("-L") => req.lib_dirs.push(PathBuf::from(&s[2..])),
            _ if s.starts_with("-l") => req.libs.push(s[2..].to_string()),
            _ if s.starts_with('-') => {}
            _ => {
                let p = PathBuf::from(arg);
                match p.extension().and_then(OsStr::to_str) {
                    Some("rlib") => req.rlibs.push(p),
                    Some("a") => req.archives.push(p),
                    _ => req.objects.push(p),
                }
            }
        }
    }
    req
}

fn is_valida_elf(bytes: &[u8]) -> bool {
    bytes.len() > 20
        && bytes.starts_with(b"\x7fELF")
        && u16::from_le_bytes([bytes[18], bytes[19]]) == valida_vm::elf_writer::EM_VALIDA
}

/// `valida-cc rust-link …`: the linker rustc runs for a binary. The Rust
/// objects and rlibs hold bitcode: they become one module (see
/// [`super::module_from_bitcode`]), compiled at -O2 when rustc optimised
/// (`-Wl,-O1`) and -O0 otherwise (`$VALIDA_CC_OPT` overrides: 0,1,2,3,s,z),
/// then linked with the C runtime. Valida objects and archives (C code
/// built by valida-cc, given with `-C link-arg=…` or `#[link]`) are linked too.
pub fn exec_link(args: &[OsString]) -> Result<i32> {
    let verbose = std::env::var_os("VALIDA_CC_VERBOSE").is_some();
    let req = parse_link_args(args);
    let output = req
        .output
        .clone()
        .ok_or_else(|| RustError::Usage("rust-link: no -o output given".into()))?;
    let opt = match std::env::var("VALIDA_CC_OPT").ok().as_deref() {
        Some("0") => OptLevel::O0,
        Some("1") => OptLevel::O1,
        Some("2") => OptLevel::O2,
        Some("3") => OptLevel::O3,
        Some("s") => OptLevel::Os,
        Some("z") => OptLevel::Oz,
        Some(other) => {
            return Err(RustError::Usage(format!(
                "VALIDA_CC_OPT={other}: expected 0, 1, 2, 3, s or z"
            ))
            .into());
        }
        None if req.optimize => OptLevel::O2,
        None => OptLevel::O0,
    };
    let mut members: Vec<Member> = Vec::new();
    let mut valida_objects: Vec<Input> = Vec::new();
    let mut valida_archives: Vec<Input> = Vec::new();
    for path in &req.objects {
        let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
        if is_bitcode(&bytes) {
            members.push(Member {
                name: path.display().to_string(),
                bytes,
            });
        } else if is_valida_elf(&bytes) {
            valida_objects.push(Input::Object {
                name: path.display().to_string(),
                bytes,
            });
        } else if verbose {
            // rustc's symbols.o (RISC-V ELF holding only references).
            eprintln!("valida-cc: rust-link: ignoring {}", path.display());
        }
    }
    for path in &req.rlibs {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with("libcompiler_builtins-") {
            continue;
        }
        let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
        for m in archive_members(path, &bytes)? {
            if is_builtins_member(&m.name) {
                continue;
            }
            if is_bitcode(&m.bytes) {
                members.push(m);
            } else if is_valida_elf(&m.bytes) {
                valida_objects.push(Input::Object {
                    name: format!("{}({})", path.display(), m.name),
                    bytes: m.bytes,
                });
            }
        }
    }
    if let Some(collect) = std::env::var_os(crate::frontend::rustc::MEMBERS_OUT_ENV) {
        // `valida-cc prog.rs` building a std program as a binary: hand the
        // bitcode back instead of linking.
        let named: Vec<(String, Vec<u8>)> = members
            .into_iter()
            .enumerate()
            .map(|(i, m)| (format!("m{i:04}.o"), m.bytes))
            .collect();
        let path = PathBuf::from(collect);
        fs::write(&path, crate::link::archive::write_archive(&named))
            .map_err(|e| Error::io(&path, e))?;
        return Ok(0);
    }
    let mut archive_paths = req.archives.clone();
    for lib in &req.libs {
        let file = format!("lib{lib}.a");
        match req
            .lib_dirs
            .iter()
            .map(|d| d.join(&file))
            .find(|p| p.is_file())
        {
            Some(p) => archive_paths.push(p),
            None => {
                return Err(
                    RustError::Usage(format!("rust-link: unable to find library -l{lib}")).into(),
                );
            }
        }
    }
    for path in &archive_paths {
        let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
        valida_archives.push(Input::Archive {
            name: path.display().to_string(),
            bytes,
        });
    }

    let opts = CompileOptions {
        opt,
        verbose,
        ..CompileOptions::default()
    };
    let machine = target_machine(opt)?;
    let context = Context::create();
    let module = super::module_from_bitcode(&context, &output, members, &opts, &machine)?;
    let object = emit(&module, &machine, Emit::Object, &output)?;

    let rt = runtime_build::ensure(verbose)?;
    let mut inputs = vec![Input::Object {
        name: rt.crt.display().to_string(),
        bytes: fs::read(&rt.crt).map_err(|e| Error::io(&rt.crt, e))?,
    }];
    inputs.push(Input::Object {
        name: format!("{}.o", output.display()),
        bytes: object,
    });
    inputs.extend(valida_objects);
    inputs.extend(valida_archives);
    inputs.push(super::builtins_input(verbose)?);
    inputs.push(Input::Archive {
        name: rt.lib.display().to_string(),
        bytes: fs::read(&rt.lib).map_err(|e| Error::io(&rt.lib, e))?,
    });
    let image = link::link(inputs, &LinkOptions::default())?;
    write_output(&output, &image, true)?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn target_options_go_before_the_program_arguments() {
        // `cargo run -- ARGS`: ARGS are the program's (the VM's), ours go
        // right after the subcommand.
        assert_eq!(
            target_insert_point(&os(&["run", "--release", "--", "x"])),
            Some(1)
        );
        assert_eq!(
            target_insert_point(&os(&["--config", "a=1", "-Z", "x", "build"])),
            Some(5)
        );
        assert_eq!(
            target_insert_point(&os(&["-q", "rustc", "--", "-Cfoo"])),
            Some(2)
        );
        assert_eq!(target_insert_point(&os(&["metadata"])), None);
        assert_eq!(target_insert_point(&os(&["--version"])), None);
    }

    #[test]
    fn rustc_options_are_read_in_both_spellings() {
        let a = os(&["--crate-name", "x", "--target=/s/valida-unknown-none.json"]);
        assert_eq!(rustc_option(&a, "--crate-name"), Some(OsStr::new("x")));
        assert_eq!(
            rustc_option(&a, "--target"),
            Some(OsStr::new("/s/valida-unknown-none.json"))
        );
        assert_eq!(rustc_option(&a, "--edition"), None);
    }

    #[test]
    fn link_arguments_from_rustc() {
        let args: Vec<OsString> = [
            "/tmp/rustcX/symbols.o",
            "p.p.1-cgu.0.rcgu.o",
            "-Wl,--as-needed",
            "-Wl,-Bstatic",
            "/s/lib/libcore-1.rlib",
            "-L",
            "/tmp/raw",
            "-lfoo",
            "-o",
            "out/p",
            "-Wl,--gc-sections",
            "-Wl,-O1",
            "-nodefaultlibs",
        ]
        .iter()
        .map(OsString::from)
        .collect();
        let r = parse_link_args(&args);
        assert_eq!(r.output, Some(PathBuf::from("out/p")));
        assert_eq!(r.objects.len(), 2);
        assert_eq!(r.rlibs, [PathBuf::from("/s/lib/libcore-1.rlib")]);
        assert_eq!(r.lib_dirs, [PathBuf::from("/tmp/raw")]);
        assert_eq!(r.libs, ["foo"]);
        assert!(r.optimize);
    }
}
