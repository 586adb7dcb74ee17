// Stepped by the debugger tests (tests/debugger.rs): a struct, a slice, a
// char and a mutable static seen from Rust's DWARF.
#![no_std]
#![no_main]

use valida_rt::println;

struct Point {
    x: i32,
    y: i32,
}

static mut CALLS: u32 = 0;

#[inline(never)]
fn norm1(p: &Point) -> i32 {
    let ax = p.x.abs();
    let ay = p.y.abs();
    unsafe { CALLS += 1 };
    ax + ay
}

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let points = [Point { x: 3, y: -4 }, Point { x: -1, y: 2 }];
    let letter = 'v';
    let mut total = 0;
    for p in points.iter() {
        total += norm1(p);
    }
    println!("{} {}", total, letter);
    0
}
