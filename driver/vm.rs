//! Running an executable image on the Valida VM library (`valida_vm`).

use std::io::Write;
use std::path::Path;

use valida_vm::{Io, Outcome as VmOutcome, RunOptions};

use crate::error::{Error, Result};

/// What a finished run produced.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Bytes the program wrote to its output (WRITE).
    pub stdout: Vec<u8>,
    /// Bytes the program wrote to stderr (`__valida_stderr_write`).
    pub stderr: Vec<u8>,
    /// Exit status (`__valida_exit_code & 0xff` at STOP, 1 at FAIL, 110+ on a trap).
    pub status: i32,
    /// The trap message, if the program trapped.
    pub trap: Option<String>,
    /// Executed instructions.
    pub instructions: u64,
    /// `valida run --stats`-style statistics.
    pub stats: String,
}

/// Runs `image` with `input`, stopping after `max_steps` instructions.
pub fn run_capture_limited(
    image: &[u8],
    input: &[u8],
    max_steps: u64,
) -> std::result::Result<Outcome, String> {
    run_capture_with(image, input, &[], max_steps)
}

/// As [`run_capture_limited`], with program arguments (`args[0]` is the
/// program name; none: the runtime's default argv). The program's stderr
/// is captured in [`Outcome::stderr`].
pub fn run_capture_with(
    image: &[u8],
    input: &[u8],
    args: &[Vec<u8>],
    max_steps: u64,
) -> std::result::Result<Outcome, String> {
    let options = RunOptions {
        max_steps,
        ..RunOptions::default()
    };
    let program = valida_vm::load_elf(image).map_err(|e| e.to_string())?;
    let mut stderr = Vec::new();
    let report = valida_vm::run_program_with(program, input, args, Some(&mut stderr), &options)
        .map_err(|e| e.to_string())?;
    let trap = match &report.outcome {
        VmOutcome::Trapped(t) => Some(t.to_string()),
        _ => None,
    };
    Ok(Outcome {
        status: i32::from(report.outcome.exit_status()),
        trap,
        instructions: report.steps,
        stats: report.stats_text(),
        stdout: report.output,
        stderr,
    })
}

/// Runs `image` with `input` and captures its output (no step limit).
pub fn run_capture(image: &[u8], input: &[u8]) -> std::result::Result<Outcome, String> {
    run_capture_limited(image, input, u64::MAX)
}

/// The program's stderr on the host's, after flushing what it wrote to
/// stdout before: the host sees both streams in the order the program
/// wrote them (stdout is flushed at each newline as well).
struct StderrAfterStdout;

impl Write for StderrAfterStdout {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        std::io::stdout().flush()?;
        std::io::stderr().write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}

/// Runs `image` with `input` as the program's input; the program's stdout
/// and stderr go to ours as it runs, in the order it writes them. Returns
/// its exit status.
pub fn run_image(
    name: &Path,
    image: &[u8],
    input: &[u8],
    args: &[Vec<u8>],
    stats: bool,
) -> Result<i32> {
    let vm_error = |message: String| Error::Vm {
        path: name.to_path_buf(),
        message,
    };
    let program = valida_vm::load_elf(image).map_err(|e| vm_error(e.to_string()))?;
    let options = RunOptions::default();
    let mut machine = valida_vm::exec::host::machine_with_args(program, &options, args)
        .map_err(|e| vm_error(e.to_string()))?;
    let started = std::time::Instant::now();
    let mut input = input;
    let mut stdout = std::io::stdout();
    let outcome = machine
        .run(&mut Io::with_stderr(
            &mut input,
            &mut stdout,
            &mut StderrAfterStdout,
        ))
        .map_err(|e| match e {
            // The input is in memory: an I/O error is the host's stdout or stderr.
            valida_vm::Error::Io(e) => Error::io("<stdout/stderr>", e),
            e => vm_error(e.to_string()),
        })?;
    let report = machine.report(outcome, Vec::new(), started);
    if let VmOutcome::Trapped(trap) = &report.outcome {
        eprintln!("valida-cc: {}: trap: {trap}", name.display());
    }
    if stats {
        eprint!("{}", report.stats_text());
    }
    Ok(i32::from(report.outcome.exit_status()))
}
