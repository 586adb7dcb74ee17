//! Exact instruction profiles per call stack (`valida run --profile`), and
//! the cycle-marker regions of `valida run --stats`.
//!
//! The program runs in compiled code where it can (`fast.rs`: per-node
//! block counters and inline call/return tracking) and otherwise a basic
//! block at a time in the interpreter ([`Machine::step_n`] with the
//! block's length), so every instruction is charged to the stack it ran
//! on. [`run_interpreted`] uses only the interpreter. Calls and returns are recognised by fp (docs/abi.md): fp goes down
//! only on a call, up only on a return — or on a `longjmp`, which returns
//! past several frames at once. A shadow stack records each frame's fp, so
//! a rise of fp pops every frame below the new fp; when the new fp is not a
//! frame the profiler saw (a jump into an unknown frame), the stack is
//! rebuilt from the frame chain in memory.
//!
//! Call paths are kept in a trie whose size is bounded by the number of
//! distinct paths, with recursion folded: a call of a function already on
//! the path continues that function's node (`main;fib` for any depth of
//! `fib`), so deep recursion costs neither memory nor output.

#[cfg(all(feature = "jit", target_arch = "x86_64"))]
mod fast;
pub mod output;
pub mod pprof;

use std::collections::HashMap;

use crate::debuginfo::backtrace::walk;
use crate::error::Error;
use crate::exec::{Io, Machine};
use crate::isa::{INSTR_BYTES, Opcode};
use crate::report::Outcome;

/// Name of the no-op function that opens a cycle region (runtime header
/// `valida/cycles.h`).
pub const CYCLE_START: &str = "valida_cycle_start";
/// Name of the no-op function that closes a cycle region.
pub const CYCLE_END: &str = "valida_cycle_end";
/// Longest region name read from memory.
const MAX_REGION_NAME: usize = 256;

/// The region name a marker function was called with: its first argument,
/// in the callee frame's slot 12(fp).
pub(crate) fn region_name(mem: &crate::memory::Memory, fp: u32) -> String {
    let bytes = mem
        .read_word(fp.wrapping_add(12))
        .map(|ptr| mem.read_c_string(ptr, MAX_REGION_NAME))
        .unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A node of the call-path trie.
#[derive(Clone, Debug)]
pub struct Node {
    /// Start address of the function.
    pub func: u32,
    /// The call instruction in the parent that entered it (0 for the root).
    pub call_site: u32,
    pub parent: u32,
    /// Instructions executed with this node innermost.
    pub self_count: u64,
}

/// One frame (or run of recursive frames folded into one node) of the
/// shadow stack: fps from `inner` (the newest) up to `outer`. Compiled
/// code reads and writes these (`jit/x64/profile.rs` has the layout).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
struct Entry {
    node: u32,
    outer: u32,
    inner: u32,
    _pad: u32,
}

impl Entry {
    fn new(node: u32, outer: u32, inner: u32) -> Entry {
        Entry {
            node,
            outer,
            inner,
            _pad: 0,
        }
    }
}

/// The shadow stack: `buf[..depth]`, with spare initialised slots above
/// for compiled code to push into.
struct Stack {
    buf: Vec<Entry>,
    depth: usize,
}

impl Stack {
    fn last(&self) -> Option<&Entry> {
        self.buf[..self.depth].last()
    }

    fn last_mut(&mut self) -> Option<&mut Entry> {
        self.buf[..self.depth].last_mut()
    }

    fn first_mut(&mut self) -> Option<&mut Entry> {
        self.buf[..self.depth].first_mut()
    }

    fn push(&mut self, e: Entry) {
        if self.depth == self.buf.len() {
            self.buf.push(e);
        } else {
            self.buf[self.depth] = e;
        }
        self.depth += 1;
    }

    fn pop(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    fn len(&self) -> usize {
        self.depth
    }

    fn truncate(&mut self, n: usize) {
        self.depth = self.depth.min(n);
    }
}

/// A named region of `valida_cycle_start`/`valida_cycle_end`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Region {
    pub name: String,
    /// Completed start/end pairs.
    pub count: u64,
    /// Instructions between the two calls, summed over the pairs.
    pub cycles: u64,
    /// Starts without a matching end when the run stopped.
    pub open: u64,
}

/// What a profiled run recorded.
#[derive(Clone, Debug, Default)]
pub struct Profile {
    pub nodes: Vec<Node>,
    /// Executions of `(node, first pc of the block, instructions run)`.
    pub blocks: HashMap<(u32, u32, u32), u64>,
    pub regions: Vec<Region>,
    /// Times the stack had to be rebuilt from the frame chain.
    pub rebuilds: u64,
    /// Instructions counted in compiled code (the rest were interpreted).
    pub compiled: u64,
}

impl Profile {
    /// Instructions recorded (equals the machine's step count).
    pub fn total(&self) -> u64 {
        self.nodes.iter().map(|n| n.self_count).sum()
    }

    /// The path of `node` from the root, as nodes.
    pub fn path(&self, node: u32) -> Vec<u32> {
        let mut path = vec![node];
        let mut at = node;
        while at != 0 {
            at = self.nodes[at as usize].parent;
            path.push(at);
        }
        path.reverse();
        path
    }

    /// Instructions per executed pc under each node: `(node, pc) -> count`.
    pub fn per_pc(&self) -> HashMap<(u32, u32), u64> {
        let mut out: HashMap<(u32, u32), u64> = HashMap::new();
        for (&(node, start, used), &times) in &self.blocks {
            for k in 0..used {
                let pc = start.wrapping_add(k * INSTR_BYTES);
                *out.entry((node, pc)).or_default() += times;
            }
        }
        out
    }
}

/// What the profiler watches for.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Record call paths (off: only cycle regions, for `--stats`).
    pub stacks: bool,
}

struct Profiler {
    profile: Profile,
    stack: Stack,
    /// Children of each node: (call site, func) -> node.
    children: HashMap<(u32, u32, u32), u32>,
    /// Straight-line length from each instruction through the next
    /// control transfer.
    block_len: Vec<u32>,
    markers: (Option<u32>, Option<u32>),
    /// Open regions: (region index, steps at the start call).
    open: Vec<(usize, u64)>,
    initial_fp: u32,
    /// Block counters: keys `(node, start pc, instructions)` and counts.
    block_keys: Vec<(u32, u32, u32)>,
    block_counts: Vec<u64>,
    block_index: HashMap<(u32, u32, u32), u32>,
    /// Per instruction: the node and counter of the last whole block that
    /// started there (a block almost always runs under the same node), so
    /// the common step costs no hashing.
    block_cache: Vec<(u32, u32)>,
    /// Per instruction: the start address of its function.
    func_start: Vec<u32>,
    /// Counters and child caches of compiled code, one record per node.
    #[cfg(all(feature = "jit", target_arch = "x86_64"))]
    records: Option<fast::Records>,
}

fn ends_block(opcode: u32) -> bool {
    !matches!(
        Opcode::from_u32(opcode),
        Some(
            Opcode::Load32
                | Opcode::Store32
                | Opcode::Imm32
                | Opcode::ReadAdvice
                | Opcode::LoadFp
                | Opcode::LoadU8
                | Opcode::LoadS8
                | Opcode::StoreU8
                | Opcode::Memcpy
                | Opcode::Add
                | Opcode::Sub
                | Opcode::Mul
                | Opcode::Div
                | Opcode::Lt
                | Opcode::Shl
                | Opcode::Shr
                | Opcode::And
                | Opcode::Or
                | Opcode::Xor
                | Opcode::Sdiv
                | Opcode::Ne
                | Opcode::Mulhu
                | Opcode::Sra
                | Opcode::Mulhs
                | Opcode::Lte
                | Opcode::Eq
                | Opcode::Slt
                | Opcode::Sle
                | Opcode::Keccakf
        )
    )
}

/// Longest block stepped at once (bounds a step-limit overshoot check).
const MAX_BLOCK: u32 = 1 << 16;

impl Profiler {
    /// Start of the function containing `pc` (table lookup inside code).
    fn func_at(&self, m: &Machine, pc: u32) -> u32 {
        match self.func_start.get((pc / INSTR_BYTES) as usize) {
            Some(&f) if pc.is_multiple_of(INSTR_BYTES) => f,
            _ => Self::func_of(m, pc),
        }
    }

    fn func_of(m: &Machine, pc: u32) -> u32 {
        m.program()
            .symbols
            .function_at(pc)
            .map_or(pc, |(s, _)| s.value)
    }

    fn node_func(&self, node: u32) -> u32 {
        self.profile.nodes[node as usize].func
    }

    /// The node entered by calling `func` from `call_site` in `parent`:
    /// the parent itself or an ancestor for a recursive call.
    fn child(&mut self, parent: u32, call_site: u32, func: u32) -> u32 {
        let mut at = parent;
        loop {
            if self.node_func(at) == func {
                return at;
            }
            if at == 0 {
                break;
            }
            at = self.profile.nodes[at as usize].parent;
        }
        if let Some(&n) = self.children.get(&(parent, call_site, func)) {
            return n;
        }
        let n = self.new_node(Node {
            func,
            call_site,
            parent,
            self_count: 0,
        });
        self.children.insert((parent, call_site, func), n);
        n
    }

    fn new_node(&mut self, node: Node) -> u32 {
        let n = self.profile.nodes.len() as u32;
        #[cfg(all(feature = "jit", target_arch = "x86_64"))]
        if let Some(r) = &mut self.records {
            r.add(n, node.func);
        }
        self.profile.nodes.push(node);
        n
    }

    fn count_block(&mut self, node: u32, pc: u32, idx: usize, used: u32) {
        let whole = self.block_len.get(idx) == Some(&used);
        if whole
            && let Some(&(n, slot)) = self.block_cache.get(idx)
            && n == node
        {
            self.block_counts[slot as usize] += 1;
            return;
        }
        let key = (node, pc, used);
        let slot = self.slot_of(key);
        self.block_counts[slot as usize] += 1;
        if whole && let Some(c) = self.block_cache.get_mut(idx) {
            *c = (node, slot);
        }
    }

    /// Enters the node of a call; returns it.
    fn push(&mut self, call_site: u32, func: u32, fp: u32) -> u32 {
        let top = self.top();
        let node = self.child(top, call_site, func);
        match self.stack.last_mut() {
            Some(e) if e.node == node => e.inner = fp,
            _ => self.stack.push(Entry::new(node, fp, fp)),
        }
        node
    }

    /// The innermost node.
    fn top(&self) -> u32 {
        self.stack.last().map_or(0, |e| e.node)
    }

    /// fp rose to `fp`: pop the frames below it.
    fn pop_to(&mut self, m: &Machine, fp: u32, pc: u32) {
        while self.stack.len() > 1 && self.stack.last().is_some_and(|e| e.outer < fp) {
            self.stack.pop();
        }
        match self.stack.last_mut() {
            Some(e) if e.inner <= fp && fp <= e.outer => e.inner = fp,
            _ => self.rebuild(m, pc, fp),
        }
    }

    /// Recomputes the shadow stack from the frame chain in memory.
    fn rebuild(&mut self, m: &Machine, pc: u32, fp: u32) {
        self.profile.rebuilds += 1;
        let (frames, _) = walk(m.memory(), pc, fp, self.initial_fp);
        self.stack.truncate(1);
        if let Some(root) = self.stack.first_mut() {
            root.inner = root.outer;
        }
        // Outermost first; the root entry stands for the outermost frame.
        let mut call_site = 0;
        for (k, f) in frames.iter().rev().enumerate() {
            if k > 0 {
                let func = self.func_at(m, f.pc);
                self.push(call_site, func, f.fp);
            }
            call_site = f.pc;
        }
    }

    /// A call; returns the node entered unless it was a marker's.
    fn on_call(&mut self, m: &Machine, call_site: u32, target: u32, fp: u32) -> Option<u32> {
        let func = self.func_at(m, target);
        let marker = Some(func) == self.markers.0 || Some(func) == self.markers.1;
        if marker {
            self.marker(m, func, fp);
        }
        let node = self.push(call_site, func, fp);
        (!marker).then_some(node)
    }

    /// fp moved from `before` to `after` in a transfer at `last` (pc now
    /// at its target). Returns the node entered by a plain call.
    fn transfer(&mut self, m: &Machine, before: u32, after: u32, last: u32) -> Option<u32> {
        if after == before {
            return None;
        }
        if after < before {
            // A call writes its return address at 0(new fp).
            let ra = m.memory().read_word(after).ok();
            if ra == Some(last.wrapping_add(INSTR_BYTES)) {
                return self.on_call(m, last, m.pc(), after);
            }
            self.rebuild(m, m.pc(), after);
        } else {
            self.pop_to(m, after, m.pc());
        }
        None
    }

    /// Runs one basic block (or less, to a trap or the step limit) in the
    /// interpreter, charging it to the current stack.
    #[inline(always)]
    fn interp_block(
        &mut self,
        machine: &mut Machine,
        io: &mut Io<'_>,
    ) -> Result<Option<Outcome>, Error> {
        let pc = machine.pc();
        let idx = (pc / INSTR_BYTES) as usize;
        let n = self.block_len.get(idx).copied().unwrap_or(1);
        let fp_before = machine.fp();
        let steps_before = machine.steps();
        let result = machine.step_n(io, u64::from(n))?;
        let used = (machine.steps() - steps_before) as u32;
        if used > 0 {
            let node = self.top();
            self.profile.nodes[node as usize].self_count += u64::from(used);
            self.count_block(node, pc, idx, used);
        }
        if result.is_some() {
            return Ok(result);
        }
        let last = pc.wrapping_add((used.max(1) - 1) * INSTR_BYTES);
        self.transfer(machine, fp_before, machine.fp(), last);
        Ok(None)
    }

    /// The counter of `(node, first pc, instructions run)`, made on first use.
    fn slot_of(&mut self, key: (u32, u32, u32)) -> u32 {
        if let Some(&slot) = self.block_index.get(&key) {
            return slot;
        }
        let slot = self.block_keys.len() as u32;
        self.block_keys.push(key);
        self.block_counts.push(0);
        self.block_index.insert(key, slot);
        slot
    }

    /// Adds `times` runs of the `used` instructions from `pc` under `node`.
    fn add_block(&mut self, node: u32, pc: u32, used: u32, times: u64) {
        let key = (node, pc, used);
        let slot = self.slot_of(key);
        self.block_counts[slot as usize] += times;
        self.profile.nodes[node as usize].self_count += u64::from(used) * times;
    }

    /// Takes back `times` runs of a block counted by [`Profiler::add_block`].
    fn sub_block(&mut self, node: u32, pc: u32, used: u32, times: u64) {
        if let Some(&slot) = self.block_index.get(&(node, pc, used)) {
            let c = &mut self.block_counts[slot as usize];
            *c = c.saturating_sub(times);
            let n = &mut self.profile.nodes[node as usize].self_count;
            *n = n.saturating_sub(u64::from(used) * times);
        }
    }

    fn finish(mut self, options: Options) -> Profile {
        #[cfg(all(feature = "jit", target_arch = "x86_64"))]
        if let Some(r) = self.records.take() {
            r.collect(&mut self);
        }
        let mut profile = self.profile;
        if options.stacks {
            profile.blocks = self
                .block_keys
                .into_iter()
                .zip(self.block_counts)
                .filter(|&(_, c)| c > 0)
                .collect();
        }
        for (idx, _) in self.open {
            profile.regions[idx].open += 1;
        }
        profile
    }

    /// A call of a marker function: its argument (the region name) is in
    /// the callee frame's first argument slot, 12(fp).
    fn marker(&mut self, m: &Machine, func: u32, fp: u32) {
        let mem = m.memory();
        let name = region_name(mem, fp);
        let regions = &mut self.profile.regions;
        let idx = match regions.iter().position(|r| r.name == name) {
            Some(i) => i,
            None => {
                regions.push(Region {
                    name,
                    ..Region::default()
                });
                regions.len() - 1
            }
        };
        let now = m.steps();
        if Some(func) == self.markers.0 {
            self.open.push((idx, now));
        } else if let Some(pos) = self.open.iter().rposition(|&(i, _)| i == idx) {
            let (_, start) = self.open.remove(pos);
            regions[idx].count += 1;
            regions[idx].cycles += now - start;
        }
    }
}

/// Whether the program has cycle-marker functions.
pub fn has_markers(program: &crate::program::Program) -> bool {
    program.symbols.lookup(CYCLE_START).is_some() || program.symbols.lookup(CYCLE_END).is_some()
}

/// Runs `machine` to the end, recording the call paths (and cycle regions).
pub fn run_profiled(machine: &mut Machine, io: &mut Io<'_>) -> Result<(Outcome, Profile), Error> {
    run_with(machine, io, Options { stacks: true })
}

/// Runs `machine` with the chosen recording, in compiled code where the
/// host has the JIT (falling back to [`run_interpreted`]'s way otherwise).
pub fn run_with(
    machine: &mut Machine,
    io: &mut Io<'_>,
    options: Options,
) -> Result<(Outcome, Profile), Error> {
    let mut state = Profiler::new(machine);
    #[cfg(all(feature = "jit", target_arch = "x86_64"))]
    if let Some(compiled) = fast::prepare(&mut state, machine) {
        let outcome = fast::drive(&mut state, &compiled, machine, io)?;
        return Ok((outcome, state.finish(options)));
    }
    let outcome = state.drive_interpreted(machine, io)?;
    Ok((outcome, state.finish(options)))
}

/// Like [`run_with`], but only in the interpreter, a block at a time: the
/// reference the compiled profile is checked against.
pub fn run_interpreted(
    machine: &mut Machine,
    io: &mut Io<'_>,
    options: Options,
) -> Result<(Outcome, Profile), Error> {
    let mut state = Profiler::new(machine);
    let outcome = state.drive_interpreted(machine, io)?;
    Ok((outcome, state.finish(options)))
}

impl Profiler {
    fn new(machine: &Machine) -> Profiler {
        let code = &machine.program().code;
        let code_len = code.len();
        let mut block_len = vec![1u32; code.len()];
        for i in (0..code.len()).rev() {
            if !ends_block(code[i].opcode) && i + 1 < code.len() {
                block_len[i] = (block_len[i + 1] + 1).min(MAX_BLOCK);
            }
        }
        let symbols = &machine.program().symbols;
        let func_start: Vec<u32> = (0..code_len)
            .map(|i| {
                let pc = (i as u32).wrapping_mul(INSTR_BYTES);
                symbols.function_at(pc).map_or(pc, |(s, _)| s.value)
            })
            .collect();
        let markers = (
            symbols.lookup(CYCLE_START).map(|s| s.value),
            symbols.lookup(CYCLE_END).map(|s| s.value),
        );
        let root_func = symbols.function_at(0).map_or(0, |(s, _)| s.value);
        let initial_fp = machine.fp();
        Profiler {
            profile: Profile {
                nodes: vec![Node {
                    func: root_func,
                    call_site: 0,
                    parent: 0,
                    self_count: 0,
                }],
                ..Profile::default()
            },
            stack: Stack {
                buf: vec![Entry::new(0, initial_fp, initial_fp)],
                depth: 1,
            },
            children: HashMap::new(),
            block_len,
            markers,
            open: Vec::new(),
            initial_fp,
            block_keys: Vec::new(),
            block_counts: Vec::new(),
            block_index: HashMap::new(),
            block_cache: vec![(u32::MAX, 0); code_len],
            func_start,
            #[cfg(all(feature = "jit", target_arch = "x86_64"))]
            records: None,
        }
    }

    fn drive_interpreted(
        &mut self,
        machine: &mut Machine,
        io: &mut Io<'_>,
    ) -> Result<Outcome, Error> {
        loop {
            if let Some(outcome) = self.interp_block(machine, io)? {
                return Ok(outcome);
            }
        }
    }
}
