#![no_std]
#![no_main]

extern crate alloc;

use alloc::vec::Vec;
use valida_rt::println;

fn checked_div(a: u32, b: u32) -> u32 {
    if b == 0 {
        panic!("division of {a} by zero");
    }
    a / b
}

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let v: Vec<u32> = (1..=4).collect();
    println!("before: {}", checked_div(v[3], v[1]));
    let zero = v.len() as u32 - 4;
    valida_rt::eprintln!("divisor {zero}");
    println!("after: {}", checked_div(10, zero));
    0
}
