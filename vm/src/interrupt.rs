//! SIGINT/SIGTERM during a run: the handler only records the signal; the
//! machine polls it between chunks of instructions (never inside the hot
//! loop) and stops with the `interrupted` trap, so output is flushed and
//! the place and statistics can be reported.
//!
//! Uses `libc::sigaction` directly (libc is already a dependency); the
//! handler does nothing but an atomic store, which is async-signal-safe.

use std::sync::atomic::{AtomicI32, Ordering};

static PENDING: AtomicI32 = AtomicI32::new(0);

extern "C" fn record(signal: libc::c_int) {
    PENDING.store(signal, Ordering::Relaxed);
}

/// Installs the handlers for SIGINT and SIGTERM (idempotent).
pub fn install() {
    for signal in [libc::SIGINT, libc::SIGTERM] {
        // SAFETY: a zeroed sigaction is valid; the handler only performs an
        // atomic store; sigaction is called with valid pointers.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = record as extern "C" fn(libc::c_int) as usize;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(signal, &action, std::ptr::null_mut());
        }
    }
}

/// The signal received since the handlers were installed, if any.
pub fn pending() -> Option<i32> {
    match PENDING.load(Ordering::Relaxed) {
        0 => None,
        s => Some(s),
    }
}
