//! RV32IM user-mode emulator: runs ELF executables produced by LLVM's RISC-V
//! backend (`clang --target=riscv32-unknown-elf -march=rv32im -mabi=ilp32`)
//! so that their output and instruction counts can be compared with the
//! Valida VM's.
//!
//! * [`load_elf`] parses an executable into an immutable [`Program`]
//!   (segments, code symbols, pre-decoded text).
//! * [`run_elf`] / [`run_program`] / [`run`] execute it with some stdin bytes
//!   and a step budget and return a [`RunReport`], shaped like the Valida
//!   VM's (`outcome`, `output`, `steps`, `opcode_counts`, `pc_counts`,
//!   `elapsed`, `mips()`, `stats_text()`) plus per-class and per-function
//!   counts; [`Machine`] gives step-by-step control; [`bench()`] keeps the
//!   fastest of several runs.
//! * Guest stops are values ([`Outcome`]); a trap carries pc, instruction
//!   word, disassembly, enclosing function and registers ([`TrapReport`]).
//! * [`disassemble`] lists the executable segments like
//!   `llvm-objdump -d -M no-aliases`.
//!
//! Environment (Linux riscv32 user mode, as `qemu-riscv32` provides it):
//! ECALL implements `read` (63, fd 0), `write` (64, fds 1 and 2), `exit` (93),
//! `exit_group` (94) and `brk` (214); any other number traps. The stack is
//! mapped at [`STACK_BOTTOM`]..[`STACK_TOP`] and `sp` starts at [`INITIAL_SP`]
//! with `argc = 0, argv[0] = NULL, envp[0] = NULL, auxv = {AT_NULL}` there.
//! Memory is the 4 GiB address space in lazily allocated 4 KiB pages; only
//! the segments, the stack and the brk heap are mapped, and text is not
//! writable. Misaligned loads and stores are allowed (as in qemu); jumps to
//! non-4-aligned targets trap; FENCE and FENCE.I are no-ops; EBREAK traps.
//! A trapping instruction is not counted as executed.

mod decode;
mod disasm;
mod exec;
mod formats;
mod loader;
mod memory;
mod syscall;
mod trap;

use std::time::{Duration, Instant};

pub use decode::{Class, Instr, Op, Shape, decode};
pub use disasm::{disassemble, disassemble_word, reg_name};
pub use exec::{Machine, Stop};
pub use loader::{LoadError, Program, Segment, Symbol, load_elf};
pub use memory::{Access, Fault, Memory, Perm};
pub use syscall::Io;
pub use trap::{Trap, TrapReport};

/// One past the highest stack address.
pub const STACK_TOP: u32 = 0x8000_0000;
/// Lowest stack address (16 MiB of stack).
pub const STACK_BOTTOM: u32 = 0x7F00_0000;
/// `sp` at entry; `argc`, `argv`, `envp` and `auxv` (all empty) start here.
pub const INITIAL_SP: u32 = 0x7FFF_0000;
/// The program break may grow up to here.
pub const BRK_LIMIT: u32 = 0x7E00_0000;

/// Limits of a run (mirrors the Valida VM's `RunOptions`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunOptions {
    /// Stop with [`Outcome::StepLimit`] after this many instructions.
    pub max_steps: u64,
}

impl Default for RunOptions {
    fn default() -> RunOptions {
        RunOptions {
            max_steps: u64::MAX,
        }
    }
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// `exit`/`exit_group` with this argument (the process status is its low
    /// 8 bits, see [`Outcome::exit_status`]).
    Exited {
        code: i32,
    },
    Trapped(TrapReport),
    StepLimit,
}

impl Outcome {
    /// Exit status a shell would see: the low byte of the exit code; for a
    /// trap 128 + the signal `qemu-riscv32` dies of (SIGILL 132, SIGTRAP 133,
    /// SIGBUS 135, SIGSEGV 139, SIGSYS 159); 118 at the step limit (as the
    /// Valida VM).
    pub fn exit_status(&self) -> u8 {
        match self {
            Outcome::Exited { code } => *code as u8,
            Outcome::Trapped(report) => 128 + report.trap.signal(),
            Outcome::StepLimit => 118,
        }
    }

    /// The exit code of a normal exit.
    pub fn exit_code(&self) -> Option<i32> {
        match self {
            Outcome::Exited { code } => Some(*code),
            _ => None,
        }
    }

    pub fn trap(&self) -> Option<&TrapReport> {
        match self {
            Outcome::Trapped(t) => Some(t),
            _ => None,
        }
    }
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Outcome::Exited { code } => write!(f, "exit {}", *code as u8),
            Outcome::Trapped(trap) => write!(f, "trap: {trap}"),
            Outcome::StepLimit => write!(f, "step limit reached"),
        }
    }
}

/// Retired instructions per operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpCounts(pub [u64; Op::COUNT]);

impl OpCounts {
    pub fn get(&self, op: Op) -> u64 {
        self.0[op as usize]
    }

    pub fn total(&self) -> u64 {
        self.0.iter().sum()
    }

    /// Counts per [`Class`], in [`Class::ALL`] order (zeros included).
    pub fn by_class(&self) -> Vec<(Class, u64)> {
        Class::ALL
            .iter()
            .map(|&class| {
                let n = Op::ALL
                    .iter()
                    .filter(|op| op.class() == class)
                    .map(|&op| self.get(op))
                    .sum();
                (class, n)
            })
            .collect()
    }

    /// Non-zero counts per mnemonic, most frequent first.
    pub fn by_op(&self) -> Vec<(&'static str, u64)> {
        let mut v: Vec<(&'static str, u64)> = Op::ALL
            .iter()
            .map(|&op| (op.mnemonic(), self.get(op)))
            .filter(|&(_, n)| n > 0)
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v
    }
}

/// Everything a run produced (field names follow the Valida VM's
/// `RunReport`).
#[derive(Debug, Clone)]
pub struct RunReport {
    pub outcome: Outcome,
    /// Bytes written to fd 1.
    pub output: Vec<u8>,
    /// Bytes written to fd 2.
    pub stderr: Vec<u8>,
    /// Bytes written to fds 1 and 2 in the order of the writes (one stream,
    /// like the Valida VM's output or a shell's `2>&1`).
    pub combined: Vec<u8>,
    /// Retired instructions (a trapping instruction is not counted).
    pub steps: u64,
    pub counts: OpCounts,
    /// Executions per mnemonic, most frequent first.
    pub opcode_counts: Vec<(&'static str, u64)>,
    /// Executions per pre-decoded instruction, from
    /// [`Program::code_base`] in steps of 4 bytes.
    pub pc_counts: Vec<u64>,
    /// Retired instructions per function symbol, most first.
    pub function_counts: Vec<(String, u64)>,
    /// Host time spent in the run loop (excluding loading and setup).
    pub elapsed: Duration,
}

impl RunReport {
    /// Millions of retired instructions per host second.
    pub fn mips(&self) -> f64 {
        let secs = self.elapsed.as_secs_f64();
        if secs > 0.0 {
            self.steps as f64 / secs / 1e6
        } else {
            0.0
        }
    }

    /// Multi-line statistics in the style of `valida run --stats`, with
    /// per-class and per-mnemonic counts.
    pub fn stats_text(&self) -> String {
        let mut s = format!(
            "instructions: {}\nwall time: {:.3} s\nspeed: {:.1} M instr/s\nper class:\n",
            self.steps,
            self.elapsed.as_secs_f64(),
            self.mips()
        );
        let pct = |n: u64| {
            if self.steps > 0 {
                100.0 * n as f64 / self.steps as f64
            } else {
                0.0
            }
        };
        for (class, n) in self.counts.by_class() {
            if n > 0 {
                s.push_str(&format!("  {:<10} {n:>14} {:6.2}%\n", class.name(), pct(n)));
            }
        }
        s.push_str("per function:\n");
        for (name, n) in self.function_counts.iter().take(20) {
            s.push_str(&format!("  {name:<24} {n:>14} {:6.2}%\n", pct(*n)));
        }
        s.push_str("per opcode:\n");
        for (name, n) in &self.opcode_counts {
            s.push_str(&format!("  {name:<10} {n:>14} {:6.2}%\n", pct(*n)));
        }
        s
    }
}

/// Runs `program` from its entry point with `input` as stdin.
pub fn run_program(program: &Program, input: &[u8], options: &RunOptions) -> RunReport {
    let mut machine = Machine::new(program, input);
    let start = Instant::now();
    let stop = machine.run(options.max_steps);
    let elapsed = start.elapsed();
    let outcome = match stop {
        Stop::Exit(code) => Outcome::Exited { code },
        Stop::Trap(trap) => Outcome::Trapped(machine.describe(trap)),
        Stop::StepLimit => Outcome::StepLimit,
    };
    let counts = OpCounts(machine.op_counts());
    RunReport {
        outcome,
        steps: machine.steps(),
        opcode_counts: counts.by_op(),
        counts,
        pc_counts: machine.pc_counts(),
        function_counts: machine.function_counts(),
        output: std::mem::take(&mut machine.io.stdout),
        stderr: std::mem::take(&mut machine.io.stderr),
        combined: std::mem::take(&mut machine.io.combined),
        elapsed,
    }
}

/// Shorthand for [`run_program`] with a step limit.
pub fn run(program: &Program, input: &[u8], max_steps: u64) -> RunReport {
    run_program(program, input, &RunOptions { max_steps })
}

/// Loads an ELF executable from bytes and runs it (see [`run_program`]).
pub fn run_elf(elf: &[u8], input: &[u8], options: &RunOptions) -> Result<RunReport, LoadError> {
    Ok(run_program(&load_elf(elf)?, input, options))
}

/// Runs `program` `repeats` times (at least once) and returns the report of
/// the fastest run, for measuring M instr/s.
pub fn bench(program: &Program, input: &[u8], options: &RunOptions, repeats: u32) -> RunReport {
    let mut best = run_program(program, input, options);
    for _ in 1..repeats {
        let report = run_program(program, input, options);
        if report.elapsed < best.elapsed {
            best = report;
        }
    }
    best
}
