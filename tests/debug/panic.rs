// A Rust panic under -g: the failure report names the panicking function
// and its line.
#![no_std]
#![no_main]

use valida_rt::println;

#[inline(never)]
fn checked_div(a: u32, b: u32) -> u32 {
    if b == 0 {
        panic!("division of {a} by zero");
    }
    a / b
}

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let zero = core::hint::black_box(0);
    println!("{}", checked_div(10, zero));
    0
}
