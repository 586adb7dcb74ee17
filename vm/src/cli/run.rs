//! `valida run`.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::time::Instant;

use clap::Args;
use valida_vm::{DEFAULT_INITIAL_FP, Io, Machine, Outcome, RunOptions, load_elf};

use super::{HOST_ERROR, INPUT_ERROR, read_file};

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
}

pub fn exec(args: RunArgs) -> u8 {
    let Some(bytes) = read_file(&args.program) else {
        return HOST_ERROR;
    };
    let program = match load_elf(&bytes) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("valida: {}: {e}", args.program.display());
            return INPUT_ERROR;
        }
    };
    let mut input: Box<dyn Read> = match args.input.as_deref() {
        None | Some("-") => Box::new(BufReader::new(std::io::stdin())),
        Some(path) => match File::open(path) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => {
                eprintln!("valida: cannot open input {path}: {e}");
                return HOST_ERROR;
            }
        },
    };
    let mut output: Box<dyn Write> = match &args.output {
        None => Box::new(BufWriter::new(std::io::stdout())),
        Some(path) => match File::create(path) {
            Ok(f) => Box::new(BufWriter::new(f)),
            Err(e) => {
                eprintln!("valida: cannot create output {}: {e}", path.display());
                return HOST_ERROR;
            }
        },
    };
    let options = RunOptions {
        max_steps: args.max_steps.unwrap_or(u64::MAX),
        initial_fp: args.initial_fp,
        count_instructions: args.stats,
    };
    let started = Instant::now();
    let mut machine = match Machine::new(program, &options) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("valida: {e}");
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
        machine.run(&mut io)
    };
    drop(output);
    let outcome = match result {
        Ok(o) => o,
        Err(e) => {
            eprintln!("valida: {e}");
            return e.exit_status();
        }
    };
    match &outcome {
        Outcome::Stopped { .. } => {}
        Outcome::Failed => eprintln!("valida: program terminated with FAIL"),
        Outcome::Trapped(trap) => eprintln!("valida: {trap}"),
    }
    if args.stats {
        let report = machine.report(outcome.clone(), Vec::new(), started);
        eprint!("{}", report.stats_text());
    }
    outcome.exit_status()
}

/// Single-steps the machine, printing each instruction before it runs.
fn trace(machine: &mut Machine, io: &mut Io<'_>) -> Result<Outcome, valida_vm::Error> {
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
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
        // A failing stderr must not stop the program.
        let _ = writeln!(
            err,
            "{:>10} {pc:#08x} {place:<24} fp={:#010x}  {text}",
            machine.steps(),
            machine.fp()
        );
        if let Some(outcome) = machine.step(io)? {
            return Ok(outcome);
        }
    }
}

/// Runs with call-path accounting and writes the folded stacks to `path`.
fn profile(
    machine: &mut Machine,
    io: &mut Io<'_>,
    path: &std::path::Path,
) -> Result<Outcome, valida_vm::Error> {
    let (outcome, profile) = valida_vm::profile::run_profiled(machine, io)?;
    std::fs::write(path, profile.folded(machine)).map_err(valida_vm::Error::Io)?;
    Ok(outcome)
}
