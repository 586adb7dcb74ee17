#![no_std]
#![no_main]

use valida_rt::println;

fn isqrt(n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    let mut x = n;
    let mut y = x / 2 + (x & 1);
    while y < x {
        x = y;
        y = (x + n / x) / 2;
    }
    x
}

fn modpow(mut b: u64, mut e: u64, m: u64) -> u64 {
    let mut r: u64 = 1;
    b %= m;
    while e > 0 {
        if e & 1 == 1 {
            r = ((r as u128 * b as u128) % m as u128) as u64;
        }
        b = ((b as u128 * b as u128) % m as u128) as u64;
        e >>= 1;
    }
    r
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let a: u64 = 0xDEAD_BEEF_CAFE_BABE;
    let b: u64 = 0x1234_5678_9ABC_DEF1;
    println!("{} {} {} {}", a.wrapping_mul(b), a / b, a % b, a.wrapping_add(b));
    println!("{} {} {}", a >> 17, a << 13, (a as i64) >> 40);
    println!("{} {} {} {}", a.leading_zeros(), b.trailing_zeros(), a.count_ones(), a.rotate_left(20));
    println!("{:?} {:?}", a.checked_mul(b), 7u64.checked_mul(9));
    println!("{} {}", isqrt(1_000_000_007 * 1_000_000_007), isqrt(u64::MAX));
    println!("{}", modpow(2, 1_000_000, 1_000_000_007));
    let x: u128 = (a as u128) * (b as u128);
    let y: u128 = 0xFFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFFu128 / 12345678901234567u128;
    println!("{x} {y} {}", x % 1_000_000_000_000_000_003u128);
    println!("{} {}", x >> 70, (x << 3) ^ y);
    let s: i128 = -170141183460469231731687303715884105727 / 3;
    println!("{s} {} {}", s % 1000000007, s.unsigned_abs().leading_zeros());
    println!("{}", gcd(2u128.pow(60) * 3u128.pow(20), 6u128.pow(40)));
    let mut h: u32 = 2166136261;
    for i in 0..1000u32 {
        h = (h ^ (i & 0xff)).wrapping_mul(16777619);
    }
    println!("fnv {h:08x} {}", (h as i32) / -7);
    println!("{} {}", i64::MIN / 3, (-17i64).rem_euclid(5));
    println!("{} {}", (1u64 << 63).saturating_mul(2), 200u8.saturating_add(100));
    println!("{}", (1..=20u64).product::<u64>());
    0
}
