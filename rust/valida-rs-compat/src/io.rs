//! Input and output with the functions of Lita's `valida_rs::io`, over
//! `std::io` (stdin is the input tape; stdout the output).

use std::error::Error;
use std::io::{BufRead, Read, Write};

/// The input tape as a [`Read`]er (std's stdin).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct InputTape;

impl Read for InputTape {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        std::io::stdin().lock().read(buf)
    }
}

/// The output as a writer (std's stdout).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct OutputTape;

impl OutputTape {
    /// Writes all of `buf`; returns its length.
    pub fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        std::io::stdout().lock().write_all(buf)?;
        Ok(buf.len())
    }
}

/// Prints `s` and a newline.
pub fn println(s: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(s.as_bytes());
    let _ = out.write_all(b"\n");
}

/// Reads one line of the input and parses it (surrounding whitespace
/// trimmed) as a `T`.
pub fn read_line<T>() -> Result<T, Box<dyn Error>>
where
    T: std::str::FromStr,
    <T as std::str::FromStr>::Err: Error + 'static,
{
    let line = read_until(b'\n')?;
    Ok(std::str::from_utf8(&line)?.trim().parse::<T>()?)
}

/// The rest of the input.
pub fn read() -> Result<Vec<u8>, Box<dyn Error>> {
    let mut v = Vec::new();
    std::io::stdin().lock().read_to_end(&mut v)?;
    Ok(v)
}

/// The input up to `stop` (not included) or its end.
pub fn read_until(stop: u8) -> Result<Vec<u8>, Box<dyn Error>> {
    let mut v = Vec::new();
    std::io::stdin().lock().read_until(stop, &mut v)?;
    if v.last() == Some(&stop) {
        v.pop();
    }
    Ok(v)
}

/// The next `n` bytes of the input (fewer at its end).
pub fn read_n(n: usize) -> Result<Vec<u8>, Box<dyn Error>> {
    let mut v = Vec::with_capacity(n);
    std::io::stdin().lock().take(n as u64).read_to_end(&mut v)?;
    Ok(v)
}

/// Writes the bytes of `v` to the output.
pub fn write_vec(v: impl AsRef<[u8]>) -> Result<(), Box<dyn Error>> {
    std::io::stdout().lock().write_all(v.as_ref())?;
    Ok(())
}
