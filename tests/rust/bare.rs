// Names nothing of the runtime: the driver links the allocator and the
// panic handler; main's return value is the exit status.
#![no_std]
#![no_main]

extern crate alloc;

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let words = ["zk", "valida", "rust", "zk", "vm", "rust", "zk"];
    let mut counts: BTreeMap<String, u32> = BTreeMap::new();
    for w in words {
        *counts.entry(String::from(w)).or_default() += 1;
    }
    let v: Vec<u32> = counts.values().copied().collect();
    // zk=3 rust=2 valida=1 vm=1 -> 3*1000 + 2*100 + 4 entries
    (v.iter().max().copied().unwrap_or(0) * 10 + counts.len() as u32) as i32
}
