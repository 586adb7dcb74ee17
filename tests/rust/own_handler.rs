// Built with VALIDA_RUST_LANG_ITEMS=0: the program brings its own panic
// handler and global allocator, and still uses valida_rt's I/O.
#![no_std]
#![no_main]

extern crate alloc;

use alloc::vec::Vec;
use valida_rt::println;

#[global_allocator]
static HEAP: valida_rt::heap::ValidaAlloc = valida_rt::heap::ValidaAlloc;

#[panic_handler]
fn on_panic(info: &core::panic::PanicInfo<'_>) -> ! {
    println!("custom handler: {}", info.message());
    valida_rt::exit(7)
}

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let v: Vec<u32> = (1..=5).collect();
    println!("sum {}", v.iter().sum::<u32>());
    let empty: Option<u32> = v.get(9).copied();
    println!("{}", empty.expect("no tenth element"));
    0
}
