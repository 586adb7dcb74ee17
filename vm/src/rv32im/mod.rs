//! RV32IM user-mode emulator: runs ELF executables produced by LLVM's RISC-V
//! backend (`clang --target=riscv32-unknown-elf -march=rv32im -mabi=ilp32`)
//! so that their output and instruction counts can be compared with the
//! Valida VM's.
//!
//! * [`load_elf`] parses an executable into an immutable [`Program`]
//!   (segments, symbols, pre-decoded text).
//! * [`run`] executes it with some stdin bytes and a step budget and returns
//!   a [`RunReport`]; [`Machine`] gives step-by-step control.
//! * Guest stops are values ([`Exit`]); a trap carries pc, instruction word,
//!   disassembly and enclosing function ([`TrapReport`]).
//!
//! Environment (Linux riscv32 user mode, as `qemu-riscv32` provides it):
//! ECALL implements `read` (63, fd 0), `write` (64, fds 1 and 2), `exit` (93),
//! `exit_group` (94) and `brk` (214); any other number traps. The stack is
//! mapped at [`STACK_BOTTOM`]..[`STACK_TOP`] and `sp` starts at [`INITIAL_SP`]
//! with `argc = 0, argv[0] = NULL, envp[0] = NULL, auxv = {AT_NULL}` there.
//! Misaligned loads and stores are allowed; jumps to non-4-aligned targets
//! trap; FENCE and FENCE.I are no-ops; EBREAK traps.

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

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    /// `exit`/`exit_group` with this argument (the process status is the low
    /// 8 bits, see [`Exit::status`]).
    Code(i32),
    Trap(TrapReport),
    StepLimit,
}

impl Exit {
    /// The exit status a shell would see for a normal exit.
    pub fn status(&self) -> Option<u8> {
        match self {
            Exit::Code(code) => Some(*code as u8),
            _ => None,
        }
    }
}

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Exit::Code(code) => write!(f, "exit {}", *code as u8),
            Exit::Trap(trap) => write!(f, "trap: {trap}"),
            Exit::StepLimit => write!(f, "step limit reached"),
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
                let n = Op::ALL.iter().filter(|op| op.class() == class).map(|&op| self.get(op)).sum();
                (class, n)
            })
            .collect()
    }

    /// Non-zero counts per operation, most frequent first.
    pub fn by_op(&self) -> Vec<(Op, u64)> {
        let mut v: Vec<(Op, u64)> =
            Op::ALL.iter().map(|&op| (op, self.get(op))).filter(|&(_, n)| n > 0).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1));
        v
    }
}

/// Everything a run produced.
#[derive(Debug, Clone)]
pub struct RunReport {
    pub exit: Exit,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Retired instructions.
    pub instructions: u64,
    pub counts: OpCounts,
    /// Host time spent in the run loop (excluding loading and setup).
    pub wall: Duration,
}

impl RunReport {
    /// Millions of retired instructions per host second.
    pub fn mips(&self) -> f64 {
        let secs = self.wall.as_secs_f64();
        if secs > 0.0 { self.instructions as f64 / secs / 1e6 } else { 0.0 }
    }

    /// A short multi-line summary: exit, instruction count, speed, classes.
    pub fn summary(&self) -> String {
        let mut s = format!(
            "{}\ninstructions: {}\ntime: {:.3} s ({:.1} M instr/s)\n",
            self.exit,
            self.instructions,
            self.wall.as_secs_f64(),
            self.mips()
        );
        for (class, n) in self.counts.by_class() {
            if n > 0 {
                s.push_str(&format!("  {:<8} {n}\n", class.name()));
            }
        }
        s
    }
}

/// Runs `program` from its entry point with `input` as stdin for at most
/// `max_steps` instructions.
pub fn run(program: &Program, input: &[u8], max_steps: u64) -> RunReport {
    let mut machine = Machine::new(program, input);
    let start = Instant::now();
    let stop = machine.run(max_steps);
    let wall = start.elapsed();
    let exit = match stop {
        Stop::Exit(code) => Exit::Code(code),
        Stop::Trap(trap) => Exit::Trap(machine.describe(trap)),
        Stop::StepLimit => Exit::StepLimit,
    };
    RunReport {
        exit,
        instructions: machine.steps(),
        counts: OpCounts(*machine.op_counts()),
        stdout: std::mem::take(&mut machine.io.stdout),
        stderr: std::mem::take(&mut machine.io.stderr),
        wall,
    }
}

/// Runs `program` `repeats` times (at least once) and returns the report of
/// the fastest run, for measuring M instr/s.
pub fn bench(program: &Program, input: &[u8], max_steps: u64, repeats: u32) -> RunReport {
    let mut best = run(program, input, max_steps);
    for _ in 1..repeats {
        let report = run(program, input, max_steps);
        if report.wall < best.wall {
            best = report;
        }
    }
    best
}
