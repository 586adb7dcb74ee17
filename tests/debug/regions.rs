// Cycle markers from Rust: valida_rt::cycles.
#![no_std]
#![no_main]

#[inline(never)]
fn work(n: u32) -> u32 {
    let mut s = 0u32;
    for i in 0..core::hint::black_box(n) {
        s = s.wrapping_add(core::hint::black_box(i));
    }
    s
}

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let mut total = 0;
    for _ in 0..2 {
        total += valida_rt::cycles::region(c"work", || work(100));
    }
    (total != 9900) as i32
}
