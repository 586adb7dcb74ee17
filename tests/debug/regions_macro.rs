// Cycle markers from Rust with the macro and the guard: `valida_cycle!`.
#![no_std]
#![no_main]

use valida_rt::valida_cycle;

#[inline(never)]
fn work(n: u32) -> u32 {
    let mut s = 0u32;
    for i in 0..core::hint::black_box(n) {
        s = s.wrapping_add(core::hint::black_box(i));
    }
    s
}

#[inline(never)]
fn early(n: u32) -> u32 {
    let _region = valida_cycle!("early");
    if n > 5 {
        return work(n);
    }
    0
}

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let mut total = 0;
    for _ in 0..3 {
        total += valida_cycle!("block", { work(100) });
    }
    total += early(10);
    (total != 3 * 4950 + 45) as i32
}
