//! The compiling executor (`valida run --jit`): the predecoded program is
//! split into basic blocks and each block compiled to x86-64 at load
//! (`x64.rs`). The interpreter stays the oracle: compiled code leaves to it
//! for every instruction it has no template for (I/O, STOP, FAIL, MEMCPY,
//! KECCAKF, traps), for every unusual case of one it has (a zero divisor, an
//! unaligned or out-of-range pointer, a computed jump outside the code, fp
//! leaving the window of valid frames), and for the last block when the
//! step budget is shorter than it; leaving happens before the instruction
//! has any effect, so the interpreter executes it exactly as it would have.
//! Output, exit status, trap kind and pc and the instruction count are
//! therefore the interpreter's (checked by `tests/jit.rs`).

#[cfg(all(feature = "jit", target_arch = "x86_64"))]
mod x64;
#[cfg(all(feature = "jit", target_arch = "x86_64"))]
pub(crate) use x64::{Ctx, EVENT, POINTER_WAYS};

use crate::error::Error;
use crate::exec::{Inst, Io, K, Machine};
use crate::report::Outcome;

/// A basic block: instruction indices `start..end`, all compilable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub start: usize,
    pub end: usize,
}

/// How a program is split into compiled blocks.
#[derive(Debug, Default)]
pub struct Plan {
    pub blocks: Vec<Block>,
    /// Instructions inside compiled blocks.
    pub instructions: usize,
    /// Per instruction index: the block containing it (`u32::MAX` if none).
    pub owner: Vec<u32>,
}

/// Splits the code into blocks. Leaders: pc 0, static targets, the
/// instruction after any control transfer (return points of calls), every
/// function symbol (computed call targets), and around every instruction
/// without a template.
fn plan(machine: &Machine, compilable: impl Fn(&Inst) -> bool) -> Plan {
    let (insts, code_len, _) = machine.decoded();
    let mut leader = vec![false; code_len + 1];
    let mark = |t: usize, leader: &mut Vec<bool>| {
        if t < code_len {
            leader[t] = true;
        }
    };
    mark(0, &mut leader);
    for (i, inst) in insts.iter().take(code_len).enumerate() {
        match inst.k {
            K::BeqRR | K::BeqRI | K::BneRR | K::BneRI => {
                mark(inst.a as u32 as usize, &mut leader);
                mark(i + 1, &mut leader);
            }
            K::Jal => {
                mark(inst.b as u32 as usize, &mut leader);
                mark(i + 1, &mut leader);
            }
            K::Jalv => mark(i + 1, &mut leader),
            _ if !compilable(inst) => {
                mark(i, &mut leader);
                mark(i + 1, &mut leader);
            }
            _ => {}
        }
    }
    for f in machine.program().symbols.functions() {
        if f.value % 24 == 0 {
            mark((f.value / 24) as usize, &mut leader);
        }
    }
    let mut plan = Plan {
        owner: vec![u32::MAX; code_len],
        ..Plan::default()
    };
    let mut i = 0;
    while i < code_len {
        if !compilable(&insts[i]) {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < code_len && !leader[i] && compilable(&insts[i]) {
            i += 1;
        }
        let id = plan.blocks.len() as u32;
        plan.owner[start..i].fill(id);
        plan.instructions += i - start;
        plan.blocks.push(Block { start, end: i });
    }
    plan
}

/// What profiling code needs (`crate::profile::fast` builds it from the
/// plan; `x64/profile.rs` emits the code).
#[derive(Debug, Default)]
pub(crate) struct ProfileHooks {
    /// Per block: the function start a node must have to run it, and the
    /// byte offset of its entry counter in that node's record.
    pub block: Vec<(u32, i32)>,
    /// Per instruction index: for a JAL, the byte offset in the caller's
    /// record of the child node it calls (cached).
    pub child: Vec<Option<i32>>,
}

/// Why the JIT could not compile a program (the caller falls back to the
/// interpreter).
#[derive(Debug, thiserror::Error)]
pub enum JitError {
    #[error("the JIT supports only x86-64 hosts built with the `jit` feature")]
    Unsupported,
    #[error("cannot map memory for compiled code: {0}")]
    Memory(#[from] std::io::Error),
}

/// A program compiled for one machine layout; reusable across runs of the
/// same program (see `batch`).
pub struct Compiled {
    #[cfg(all(feature = "jit", target_arch = "x86_64"))]
    code: x64::Code,
    plan: Plan,
    counting: bool,
    /// Time spent compiling.
    pub compile_time: std::time::Duration,
}

impl Compiled {
    /// Compiles `machine`'s program. `counting` adds per-block counters, so
    /// that `--stats` can report per-instruction counts.
    #[cfg(all(feature = "jit", target_arch = "x86_64"))]
    pub fn new(machine: &Machine, counting: bool) -> Result<Compiled, JitError> {
        let started = std::time::Instant::now();
        let (insts, code_len, window) = machine.decoded();
        let plan = plan(machine, x64::compilable);
        let guards = x64::Guards {
            null_guard: window.null_guard,
            stack_limit: window.stack_limit,
        };
        let code = x64::compile(insts, code_len, &plan, counting, None, guards)?;
        Ok(Compiled {
            code,
            plan,
            counting,
            compile_time: started.elapsed(),
        })
    }

    #[cfg(not(all(feature = "jit", target_arch = "x86_64")))]
    pub fn new(_machine: &Machine, _counting: bool) -> Result<Compiled, JitError> {
        Err(JitError::Unsupported)
    }

    /// Compiles `machine`'s program with the profiler's counters and call
    /// tracking, `hooks` made from the plan.
    #[cfg(all(feature = "jit", target_arch = "x86_64"))]
    pub(crate) fn new_profiled(
        machine: &Machine,
        hooks: impl FnOnce(&Plan) -> ProfileHooks,
    ) -> Result<(Compiled, ProfileHooks), JitError> {
        let started = std::time::Instant::now();
        let (insts, code_len, window) = machine.decoded();
        let plan = plan(machine, x64::compilable);
        let hooks = hooks(&plan);
        let guards = x64::Guards {
            null_guard: window.null_guard,
            stack_limit: window.stack_limit,
        };
        let code = x64::compile(insts, code_len, &plan, false, Some(&hooks), guards)?;
        let compiled = Compiled {
            code,
            plan,
            counting: false,
            compile_time: started.elapsed(),
        };
        Ok((compiled, hooks))
    }

    /// The blocks compiled.
    pub(crate) fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Entry address of the block starting at instruction index `pc`.
    #[cfg(all(feature = "jit", target_arch = "x86_64"))]
    pub(crate) fn entry(&self, pc: usize) -> Option<usize> {
        self.code.table.get(pc).copied().filter(|&e| e != 0)
    }

    /// Runs compiled code from `entry` until it leaves.
    ///
    /// # Safety
    /// As for `x64::Code::enter`; for profiled code also the profiler's
    /// fields of `ctx` (see `crate::profile::fast`).
    #[cfg(all(feature = "jit", target_arch = "x86_64"))]
    pub(crate) unsafe fn enter(&self, ctx: &mut Ctx, entry: usize) {
        // SAFETY: passed on to the caller.
        unsafe { self.code.enter(ctx, entry) }
    }

    /// The address of this code's block table (`Ctx::table`).
    #[cfg(all(feature = "jit", target_arch = "x86_64"))]
    pub(crate) fn table_address(&self) -> usize {
        self.code.table.as_ptr() as usize
    }

    /// Blocks and instructions compiled.
    pub fn size(&self) -> (usize, usize) {
        (self.plan.blocks.len(), self.plan.instructions)
    }

    /// Runs `machine` (which must hold the program this was compiled from)
    /// to STOP, FAIL or a trap, like [`Machine::run`].
    #[cfg(all(feature = "jit", target_arch = "x86_64"))]
    pub fn run(&self, machine: &mut Machine, io: &mut Io<'_>) -> Result<Outcome, Error> {
        let (_, code_len, _) = machine.decoded();
        let counting = self.counting && machine.counting();
        let mut entries = vec![0u64; if counting { self.plan.blocks.len() } else { 0 }];
        let mut uncounted = vec![0u64; if counting { code_len } else { 0 }];
        // Each run has its own JALV target caches (batch runs share the code).
        let mut sites = vec![[x64::SITE_EMPTY, 0u64]; self.code.sites];
        let mut ctx = x64::Ctx {
            mem: machine.memory_base() as usize,
            table: self.code.table.as_ptr() as usize,
            counters: entries.as_mut_ptr() as usize,
            sites: sites.as_mut_ptr() as usize,
            ..x64::Ctx::default()
        };
        let (mut entries_n, mut in_code, mut outside) = (0u64, 0u64, 0u64);
        // Like `Machine::run`, poll for SIGINT/SIGTERM and flush the output
        // every CHUNK instructions: compiled code is given at most that
        // much budget per entry, so it comes back often enough.
        let mut polled_at = machine.steps();
        let result = loop {
            match machine.poll(io, &mut polled_at, crate::exec::CHUNK) {
                Ok(None) => {}
                Ok(Some(outcome)) => break Ok(outcome),
                Err(e) => break Err(e),
            }
            let (pc, fp, budget) = machine.regs();
            let entry = self.code.table.get(pc).copied().unwrap_or(0);
            // Compiled code checks each block's window itself; an
            // unaligned fp (never made by compiled code) stays interpreted.
            let aligned = fp.is_multiple_of(4);
            let mut n = 1;
            if entry != 0 && aligned {
                let given = budget.min(crate::exec::CHUNK);
                ctx.fp = u64::from(fp);
                ctx.budget = given;
                // SAFETY: ctx points at this machine's memory and this
                // code's table, `entries` has one counter per block,
                // `sites` one pair per JALV cache, and fp is inside the
                // compiled-for window and aligned.
                unsafe { self.code.enter(&mut ctx, entry) };
                let at = ctx.pc as usize;
                let used = given - ctx.budget;
                entries_n += 1;
                if at == pc && used == 0 && ctx.reason == 0 {
                    // Left at once (fp outside the block's window, or a
                    // budget shorter than the block): let the interpreter
                    // run a stretch.
                    n = 16;
                    outside += 1;
                }
                in_code += used;
                machine.advance(at, ctx.fp as u32, used);
                if counting && ctx.reason == 1 {
                    // The block's rest was counted on entry but not run.
                    let block = self.plan.blocks[self.plan.owner[at] as usize];
                    for u in &mut uncounted[at..block.end] {
                        *u += 1;
                    }
                }
                if used > 0 && self.code.table.get(at).is_some_and(|&e| e != 0) {
                    // Left at a block start: the chunk's budget ran out
                    // there; enter again with a new one.
                    continue;
                }
            } else if !aligned {
                n = 16;
                outside += 1;
            }
            match machine.step_n(io, n) {
                Ok(None) => {}
                Ok(Some(outcome)) => break Ok(outcome),
                Err(e) => break Err(e),
            }
        };
        if std::env::var_os("VALIDA_JIT_DEBUG").is_some() {
            // A diagnostic for tuning: how often compiled code was left.
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr(),
                "jit: {entries_n} entries into compiled code, {in_code} instructions run there, {outside} fallbacks to stretches of interpretation"
            );
        }
        if counting {
            let mut counts = vec![0u64; code_len];
            for (b, &e) in self.plan.blocks.iter().zip(&entries) {
                counts[b.start..b.end].iter_mut().for_each(|c| *c += e);
            }
            for (c, u) in counts.iter_mut().zip(&uncounted) {
                *c -= u;
            }
            machine.add_counts(&counts);
        }
        result
    }

    #[cfg(not(all(feature = "jit", target_arch = "x86_64")))]
    pub fn run(&self, machine: &mut Machine, io: &mut Io<'_>) -> Result<Outcome, Error> {
        machine.run(io)
    }
}

/// Runs `machine` with compiled code, or in the interpreter if the
/// program cannot be compiled (the reason is returned alongside).
pub fn run(machine: &mut Machine, io: &mut Io<'_>) -> (Result<Outcome, Error>, Option<JitError>) {
    match Compiled::new(machine, machine.counting()) {
        Ok(compiled) => (compiled.run(machine, io), None),
        Err(e) => (machine.run(io), Some(e)),
    }
}
