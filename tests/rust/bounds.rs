#![no_std]
#![no_main]

extern crate alloc;

use alloc::vec;
use valida_rt::println;

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let v = vec![1u8, 2, 3];
    let i = v.len() + v[0] as usize; // 4: out of bounds
    println!("reading index {i}");
    println!("{}", v[i]);
    0
}
