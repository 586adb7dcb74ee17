// A host program built unchanged by `valida-cc cargo build [--release]`:
// reads numbers from stdin, sieves primes, sorts, counts with a HashMap,
// and prints a report.
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Read};

fn sieve(limit: usize) -> Vec<usize> {
    let mut composite = vec![false; limit + 1];
    let mut primes = Vec::new();
    for n in 2..=limit {
        if !composite[n] {
            primes.push(n);
            let mut m = n * n;
            while m <= limit {
                composite[m] = true;
                m += n;
            }
        }
    }
    primes
}

fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).expect("stdin");
    let numbers: Vec<u64> = input
        .split_whitespace()
        .filter_map(|t| t.parse().ok())
        .collect();
    println!("read {} numbers", numbers.len());

    let primes = sieve(20_000);
    println!("{} primes below 20000, last {:?}", primes.len(), primes.last());

    let mut residues: HashMap<u64, u32> = HashMap::new();
    for &n in &numbers {
        *residues.entry(n % 7).or_default() += 1;
    }
    let ordered: BTreeMap<_, _> = residues.into_iter().collect();
    println!("residues mod 7: {ordered:?}");

    let mut lens: Vec<(u32, u64)> = numbers.iter().map(|&n| (collatz_len(n.max(1)), n)).collect();
    lens.sort_unstable_by(|a, b| b.cmp(a));
    for (len, n) in lens.iter().take(3) {
        println!("collatz({n:>6}) takes {len:>4} steps");
    }
    let total: u64 = lens.iter().map(|&(l, _)| u64::from(l)).sum();
    println!("total steps {total}, mean {:.2}", total as f64 / lens.len().max(1) as f64);
}
