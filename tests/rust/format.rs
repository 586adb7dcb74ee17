#![no_std]
#![no_main]

extern crate alloc;

use alloc::format;
use alloc::string::String;
use core::fmt;
use valida_rt::{print, println};

#[derive(Debug, Clone, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
#[allow(dead_code)] // the fields are only printed
enum Op {
    Push(i64),
    Add,
    Named { label: &'static str, arity: u8 },
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let p = Point { x: -3, y: 17 };
    println!("display {p} debug {p:?}");
    println!("pretty {p:#?}");
    println!("{:?}", [Op::Push(-42), Op::Add, Op::Named { label: "dup", arity: 1 }]);
    println!("[{:>8}] [{:<8}] [{:^8}] [{:*^9}]", "right", "left", "mid", "star");
    println!("[{:5}] [{:<5}] [{:+}] [{:05}] [{:#x}] [{:#010b}] [{:o}] [{:X}]", 42, 42, 42, -42, 255, 5, 8, 0xBEEFu32);
    println!("{} {} {} {}", i8::MIN, i16::MIN, i32::MIN, i64::MIN);
    println!("{} {} {}", u32::MAX, u64::MAX, u128::MAX);
    println!("{} {}", i128::MIN, i128::MAX);
    println!("{:e} {:.3} {} {} {}", 1234.5f64, 3.14159265f64, 0.1f64 + 0.2, 1e21f64, f64::MAX);
    println!("{} {} {:?} {}", 2.5f32, -0.0f64, 1.0f64 / 3.0, f32::MIN_POSITIVE);
    println!("{} {} {}", f64::NAN, f64::INFINITY, -f64::INFINITY);
    let name = "valida";
    let width = 10;
    println!("[{name:>width$}] [{:.*}] [{:>3$}]", 2, 1.23456, 7, 5);
    let s: String = format!("{}-{:?}-{}", 'x', 'y', true);
    println!("{s} len={}", s.len());
    println!("{:?} {:?}", Some("text\n"), None::<u8>);
    println!("{:?}", (1u8, "two", [3.5f32; 2], ()));
    let text = "héllo wörld ✓";
    println!("{} chars, {} bytes, upper {}", text.chars().count(), text.len(), text.to_uppercase());
    print!("no newline, ");
    print!("then one\n");
    println!("{}", u64::from_str_radix("ff00", 16).unwrap_or(0) + "12345".parse::<u64>().unwrap_or(0));
    println!("{:?} {:?}", "3.75".parse::<f64>(), "x1".parse::<i32>().is_err());
    0
}
