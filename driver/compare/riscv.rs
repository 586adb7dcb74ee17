//! The RV32IM side of `compare`: LLVM's own RISC-V backend on the IR the
//! Valida side compiled, and `ld.lld` to link it with the runtime's RV32
//! build.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use inkwell::OptimizationLevel;
use inkwell::attributes::AttributeLoc;
use inkwell::module::Module;
use inkwell::targets::{
    CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine, TargetTriple,
};

use super::{CompareError, Result};
use crate::cli::OptLevel;

/// The triple clang's riscv32 front end uses.
pub const RISCV_TRIPLE: &str = "riscv32-unknown-unknown-elf";
/// The CPU and features of `-march=rv32im` (with linker relaxation, as
/// clang enables it by default, so that `call` becomes `jal` when it can).
pub const RISCV_CPU: &str = "generic-rv32";
pub const RISCV_FEATURES: &str = "+m,+relax";

static RISCV: OnceLock<std::result::Result<(), String>> = OnceLock::new();

/// LLVM's RISC-V target (registered once per process).
pub fn riscv_target() -> Result<Target> {
    RISCV
        .get_or_init(|| {
            Target::initialize_riscv(&InitializationConfig::default());
            Ok(())
        })
        .clone()
        .map_err(CompareError::Riscv)?;
    Target::from_name("riscv32")
        .ok_or_else(|| CompareError::Riscv("target `riscv32` is not registered in LLVM".into()))
}

/// A riscv32 TargetMachine at the code-generation level of `opt`.
pub fn target_machine(opt: OptLevel) -> Result<TargetMachine> {
    let level = match opt {
        OptLevel::O0 => OptimizationLevel::None,
        OptLevel::O1 => OptimizationLevel::Less,
        OptLevel::O2 | OptLevel::Os | OptLevel::Oz => OptimizationLevel::Default,
        OptLevel::O3 => OptimizationLevel::Aggressive,
    };
    riscv_target()?
        .create_target_machine(
            &TargetTriple::create(RISCV_TRIPLE),
            RISCV_CPU,
            RISCV_FEATURES,
            level,
            RelocMode::Static,
            CodeModel::Small,
        )
        .ok_or_else(|| {
            CompareError::Riscv(format!("cannot create a TargetMachine for {RISCV_TRIPLE}"))
        })
}

/// Points an (optimised, Valida-targeted) module back at riscv32: triple,
/// data layout (the same string) and the function CPU attributes the
/// retargeting removed.
pub fn retarget_to_riscv(module: &Module<'_>, machine: &TargetMachine) {
    module.set_triple(&TargetTriple::create(RISCV_TRIPLE));
    module.set_data_layout(&machine.get_target_data().get_data_layout());
    lower_structors(module);
    let context = module.get_context();
    for function in module.get_functions() {
        if function.count_basic_blocks() == 0 {
            continue;
        }
        for (key, value) in [
            ("target-cpu", RISCV_CPU),
            ("target-features", RISCV_FEATURES),
        ] {
            if function
                .get_string_attribute(AttributeLoc::Function, key)
                .is_some()
            {
                function.remove_string_attribute(AttributeLoc::Function, key);
            }
            function.add_attribute(
                AttributeLoc::Function,
                context.create_string_attribute(key, value),
            );
        }
    }
}

/// Replaces `llvm.global_ctors`/`llvm.global_dtors` by one pointer per
/// entry in `.init_array[.PRIO]`/`.fini_array[.PRIO]`, which is what clang's
/// TargetMachine (`UseInitArray`) emits; the C API's TargetMachine would
/// emit `.ctors`/`.dtors`, which ld.lld does not fold into the arrays the
/// runtime runs.
pub fn lower_structors(module: &Module<'_>) {
    use inkwell::llvm_sys::core::*;
    use inkwell::values::AsValueRef;
    for (list, section) in [
        ("llvm.global_ctors", ".init_array"),
        ("llvm.global_dtors", ".fini_array"),
    ] {
        let Some(global) = module.get_global(list) else {
            continue;
        };
        let Some(init) = global.get_initializer() else {
            continue;
        };
        let init = init.as_value_ref();
        let ptr_type = module
            .get_context()
            .ptr_type(inkwell::AddressSpace::default());
        // SAFETY: `init` is the constant array of `{ i32, ptr, ptr }` structs
        // that LLVM defines for these lists; every value used belongs to
        // `module`, and the list is removed only after its entries were read.
        unsafe {
            let n = LLVMGetNumOperands(init);
            let mut entries = Vec::new();
            for i in 0..n.max(0) as u32 {
                let entry = LLVMGetOperand(init, i);
                if entry.is_null() || LLVMGetNumOperands(entry) < 2 {
                    continue;
                }
                let prio = LLVMGetOperand(entry, 0);
                let func = LLVMGetOperand(entry, 1);
                if LLVMIsAConstantInt(prio).is_null() || LLVMIsNull(func) != 0 {
                    continue;
                }
                entries.push((LLVMConstIntGetZExtValue(prio), func));
            }
            for (k, (prio, func)) in entries.into_iter().enumerate() {
                let name = format!("__compare{}{k}", section.replace('.', "_"));
                let g = module.add_global(ptr_type, None, &name);
                g.set_linkage(inkwell::module::Linkage::Internal);
                g.set_alignment(4);
                let sect = if prio == 65535 {
                    section.to_string()
                } else {
                    format!("{section}.{prio:05}")
                };
                g.set_section(Some(&sect));
                LLVMSetInitializer(g.as_value_ref(), func);
            }
            LLVMDeleteGlobal(global.as_value_ref());
        }
    }
}

/// Generates a riscv32 relocatable object.
pub fn emit_object(module: &Module<'_>, machine: &TargetMachine, path: &Path) -> Result<Vec<u8>> {
    module.verify().map_err(|e| CompareError::RiscvCodegen {
        path: path.to_path_buf(),
        message: format!("IR does not verify: {e}"),
    })?;
    machine
        .write_to_memory_buffer(module, FileType::Object)
        .map(|b| b.as_slice().to_vec())
        .map_err(|e| CompareError::RiscvCodegen {
            path: path.to_path_buf(),
            message: e.to_string(),
        })
}

/// A tool of LLVM 22: `$<env>`, else `<name>-22` on PATH, else
/// `$LLVM_SYS_221_PREFIX/bin/<name>`.
pub fn llvm_tool(env: &str, name: &str) -> PathBuf {
    if let Some(p) = std::env::var_os(env) {
        return PathBuf::from(p);
    }
    let versioned = format!("{name}-22");
    let on_path = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(&versioned).is_file()));
    if !on_path && let Some(prefix) = std::env::var_os("LLVM_SYS_221_PREFIX") {
        let p = Path::new(&prefix).join("bin").join(name);
        if p.is_file() {
            return p;
        }
    }
    PathBuf::from(versioned)
}

/// Links `objects` (files) after the runtime's start code and before its
/// library objects (as a lazy `--start-lib` group) with `ld.lld`.
pub fn link(
    crt: &Path,
    objects: &[PathBuf],
    lib: &[PathBuf],
    out: &Path,
    verbose: bool,
) -> Result<Vec<u8>> {
    let lld = llvm_tool("VALIDA_LLD", "ld.lld");
    let mut cmd = Command::new(&lld);
    cmd.arg("--gc-sections")
        .arg("-o")
        .arg(out)
        .arg(crt)
        .args(objects)
        .arg("--start-lib")
        .args(lib)
        .arg("--end-lib")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if verbose {
        eprintln!("valida-cc: running {cmd:?}");
    }
    let output = cmd.output().map_err(|e| CompareError::Tool {
        program: lld.display().to_string(),
        source: e,
    })?;
    if !output.status.success() {
        return Err(CompareError::RiscvLink(
            String::from_utf8_lossy(&output.stderr)
                .trim_end()
                .to_string(),
        ));
    }
    std::fs::read(out).map_err(|e| CompareError::Io {
        path: out.to_path_buf(),
        source: e,
    })
}

/// Assembles a `.S` file for riscv32 with clang.
pub fn assemble(src: &Path, out: &Path) -> Result<()> {
    let clang = crate::frontend::clang::clang_program();
    let output = Command::new(&clang)
        .args([
            "--target=riscv32-unknown-elf",
            "-march=rv32im",
            "-mabi=ilp32",
            "-c",
        ])
        .arg(src)
        .arg("-o")
        .arg(out)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| CompareError::Tool {
            program: clang.display().to_string(),
            source: e,
        })?;
    if output.status.success() {
        Ok(())
    } else {
        Err(CompareError::Runtime(format!(
            "{}: {}",
            src.display(),
            String::from_utf8_lossy(&output.stderr).trim_end()
        )))
    }
}
