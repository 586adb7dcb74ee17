//! Rust crates in `compare`. rustc runs once; its bitcode (the crate, the
//! sysroot's `std`/`core`/`alloc`, `valida_std` or `valida_lang`) is linked
//! into one program module as for `valida-cc prog.rs`, and that module goes
//! through the same two routes as a C file's IR.
//!
//! Both sides also need `compiler_builtins` (128-bit helpers and the like):
//! the Valida side links the sysroot's Valida archive, the RV32IM side the
//! same rlib's bitcode compiled by LLVM's RISC-V back end, without the
//! functions the RV32 runtime defines (as the Valida archive leaves out
//! what the Valida runtime defines). Those objects are cached next to the
//! RV32 runtime, keyed by the rlib's contents.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::targets::TargetMachine;

use super::rv_runtime::RvRuntime;
use super::{CompareError, Result, RiscvIr, riscv};
use crate::cli::{CompileOptions, OptLevel};
use crate::codegen::pipeline::optimize;
use crate::ir::retarget;
use crate::runtime_build::Fnv;

fn io(path: &Path, source: std::io::Error) -> CompareError {
    CompareError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The Valida module and the RISC-V module of the crate rooted at `path`.
pub fn compile_crate<'ctx>(
    context: &'ctx Context,
    path: &Path,
    opts: &CompileOptions,
    mode: RiscvIr,
    valida_tm: &TargetMachine,
    riscv_tm: &TargetMachine,
) -> Result<(Module<'ctx>, Module<'ctx>)> {
    crate::codegen::init::set_current_input(path);
    let members = crate::rust::crate_members(path, opts)?;
    let native_members = (mode == RiscvIr::Native).then(|| members.clone());
    let valida = crate::rust::module_from_bitcode(context, path, members, opts, valida_tm)?;
    let riscv = match native_members {
        None => {
            let copy = valida.clone();
            riscv::retarget_to_riscv(&copy, riscv_tm);
            copy
        }
        Some(members) => {
            // rustc's own riscv32 IR, optimised by the RISC-V TargetMachine.
            let module = crate::rust::program_module(context, path, members, opts)?;
            riscv::retarget_to_riscv(&module, riscv_tm);
            retarget::verify(&module, path)?;
            crate::rust::lto::drop_unreferenced(&module, riscv_tm, path)?;
            optimize(&module, riscv_tm, opts.opt, path)?;
            if !opts.f_flags.iter().any(|f| f == "no-function-sections") {
                retarget::split_sections(&module);
            }
            module
        }
    };
    Ok((valida, riscv))
}

/// Global and weak symbols the relocatable ELF objects `paths` define.
fn defined_symbols(paths: &[PathBuf]) -> Result<HashSet<String>> {
    let mut names = HashSet::new();
    for path in paths {
        let bytes = fs::read(path).map_err(|e| io(path, e))?;
        let elf = goblin::elf::Elf::parse(&bytes)
            .map_err(|e| CompareError::Runtime(format!("{}: {e}", path.display())))?;
        for sym in elf.syms.iter() {
            let bind = sym.st_bind();
            if sym.st_shndx != 0
                && (bind == goblin::elf::sym::STB_GLOBAL || bind == goblin::elf::sym::STB_WEAK)
                && let Some(name) = elf.strtab.get_at(sym.st_name)
            {
                names.insert(name.to_string());
            }
        }
    }
    Ok(names)
}

/// The RV32 objects of the sysroot's `compiler_builtins` (linked lazily
/// after the runtime), built on first use.
pub fn riscv_builtins(runtime: &RvRuntime, verbose: bool) -> Result<Vec<PathBuf>> {
    let sysroot = crate::rust::sysroot::ensure(verbose)?;
    let rlib = sysroot.builtins_rlib()?;
    let bytes = fs::read(&rlib).map_err(|e| io(&rlib, e))?;
    let mut key = Fnv::new();
    key.write(&bytes);
    let base = runtime
        .crt
        .parent()
        .map_or_else(std::env::temp_dir, Path::to_path_buf);
    let dir = base.join(format!("rust-builtins-{}", key.hex()));
    let manifest = dir.join("manifest.txt");
    if manifest.is_file() {
        return riscv_builtins_listed(&dir);
    }
    eprintln!(
        "valida-cc: compiling compiler_builtins for RV32IM into {}",
        dir.display()
    );
    let provided = defined_symbols(&runtime.lib)?;
    let tmp = dir.with_extension(format!("tmp{}", std::process::id()));
    fs::create_dir_all(&tmp).map_err(|e| io(&tmp, e))?;
    let machine = riscv::target_machine(OptLevel::O2)?;
    let mut names = Vec::new();
    let members = crate::frontend::rustc::archive_members(&rlib, &bytes)?;
    for (i, member) in members
        .iter()
        .filter(|m| crate::rust::lto::is_bitcode(&m.bytes))
        .enumerate()
    {
        let context = Context::create();
        let module = retarget::parse_module(&context, Path::new(&member.name), &member.bytes)?;
        crate::rust::sysroot::strip_definitions(&module, &provided);
        riscv::retarget_to_riscv(&module, &machine);
        let object = riscv::emit_object(&module, &machine, Path::new(&member.name))?;
        let name = format!("cb{i:03}.o");
        let out = tmp.join(&name);
        fs::write(&out, object).map_err(|e| io(&out, e))?;
        names.push(name);
    }
    names.push(String::new());
    fs::write(tmp.join("manifest.txt"), names.join("\n")).map_err(|e| io(&tmp, e))?;
    if fs::rename(&tmp, &dir).is_err() {
        // Another process finished first: use its copy.
        let _ = fs::remove_dir_all(&tmp);
        if !manifest.is_file() {
            return Err(CompareError::Runtime(format!(
                "cannot write {}",
                dir.display()
            )));
        }
    }
    riscv_builtins_listed(&dir)
}

fn riscv_builtins_listed(dir: &Path) -> Result<Vec<PathBuf>> {
    let manifest = dir.join("manifest.txt");
    let text = fs::read_to_string(&manifest).map_err(|e| io(&manifest, e))?;
    Ok(text
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| dir.join(l))
        .collect())
}
