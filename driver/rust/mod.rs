//! Rust for Valida: rustc emits riscv32 ilp32 *bitcode* for the custom target
//! `targets/valida-unknown-none.json` (`"obj-is-bitcode": true`, so no
//! RISC-V code is ever generated), and the driver compiles that bitcode like
//! the IR of a C file: link the crates' modules into one, keep only what the
//! program exports, retarget to Valida, optimise, generate code, link with
//! the C runtime.
//!
//! - [`sysroot`]: `core`, `alloc` and `compiler_builtins` built once from the
//!   installed sources (cargo `-Zbuild-std`) and cached with the runtime
//!   crates `valida_rt` and `valida_lang` (`runtime/rust/`) and a Valida archive of
//!   `compiler_builtins`.
//! - [`crate::frontend::rustc`]: a `.rs` crate root → a staticlib of bitcode.
//! - [`lto`]: the bitcode members → one module with only the exports external.
//! - [`cargo`]: `valida-cc cargo …` and the linker mode `valida-cc rust-link`
//!   that rustc calls for binaries built by cargo.

pub mod cargo;
pub mod lto;
pub mod sysroot;

use std::path::Path;

use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::targets::TargetMachine;

use crate::cli::CompileOptions;
use crate::codegen::pipeline::optimize;
use crate::error::Result;
use crate::frontend::rustc;
use crate::ir::retarget;
use crate::link::Input;

pub use crate::rust_error::RustError;

/// Compiles the crate whose root is `path` (with the sysroot and the
/// runtime crate) into one retargeted, optimised Valida module.
pub fn load_crate<'ctx>(
    context: &'ctx Context,
    path: &Path,
    opts: &CompileOptions,
    machine: &TargetMachine,
) -> Result<Module<'ctx>> {
    let members = crate_members(path, opts)?;
    module_from_bitcode(context, path, members, opts, machine)
}

/// The bitcode of the crate rooted at `path` and of every crate it links
/// (rustc's riscv32 ilp32 output, not yet retargeted).
pub fn crate_members(path: &Path, opts: &CompileOptions) -> Result<Vec<lto::Member>> {
    let sysroot = sysroot::ensure(opts.verbose)?;
    rustc::compile_staticlib(path, opts, &sysroot)
}

/// Links bitcode `members` into one module and runs the pipeline on it:
/// internalise everything but the exports, retarget, optimise, split sections.
pub fn module_from_bitcode<'ctx>(
    context: &'ctx Context,
    path: &Path,
    members: Vec<lto::Member>,
    opts: &CompileOptions,
    machine: &TargetMachine,
) -> Result<Module<'ctx>> {
    let module = program_module(context, path, members, opts)?;
    retarget::retarget(&module, machine);
    retarget::verify(&module, path)?;
    lto::drop_unreferenced(&module, machine, path)?;
    if opts.verbose {
        eprintln!(
            "valida-cc: optimising {} with {}",
            path.display(),
            opts.opt.pipeline()
        );
    }
    optimize(&module, machine, opts.opt, path)?;
    if !opts.f_flags.iter().any(|f| f == "no-function-sections") {
        retarget::split_sections(&module);
    }
    Ok(module)
}

/// Links bitcode `members` into one module whose only external symbols
/// are the program's exports (`std::process::exit` redirected to
/// `valida_std`'s), before any retargeting: the module is still rustc's
/// riscv32 IR (`valida-cc compare --riscv-ir native` optimises it for
/// RISC-V).
pub fn program_module<'ctx>(
    context: &'ctx Context,
    path: &Path,
    members: Vec<lto::Member>,
    opts: &CompileOptions,
) -> Result<Module<'ctx>> {
    let module = lto::link_members(context, path, members)?;
    if lto::redirect_process_exit(&module) && opts.verbose {
        eprintln!("valida-cc: std::process::exit goes to __valida_std_exit");
    }
    let kept = lto::internalize(&module);
    if opts.verbose {
        eprintln!(
            "valida-cc: {}: exported symbols kept: {}",
            path.display(),
            kept.join(" ")
        );
    }
    Ok(module)
}

/// Whether the crate root at `source` declares `#![no_std]` (also inside
/// `#![cfg_attr(…, no_std)]`): such a program gets `valida_lang`'s panic
/// handler, any other `valida_std`. Read textually (line comments
/// skipped), before rustc runs; an unreadable file counts as `std`.
pub fn declares_no_std(source: &Path) -> bool {
    std::fs::read_to_string(source).is_ok_and(|text| text_declares_no_std(&text))
}

fn text_declares_no_std(text: &str) -> bool {
    let code: String = text
        .lines()
        .map(|l| l.split_once("//").map_or(l, |(code, _)| code))
        .collect::<Vec<_>>()
        .join("\n");
    let mut rest = code.as_str();
    while let Some(start) = rest.find("#![") {
        let attr = &rest[start + 3..];
        let mut depth = 1usize;
        let end = attr
            .char_indices()
            .find(|&(_, c)| {
                match c {
                    '[' => depth += 1,
                    ']' => depth -= 1,
                    _ => {}
                }
                depth == 0
            })
            .map_or(attr.len(), |(i, _)| i);
        let body = &attr[..end];
        if body
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .any(|w| w == "no_std")
        {
            return true;
        }
        rest = &attr[end..];
    }
    false
}

/// The Valida archive of `compiler_builtins` (128-bit integer and float
/// helpers the C runtime lacks; its symbols are weak, so the C runtime's
/// definitions win where both exist), as a link input.
pub fn builtins_input(verbose: bool) -> Result<Input> {
    let sysroot = sysroot::ensure(verbose)?;
    let bytes =
        std::fs::read(&sysroot.builtins).map_err(|e| crate::Error::io(&sysroot.builtins, e))?;
    Ok(Input::Archive {
        name: sysroot.builtins.display().to_string(),
        bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::text_declares_no_std;

    #[test]
    fn no_std_is_read_from_inner_attributes() {
        assert!(text_declares_no_std("#![no_std]\n#![no_main]\nfn f() {}"));
        assert!(text_declares_no_std(
            "//! doc\n#![cfg_attr(not(test), no_std)]\n"
        ));
        assert!(!text_declares_no_std("// #![no_std]\nfn main() {}"));
        assert!(!text_declares_no_std("#![allow(dead_code)]\nfn main() {}"));
        assert!(!text_declares_no_std("fn main() { let no_std = 1; }"));
    }
}
