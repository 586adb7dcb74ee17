//! Whole-program linking of the bitcode rustc produced (the crate, its
//! dependencies, `core`, `alloc`, `valida_rt`, `valida_lang`, the allocator shim).
//!
//! Everything is linked into one module; then every definition that the
//! program does not export becomes internal, so that global dead-code
//! elimination keeps only what `main` (and the other exported functions)
//! reach before the Valida back end sees the code: most of `core` never
//! gets compiled.

use std::path::Path;

use inkwell::GlobalVisibility;
use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::TargetMachine;
use inkwell::values::GlobalValue;

use crate::error::{Error, Result};
use crate::lto::make_internal;
use crate::ir::retarget;
use crate::rust_error::RustError;

/// One bitcode file: its name (archive member or path) and contents.
#[derive(Debug, Clone)]
pub struct Member {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Whether `bytes` is LLVM bitcode (raw or in a wrapper).
pub fn is_bitcode(bytes: &[u8]) -> bool {
    bytes.starts_with(b"BC\xC0\xDE") || bytes.starts_with(&[0xDE, 0xC0, 0x17, 0x0B])
}

/// Links all `members` into one module (`path` names it in messages).
pub fn link_members<'ctx>(
    context: &'ctx Context,
    path: &Path,
    members: Vec<Member>,
) -> Result<Module<'ctx>> {
    let mut iter = members.into_iter();
    let first = iter.next().ok_or_else(|| RustError::Link {
        path: path.to_path_buf(),
        message: "rustc produced no bitcode".into(),
    })?;
    let module = retarget::parse_module(context, Path::new(&first.name), &first.bytes)?;
    for member in iter {
        let other = retarget::parse_module(context, Path::new(&member.name), &member.bytes)?;
        module.link_in_module(other).map_err(|e| RustError::Link {
            path: path.to_path_buf(),
            message: format!("{}: {e}", member.name),
        })?;
    }
    Ok(module)
}

/// Whether a symbol name is Rust-mangled (legacy `_ZN…` or v0 `_R…`).
fn is_mangled(name: &str) -> bool {
    name.starts_with("_ZN") || name.starts_with("_R")
}

/// Symbols the program exports: definitions with default visibility and an
/// unmangled name (`#[unsafe(no_mangle)]` items such as `main` or functions
/// C calls). Everything else is private to the Rust code.
fn exported(gv: &GlobalValue<'_>, name: &str) -> bool {
    gv.get_visibility() == GlobalVisibility::Default
        && !is_mangled(name)
        && !name.starts_with("anon.")
        && !name.starts_with("llvm.")
        && !name.is_empty()
}

fn can_internalize(linkage: Linkage) -> bool {
    matches!(
        linkage,
        Linkage::External
            | Linkage::WeakAny
            | Linkage::WeakODR
            | Linkage::LinkOnceAny
            | Linkage::LinkOnceODR
            | Linkage::Common
            | Linkage::AvailableExternally
    )
}

/// Makes every definition internal except the exports; returns the names
/// of the symbols kept external.
pub fn internalize(module: &Module<'_>) -> Vec<String> {
    let mut kept = Vec::new();
    for function in module.get_functions() {
        if function.count_basic_blocks() == 0 {
            continue;
        }
        let gv = function.as_global_value();
        let name = function.get_name().to_string_lossy().into_owned();
        if !can_internalize(gv.get_linkage()) {
            continue;
        }
        if exported(&gv, &name) {
            kept.push(name);
        } else {
            make_internal(&gv);
        }
    }
    for global in module.get_globals() {
        if global.get_initializer().is_none() {
            continue;
        }
        let name = global.get_name().to_string_lossy().into_owned();
        if !can_internalize(global.get_linkage()) {
            continue;
        }
        if exported(&global, &name) {
            kept.push(name);
        } else {
            make_internal(&global);
        }
    }
    kept
}

/// Whether `name` is the symbol of `std::process::exit` (legacy or v0
/// mangling).
fn is_std_process_exit(name: &str) -> bool {
    name.strip_prefix("_ZN3std7process4exit17h")
        .is_some_and(|rest| rest.len() == 17 && rest.ends_with('E'))
        || (name.starts_with("_RNvNtCs") && name.ends_with("_3std7process4exit"))
}

/// std's zkvm layer ends `std::process::exit` with an abort (the status is
/// lost and the machine FAILs). When the program links `valida_std`, the
/// body of `std::process::exit` becomes a call to its `__valida_std_exit`
/// (flush stdout, run the C `atexit` handlers, STOP with the status).
/// Returns whether it was rewritten.
pub fn redirect_process_exit(module: &Module<'_>) -> bool {
    let Some(target) = module.get_function("__valida_std_exit") else {
        return false;
    };
    if target.count_basic_blocks() == 0 {
        return false;
    }
    let mut done = false;
    for function in module.get_functions() {
        let name = function.get_name().to_string_lossy().into_owned();
        if function.count_basic_blocks() == 0
            || !is_std_process_exit(&name)
            || function.count_params() != 1
        {
            continue;
        }
        let Some(code) = function.get_first_param() else {
            continue;
        };
        for block in function.get_basic_blocks() {
            // SAFETY: every block of the function goes, none is used elsewhere.
            let _ = unsafe { block.delete() };
        }
        let context = module.get_context();
        let entry = context.append_basic_block(function, "start");
        let builder = context.create_builder();
        builder.position_at_end(entry);
        if builder.build_call(target, &[code.into()], "").is_ok()
            && builder.build_unreachable().is_ok()
        {
            done = true;
        }
    }
    done
}

/// Removes what nothing exported reaches (GlobalDCE).
pub fn drop_unreferenced(module: &Module<'_>, machine: &TargetMachine, path: &Path) -> Result<()> {
    module
        .run_passes("globaldce", machine, PassBuilderOptions::create())
        .map_err(|e| Error::Passes {
            path: path.to_path_buf(),
            pipeline: "globaldce".into(),
            message: e.to_string(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const IR: &str = r#"
target datalayout = "e-m:e-p:32:32-i64:64-n32-S128"
target triple = "riscv32-unknown-none-elf"

@table = hidden constant [2 x i32] [i32 1, i32 2]
@counter = global i32 0

define i32 @main() {
  %a = call i32 @_ZN4core3fmt5write17h0123456789abcdefE(i32 3)
  ret i32 %a
}

define hidden i32 @_ZN4core3fmt5write17h0123456789abcdefE(i32 %x) {
  %a = add i32 %x, 1
  ret i32 %a
}

define i32 @_RNvCs123_4demo6unused() {
  ret i32 0
}
"#;

    #[test]
    fn std_process_exit_symbols() {
        assert!(is_std_process_exit(
            "_ZN3std7process4exit17h0123456789abcdefE"
        ));
        assert!(is_std_process_exit("_RNvNtCsaBc123_3std7process4exit"));
        assert!(!is_std_process_exit(
            "_ZN3std7process4exit17h0123456789abcdefE.llvm.1"
        ));
        assert!(!is_std_process_exit(
            "_ZN3std3sys4exit4exit17h0123456789abcdefE"
        ));
    }

    #[test]
    fn internalize_keeps_only_exports() {
        let context = Context::create();
        let module =
            retarget::parse_module(&context, Path::new("t.ll"), IR.as_bytes()).expect("parses");
        let kept = internalize(&module);
        assert_eq!(kept, ["main", "counter"]);
        let f = module
            .get_function("_ZN4core3fmt5write17h0123456789abcdefE")
            .expect("function");
        assert_eq!(f.get_linkage(), Linkage::Internal);
        retarget::verify(&module, Path::new("t.ll")).expect("verifies");
    }
}
