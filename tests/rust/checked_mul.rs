#![no_std]
#![no_main]

use core::hint::black_box;
use valida_rt::println;

// i64 multiplications with overflow checks and a constant operand
// (llvm.smul.with.overflow.i64 with a constant), as in str::parse::<i64>.

#[inline(never)]
fn times_ten(x: i64) -> Option<i64> {
    x.checked_mul(10)
}

#[inline(never)]
fn parse_all(inputs: &[&str]) {
    for s in inputs {
        println!("{s:?}: {:?} {:?} {:?}", s.parse::<i64>(), s.parse::<i32>(), s.parse::<u64>());
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let xs: [i64; 12] = black_box([
        0,
        1,
        -1,
        7,
        -13,
        922_337_203_685_477_580,
        922_337_203_685_477_581,
        -922_337_203_685_477_580,
        -922_337_203_685_477_581,
        i64::MAX,
        i64::MIN,
        1 << 40,
    ]);
    for &x in &xs {
        println!(
            "{x}: {:?} {:?} {:?} {:?} {:?} {:?}",
            times_ten(x),
            x.checked_mul(-1),
            x.checked_mul(3),
            x.checked_mul(1 << 23),
            (-4_000_000_000i64).checked_mul(x),
            x.overflowing_mul(-7),
        );
        let y = black_box(x >> 20);
        println!("  {:?} {:?} {:?}", x.checked_mul(y), (x as u64).checked_mul(1000), (x as i32).checked_mul(-100_000));
    }
    // x = x * 10 in a loop until it overflows (the llc repro's shape).
    let mut x: i64 = black_box(3);
    let mut steps = 0;
    while let Some(y) = x.checked_mul(10) {
        x = y;
        steps += 1;
    }
    println!("loop: {x} after {steps} steps");
    parse_all(&black_box([
        "0",
        "42",
        "-42",
        "+17",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "2147483648",
        "-2147483648",
        "18446744073709551615",
        "18446744073709551616",
        "12a",
        "",
        "-",
    ]));
    0
}
