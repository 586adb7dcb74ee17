//! `valida run`.

use std::fs::File;
use std::io::{BufReader, BufWriter, ErrorKind, Read, Write};
use std::path::PathBuf;
use std::time::Instant;

use clap::Args;
use valida_vm::{DEFAULT_INITIAL_FP, Io, Machine, Outcome, RunOptions, TrapKind, load_elf};

use super::{
    HOST_ERROR, INPUT_ERROR, late_write_failed, read_file, write_failed, write_stderr, write_stdout,
};

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
    /// Write an instruction profile per call path (and source line with
    /// -g) to FILE: a flamegraph for `.svg`, pprof protobuf for `.pb` or
    /// `.pprof`, folded stacks otherwise.
    #[arg(long, value_name = "FILE")]
    profile: Option<PathBuf>,
    /// Print to stderr the proof cost: every chip's trace height and width as
    /// the official v1.0 prover lays them out (single-steps: slower).
    #[arg(long, conflicts_with_all = ["trace", "profile"])]
    cost: bool,
    /// The prover's --max-segment-size (memory operations per segment) for --cost.
    #[arg(long, value_name = "N", default_value_t = valida_vm::cost::DEFAULT_MAX_SEGMENT_SIZE, requires = "cost")]
    max_segment_size: u32,
    /// Compile the program to native code at load (the default on x86-64
    /// hosts; kept for scripts that ask for it).
    #[arg(long, conflicts_with = "interp")]
    jit: bool,
    /// Run in the interpreter instead of compiled code (same output, exit
    /// status, traps and instruction counts; slower). The interpreter is
    /// always used for --trace and --cost, and wherever compiled code
    /// cannot give the exact answer (I/O, traps, step limits, unusual
    /// operands): it takes over for that instruction or block. With
    /// --profile (or --stats of programs with cycle markers), profiles in
    /// the interpreter only (the same profile, slower).
    #[arg(long)]
    interp: bool,
    /// Run once per file in DIR (as the advice input), on all cores, and
    /// print one line per input: name, exit status, how it ended,
    /// instructions, output size and SHA-256. Exit status 0 if every run
    /// exited 0, else 1.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["input", "output", "trace", "profile", "stats"])]
    inputs: Option<PathBuf>,
    /// The program's argv[1]… (argv[0] is PROGRAM; docs/abi.md, "argv"):
    /// everything after PROGRAM from the first word that is not an option
    /// of `valida run` (`-1`, `-c` and `file` start them; `--stats` is still
    /// ours), or everything after `--`. This is how emulators are called
    /// (CMake's CROSSCOMPILING_EMULATOR, Meson's exe_wrapper).
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "ARG"
    )]
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
    if let Some(dir) = &args.inputs {
        return batch(&program, dir, &args);
    }
    // Only a profile needs the file during the run (its debug information);
    // otherwise it is dropped, so a large data image is held twice (the
    // program's copy and the machine's memory) rather than three times, and
    // read again if a failure report needs it.
    let bytes = (args.profile.is_some() || args.stats).then_some(bytes);
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
    // Machine::run flushes the output before returning, trap or not; a
    // SIGINT/SIGTERM becomes the `interrupted` trap.
    valida_vm::interrupt::install();
    let mut io = Io::new(&mut input, &mut output);
    let mut regions = Vec::new();
    let markers = args.stats && valida_vm::profile::has_markers(machine.program());
    let mut cost = None;
    let result = if args.cost {
        match valida_vm::cost::run_with_cost(&mut machine, &mut io, args.max_segment_size) {
            Ok((outcome, report)) => {
                cost = Some(report);
                Ok(outcome)
            }
            Err(valida_vm::cost::CostError::Vm(e)) => Err(RunError::Vm(e)),
            Err(e) => Err(RunError::Cost(e)),
        }
    } else if args.trace {
        trace(&mut machine, &mut io)
    } else if args.profile.is_some() || markers {
        profile(
            &mut machine,
            &mut io,
            args.profile.as_deref(),
            bytes.as_deref().unwrap_or_default(),
            &mut regions,
            args.interp,
        )
    } else if !args.interp {
        let (result, fallback) = valida_vm::jit::run(&mut machine, &mut io);
        if let (Some(why), true) = (fallback, args.jit) {
            diag!("valida: --jit: running in the interpreter: {why}");
        }
        result.map_err(RunError::Vm)
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
        Err(RunError::Cost(e)) => {
            diag!("valida: {}: {e}", args.program.display());
            return INPUT_ERROR;
        }
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
    if !matches!(outcome, Outcome::Stopped { .. }) {
        // Mapped, not read, when it was dropped: the report touches only the
        // headers and debug sections, not the data image.
        let mapped = match &bytes {
            Some(_) => None,
            // SAFETY: mapped read-only; the program file is not expected to
            // change while its failure is reported.
            None => File::open(&args.program)
                .and_then(|f| unsafe { memmap2::Mmap::map(&f) })
                .ok(),
        };
        let elf: &[u8] = bytes.as_deref().or(mapped.as_deref()).unwrap_or_default();
        super::failure::print(&machine, &outcome, elf, args.initial_fp);
    }
    if let Some(cost) = &cost {
        let written = write_stderr(|err| write!(err, "{}", cost.text()));
        if late_write_failed("proof cost to stderr", written) {
            return HOST_ERROR;
        }
    }
    let interrupted = outcome
        .trap()
        .is_some_and(|t| t.kind == TrapKind::Interrupted);
    if interrupted && !args.stats {
        diag!("valida: interrupted after {} instructions", machine.steps());
    }
    if args.stats {
        let report = machine.report(outcome.clone(), Vec::new(), started);
        let regions = super::profile_out::regions_text(&regions);
        let written = write_stderr(|err| {
            write!(err, "{}{regions}", report.stats_text())?;
            match &cost {
                Some(cost) => write!(err, "{}", cost.summary()),
                None => writeln!(err, "proof cost: run with --cost"),
            }
        });
        if late_write_failed("statistics to stderr", written) {
            return HOST_ERROR;
        }
    }
    if interrupted && valida_vm::interrupt::pending() == Some(libc::SIGTERM) {
        return 143;
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
    /// The proof-cost model met an instruction the prover has no chip for.
    Cost(valida_vm::cost::CostError),
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
    let mut polled_at = machine.steps();
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
        if let Some(outcome) = machine
            .poll(io, &mut polled_at, valida_vm::exec::STEP_POLL)
            .map_err(RunError::Vm)?
        {
            return Ok(outcome);
        }
        if let Some(outcome) = machine.step(io).map_err(RunError::Vm)? {
            return Ok(outcome);
        }
    }
}

/// Runs with call-path accounting (and cycle regions); writes the profile
/// to `path` if given.
fn profile(
    machine: &mut Machine,
    io: &mut Io<'_>,
    path: Option<&std::path::Path>,
    elf: &[u8],
    regions: &mut Vec<valida_vm::profile::Region>,
    interp: bool,
) -> Result<Outcome, RunError> {
    let options = valida_vm::profile::Options {
        stacks: path.is_some(),
    };
    let run = match interp {
        true => valida_vm::profile::run_interpreted,
        false => valida_vm::profile::run_with,
    };
    let (outcome, profile) = run(machine, io, options).map_err(RunError::Vm)?;
    if let Some(path) = path {
        super::profile_out::write(&profile, machine, elf, path)
            .map_err(|e| RunError::Profile(path.to_path_buf(), e))?;
    }
    *regions = profile.regions;
    Ok(outcome)
}

/// `--inputs DIR`: one run per input file, one line each on stdout.
fn batch(program: &valida_vm::Program, dir: &std::path::Path, args: &RunArgs) -> u8 {
    let inputs = match valida_vm::batch::input_files(dir) {
        Ok(files) => files,
        Err(e) => {
            diag!("valida: cannot list inputs in {}: {e}", dir.display());
            return HOST_ERROR;
        }
    };
    let options = RunOptions {
        max_steps: args.max_steps.unwrap_or(u64::MAX),
        initial_fp: args.initial_fp,
        count_instructions: false,
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let runs = match valida_vm::batch::run_batch(program, &inputs, &options, !args.interp, threads)
    {
        Ok(runs) => runs,
        Err(e) => {
            diag!("valida: {e}");
            return e.exit_status();
        }
    };
    let written = write_stdout(|out| {
        for run in &runs {
            writeln!(out, "{}", run.line())?;
        }
        Ok(())
    });
    if let Err(e) = written {
        return write_failed("batch results to stdout", &e);
    }
    u8::from(runs.iter().any(|r| r.status() != 0))
}
