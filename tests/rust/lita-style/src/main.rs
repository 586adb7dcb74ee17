// Lita-style: #![no_main], entrypoint!(main), valida_rs's io functions,
// rand through the crate's seeded getrandom.
#![no_main]

entrypoint::entrypoint!(main);

use rand::Rng;

pub fn main() {
    let n = match entrypoint::io::read_line::<u32>() {
        Ok(n) => n,
        Err(e) => {
            entrypoint::io::println(&format!("bad count: {e}"));
            return;
        }
    };
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        (a, b) = (b, a.wrapping_add(b));
    }
    entrypoint::io::println(&format!("fib({n}) = {a}"));

    let name = entrypoint::io::read_until(b'\n').expect("a name");
    let name = String::from_utf8_lossy(&name);
    println!("hello, {}!", name.trim());

    let mut rng = rand::thread_rng();
    let rolls: Vec<u32> = (0..20).map(|_| rng.gen_range(1..=6)).collect();
    entrypoint::io::println(&format!(
        "20 dice in range: {}",
        rolls.iter().all(|r| (1..=6).contains(r))
    ));

    let rest = entrypoint::io::read().expect("the rest");
    let mut out = entrypoint::io::OutputTape;
    out.write(b"rest: ").expect("write");
    entrypoint::io::write_vec(&rest).expect("write");
}
