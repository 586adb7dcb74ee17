//! Crates from crates.io on Valida: hashbrown, serde + serde_json (alloc),
//! heapless, libm, tiny-keccak; built with `valida-cc cargo build`.
#![no_std]
#![no_main]
extern crate alloc;
use alloc::string::String;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};
use valida_rt::println;
use tiny_keccak::{Hasher, Keccak};

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Record { id: u32, name: String, tags: Vec<String>, score: f64 }

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let mut m: hashbrown::HashMap<u32, u32> = hashbrown::HashMap::new();
    for i in 0..1000u32 { *m.entry(i % 37).or_insert(0) += i; }
    let mut keys: Vec<_> = m.iter().map(|(k, v)| (*k, *v)).collect();
    keys.sort();
    println!("hashbrown: {} entries, first {:?} last {:?}", m.len(), keys[0], keys[keys.len() - 1]);
    let r = Record { id: 7, name: "valida".into(), tags: alloc::vec!["zk".into(), "vm".into()], score: 98.25 };
    let s = serde_json::to_string(&r).unwrap_or_default();
    println!("serde_json: {s}");
    let back: Result<Record, _> = serde_json::from_str(&s);
    println!("roundtrip ok: {}", back.map(|b| b == r).unwrap_or(false));
    let v: serde_json::Value = serde_json::from_str(r#"{"a":[1,2,{"b":null}],"c":-3.5e2}"#).unwrap_or_default();
    println!("value: {v}");
    let mut hv: heapless::Vec<u16, 8> = heapless::Vec::new();
    for i in 0..10u16 { let _ = hv.push(i * i); }
    println!("heapless: {:?}", hv);
    println!("libm: {:.6} {:.6} {:.6}", libm::sin(1.0), libm::exp(2.5), libm::sqrt(2.0));
    let mut k = Keccak::v256();
    k.update(b"abc");
    let mut out = [0u8; 32];
    k.finalize(&mut out);
    print_hex(&out);
    0
}
fn print_hex(b: &[u8]) { let mut s = String::new(); for x in b { s.push_str(&alloc::format!("{x:02x}")); } println!("keccak256(abc): {s}"); }
