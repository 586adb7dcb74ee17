//! SHA-256 and SHA-512 of the input with the `sha2` crate from crates.io,
//! built with `valida-cc cargo build`.
#![no_std]
#![no_main]

use core::fmt::Write;
use sha2::{Digest, Sha256, Sha512};
use valida_rt::{io, println};

fn hex(bytes: &[u8]) -> heapless_hex::Hex<'_> {
    heapless_hex::Hex(bytes)
}

mod heapless_hex {
    pub struct Hex<'a>(pub &'a [u8]);
    impl core::fmt::Display for Hex<'_> {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            for b in self.0 {
                write!(f, "{b:02x}")?;
            }
            Ok(())
        }
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn main() -> i32 {
    let input = io::read_to_end();
    println!("sha256({}) = {}", core::str::from_utf8(&input).unwrap_or("?"), hex(&Sha256::digest(&input)));
    let mut h = Sha256::new();
    for _ in 0..1000 {
        h.update(b"a");
    }
    println!("sha256(a*1000) = {}", hex(&h.finalize()));
    println!("sha512(\"\") = {}", hex(&Sha512::digest(b"")));
    let mut line = alloc_free_line();
    let _ = write!(line, "done");
    println!("{}", line.as_str());
    0
}

/// A fixed-size text buffer (no allocation).
struct Line {
    buf: [u8; 16],
    len: usize,
}

impl Line {
    fn as_str(&self) -> &str {
        core::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

impl Write for Line {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let end = self.len + s.len();
        if end > self.buf.len() {
            return Err(core::fmt::Error);
        }
        self.buf[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

fn alloc_free_line() -> Line {
    Line { buf: [0; 16], len: 0 }
}
