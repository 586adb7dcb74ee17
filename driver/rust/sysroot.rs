//! The Rust sysroot for Valida, built on first use and cached:
//!
//! ```text
//! <cache>/std-<K1>/lib/rustlib/valida-unknown-none/lib/
//!     libstd-*.rlib libpanic_abort-*.rlib libcore-*.rlib liballoc-*.rlib
//!     libcompiler_builtins-*.rlib …
//! <cache>/<K2>/valida-unknown-none.json
//! <cache>/<K2>/rustc-wrapper
//! <cache>/<K2>/lib/rustlib/valida-unknown-none/lib/
//!     (links to the std-<K1> rlibs) libvalida_rt.rlib libvalida_lang.rlib
//!     libvalida_std.rlib
//! <cache>/<K2>/libcompiler_builtins.valida.a
//! ```
//!
//! `K1` hashes rustc's version, the target spec and the library sources'
//! lock file: `std` and the crates under it (cargo `-Zbuild-std`,
//! release, panic=abort, bitcode objects; `std` is Rust's own for
//! `target_os = "zkvm"`) are rebuilt only when one of them
//! changes. `K2` adds the runtime crate's sources and the identity of the
//! `valida-cc` binary (the Valida back end compiled the archive).
//! `<cache>` is `$VALIDA_RUST_SYSROOT_DIR`, else `target/valida-rust-sysroot`
//! of the source tree, else `$XDG_CACHE_HOME/valida-cc/rust-sysroot`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use crate::error::{Error, Result};
use crate::frontend::rustc::{archive_members, base_command, rustc_opt_level};
use crate::link::archive::write_archive;
use crate::runtime_build::Fnv;
use crate::rust_error::{RustError, status_text};

/// The target's name (the spec file's stem).
pub const TARGET_NAME: &str = "valida-unknown-none";
/// The target spec, as shipped in `targets/`.
pub const TARGET_SPEC: &str = include_str!("../../targets/valida-unknown-none.json");

/// The crates built from the library sources.
const STD_CRATES: &[&str] = &["core", "alloc", "compiler_builtins", "std", "panic_abort"];

/// A ready sysroot.
#[derive(Debug, Clone)]
pub struct Sysroot {
    /// The `--sysroot` directory.
    pub root: PathBuf,
    /// The target spec file inside it.
    pub target_json: PathBuf,
    /// The runtime crate's rlib.
    pub valida_rt: PathBuf,
    /// The lang-items crate of `no_std` programs (allocator, panic handler).
    pub valida_lang: PathBuf,
    /// The platform crate of `std` programs (allocator, std's `sys_*`).
    pub valida_std: PathBuf,
    /// The script cargo runs as `RUSTC_WRAPPER` (`valida-cc rustc-wrapper`).
    pub rustc_wrapper: PathBuf,
    /// `compiler_builtins` compiled for Valida (an archive of objects).
    pub builtins: PathBuf,
}

impl Sysroot {
    /// The layout of a sysroot directory.
    fn at(dir: &Path) -> Sysroot {
        let lib = Sysroot::lib_dir(dir);
        Sysroot {
            root: dir.to_path_buf(),
            target_json: dir.join(format!("{TARGET_NAME}.json")),
            valida_rt: lib.join("libvalida_rt.rlib"),
            valida_lang: lib.join("libvalida_lang.rlib"),
            valida_std: lib.join("libvalida_std.rlib"),
            rustc_wrapper: dir.join("rustc-wrapper"),
            builtins: dir.join("libcompiler_builtins.valida.a"),
        }
    }

    /// The `compiler_builtins` rlib (rustc's bitcode) of this sysroot.
    pub fn builtins_rlib(&self) -> Result<PathBuf> {
        let lib = Sysroot::lib_dir(&self.root);
        let entries = fs::read_dir(&lib).map_err(|e| Error::io(&lib, e))?;
        entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| {
                p.file_name().is_some_and(|n| {
                    let n = n.to_string_lossy();
                    n.starts_with("libcompiler_builtins-") && n.ends_with(".rlib")
                })
            })
            .ok_or_else(|| {
                RustError::Sysroot(format!("no compiler_builtins in {}", lib.display())).into()
            })
    }

    /// `lib/rustlib/<target>/lib` of a sysroot directory.
    pub fn lib_dir(root: &Path) -> PathBuf {
        root.join("lib")
            .join("rustlib")
            .join(TARGET_NAME)
            .join("lib")
    }
}

/// The rustc to use: `$VALIDA_RUSTC`, else Debian's `/usr/bin/rustc`
/// (not a rustup toolchain: its LLVM must read as ours).
pub fn rustc_program() -> PathBuf {
    std::env::var_os("VALIDA_RUSTC").map_or_else(|| PathBuf::from("/usr/bin/rustc"), PathBuf::from)
}

/// The cargo to use: `$VALIDA_CARGO`, else `/usr/bin/cargo`.
pub fn cargo_program() -> PathBuf {
    std::env::var_os("VALIDA_CARGO").map_or_else(|| PathBuf::from("/usr/bin/cargo"), PathBuf::from)
}

fn cache_root() -> PathBuf {
    if let Some(d) = std::env::var_os("VALIDA_RUST_SYSROOT_DIR") {
        return PathBuf::from(d);
    }
    let in_tree = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    if in_tree.is_dir() {
        return in_tree.join("valida-rust-sysroot");
    }
    if let Some(x) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(x).join("valida-cc").join("rust-sysroot");
    }
    if let Some(h) = std::env::var_os("HOME") {
        return PathBuf::from(h)
            .join(".cache")
            .join("valida-cc")
            .join("rust-sysroot");
    }
    std::env::temp_dir().join("valida-cc-rust-sysroot")
}

fn tool_output(program: &Path, env: &'static str, args: &[&str]) -> Result<String> {
    let out = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| RustError::ToolMissing {
            program: program.display().to_string(),
            env,
            source: e,
        })?;
    if !out.status.success() {
        return Err(RustError::ToolFailed {
            what: format!("{} {}", program.display(), args.join(" ")),
            status: status_text(out.status),
        }
        .into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The runtime crate's directory: `runtime/rust/valida_rt`.
fn runtime_crate_dir() -> Result<PathBuf> {
    let dir = crate::runtime_build::runtime_dir()
        .map(|d| d.join("rust").join("valida_rt"))
        .filter(|d| d.join("src").join("lib.rs").is_file())
        .ok_or_else(|| {
            RustError::Sysroot(
                "runtime/rust/valida_rt not found; set VALIDA_RUNTIME_DIR to the runtime/ directory"
                    .into(),
            )
        })?;
    Ok(dir)
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            files_under(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// A lock file held while one process builds a cache entry, so that
/// parallel compilations (e.g. the test suite) wait for it instead of
/// building the same thing on the same few cores. A lock older than
/// [`BuildLock::STALE`] is taken over (its builder died).
struct BuildLock(PathBuf);

impl BuildLock {
    const STALE: std::time::Duration = std::time::Duration::from_secs(20 * 60);

    /// Waits until the lock is ours (`Some`) or `done()` holds (`None`).
    fn acquire(path: &Path, done: impl Fn() -> bool) -> Option<BuildLock> {
        let mut announced = false;
        loop {
            if done() {
                return None;
            }
            match fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
            {
                Ok(_) => return Some(BuildLock(path.to_path_buf())),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let stale = fs::metadata(path)
                        .and_then(|m| m.modified())
                        .ok()
                        .and_then(|t| t.elapsed().ok())
                        .is_some_and(|age| age > Self::STALE);
                    if stale {
                        let _ = fs::remove_file(path);
                        continue;
                    }
                    if !announced {
                        eprintln!(
                            "valida-cc: waiting for another process building the Rust sysroot ({})",
                            path.display()
                        );
                        announced = true;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(500));
                }
                // Cannot lock (read-only cache?): build without a lock.
                Err(_) => return None,
            }
        }
    }
}

impl Drop for BuildLock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

static SYSROOT: OnceLock<std::result::Result<Sysroot, String>> = OnceLock::new();

/// The sysroot, built if the cache does not hold it yet (once per process).
pub fn ensure(verbose: bool) -> Result<Sysroot> {
    if let Some(r) = SYSROOT.get() {
        return r.clone().map_err(|e| RustError::Sysroot(e).into());
    }
    let built = build_all(verbose);
    match built {
        Ok(s) => Ok(SYSROOT
            .get_or_init(|| Ok(s))
            .clone()
            .map_err(RustError::Sysroot)?),
        Err(e) => Err(e),
    }
}

fn build_all(verbose: bool) -> Result<Sysroot> {
    let rustc = rustc_program();
    let version = tool_output(&rustc, "VALIDA_RUSTC", &["-vV"])?;
    if !version.contains("LLVM version: 22") {
        eprintln!(
            "valida-cc: warning: {} is not built with LLVM 22; its bitcode may not be readable \
             (use Debian's rustc-web: /usr/bin/rustc)",
            rustc.display()
        );
    }
    let rustc_sysroot = tool_output(&rustc, "VALIDA_RUSTC", &["--print", "sysroot"])?;
    let library = Path::new(rustc_sysroot.trim()).join("lib/rustlib/src/rust/library");
    let lock = library.join("Cargo.lock");
    let lock_text =
        fs::read(&lock).map_err(|_| RustError::NoLibrarySource { path: lock.clone() })?;
    let cache = cache_root();

    let mut h1 = Fnv::new();
    h1.write(b"valida-rust-std-2");
    h1.write(version.as_bytes());
    h1.write(TARGET_SPEC.as_bytes());
    h1.write(&lock_text);
    let std_dir = cache.join(format!("std-{}", h1.hex()));
    fs::create_dir_all(&cache).map_err(|e| Error::io(&cache, e))?;
    if !std_complete(&std_dir) {
        let _lock = BuildLock::acquire(&cache.join(format!("std-{}.lock", h1.hex())), || {
            std_complete(&std_dir)
        });
        if !std_complete(&std_dir) {
            build_std(&std_dir, &library, verbose)?;
        }
    }

    let rt_dir = runtime_crate_dir()?;
    let crates_dir = rt_dir.parent().unwrap_or(&rt_dir).to_path_buf();
    let mut h2 = Fnv::new();
    h2.write(h1.hex().as_bytes());
    h2.write(env!("CARGO_PKG_VERSION").as_bytes());
    let mut files = Vec::new();
    files_under(&crates_dir, &mut files);
    for f in &files {
        h2.write(
            f.strip_prefix(&crates_dir)
                .unwrap_or(f)
                .to_string_lossy()
                .as_bytes(),
        );
        h2.write(&fs::read(f).map_err(|e| Error::io(f, e))?);
    }
    h2.write_driver_identity();
    let dir = cache.join(h2.hex());
    let sysroot = Sysroot::at(&dir);
    if dir.join("complete").is_file() {
        return Ok(sysroot);
    }
    let _lock = BuildLock::acquire(&cache.join(format!("{}.lock", h2.hex())), || {
        dir.join("complete").is_file()
    });
    if dir.join("complete").is_file() {
        return Ok(sysroot);
    }
    eprintln!(
        "valida-cc: preparing the Rust sysroot for Valida in {}",
        dir.display()
    );
    let tmp = dir.with_extension(format!("tmp{}", std::process::id()));
    let _ = fs::remove_dir_all(&tmp);
    let staged = Sysroot::at(&tmp);
    let lib = Sysroot::lib_dir(&tmp);
    fs::create_dir_all(&lib).map_err(|e| Error::io(&lib, e))?;
    fs::write(&staged.target_json, TARGET_SPEC).map_err(|e| Error::io(&staged.target_json, e))?;
    let std_lib = Sysroot::lib_dir(&std_dir);
    let mut builtins_rlib = None;
    for entry in fs::read_dir(&std_lib).map_err(|e| Error::io(&std_lib, e))? {
        let entry = entry.map_err(|e| Error::io(&std_lib, e))?;
        let from = entry.path();
        let to = lib.join(entry.file_name());
        if fs::hard_link(&from, &to).is_err() {
            fs::copy(&from, &to).map_err(|e| Error::io(&from, e))?;
        }
        if entry
            .file_name()
            .to_string_lossy()
            .starts_with("libcompiler_builtins-")
        {
            builtins_rlib = Some(to);
        }
    }
    let builtins_rlib = builtins_rlib.ok_or_else(|| {
        RustError::Sysroot(format!("no compiler_builtins in {}", std_lib.display()))
    })?;

    // The runtime crates: valida_rt, then valida_lang and valida_std on top of it.
    for (name, out) in [
        ("valida_rt", &staged.valida_rt),
        ("valida_lang", &staged.valida_lang),
        ("valida_std", &staged.valida_std),
    ] {
        let src = crates_dir.join(name).join("src").join("lib.rs");
        let mut cmd = base_command(&staged);
        cmd.args([
            "--edition",
            "2024",
            "--crate-type",
            "rlib",
            "--crate-name",
            name,
        ])
        .arg("-C")
        .arg(format!(
            "opt-level={}",
            rustc_opt_level(crate::cli::OptLevel::O2)
        ))
        .arg("-o")
        .arg(out)
        .arg(&src)
        .stdin(Stdio::null());
        if name != "valida_rt" {
            let mut a = std::ffi::OsString::from("valida_rt=");
            a.push(&staged.valida_rt);
            cmd.arg("--extern").arg(a);
        }
        if verbose {
            eprintln!(
                "valida-cc: running {}",
                crate::frontend::clang::render(&cmd)
            );
        }
        let status = cmd.status().map_err(|e| RustError::ToolMissing {
            program: rustc.display().to_string(),
            env: "VALIDA_RUSTC",
            source: e,
        })?;
        if !status.success() {
            return Err(RustError::ToolFailed {
                what: format!("rustc on {}", src.display()),
                status: status_text(status),
            }
            .into());
        }
    }

    build_builtins_archive(&builtins_rlib, &staged.builtins, &tmp, verbose)?;
    fs::write(tmp.join("complete"), b"").map_err(|e| Error::io(&tmp, e))?;
    if fs::rename(&tmp, &dir).is_err() {
        let _ = fs::remove_dir_all(&tmp);
        if !dir.join("complete").is_file() {
            return Err(RustError::Sysroot(format!("cannot write {}", dir.display())).into());
        }
    }
    prune(&cache, &dir);
    Ok(sysroot)
}

/// How many runtime-crate builds (one per driver binary and runtime
/// version) the cache keeps; the `std-*` builds are kept.
const KEEP_SYSROOTS: usize = 4;

/// Removes the oldest runtime-crate builds beyond [`KEEP_SYSROOTS`].
fn prune(cache: &Path, current: &Path) {
    let Ok(entries) = fs::read_dir(cache) else {
        return;
    };
    let mut dirs: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p != current
                && p.file_name().is_some_and(|n| {
                    let n = n.to_string_lossy();
                    n.len() == 16 && n.chars().all(|c| c.is_ascii_hexdigit())
                })
                && p.join("complete").is_file()
        })
        .filter_map(|p| {
            let t = fs::metadata(p.join("complete"))
                .and_then(|m| m.modified())
                .ok()?;
            Some((t, p))
        })
        .collect();
    dirs.sort();
    let excess = (dirs.len() + 1).saturating_sub(KEEP_SYSROOTS);
    for (_, p) in dirs.into_iter().take(excess) {
        let _ = fs::remove_dir_all(p);
    }
}

fn std_complete(std_dir: &Path) -> bool {
    let lib = Sysroot::lib_dir(std_dir);
    let Ok(entries) = fs::read_dir(&lib) else {
        return false;
    };
    let names: Vec<String> = entries
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    STD_CRATES.iter().all(|c| {
        names
            .iter()
            .any(|n| n.starts_with(&format!("lib{c}-")) && n.ends_with(".rlib"))
    })
}

/// Builds `std` (with `core`, `alloc`, `compiler_builtins`, `panic_abort`
/// and the crates under them) with cargo `-Zbuild-std` in a scratch project and keeps their rlibs in `std_dir`.
fn build_std(std_dir: &Path, library: &Path, verbose: bool) -> Result<()> {
    let parent = std_dir.parent().unwrap_or(Path::new("."));
    let scratch = parent.join(format!("build-{}", std::process::id()));
    let _ = fs::remove_dir_all(&scratch);
    fs::create_dir_all(&scratch).map_err(|e| Error::io(&scratch, e))?;
    let spec = scratch.join(format!("{TARGET_NAME}.json"));
    let write = |p: &Path, text: &str| fs::write(p, text).map_err(|e| Error::io(p, e));
    write(&spec, TARGET_SPEC)?;
    write(
        &scratch.join("Cargo.toml"),
        "[package]\nname = \"valida-sysroot\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
         [lib]\npath = \"lib.rs\"\n\n\
         [profile.release]\npanic = \"abort\"\nopt-level = 3\ndebug = false\n\n[workspace]\n",
    )?;
    write(&scratch.join("lib.rs"), "#![no_std]\n")?;
    eprintln!(
        "valida-cc: building std for Valida from {} (once; this takes several minutes)",
        library.display()
    );
    let cargo = cargo_program();
    let mut cmd = Command::new(&cargo);
    cmd.current_dir(&scratch)
        .env("RUSTC", rustc_program())
        .env("RUSTC_BOOTSTRAP", "1")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_TARGET")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("RUSTC_WRAPPER")
        .args([
            "build",
            "-Zjson-target-spec",
            "--release",
            "-Zbuild-std=std,panic_abort",
            "-Zbuild-std-features=",
            "--target",
        ])
        .arg(&spec)
        .arg("--target-dir")
        .arg(scratch.join("target"));
    let vendor = library.join("vendor");
    if vendor.is_dir() {
        // Debian ships the library's dependencies: build offline.
        cmd.arg("--config")
            .arg("source.crates-io.replace-with=\"vendored-sources\"")
            .arg("--config")
            .arg(format!(
                "source.vendored-sources.directory=\"{}\"",
                vendor.display()
            ))
            .arg("--offline");
    }
    if !verbose {
        cmd.arg("--quiet");
    }
    if verbose {
        eprintln!(
            "valida-cc: running {}",
            crate::frontend::clang::render(&cmd)
        );
    }
    let status = cmd
        .stdin(Stdio::null())
        .status()
        .map_err(|e| RustError::ToolMissing {
            program: cargo.display().to_string(),
            env: "VALIDA_CARGO",
            source: e,
        })?;
    if !status.success() {
        let _ = fs::remove_dir_all(&scratch);
        return Err(RustError::ToolFailed {
            what: "cargo -Zbuild-std (std, panic_abort)".into(),
            status: status_text(status),
        }
        .into());
    }
    let deps = scratch
        .join("target")
        .join(TARGET_NAME)
        .join("release")
        .join("deps");
    let tmp = std_dir.with_extension(format!("tmp{}", std::process::id()));
    let lib = Sysroot::lib_dir(&tmp);
    fs::create_dir_all(&lib).map_err(|e| Error::io(&lib, e))?;
    for entry in fs::read_dir(&deps).map_err(|e| Error::io(&deps, e))? {
        let entry = entry.map_err(|e| Error::io(&deps, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".rlib") && !name.starts_with("libvalida_sysroot") {
            fs::copy(entry.path(), lib.join(&name)).map_err(|e| Error::io(entry.path(), e))?;
        }
    }
    if !std_complete(&tmp) {
        return Err(RustError::Sysroot(format!(
            "cargo -Zbuild-std did not produce {} in {}",
            STD_CRATES.join(", "),
            deps.display()
        ))
        .into());
    }
    let _ = fs::remove_dir_all(&scratch);
    if fs::rename(&tmp, std_dir).is_err() {
        let _ = fs::remove_dir_all(&tmp);
        if !std_complete(std_dir) {
            return Err(RustError::Sysroot(format!("cannot write {}", std_dir.display())).into());
        }
    }
    Ok(())
}

/// The script cargo runs as `RUSTC_WRAPPER` (cargo takes one program
/// path, no arguments): it runs this `valida-cc`'s `rustc-wrapper` mode.
/// Written (atomically) when missing or naming another binary.
pub fn ensure_wrapper(sysroot: &Sysroot) -> Result<PathBuf> {
    let path = &sysroot.rustc_wrapper;
    let exe = std::env::current_exe().map_err(|e| Error::io("valida-cc", e))?;
    let quoted = exe.display().to_string().replace('\'', "'\\''");
    let script = format!("#!/bin/sh\nexec '{quoted}' rustc-wrapper \"$@\"\n");
    if fs::read_to_string(path).is_ok_and(|s| s == script) {
        return Ok(path.clone());
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    fs::write(&tmp, script).map_err(|e| Error::io(&tmp, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&tmp, fs::Permissions::from_mode(0o755))
            .map_err(|e| Error::io(&tmp, e))?;
    }
    fs::rename(&tmp, path).map_err(|e| Error::io(path, e))?;
    Ok(path.clone())
}

/// The global symbols the C runtime's library defines.
fn c_runtime_symbols(verbose: bool) -> Result<std::collections::HashSet<String>> {
    let rt = crate::runtime_build::ensure(verbose)?;
    let bytes = fs::read(&rt.lib).map_err(|e| Error::io(&rt.lib, e))?;
    let name = rt.lib.display().to_string();
    let members = crate::link::read::read_archive(&name, &bytes)?;
    Ok(members.into_iter().flat_map(|m| m.defines).collect())
}

/// Turns the definitions of `names` in a bitcode module into declarations,
/// so that the C runtime's versions (tuned for Valida) are the ones linked.
fn drop_definitions(bitcode: &[u8], names: &std::collections::HashSet<String>) -> Result<Vec<u8>> {
    let context = inkwell::context::Context::create();
    let module =
        crate::ir::retarget::parse_module(&context, Path::new("compiler_builtins"), bitcode)?;
    strip_definitions(&module, names);
    Ok(module.write_bitcode_to_memory().as_slice().to_vec())
}

/// Turns the definitions of the functions named in `names` into
/// declarations.
pub(crate) fn strip_definitions(
    module: &inkwell::module::Module<'_>,
    names: &std::collections::HashSet<String>,
) {
    for function in module.get_functions() {
        let name = function.get_name().to_string_lossy().into_owned();
        if function.count_basic_blocks() == 0 || !names.contains(&name) {
            continue;
        }
        for block in function.get_basic_blocks() {
            // SAFETY: every block of the function goes, none is used elsewhere.
            let _ = unsafe { block.delete() };
        }
        function.set_linkage(inkwell::module::Linkage::External);
        function
            .as_global_value()
            .set_visibility(inkwell::GlobalVisibility::Default);
    }
}

/// Compiles every bitcode member of the `compiler_builtins` rlib to a
/// Valida object (like the C runtime: in child `valida-cc -c -O2`
/// processes when we are the driver binary) and archives them. Functions
/// the C runtime defines (`memcpy`, `__muldi3`, the soft-float routines…)
/// are left out, so only what C lacks comes from here (128-bit integer
/// helpers, `f32`/`f64`↔`i128` conversions…). A member that does not
/// compile is left out with a warning.
fn build_builtins_archive(rlib: &Path, out: &Path, tmp: &Path, verbose: bool) -> Result<()> {
    let provided = c_runtime_symbols(verbose)?;
    let bytes = fs::read(rlib).map_err(|e| Error::io(rlib, e))?;
    let work = tmp.join("builtins");
    fs::create_dir_all(&work).map_err(|e| Error::io(&work, e))?;
    let mut members = Vec::new();
    let mut failed = Vec::new();
    for (i, m) in archive_members(rlib, &bytes)?
        .into_iter()
        .filter(|m| super::lto::is_bitcode(&m.bytes))
        .enumerate()
    {
        let bc = work.join(format!("cb{i:03}.bc"));
        let obj = bc.with_extension("o");
        let stripped = drop_definitions(&m.bytes, &provided)?;
        fs::write(&bc, &stripped).map_err(|e| Error::io(&bc, e))?;
        if verbose {
            eprintln!("valida-cc: compiling {} for Valida", m.name);
        }
        match compile_bitcode(&bc, &obj) {
            Ok(()) => {
                let o = fs::read(&obj).map_err(|e| Error::io(&obj, e))?;
                members.push((format!("cb{i:03}.o"), o));
            }
            Err(e) => {
                eprintln!(
                    "valida-cc: warning: compiler_builtins member {} left out: {e}",
                    m.name
                );
                failed.push(format!("{}\n{e}\n", m.name));
            }
        }
    }
    let _ = fs::remove_dir_all(&work);
    if !failed.is_empty() {
        let _ = fs::write(tmp.join("failed.txt"), failed.concat());
    }
    fs::write(out, write_archive(&members)).map_err(|e| Error::io(out, e))
}

fn compile_bitcode(bc: &Path, obj: &Path) -> std::result::Result<(), String> {
    let exe = std::env::current_exe().ok().filter(|e| {
        e.file_stem()
            .is_some_and(|s| s.to_string_lossy() == "valida-cc")
    });
    if let Some(exe) = exe {
        let output = Command::new(exe)
            .args(["-c", "-O2"])
            .arg(bc)
            .arg("-o")
            .arg(obj)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .map_err(|e| e.to_string())?;
        if output.status.success() {
            Ok(())
        } else {
            Err(String::from_utf8_lossy(&output.stderr)
                .trim_end()
                .to_string())
        }
    } else {
        let opts = crate::cli::CompileOptions {
            opt: crate::cli::OptLevel::O2,
            ..Default::default()
        };
        let bytes =
            crate::commands::build::compile_object(bc, &opts, &[]).map_err(|e| e.to_string())?;
        fs::write(obj, bytes).map_err(|e| e.to_string())
    }
}
