// `fn main() -> Result`: an `Err` is printed as `Error: {:?}` and the
// status is 1; `std::env` has no variables on Valida, which a
// host program handles like any missing value.
use std::num::ParseIntError;

fn total(text: &str) -> Result<i64, ParseIntError> {
    text.split(',').map(|t| t.trim().parse::<i64>()).sum()
}

fn main() -> Result<(), ParseIntError> {
    let home = std::env::var("VALIDA_TEST_UNSET_VARIABLE").unwrap_or_else(|_| "unset".into());
    println!("variable: {home}");
    println!("total: {}", total("1, 2, 3, 40")?);
    println!("total: {}", total("7, eight")?);
    println!("not reached");
    Ok(())
}
