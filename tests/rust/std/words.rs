// A host program, unchanged: reads lines from stdin, counts words with a
// HashMap and a BTreeMap, formats, prints to stdout and stderr, and ends
// with std::process::exit.
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::fmt::Write as _;
use std::io::{self, BufRead, Write};

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Number(i64),
}

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Circle(f64);
struct Rect(f64, f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.0 * self.0
    }
    fn name(&self) -> String {
        format!("circle(r={})", self.0)
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.0 * self.1
    }
    fn name(&self) -> String {
        format!("rect({}x{})", self.0, self.1)
    }
}

thread_local! {
    static CALLS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

fn tokenize(line: &str) -> Vec<Token> {
    CALLS.with(|c| c.set(c.get() + 1));
    line.split_whitespace()
        .map(|w| match w.parse::<i64>() {
            Ok(n) => Token::Number(n),
            Err(_) => Token::Word(w.to_lowercase()),
        })
        .collect()
}

fn main() {
    let stdin = io::stdin();
    let mut first = String::new();
    stdin.lock().read_line(&mut first).expect("read_line");
    println!("title: {:?}", first.trim_end());

    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut by_len: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let mut seen = HashSet::new();
    let mut numbers = Vec::new();
    let mut lines = 0;
    for line in stdin.lock().lines() {
        let line = line.expect("line");
        lines += 1;
        for tok in tokenize(&line) {
            match tok {
                Token::Word(w) => {
                    *counts.entry(w.clone()).or_insert(0) += 1;
                    if seen.insert(w.clone()) {
                        by_len.entry(w.len()).or_default().push(w);
                    }
                }
                Token::Number(n) => numbers.push(n),
            }
        }
    }
    println!("lines: {lines}, tokenize calls: {}", CALLS.with(|c| c.get()));

    let mut top: Vec<(&String, &usize)> = counts.iter().collect();
    top.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (w, n) in top.iter().take(5) {
        println!("{w:>8} {n:3}");
    }
    for (len, words) in &by_len {
        let mut words = words.clone();
        words.sort();
        println!("len {len:2}: {}", words.join(","));
    }

    numbers.sort_unstable();
    let sum: i64 = numbers.iter().sum();
    let mut report = String::new();
    write!(report, "numbers {numbers:?} sum={sum}").unwrap();
    if let (Some(min), Some(max)) = (numbers.first(), numbers.last()) {
        write!(report, " min={min} max={max} mean={:.3}", sum as f64 / numbers.len() as f64).unwrap();
    }
    println!("{report}");

    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle(1.5)), Box::new(Rect(2.0, 3.25))];
    for s in &shapes {
        println!("{:<14}|{:>10.4}|", s.name(), s.area());
    }

    let mut queue: VecDeque<u64> = (1..=5).collect();
    while let Some(x) = queue.pop_front() {
        if x < 40 {
            queue.push_back(x * 3);
        } else {
            print!("{x} ");
        }
    }
    println!();
    println!("{:#?}", Token::Word("end".into()));
    println!("{:08.3} {:+e} {:#x} {:#b} {:?}", -3.14159f32, 1234.5f64, 255u8, 5u16, "tab\t\"q\"");
    let mut out = io::stdout().lock();
    writeln!(out, "i128: {}", i128::MAX / 7).unwrap();
    drop(out);
    eprintln!("warning: {} distinct words", seen.len());
    if counts.get("exit").is_some() {
        println!("exiting with 3");
        std::process::exit(3);
    }
    println!("normal end");
}
