//! Profiling on compiled code: exact like the interpreted profile, at the
//! speed of compiled code for everything but the first call from each
//! call site under each node.
//!
//! Every trie node has a record that compiled code reads and writes
//! (`jit/x64/profile.rs` emits the code): a counter per compiled block of
//! the node's function, bumped on each entry of the block while the node is
//! innermost, and per call site of the function the child node that call
//! enters (filled here after its first call; for a call through a pointer,
//! with the target it was for). A block run under a node of
//! another function (a jump between functions, which no call or return
//! explains) leaves compiled code before it runs and is interpreted, as is
//! everything compiled code leaves for. Calls and returns that the inline
//! code cannot decide (first calls, pointer calls to another target, markers, fp
//! landing in an unknown frame) leave *after* the transfer with the fp from
//! before it, and go through [`Profiler::transfer`] like an interpreted
//! one. A block counted and then left in the middle (a trap, an unusual
//! operand) is corrected at the end: its run counts as the instructions
//! before the exit.
//!
//! The counts of block entries per node times the blocks' instructions,
//! plus the interpreted blocks, are therefore exactly the instructions
//! each (stack, pc) executed.

use std::collections::HashMap;

use super::{Entry, Profiler};
use crate::error::Error;
use crate::exec::{CHUNK, Io, K, Machine};
use crate::isa::INSTR_BYTES;
use crate::jit::{Block, Compiled, Ctx, EVENT, POINTER_WAYS, Plan, ProfileHooks};
use crate::report::Outcome;

const _: () = assert!(std::mem::size_of::<Entry>() == 16);

/// Spare shadow-stack slots compiled code may push into before leaving.
const SPARE: usize = 1024;

/// A function's compiled blocks, in the order of its records' counters,
/// and its JAL sites.
#[derive(Default)]
struct Func {
    blocks: Vec<u32>,
    sites: usize,
}

/// The node records and what is needed to read them back.
pub(super) struct Records {
    hooks: ProfileHooks,
    funcs: HashMap<u32, Func>,
    /// Per node: the record, and its address as compiled code uses it
    /// (all accesses after creation go through the address).
    owned: Vec<Box<[u64]>>,
    ptrs: Vec<usize>,
    /// Counted blocks left before instruction index `at`: (node, at) -> times.
    partial: HashMap<(u32, u32), u64>,
    blocks: Vec<Block>,
    owner: Vec<u32>,
    /// Per instruction index: whether it is a JALV (two-word child slot).
    jalv: Vec<bool>,
}

impl Records {
    /// Adds the record of node `n` (the next one), a call of `func`.
    pub(super) fn add(&mut self, n: u32, func: u32) {
        let words = 1 + self
            .funcs
            .get(&func)
            .map_or(0, |f| f.blocks.len() + f.sites);
        let mut rec = vec![0u64; words].into_boxed_slice();
        rec[0] = u64::from(func) | u64::from(n) << 32;
        self.ptrs.push(rec.as_mut_ptr() as usize);
        self.owned.push(rec);
    }

    /// The words of node `n`'s record.
    fn record(&self, n: usize) -> &[u64] {
        match (self.ptrs.get(n), self.owned.get(n)) {
            // SAFETY: the pointer is the boxed slice's, which lives as
            // long as `self` and has that length; compiled code is not
            // running.
            (Some(&p), Some(rec)) => unsafe {
                std::slice::from_raw_parts(p as *const u64, rec.len())
            },
            _ => &[],
        }
    }

    /// After a plain call from `site` (to instruction index `target`)
    /// under `parent` entered `child`: caches the child for compiled code.
    fn cache(&mut self, parent: u32, site: usize, target: usize, child: u32) {
        let Some(off) = self.hooks.child.get(site).copied().flatten() else {
            return;
        };
        let block = self.owner.get(site).copied().unwrap_or(u32::MAX);
        let Some(&(func, _)) = self.hooks.block.get(block as usize) else {
            return;
        };
        let word = off as usize / 8;
        let (Some(&p), Some(&c)) = (
            self.ptrs.get(parent as usize),
            self.ptrs.get(child as usize),
        ) else {
            return;
        };
        let rec = self.record(parent as usize);
        // The site's slot exists only in records of its own function.
        if rec.first().map(|&h| h as u32) != Some(func) {
            return;
        }
        let pointer = self.jalv.get(site) == Some(&true);
        let words = if pointer { 2 * POINTER_WAYS } else { 1 };
        if word + words > rec.len() {
            return;
        }
        let mut slot = rec[word..word + words].to_vec();
        if pointer {
            // Newest first; the oldest pair drops out.
            slot.rotate_right(2);
            slot[0] = target as u64;
            slot[1] = c as u64;
        } else {
            slot[0] = c as u64;
        }
        for (k, v) in slot.into_iter().enumerate() {
            // SAFETY: in bounds of the parent's record (checked above).
            unsafe { (p as *mut u64).add(word + k).write(v) };
        }
    }

    /// Per node, the runs of each compiled block.
    fn runs(&self) -> Vec<(u32, Block, u64)> {
        let mut out = Vec::new();
        for n in 0..self.ptrs.len() {
            let rec = self.record(n);
            let Some(f) = rec.first().and_then(|&h| self.funcs.get(&(h as u32))) else {
                continue;
            };
            for (l, &id) in f.blocks.iter().enumerate() {
                let times = rec.get(1 + l).copied().unwrap_or(0);
                if let (true, Some(&b)) = (times > 0, self.blocks.get(id as usize)) {
                    out.push((n as u32, b, times));
                }
            }
        }
        out
    }

    /// Moves the counts into the profiler's blocks.
    pub(super) fn collect(self, p: &mut Profiler) {
        for (n, b, times) in self.runs() {
            let pc = (b.start as u32).wrapping_mul(INSTR_BYTES);
            p.add_block(n, pc, (b.end - b.start) as u32, times);
            p.profile.compiled += (b.end - b.start) as u64 * times;
        }
        for (&(n, at), &times) in &self.partial {
            let Some(b) = self.block_of(at as usize) else {
                continue;
            };
            let pc = (b.start as u32).wrapping_mul(INSTR_BYTES);
            p.sub_block(n, pc, (b.end - b.start) as u32, times);
            p.profile.compiled = p
                .profile
                .compiled
                .saturating_sub((b.end - at as usize) as u64 * times);
            if at as usize > b.start {
                p.add_block(n, pc, at - b.start as u32, times);
            }
        }
    }

    fn block_of(&self, at: usize) -> Option<Block> {
        let id = *self.owner.get(at)?;
        self.blocks.get(id as usize).copied()
    }

    /// Executions per instruction index in compiled code (for `--stats`).
    fn instruction_counts(&self, code_len: usize) -> Vec<u64> {
        let mut counts = vec![0u64; code_len];
        for (_, b, times) in self.runs() {
            for c in counts.get_mut(b.start..b.end).into_iter().flatten() {
                *c += times;
            }
        }
        for (&(_, at), &times) in &self.partial {
            if let Some(b) = self.block_of(at as usize) {
                for c in counts.get_mut(at as usize..b.end).into_iter().flatten() {
                    *c = c.saturating_sub(times);
                }
            }
        }
        counts
    }
}

/// The hooks for `plan`: records laid out per function (block counters,
/// then JAL sites); fills `funcs`.
fn hooks_for(
    plan: &Plan,
    machine: &Machine,
    func_start: &[u32],
    funcs: &mut HashMap<u32, Func>,
) -> ProfileHooks {
    let (insts, code_len, _) = machine.decoded();
    let mut block = Vec::with_capacity(plan.blocks.len());
    for (id, b) in plan.blocks.iter().enumerate() {
        let func = func_start.get(b.start).copied().unwrap_or(u32::MAX);
        let f = funcs.entry(func).or_default();
        // Offsets fit: a record is at most one word per instruction.
        block.push((func, (8 + 8 * f.blocks.len()) as i32));
        f.blocks.push(id as u32);
    }
    let mut child = vec![None; code_len];
    for (b, &(func, _)) in plan.blocks.iter().zip(&block) {
        let Some(f) = funcs.get_mut(&func) else {
            continue;
        };
        let sites = child.get_mut(b.start..b.end).into_iter().flatten();
        for (slot, inst) in sites.zip(insts.get(b.start..b.end).unwrap_or(&[])) {
            // A JAL's slot: the child; a JALV's: POINTER_WAYS pairs of
            // target index and child.
            let words = match inst.k {
                K::Jal => 1,
                K::Jalv => 2 * POINTER_WAYS,
                _ => continue,
            };
            *slot = Some((8 * (1 + f.blocks.len() + f.sites)) as i32);
            f.sites += words;
        }
    }
    ProfileHooks { block, child }
}

/// Compiles the program with profiling code and sets up the records;
/// None if it cannot be compiled.
pub(super) fn prepare(state: &mut Profiler, machine: &Machine) -> Option<Compiled> {
    let mut funcs = HashMap::new();
    let func_start = &state.func_start;
    let (compiled, hooks) = Compiled::new_profiled(machine, |plan| {
        hooks_for(plan, machine, func_start, &mut funcs)
    })
    .ok()?;
    let plan = compiled.plan();
    let mut records = Records {
        hooks,
        funcs,
        owned: Vec::new(),
        ptrs: Vec::new(),
        partial: HashMap::new(),
        blocks: plan.blocks.clone(),
        owner: plan.owner.clone(),
        jalv: machine.decoded().0.iter().map(|i| i.k == K::Jalv).collect(),
    };
    for (n, node) in state.profile.nodes.iter().enumerate() {
        records.add(n as u32, node.func);
    }
    state.records = Some(records);
    Some(compiled)
}

/// Points `ctx` at the current node and the shadow stack (with room to
/// push); false without records.
fn sync_in(state: &mut Profiler, ctx: &mut Ctx) -> bool {
    let Some(records) = &state.records else {
        return false;
    };
    let stack = &mut state.stack;
    if stack.buf.len() < stack.depth + SPARE / 2 {
        let len = (stack.buf.len() * 2).max(stack.depth + SPARE);
        stack.buf.resize(len, Entry::default());
    }
    let base = stack.buf.as_mut_ptr() as usize;
    let size = std::mem::size_of::<Entry>();
    ctx.sp_base = base;
    ctx.sp = base + (stack.depth.max(1) - 1) * size;
    ctx.sp_end = base + (stack.buf.len() - 1) * size;
    let top = stack.last().map_or(0, |e| e.node) as usize;
    let Some(&node) = records.ptrs.get(top) else {
        return false;
    };
    ctx.node = node;
    ctx.nodes = records.ptrs.as_ptr() as usize;
    true
}

/// Runs `machine` to the end, in compiled code where it can.
pub(super) fn drive(
    state: &mut Profiler,
    compiled: &Compiled,
    machine: &mut Machine,
    io: &mut Io<'_>,
) -> Result<Outcome, Error> {
    let mut ctx = Ctx {
        mem: machine.memory_base() as usize,
        table: compiled.table_address(),
        ..Ctx::default()
    };
    let mut polled_at = machine.steps();
    // Interpret the next block: compiled code could not start it.
    let mut interpret = false;
    // For VALIDA_JIT_DEBUG: entries into compiled code, exits for the
    // profiler, blocks interpreted.
    let (mut entries, mut events, mut interpreted) = (0u64, 0u64, 0u64);
    let result = loop {
        match machine.poll(io, &mut polled_at, CHUNK) {
            Ok(None) => {}
            Ok(Some(outcome)) => break Ok(outcome),
            Err(e) => break Err(e),
        }
        let (pc, fp, budget) = machine.regs();
        let entry = match interpret || !fp.is_multiple_of(4) {
            true => None,
            false => compiled.entry(pc),
        };
        interpret = false;
        let Some(entry) = entry.filter(|_| sync_in(state, &mut ctx)) else {
            interpreted += 1;
            match state.interp_block(machine, io) {
                Ok(None) => continue,
                Ok(Some(outcome)) => break Ok(outcome),
                Err(e) => break Err(e),
            }
        };
        let given = budget.min(CHUNK);
        ctx.fp = u64::from(fp);
        ctx.budget = given;
        ctx.reason = 0;
        // SAFETY: ctx points at this machine's memory and this code's
        // table; node, nodes and the shadow stack at live buffers (the
        // stack with its spare slots), unchanged until the code returns;
        // fp is aligned.
        unsafe { compiled.enter(&mut ctx, entry) };
        entries += 1;
        let size = std::mem::size_of::<Entry>();
        state.stack.depth = (ctx.sp - ctx.sp_base) / size + 1;
        let at = ctx.pc as usize;
        let used = given - ctx.budget;
        machine.advance(at, ctx.fp as u32, used);
        match ctx.reason {
            1 => {
                let node = state.top();
                if let Some(r) = &mut state.records {
                    *r.partial.entry((node, at as u32)).or_default() += 1;
                }
            }
            EVENT => {
                events += 1;
                let site = ctx.site as u32;
                let parent = state.top();
                let last = site.wrapping_mul(INSTR_BYTES);
                let entered = state.transfer(machine, ctx.prev_fp as u32, machine.fp(), last);
                if let (Some(child), Some(r)) = (entered, &mut state.records) {
                    r.cache(parent, site as usize, at, child);
                }
            }
            _ => {}
        }
        interpret = used == 0 && at == pc && ctx.reason != EVENT;
    };
    if std::env::var_os("VALIDA_JIT_DEBUG").is_some() {
        use std::io::Write as _;
        let _ = writeln!(
            std::io::stderr(),
            "profile: {entries} entries into compiled code, {events} exits for calls and returns, {interpreted} blocks interpreted"
        );
    }
    if machine.counting()
        && let Some(r) = &state.records
    {
        let (_, code_len, _) = machine.decoded();
        let counts = r.instruction_counts(code_len);
        machine.add_counts(&counts);
    }
    result
}
