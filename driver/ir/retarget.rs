//! Retargeting a module produced for riscv32 ilp32 to Valida, in memory.
//!
//! The data layout stays the same (the target uses riscv32's), so every
//! size and alignment clang chose remains true; only the triple and the
//! per-function CPU attributes change.

use std::path::Path;

use inkwell::attributes::AttributeLoc;
use inkwell::context::Context;
use inkwell::memory_buffer::MemoryBuffer;
use inkwell::module::Module;
use inkwell::targets::{TargetMachine, TargetTriple};

use crate::error::{Error, Result};

/// The triple every Valida module carries.
pub const VALIDA_TRIPLE: &str = "valida-unknown-unknown";
/// Valida's data layout: identical to riscv32 ilp32.
pub const VALIDA_DATA_LAYOUT: &str = "e-m:e-p:32:32-i64:64-n32-S128";

/// Function attributes that name a RISC-V CPU or its features.
const CPU_ATTRIBUTES: &[&str] = &["target-cpu", "target-features", "tune-cpu"];

/// Parses bitcode or textual IR (`name` is used in messages).
pub fn parse_module<'ctx>(
    context: &'ctx Context,
    path: &Path,
    bytes: &[u8],
) -> Result<Module<'ctx>> {
    let name = path.display().to_string();
    let buffer = MemoryBuffer::create_from_memory_range_copy(bytes, &name);
    let is_bitcode =
        bytes.starts_with(b"BC\xC0\xDE") || bytes.starts_with(&[0xDE, 0xC0, 0x17, 0x0B]);
    let parsed = if is_bitcode {
        Module::parse_bitcode_from_buffer(&buffer, context)
    } else {
        context.create_module_from_ir(buffer)
    };
    parsed.map_err(|e| Error::BadIr {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}

/// Rewrites the module's target to Valida: triple, data layout (taken from
/// the target machine), and removal of the RISC-V CPU attributes.
pub fn retarget(module: &Module<'_>, machine: &TargetMachine) {
    retarget_with_layout(module, &machine.get_target_data().get_data_layout());
}

/// [`retarget`] with an explicit data layout.
pub fn retarget_with_layout(module: &Module<'_>, layout: &inkwell::data_layout::DataLayout) {
    module.set_triple(&TargetTriple::create(VALIDA_TRIPLE));
    module.set_data_layout(layout);
    strip_thread_local(module);
    for function in module.get_functions() {
        for attr in CPU_ATTRIBUTES {
            if function
                .get_string_attribute(AttributeLoc::Function, attr)
                .is_some()
            {
                function.remove_string_attribute(AttributeLoc::Function, attr);
            }
        }
    }
}

/// Makes `thread_local` globals ordinary ones: the machine runs one thread,
/// and the back end has no TLS model (`GlobalTLSAddress` cannot be
/// selected). Calls to `llvm.threadlocal.address`, which must name a
/// thread-local global, are replaced by the global itself.
pub fn strip_thread_local(module: &Module<'_>) {
    use inkwell::llvm_sys::core::{
        LLVMGetCalledValue, LLVMGetFirstUse, LLVMGetNextUse, LLVMGetOperand, LLVMGetUser,
        LLVMInstructionEraseFromParent, LLVMIsACallInst, LLVMReplaceAllUsesWith,
    };
    use inkwell::values::AsValueRef;
    for global in module.get_globals() {
        if global.is_thread_local() {
            global.set_thread_local(false);
        }
    }
    for function in module.get_functions() {
        let name = function.get_name().to_string_lossy();
        if !name.starts_with("llvm.threadlocal.address") {
            continue;
        }
        let callee = function.as_value_ref();
        // SAFETY: the values are live in this module; each call is detached
        // from its users before it is erased, and the use list is re-read
        // from its head after every erasure.
        unsafe {
            loop {
                let mut found = None;
                let mut u = LLVMGetFirstUse(callee);
                while !u.is_null() {
                    let user = LLVMGetUser(u);
                    if !LLVMIsACallInst(user).is_null() && LLVMGetCalledValue(user) == callee {
                        found = Some(user);
                        break;
                    }
                    u = LLVMGetNextUse(u);
                }
                let Some(call) = found else { break };
                LLVMReplaceAllUsesWith(call, LLVMGetOperand(call, 0));
                LLVMInstructionEraseFromParent(call);
            }
        }
    }
}

/// Refuses IR whose data layout Valida cannot keep: the retargeting keeps
/// every size and alignment the front end chose, so pointers must be 32
/// bits (IR from riscv32, wasm32, i386… is fine; x86_64 IR is not).
pub fn check_data_layout(module: &Module<'_>, path: &Path) -> Result<()> {
    let layout = module.get_data_layout();
    let text = layout.as_str().to_string_lossy().into_owned();
    if text.is_empty() {
        return Ok(());
    }
    let pointer_bytes = inkwell::targets::TargetData::create(&text).get_pointer_byte_size(None);
    if pointer_bytes != 4 {
        return Err(Error::BadIr {
            path: path.to_path_buf(),
            message: format!(
                "the IR was produced for {}-bit pointers (data layout \"{text}\"); Valida is ILP32: \
                 produce it with --target=riscv32-unknown-elf",
                pointer_bytes * 8
            ),
        });
    }
    Ok(())
}

/// Checks the module after retargeting; `path` names it in the error.
pub fn verify(module: &Module<'_>, path: &Path) -> Result<()> {
    module.verify().map_err(|e| Error::InvalidIr {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}

/// Gives every defined function and global its own section
/// (`.text.<name>`, `.rodata.<name>`, `.data.<name>`, `.bss.<name>`), as
/// `-ffunction-sections -fdata-sections` would, so that the linker's
/// section garbage collection can drop unreferenced functions and data.
/// Objects and symbols that already have a section keep it.
pub fn split_sections(module: &Module<'_>) {
    use inkwell::values::AsValueRef;
    for function in module.get_functions() {
        if function.count_basic_blocks() == 0 || function.get_section().is_some() {
            continue;
        }
        let name = function.get_name().to_string_lossy().into_owned();
        function
            .as_global_value()
            .set_section(Some(&format!(".text.{name}")));
    }
    for global in module.get_globals() {
        let Some(init) = global.get_initializer() else {
            continue;
        };
        if global.get_section().is_some() || global.is_thread_local() {
            continue;
        }
        let name = global.get_name().to_string_lossy().into_owned();
        if name.is_empty() {
            continue;
        }
        // SAFETY: `init` is a live constant of this module.
        let zero = unsafe { inkwell::llvm_sys::core::LLVMIsNull(init.as_value_ref()) } != 0;
        let prefix = if global.is_constant() {
            ".rodata"
        } else if zero {
            ".bss"
        } else {
            ".data"
        };
        global.set_section(Some(&format!("{prefix}.{name}")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use inkwell::targets::TargetData;

    const RISCV_IR: &str = r#"
target datalayout = "e-m:e-p:32:32-i64:64-n32-S128"
target triple = "riscv32-unknown-unknown-elf"

@counter = global i32 0
@table = global [2 x i32] [i32 1, i32 2]
@msg = constant [3 x i8] c"hi\00"
@ext = external global i32

define i32 @f(i32 %a) #0 {
  %b = add i32 %a, 1
  ret i32 %b
}

declare i32 @g(i32) #0

attributes #0 = { nounwind "target-cpu"="generic-rv32" "target-features"="+m" "tune-cpu"="generic" }
"#;

    #[test]
    fn retarget_rewrites_triple_layout_and_cpu_attributes() {
        let context = Context::create();
        let module =
            parse_module(&context, Path::new("t.ll"), RISCV_IR.as_bytes()).expect("parses");
        let layout = TargetData::create(VALIDA_DATA_LAYOUT).get_data_layout();
        retarget_with_layout(&module, &layout);
        verify(&module, Path::new("t.ll")).expect("verifies");
        assert_eq!(module.get_triple().as_str().to_str(), Ok(VALIDA_TRIPLE));
        assert_eq!(
            module.get_data_layout().as_str().to_str(),
            Ok(VALIDA_DATA_LAYOUT)
        );
        for name in ["f", "g"] {
            let f = module.get_function(name).expect("function");
            for attr in CPU_ATTRIBUTES {
                assert!(
                    f.get_string_attribute(AttributeLoc::Function, attr)
                        .is_none(),
                    "{name} {attr}"
                );
            }
            assert!(
                f.get_enum_attribute(
                    AttributeLoc::Function,
                    inkwell::attributes::Attribute::get_named_enum_kind_id("nounwind")
                )
                .is_some()
            );
        }
        let text = module.print_to_string().to_string();
        assert!(!text.contains("riscv"), "{text}");
    }

    #[test]
    fn sixty_four_bit_ir_is_refused() {
        let context = Context::create();
        let ir = RISCV_IR.replace(
            "e-m:e-p:32:32-i64:64-n32-S128",
            "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128",
        );
        let module = parse_module(&context, Path::new("x86.ll"), ir.as_bytes()).expect("parses");
        let err = check_data_layout(&module, Path::new("x86.ll")).expect_err("64-bit pointers");
        assert!(err.to_string().contains("64-bit pointers"), "{err}");
        let module =
            parse_module(&context, Path::new("t.ll"), RISCV_IR.as_bytes()).expect("parses");
        check_data_layout(&module, Path::new("t.ll")).expect("riscv32 IR is fine");
    }

    #[test]
    fn sections_are_split_per_symbol() {
        let context = Context::create();
        let module =
            parse_module(&context, Path::new("t.ll"), RISCV_IR.as_bytes()).expect("parses");
        split_sections(&module);
        let section = |name: &str| {
            module
                .get_global(name)
                .and_then(|g| g.get_section().map(|s| s.to_string_lossy().into_owned()))
        };
        assert_eq!(section("counter").as_deref(), Some(".bss.counter"));
        assert_eq!(section("table").as_deref(), Some(".data.table"));
        assert_eq!(section("msg").as_deref(), Some(".rodata.msg"));
        assert_eq!(section("ext"), None);
        let f = module
            .get_function("f")
            .and_then(|f| f.get_section().map(|s| s.to_string_lossy().into_owned()));
        assert_eq!(f.as_deref(), Some(".text.f"));
        assert!(
            module
                .get_function("g")
                .is_some_and(|g| g.get_section().is_none())
        );
    }

    #[test]
    fn thread_locals_become_ordinary_globals() {
        let ir = r#"
target datalayout = "e-m:e-p:32:32-i64:64-n32-S128"
target triple = "riscv32-unknown-unknown-elf"

@counter = thread_local global i32 0, align 4

define i32 @bump() {
  %p = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @counter)
  %v = load i32, ptr %p, align 4
  %n = add i32 %v, 1
  store i32 %n, ptr %p, align 4
  ret i32 %n
}

declare ptr @llvm.threadlocal.address.p0(ptr)
"#;
        let context = Context::create();
        let module = parse_module(&context, Path::new("tls.ll"), ir.as_bytes()).expect("parses");
        let layout = TargetData::create(VALIDA_DATA_LAYOUT).get_data_layout();
        retarget_with_layout(&module, &layout);
        verify(&module, Path::new("tls.ll")).expect("verifies");
        let text = module.print_to_string().to_string();
        assert!(!text.contains("thread_local"), "{text}");
        assert!(!text.contains("= call"), "{text}");
        assert!(text.contains("load i32, ptr @counter"), "{text}");
    }
}
