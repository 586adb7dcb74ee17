// Crates that need std (serde_json with std, regex) and randomness (rand 0.8
// thread_rng over getrandom 0.2, rand 0.9 over getrandom 0.3, getrandom 0.3
// itself), in a host program built unchanged. Lines starting with
// "random:" depend on the entropy source (the host's, or Valida's
// deterministic one); the rest is the same everywhere.
use std::collections::BTreeMap;

use rand::Rng;
use rand::seq::SliceRandom;
use regex::Regex;
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize, PartialEq)]
struct Order {
    id: u32,
    customer: String,
    items: Vec<(String, u32)>,
    notes: Option<String>,
}

fn main() {
    let text = r#"[
        {"id": 7, "customer": "ada", "items": [["tea", 2], ["scone", 3]], "notes": null},
        {"id": 9, "customer": "brian", "items": [["coffee", 1]], "notes": "no sugar"}
    ]"#;
    let orders: Vec<Order> = serde_json::from_str(text).expect("valid json");
    let mut totals = BTreeMap::new();
    for o in &orders {
        *totals.entry(o.customer.clone()).or_insert(0) += o.items.iter().map(|i| i.1).sum::<u32>();
    }
    println!("totals: {}", serde_json::to_string(&totals).expect("json"));
    println!("{}", serde_json::to_string_pretty(&orders[1]).expect("json"));
    let v: serde_json::Value = serde_json::from_str(text).expect("json");
    println!("first customer: {}", v[0]["customer"]);

    let re = Regex::new(r"(?P<user>[a-z]+)@(?P<host>[a-z]+\.(?:org|com))").expect("regex");
    let mail = "write to ada@example.org or brian@test.com, not eve@bad";
    for c in re.captures_iter(mail) {
        println!("user {} at {}", &c["user"], &c["host"]);
    }
    println!("redacted: {}", re.replace_all(mail, "<$user>"));

    let mut rng = rand::thread_rng();
    let dice: Vec<u8> = (0..8).map(|_| rng.gen_range(1..=6)).collect();
    assert!(dice.iter().all(|d| (1..=6).contains(d)));
    println!("random: dice {dice:?}");
    let mut deck: Vec<u32> = (1..=10).collect();
    deck.shuffle(&mut rng);
    let mut sorted = deck.clone();
    sorted.sort();
    println!("shuffle is a permutation: {}", sorted == (1..=10).collect::<Vec<_>>());
    println!("random: deck {deck:?}");

    let x: u64 = rand09::random();
    let y: f64 = rand09::random();
    assert!((0.0..1.0).contains(&y));
    println!("random: rand 0.9 {x} {y:.6}");

    let mut buf = [0u8; 12];
    getrandom03::fill(&mut buf).expect("getrandom 0.3");
    println!("random: getrandom 0.3 {buf:02x?}");
    let mut buf2 = [0u8; 12];
    getrandom::getrandom(&mut buf2).expect("getrandom 0.2");
    println!("two draws differ: {}", buf != buf2);
}
