//! The C runtime and the Valida target builtins this crate calls
//! (`docs/abi.md`: the target turns `__valida_*` calls into instructions).

unsafe extern "C" {
    /// WRITE: the low byte of `byte` to the output.
    pub fn __valida_write(byte: i32);
    /// READ_ADVICE: the next input byte, or -1 (0xFFFFFFFF) at the end.
    pub fn __valida_read_advice() -> i32;
    /// FAIL: stops the machine as failed (`valida run` exits 1).
    pub fn __valida_fail() -> !;
    /// The C runtime's stderr sink (runtime/platform/valida/stderr.c): a
    /// no-op on the real VM (nothing reaches the committed output or the
    /// proof), the host's stderr on ours (docs/abi.md, "stderr").
    pub fn __valida_stderr_write(buf: *const u8, n: usize);

    pub fn malloc(size: usize) -> *mut u8;
    pub fn calloc(count: usize, size: usize) -> *mut u8;
    pub fn realloc(ptr: *mut u8, size: usize) -> *mut u8;
    pub fn aligned_alloc(align: usize, size: usize) -> *mut u8;
    pub fn free(ptr: *mut u8);

    /// Runs the `atexit` handlers and destructors, then STOP with `status`.
    pub fn exit(status: i32) -> !;
}
