// A panic in a host program: the message and location go to stderr and the
// program fails (host: status 101; Valida: FAIL, status 1).
fn parse_all(items: &[&str]) -> Vec<u32> {
    items
        .iter()
        .map(|s| s.parse().unwrap_or_else(|e| panic!("bad item {s:?}: {e}")))
        .collect()
}

fn main() {
    let good = parse_all(&["1", "22", "333"]);
    println!("parsed {good:?}");
    let v: Vec<u32> = parse_all(&["4", "x5"]);
    println!("unreachable {v:?}");
}
