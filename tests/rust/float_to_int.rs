#![no_std]
#![no_main]

use core::hint::black_box;
use valida_rt::println;

// Saturating float-to-int casts (llvm.fptosi.sat / llvm.fptoui.sat): NaN,
// infinities, out-of-range, boundary and ordinary values.

#[inline(never)]
fn from_f64(x: f64) {
    println!(
        "f64 {x:?}: i64 {} i32 {} i16 {} i8 {} u8 {} u32 {} u64 {} i128 {}",
        x as i64, x as i32, x as i16, x as i8, x as u8, x as u32, x as u64, x as i128
    );
}

#[inline(never)]
fn from_f32(x: f32) {
    println!(
        "f32 {x:?}: i32 {} i64 {} i16 {} i8 {} u8 {} u32 {} u64 {}",
        x as i32, x as i64, x as i16, x as i8, x as u8, x as u32, x as u64
    );
}

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    for x in black_box([
        0.0f64,
        -0.0,
        0.5,
        -0.5,
        0.99,
        1.0,
        -1.0,
        1.5,
        -1.5,
        42.75,
        -42.75,
        127.0,
        128.0,
        -128.0,
        -129.0,
        255.0,
        255.9,
        256.0,
        32767.5,
        -32768.5,
        1e9,
        -1e9,
        2147483647.0,
        2147483648.0,
        -2147483648.0,
        -2147483649.0,
        4294967295.0,
        4294967296.0,
        1e15,
        -1e15,
        9007199254740993.0,
        9223372036854774784.0,
        9223372036854775808.0,
        -9223372036854775808.0,
        -9223372036854777856.0,
        18446744073709549568.0,
        18446744073709551616.0,
        1e30,
        -1e30,
        5e-324,
        f64::MAX,
        f64::MIN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        -f64::NAN,
    ]) {
        from_f64(x);
    }
    for x in black_box([
        0.0f32,
        -0.0,
        0.75,
        -0.75,
        3.0,
        -3.0,
        100.5,
        -100.5,
        255.5,
        256.0,
        65535.0,
        16777217.0,
        2147483520.0,
        2147483648.0,
        -2147483648.0,
        -2147483904.0,
        4294967040.0,
        4294967296.0,
        9.223371e18,
        9.223372e18,
        -9.223372e18,
        -9.223373e18,
        1e20,
        -1e20,
        1e-45,
        f32::MAX,
        f32::MIN,
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::NAN,
        -f32::NAN,
    ]) {
        from_f32(x);
    }
    0
}
