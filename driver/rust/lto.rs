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

use super::error::RustError;
use crate::error::{Error, Result};
use crate::ir::retarget;

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

fn make_internal(gv: &GlobalValue<'_>) {
    gv.set_linkage(Linkage::Internal);
    gv.set_visibility(GlobalVisibility::Default);
    // SAFETY: clearing the comdat of a live global of this module.
    unsafe {
        inkwell::llvm_sys::comdat::LLVMSetComdat(
            inkwell::values::AsValueRef::as_value_ref(gv),
            std::ptr::null_mut(),
        );
    }
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

/// The call instructions of the function named `name` in `module`.
fn calls_of<'ctx>(
    module: &Module<'ctx>,
    name: &str,
) -> Vec<inkwell::values::InstructionValue<'ctx>> {
    use inkwell::values::AsValueRef;
    let Some(callee) = module.get_function(name) else {
        return Vec::new();
    };
    let callee = callee.as_value_ref();
    let mut calls = Vec::new();
    for function in module.get_functions() {
        for block in function.get_basic_blocks() {
            for inst in block.get_instructions() {
                if inst.get_opcode() == inkwell::values::InstructionOpcode::Call
                    // SAFETY: `inst` is a live call instruction.
                    && unsafe { inkwell::llvm_sys::core::LLVMGetCalledValue(inst.as_value_ref()) }
                        == callee
                {
                    calls.push(inst);
                }
            }
        }
    }
    calls
}

/// The integer arguments of a call (`None` if one is not an integer).
fn int_args<'ctx>(
    call: inkwell::values::InstructionValue<'ctx>,
    count: u32,
) -> Option<Vec<inkwell::values::IntValue<'ctx>>> {
    use inkwell::values::{BasicValueEnum, Operand};
    (0..count)
        .map(|i| match call.get_operand(i) {
            Some(Operand::Value(BasicValueEnum::IntValue(v))) => Some(v),
            _ => None,
        })
        .collect()
}

/// Replaces `call` by `value` and deletes it.
fn replace_call(
    call: inkwell::values::InstructionValue<'_>,
    value: &dyn inkwell::values::AsValueRef,
) {
    // SAFETY: both values live in this module and have the same type.
    unsafe {
        inkwell::llvm_sys::core::LLVMReplaceAllUsesWith(
            inkwell::values::AsValueRef::as_value_ref(&call),
            value.as_value_ref(),
        );
    }
    call.erase_from_basic_block();
}

/// Rewrites `llvm.cttz.i32`/`llvm.cttz.i64` (`trailing_zeros`, hashbrown's
/// group scans) as calls of the C runtime's `__ctzsi2`/`__ctzdi2`, with the
/// zero input handled here.
///
/// Work-around: the Valida back end lowers cttz through a constant-pool
/// table and then cannot select `ConstantPool` ("Cannot select:
/// ConstantPool"), the known failure of tests/e2e/bits.c.
pub fn expand_cttz(module: &Module<'_>) {
    let context = module.get_context();
    let builder = context.create_builder();
    let i32t = context.i32_type();
    for (intrinsic, helper, bits) in [
        ("llvm.cttz.i32", "__ctzsi2", 32u32),
        ("llvm.cttz.i64", "__ctzdi2", 64),
    ] {
        let calls = calls_of(module, intrinsic);
        if calls.is_empty() {
            continue;
        }
        let ty = if bits == 32 { i32t } else { context.i64_type() };
        let helper_fn = module.get_function(helper).unwrap_or_else(|| {
            module.add_function(helper, i32t.fn_type(&[ty.into()], false), None)
        });
        for call in calls {
            let Some(args) = int_args(call, 1) else {
                continue;
            };
            let x = args[0];
            builder.position_before(&call);
            let expanded = (|| -> std::result::Result<_, inkwell::builder::BuilderError> {
                let n = builder
                    .build_call(helper_fn, &[x.into()], "ctz")?
                    .try_as_basic_value()
                    .basic()
                    .map(|v| v.into_int_value())
                    .ok_or(inkwell::builder::BuilderError::UnsetPosition)?;
                let n = if bits == 32 {
                    n
                } else {
                    builder.build_int_z_extend(n, ty, "ctz.w")?
                };
                let zero = builder.build_int_compare(
                    inkwell::IntPredicate::EQ,
                    x,
                    ty.const_zero(),
                    "ctz.z",
                )?;
                builder.build_select(zero, ty.const_int(u64::from(bits), false), n, "ctz.r")
            })();
            if let Ok(value) = expanded {
                replace_call(call, &value);
            }
        }
    }
}

/// Rewrites `llvm.smul.with.overflow.i64` (what `i64::checked_mul` and
/// `str::parse::<i64>` use) as a 128-bit multiply and a range check.
///
/// Work-around: the Valida back end stops with "Do not know how to promote
/// this operator's operand!" on that intrinsic when one operand is a
/// constant (`llvm-reduce`d repro in docs/rust.md); 128-bit multiplies
/// lower fine.
pub fn expand_i64_smul_overflow(module: &Module<'_>) {
    let calls = calls_of(module, "llvm.smul.with.overflow.i64");
    if calls.is_empty() {
        return;
    }
    let context = module.get_context();
    let builder = context.create_builder();
    let i64t = context.i64_type();
    let i128t = context.i128_type();
    let result_type = context.struct_type(&[i64t.into(), context.bool_type().into()], false);
    for call in calls {
        let Some(args) = int_args(call, 2) else {
            continue;
        };
        let (a, b) = (args[0], args[1]);
        builder.position_before(&call);
        let expanded = (|| -> std::result::Result<_, inkwell::builder::BuilderError> {
            let wa = builder.build_int_s_extend(a, i128t, "smulo.a")?;
            let wb = builder.build_int_s_extend(b, i128t, "smulo.b")?;
            let wide = builder.build_int_mul(wa, wb, "smulo.wide")?;
            let low = builder.build_int_truncate(wide, i64t, "smulo.lo")?;
            let back = builder.build_int_s_extend(low, i128t, "smulo.back")?;
            let overflow =
                builder.build_int_compare(inkwell::IntPredicate::NE, back, wide, "smulo.ov")?;
            let s = builder.build_insert_value(result_type.get_poison(), low, 0, "smulo.r0")?;
            let s = builder.build_insert_value(s, overflow, 1, "smulo.r")?;
            Ok(s)
        })();
        if let Ok(value) = expanded {
            replace_call(call, &value);
        }
    }
}

/// Rewrites `llvm.fptosi.sat.iN.fM` (every signed `float as int` in Rust)
/// with ordered comparisons: NaN → 0, below `iN::MIN` → MIN, at or above
/// 2^(N-1) → MAX, otherwise a plain `fptosi`.
///
/// Work-around: LLVM's expansion of the intrinsic compares with unordered
/// predicates, which the Valida soft-float lowering gets wrong (in-range
/// values gave `iN::MIN`).
pub fn expand_fptosi_sat(module: &Module<'_>) {
    use inkwell::types::BasicTypeEnum;
    use inkwell::values::{BasicValueEnum, Operand};
    let names: Vec<String> = module
        .get_functions()
        .map(|f| f.get_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("llvm.fptosi.sat."))
        .collect();
    let context = module.get_context();
    let builder = context.create_builder();
    for name in names {
        let Some(function) = module.get_function(&name) else {
            continue;
        };
        let Some(BasicTypeEnum::IntType(int_type)) = function.get_type().get_return_type() else {
            continue;
        };
        let bits = int_type.get_bit_width();
        if !(2..=64).contains(&bits) {
            continue;
        }
        for call in calls_of(module, &name) {
            let Some(Operand::Value(BasicValueEnum::FloatValue(x))) = call.get_operand(0) else {
                continue;
            };
            let float_type = x.get_type();
            let limit = 2f64.powi(bits as i32 - 1);
            builder.position_before(&call);
            let expanded = (|| -> std::result::Result<_, inkwell::builder::BuilderError> {
                use inkwell::FloatPredicate as P;
                let plain = builder.build_float_to_signed_int(x, int_type, "fptosi")?;
                let min = int_type.const_int(1u64 << (bits - 1), false);
                let max = int_type.const_int((1u64 << (bits - 1)) - 1, false);
                let below = builder.build_float_compare(
                    P::OLT,
                    x,
                    float_type.const_float(-limit),
                    "sat.lo",
                )?;
                let above = builder.build_float_compare(
                    P::OGE,
                    x,
                    float_type.const_float(limit),
                    "sat.hi",
                )?;
                let nan = builder.build_float_compare(P::UNO, x, x, "sat.nan")?;
                let r = builder.build_select(below, min, plain, "sat.r0")?;
                let r = builder.build_select(above, max.into(), r, "sat.r1")?;
                builder.build_select(nan, int_type.const_zero().into(), r, "sat.r")
            })();
            if let Ok(value) = expanded {
                replace_call(call, &value);
            }
        }
    }
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
  %xx = sext i32 %x to i64
  %r = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %xx, i64 10)
  %v = extractvalue { i64, i1 } %r, 0
  %t = trunc i64 %v to i32
  %z = call i32 @llvm.cttz.i32(i32 %x, i1 false)
  %f = sitofp i32 %x to double
  %s = call i32 @llvm.fptosi.sat.i32.f64(double %f)
  %u = add i32 %t, %z
  %w = add i32 %u, %s
  ret i32 %w
}

define i32 @_RNvCs123_4demo6unused() {
  ret i32 0
}

declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64)
declare i32 @llvm.cttz.i32(i32, i1)
declare i32 @llvm.fptosi.sat.i32.f64(double)
"#;

    fn calls_to(module: &Module<'_>, name: &str) -> usize {
        calls_of(module, name).len()
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

    #[test]
    fn work_arounds_replace_the_intrinsics() {
        let context = Context::create();
        let module =
            retarget::parse_module(&context, Path::new("t.ll"), IR.as_bytes()).expect("parses");
        assert_eq!(calls_to(&module, "llvm.smul.with.overflow.i64"), 1);
        expand_i64_smul_overflow(&module);
        expand_cttz(&module);
        expand_fptosi_sat(&module);
        retarget::verify(&module, Path::new("t.ll")).expect("verifies");
        assert_eq!(calls_to(&module, "llvm.smul.with.overflow.i64"), 0);
        assert_eq!(calls_to(&module, "llvm.cttz.i32"), 0);
        assert_eq!(calls_to(&module, "llvm.fptosi.sat.i32.f64"), 0);
        assert_eq!(calls_to(&module, "__ctzsi2"), 1);
        let text = module.print_to_string().to_string();
        assert!(text.contains("fcmp uno"), "{text}");
        assert!(text.contains("mul i128"), "{text}");
    }
}
