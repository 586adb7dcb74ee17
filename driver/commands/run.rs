//! `valida-cc run file.c [-- input-file]`: build in memory (or take an
//! executable as it is), then run on the Valida VM library; the process
//! exits with the program's status.

use std::fs;
use std::path::{Path, PathBuf};

use crate::cli::RunArgs;
use crate::codegen::init::set_llvm_options;
use crate::commands::build::build_executable;
use crate::error::{Error, Result};

/// A single input that already is an executable (any ELF but a relocatable
/// object) is run as it is; the VM's loader says what is wrong with one
/// that is not for Valida.
fn prebuilt_executable(inputs: &[PathBuf]) -> Result<Option<Vec<u8>>> {
    let [path] = inputs else {
        return Ok(None);
    };
    let mut header = [0u8; 18];
    let Ok(mut file) = fs::File::open(path) else {
        return Ok(None);
    };
    if std::io::Read::read_exact(&mut file, &mut header).is_err()
        || &header[..4] != b"\x7fELF"
        || u16::from_le_bytes([header[16], header[17]]) == 1
    {
        return Ok(None);
    }
    fs::read(path).map(Some).map_err(|e| Error::io(path, e))
}

/// Entry point of `run`. Returns the exit status of the program.
pub fn exec(args: &RunArgs) -> Result<i32> {
    set_llvm_options(&args.compile.llvm_options())?;
    let image = match prebuilt_executable(&args.inputs)? {
        Some(image) => image,
        None => build_executable(&args.inputs, &args.compile, &args.link)?,
    };
    let input_file = args.after.first().map(PathBuf::from);
    let input = match &input_file {
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
    // argv[0] is the program's name, then what follows the input file.
    let argv: Vec<Vec<u8>> = std::iter::once(name.as_os_str())
        .chain(args.after.iter().skip(1).map(|a| a.as_os_str()))
        .map(|a| a.as_encoded_bytes().to_vec())
        .collect();
    let status = crate::vm::run_image(&name, &image, &input, &argv, args.stats)?;
    if args.prove {
        let proof = args.proof.clone().unwrap_or_else(|| {
            let mut p = name.clone().into_os_string();
            p.push(".proof");
            PathBuf::from(p)
        });
        prove(&name, &image, &input, &proof)?;
    }
    Ok(status)
}

/// Proves the run with the official Valida v1.0 prover (this toolchain has
/// none), then verifies the proof against the output this VM produced.
fn prove(name: &Path, image: &[u8], input: &[u8], proof: &Path) -> Result<()> {
    use valida_vm::cost::official::{Official, Verdict, temp_file};
    let fail = |message: String| Error::Vm {
        path: name.to_path_buf(),
        message,
    };
    let program = valida_vm::load_elf(image).map_err(|e| fail(e.to_string()))?;
    if let Some(why) = valida_vm::cost::provable::unprovable_reason(&program) {
        return Err(fail(format!("cannot prove: {why}")));
    }
    let run = crate::vm::run_capture(image, input).map_err(fail)?;
    if run.trap.is_some() {
        return Err(fail("cannot prove a run that trapped".into()));
    }
    let official = Official::locate().map_err(|e| fail(e.to_string()))?;
    let files = [
        temp_file("prove-program", image),
        temp_file("prove-input", input),
        temp_file("prove-output", &run.stdout),
    ];
    let result = (|| {
        let [exe, inp, out] = match &files {
            [Ok(a), Ok(b), Ok(c)] => [a, b, c],
            _ => return Err("cannot write temporary files".to_string()),
        };
        eprintln!(
            "valida-cc: proving {} with the official Valida v1.0 prover ({})",
            name.display(),
            official.path.display()
        );
        let proved = official
            .prove(exe, inp, proof, false, None)
            .map_err(|e| e.to_string())?;
        eprintln!(
            "valida-cc: proof written to {} ({:.1} s); verifying it against the program's output",
            proof.display(),
            proved.elapsed.as_secs_f64()
        );
        match official
            .verify(exe, proof, out)
            .map_err(|e| e.to_string())?
        {
            Verdict::Verified => {
                eprintln!("valida-cc: proof verified");
                Ok(())
            }
            Verdict::Rejected(msg) => Err(format!("the proof does not verify: {msg}")),
        }
    })();
    for f in files.iter().flatten() {
        let _ = std::fs::remove_file(f);
    }
    result.map_err(fail)
}
