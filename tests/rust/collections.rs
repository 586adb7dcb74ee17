#![no_std]
#![no_main]

extern crate alloc;

use alloc::collections::{BTreeMap, BTreeSet, VecDeque};
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use alloc::boxed::Box;
use alloc::rc::Rc;
use valida_rt::println;

/// A small linear congruential generator (deterministic workload).
struct Lcg(u32);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self.0.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        (self.0 >> 16) & 0x7fff
    }
}

trait Shape {
    fn area(&self) -> u32;
    fn name(&self) -> String;
}
struct Rect(u32, u32);
struct Square(u32);
impl Shape for Rect {
    fn area(&self) -> u32 { self.0 * self.1 }
    fn name(&self) -> String { "rect".to_string() }
}
impl Shape for Square {
    fn area(&self) -> u32 { self.0 * self.0 }
    fn name(&self) -> String { "square".into() }
}

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let mut rng = Lcg(42);
    let mut v: Vec<u32> = (0..2000).map(|_| rng.next() % 1000).collect();
    let sum: u64 = v.iter().map(|&x| u64::from(x)).sum();
    v.sort_unstable();
    v.dedup();
    println!("sum={sum} distinct={} min={} max={}", v.len(), v[0], v[v.len() - 1]);

    let mut hist: BTreeMap<u32, u32> = BTreeMap::new();
    let mut rng = Lcg(7);
    for _ in 0..5000 {
        *hist.entry(rng.next() % 10).or_insert(0) += 1;
    }
    let line: Vec<String> = hist.iter().map(|(k, c)| alloc::format!("{k}:{c}")).collect();
    println!("hist {}", line.join(" "));

    let set: BTreeSet<u32> = (1..200).filter(|n| (2..*n).all(|d| n % d != 0)).collect();
    println!("primes<200: {} last={:?}", set.len(), set.iter().next_back());
    let range: Vec<&u32> = set.range(50..80).collect();
    println!("primes in 50..80: {range:?}");

    let mut q: VecDeque<u32> = VecDeque::new();
    for i in 0..10 {
        if i % 3 == 0 { q.push_front(i) } else { q.push_back(i) }
    }
    q.rotate_left(3);
    println!("deque {q:?}");

    let shapes: Vec<Box<dyn Shape>> = alloc::vec![Box::new(Rect(3, 4)), Box::new(Square(5)), Box::new(Rect(1, 9))];
    let total: u32 = shapes.iter().map(|s| s.area()).sum();
    let names: Vec<String> = shapes.iter().map(|s| s.name()).collect();
    println!("shapes {names:?} total area {total}");

    let shared = Rc::new(String::from("shared"));
    let copies: Vec<Rc<String>> = (0..3).map(|_| Rc::clone(&shared)).collect();
    println!("rc count {} len {}", Rc::strong_count(&shared), copies[2].len());

    let mut words: Vec<&str> = "the quick brown fox jumps over the lazy dog".split(' ').collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    println!("{}", words.join(","));
    let s: String = words.iter().rev().map(|w| w.chars().rev().collect::<String>()).collect::<Vec<_>>().join(" ");
    println!("{s}");
    0
}
