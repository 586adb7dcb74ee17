//! The runtime built for RV32IM through the same IR path as the user's
//! code in `compare`: clang's riscv32 front end, the driver's -O2 pipeline
//! (with the Valida TargetMachine, or the RISC-V one in `--riscv-ir native`
//! mode), then LLVM's RISC-V backend. `platform/riscv32/setjmp.S` is
//! assembled by clang. Cached like the Valida runtime, in its own directory
//! (`target/valida-runtime-rv32/<key>/`).

use std::fs;
use std::path::{Path, PathBuf};

use inkwell::context::Context;

use super::{CompareError, Result, RiscvIr, compile_module};
use crate::cli::{CompileOptions, OptLevel};
use crate::runtime_build::{Fnv, listed_sources, runtime_dir, weaken_definitions};

/// The RV32 runtime: start code and library objects (linked lazily).
#[derive(Debug, Clone)]
pub struct RvRuntime {
    pub crt: PathBuf,
    pub lib: Vec<PathBuf>,
}

fn io(path: &Path, source: std::io::Error) -> CompareError {
    CompareError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn cache_root() -> PathBuf {
    if let Some(d) = std::env::var_os("VALIDA_RV32_CACHE_DIR") {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("VALIDA_CACHE_DIR") {
        let mut s = d;
        s.push("-rv32");
        return PathBuf::from(s);
    }
    let in_tree = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    if in_tree.is_dir() {
        return in_tree.join("valida-runtime-rv32");
    }
    std::env::temp_dir().join("valida-cc-rv32")
}

/// Sources for riscv32 from `runtime/sources.txt`: (start code, library).
fn sources(root: &Path) -> Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    listed_sources(root, "riscv32")
        .map_err(CompareError::Runtime)?
        .ok_or_else(|| {
            CompareError::Runtime(format!("{}: missing", root.join("sources.txt").display()))
        })
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') || name == "tests" || name == "build" {
            continue;
        }
        if p.is_dir() {
            walk(&p, out);
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("c" | "h" | "S" | "txt")
        ) {
            out.push(p);
        }
    }
}

fn cache_key(root: &Path, mode: RiscvIr) -> Result<String> {
    let mut files = Vec::new();
    walk(root, &mut files);
    let mut h = Fnv::new();
    h.write(env!("CARGO_PKG_VERSION").as_bytes());
    h.write(mode.name().as_bytes());
    for f in &files {
        h.write(
            f.strip_prefix(root)
                .unwrap_or(f)
                .to_string_lossy()
                .as_bytes(),
        );
        h.write(&fs::read(f).map_err(|e| io(f, e))?);
    }
    h.write_driver_identity();
    Ok(format!("{}-{}", mode.name(), h.hex()))
}

/// The options the runtime is compiled with (those of the Valida runtime,
/// with the riscv32 platform directory).
fn runtime_options(root: &Path) -> CompileOptions {
    let include = ["libc", "builtins", "platform/riscv32", "platform"]
        .iter()
        .map(|d| root.join(d))
        .filter(|d| d.is_dir())
        .collect();
    CompileOptions {
        opt: OptLevel::O2,
        include,
        f_flags: vec!["freestanding".into(), "no-builtin".into()],
        warnings: vec!["no-unused-parameter".into()],
        std: Some("c11".into()),
        ..CompileOptions::default()
    }
}

/// The cache directory of the current runtime and whether it is complete.
pub fn cached(mode: RiscvIr) -> Result<(PathBuf, bool)> {
    let root = runtime_dir().ok_or_else(|| {
        CompareError::Runtime("runtime sources not found (VALIDA_RUNTIME_DIR)".into())
    })?;
    let dir = cache_root().join(cache_key(&root, mode)?);
    let done = dir.join("manifest.txt").is_file();
    Ok((dir, done))
}

fn from_manifest(dir: &Path) -> Result<RvRuntime> {
    let manifest = dir.join("manifest.txt");
    let text = fs::read_to_string(&manifest).map_err(|e| io(&manifest, e))?;
    let mut lines = text.lines().filter(|l| !l.is_empty());
    let crt = dir.join(lines.next().unwrap_or("crt0.o"));
    let lib = lines.map(|l| dir.join(l)).collect();
    Ok(RvRuntime { crt, lib })
}

/// Builds the RV32 runtime in this process if the cache lacks it.
pub fn ensure(mode: RiscvIr, verbose: bool) -> Result<RvRuntime> {
    let (dir, done) = cached(mode)?;
    if done {
        return from_manifest(&dir);
    }
    let root = runtime_dir().ok_or_else(|| {
        CompareError::Runtime("runtime sources not found (VALIDA_RUNTIME_DIR)".into())
    })?;
    eprintln!(
        "valida-cc: building the runtime for RV32IM into {}",
        dir.display()
    );
    let (crt, lib) = sources(&root)?;
    let tmp = dir.with_extension(format!("tmp{}", std::process::id()));
    fs::create_dir_all(&tmp).map_err(|e| io(&tmp, e))?;
    let opts = runtime_options(&root);
    let mut names = Vec::new();
    for (i, src) in crt.iter().chain(lib.iter()).enumerate() {
        let name = if i == 0 {
            "crt0.o".to_string()
        } else {
            src.strip_prefix(&root)
                .unwrap_or(src)
                .with_extension("o")
                .to_string_lossy()
                .replace('/', "_")
        };
        let out = tmp.join(&name);
        if verbose {
            eprintln!("valida-cc: rv32 runtime: compiling {}", src.display());
        }
        let mut bytes = if src.extension().is_some_and(|e| e == "S" || e == "s") {
            super::riscv::assemble(src, &out)?;
            fs::read(&out).map_err(|e| io(&out, e))?
        } else {
            let context = Context::create();
            let unit = compile_module(&context, src, &opts, mode)?;
            unit.riscv_object()?
        };
        // Library definitions are weak, as in the Valida runtime, so that
        // a program's own definition of a libc name links on both sides.
        if i > 0 {
            weaken_definitions(&mut bytes)
                .map_err(|e| CompareError::Runtime(format!("{}: {e}", out.display())))?;
        }
        fs::write(&out, bytes).map_err(|e| io(&out, e))?;
        names.push(name);
    }
    names.push(String::new());
    fs::write(tmp.join("manifest.txt"), names.join("\n")).map_err(|e| io(&tmp, e))?;
    if fs::rename(&tmp, &dir).is_err() {
        let _ = fs::remove_dir_all(&tmp);
        if !dir.join("manifest.txt").is_file() {
            return Err(CompareError::Runtime(format!(
                "cannot write the RV32 runtime cache {}",
                dir.display()
            )));
        }
    }
    from_manifest(&dir)
}
