//! `valida run`.

use std::fs::File;
use std::io::{BufReader, BufWriter, ErrorKind, Read, Write};
use std::path::PathBuf;
use std::time::Instant;

use clap::Args;
use valida_vm::{DEFAULT_INITIAL_FP, Io, Machine, Outcome, RunOptions, load_elf};

use super::{HOST_ERROR, INPUT_ERROR, late_write_failed, read_file, write_failed, write_stderr};

#[derive(Args)]
pub struct RunArgs {
    /// ELF executable.
    program: PathBuf,
    /// Advice input read by READ_ADVICE: a file, or `-` for stdin (default: stdin).
    #[arg(long, value_name = "FILE|-")]
    input: Option<String>,
    /// Write program output to FILE instead of stdout.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Trap after N instructions.
    #[arg(long, value_name = "N")]
    max_steps: Option<u64>,
    /// Initial frame pointer.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_INITIAL_FP)]
    initial_fp: u32,
    /// Print instruction counts, wall time and speed to stderr.
    #[arg(long)]
    stats: bool,
    /// Print every executed instruction (pc, function, fp, instruction) to stderr.
    #[arg(long)]
    trace: bool,
    /// Write a folded-stack profile (instructions per call path) to FILE.
    #[arg(long, value_name = "FILE")]
    profile: Option<PathBuf>,
    /// Arguments after `--`: the program's argv[1]… (argv[0] is PROGRAM;
    /// docs/abi.md, "argv").
    #[arg(last = true, value_name = "ARG")]
    args: Vec<std::ffi::OsString>,
}

pub fn exec(args: RunArgs) -> u8 {
    let Some(bytes) = read_file(&args.program) else {
        return HOST_ERROR;
    };
    let program = match load_elf(&bytes) {
        Ok(p) => p,
        Err(e) => {
            diag!("valida: {}: {e}", args.program.display());
            return INPUT_ERROR;
        }
    };
    let input_name = match args.input.as_deref() {
        None | Some("-") => "stdin".to_string(),
        Some(path) => path.to_string(),
    };
    let mut input: Box<dyn Read> = match args.input.as_deref() {
        None | Some("-") => Box::new(BufReader::new(std::io::stdin())),
        Some(path) => match File::open(path) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => {
                diag!("valida: cannot open input {path}: {e}");
                return HOST_ERROR;
            }
        },
    };
    let output_name = match &args.output {
        None => "stdout".to_string(),
        Some(path) => path.display().to_string(),
    };
    let output: Box<dyn Write> = match &args.output {
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
        Some(path) => match File::create(path) {
            Ok(f) => Box::new(BufWriter::new(f)),
            Err(e) => {
                diag!("valida: cannot create output {}: {e}", path.display());
                return HOST_ERROR;
            }
        },
    };
    let mut output = Sink {
        inner: output,
        failed: false,
    };
    let options = RunOptions {
        max_steps: args.max_steps.unwrap_or(u64::MAX),
        initial_fp: args.initial_fp,
        count_instructions: args.stats,
    };
    let started = Instant::now();
    let argv: Vec<Vec<u8>> = std::iter::once(args.program.as_os_str())
        .chain(args.args.iter().map(|a| a.as_os_str()))
        .map(|a| a.as_encoded_bytes().to_vec())
        .collect();
    let mut machine = match valida_vm::exec::host::machine_with_args(program, &options, &argv) {
        Ok(m) => m,
        Err(e) => {
            diag!("valida: {e}");
            return e.exit_status();
        }
    };
    // Machine::run flushes the output before returning, trap or not.
    let mut io = Io::new(&mut input, &mut output);
    let result = if args.trace {
        trace(&mut machine, &mut io)
    } else if let Some(path) = &args.profile {
        profile(&mut machine, &mut io, path)
    } else {
        machine.run(&mut io).map_err(RunError::Vm)
    };
    let output_failed = output.failed;
    drop(output);
    let outcome = match result {
        Ok(o) => o,
        Err(RunError::Vm(valida_vm::Error::Io(e))) if output_failed => {
            return write_failed(&format!("program output to {output_name}"), &e);
        }
        Err(RunError::Vm(valida_vm::Error::Io(e))) => {
            diag!("valida: cannot read program input from {input_name}: {e}");
            return HOST_ERROR;
        }
        Err(RunError::Vm(e)) => {
            diag!("valida: {e}");
            return e.exit_status();
        }
        Err(RunError::Trace(e)) => return write_failed("trace to stderr", &e),
        Err(RunError::Profile(path, e)) => {
            diag!("valida: cannot write profile {}: {e}", path.display());
            return HOST_ERROR;
        }
    };
    match &outcome {
        Outcome::Stopped { .. } => {}
        Outcome::Failed => diag!("valida: program terminated with FAIL"),
        Outcome::Trapped(trap) => diag!("valida: {trap}"),
    }
    if args.stats {
        let report = machine.report(outcome.clone(), Vec::new(), started);
        let written = write_stderr(|err| write!(err, "{}", report.stats_text()));
        if late_write_failed("statistics to stderr", written) {
            return HOST_ERROR;
        }
    }
    outcome.exit_status()
}

/// Why a run stopped without an outcome.
enum RunError {
    Vm(valida_vm::Error),
    /// Writing the `--trace` lines failed.
    Trace(std::io::Error),
    /// Writing the `--profile` file failed.
    Profile(PathBuf, std::io::Error),
}

/// The program's output stream. Remembers whether a write failed, to tell
/// a failing output from a failing input (both are `Error::Io`).
struct Sink {
    inner: Box<dyn Write>,
    failed: bool,
}

impl Sink {
    fn check<T>(&mut self, result: std::io::Result<T>) -> std::io::Result<T> {
        if result
            .as_ref()
            .is_err_and(|e| e.kind() != ErrorKind::Interrupted)
        {
            self.failed = true;
        }
        result
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let result = self.inner.write(buf);
        self.check(result)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let result = self.inner.flush();
        self.check(result)
    }
}

/// Single-steps the machine, printing each instruction before it runs.
/// The trace is the output asked for: if it cannot be written (e.g.
/// `--trace 2>&1 | head`), the run stops.
fn trace(machine: &mut Machine, io: &mut Io<'_>) -> Result<Outcome, RunError> {
    let mut err = BufWriter::new(std::io::stderr().lock());
    let result = trace_to(machine, io, &mut err);
    // Trace lines come before any message about how the run ended.
    let flushed = err.flush();
    let outcome = result?;
    flushed.map_err(RunError::Trace)?;
    Ok(outcome)
}

fn trace_to(
    machine: &mut Machine,
    io: &mut Io<'_>,
    err: &mut impl Write,
) -> Result<Outcome, RunError> {
    loop {
        let pc = machine.pc();
        let place = machine
            .program()
            .symbols
            .describe_pc(pc)
            .unwrap_or_default();
        let text = machine
            .current_instruction()
            .unwrap_or_else(|| "<outside code>".into());
        writeln!(
            err,
            "{:>10} {pc:#08x} {place:<24} fp={:#010x}  {text}",
            machine.steps(),
            machine.fp()
        )
        .map_err(RunError::Trace)?;
        if let Some(outcome) = machine.step(io).map_err(RunError::Vm)? {
            return Ok(outcome);
        }
    }
}

/// Runs with call-path accounting and writes the folded stacks to `path`.
fn profile(
    machine: &mut Machine,
    io: &mut Io<'_>,
    path: &std::path::Path,
) -> Result<Outcome, RunError> {
    let (outcome, profile) = valida_vm::profile::run_profiled(machine, io).map_err(RunError::Vm)?;
    std::fs::write(path, profile.folded(machine))
        .map_err(|e| RunError::Profile(path.to_path_buf(), e))?;
    Ok(outcome)
}
