#![no_std]
#![no_main]

use core::hint::black_box;
use core::num::{NonZeroU32, NonZeroU64};
use valida_rt::println;

// trailing_zeros / leading_zeros on every width, zero included (llvm.cttz).

#[inline(never)]
fn bits32(x: u32) {
    println!(
        "u32 {x:#x}: tz {} lz {} to {} i32 tz {} u16 tz {} u8 tz {} nz {:?}",
        x.trailing_zeros(),
        x.leading_zeros(),
        x.trailing_ones(),
        (x as i32).trailing_zeros(),
        (x as u16).trailing_zeros(),
        (x as u8).trailing_zeros(),
        NonZeroU32::new(x).map(|n| n.trailing_zeros()),
    );
}

#[inline(never)]
fn bits64(x: u64) {
    println!(
        "u64 {x:#x}: tz {} lz {} to {} i64 tz {} nz {:?} u128 tz {}",
        x.trailing_zeros(),
        x.leading_zeros(),
        x.trailing_ones(),
        (x as i64).trailing_zeros(),
        NonZeroU64::new(x).map(|n| n.trailing_zeros()),
        ((x as u128) << 64).trailing_zeros(),
    );
}

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    for x in black_box([0u32, 1, 2, 3, 8, 0x80, 0x100, 0x1_0000, 0x8000_0000, 0xFFFF_FFFF, 0x1234_5670, 0xA0_0000]) {
        bits32(x);
    }
    for x in black_box([
        0u64,
        1,
        6,
        0x8000_0000,
        0x1_0000_0000,
        0x10_0000_0000,
        0x8000_0000_0000_0000,
        u64::MAX,
        0xDEAD_BEEF_0000_0000,
        0x0123_4567_89AB_CDE0,
    ]) {
        bits64(x);
    }
    // Set bits of a word, lowest first, the way hash tables scan groups.
    let mut m: u64 = black_box(0x8040_2010_0804_0201);
    let mut seen = [0u32; 8];
    let mut n = 0;
    while m != 0 {
        seen[n] = m.trailing_zeros();
        m &= m - 1;
        n += 1;
    }
    println!("bits {:?}", &seen[..n]);
    0
}
