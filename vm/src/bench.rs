//! `valida bench`: the interpreter and the JIT side by side (and native
//! builds of the same C programs, when given) on three built-in assembly
//! programs and on any Valida executables of a directory
//! (`scripts/bench-vm.sh` builds the C programs of `vm/bench-c/` for both).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::error::Error;
use crate::jit::Compiled;
use crate::program::Program;
use crate::report::Outcome;
use crate::{Io, RunOptions, asm, exec::Machine};

/// A counting loop: `addi` + `bnei`, 2 instructions per iteration.
pub fn counting_loop(iterations: u32) -> String {
    format!(
        "_start:
    imm32 -4(fp), 0
loop:
    addi -4(fp), -4(fp), 1
    bnei loop, -4(fp), {iterations}
    stop
"
    )
}

/// Recursive Fibonacci in the frame convention of docs/abi.md
/// (0(fp) return address, 4(fp) result, 8(fp) caller distance, 12(fp) n).
pub fn recursive_fib(n: u32) -> String {
    format!(
        "_start:
    imm32 -16(fp), 24
    imm32 -12(fp), {n}
    jal -24(fp), fib, -24
    stop
fib:
    lti -4(fp), 12(fp), 2
    bnei fib_base, -4(fp), 0
    imm32 -16(fp), 24
    subi -12(fp), 12(fp), 1
    jal -24(fp), fib, -24
    addi -8(fp), -20(fp), 0
    subi -12(fp), 12(fp), 2
    jal -24(fp), fib, -24
    add 4(fp), -8(fp), -20(fp)
    jalv -4(fp), 0(fp), 8(fp)
fib_base:
    addi 4(fp), 12(fp), 0
    jalv -4(fp), 0(fp), 8(fp)
"
    )
}

/// A loop over a 64 KiB buffer with byte and word loads and stores
/// (10 instructions per iteration, 4 of them memory accesses).
pub fn memory_loop(iterations: u32) -> String {
    format!(
        "_start:
    imm32 -32(fp), buf
    imm32 -36(fp), {iterations}
    imm32 -8(fp), 0
    imm32 -12(fp), 0
loop:
    andi -28(fp), -8(fp), 65535
    add -4(fp), -32(fp), -28(fp)
    storeu8 -4(fp), -8(fp)
    loadu8 -16(fp), -4(fp)
    add -12(fp), -12(fp), -16(fp)
    andi -20(fp), -4(fp), -4
    sw -20(fp), -12(fp)
    lw -24(fp), -20(fp)
    addi -8(fp), -8(fp), 1
    bne loop, -8(fp), -36(fp)
    stop
    .bss
buf:
    .zero 65536
"
    )
}

/// CPU time consumed by the calling thread, in seconds.
#[cfg(unix)]
fn thread_cpu_seconds() -> Option<f64> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes only to the timespec we pass.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    (rc == 0).then_some(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9)
}

#[cfg(not(unix))]
fn thread_cpu_seconds() -> Option<f64> {
    None
}

/// CPU time (user + system) of the finished child processes, in seconds.
#[cfg(unix)]
fn children_cpu_seconds() -> Option<f64> {
    // SAFETY: an all-zero rusage is valid; getrusage only writes to it.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    let rc = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut ru) };
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 * 1e-6;
    (rc == 0).then(|| secs(ru.ru_utime) + secs(ru.ru_stime))
}

#[cfg(not(unix))]
fn children_cpu_seconds() -> Option<f64> {
    None
}

/// Times `f` in thread CPU seconds (wall seconds where unavailable).
fn timed<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let wall = Instant::now();
    let cpu = thread_cpu_seconds();
    let value = f();
    let seconds = match (cpu, thread_cpu_seconds()) {
        (Some(a), Some(b)) => b - a,
        _ => wall.elapsed().as_secs_f64(),
    };
    (value, seconds)
}

/// One program measured every way.
#[derive(Clone, Debug)]
pub struct Row {
    pub name: String,
    pub steps: u64,
    /// CPU seconds of the interpreter run.
    pub interp: f64,
    /// CPU seconds of the JIT run (without compiling).
    pub jit: f64,
    /// CPU seconds compiling, and static instructions compiled.
    pub compile: f64,
    pub compiled_instructions: usize,
    /// CPU seconds (user + system) of the native build, if there is one.
    pub native: Option<f64>,
    /// Whether the JIT's (and the native build's) output equals the
    /// interpreter's.
    pub outputs_match: bool,
}

impl Row {
    pub fn interp_mips(&self) -> f64 {
        self.steps as f64 / self.interp.max(1e-9) / 1e6
    }
    pub fn jit_mips(&self) -> f64 {
        self.steps as f64 / self.jit.max(1e-9) / 1e6
    }
    /// Compile milliseconds per 100,000 static instructions.
    pub fn compile_ms_per_100k(&self) -> f64 {
        self.compile * 1e3 / (self.compiled_instructions.max(1) as f64 / 1e5)
    }
}

/// One run: outcome, output, steps, run seconds, compile seconds and
/// instructions compiled.
type Once = (Outcome, Vec<u8>, u64, f64, f64, usize);

/// Runs `program` once; `jit` compiles it first.
fn run_once(
    program: &Program,
    options: &RunOptions,
    fusion: bool,
    jit: bool,
) -> Result<Once, Error> {
    let mut machine = Machine::new_with_fusion(program.clone(), options, fusion)?;
    let (mut input, mut output) = (&[][..], Vec::new());
    let mut io = Io::new(&mut input, &mut output);
    let (compiled, compile) = if jit {
        let (c, t) = timed(|| Compiled::new(&machine, options.count_instructions));
        let c = c.map_err(|e| Error::Io(std::io::Error::other(format!("JIT: {e}"))))?;
        (Some(c), t)
    } else {
        (None, 0.0)
    };
    let (outcome, seconds) = timed(|| match &compiled {
        Some(c) => c.run(&mut machine, &mut io),
        None => machine.run(&mut io),
    });
    let outcome = outcome?;
    let size = compiled.as_ref().map_or(0, |c| c.size().1);
    Ok((outcome, output, machine.steps(), seconds, compile, size))
}

/// Measures `program` on the interpreter and the JIT (fastest of `repeat`
/// runs each) and, if given, the native executable.
pub fn measure_program(
    name: &str,
    program: &Program,
    native: Option<&Path>,
    repeat: u32,
    count_instructions: bool,
    fusion: bool,
) -> Result<Row, Error> {
    let options = RunOptions {
        count_instructions,
        ..RunOptions::default()
    };
    let mut row = Row {
        name: name.to_string(),
        steps: 0,
        interp: f64::INFINITY,
        jit: f64::INFINITY,
        compile: f64::INFINITY,
        compiled_instructions: 0,
        native: None,
        outputs_match: true,
    };
    let mut reference: Option<(Outcome, Vec<u8>)> = None;
    for _ in 0..repeat.max(1) {
        for jit in [false, true] {
            let (outcome, output, steps, seconds, compile, size) =
                run_once(program, &options, fusion, jit)?;
            if !matches!(outcome, Outcome::Stopped { .. }) {
                return Err(Error::Io(std::io::Error::other(format!(
                    "benchmark {name} ended with {outcome:?}"
                ))));
            }
            match &reference {
                None => reference = Some((outcome, output)),
                Some(r) => row.outputs_match &= *r == (outcome, output),
            }
            row.steps = steps;
            if jit {
                row.jit = row.jit.min(seconds);
                row.compile = row.compile.min(compile);
                row.compiled_instructions = size;
            } else {
                row.interp = row.interp.min(seconds);
            }
        }
    }
    if let Some(exe) = native {
        for _ in 0..repeat.max(1) {
            let before = children_cpu_seconds();
            let wall = Instant::now();
            let out = Command::new(exe)
                .stdin(Stdio::null())
                .stderr(Stdio::inherit())
                .output()
                .map_err(Error::Io)?;
            let seconds = match (before, children_cpu_seconds()) {
                (Some(a), Some(b)) => b - a,
                _ => wall.elapsed().as_secs_f64(),
            };
            row.native = Some(row.native.map_or(seconds, |n: f64| n.min(seconds)));
            let expected = reference.as_ref().map(|r| &r.1[..]).unwrap_or(&[]);
            row.outputs_match &= out.status.success() && out.stdout == expected;
        }
    }
    Ok(row)
}

/// The built-in programs; `scale` multiplies the work (1 ≈ a few seconds
/// on the interpreter).
pub fn builtin(scale: u32) -> Vec<(String, String)> {
    let scale = scale.max(1);
    let fib_n = 34 + scale.ilog2().min(6);
    vec![
        (
            "counting loop (asm)".into(),
            counting_loop(200_000_000u32.saturating_mul(scale)),
        ),
        (
            format!("recursive fib({fib_n}) (asm)"),
            recursive_fib(fib_n),
        ),
        (
            "memory loop (asm)".into(),
            memory_loop(40_000_000u32.saturating_mul(scale)),
        ),
    ]
}

/// The programs of `dir`: each `NAME.valida` (a Valida executable) with
/// `NAME.native` beside it if present, sorted by name.
pub fn programs_in(dir: &Path) -> std::io::Result<Vec<(String, PathBuf, Option<PathBuf>)>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "valida") {
            let name = path
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
            let native = path.with_extension("native");
            let native = native.is_file().then_some(native);
            found.push((name, path, native));
        }
    }
    found.sort();
    Ok(found)
}

/// Measures the built-in programs (unless `builtins` is false) and those
/// of `dir`.
pub fn run_all(
    scale: u32,
    count_instructions: bool,
    repeat: u32,
    fusion: bool,
    builtins: bool,
    dir: Option<&Path>,
) -> Result<Vec<Row>, Error> {
    let mut rows = Vec::new();
    if builtins {
        for (name, source) in builtin(scale) {
            let program = asm::assemble::assemble(&source)?.to_program();
            rows.push(measure_program(
                &name,
                &program,
                None,
                repeat,
                count_instructions,
                fusion,
            )?);
        }
    }
    if let Some(dir) = dir {
        for (name, path, native) in programs_in(dir).map_err(Error::Io)? {
            let bytes = std::fs::read(&path).map_err(Error::Io)?;
            let program = crate::load_elf(&bytes)?;
            rows.push(measure_program(
                &name,
                &program,
                native.as_deref(),
                repeat,
                count_instructions,
                fusion,
            )?);
        }
    }
    Ok(rows)
}

/// The results as a Markdown table.
pub fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "| program | instructions | interpreter s | interp M instr/s | JIT s | JIT M instr/s | compile ms | compile ms/100k instr | JIT+compile s | native gcc -O2 s | JIT+compile / native | outputs |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n",
    );
    for r in rows {
        let total = r.jit + r.compile;
        let (native, ratio) = match r.native {
            Some(n) => (format!("{n:.3}"), format!("{:.2}", total / n.max(1e-3))),
            None => ("-".into(), "-".into()),
        };
        out.push_str(&format!(
            "| {} | {} | {:.3} | {:.0} | {:.3} | {:.0} | {:.2} | {:.2} | {:.3} | {} | {} | {} |\n",
            r.name,
            r.steps,
            r.interp,
            r.interp_mips(),
            r.jit,
            r.jit_mips(),
            r.compile * 1e3,
            r.compile_ms_per_100k(),
            total,
            native,
            ratio,
            if r.outputs_match { "match" } else { "DIFFER" },
        ));
    }
    out
}
