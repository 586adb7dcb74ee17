//! Whole-program builds: at -O1 and above (unless `-fno-lto`), a link whose
//! inputs are all C or LLVM IR compiled in this invocation links the
//! program's modules, the start code and the runtime library as bitcode
//! into one module, keeps only the entry point (and the symbols the VM or
//! the command line name) external, optimises the whole with the link-time
//! pipeline and generates code once. Everything of libc a program calls is
//! then inlined and specialised into it; what it does not call is gone.
//!
//! The archive stays in the link after the whole-program object: it
//! provides the runtime files kept out of bitcode (`nolto` in
//! `runtime/sources.txt`) and the functions code generation calls on its
//! own (memcpy for block copies, 64-bit division…).
//!
//! Linking follows the archive's rules: runtime definitions are weak, so a
//! program's own `malloc` or `putchar` wins; only the runtime files that
//! define something the program needs are linked (as members are pulled
//! from an archive); `--wrap` renames undefined references per module, as
//! the linker does per object.

pub mod printf;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use inkwell::GlobalVisibility;
use inkwell::context::Context;
use inkwell::llvm_sys;
use inkwell::module::{Linkage, Module};
use inkwell::targets::TargetMachine;
use inkwell::values::{AsValueRef, GlobalValue};

use crate::cli::{CompileOptions, InputFile, LinkArgs, OptLevel};
use crate::codegen::pipeline::{Emit, emit, optimize_with};
use crate::commands::build::InputKind;
use crate::error::{Error, Result};
use crate::ir::retarget;
use crate::runtime_build::Runtime;

/// Libraries named with `-l` that are the runtime itself.
const RUNTIME_LIBS: &[&str] = &["c", "m", "gcc", "valida", "compiler-rt"];

/// Whether this link is a whole-program build: optimising, not turned off
/// with `-fno-lto`, every input a C or IR file compiled now, the default
/// start code and libraries, and no option that needs per-file objects.
/// Any other link takes the archive path unchanged.
pub fn applies(
    inputs: &[InputFile],
    opts: &CompileOptions,
    link_args: &LinkArgs,
    save_temps: bool,
    runtime_lib_found: impl Fn(&str) -> bool,
) -> bool {
    opts.opt != OptLevel::O0
        && opts.lto != Some(false)
        && !save_temps
        && !link_args.nostdlib
        && !link_args.nodefaultlibs
        && !link_args.nostartfiles
        && !inputs.is_empty()
        && inputs
            .iter()
            .all(|i| matches!(InputKind::of_input(i), Ok(InputKind::C | InputKind::LlvmIr)))
        && link_args
            .libs
            .iter()
            .all(|l| RUNTIME_LIBS.contains(&l.as_str()) && !runtime_lib_found(l))
}

/// Names a definition or declaration of a module (functions and global
/// variables; intrinsics left out).
fn symbols(module: &Module<'_>) -> (HashSet<String>, HashSet<String>) {
    let mut defined = HashSet::new();
    let mut undefined = HashSet::new();
    for f in module.get_functions() {
        let name = f.get_name().to_string_lossy().into_owned();
        if name.starts_with("llvm.") {
            continue;
        }
        let gv = f.as_global_value();
        if f.count_basic_blocks() == 0 {
            // A declaration nothing uses (printf after specialisation)
            // pulls nothing in.
            if used(&gv) {
                undefined.insert(name);
            }
        } else if !matches!(gv.get_linkage(), Linkage::Internal | Linkage::Private) {
            defined.insert(name);
        }
    }
    for g in module.get_globals() {
        let name = g.get_name().to_string_lossy().into_owned();
        if name.starts_with("llvm.") || name.is_empty() {
            continue;
        }
        if g.get_initializer().is_none() {
            if used(&g) {
                undefined.insert(name);
            }
        } else if !matches!(g.get_linkage(), Linkage::Internal | Linkage::Private) {
            defined.insert(name);
        }
    }
    (defined, undefined)
}

fn used(gv: &GlobalValue<'_>) -> bool {
    // SAFETY: reads the use list of a live global.
    unsafe { !llvm_sys::core::LLVMGetFirstUse(gv.as_value_ref()).is_null() }
}

fn set_name(gv: &GlobalValue<'_>, name: &str) {
    // SAFETY: renaming a live global of its module.
    unsafe {
        llvm_sys::core::LLVMSetValueName2(gv.as_value_ref(), name.as_ptr().cast(), name.len());
    }
}

/// `--wrap=SYM` on one module, as the linker does on one object: an
/// undefined `SYM` becomes `__wrap_SYM`, an undefined `__real_SYM` becomes
/// `SYM`; a module's own definition of `SYM` keeps its callers.
fn apply_wrap(module: &Module<'_>, wrap: &[String]) {
    for sym in wrap {
        let wrapped = format!("__wrap_{sym}");
        let real = format!("__real_{sym}");
        let declared = |name: &str| {
            module
                .get_function(name)
                .filter(|f| f.count_basic_blocks() == 0)
        };
        let plain = declared(sym);
        if let Some(f) = plain {
            match module.get_function(&wrapped) {
                Some(w) => {
                    f.as_global_value()
                        .as_pointer_value()
                        .replace_all_uses_with(w.as_global_value().as_pointer_value());
                    // SAFETY: the declaration has no uses left.
                    unsafe { f.delete() };
                }
                None => set_name(&f.as_global_value(), &wrapped),
            }
        }
        if let Some(r) = declared(&real) {
            match module.get_function(sym) {
                Some(target) => {
                    r.as_global_value()
                        .as_pointer_value()
                        .replace_all_uses_with(target.as_global_value().as_pointer_value());
                    // SAFETY: as above.
                    unsafe { r.delete() };
                }
                None => set_name(&r.as_global_value(), sym),
            }
        }
    }
}

/// Makes the module's external definitions weak, as the archive's objects
/// are (`runtime_build::weaken_definitions`): a program's own definition of
/// a libc name wins at the IR link.
fn weaken(module: &Module<'_>) {
    for f in module.get_functions() {
        let gv = f.as_global_value();
        if f.count_basic_blocks() > 0 && gv.get_linkage() == Linkage::External {
            gv.set_linkage(Linkage::WeakAny);
        }
    }
    for g in module.get_globals() {
        if g.get_initializer().is_some() && g.get_linkage() == Linkage::External {
            g.set_linkage(Linkage::WeakAny);
        }
    }
}

fn internalizable(linkage: Linkage) -> bool {
    matches!(
        linkage,
        Linkage::External
            | Linkage::WeakAny
            | Linkage::WeakODR
            | Linkage::LinkOnceAny
            | Linkage::LinkOnceODR
            | Linkage::Common
    )
}

/// Gives `gv` internal linkage, dropping what only external symbols carry
/// (visibility, comdat). Shared with the Rust crate's own LTO.
pub(crate) fn make_internal(gv: &GlobalValue<'_>) {
    gv.set_linkage(Linkage::Internal);
    gv.set_visibility(GlobalVisibility::Default);
    // SAFETY: clearing the comdat of a live global of this module.
    unsafe { llvm_sys::comdat::LLVMSetComdat(gv.as_value_ref(), std::ptr::null_mut()) };
}

/// Makes every definition internal except the names in `keep`; returns how
/// many were kept external.
fn internalize(module: &Module<'_>, keep: &HashSet<String>) -> usize {
    let mut kept = 0;
    let mut visit = |gv: GlobalValue<'_>| {
        let name = gv.get_name().to_string_lossy();
        if name.is_empty() || name.starts_with("llvm.") || !internalizable(gv.get_linkage()) {
            return;
        }
        if keep.contains(name.as_ref()) || name.starts_with("__valida_") {
            kept += 1;
        } else {
            make_internal(&gv);
        }
    };
    for f in module.get_functions() {
        if f.count_basic_blocks() > 0 {
            visit(f.as_global_value());
        }
    }
    for g in module.get_globals() {
        if g.get_initializer().is_some() {
            visit(g);
        }
    }
    kept
}

fn has_module_asm(module: &Module<'_>) -> bool {
    let mut len = 0usize;
    // SAFETY: reads the module's asm string (owned by the module).
    unsafe { llvm_sys::core::LLVMGetModuleInlineAsm(module.as_mut_ptr(), &mut len) };
    len > 0
}

/// Lets the optimiser treat a runtime file's calls as library calls again
/// (the runtime is compiled freestanding, -fno-builtin), so that its
/// functions can be inlined into the program: the inliner refuses a callee
/// whose builtin set is narrower than its caller's.
fn allow_builtins(module: &Module<'_>) {
    const NAME: &str = "no-builtins";
    // SAFETY: removes attributes of live functions and calls of this module.
    unsafe {
        use llvm_sys::core::*;
        let nobuiltin = LLVMGetEnumAttributeKindForName(c"nobuiltin".as_ptr(), 9);
        for f in module.get_functions() {
            let fv = f.as_value_ref();
            LLVMRemoveStringAttributeAtIndex(fv, u32::MAX, NAME.as_ptr().cast(), NAME.len() as u32);
            for bb in f.get_basic_blocks() {
                let mut inst = LLVMGetFirstInstruction(bb.as_mut_ptr());
                while !inst.is_null() {
                    if !LLVMIsACallInst(inst).is_null() {
                        LLVMRemoveCallSiteEnumAttribute(inst, u32::MAX, nobuiltin);
                        LLVMRemoveCallSiteStringAttribute(
                            inst,
                            u32::MAX,
                            NAME.as_ptr().cast(),
                            NAME.len() as u32,
                        );
                    }
                    inst = LLVMGetNextInstruction(inst);
                }
            }
        }
    }
}

/// The file of the bitcode directory listing each library file's symbols.
const INDEX: &str = "index.txt";

/// One line group of the index: a library bitcode file and its symbols.
struct IndexEntry {
    file: String,
    defined: HashSet<String>,
    undefined: HashSet<String>,
}

/// Writes the symbol index of the library bitcode files of `dir` (as an
/// archive's symbol table: a link parses only the files it pulls in).
/// Lines are `<file> D|U <symbol>`.
pub fn write_index(dir: &Path, files: &[PathBuf]) -> Result<()> {
    let mut text = String::new();
    for path in files {
        let context = Context::create();
        let member = load_member(&context, path)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut lines: Vec<String> = member
            .defined
            .iter()
            .map(|s| format!("{name} D {s}\n"))
            .chain(member.undefined.iter().map(|s| format!("{name} U {s}\n")))
            .collect();
        lines.sort();
        text.extend(lines);
    }
    let out = dir.join(INDEX);
    std::fs::write(&out, text).map_err(|e| Error::io(&out, e))
}

fn read_index(dir: &Path) -> Result<Vec<IndexEntry>> {
    let path = dir.join(INDEX);
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    let mut entries: Vec<IndexEntry> = Vec::new();
    for line in text.lines() {
        let mut parts = line.splitn(3, ' ');
        let (Some(file), Some(kind), Some(sym)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(Error::Runtime(format!(
                "{}: malformed line `{line}`",
                path.display()
            )));
        };
        if entries.last().is_none_or(|e| e.file != file) {
            entries.push(IndexEntry {
                file: file.to_string(),
                defined: HashSet::new(),
                undefined: HashSet::new(),
            });
        }
        if let Some(e) = entries.last_mut() {
            if kind == "D" {
                e.defined.insert(sym.to_string());
            } else {
                e.undefined.insert(sym.to_string());
            }
        }
    }
    Ok(entries)
}

/// One runtime bitcode file, parsed, with its symbols.
struct Member<'ctx> {
    module: Module<'ctx>,
    defined: HashSet<String>,
    undefined: HashSet<String>,
}

fn load_member<'ctx>(context: &'ctx Context, path: &Path) -> Result<Member<'ctx>> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let module = retarget::parse_module(context, path, &bytes)?;
    let (defined, undefined) = symbols(&module);
    Ok(Member {
        module,
        defined,
        undefined,
    })
}

/// Links `program` (the optimised-for-link modules of the inputs, in
/// command-line order) with the runtime's bitcode and compiles the whole
/// into one relocatable object.
pub fn build_object<'ctx>(
    context: &'ctx Context,
    program: Vec<(PathBuf, Module<'ctx>)>,
    runtime: &Runtime,
    machine: &TargetMachine,
    opts: &CompileOptions,
    link_args: &LinkArgs,
) -> Result<Vec<u8>> {
    let Some((first_path, _)) = program.first() else {
        return Err(Error::Usage("no input files".into()));
    };
    let first_path = first_path.clone();
    let entry = link_args.entry.clone().unwrap_or_else(|| "_start".into());

    let mut user_defined = HashSet::new();
    let mut needed: Vec<String> = vec![entry.clone()];
    needed.extend(link_args.undefined.iter().cloned());
    let mut any_asm = false;
    for (_, m) in &program {
        user_defined.extend(symbols(m).0);
        any_asm |= has_module_asm(m);
    }
    let printf_ok = !user_defined.contains("printf")
        && !user_defined.contains("fprintf")
        && !link_args
            .wrap
            .iter()
            .any(|w| w == "printf" || w == "fprintf");
    for (_, m) in &program {
        if printf_ok {
            printf::specialise(m);
        }
        apply_wrap(m, &link_args.wrap);
    }
    // The specialised calls name the runtime's print helpers.
    for (_, m) in &program {
        needed.extend(symbols(m).1);
    }

    // The runtime: the start code always; library files as an archive's
    // members, when they define something still undefined.
    let crt = load_member(context, &runtime.crt_bitcode())?;
    allow_builtins(&crt.module);
    needed.extend(crt.undefined.iter().cloned());
    let libcall_list = runtime.bitcode.join(crate::runtime_build::LIBCALL_LIST);
    let libcall =
        std::fs::read_to_string(&libcall_list).map_err(|e| Error::io(&libcall_list, e))?;
    // Chosen by the index (no parsing of the files not linked).
    let mut members: Vec<Option<IndexEntry>> = read_index(&runtime.bitcode)?
        .into_iter()
        .map(Some)
        .collect();
    let mut defined: HashSet<String> = user_defined.clone();
    defined.extend(crt.defined.iter().cloned());
    let mut chosen = Vec::new();
    // `libcall` files stay in the archive: they keep -fno-builtin, so the
    // inliner would not put them into the program anyway, and code
    // generation calls them by name after optimisation (memset for a zeroed
    // array, `__udivdi3`…), which internal copies whose signatures the
    // optimiser changed must not take. The program's own definitions of
    // their names win over the archive's weak ones at the final link.
    let mut runtime_defined: HashSet<String> = crt.defined.clone();
    for entry in members.iter().flatten() {
        runtime_defined.extend(entry.defined.iter().cloned());
        if libcall.lines().any(|l| l == entry.file) {
            defined.extend(entry.defined.iter().cloned());
        }
    }
    while let Some(sym) = needed.pop() {
        if defined.contains(&sym) {
            continue;
        }
        let Some(entry) = members
            .iter_mut()
            .find(|m| m.as_ref().is_some_and(|m| m.defined.contains(&sym)))
            .and_then(Option::take)
        else {
            continue; // the linker reports what stays undefined
        };
        defined.extend(entry.defined.iter().cloned());
        needed.extend(entry.undefined.iter().cloned());
        let member = load_member(context, &runtime.bitcode.join(&entry.file))?;
        allow_builtins(&member.module);
        chosen.push(member);
    }
    drop(members);

    // Runtime names the program defines itself: overrides, kept external
    // so that calls code generation makes (memcpy…) reach them too.
    let mut keep: HashSet<String> = HashSet::new();
    keep.insert(entry.clone());
    keep.extend(link_args.undefined.iter().cloned());
    for (name, value) in &link_args.defsym {
        keep.insert(name.clone());
        keep.insert(value.clone());
    }
    for w in &link_args.wrap {
        keep.insert(w.clone());
        keep.insert(format!("__wrap_{w}"));
        keep.insert(format!("__real_{w}"));
    }
    keep.extend(runtime_defined.intersection(&user_defined).cloned());
    // Called by code generation too (stack protector).
    keep.extend(["__stack_chk_fail", "__stack_chk_guard"].map(String::from));
    if any_asm {
        // Module asm may name any of the program's symbols.
        keep.extend(user_defined.iter().cloned());
    }

    let mut modules = program.into_iter();
    let Some((_, whole)) = modules.next() else {
        return Err(Error::Usage("no input files".into()));
    };
    let link_error =
        |what: &str, e: String| Error::Runtime(format!("whole-program link of {what}: {e}"));
    for (path, m) in modules {
        whole
            .link_in_module(m)
            .map_err(|e| link_error(&path.display().to_string(), e.to_string()))?;
    }
    whole
        .link_in_module(crt.module)
        .map_err(|e| link_error("the start code", e.to_string()))?;
    for member in chosen {
        apply_wrap(&member.module, &link_args.wrap);
        weaken(&member.module);
        whole
            .link_in_module(member.module)
            .map_err(|e| link_error("the runtime", e.to_string()))?;
    }
    let kept = internalize(&whole, &keep);
    if opts.verbose {
        eprintln!(
            "valida-cc: whole-program build: {kept} symbols kept external, optimising with {}",
            opts.opt.lto_pipeline()
        );
    }
    retarget::verify(&whole, &first_path)?;
    optimize_with(
        &whole,
        machine,
        opts.opt,
        opts.opt.lto_pipeline(),
        &first_path,
    )?;
    if let Some(path) = std::env::var_os("VALIDA_LTO_DUMP") {
        let _ = whole.print_to_file(&path);
    }
    // Always: the entry must start its own section to be placed at 0.
    retarget::split_sections(&whole);
    emit(&whole, machine, Emit::Object, &first_path)
}
