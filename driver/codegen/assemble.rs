//! Assembling `.s` files with the Valida target's MC assembly parser
//! (`llvm-target/AsmParser/ValidaAssemble.cpp`).

use std::ffi::CString;
use std::path::Path;

use crate::codegen::init::initialize_target;
use crate::error::{Error, Result};
use crate::ir::retarget::VALIDA_TRIPLE;

#[cfg(feature = "valida-target")]
unsafe extern "C" {
    fn valida_assemble(
        source: *const u8,
        len: usize,
        name: *const std::ffi::c_char,
        triple: *const std::ffi::c_char,
        out_path: *const std::ffi::c_char,
    ) -> i32;
}

/// Assembles `source` (named `path` in diagnostics) into an ELF object.
/// Errors in the source are printed on stderr as `file:line:col: error: …`
/// by LLVM's parser; the returned error only says that assembling failed.
pub fn assemble(source: &[u8], path: &Path) -> Result<Vec<u8>> {
    initialize_target()?;
    let c = |s: &str| {
        CString::new(s)
            .map_err(|_| Error::Usage(format!("{}: path contains a NUL byte", path.display())))
    };
    let name = c(&path.display().to_string())?;
    let triple = c(VALIDA_TRIPLE)?;
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let out = std::env::temp_dir().join(format!("valida-cc-as-{}-{n}.o", std::process::id()));
    let out_c = c(&out.display().to_string())?;
    #[cfg(feature = "valida-target")]
    // SAFETY: every pointer is valid for the call (source for len bytes, the
    // others NUL-terminated); the callee copies the source and keeps nothing.
    let status = unsafe {
        valida_assemble(
            source.as_ptr(),
            source.len(),
            name.as_ptr(),
            triple.as_ptr(),
            out_c.as_ptr(),
        )
    };
    #[cfg(not(feature = "valida-target"))]
    let status = {
        let _ = (&name, &triple, &out_c);
        2
    };
    let result = match status {
        0 => std::fs::read(&out).map_err(|e| Error::io(&out, e)),
        1 => Err(Error::Assemble {
            path: path.to_path_buf(),
            message: "assembly failed (errors above)".into(),
        }),
        _ => Err(Error::Assemble {
            path: path.to_path_buf(),
            message: "the assembler could not run (see above)".into(),
        }),
    };
    let _ = std::fs::remove_file(&out);
    result
}
