// std::env::args: the program's name, then its arguments (none unless the
// VM is given some: `valida run PROG -- ARGS…`).
fn main() {
    let args: Vec<String> = std::env::args().collect();
    println!("{} argument(s)", args.len() - 1);
    for (i, a) in args.iter().enumerate().skip(1) {
        println!("{i}: {a:?}");
    }
    let n: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(10);
    println!("sum 1..={n} = {}", (1..=n).sum::<u64>());
}
