//! A program loaded into memory, ready to run; drives the loop modes and
//! turns loop exits into outcomes.

use std::time::Instant;

use super::explain::explain;
use super::inst::Inst;
use super::io::Io;
use super::predecode::{Decoded, MAX_MARGIN, predecode_with};
use super::run::{Exit, Regs, run};
use crate::asm::print::format_instr;
use crate::error::Error;
use crate::isa::INSTR_BYTES;
use crate::memory::{MEM_LIMIT, Memory};
use crate::program::{DataSegment, EXIT_CODE_SYMBOL, Program};
use crate::report::{Outcome, RunReport};
use crate::trap::{Trap, TrapKind};

/// Instructions run between checks for SIGINT/SIGTERM and output flushes
/// (about a millisecond): outside the hot loop, so it costs nothing there.
pub(crate) const CHUNK: u64 = 1 << 20;
/// Single steps between those checks in loops that step one instruction at
/// a time (`--trace`, `--cost`): each step costs far more there.
pub const STEP_POLL: u64 = 1 << 16;

/// Symbol below which a call traps `stack-overflow` (docs/abi.md).
pub const STACK_LIMIT_SYMBOL: &str = "__stack_limit";

/// Symbol whose value is the size of the low null-pointer guard region
/// (docs/abi.md); executables without it behave as on the real VM.
pub const NULL_GUARD_SYMBOL: &str = "__valida_null_guard";

/// Initial fp of the reference VM (`--initial-fp` default).
pub const DEFAULT_INITIAL_FP: u32 = 0x3BFF_FFF8;

/// How to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunOptions {
    /// Stop with a `step-limit` trap after this many instructions.
    pub max_steps: u64,
    /// fp at pc 0 (any value, as in the reference VM).
    pub initial_fp: u32,
    /// Count executions per instruction (needed for per-opcode counts;
    /// costs some speed).
    pub count_instructions: bool,
}

impl Default for RunOptions {
    fn default() -> RunOptions {
        RunOptions {
            max_steps: u64::MAX,
            initial_fp: DEFAULT_INITIAL_FP,
            count_instructions: true,
        }
    }
}

/// Writes a data segment's words as the v1.0 loader does: in program
/// header order (a later segment's words replace an earlier one's), the last
/// word zero-padded. Words at or above `MEM_LIMIT` are not stored: every
/// access to them is the `address-out-of-range` trap.
fn load_segment(mem: &mut Memory, seg: &DataSegment) -> Result<(), Error> {
    if !seg.addr.is_multiple_of(4) {
        return Err(Error::SegmentPlacement(seg.addr));
    }
    let padded = seg.bytes.len().div_ceil(4) * 4;
    let room = (MEM_LIMIT as usize).saturating_sub(seg.addr as usize);
    let len = padded.min(room);
    if len == 0 {
        return Ok(());
    }
    let dst = mem
        .slice_mut(seg.addr, len as u32)
        .map_err(|_| Error::SegmentPlacement(seg.addr))?;
    let from_file = seg.bytes.len().min(len);
    dst[..from_file].copy_from_slice(&seg.bytes[..from_file]);
    dst[from_file..].fill(0);
    Ok(())
}

/// A program in memory with its registers.
pub struct Machine {
    program: Program,
    decoded: Decoded,
    mem: Memory,
    regs: Regs,
    steps: u64,
    counts: Vec<u64>,
    count: bool,
}

impl Machine {
    /// Maps memory, copies the data segments in, predecodes the code.
    pub fn new(program: Program, options: &RunOptions) -> Result<Machine, Error> {
        Machine::new_with_fusion(program, options, true)
    }

    /// As [`Machine::new`], choosing whether instruction pairs are fused
    /// (for differential tests; results are identical either way).
    #[doc(hidden)]
    pub fn new_with_fusion(
        program: Program,
        options: &RunOptions,
        fusion: bool,
    ) -> Result<Machine, Error> {
        let mut mem = Memory::new().map_err(Error::Memory)?;
        for seg in &program.segments {
            load_segment(&mut mem, seg)?;
        }
        let mut decoded = predecode_with(&program, fusion);
        if let Some(limit) = program.symbols.lookup(STACK_LIMIT_SYMBOL) {
            decoded.window.stack_limit = limit.value;
        }
        if let Some(guard) = program.symbols.lookup(NULL_GUARD_SYMBOL) {
            decoded.window.null_guard = guard.value;
        }
        let counts = if options.count_instructions {
            vec![0; decoded.insts.len()]
        } else {
            Vec::new()
        };
        Ok(Machine {
            program,
            decoded,
            mem,
            regs: Regs {
                pc: 0,
                fp: options.initial_fp,
                budget: options.max_steps,
            },
            steps: 0,
            counts,
            count: options.count_instructions,
        })
    }

    pub fn memory(&self) -> &Memory {
        &self.mem
    }

    pub fn memory_mut(&mut self) -> &mut Memory {
        &mut self.mem
    }

    pub fn program(&self) -> &Program {
        &self.program
    }

    pub fn fp(&self) -> u32 {
        self.regs.fp
    }

    /// Current pc as a byte address (for a jump outside the code, the
    /// address jumped to).
    pub fn pc(&self) -> u32 {
        if self.regs.pc < self.decoded.code_len {
            (self.regs.pc as u32).wrapping_mul(INSTR_BYTES)
        } else {
            // A sentinel: the byte pc it stands for is its b operand.
            self.decoded
                .insts
                .get(self.regs.pc)
                .map_or(0, |i: &Inst| i.b as u32)
        }
    }

    /// Runs the loop, switching modes, until it stops for a reason other
    /// than a mode switch.
    fn run_raw(&mut self, io: &mut Io<'_>) -> Exit {
        // Switches back into the unchecked loop since the last margin check,
        // and the budget then (to measure instructions per switch).
        let mut reentries = 0u32;
        let mut budget_at_check = self.regs.budget;
        loop {
            let fast = self.decoded.window.contains(self.regs.fp);
            let (insts, code_len, window) = (
                &self.decoded.insts[..],
                self.decoded.code_len,
                self.decoded.window,
            );
            // SAFETY: predecode builds `insts` with valid targets and
            // sentinels, regs.pc starts at 0 (< insts.len(), as insts has at
            // least the end sentinel) and is only moved by `run`; counts has
            // insts.len() entries when counting; the unchecked loop is entered
            // only when the window contains fp.
            let exit = unsafe {
                match (fast, self.count) {
                    (true, true) => run::<false, true>(
                        insts,
                        code_len,
                        window,
                        &mut self.mem,
                        io,
                        &mut self.counts,
                        &mut self.regs,
                    ),
                    (true, false) => run::<false, false>(
                        insts,
                        code_len,
                        window,
                        &mut self.mem,
                        io,
                        &mut [],
                        &mut self.regs,
                    ),
                    (false, true) => run::<true, true>(
                        insts,
                        code_len,
                        window,
                        &mut self.mem,
                        io,
                        &mut self.counts,
                        &mut self.regs,
                    ),
                    (false, false) => run::<true, false>(
                        insts,
                        code_len,
                        window,
                        &mut self.mem,
                        io,
                        &mut [],
                        &mut self.regs,
                    ),
                }
            };
            if !matches!(exit, Exit::Switch) {
                return exit;
            }
            if !fast {
                // Checked → unchecked. If that happens more than once per 64
                // instructions, widen the hysteresis margin.
                reentries += 1;
                if reentries == 256 {
                    let executed = budget_at_check - self.regs.budget;
                    let window = &mut self.decoded.window;
                    if executed < 64 * 256 && window.margin < MAX_MARGIN {
                        window.margin = (window.margin * 2).max(256);
                    }
                    reentries = 0;
                    budget_at_check = self.regs.budget;
                }
            }
        }
    }

    /// Runs to STOP, FAIL or a trap. Host I/O failures are errors. Output
    /// is flushed before returning, whatever the outcome.
    /// Runs in chunks of [`CHUNK`] instructions; between chunks it flushes
    /// the output and stops with the `interrupted` trap if SIGINT/SIGTERM
    /// arrived (see [`crate::interrupt`]).
    pub fn run(&mut self, io: &mut Io<'_>) -> Result<Outcome, Error> {
        let exit = loop {
            let remaining = self.regs.budget;
            let chunk = remaining.min(CHUNK);
            self.regs.budget = chunk;
            let exit = self.run_raw(io);
            let used = chunk - self.regs.budget;
            self.regs.budget = remaining - used;
            self.steps += used;
            match exit {
                Exit::Trap(TrapKind::StepLimit) if self.regs.budget > 0 => {
                    if crate::interrupt::pending().is_some() {
                        break Exit::Trap(TrapKind::Interrupted);
                    }
                    if let Err(e) = io.flush() {
                        break Exit::Host(e);
                    }
                }
                other => break other,
            }
        };
        let flushed = io.flush();
        let outcome = self.outcome_of(exit)?;
        flushed.map_err(Error::Io)?;
        Ok(outcome)
    }

    /// Executes one instruction: `None` if the program goes on, else how it
    /// ended (a step-limit trap when the budget is used up).
    pub fn step(&mut self, io: &mut Io<'_>) -> Result<Option<Outcome>, Error> {
        self.step_n(io, 1)
    }

    /// Executes at most `n` instructions (the profiler runs a basic block
    /// at a time): `None` if the program goes on, else how it ended.
    pub fn step_n(&mut self, io: &mut Io<'_>, n: u64) -> Result<Option<Outcome>, Error> {
        let saved = self.regs.budget;
        if saved == 0 {
            return self.outcome_of(Exit::Trap(TrapKind::StepLimit)).map(Some);
        }
        let allowed = n.clamp(1, saved);
        self.regs.budget = allowed;
        let exit = self.run_raw(io);
        let used = allowed - self.regs.budget;
        self.regs.budget = saved - used;
        self.steps += used;
        match exit {
            Exit::Trap(TrapKind::StepLimit) => Ok(None),
            other => {
                let flushed = io.flush();
                let outcome = self.outcome_of(other)?;
                flushed.map_err(Error::Io)?;
                Ok(Some(outcome))
            }
        }
    }

    fn outcome_of(&self, exit: Exit) -> Result<Outcome, Error> {
        Ok(match exit {
            Exit::Stop => match self.exit_code() {
                Ok(exit_code) => Outcome::Stopped { exit_code },
                Err(addr) => Outcome::Trapped(Trap {
                    kind: TrapKind::ExitCodeUnloaded,
                    pc: self.pc(),
                    instruction: self.current_instruction().unwrap_or_default(),
                    function: self.program.symbols.describe_pc(self.pc()),
                    detail: format!(
                        "{EXIT_CODE_SYMBOL} at {addr:#x} lies outside the loaded data: the exit status is unknown"
                    ),
                }),
            },
            Exit::Fail => Outcome::Failed,
            Exit::Trap(kind) => Outcome::Trapped(self.trap_here(kind)),
            Exit::TrapAt(kind, pc) => Outcome::Trapped(self.trap_outside(kind, pc)),
            Exit::Switch => Outcome::Failed,
            Exit::Host(e) => return Err(Error::Io(e)),
        })
    }

    /// The instruction at the current pc, formatted, if pc is inside the code.
    pub fn current_instruction(&self) -> Option<String> {
        self.program
            .code
            .get(self.regs.pc)
            .map(|raw| format_instr(raw, &self.program.symbols))
    }

    /// Allows `n` more instructions from now (e.g. to resume after a
    /// step-limit trap).
    pub fn allow_steps(&mut self, n: u64) {
        self.regs.budget = n;
    }

    /// Instructions executed so far.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// The low byte of `__valida_exit_code` if the program has that symbol
    /// (0 if not); `Err(address)` if the symbol lies outside every data
    /// segment, where no program could have meant to store it.
    fn exit_code(&self) -> Result<u8, u32> {
        let Some(sym) = self.program.symbols.lookup(EXIT_CODE_SYMBOL) else {
            return Ok(0);
        };
        let addr = sym.value;
        let loaded = self.program.segments.iter().any(|s| {
            addr >= s.addr && u64::from(addr) + 4 <= u64::from(s.addr) + u64::from(s.mem_size)
        });
        match self.mem.read_word(addr) {
            Ok(v) if loaded => Ok(v as u8),
            _ => Err(addr),
        }
    }

    fn trap_here(&self, kind: TrapKind) -> Trap {
        let idx = self.regs.pc;
        let Some(raw) = self.program.code.get(idx) else {
            return self.trap_outside(kind, self.pc());
        };
        let pc = self.pc();
        let instruction = format_instr(raw, &self.program.symbols);
        Trap {
            kind,
            pc,
            instruction,
            function: self.program.symbols.describe_pc(pc),
            detail: explain(kind, raw, self.regs.fp, &self.mem),
        }
    }

    fn trap_outside(&self, kind: TrapKind, pc: u32) -> Trap {
        let detail = if self.regs.pc < self.decoded.code_len && kind != TrapKind::StepLimit {
            format!("jump from pc {:#x}", self.pc())
        } else {
            String::new()
        };
        Trap {
            kind,
            pc,
            instruction: "<outside code>".into(),
            function: None,
            detail,
        }
    }

    /// Builds the report of a finished run.
    pub fn report(&self, outcome: Outcome, output: Vec<u8>, started: Instant) -> RunReport {
        let pc_counts: Vec<u64> = self
            .counts
            .iter()
            .take(self.decoded.code_len)
            .copied()
            .collect();
        RunReport::new(
            outcome,
            output,
            self.steps,
            pc_counts,
            &self.program,
            started.elapsed(),
        )
    }
}

/// What a compiling executor (`crate::jit`) needs: the predecoded code and
/// the registers, which it advances by the instructions it executed.
impl Machine {
    pub(crate) fn decoded(&self) -> (&[Inst], usize, super::predecode::Window) {
        (
            &self.decoded.insts,
            self.decoded.code_len,
            self.decoded.window,
        )
    }

    /// (pc index, fp, remaining budget).
    pub(crate) fn regs(&self) -> (usize, u32, u64) {
        (self.regs.pc, self.regs.fp, self.regs.budget)
    }

    /// Base of the flat memory (valid while the machine lives).
    pub(crate) fn memory_base(&mut self) -> *mut u8 {
        self.mem.raw().as_ptr()
    }

    /// Records `executed` instructions run elsewhere, ending at `pc`, `fp`.
    pub(crate) fn advance(&mut self, pc: usize, fp: u32, executed: u64) {
        self.regs.pc = pc;
        self.regs.fp = fp;
        self.regs.budget -= executed;
        self.steps += executed;
    }

    /// Adds executions per instruction index counted elsewhere.
    pub(crate) fn add_counts(&mut self, counts: &[u64]) {
        for (c, d) in self.counts.iter_mut().zip(counts) {
            *c += d;
        }
    }

    /// Ends a run driven from outside [`Machine::run`] (the JIT) with the
    /// `interrupted` trap at the current pc, output flushed first.
    pub(crate) fn interrupted(&self, io: &mut Io<'_>) -> Result<Outcome, Error> {
        let flushed = io.flush();
        let outcome = self.outcome_of(Exit::Trap(TrapKind::Interrupted))?;
        flushed.map_err(Error::Io)?;
        Ok(outcome)
    }

    /// For run loops outside [`Machine::run`] (compiled code, the profiler,
    /// `--trace`, `--cost`): once `every` instructions have run since
    /// `*since`, flushes the output and, if SIGINT or SIGTERM arrived, ends
    /// the run with the `interrupted` trap (`Some`).
    pub fn poll(
        &self,
        io: &mut Io<'_>,
        since: &mut u64,
        every: u64,
    ) -> Result<Option<Outcome>, Error> {
        if self.steps - *since < every {
            return Ok(None);
        }
        *since = self.steps;
        if crate::interrupt::pending().is_some() {
            return self.interrupted(io).map(Some);
        }
        io.flush().map_err(Error::Io)?;
        Ok(None)
    }

    pub(crate) fn counting(&self) -> bool {
        self.count
    }

    /// Makes the machine ready to run its program again from the start,
    /// keeping the predecoded code and the memory mapping: the pages the
    /// last run touched are zeroed (untouched ones are still zero), the data
    /// segments copied back, the registers and counts reset.
    pub(crate) fn reset(&mut self, options: &RunOptions) -> Result<(), Error> {
        crate::batch::clear_touched(&mut self.mem).map_err(Error::Memory)?;
        self.mem.clear_unaligned();
        for seg in &self.program.segments {
            let len =
                u32::try_from(seg.bytes.len()).map_err(|_| Error::SegmentPlacement(seg.addr))?;
            let dst = self
                .mem
                .slice_mut(seg.addr, len)
                .map_err(|_| Error::SegmentPlacement(seg.addr))?;
            dst.copy_from_slice(&seg.bytes);
        }
        self.regs = Regs {
            pc: 0,
            fp: options.initial_fp,
            budget: options.max_steps,
        };
        self.steps = 0;
        self.counts.fill(0);
        Ok(())
    }
}
