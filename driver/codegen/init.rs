//! Initialisation of LLVM and of the Valida target.
//!
//! The target lives in a static library built by the root `build.rs`; its
//! registration functions are called explicitly (a static initialiser in a
//! `.a` would be dropped by the linker).

use std::sync::{Mutex, OnceLock};

use inkwell::targets::Target;

use crate::error::{Error, Result};

#[cfg(feature = "valida-target")]
unsafe extern "C" {
    fn LLVMInitializeValidaTargetInfo();
    fn LLVMInitializeValidaTarget();
    fn LLVMInitializeValidaTargetMC();
    fn LLVMInitializeValidaAsmPrinter();
    fn LLVMInitializeValidaAsmParser();
}

static TARGET: OnceLock<std::result::Result<(), String>> = OnceLock::new();
static LLVM_OPTIONS: Mutex<Option<Vec<String>>> = Mutex::new(None);

/// Registers the Valida target with LLVM (once per process).
pub fn initialize_target() -> Result<()> {
    TARGET
        .get_or_init(|| {
            #[cfg(feature = "valida-target")]
            {
                // SAFETY: the five functions take no arguments and only
                // register the target in LLVM's registry; OnceLock runs them once.
                unsafe {
                    LLVMInitializeValidaTargetInfo();
                    LLVMInitializeValidaTarget();
                    LLVMInitializeValidaTargetMC();
                    LLVMInitializeValidaAsmPrinter();
                    LLVMInitializeValidaAsmParser();
                }
                Ok(())
            }
            #[cfg(not(feature = "valida-target"))]
            {
                Err("valida-cc was built without the `valida-target` feature".to_string())
            }
        })
        .clone()
        .map_err(Error::Target)
}

/// The registered Valida target.
pub fn valida_target() -> Result<Target> {
    initialize_target()?;
    install_fatal_error_handler();
    Target::from_name("valida")
        .ok_or_else(|| Error::Target("target `valida` is not registered".into()))
}

/// Environment variable that makes every code generation of this process
/// and of the compilers it starts (the runtime's, Rust's) run LLVM's machine
/// verifier after each codegen pass, as `-mllvm -verify-machineinstrs`
/// does: set to anything but empty or `0`.
pub const VERIFY_MACHINEINSTRS_ENV: &str = "VALIDA_VERIFY_MACHINEINSTRS";

/// Whether [`VERIFY_MACHINEINSTRS_ENV`] asks for the machine verifier.
pub fn verify_machineinstrs() -> bool {
    std::env::var_os(VERIFY_MACHINEINSTRS_ENV).is_some_and(|v| !v.is_empty() && v != "0")
}

/// Sets the options the environment asks for, unless options were already
/// set; called before every code generation, so that paths that never call
/// [`set_llvm_options`] (Rust's link step) are covered too.
pub fn ensure_llvm_options() -> Result<()> {
    let unset = LLVM_OPTIONS
        .lock()
        .map_err(|_| Error::Target("LLVM option lock poisoned".into()))?
        .is_none();
    if unset { set_llvm_options(&[]) } else { Ok(()) }
}

/// Hands options to LLVM's command-line parser (`-stop-after=…`,
/// `-mllvm` options), plus `-verify-machineinstrs` when
/// [`VERIFY_MACHINEINSTRS_ENV`] is set. LLVM allows this once per process: a
/// second call with the same options is a no-op, with different ones an error.
pub fn set_llvm_options(options: &[String]) -> Result<()> {
    let mut options = options.to_vec();
    if verify_machineinstrs() && !options.iter().any(|o| o == "-verify-machineinstrs") {
        options.push("-verify-machineinstrs".into());
    }
    let options = options.as_slice();
    let mut guard = LLVM_OPTIONS
        .lock()
        .map_err(|_| Error::Target("LLVM option lock poisoned".into()))?;
    match &*guard {
        Some(previous) if previous == options => return Ok(()),
        Some(previous) => {
            return Err(Error::Usage(format!(
                "LLVM options can be set once per process (already set: {previous:?})"
            )));
        }
        None => {}
    }
    *guard = Some(options.to_vec());
    if options.is_empty() {
        return Ok(());
    }
    let mut owned: Vec<std::ffi::CString> = Vec::with_capacity(options.len() + 1);
    for o in std::iter::once("valida-cc").chain(options.iter().map(String::as_str)) {
        owned.push(
            std::ffi::CString::new(o)
                .map_err(|_| Error::Usage(format!("LLVM option contains NUL: {o:?}")))?,
        );
    }
    let ptrs: Vec<*const std::ffi::c_char> = owned.iter().map(|c| c.as_ptr()).collect();
    let overview = c"valida-cc";
    // SAFETY: `ptrs` holds valid NUL-terminated strings that outlive the call.
    unsafe {
        inkwell::llvm_sys::support::LLVMParseCommandLineOptions(
            ptrs.len() as i32,
            ptrs.as_ptr(),
            overview.as_ptr(),
        );
    }
    Ok(())
}

/// The input being compiled, named in LLVM's fatal errors.
static CURRENT_INPUT: Mutex<String> = Mutex::new(String::new());

/// Records which input LLVM is working on (for [`install_fatal_error_handler`]).
pub fn set_current_input(path: &std::path::Path) {
    if let Ok(mut guard) = CURRENT_INPUT.lock() {
        *guard = path.display().to_string();
    }
}

extern "C" fn fatal_error(reason: *const std::ffi::c_char) {
    let reason = if reason.is_null() {
        "unknown error".into()
    } else {
        // SAFETY: LLVM passes a NUL-terminated message that lives for the call.
        unsafe { std::ffi::CStr::from_ptr(reason) }.to_string_lossy()
    };
    let input = CURRENT_INPUT.lock().map(|g| g.clone()).unwrap_or_default();
    if input.is_empty() {
        eprintln!("valida-cc: error: LLVM ERROR: {reason}");
    } else {
        eprintln!("valida-cc: error: {input}: LLVM ERROR: {reason}");
    }
    std::process::exit(70);
}

/// Makes LLVM's fatal errors (for example "Cannot select") clang-style
/// messages that name the input, with exit status 70 (internal error).
pub fn install_fatal_error_handler() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    // SAFETY: the handler is a plain function that never returns to LLVM.
    ONCE.call_once(|| unsafe {
        inkwell::llvm_sys::error_handling::LLVMInstallFatalErrorHandler(Some(fatal_error));
    });
}
