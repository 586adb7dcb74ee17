//! `valida-cc run file.c [-- input-file]`: build in memory, then run on the
//! Valida VM library; the process exits with the program's status.

use std::fs;
use std::path::PathBuf;

use crate::cli::RunArgs;
use crate::codegen::init::set_llvm_options;
use crate::commands::build::build_executable;
use crate::error::{Error, Result};

/// Entry point of `run`. Returns the exit status of the program.
pub fn exec(args: &RunArgs) -> Result<i32> {
    set_llvm_options(&args.compile.mllvm)?;
    let image = build_executable(&args.inputs, &args.compile, &args.link)?;
    let input = match &args.input {
        Some(p) if p.as_os_str() == "-" => {
            let mut buf = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut buf)
                .map_err(|e| Error::io("<stdin>", e))?;
            buf
        }
        Some(p) => fs::read(p).map_err(|e| Error::io(p, e))?,
        None => Vec::new(),
    };
    let name = args
        .inputs
        .first()
        .cloned()
        .unwrap_or_else(|| PathBuf::from("program"));
    if args.compile.verbose {
        eprintln!("valida-cc: running {} on the Valida VM", name.display());
    }
    crate::vm::run_image(&name, &image, &input, args.stats)
}
