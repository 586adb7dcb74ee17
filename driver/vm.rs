//! Running an executable image on the Valida VM library.

use std::path::Path;

use crate::error::{Error, Result};

/// Runs `image` with `input` as the program's input; the program's stdout
/// goes to ours. Returns its exit status.
pub fn run_image(name: &Path, image: &[u8], input: &[u8], stats: bool) -> Result<i32> {
    let _ = (image, input, stats);
    Err(Error::Vm {
        path: name.to_path_buf(),
        message: "the valida-vm library does not expose a run API yet".into(),
    })
}
