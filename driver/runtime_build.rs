//! Building the C runtime (start code, libc, builtins) for Valida with the
//! driver's own pipeline, on first use, cached by a hash of its sources and
//! of the compiler.
//!
//! Layout of `runtime/`: `include/` is the public header directory;
//! `sources.txt` lists the sources by part: `crt` is the start code (linked
//! first, so that `_start` sits at address 0); `libc`, `builtins` and
//! `valida` become the archive `libvalida.a`. Other parts (`riscv32`) are
//! for other builds.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::cli::{CompileOptions, OptLevel};
use crate::error::{Error, Result};
use crate::link::archive::write_archive;

/// The runtime, built and ready to link.
#[derive(Debug, Clone)]
pub struct Runtime {
    /// Start code object (`_start`).
    pub crt: PathBuf,
    /// Archive of libc and builtins.
    pub lib: PathBuf,
    /// Directory of the same sources as pre-link bitcode for whole-program
    /// builds: `crt0.bc` and one `<name>.bc` per library source, except
    /// the sources marked `nolto` in `sources.txt` (they stay objects in
    /// the archive).
    pub bitcode: PathBuf,
}

impl Runtime {
    /// The start code's bitcode.
    pub fn crt_bitcode(&self) -> PathBuf {
        self.bitcode.join("crt0.bc")
    }
}

/// The runtime source directory: `$VALIDA_RUNTIME_DIR`, else `runtime/`
/// of the source tree the driver was built from.
pub fn runtime_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("VALIDA_RUNTIME_DIR") {
        return Some(PathBuf::from(d));
    }
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime");
    d.is_dir().then_some(d)
}

/// The runtime's public headers, put first on clang's system include path.
pub fn include_dir() -> Option<PathBuf> {
    runtime_dir()
        .map(|d| d.join("include"))
        .filter(|d| d.is_dir())
}

/// FNV-1a, 64 bits: stable across Rust versions, enough for a cache key.
/// Shared by the runtime caches (Valida here, RV32IM in `compare`).
pub(crate) struct Fnv(u64);

impl Fnv {
    pub(crate) fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    pub(crate) fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        // Field separator so that ("ab","c") and ("a","bc") differ.
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }
    pub(crate) fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
    /// The identity of the running compiler binary (size and modification
    /// time): the target is linked into it, so a rebuilt driver invalidates
    /// what it compiled.
    pub(crate) fn write_driver_identity(&mut self) {
        if let Ok(exe) = std::env::current_exe()
            && let Ok(meta) = fs::metadata(&exe)
        {
            self.write(&meta.len().to_le_bytes());
            if let Ok(t) = meta.modified()
                && let Ok(d) = t.duration_since(std::time::UNIX_EPOCH)
            {
                self.write(&d.as_nanos().to_le_bytes());
            }
        }
    }
}

/// Makes every global definition of an ELF32 little-endian relocatable
/// object weak, so that a program's own definition of a libc name (its own
/// `srand`, `malloc`...) wins over the runtime's, as with any libc. Done on
/// the object after compilation, so that calls inside the runtime were
/// optimised (inlined) as for ordinary globals. Common symbols stay as they
/// are. Returns how many symbols changed.
pub(crate) fn weaken_definitions(obj: &mut [u8]) -> std::result::Result<usize, String> {
    const STB_GLOBAL: u8 = 1;
    const STB_WEAK: u8 = 2;
    const SHT_SYMTAB: u32 = 2;
    const SHN_UNDEF: u16 = 0;
    const SHN_COMMON: u16 = 0xfff2;
    let u16_at = |b: &[u8], o: usize| -> Option<u16> {
        Some(u16::from_le_bytes(b.get(o..o + 2)?.try_into().ok()?))
    };
    let u32_at = |b: &[u8], o: usize| -> Option<u32> {
        Some(u32::from_le_bytes(b.get(o..o + 4)?.try_into().ok()?))
    };
    if !obj.starts_with(b"\x7fELF") || obj.get(4) != Some(&1) || obj.get(5) != Some(&1) {
        return Err("not an ELF32 little-endian object".into());
    }
    let bad = || "truncated ELF header or section table".to_string();
    let shoff = u32_at(obj, 0x20).ok_or_else(bad)? as usize;
    let shentsize = u16_at(obj, 0x2e).ok_or_else(bad)? as usize;
    let shnum = u16_at(obj, 0x30).ok_or_else(bad)? as usize;
    let mut changed = 0;
    for i in 0..shnum {
        let sh = shoff + i * shentsize;
        if u32_at(obj, sh + 4).ok_or_else(bad)? != SHT_SYMTAB {
            continue;
        }
        let off = u32_at(obj, sh + 16).ok_or_else(bad)? as usize;
        let size = u32_at(obj, sh + 20).ok_or_else(bad)? as usize;
        let entsize = (u32_at(obj, sh + 36).ok_or_else(bad)? as usize).max(16);
        if off.checked_add(size).is_none_or(|end| end > obj.len()) {
            return Err(bad());
        }
        for sym in (off..off + size).step_by(entsize) {
            let shndx = u16_at(obj, sym + 14).ok_or_else(bad)?;
            let info = obj[sym + 12];
            if info >> 4 == STB_GLOBAL && shndx != SHN_UNDEF && shndx != SHN_COMMON {
                obj[sym + 12] = (STB_WEAK << 4) | (info & 0xf);
                changed += 1;
            }
        }
    }
    Ok(changed)
}

fn skip_dir(name: &str) -> bool {
    name.starts_with("riscv") || name == "tests" || name == "test" || name.starts_with('.')
}

fn collect(dir: &Path, ext: &[&str], out: &mut Vec<PathBuf>) -> Result<()> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(());
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if p.is_dir() {
            if !skip_dir(&name) {
                collect(&p, ext, out)?;
            }
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ext.contains(&e))
        {
            out.push(p);
        }
    }
    Ok(())
}

/// Sources of the start code and of the library, from `runtime/sources.txt`
/// ("<part> <path>" lines: parts `crt`, `libc`, `builtins` and `valida` are
/// ours), or from a directory scan when there is no list.
fn sources(root: &Path) -> Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    if let Some(listed) = listed_sources(root, "valida").map_err(Error::Runtime)? {
        return Ok(listed);
    }
    let mut crt = Vec::new();
    collect(&root.join("crt"), &["c"], &mut crt)?;
    let mut lib = Vec::new();
    for sub in ["libc", "builtins", "platform"] {
        collect(&root.join(sub), &["c"], &mut lib)?;
    }
    Ok((crt, lib))
}

/// The runtime of one platform (`valida` or `riscv32`) as listed in
/// `runtime/sources.txt`: (start code, library sources); `None` when there
/// is no list. A line is `<part> <path>`; the library is every `libc` and
/// `builtins` line plus the platform's own.
pub(crate) fn listed_sources(
    root: &Path,
    platform: &str,
) -> std::result::Result<Option<(Vec<PathBuf>, Vec<PathBuf>)>, String> {
    let list = root.join("sources.txt");
    let Ok(text) = fs::read_to_string(&list) else {
        return Ok(None);
    };
    let mut crt = Vec::new();
    let mut lib = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split_whitespace();
        let (Some(part), Some(path)) = (parts.next(), parts.next()) else {
            return Err(format!("{}: malformed line `{line}`", list.display()));
        };
        match part {
            "crt" => crt.push(root.join(path)),
            "libc" | "builtins" => lib.push(root.join(path)),
            p if p == platform => lib.push(root.join(path)),
            _ => {}
        }
    }
    Ok(Some((crt, lib)))
}

/// The whole-program flags of `runtime/sources.txt` (a third column,
/// `nolto` or `libcall`), by source path.
fn lto_flags(root: &Path) -> Vec<(PathBuf, String)> {
    let Ok(text) = fs::read_to_string(root.join("sources.txt")) else {
        return Vec::new();
    };
    text.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            let (_, path, flag) = (parts.next()?, parts.next()?, parts.next()?);
            Some((root.join(path), flag.to_string()))
        })
        .collect()
}

/// The file in the bitcode directory listing the `libcall` files.
pub const LIBCALL_LIST: &str = "libcall.txt";

/// Options the runtime is compiled with: -O2, freestanding (so that the
/// compiler does not turn `memcpy`'s own loop into a call to `memcpy`).
fn runtime_options(root: &Path) -> CompileOptions {
    let mut include = vec![root.join("libc")];
    for extra in ["builtins", "platform/valida", "platform"] {
        let d = root.join(extra);
        if d.is_dir() {
            include.push(d);
        }
    }
    CompileOptions {
        opt: OptLevel::O2,
        include,
        f_flags: vec!["freestanding".into(), "no-builtin".into()],
        warnings: vec!["no-unused-parameter".into()],
        std: Some("c11".into()),
        ..CompileOptions::default()
    }
}

fn cache_root() -> PathBuf {
    if let Some(d) = std::env::var_os("VALIDA_CACHE_DIR") {
        return PathBuf::from(d);
    }
    let in_tree = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    if in_tree.is_dir() {
        return in_tree.join("valida-runtime");
    }
    if let Some(x) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(x).join("valida-cc");
    }
    if let Some(h) = std::env::var_os("HOME") {
        return PathBuf::from(h).join(".cache").join("valida-cc");
    }
    std::env::temp_dir().join("valida-cc")
}

/// The key of a runtime build: its sources and headers, the driver version
/// and the identity of the compiler binary (the target is linked into it).
fn cache_key(root: &Path) -> Result<String> {
    let mut files = Vec::new();
    collect(root, &["c", "h", "S", "s", "md", "txt"], &mut files)?;
    let mut h = Fnv::new();
    h.write(env!("CARGO_PKG_VERSION").as_bytes());
    for f in &files {
        h.write(
            f.strip_prefix(root)
                .unwrap_or(f)
                .to_string_lossy()
                .as_bytes(),
        );
        h.write(&fs::read(f).map_err(|e| Error::io(f, e))?);
    }
    h.write_driver_identity();
    // A runtime compiled without the machine verifier is not reused when it
    // is asked for (the code is the same; the check is what is wanted).
    if crate::codegen::init::verify_machineinstrs() {
        h.write(b"verify-machineinstrs");
    }
    Ok(h.hex())
}

/// The driver binary to compile runtime files in child processes (a crash
/// of LLVM on one file must not take the whole build down), when we are it.
fn driver_exe() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let name = exe.file_stem()?.to_string_lossy().into_owned();
    (name == "valida-cc").then_some(exe)
}

fn compile_one(src: &Path, out: &Path, opts: &CompileOptions) -> std::result::Result<(), String> {
    if let Some(exe) = driver_exe() {
        let mut cmd = Command::new(exe);
        cmd.arg("-c").arg(opts.opt.clang_flag());
        if opts.lto_prelink {
            cmd.arg("-flto").arg("-emit-llvm");
        }
        for i in &opts.include {
            cmd.arg(format!("-I{}", i.display()));
        }
        for f in &opts.f_flags {
            cmd.arg(format!("-f{f}"));
        }
        if let Some(s) = &opts.std {
            cmd.arg(format!("-std={s}"));
        }
        cmd.arg(src)
            .arg("-o")
            .arg(out)
            .stdin(Stdio::null())
            .stdout(Stdio::null());
        let output = cmd
            .stderr(Stdio::piped())
            .output()
            .map_err(|e| e.to_string())?;
        if output.status.success() {
            return Ok(());
        }
        let mut message = String::from_utf8_lossy(&output.stderr)
            .trim_end()
            .to_string();
        #[cfg(unix)]
        if output.status.code().is_none() {
            use std::os::unix::process::ExitStatusExt;
            let signal = output.status.signal().unwrap_or(0);
            if !message.is_empty() {
                message.push('\n');
            }
            message.push_str(&format!(
                "the compiler crashed (signal {signal}); reproduce with: valida-cc -c -O2 {}",
                src.display()
            ));
        }
        Err(message)
    } else if opts.lto_prelink {
        let context = inkwell::context::Context::create();
        let machine =
            crate::codegen::pipeline::target_machine(opts.opt).map_err(|e| e.to_string())?;
        let module = crate::commands::build::load_module(&context, src, opts, &machine, &[])
            .map_err(|e| e.to_string())?;
        fs::write(out, module.write_bitcode_to_memory().as_slice()).map_err(|e| e.to_string())
    } else {
        let bytes =
            crate::commands::build::compile_object(src, opts, &[]).map_err(|e| e.to_string())?;
        fs::write(out, bytes).map_err(|e| e.to_string())
    }
}

/// How many runtime builds the cache keeps (each compiler rebuild makes one).
const CACHE_KEEP: usize = 8;

/// Removes all but the newest [`CACHE_KEEP`] builds beside `current`
/// (never `current` itself, never a build in progress).
fn prune_cache(current: &Path) {
    let Some(parent) = current.parent() else {
        return;
    };
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let mut builds: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir() && p != current && p.extension().is_none())
        .filter_map(|p| Some((fs::metadata(&p).ok()?.modified().ok()?, p)))
        .collect();
    builds.sort();
    let excess = (builds.len() + 1).saturating_sub(CACHE_KEEP);
    for (_, old) in builds.into_iter().take(excess) {
        let _ = fs::remove_dir_all(old);
    }
}

/// Builds the runtime if the cache does not hold this version yet.
pub fn ensure(verbose: bool) -> Result<Runtime> {
    let root = runtime_dir().ok_or_else(|| {
        Error::Runtime(
            "runtime sources not found; set VALIDA_RUNTIME_DIR to the runtime/ directory".into(),
        )
    })?;
    let dir = cache_root().join(cache_key(&root)?);
    let runtime = Runtime {
        crt: dir.join("crt0.o"),
        lib: dir.join("libvalida.a"),
        bitcode: dir.join("lto"),
    };
    if runtime.crt.is_file() && runtime.lib.is_file() && runtime.bitcode.join("index.txt").is_file() {
        return Ok(runtime);
    }
    let (crt_src, lib_src) = sources(&root)?;
    if crt_src.is_empty() {
        return Err(Error::Runtime(format!(
            "no start code under {}",
            root.join("crt").display()
        )));
    }
    eprintln!(
        "valida-cc: building the runtime for Valida into {}",
        dir.display()
    );
    let tmp = dir.with_extension(format!("tmp{}", std::process::id()));
    fs::create_dir_all(&tmp).map_err(|e| Error::io(&tmp, e))?;
    let opts = runtime_options(&root);
    let rel = |p: &Path| {
        p.strip_prefix(&root)
            .unwrap_or(p)
            .to_string_lossy()
            .replace('/', "_")
    };

    // Start code: one object (all crt sources must compile).
    let mut crt_objs = Vec::new();
    for src in &crt_src {
        let out = tmp.join(rel(src)).with_extension("o");
        if verbose {
            eprintln!("valida-cc: runtime: compiling {}", src.display());
        }
        compile_one(src, &out, &opts)
            .map_err(|e| Error::Runtime(format!("{}: {e}", src.display())))?;
        crt_objs.push(out);
    }
    if crt_objs.len() > 1 {
        return Err(Error::Runtime(format!(
            "expected one start-code source under {}, found {}",
            root.join("crt").display(),
            crt_objs.len()
        )));
    }

    // Library: compile two files at a time; a file that fails is left out
    // with a warning so that programs not needing it still link.
    let mut members = Vec::new();
    let mut failed = Vec::new();
    for chunk in lib_src.chunks(2) {
        let results: Vec<(PathBuf, PathBuf, std::result::Result<(), String>)> =
            std::thread::scope(|s| {
                let handles: Vec<_> = chunk
                    .iter()
                    .map(|src| {
                        let out = tmp.join(rel(src)).with_extension("o");
                        let opts = &opts;
                        if verbose {
                            eprintln!("valida-cc: runtime: compiling {}", src.display());
                        }
                        s.spawn(move || {
                            let r = compile_one(src, &out, opts);
                            (src.clone(), out, r)
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| {
                        h.join().unwrap_or_else(|_| {
                            (
                                PathBuf::new(),
                                PathBuf::new(),
                                Err("compiler thread panicked".into()),
                            )
                        })
                    })
                    .collect()
            });
        for (src, out, r) in results {
            match r {
                Ok(()) => {
                    let mut bytes = fs::read(&out).map_err(|e| Error::io(&out, e))?;
                    weaken_definitions(&mut bytes)
                        .map_err(|e| Error::Runtime(format!("{}: {e}", out.display())))?;
                    let name = out
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                    members.push((name, bytes));
                }
                Err(e) => {
                    eprintln!(
                        "valida-cc: warning: runtime file {} left out: {e}",
                        src.display()
                    );
                    failed.push(format!("{}\n{e}\n", src.display()));
                }
            }
        }
    }
    // Bitcode for whole-program builds: the start code and every library
    // source that compiled to an object, except those marked `nolto`.
    let flags = lto_flags(&root);
    let flagged = |src: &Path, want: &str| flags.iter().any(|(p, f)| p == src && f == want);
    let mut libcall = String::new();
    let lto_dir = tmp.join("lto");
    fs::create_dir_all(&lto_dir).map_err(|e| Error::io(&lto_dir, e))?;
    let mut bc_opts = opts.clone();
    bc_opts.lto_prelink = true;
    let mut bc_jobs: Vec<(PathBuf, PathBuf)> = vec![(crt_src[0].clone(), lto_dir.join("crt0.bc"))];
    for src in &lib_src {
        let left_out = failed
            .iter()
            .any(|f| f.starts_with(&format!("{}\n", src.display())));
        if !flagged(src, "nolto") && !left_out {
            let out = lto_dir.join(rel(src)).with_extension("bc");
            if flagged(src, "libcall")
                && let Some(name) = out.file_name()
            {
                libcall.push_str(&format!("{}\n", name.to_string_lossy()));
            }
            bc_jobs.push((src.clone(), out));
        }
    }
    let list = lto_dir.join(LIBCALL_LIST);
    fs::write(&list, libcall).map_err(|e| Error::io(&list, e))?;
    for chunk in bc_jobs.chunks(2) {
        let results: Vec<(PathBuf, std::result::Result<(), String>)> = std::thread::scope(|s| {
            let handles: Vec<_> = chunk
                .iter()
                .map(|(src, out)| {
                    if verbose {
                        eprintln!("valida-cc: runtime: compiling {} to bitcode", src.display());
                    }
                    let bc_opts = &bc_opts;
                    s.spawn(move || (src.clone(), compile_one(src, out, bc_opts)))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join().unwrap_or_else(|_| {
                        (PathBuf::new(), Err("compiler thread panicked".into()))
                    })
                })
                .collect()
        });
        for (src, r) in results {
            // A source whose object built must give bitcode too: a build
            // that silently lost part of libc would link differently.
            r.map_err(|e| Error::Runtime(format!("{} (bitcode): {e}", src.display())))?;
        }
    }
    let library_bc: Vec<PathBuf> = bc_jobs.iter().skip(1).map(|(_, out)| out.clone()).collect();
    crate::lto::write_index(&lto_dir, &library_bc)?;
    fs::write(tmp.join("libvalida.a"), write_archive(&members)).map_err(|e| Error::io(&tmp, e))?;
    fs::copy(&crt_objs[0], tmp.join("crt0.o")).map_err(|e| Error::io(&crt_objs[0], e))?;
    if !failed.is_empty() {
        let _ = fs::write(tmp.join("failed.txt"), failed.concat());
    }
    // Publish atomically; a concurrent build may have won the race.
    if fs::rename(&tmp, &dir).is_err() {
        let _ = fs::remove_dir_all(&tmp);
        if !(runtime.crt.is_file() && runtime.lib.is_file()) {
            return Err(Error::Runtime(format!(
                "cannot write the runtime cache {}",
                dir.display()
            )));
        }
    }
    prune_cache(&dir);
    Ok(runtime)
}
