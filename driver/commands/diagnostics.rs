//! LLVM's diagnostics during optimisation and code generation (for example
//! a target builtin called with the wrong signature), printed like clang's:
//! `valida-cc: error: f.c:3:5: in function main …` — with the source line
//! when the IR has debug locations (-g), else the input file's name instead
//! of LLVM's `<unknown>:0:0`.

use std::ffi::{CStr, c_void};
use std::path::Path;

use inkwell::context::Context;
use inkwell::llvm_sys::LLVMDiagnosticSeverity;
use inkwell::llvm_sys::core::{
    LLVMContextSetDiagnosticHandler, LLVMDisposeMessage, LLVMGetDiagInfoDescription,
    LLVMGetDiagInfoSeverity,
};
use inkwell::llvm_sys::prelude::LLVMDiagnosticInfoRef;

/// The name diagnostics use for an input; must outlive the contexts it is
/// installed in ([`install`]).
pub struct InputName(String);

impl InputName {
    pub fn new(path: &Path) -> InputName {
        InputName(path.display().to_string())
    }
}

/// The message of one diagnostic, with LLVM's placeholder location replaced
/// by the input's name.
pub fn rewrite(description: &str, input: &str) -> String {
    match description.strip_prefix("<unknown>:0:0: ") {
        Some(rest) => format!("{input}: {rest}"),
        None if description.starts_with("<unknown>") => {
            format!(
                "{input}: {}",
                description.trim_start_matches("<unknown>:0:0")
            )
        }
        // An inline asm statement's text, assembled: line 1 is the first
        // line of the asm string.
        None if description.starts_with("<inline asm>") => {
            format!("{input}: in an inline asm statement: {description}")
        }
        None => description.to_string(),
    }
}

extern "C" fn handler(info: LLVMDiagnosticInfoRef, ctx: *mut c_void) {
    // SAFETY: `ctx` is the `InputName` given to `install`, alive as long as
    // the context; `info` is valid for the call.
    let input = unsafe { &*(ctx as *const InputName) };
    let severity = unsafe { LLVMGetDiagInfoSeverity(info) };
    let raw = unsafe { LLVMGetDiagInfoDescription(info) };
    let text = if raw.is_null() {
        String::from("unknown problem")
    } else {
        // SAFETY: LLVM returns a NUL-terminated string we must dispose of.
        let s = unsafe { CStr::from_ptr(raw) }
            .to_string_lossy()
            .into_owned();
        unsafe { LLVMDisposeMessage(raw) };
        s
    };
    let message = rewrite(&text, &input.0);
    match severity {
        LLVMDiagnosticSeverity::LLVMDSError => {
            eprintln!("valida-cc: error: {message}");
            // As LLVM's own handler does for errors: the output would be wrong.
            std::process::exit(1);
        }
        LLVMDiagnosticSeverity::LLVMDSWarning => eprintln!("valida-cc: warning: {message}"),
        // Remarks and notes are opt-in (-Rpass…): printed only when asked.
        _ => {}
    }
}

/// Routes the diagnostics of `context` through [`handler`].
pub fn install(context: &Context, input: &InputName) {
    // SAFETY: the handler only reads `input`, which the caller keeps alive
    // while the context exists.
    unsafe {
        LLVMContextSetDiagnosticHandler(
            context.raw(),
            Some(handler),
            input as *const InputName as *mut c_void,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::rewrite;

    #[test]
    fn placeholder_location_becomes_the_input() {
        assert_eq!(
            rewrite("<unknown>:0:0: in function main i32 (): bad call", "f.c"),
            "f.c: in function main i32 (): bad call"
        );
        assert_eq!(
            rewrite("f.c:3:5: in function main i32 (): bad call", "f.c"),
            "f.c:3:5: in function main i32 (): bad call"
        );
    }
}
