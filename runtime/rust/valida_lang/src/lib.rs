//! `valida_lang`: the language items of a Rust program on Valida, linked by
//! `valida-cc` into every Rust program (rustc `--extern force:valida_lang`)
//! unless `VALIDA_RUST_LANG_ITEMS=0`: the global allocator (the C runtime's
//! `malloc`) and the panic handler (message and location, then FAIL). The
//! implementations live in `valida_rt`.

#![no_std]

extern crate valida_rt;

#[global_allocator]
static GLOBAL: valida_rt::heap::ValidaAlloc = valida_rt::heap::ValidaAlloc;

#[panic_handler]
fn panic(info: &core::panic::PanicInfo<'_>) -> ! {
    valida_rt::panic::report(info)
}
