//! Built-in benchmarks (`valida bench`): three assembly programs whose
//! instruction counts are known, timed on the interpreter.

use std::time::Instant;

use crate::error::Error;
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

/// One benchmark measurement.
#[derive(Clone, Debug)]
pub struct BenchResult {
    pub name: &'static str,
    pub steps: u64,
    /// Wall-clock time of the run.
    pub seconds: f64,
    /// CPU time of the running thread (less disturbed by other jobs on a
    /// shared machine); equals `seconds` where unavailable.
    pub cpu_seconds: f64,
}

impl BenchResult {
    /// M instructions per wall-clock second.
    pub fn mips(&self) -> f64 {
        if self.seconds > 0.0 {
            self.steps as f64 / self.seconds / 1e6
        } else {
            0.0
        }
    }

    /// M instructions per CPU second.
    pub fn cpu_mips(&self) -> f64 {
        if self.cpu_seconds > 0.0 {
            self.steps as f64 / self.cpu_seconds / 1e6
        } else {
            0.0
        }
    }
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

/// Runs one program, timing only the interpreter (not assembly or setup).
pub fn measure(
    name: &'static str,
    source: &str,
    count_instructions: bool,
    fusion: bool,
) -> Result<BenchResult, Error> {
    let program = asm::assemble::assemble(source)?.to_program();
    let options = RunOptions {
        count_instructions,
        ..RunOptions::default()
    };
    let mut machine = Machine::new_with_fusion(program, &options, fusion)?;
    let (mut input, mut output) = (&[][..], Vec::new());
    let start = Instant::now();
    let cpu_start = thread_cpu_seconds();
    let outcome = machine.run(&mut Io::new(&mut input, &mut output))?;
    let seconds = start.elapsed().as_secs_f64();
    let cpu_seconds = match (cpu_start, thread_cpu_seconds()) {
        (Some(a), Some(b)) => b - a,
        _ => seconds,
    };
    if outcome != (Outcome::Stopped { exit_code: 0 }) {
        return Err(Error::Io(std::io::Error::other(format!(
            "benchmark {name} ended with {outcome:?}"
        ))));
    }
    Ok(BenchResult {
        name,
        steps: machine.steps(),
        seconds,
        cpu_seconds,
    })
}

/// The standard set; `scale` multiplies the work (1 ≈ a few seconds).
/// Each program runs `repeat` times and the fastest run is kept (the
/// machine is shared, so the minimum is the least disturbed figure).
pub fn run_all(
    scale: u32,
    count_instructions: bool,
    repeat: u32,
    fusion: bool,
) -> Result<Vec<BenchResult>, Error> {
    let scale = scale.max(1);
    let fib_n = 34 + scale.ilog2().min(6);
    let programs: [(&'static str, String); 3] = [
        (
            "counting loop (addi+bnei)",
            counting_loop(200_000_000u32.saturating_mul(scale)),
        ),
        ("recursive fib", recursive_fib(fib_n)),
        (
            "memory loop (byte+word)",
            memory_loop(40_000_000u32.saturating_mul(scale)),
        ),
    ];
    let mut results = Vec::new();
    for (name, source) in &programs {
        let mut best: Option<BenchResult> = None;
        for _ in 0..repeat.max(1) {
            let r = measure(name, source, count_instructions, fusion)?;
            if best.as_ref().is_none_or(|b| r.cpu_seconds < b.cpu_seconds) {
                best = Some(r);
            }
        }
        results.extend(best);
    }
    Ok(results)
}
