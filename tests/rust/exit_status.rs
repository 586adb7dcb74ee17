#![no_std]
#![no_main]

use valida_rt::println;

fn run() -> Result<(), &'static str> {
    println!("about to fail");
    Err("not found")
}

valida_rt::entry!(run);
