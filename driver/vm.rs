//! Running an executable image on the Valida VM library.

use std::path::Path;

use crate::error::{Error, Result};

/// What a finished run produced.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Bytes the program wrote.
    pub stdout: Vec<u8>,
    /// Exit status (`__valida_exit_code & 0xff` at STOP, 1 at FAIL).
    pub status: i32,
    /// Executed instruction count, when the VM reports it.
    pub instructions: Option<u64>,
}

/// Runs `image` with `input` and captures its output.
pub fn run_capture(image: &[u8], input: &[u8]) -> std::result::Result<Outcome, String> {
    let _ = (image, input);
    Err("the valida-vm library does not expose a run API yet".into())
}

/// Runs `image` with `input` as the program's input; the program's stdout
/// goes to ours. Returns its exit status.
pub fn run_image(name: &Path, image: &[u8], input: &[u8], stats: bool) -> Result<i32> {
    let outcome = run_capture(image, input).map_err(|message| Error::Vm {
        path: name.to_path_buf(),
        message,
    })?;
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(&outcome.stdout)
        .and_then(|()| out.flush())
        .map_err(|e| Error::io("<stdout>", e))?;
    if stats && let Some(n) = outcome.instructions {
        eprintln!("valida-cc: {n} instructions executed");
    }
    Ok(outcome.status)
}
