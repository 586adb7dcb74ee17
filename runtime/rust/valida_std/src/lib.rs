//! `valida_std`: what a Rust program with `std` needs on Valida, linked by
//! `valida-cc` into every `std` program (rustc `--extern force:valida_std`;
//! `#![no_std]` programs get `valida_lang` instead).
//!
//! The sysroot's `std` is Rust's own, built for `target_os = "zkvm"`
//! (`targets/valida-unknown-none.json`). That platform layer calls a small
//! set of `sys_*` functions for everything it cannot do itself; this crate
//! defines them on the Valida runtime:
//!
//! | function | what std uses it for | here |
//! |---|---|---|
//! | `sys_write(fd, buf, n)` | stdout (1), stderr (2) | stdout: WRITE (the committed output); stderr: `__valida_stderr_write`, as the C runtime's stderr (the host's stderr on our VM, dropped on the real VM; docs/abi.md) |
//! | `sys_read(fd, buf, n)` | stdin (0) | READ_ADVICE: the input tape; 0 at its end |
//! | `sys_alloc_aligned`, `sys_alloc_words` | `System`, args, env | the C runtime's `malloc` |
//! | `sys_argc`, `sys_argv` | `std::env::args` | the C runtime's `argc`/`argv` (`__valida_argc`/`__valida_argv`: `{"a.out"}` on the real VM, `valida run PROG -- ARGS…` on ours) |
//! | `sys_getenv` | `std::env::var` | no variables |
//! | `sys_rand` | `HashMap`'s `RandomState`, `getrandom` | [`valida_rt::rand`] (deterministic, seedable) |
//! | `sys_panic` | `panic_abort` after std printed the message | FAIL |
//! | `sys_halt` | (risc0-style programs) | STOP with status 0 |
//! | `sys_log` | (risc0-style programs) | a line on stderr |
//!
//! and the custom backends of `getrandom` (weak: a program's own wins):
//! `__getrandom_v03_custom` (0.3 and 0.4, selected by the `--cfg
//! getrandom_backend="custom"` that `valida-cc cargo` passes) and
//! `__getrandom_custom` (0.2 with its `custom` feature), both from
//! [`valida_rt::rand`].
//!
//! It also installs the C runtime's `malloc`/`free` as the
//! `#[global_allocator]` (std's zkvm `System` allocator never frees), and
//! defines `__valida_std_exit`, which `valida-cc` links in place of the
//! body of `std::process::exit` (std's zkvm layer ends `exit` with an
//! abort, losing the status).

#![feature(linkage)]

use std::io::Write;

use valida_rt::heap::ValidaAlloc;

#[global_allocator]
static GLOBAL: ValidaAlloc = ValidaAlloc;

const STDIN: u32 = 0;
const STDOUT: u32 = 1;
const STDERR: u32 = 2;
/// risc0's "journal" descriptor: the public output, i.e. WRITE here.
const JOURNAL: u32 = 3;

/// Writes `n` bytes to `fd`: 1 and 3 to the machine's output, 2 to stderr
/// (never the committed output); other descriptors do not exist and are
/// ignored.
///
/// # Safety
/// `buf` points to `n` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sys_write(fd: u32, buf: *const u8, n: usize) {
    if n == 0 {
        return;
    }
    if fd == STDERR {
        // SAFETY: the caller's contract.
        valida_rt::io::write_stderr(unsafe { std::slice::from_raw_parts(buf, n) });
    } else if matches!(fd, STDOUT | JOURNAL) {
        // SAFETY: the caller's contract.
        let bytes = unsafe { std::slice::from_raw_parts(buf, n) };
        valida_rt::io::write_bytes(bytes);
    }
}

/// Reads up to `n` bytes of `fd` into `buf`; returns how many (0 at the end
/// of the input). Only stdin (the input tape) has bytes.
///
/// # Safety
/// `buf` points to `n` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sys_read(fd: u32, buf: *mut u8, n: usize) -> usize {
    if fd != STDIN {
        return 0;
    }
    let mut got = 0;
    while got < n {
        let Some(b) = valida_rt::io::read_byte() else {
            break;
        };
        // SAFETY: got < n.
        unsafe { buf.add(got).write(b) };
        got += 1;
        // A line at a time, like a terminal: `read_line` needs no more, and
        // a program that reads a line and then the rest sees the same bytes.
        if b == b'\n' {
            break;
        }
    }
    got
}

/// `n` bytes aligned to `align` from the global heap (null when it is full).
///
/// # Safety
/// `align` is a power of two.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sys_alloc_aligned(n: usize, align: usize) -> *mut u8 {
    match std::alloc::Layout::from_size_align(n.max(1), align.max(1)) {
        // SAFETY: a valid, non-zero-sized layout.
        Ok(layout) => unsafe { std::alloc::GlobalAlloc::alloc(&ValidaAlloc, layout) },
        Err(_) => std::ptr::null_mut(),
    }
}

/// `nwords` 4-byte words from the global heap.
///
/// # Safety
/// None beyond C's `malloc`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sys_alloc_words(nwords: usize) -> *mut u32 {
    // SAFETY: 4 is a power of two.
    unsafe { sys_alloc_aligned(nwords.saturating_mul(4), 4).cast() }
}

unsafe extern "C" {
    // The C start code's argc/argv (runtime/crt/start.c; docs/abi.md,
    // "argv"): argc 1 and {"a.out", NULL} unless the VM stored its own.
    static __valida_argc: i32;
    static __valida_argv: *const *const u8;
}

/// Argument `index` of the C runtime's argv, without its NUL (empty past
/// the end).
fn argument(index: usize) -> &'static [u8] {
    // SAFETY: the start code's words, written before the program runs and
    // never after; argv holds argc NUL-terminated strings.
    unsafe {
        if index >= sys_argc() || __valida_argv.is_null() {
            return &[];
        }
        let arg = *__valida_argv.add(index);
        if arg.is_null() {
            return &[];
        }
        std::ffi::CStr::from_ptr(arg.cast()).to_bytes()
    }
}

/// The number of program arguments, the program's name included.
#[unsafe(no_mangle)]
pub extern "C" fn sys_argc() -> usize {
    // SAFETY: a word of the start code, see above.
    usize::try_from(unsafe { __valida_argc }).unwrap_or(0)
}

/// Copies argument `index` into `out` (at most `nwords` words) and returns
/// its length in bytes (std asks with `nwords` 0 first for the length).
///
/// # Safety
/// `out` points to `nwords` writable words (or `nwords` is 0).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sys_argv(out: *mut u32, nwords: usize, index: usize) -> usize {
    let arg = argument(index);
    let n = arg.len().min(nwords.saturating_mul(4));
    if n > 0 {
        // SAFETY: `n` bytes fit in the caller's `nwords` words.
        unsafe { std::ptr::copy_nonoverlapping(arg.as_ptr(), out.cast::<u8>(), n) };
    }
    arg.len()
}

/// Environment variable lookup: the machine has no environment, every
/// variable is unset (`usize::MAX`).
#[unsafe(no_mangle)]
pub extern "C" fn sys_getenv(
    _out: *mut u32,
    _nwords: usize,
    _name: *const u8,
    _name_len: usize,
) -> usize {
    usize::MAX
}

/// Fills `words` 32-bit words with [`valida_rt::rand`]'s deterministic
/// random bits.
///
/// # Safety
/// `buf` points to `words` writable words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sys_rand(buf: *mut u32, words: usize) {
    for i in 0..words {
        // SAFETY: i < words.
        unsafe { buf.add(i).write(valida_rt::rand::next_u32()) };
    }
}

/// The end of a panic: std's hook has printed the message and location
/// (on stderr); the machine FAILs (`valida run` exits 1).
#[unsafe(no_mangle)]
pub extern "C" fn sys_panic(_msg: *const u8, _len: usize) -> ! {
    valida_rt::process::abort()
}

/// Stops the machine with status 0 (after flushing stdout).
#[unsafe(no_mangle)]
pub extern "C" fn sys_halt() -> ! {
    exit(0)
}

/// A log line: written to stderr with a newline (a log is not the
/// program's committed output).
///
/// # Safety
/// `msg` points to `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sys_log(msg: *const u8, len: usize) {
    // SAFETY: the caller's contract.
    unsafe { sys_write(STDERR, msg, len) };
    valida_rt::io::write_stderr(b"\n");
}

/// `std::process::exit` on Valida: flushes stdout (as std's own `exit`
/// does) and stops with `code`, after the C `atexit` handlers.
#[unsafe(no_mangle)]
pub extern "C" fn __valida_std_exit(code: i32) -> ! {
    exit(code)
}

fn exit(code: i32) -> ! {
    let _ = std::io::stdout().flush();
    valida_rt::exit(code)
}

/// getrandom 0.3/0.4's custom backend: deterministic bytes from
/// [`valida_rt::rand`]. (Its `Result<(), getrandom::Error>` is a `u32`,
/// 0 for `Ok`, as `Result<(), NonZeroU32>` is.)
///
/// # Safety
/// `dest` points to `len` writable bytes.
#[unsafe(no_mangle)]
#[linkage = "weak"]
pub unsafe fn __getrandom_v03_custom(
    dest: *mut u8,
    len: usize,
) -> Result<(), std::num::NonZeroU32> {
    // SAFETY: the caller's contract.
    valida_rt::rand::fill_bytes(unsafe { std::slice::from_raw_parts_mut(dest, len) });
    Ok(())
}

/// getrandom 0.2's custom backend (its `custom` feature): 0 = success.
///
/// # Safety
/// `dest` points to `len` writable bytes.
#[unsafe(no_mangle)]
#[linkage = "weak"]
pub unsafe fn __getrandom_custom(dest: *mut u8, len: usize) -> u32 {
    // SAFETY: the caller's contract.
    valida_rt::rand::fill_bytes(unsafe { std::slice::from_raw_parts_mut(dest, len) });
    0
}

/// [`valida_rt::rand::set_seed`] for crates that cannot name `valida_rt`
/// (those built for the host too, such as the valida-rs compatibility
/// crate).
#[unsafe(no_mangle)]
pub fn __valida_rand_set_seed(seed: u64) {
    valida_rt::rand::set_seed(seed);
}
