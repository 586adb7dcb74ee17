//! The optimisation pipeline and code emission with the Valida TargetMachine.

use std::path::Path;

use inkwell::OptimizationLevel;
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{CodeModel, FileType, RelocMode, TargetMachine, TargetTriple};

use super::init::valida_target;
use crate::cli::OptLevel;
use crate::error::{Error, Result};
use crate::ir::retarget::VALIDA_TRIPLE;

/// A Valida TargetMachine for the given optimisation level.
pub fn target_machine(opt: OptLevel) -> Result<TargetMachine> {
    crate::codegen::init::ensure_llvm_options()?;
    let target = valida_target()?;
    let level = match opt {
        OptLevel::O0 => OptimizationLevel::None,
        OptLevel::O1 => OptimizationLevel::Less,
        OptLevel::O2 | OptLevel::Os | OptLevel::Oz => OptimizationLevel::Default,
        OptLevel::O3 => OptimizationLevel::Aggressive,
    };
    target
        .create_target_machine(
            &TargetTriple::create(VALIDA_TRIPLE),
            "",
            "",
            level,
            RelocMode::Static,
            CodeModel::Default,
        )
        .ok_or_else(|| Error::Target(format!("cannot create a TargetMachine for {VALIDA_TRIPLE}")))
}

/// Runs the new pass manager's default pipeline of `opt` on `module`.
pub fn optimize(
    module: &Module<'_>,
    machine: &TargetMachine,
    opt: OptLevel,
    path: &Path,
) -> Result<()> {
    optimize_with(module, machine, opt, opt.pipeline(), path)
}

/// Runs `pipeline` (a new pass manager pipeline of level `opt`: the
/// default, pre-link or link-time one) on `module`.
pub fn optimize_with(
    module: &Module<'_>,
    machine: &TargetMachine,
    opt: OptLevel,
    pipeline: &str,
    path: &Path,
) -> Result<()> {
    let options = PassBuilderOptions::create();
    // Valida has no vector registers: vector code would only be scalarised again.
    options.set_loop_vectorization(false);
    options.set_loop_slp_vectorization(false);
    options.set_loop_interleaving(false);
    options.set_loop_unrolling(!matches!(opt, OptLevel::O0 | OptLevel::Os | OptLevel::Oz));
    module
        .run_passes(pipeline, machine, options)
        .map_err(|e| Error::Passes {
            path: path.to_path_buf(),
            pipeline: pipeline.to_string(),
            message: e.to_string(),
        })
}

/// What code generation produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emit {
    /// ELF32 relocatable object.
    Object,
    /// Valida assembly text, or MIR when LLVM was told to stop early.
    Assembly,
}

/// Runs the code generator and returns the bytes it wrote.
pub fn emit(
    module: &Module<'_>,
    machine: &TargetMachine,
    what: Emit,
    path: &Path,
) -> Result<Vec<u8>> {
    let file_type = match what {
        Emit::Object => FileType::Object,
        Emit::Assembly => FileType::Assembly,
    };
    let buffer = machine
        .write_to_memory_buffer(module, file_type)
        .map_err(|e| Error::Codegen {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
    Ok(buffer.as_slice().to_vec())
}
