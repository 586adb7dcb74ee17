#![no_std]
#![no_main]

extern crate alloc;

use alloc::vec::Vec;
use valida_rt::{io, println};

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let first = io::read_line().unwrap_or_default();
    let rest = io::read_to_end();
    let numbers: Vec<i64> = first.split_whitespace().filter_map(|w| w.parse().ok()).collect();
    println!("numbers {numbers:?} sum {}", numbers.iter().sum::<i64>());
    let text = core::str::from_utf8(&rest).unwrap_or("<invalid>");
    for line in text.lines().rev() {
        println!("{}", line.chars().rev().collect::<alloc::string::String>());
    }
    valida_rt::exit(numbers.len() as i32)
}
