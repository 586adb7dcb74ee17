//! The Rust half of tests/rust/mixed: a library crate called from C.
#![no_std]

extern crate alloc;

use alloc::vec::Vec;

unsafe extern "C" {
    fn c_weight(index: u32) -> u32;
}

/// Weighted sum of the bytes, the weights coming from C.
#[unsafe(no_mangle)]
pub extern "C" fn rust_checksum(data: *const u8, len: u32) -> u32 {
    // SAFETY: the caller passes a valid buffer of `len` bytes.
    let bytes = unsafe { core::slice::from_raw_parts(data, len as usize) };
    bytes
        .iter()
        .enumerate()
        .map(|(i, &b)| u32::from(b) * unsafe { c_weight(i as u32) })
        .fold(0u32, u32::wrapping_add)
}

/// Sorts `values` in place (through a Vec) and returns the median.
#[unsafe(no_mangle)]
pub extern "C" fn rust_sorted_median(values: *mut i32, count: u32) -> i32 {
    // SAFETY: the caller passes a valid array of `count` ints.
    let slice = unsafe { core::slice::from_raw_parts_mut(values, count as usize) };
    let mut v: Vec<i32> = slice.to_vec();
    v.sort();
    slice.copy_from_slice(&v);
    v[v.len() / 2]
}
