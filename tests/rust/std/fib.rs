// Formatted println! Fibonacci with std (compare ../fib_nostd.rs).
fn main() {
    let (mut a, mut b) = (0u64, 1u64);
    for i in 0..50 {
        println!("fib({i:2}) = {a:>12}");
        (a, b) = (b, a + b);
    }
}
