//! `valida prove` and `valida verify`: this crate has no prover, so both
//! hand the work to the installed official Valida v1.0 prover and say so.

use std::path::{Path, PathBuf};

use clap::Args;
use valida_vm::cost::official::{Official, Verdict, temp_file};
use valida_vm::{Outcome, RunOptions, load_elf};

use super::{HOST_ERROR, INPUT_ERROR, late_write_failed, read_file, write_stdout};

#[derive(Args)]
pub struct ProveArgs {
    /// ELF executable.
    program: PathBuf,
    /// Advice input read by READ_ADVICE (default: none).
    #[arg(long, value_name = "FILE")]
    input: Option<PathBuf>,
    /// Where to write the proof (default: PROG.proof).
    #[arg(short = 'o', long = "proof", value_name = "PROOF")]
    proof: Option<PathBuf>,
    /// The prover's memory operations per segment.
    #[arg(long, value_name = "N")]
    max_segment_size: Option<u32>,
}

#[derive(Args)]
pub struct VerifyArgs {
    /// ELF executable the proof is about.
    program: PathBuf,
    /// The proof written by `valida prove`.
    proof: PathBuf,
    /// File holding the output the program is claimed to produce.
    #[arg(long, value_name = "FILE")]
    output: PathBuf,
}

/// Status when the prover fails or the verifier rejects.
const REJECTED: u8 = 1;

fn locate() -> Result<Official, u8> {
    Official::locate().map_err(|e| {
        diag!("valida: {e}");
        HOST_ERROR
    })
}

/// Runs the program with this interpreter first: its output goes to
/// stdout (the output to claim at `verify`), and a run that traps is
/// reported here rather than as a prover panic.
fn run_first(program: &Path, input: &[u8]) -> Result<Vec<u8>, u8> {
    let bytes = read_file(program).ok_or(HOST_ERROR)?;
    let loaded = load_elf(&bytes).map_err(|e| {
        diag!("valida: {}: {e}", program.display());
        INPUT_ERROR
    })?;
    if let Some(why) = valida_vm::cost::provable::unprovable_reason(&loaded) {
        diag!("valida: cannot prove {}: {why}", program.display());
        return Err(INPUT_ERROR);
    }
    let report = valida_vm::run_program(loaded, input, &RunOptions::default()).map_err(|e| {
        diag!("valida: {e}");
        e.exit_status()
    })?;
    if report
        .opcode_counts
        .iter()
        .any(|(name, _)| *name == "memcpy")
    {
        diag!(
            "valida: cannot prove {}: it executes MEMCPY, which the v1.0 prover cannot prove",
            program.display()
        );
        return Err(INPUT_ERROR);
    }
    match &report.outcome {
        Outcome::Stopped { .. } | Outcome::Failed => Ok(report.output),
        Outcome::Trapped(trap) => {
            diag!("valida: cannot prove {}: {trap}", program.display());
            Err(trap.kind.exit_status())
        }
    }
}

pub fn exec_prove(args: ProveArgs) -> u8 {
    let official = match locate() {
        Ok(o) => o,
        Err(status) => return status,
    };
    let input = match &args.input {
        Some(path) => match read_file(path) {
            Some(b) => b,
            None => return HOST_ERROR,
        },
        None => Vec::new(),
    };
    let output = match run_first(&args.program, &input) {
        Ok(o) => o,
        Err(status) => return status,
    };
    let input_path = match &args.input {
        Some(p) => p.clone(),
        None => match temp_file("empty-input", b"") {
            Ok(p) => p,
            Err(e) => {
                diag!("valida: {e}");
                return HOST_ERROR;
            }
        },
    };
    let proof = args.proof.clone().unwrap_or_else(|| {
        let mut p = args.program.clone().into_os_string();
        p.push(".proof");
        PathBuf::from(p)
    });
    diag!(
        "valida: proving {} with the official Valida v1.0 prover ({})",
        args.program.display(),
        official.path.display()
    );
    let result = official.prove(
        &args.program,
        &input_path,
        &proof,
        false,
        args.max_segment_size,
    );
    if args.input.is_none() {
        let _ = std::fs::remove_file(&input_path);
    }
    match result {
        Ok(proved) => {
            diag!(
                "valida: proof written to {} ({:.1} s)",
                proof.display(),
                proved.elapsed.as_secs_f64()
            );
            let written = write_stdout(|out| out.write_all(&output));
            if late_write_failed("program output to stdout", written) {
                return HOST_ERROR;
            }
            0
        }
        Err(e) => {
            diag!("valida: {e}");
            REJECTED
        }
    }
}

pub fn exec_verify(args: VerifyArgs) -> u8 {
    let official = match locate() {
        Ok(o) => o,
        Err(status) => return status,
    };
    if !args.output.is_file() {
        diag!(
            "valida: cannot read claimed output {}",
            args.output.display()
        );
        return HOST_ERROR;
    }
    diag!(
        "valida: verifying {} with the official Valida v1.0 verifier ({})",
        args.proof.display(),
        official.path.display()
    );
    match official.verify(&args.program, &args.proof, &args.output) {
        Ok(Verdict::Verified) => {
            diag!(
                "valida: proof verified: {} produces the output in {}",
                args.program.display(),
                args.output.display()
            );
            0
        }
        Ok(Verdict::Rejected(msg)) => {
            diag!("valida: proof rejected: {msg}");
            REJECTED
        }
        Err(e) => {
            diag!("valida: {e}");
            HOST_ERROR
        }
    }
}
