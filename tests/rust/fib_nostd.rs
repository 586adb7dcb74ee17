// Formatted println! Fibonacci without std (compare std/fib.rs).
#![no_std]
#![no_main]

use valida_rt::println;

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let (mut a, mut b) = (0u64, 1u64);
    for i in 0..50 {
        println!("fib({i:2}) = {a:>12}");
        (a, b) = (b, a + b);
    }
    0
}
