#![no_std]
#![no_main]

use valida_rt::println;

fn fib_iter(n: u32) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        let t = a.wrapping_add(b);
        a = b;
        b = t;
    }
    a
}

fn fib_rec(n: u32) -> u32 {
    if n < 2 { n } else { fib_rec(n - 1) + fib_rec(n - 2) }
}

fn fib_u128(n: u32) -> u128 {
    let (mut a, mut b) = (0u128, 1u128);
    for _ in 0..n {
        let t = a + b;
        a = b;
        b = t;
    }
    a
}

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    for n in [0, 1, 2, 10, 20, 50, 90, 93] {
        println!("fib({n}) = {}", fib_iter(n));
    }
    println!("fib_rec(20) = {}", fib_rec(20));
    println!("fib(150) = {}", fib_u128(150));
    println!("fib(185) = {}", fib_u128(185));
    0
}
