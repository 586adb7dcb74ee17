// C code compiled by the `cc` crate (valida-cc on Valida), and 64-bit
// atomics.
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

unsafe extern "C" {
    fn fletcher64(p: *const u8, n: usize) -> u64;
}

static COUNTER: AtomicU64 = AtomicU64::new(u64::MAX - 5);
static BALANCE: AtomicI64 = AtomicI64::new(-1 << 40);

fn main() {
    let text = b"The quick brown fox jumps over the lazy dog";
    // SAFETY: a valid buffer of that length.
    let sum = unsafe { fletcher64(text.as_ptr(), text.len()) };
    println!("fletcher64 = {sum:#018x}");

    for _ in 0..3 {
        COUNTER.fetch_add(2, Ordering::SeqCst);
    }
    println!("counter wrapped to {}", COUNTER.load(Ordering::Relaxed));
    let old = COUNTER.swap(1 << 33, Ordering::AcqRel);
    println!("swap returned {old}");
    let r = COUNTER.compare_exchange(1 << 33, 7, Ordering::SeqCst, Ordering::Relaxed);
    println!("cas: {r:?} now {}", COUNTER.load(Ordering::SeqCst));
    println!("fetch_max: {} now {}", COUNTER.fetch_max(1 << 40, Ordering::SeqCst), COUNTER.load(Ordering::SeqCst));
    BALANCE.fetch_sub(12345, Ordering::SeqCst);
    println!("balance {} min {}", BALANCE.load(Ordering::SeqCst), BALANCE.fetch_min(i64::MIN + 1, Ordering::SeqCst));
    println!("balance now {}", BALANCE.load(Ordering::Relaxed));
}
