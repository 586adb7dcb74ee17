//! x86-64 code generation: each predecoded instruction becomes a short
//! template whose frame slots are memory operands `[mem + fp + off]`.
//!
//! Registers inside compiled code: rbx = memory base, r12 = fp (upper half
//! zero), r13 = remaining step budget, r14 = the [`Ctx`]. eax/ecx/edx/r15
//! are scratch; ebp, esi, edi, r8d..r11d hold frame slots within a block
//! (the most used ones, stored back before the block is left) or across
//! the iterations of a loop on itself. Compiled code never calls out, so
//! the stack is used only by the trampoline.
//!
//! Every block starts by taking its whole length from the budget (or
//! leaving, if the budget is shorter). Whatever the template does not
//! handle (a zero divisor, an unaligned or out-of-range pointer, fp leaving
//! the window, a JALV to a target that is not a block start) leaves compiled
//! code *before* the instruction has any effect, giving back the budget of
//! the instructions not executed, so the interpreter can execute it
//! exactly as it would have.

// dynasm's expansion of a dynamic register `Rd(r)` converts `r` with `.into()`.
#![allow(clippy::useless_conversion)]

mod profile;
pub use profile::{EVENT, POINTER_WAYS};

use dynasmrt::{
    AssemblyOffset, DynamicLabel, DynasmApi, DynasmLabelApi, ExecutableBuffer, dynasm,
    x64::Assembler,
};

use super::{Block, Plan, ProfileHooks};
use crate::exec::{Inst, K};
use crate::memory::MEM_LIMIT;

/// State passed between the driver and compiled code (offsets are baked
/// into the trampoline).
#[repr(C)]
#[derive(Debug, Default)]
pub struct Ctx {
    pub fp: u64,
    pub budget: u64,
    /// Instruction index of the exit.
    pub pc: u64,
    pub mem: usize,
    pub table: usize,
    pub counters: usize,
    /// 1 if the exit left a block whose entry was counted, before the
    /// instruction at `pc` (its rest was counted but not executed).
    pub reason: u64,
    /// Profiling only (`profile.rs`): the current node's record, the top,
    /// first and last slots of the shadow stack, the records by node
    /// index, and for an event the fp before the transfer and its index.
    pub node: usize,
    pub sp: usize,
    pub sp_base: usize,
    pub sp_end: usize,
    pub nodes: usize,
    pub prev_fp: u64,
    pub site: u64,
    /// One `[target pc: u32, fp delta: u32, entry address: u64]` entry per
    /// computed jump (JALV) of code compiled without profiling: the last
    /// target it took (`Code::sites` of them, per run; [`SITE_EMPTY`]
    /// matches none, its delta failing the test every hit makes).
    pub sites: usize,
}

const CTX_FP: i32 = 0;
const CTX_BUDGET: i32 = 8;
const CTX_PC: i32 = 16;
const CTX_MEM: i32 = 24;
const CTX_TABLE: i32 = 32;
const CTX_COUNTERS: i32 = 40;
const CTX_REASON: i32 = 48;
/// The first half of a JALV cache entry before its first use.
pub const SITE_EMPTY: u64 = 1 << 32 | 0xFFFF_FFFF;
const CTX_SITES: i32 = std::mem::offset_of!(Ctx, sites) as i32;

/// Machine code for a whole program.
pub struct Code {
    buf: ExecutableBuffer,
    trampoline: AssemblyOffset,
    /// Per instruction index: entry address of the block starting there, or 0.
    pub table: Vec<usize>,
    /// Pairs `Ctx::sites` must point at (see there).
    pub sites: usize,
}

impl Code {
    /// Runs compiled code from `entry` (a non-zero `table` value) until it
    /// leaves; `ctx` holds fp and budget in, and fp, budget, pc out.
    ///
    /// # Safety
    /// `ctx.mem` is the base of a live memory of `MEM_LIMIT` bytes,
    /// `ctx.table` is `self.table`'s pointer, `ctx.counters` has one slot per
    /// block if the code counts, `ctx.sites` points at `self.sites` pairs
    /// (initially `[u64::MAX, 0]`), and fp is 4-aligned (each block checks its
    /// own window of valid fp values on entry).
    pub unsafe fn enter(&self, ctx: &mut Ctx, entry: usize) {
        let f: extern "sysv64" fn(*mut Ctx, usize) =
            // SAFETY: the trampoline has this signature and ABI.
            unsafe { std::mem::transmute(self.buf.ptr(self.trampoline)) };
        f(ctx, entry)
    }
}

/// Where a branch goes: a block label or a stub that leaves.
struct Stub {
    label: DynamicLabel,
    pc: usize,
    refund: u32,
    reason: u8,
    /// Promoted slots to store back first.
    writeback: Held,
}

/// The executable's own guards (docs/abi.md): compiled code leaves to the
/// interpreter before any instruction that would trip one, so the
/// interpreter raises the trap.
#[derive(Clone, Copy, Default)]
pub struct Guards {
    /// Pointers below this trap `null-pointer` (0: no guard).
    pub null_guard: u32,
    /// A call moving fp below this traps `stack-overflow` (0: no limit).
    pub stack_limit: u32,
}

struct Gen<'a> {
    ops: Assembler,
    /// Per instruction: inside a loop (see `compile`).
    in_loop: Vec<bool>,
    guards: Guards,
    insts: &'a [Inst],
    code_len: usize,
    counting: bool,
    profile: Option<&'a ProfileHooks>,
    /// Per block start: the entry that first checks fp against the
    /// block's window, and the entry past that check.
    labels: Vec<Option<DynamicLabel>>,
    inner: Vec<Option<DynamicLabel>>,
    /// Per block start: (lo, span) of the fp values for which every slot of
    /// the block is addressable (`fp - lo <= span`).
    windows: Vec<(u32, u32)>,
    /// The window of the block being emitted.
    current: (u32, u32),
    stubs: Vec<Stub>,
    /// The frame slot whose value is in eax, within a block.
    cached: Option<i32>,
    /// Frame slots held in registers (offset, register number) in the
    /// current block, a loop on itself (see `promotable`).
    promoted: Vec<(i32, u8)>,
    /// Frame slots held in registers within the current (straight-line)
    /// block: loaded on first read, stored back when dirty before the
    /// block ends and in every exit stub (see `choose_slots`).
    slots: Vec<SlotReg>,
    /// Scratch for `choose_slots`: (slot, uses in the block).
    uses: Vec<(i32, u32)>,
    /// r15d holds the current block's pointer bound (see `bound`).
    bounded: bool,
    /// Held slots whose value passed the fast bound test for a word since
    /// they were last written: later accesses through them need no test.
    checked: Vec<i32>,
    /// Out-of-line precise checks of the current block's accesses.
    slow: Vec<Slow>,
    /// Per instruction of the current block (by index from its start):
    /// how its pointer is checked (see `group_accesses`).
    checks: Vec<Check>,
    /// The instruction index `checks` starts at.
    checks_from: usize,
    /// Exits between the copies of an unrolled loop: (label, steps to
    /// give back).
    stubs_inline: Vec<(DynamicLabel, i32)>,
    /// The slot just written by a compare whose flags are still set, and
    /// the condition its value 1 stands for (fuses compare + branch).
    flags: Option<(i32, Cond)>,
    /// JALV sites given a target cache so far.
    sites: usize,
    /// The jump that ends the last block emitted, held back: when the next
    /// block is its target, the code falls through instead.
    fallthrough: Option<DynamicLabel>,
    /// Window checks of blocks entered by falling through, emitted out of
    /// line (start label, pc, window, where the body starts, outside stub).
    entry_checks: Vec<EntryCheck>,
    /// Where each block is entered from outside (its window check).
    entries: Vec<(usize, AssemblyOffset)>,
}

/// A block's window check placed after all blocks (see `Gen::block`).
struct EntryCheck {
    start: DynamicLabel,
    pc: usize,
    lo: u32,
    span: u32,
    body: DynamicLabel,
    outside: DynamicLabel,
}

/// A frame slot given a register for one block.
#[derive(Clone, Copy, Debug)]
struct SlotReg {
    off: i32,
    reg: u8,
    /// The register holds the slot's value (loaded or written).
    valid: bool,
    /// The register's value is newer than memory's.
    dirty: bool,
}

/// A slot used fewer times in a block stays in memory (loading it into a
/// register and storing it back would cost what it saves; measured on
/// vm/bench-c/fib.c, whose blocks are 2-4 instructions).
const MIN_USES: u32 = 3;

/// Registers for block slots: ebp, esi, edi, r8d..r11d (edi is used by
/// the block's entry check, before any slot is loaded).
const SLOT_REGS: [u8; 7] = [5, 6, 7, 8, 9, 10, 11];

/// The precise checks of one load or store whose pointer failed the fast
/// bound test: exit to `out` if the interpreter must run it, else go on
/// at `back` (the access itself).
struct Slow {
    label: DynamicLabel,
    back: DynamicLabel,
    out: DynamicLabel,
    word: bool,
    /// Held slots the pointer must not fall on.
    offs: Held,
    /// The register holding the pointer, if not ecx.
    ptr: Option<u8>,
    /// For the first access of a group: the offsets from the pointer of
    /// the group's lowest and highest access, checked in its place.
    range: Option<(i32, i32)>,
}

/// How an access's pointer is checked, decided for the whole block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Check {
    /// On its own.
    Own,
    /// For a group of accesses through the same base value at constant
    /// offsets: the first checks `pointer + lo ..= pointer + hi`, which
    /// covers every later one.
    First {
        lo: i32,
        hi: i32,
    },
    Covered,
}

/// The widest offset span a group of accesses may cover (keeps
/// `pointer + hi` from wrapping past a pointer that passed the checks).
const GROUP_SPAN: i32 = 4096;

/// The slot an instruction writes, if any (stores write through pointers).
fn written_slot(inst: &Inst) -> Option<i32> {
    match inst.k {
        K::Sw | K::Sb | K::BeqRR | K::BeqRI | K::BneRR | K::BneRI => None,
        _ => Some(inst.a),
    }
}

/// Groups a block's loads and stores whose pointers are one value plus
/// different constants (`addi p2, p1, 4` between them), so that one range
/// test replaces theirs. Values are followed symbolically: a slot written
/// by anything but an add of a constant gets a new value, and a store
/// (which may hit any slot not held in a register) forgets every slot not
/// in `held`. Leaving at the first access of a group because a later one
/// would fail is exact: the interpreter executes from there.
fn group_accesses(insts: &[Inst], held: &[i32]) -> Vec<Check> {
    // Per slot: (value number, constant added).
    let mut sym: Vec<(i32, u32, i32)> = Vec::new();
    let mut next = 0u32;
    let fresh = |next: &mut u32| {
        *next += 1;
        *next
    };
    // The value a slot holds: known, or a new one from here on.
    let value_of = |slot: i32, sym: &mut Vec<(i32, u32, i32)>, next: &mut u32| {
        if let Some(&(_, v, k)) = sym.iter().find(|e| e.0 == slot) {
            return (v, k);
        }
        let v = fresh(next);
        sym.push((slot, v, 0));
        (v, 0)
    };
    // (instruction, value, constant, word)
    let mut uses: Vec<(usize, u32, i32, bool)> = Vec::new();
    for (i, inst) in insts.iter().enumerate() {
        let access = matches!(inst.k, K::Lw | K::Lbu | K::Lbs | K::Sw | K::Sb);
        if access {
            let store = matches!(inst.k, K::Sw | K::Sb);
            let ptr = if store { inst.b } else { inst.c };
            let (v, k) = value_of(ptr, &mut sym, &mut next);
            uses.push((i, v, k, matches!(inst.k, K::Lw | K::Sw)));
            if store {
                sym.retain(|e| held.contains(&e.0));
                continue;
            }
        }
        let Some(a) = written_slot(inst) else {
            continue;
        };
        let value = match alu_of(inst.k) {
            Some((Alu::Add, Form::RI)) => {
                let (v, k) = value_of(inst.b, &mut sym, &mut next);
                (v, k.wrapping_add(inst.c))
            }
            _ => (fresh(&mut next), 0),
        };
        sym.retain(|e| e.0 != a);
        sym.push((a, value.0, value.1));
    }
    let mut checks = vec![Check::Own; insts.len()];
    for (n, &(i, v, k, word)) in uses.iter().enumerate() {
        if checks[i] != Check::Own {
            continue;
        }
        // Later accesses of the same width through the same value, at an
        // offset the first one's range can cover (the same word
        // alignment for words).
        let (mut lo, mut hi) = (0i32, 0i32);
        let mut members = Vec::new();
        for &(j, v2, k2, word2) in &uses[n + 1..] {
            let d = k2.wrapping_sub(k);
            if v2 != v || word2 != word || checks[j] != Check::Own || (word && d % 4 != 0) {
                continue;
            }
            let (nlo, nhi) = (lo.min(d), hi.max(d));
            if i64::from(nhi) - i64::from(nlo) > i64::from(GROUP_SPAN) {
                continue;
            }
            (lo, hi) = (nlo, nhi);
            members.push(j);
        }
        if !members.is_empty() {
            checks[i] = Check::First { lo, hi };
            for j in members {
                checks[j] = Check::Covered;
            }
        }
    }
    checks
}

/// Slots held in registers (at most `SLOT_REGS.len()`), with their
/// registers, in a fixed array: made for every stub and access.
#[derive(Clone, Copy)]
struct Held {
    slots: [(i32, u8); SLOT_REGS.len()],
    n: usize,
}

impl Held {
    fn from_iter(it: impl Iterator<Item = (i32, u8)>) -> Held {
        let mut h = Held {
            slots: [(0, 0); SLOT_REGS.len()],
            n: 0,
        };
        // A block holds either promoted slots (six) or block slots (seven).
        for x in it {
            debug_assert!(h.n < h.slots.len(), "more held slots than registers");
            if let Some(at) = h.slots.get_mut(h.n) {
                *at = x;
                h.n += 1;
            }
        }
        h
    }

    fn as_slice(&self) -> &[(i32, u8)] {
        &self.slots[..self.n]
    }
}

/// A source operand of an ALU op computed in a register.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Src {
    Reg(u8),
    Mem(i32),
    Imm(i32),
}

/// An x86 condition code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cond {
    E,
    Ne,
    B,
    Ae,
    Be,
    A,
    L,
    Ge,
    Le,
    G,
}

impl Cond {
    /// The condition with the operands exchanged (`x < y` is `y > x`).
    fn swapped(self) -> Cond {
        match self {
            Cond::E | Cond::Ne => self,
            Cond::B => Cond::A,
            Cond::A => Cond::B,
            Cond::Ae => Cond::Be,
            Cond::Be => Cond::Ae,
            Cond::L => Cond::G,
            Cond::G => Cond::L,
            Cond::Ge => Cond::Le,
            Cond::Le => Cond::Ge,
        }
    }

    fn not(self) -> Cond {
        match self {
            Cond::E => Cond::Ne,
            Cond::Ne => Cond::E,
            Cond::B => Cond::Ae,
            Cond::Ae => Cond::B,
            Cond::Be => Cond::A,
            Cond::A => Cond::Be,
            Cond::L => Cond::Ge,
            Cond::Ge => Cond::L,
            Cond::Le => Cond::G,
            Cond::G => Cond::Le,
        }
    }
}

/// A loop on itself is unrolled to about this many instructions per
/// budget check, in at most `MAX_UNROLL` copies.
const UNROLLED_LEN: i32 = 32;
const MAX_UNROLL: i32 = 4;

#[derive(Clone, Copy)]
enum Alu {
    Add,
    Sub,
    Mul,
    Div,
    Sdiv,
    Mulhu,
    Mulhs,
    Lt,
    Lte,
    Slt,
    Sle,
    Eq,
    Ne,
    Shl,
    Shr,
    Sra,
    And,
    Or,
    Xor,
}

/// Operand form of an ALU instruction.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    RR,
    RI,
    IR,
}

fn alu_of(k: K) -> Option<(Alu, Form)> {
    use Alu::*;
    use Form::*;
    Some(match k {
        K::AddRR | K::AddRRBr => (Add, RR),
        K::SubRR => (Sub, RR),
        K::MulRR => (Mul, RR),
        K::DivRR => (Div, RR),
        K::SdivRR => (Sdiv, RR),
        K::MulhuRR => (Mulhu, RR),
        K::MulhsRR => (Mulhs, RR),
        K::LtRR | K::LtRRBr => (Lt, RR),
        K::LteRR | K::LteRRBr => (Lte, RR),
        K::SltRR | K::SltRRBr => (Slt, RR),
        K::SleRR | K::SleRRBr => (Sle, RR),
        K::EqRR | K::EqRRBr => (Eq, RR),
        K::NeRR | K::NeRRBr => (Ne, RR),
        K::ShlRR => (Shl, RR),
        K::ShrRR => (Shr, RR),
        K::SraRR => (Sra, RR),
        K::AndRR => (And, RR),
        K::OrRR => (Or, RR),
        K::XorRR => (Xor, RR),
        K::AddRI | K::AddRIBr => (Add, RI),
        K::SubRI | K::SubRIBr => (Sub, RI),
        K::MulRI => (Mul, RI),
        K::DivRI => (Div, RI),
        K::SdivRI => (Sdiv, RI),
        K::MulhuRI => (Mulhu, RI),
        K::MulhsRI => (Mulhs, RI),
        K::LtRI | K::LtRIBr => (Lt, RI),
        K::LteRI | K::LteRIBr => (Lte, RI),
        K::SltRI | K::SltRIBr => (Slt, RI),
        K::SleRI | K::SleRIBr => (Sle, RI),
        K::EqRI | K::EqRIBr => (Eq, RI),
        K::NeRI | K::NeRIBr => (Ne, RI),
        K::ShlRI => (Shl, RI),
        K::ShrRI => (Shr, RI),
        K::SraRI => (Sra, RI),
        K::AndRI | K::AndRIBr => (And, RI),
        K::OrRI => (Or, RI),
        K::XorRI => (Xor, RI),
        K::LtIR | K::LtIRBr => (Lt, IR),
        K::LteIR | K::LteIRBr => (Lte, IR),
        K::SltIR | K::SltIRBr => (Slt, IR),
        K::SleIR | K::SleIRBr => (Sle, IR),
        _ => return None,
    })
}

/// Whether the code generator has a template for this instruction: a
/// known kind whose frame slots are all 4-aligned (an unaligned slot is a
/// cell of its own in the memory model, which only the interpreter
/// implements). Everything else (I/O, STOP/FAIL, MEMCPY, KECCAKF, traps,
/// kinds added later) runs in the interpreter.
pub fn compilable(inst: &Inst) -> bool {
    kind_compilable(inst.k)
        && slots_of(inst).is_some_and(|(offs, n)| offs[..n].iter().all(|o| o % 4 == 0))
}

fn kind_compilable(k: K) -> bool {
    alu_of(k).is_some()
        || matches!(
            k,
            K::Const
                | K::LoadFp
                | K::Lw
                | K::Sw
                | K::Lbu
                | K::Lbs
                | K::Sb
                | K::Jal
                | K::Jalv
                | K::BeqRR
                | K::BeqRI
                | K::BneRR
                | K::BneRI
        )
}

/// The frame-slot offsets an instruction uses (None: not compilable).
fn slots_of(inst: &Inst) -> Option<([i32; 3], usize)> {
    let (a, b, c) = (inst.a, inst.b, inst.c);
    Some(match (inst.k, alu_of(inst.k)) {
        (_, Some((_, Form::RR))) | (K::Jalv, _) => ([a, b, c], 3),
        (_, Some((_, Form::RI))) => ([a, b, 0], 2),
        (_, Some((_, Form::IR))) => ([a, c, 0], 2),
        (K::Const | K::LoadFp | K::Jal, _) => ([a, 0, 0], 1),
        (K::Lw | K::Lbu | K::Lbs, _) => ([a, c, 0], 2),
        (K::Sw | K::Sb | K::BeqRR | K::BneRR, _) => ([b, c, 0], 2),
        (K::BeqRI | K::BneRI, _) => ([b, 0, 0], 1),
        _ => return None,
    })
}

/// (lo, span): the fp values `lo ..= lo + span` for which every slot of
/// the block is inside memory. When there are none, (u32::MAX, 0): only
/// an odd fp would pass, and compiled code never runs with one.
fn block_window(insts: &[Inst]) -> (u32, u32) {
    let (mut min, mut max) = (0i64, 0i64);
    for (offs, n) in insts.iter().filter_map(slots_of) {
        for &off in &offs[..n] {
            min = min.min(i64::from(off));
            max = max.max(i64::from(off));
        }
    }
    let lo = -min;
    let hi = i64::from(MEM_LIMIT) - 4 - max;
    if lo > hi {
        // No fp works: an empty window (span wraps to "never").
        return (u32::MAX, 0);
    }
    (lo as u32, (hi - lo) as u32)
}

/// Gives the blocks that jump to one another with fp unchanged (in
/// practice, a function's blocks) one window, the intersection of theirs,
/// so that those jumps skip the target's check. A narrower window only
/// sends more fp values to the interpreter, which is always exact; a
/// group whose intersection is empty keeps its blocks' own windows.
fn shared_windows(insts: &[Inst], plan: &Plan, windows: &mut [(u32, u32)]) {
    let n = plan.blocks.len();
    let mut parent: Vec<u32> = (0..n as u32).collect();
    fn root(parent: &mut [u32], mut x: u32) -> u32 {
        while parent[x as usize] != x {
            let up = parent[parent[x as usize] as usize];
            parent[x as usize] = up;
            x = up;
        }
        x
    }
    let block_at = |t: usize| {
        plan.owner
            .get(t)
            .copied()
            .filter(|&id| id != u32::MAX && plan.blocks[id as usize].start == t)
    };
    for (id, b) in plan.blocks.iter().enumerate() {
        let last = insts[b.end - 1];
        let mut succ = [None, None];
        match last.k {
            K::Jal | K::Jalv => {}
            K::BeqRR | K::BeqRI | K::BneRR | K::BneRI => {
                succ = [block_at(last.a as u32 as usize), block_at(b.end)];
            }
            _ => succ[0] = block_at(b.end),
        }
        for t in succ.into_iter().flatten() {
            let (x, y) = (root(&mut parent, id as u32), root(&mut parent, t));
            parent[x as usize] = y;
        }
    }
    // Per group root: the intersection [lo, hi] of its windows.
    let mut group: Vec<(u64, u64)> = vec![(0, u64::MAX); n];
    for (id, b) in plan.blocks.iter().enumerate() {
        let (lo, span) = windows[b.start];
        let r = root(&mut parent, id as u32) as usize;
        let (glo, ghi) = group[r];
        group[r] = (
            glo.max(u64::from(lo)),
            ghi.min(u64::from(lo) + u64::from(span)),
        );
    }
    for (id, b) in plan.blocks.iter().enumerate() {
        let (lo, hi) = group[root(&mut parent, id as u32) as usize];
        if lo <= hi && windows[b.start].0 != u32::MAX {
            windows[b.start] = (lo as u32, (hi - lo) as u32);
        }
    }
}

/// Compiles the blocks of `plan`.
pub fn compile(
    insts: &[Inst],
    code_len: usize,
    plan: &Plan,
    counting: bool,
    profile: Option<&ProfileHooks>,
    guards: Guards,
) -> std::io::Result<Code> {
    // About 40 bytes per instruction and 60 per block, with exit stubs.
    let mut ops =
        Assembler::new_with_capacity(plan.instructions * 48 + plan.blocks.len() * 64 + 4096)?;
    let mut labels = vec![None; code_len];
    let mut inner = vec![None; code_len];
    let mut windows = vec![(0, 0); code_len];
    for b in &plan.blocks {
        labels[b.start] = Some(ops.new_dynamic_label());
        inner[b.start] = Some(ops.new_dynamic_label());
        windows[b.start] = block_window(&insts[b.start..b.end]);
    }
    shared_windows(insts, plan, &mut windows);
    // Instructions between a backward branch's target and the branch: the
    // code worth holding slots in registers (the encoding with registers
    // chosen at run time costs compile time).
    let mut depth = vec![0i32; code_len + 1];
    for (i, inst) in insts.iter().take(code_len).enumerate() {
        if matches!(inst.k, K::BeqRR | K::BeqRI | K::BneRR | K::BneRI) {
            let t = inst.a as u32 as usize;
            if t <= i {
                depth[t] += 1;
                depth[i + 1] -= 1;
            }
        }
    }
    let mut in_loop = Vec::with_capacity(code_len);
    let mut d = 0;
    for &step in &depth[..code_len] {
        d += step;
        in_loop.push(d > 0);
    }
    let mut g = Gen {
        in_loop,
        ops,
        guards,
        insts,
        code_len,
        counting,
        profile,
        labels,
        inner,
        windows,
        current: (0, 0),
        stubs: Vec::new(),
        cached: None,
        promoted: Vec::new(),
        slots: Vec::new(),
        uses: Vec::new(),
        bounded: false,
        checked: Vec::new(),
        slow: Vec::new(),
        checks: Vec::new(),
        checks_from: 0,
        stubs_inline: Vec::new(),
        flags: None,
        sites: 0,
        fallthrough: None,
        entry_checks: Vec::new(),
        entries: Vec::new(),
    };
    let trampoline = g.trampoline();
    let mut starts = Vec::with_capacity(plan.blocks.len());
    for (id, b) in plan.blocks.iter().enumerate() {
        starts.push((b.start, g.ops.offset()));
        g.block(id, b);
    }
    g.settle_fallthrough(None);
    g.emit_slow();
    g.emit_entry_checks();
    g.emit_stubs();
    let buf = g
        .ops
        .finalize()
        .map_err(|_| std::io::Error::other("cannot finalize compiled code"))?;
    let mut table = vec![0usize; code_len];
    for &(start, off) in &g.entries {
        table[start] = buf.ptr(off) as usize;
    }
    if std::env::var_os("VALIDA_JIT_PERFMAP").is_some() {
        perf_map(&buf, &starts);
    }
    Ok(Code {
        buf,
        trampoline,
        table,
        sites: g.sites,
    })
}

/// A diagnostic for profiling compiled code: writes `/tmp/perf-PID.map`
/// (one symbol per block, named by its pc, which `perf report` reads) and
/// the code itself to `/tmp/valida-jit-PID.bin` (for `objdump -b binary`).
fn perf_map(buf: &ExecutableBuffer, starts: &[(usize, AssemblyOffset)]) {
    use std::fmt::Write as _;
    let pid = std::process::id();
    let mut map = String::new();
    for (k, &(start, off)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(buf.len(), |s| s.1.0);
        let _ = writeln!(
            map,
            "{:x} {:x} valida_pc_{:#x}_at_{:#x}",
            buf.ptr(off) as usize,
            end - off.0,
            start * 24,
            off.0
        );
    }
    // Best effort: a diagnostic must not stop the run.
    let _ = std::fs::write(format!("/tmp/perf-{pid}.map"), map);
    let _ = std::fs::write(format!("/tmp/valida-jit-{pid}.bin"), &buf[..]);
}

impl Gen<'_> {
    fn trampoline(&mut self) -> AssemblyOffset {
        let at = self.ops.offset();
        dynasm!(self.ops
            ; .arch x64
            ; push rbx
            ; push rbp
            ; push r12
            ; push r13
            ; push r14
            ; push r15
            ; mov r14, rdi
            ; mov rbx, [r14 + CTX_MEM]
            ; mov r12, [r14 + CTX_FP]
            ; mov r13, [r14 + CTX_BUDGET]
            ; jmp rsi
            ; ->exit:
            ; mov [r14 + CTX_FP], r12
            ; mov [r14 + CTX_BUDGET], r13
            ; mov [r14 + CTX_PC], rcx
            ; mov [r14 + CTX_REASON], rax
            ; pop r15
            ; pop r14
            ; pop r13
            ; pop r12
            ; pop rbp
            ; pop rbx
            ; ret
        );
        at
    }

    /// A label that leaves compiled code at `pc`, giving back `refund` steps.
    fn stub(&mut self, pc: usize, refund: u32, reason: u8) -> DynamicLabel {
        let label = self.ops.new_dynamic_label();
        self.stubs.push(Stub {
            label,
            pc,
            refund,
            reason,
            writeback: Held::from_iter(
                self.promoted.iter().copied().chain(
                    self.slots
                        .iter()
                        .filter(|s| s.dirty)
                        .map(|s| (s.off, s.reg)),
                ),
            ),
        });
        label
    }

    fn emit_stubs(&mut self) {
        for s in std::mem::take(&mut self.stubs) {
            let pc = s.pc as u32 as i32;
            let reason = i32::from(s.reason);
            let refund = s.refund as i32;
            dynasm!(self.ops
                ; .arch x64
                ; =>s.label
            );
            for &(off, r) in s.writeback.as_slice() {
                dynasm!(self.ops ; .arch x64 ; mov DWORD [rbx + r12 + off], Rd(r));
            }
            if refund > 0 {
                dynasm!(self.ops ; .arch x64 ; add r13, refund);
            }
            dynasm!(self.ops
                ; .arch x64
                ; mov ecx, pc
                ; mov eax, reason
                ; jmp ->exit
            );
        }
    }

    /// Label of a jump to instruction index `t` (a block, or a stub leaving
    /// there) with fp unchanged: past the target's window check if its
    /// window contains the current block's.
    fn target(&mut self, t: usize) -> DynamicLabel {
        let Some(l) = self.labels.get(t).copied().flatten() else {
            return self.stub(t, 0, 0);
        };
        let (lo, span) = self.current;
        let (tlo, tspan) = self.windows[t];
        let contains = u64::from(tlo) <= u64::from(lo)
            && u64::from(lo) + u64::from(span) <= u64::from(tlo) + u64::from(tspan);
        if contains {
            self.inner[t].unwrap_or(l)
        } else {
            l
        }
    }

    /// Label of a jump to `t` after fp changed to a value in `reach`
    /// (inclusive): past the target's window check if the window holds
    /// all of them.
    fn call_target(&mut self, t: usize, reach: (i64, i64)) -> DynamicLabel {
        let Some(l) = self.labels.get(t).copied().flatten() else {
            return self.stub(t, 0, 0);
        };
        let (tlo, tspan) = self.windows[t];
        let inside = reach.0 <= reach.1
            && i64::from(tlo) <= reach.0
            && reach.1 <= i64::from(tlo) + i64::from(tspan);
        if inside {
            self.inner[t].unwrap_or(l)
        } else {
            l
        }
    }

    /// The register holding slot `off` for reading (loading it on first
    /// use), if the slot has one.
    fn reg_of(&mut self, off: i32) -> Option<u8> {
        if self.slots.is_empty() && self.promoted.is_empty() {
            return None;
        }
        if let Some(p) = self.promoted.iter().find(|p| p.0 == off) {
            return Some(p.1);
        }
        let s = self.slots.iter_mut().find(|s| s.off == off)?;
        if !s.valid {
            s.valid = true;
            let r = s.reg;
            dynasm!(self.ops ; .arch x64 ; mov Rd(r), DWORD [rbx + r12 + off]);
        }
        Some(s.reg)
    }

    /// The register to write slot `off` to, if it has one (marked dirty).
    fn reg_for_write(&mut self, off: i32) -> Option<u8> {
        if self.slots.is_empty() && self.promoted.is_empty() {
            return None;
        }
        if let Some(p) = self.promoted.iter().find(|p| p.0 == off) {
            return Some(p.1);
        }
        let s = self.slots.iter_mut().find(|s| s.off == off)?;
        s.valid = true;
        s.dirty = true;
        let r = s.reg;
        self.checked.retain(|&c| c != off);
        Some(r)
    }

    /// Stores the dirty block slots back (leaves flags alone).
    fn flush(&mut self) {
        for s in &mut self.slots {
            if s.dirty {
                s.dirty = false;
                let (off, r) = (s.off, s.reg);
                dynasm!(self.ops ; .arch x64 ; mov DWORD [rbx + r12 + off], Rd(r));
            }
        }
    }

    /// Picks the block slots worth a register, in blocks inside a loop:
    /// used `MIN_USES` times, the
    /// most used first, all within one 64-word window (so that one mask
    /// test tells whether a pointer falls on any of them).
    fn choose_slots(&mut self, b: &Block) {
        self.slots.clear();
        if !self.in_loop[b.start] {
            return;
        }
        let uses = &mut self.uses;
        uses.clear();
        for inst in &self.insts[b.start..b.end] {
            if let Some((offs, n)) = slots_of(inst) {
                for &off in &offs[..n] {
                    match uses.iter_mut().find(|u| u.0 == off) {
                        Some(u) => u.1 += 1,
                        None => uses.push((off, 1)),
                    }
                }
            }
        }
        if uses.iter().all(|u| u.1 < MIN_USES) {
            return;
        }
        // Most used first; ties by offset, so the choice is deterministic.
        uses.sort_unstable_by_key(|&(off, n)| (std::cmp::Reverse(n), off));
        let (mut lo, mut hi) = (i32::MAX, i32::MIN);
        for &(off, n) in uses.iter() {
            if n < MIN_USES || self.slots.len() == SLOT_REGS.len() {
                break;
            }
            if i64::from(hi.max(off)) - i64::from(lo.min(off)) >= 256 {
                continue;
            }
            (lo, hi) = (lo.min(off), hi.max(off));
            self.slots.push(SlotReg {
                off,
                reg: SLOT_REGS[self.slots.len()],
                valid: false,
                dirty: false,
            });
        }
    }

    fn load_eax(&mut self, off: i32) {
        if self.cached == Some(off) {
            return;
        }
        if let Some(r) = self.reg_of(off) {
            dynasm!(self.ops ; .arch x64 ; mov eax, Rd(r));
            self.cached = Some(off);
        } else {
            dynasm!(self.ops ; .arch x64 ; mov eax, DWORD [rbx + r12 + off]);
            self.cached = Some(off);
        }
    }

    fn load_ecx(&mut self, off: i32) {
        if let Some(r) = self.reg_of(off) {
            dynasm!(self.ops ; .arch x64 ; mov ecx, Rd(r));
        } else if self.cached == Some(off) {
            dynasm!(self.ops ; .arch x64 ; mov ecx, eax);
        } else {
            dynasm!(self.ops ; .arch x64 ; mov ecx, DWORD [rbx + r12 + off]);
        }
    }

    fn store_eax(&mut self, off: i32) {
        if let Some(r) = self.reg_for_write(off) {
            dynasm!(self.ops ; .arch x64 ; mov Rd(r), eax);
        } else {
            dynasm!(self.ops ; .arch x64 ; mov DWORD [rbx + r12 + off], eax);
        }
        self.cached = Some(off);
    }

    /// Leaves to `out` if the pointer in ecx falls on a slot held in a
    /// register: any promoted or valid block slot for a store (it would
    /// change the slot under the register), a dirty one for a load (its
    /// memory copy is stale).
    fn alias_check(&mut self, out: DynamicLabel, held: &Held, keep_r15: bool) {
        let offs = held.as_slice();
        let Some(lo) = offs.iter().map(|h| h.0).min() else {
            return;
        };
        let hi = offs.iter().map(|h| h.0).max().unwrap_or(lo);
        let span = hi - lo + 4;
        let neg = lo.wrapping_neg();
        let contiguous = offs.len() as i32 * 4 == span;
        if contiguous || span > 256 {
            // One range covers them (exactly, if contiguous).
            dynasm!(self.ops
                ; .arch x64
                ; lea edx, [rcx + neg]
                ; sub edx, r12d
                ; cmp edx, span
                ; jb =>out
            );
            return;
        }
        let clear = self.ops.new_dynamic_label();
        // The pointer's word within the 64-word window at lo, tested
        // against the mask of held slots (bytes test their word).
        let mask = offs
            .iter()
            .fold(0u64, |m, &(off, _)| m | 1u64 << ((off - lo) / 4));
        dynasm!(self.ops
            ; .arch x64
            ; lea edx, [rcx + neg]
            ; sub edx, r12d
            ; cmp edx, 256
            ; jae =>clear
            ; shr edx, 2
        );
        if keep_r15 {
            // pop leaves the flags of bt alone.
            dynasm!(self.ops
                ; .arch x64
                ; push r15
                ; mov r15, QWORD mask as i64
                ; bt r15, rdx
                ; pop r15
                ; jc =>out
            );
        } else {
            dynasm!(self.ops
                ; .arch x64
                ; mov r15, QWORD mask as i64
                ; bt r15, rdx
                ; jc =>out
            );
        }
        dynasm!(self.ops ; .arch x64 ; =>clear);
    }

    /// The slots held in registers that a pointer must not fall on: any
    /// promoted or valid block slot for a store (it would change the slot
    /// under the register), a dirty one for a load (its memory copy is
    /// stale).
    fn held_offsets(&self, store: bool) -> Held {
        Held::from_iter(
            self.promoted.iter().copied().chain(
                self.slots
                    .iter()
                    .filter(|s| if store { s.valid } else { s.dirty })
                    .map(|s| (s.off, s.reg)),
            ),
        )
    }

    /// In a block holding slots in registers, sets r15d to the bound of
    /// the fast pointer test: (fp + lowest held slot - null guard) / 4,
    /// or 0 if negative. A word pointer p passes `ror(p - guard, 2) <
    /// r15d` (a byte pointer `(p - guard) >> 2 < r15d`) only if it is at
    /// or above the guard, below every held slot (so below the end of
    /// memory) and, for a word, aligned.
    fn bound(&mut self) {
        let guard = self.guards.null_guard;
        self.bounded = false;
        let Some(lo) = self.slots.iter().map(|s| s.off).min() else {
            return;
        };
        let k = i64::from(lo) - i64::from(guard);
        if !guard.is_multiple_of(4) || guard >= MEM_LIMIT || i32::try_from(k).is_err() {
            return;
        }
        let k = k as i32;
        dynasm!(self.ops
            ; .arch x64
            ; lea r15d, [r12 + k]
            ; xor edx, edx
            ; test r15d, r15d
            ; cmovs r15d, edx
            ; shr r15d, 2
        );
        self.bounded = true;
    }

    /// Emits the out-of-line checks of the block's accesses.
    fn emit_slow(&mut self) {
        for s in std::mem::take(&mut self.slow) {
            dynasm!(self.ops ; .arch x64 ; =>s.label);
            if let Some(r) = s.ptr {
                dynasm!(self.ops ; .arch x64 ; mov ecx, Rd(r));
            }
            if let Some((lo, hi)) = s.range {
                self.range_check(&s, lo, hi);
                continue;
            }
            self.pointer_check(s.out, s.word);
            self.alias_check(s.out, &s.offs, true);
            dynasm!(self.ops ; .arch x64 ; jmp =>s.back);
        }
    }

    /// The precise checks of a group's range `pointer + lo ..= pointer +
    /// hi` (pointer in ecx, kept): both ends inside memory, above the null
    /// guard and (words) aligned, and no held slot inside the range.
    fn range_check(&mut self, s: &Slow, lo: i32, hi: i32) {
        let bad = self.ops.new_dynamic_label();
        let fine = self.ops.new_dynamic_label();
        let size = if s.word { 4 } else { 1 };
        dynasm!(self.ops
            ; .arch x64
            ; push rcx
            ; lea ecx, [rcx + lo]
        );
        self.pointer_check(bad, s.word);
        dynasm!(self.ops
            ; .arch x64
            ; mov rcx, [rsp]
            ; lea ecx, [rcx + hi]
        );
        self.pointer_check(bad, s.word);
        let offs = s.offs.as_slice();
        if let (Some(min), Some(max)) = (
            offs.iter().map(|h| h.0).min(),
            offs.iter().map(|h| h.0).max(),
        ) {
            // Both ends are inside memory and fp is inside its window,
            // so these differences fit in an i32.
            dynasm!(self.ops
                ; .arch x64
                ; lea edx, [rcx + size]
                ; sub edx, r12d
                ; cmp edx, min
                ; jle =>fine
                ; mov rcx, [rsp]
                ; lea edx, [rcx + lo]
                ; sub edx, r12d
                ; cmp edx, max.wrapping_add(4)
                ; jge =>fine
                ; jmp =>bad
            );
        }
        dynasm!(self.ops
            ; .arch x64
            ; =>fine
            ; pop rcx
            ; jmp =>s.back
            ; =>bad
            ; pop rcx
            ; jmp =>s.out
        );
    }

    fn block(&mut self, id: usize, b: &Block) {
        let len = (b.end - b.start) as i32;
        let start_label = self.labels[b.start].expect("block label");
        self.promoted.clear();
        // The entry code below sets flags of its own.
        self.flags = None;
        let inner_label = self.inner[b.start].expect("block label");
        self.current = self.windows[b.start];
        let (lo, span) = self.current;
        let outside = self.stub(b.start, 0, 0);
        let short = self.stub(b.start, len as u32, 0);
        if self.fallthrough == Some(inner_label) {
            // The last block goes on here: its jump is dropped and this
            // block's window check, for entries from elsewhere, goes out
            // of line.
            self.fallthrough = None;
            self.entry_checks.push(EntryCheck {
                start: start_label,
                pc: b.start,
                lo,
                span,
                body: inner_label,
                outside,
            });
        } else {
            self.settle_fallthrough(None);
            self.entries.push((b.start, self.ops.offset()));
            dynasm!(self.ops
                ; .arch x64
                ; =>start_label
                ; mov edi, r12d
                ; sub edi, lo as i32
                ; cmp edi, span as i32
                ; ja =>outside
            );
        }
        dynasm!(self.ops
            ; .arch x64
            ; =>inner_label
            ; sub r13, len
            ; jb =>short
        );
        self.profile_check(id, short);
        let promote = self.promotable(b);
        let Some(slots) = promote else {
            self.count_entry(id);
            self.cached = None;
            self.choose_slots(b);
            let accesses = self.insts[b.start..b.end]
                .iter()
                .any(|i| matches!(i.k, K::Lw | K::Lbu | K::Lbs | K::Sw | K::Sb));
            if accesses {
                self.bound();
            }
            if self.bounded {
                let held: Vec<i32> = self.slots.iter().map(|s| s.off).collect();
                self.checks = group_accesses(&self.insts[b.start..b.end], &held);
                self.checks_from = b.start;
            }
            let mut falls_through = true;
            for i in b.start..b.end {
                falls_through = self.inst(i, (b.end - i) as u32);
            }
            if falls_through {
                self.flush();
                self.fallthrough = Some(self.target(b.end));
            }
            self.slots.clear();
            self.checked.clear();
            self.checks.clear();
            self.bounded = false;
            return;
        };
        // A loop on itself with its slots in registers. The first
        // iteration (its budget taken above) runs the single copy at
        // `body`; later ones start at `top`, which runs `unroll` copies
        // for one budget check when the budget allows, else one.
        for &(off, r) in &slots {
            dynasm!(self.ops ; .arch x64 ; mov Rd(r), DWORD [rbx + r12 + off]);
        }
        self.promoted = slots;
        let top = self.ops.new_dynamic_label();
        let body = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        let unroll = (UNROLLED_LEN / len).clamp(1, MAX_UNROLL);
        dynasm!(self.ops ; .arch x64 ; jmp =>body ; =>top);
        if unroll > 1 {
            let group = len * unroll;
            let few = self.ops.new_dynamic_label();
            dynasm!(self.ops
                ; .arch x64
                ; sub r13, group
                ; jb =>few
            );
            for j in 0..unroll {
                // Leaving from copy j gives back the copies after it.
                let extra = (len * (unroll - 1 - j)) as u32;
                self.count_entry(id);
                self.cached = None;
                for i in b.start..b.end - 1 {
                    self.inst(i, (b.end - i) as u32 + extra);
                }
                let flags = self.flags.take();
                let taken = self.branch_cond(b.end - 1, flags);
                if j + 1 < unroll {
                    let out = self.ops.new_dynamic_label();
                    self.jcc(taken.not(), out);
                    self.stubs_inline.push((out, extra as i32));
                } else {
                    self.jcc(taken, top);
                    dynasm!(self.ops ; .arch x64 ; jmp =>done);
                }
            }
            for (out, extra) in std::mem::take(&mut self.stubs_inline) {
                dynasm!(self.ops
                    ; .arch x64
                    ; =>out
                    ; add r13, extra
                    ; jmp =>done
                );
            }
            dynasm!(self.ops
                ; .arch x64
                ; =>few
                ; add r13, group
            );
        }
        let short = self.stub(b.start, len as u32, 0);
        dynasm!(self.ops
            ; .arch x64
            ; sub r13, len
            ; jb =>short
            ; =>body
        );
        self.count_entry(id);
        self.cached = None;
        for i in b.start..b.end - 1 {
            self.inst(i, (b.end - i) as u32);
        }
        let flags = self.flags.take();
        let taken = self.branch_cond(b.end - 1, flags);
        self.jcc(taken, top);
        // Not taken: store the slots back and go on.
        dynasm!(self.ops ; .arch x64 ; =>done);
        for (off, r) in std::mem::take(&mut self.promoted) {
            dynasm!(self.ops ; .arch x64 ; mov DWORD [rbx + r12 + off], Rd(r));
        }
        self.fallthrough = Some(self.target(b.end));
    }

    /// Emits the held-back jump of the last block unless `next` (the label
    /// about to be defined) is its target.
    fn settle_fallthrough(&mut self, next: Option<DynamicLabel>) {
        if let Some(l) = self.fallthrough.take()
            && Some(l) != next
        {
            dynasm!(self.ops ; .arch x64 ; jmp =>l);
        }
    }

    /// The window checks of blocks entered by falling through.
    fn emit_entry_checks(&mut self) {
        for c in std::mem::take(&mut self.entry_checks) {
            self.entries.push((c.pc, self.ops.offset()));
            dynasm!(self.ops
                ; .arch x64
                ; =>c.start
                ; mov edi, r12d
                ; sub edi, c.lo as i32
                ; cmp edi, c.span as i32
                ; ja =>c.outside
                ; jmp =>c.body
            );
        }
    }

    /// Adds one to block `id`'s entry counter (when counting).
    fn count_entry(&mut self, id: usize) {
        if !self.profile_count(id) && self.counting {
            let at = (id * 8) as i32;
            dynasm!(self.ops
                ; .arch x64
                ; mov rax, [r14 + CTX_COUNTERS]
                ; add QWORD [rax + at], 1
            );
        }
    }

    /// Emits the compare of branch `i` (none if `flags`, left by the
    /// compare just before, already decide it) and returns the condition
    /// under which it is taken.
    fn branch_cond(&mut self, i: usize, flags: Option<(i32, Cond)>) -> Cond {
        let inst = self.insts[i];
        let (b, c) = (inst.b, inst.c);
        let beq = matches!(inst.k, K::BeqRR | K::BeqRI);
        let ri = matches!(inst.k, K::BeqRI | K::BneRI);
        // `bnei L, t, 0` after `t = x < y` is taken when x < y.
        if let (true, 0, Some((slot, cond))) = (ri, c, flags)
            && slot == b
        {
            return if beq { cond.not() } else { cond };
        }
        match (ri, self.reg_of(b)) {
            (true, Some(r)) if self.cached != Some(b) => {
                dynasm!(self.ops ; .arch x64 ; cmp Rd(r), c);
            }
            (true, _) => {
                self.load_eax(b);
                dynasm!(self.ops ; .arch x64 ; cmp eax, c);
            }
            (false, _) => {
                self.load_eax(b);
                self.load_ecx(c);
                dynasm!(self.ops ; .arch x64 ; cmp eax, ecx);
            }
        }
        if beq { Cond::E } else { Cond::Ne }
    }

    fn jcc(&mut self, cond: Cond, to: DynamicLabel) {
        match cond {
            Cond::E => dynasm!(self.ops ; .arch x64 ; je =>to),
            Cond::Ne => dynasm!(self.ops ; .arch x64 ; jne =>to),
            Cond::B => dynasm!(self.ops ; .arch x64 ; jb =>to),
            Cond::Ae => dynasm!(self.ops ; .arch x64 ; jae =>to),
            Cond::Be => dynasm!(self.ops ; .arch x64 ; jbe =>to),
            Cond::A => dynasm!(self.ops ; .arch x64 ; ja =>to),
            Cond::L => dynasm!(self.ops ; .arch x64 ; jl =>to),
            Cond::Ge => dynasm!(self.ops ; .arch x64 ; jge =>to),
            Cond::Le => dynasm!(self.ops ; .arch x64 ; jle =>to),
            Cond::G => dynasm!(self.ops ; .arch x64 ; jg =>to),
        }
    }

    /// al = 1 if `cond` holds after a compare, else 0.
    fn set_al(&mut self, cond: Cond) {
        match cond {
            Cond::E => dynasm!(self.ops ; .arch x64 ; sete al),
            Cond::Ne => dynasm!(self.ops ; .arch x64 ; setne al),
            Cond::B => dynasm!(self.ops ; .arch x64 ; setb al),
            Cond::Ae => dynasm!(self.ops ; .arch x64 ; setae al),
            Cond::Be => dynasm!(self.ops ; .arch x64 ; setbe al),
            Cond::A => dynasm!(self.ops ; .arch x64 ; seta al),
            Cond::L => dynasm!(self.ops ; .arch x64 ; setl al),
            Cond::Ge => dynasm!(self.ops ; .arch x64 ; setge al),
            Cond::Le => dynasm!(self.ops ; .arch x64 ; setle al),
            Cond::G => dynasm!(self.ops ; .arch x64 ; setg al),
        }
    }

    /// A load or store: leaves to the interpreter for a pointer out of
    /// memory, below the null guard, onto slots held in registers, or (for
    /// a word) unaligned.
    fn access(&mut self, i: usize, leave: u32) {
        let inst = self.insts[i];
        let store = matches!(inst.k, K::Sw | K::Sb);
        let word = matches!(inst.k, K::Lw | K::Sw);
        let check = if self.bounded {
            self.checks
                .get(i.wrapping_sub(self.checks_from))
                .copied()
                .unwrap_or(Check::Own)
        } else {
            Check::Own
        };
        // Loads: pointer in c, destination a. Stores: pointer in b, value
        // in c. With the fast bound test, a pointer or word value held in
        // a register is used in place (its upper half is zero).
        let ptr_slot = if store { inst.b } else { inst.c };
        let rp = if self.bounded {
            self.reg_of(ptr_slot)
        } else {
            None
        };
        let rv = if store && word && self.bounded {
            self.reg_of(inst.c)
        } else {
            None
        };
        if store && rv.is_none() {
            self.load_eax(inst.c);
        }
        if rp.is_none() {
            self.load_ecx(ptr_slot);
        }
        let p = rp.unwrap_or(1);
        // A held pointer is changed only by writes to its slot (stores
        // through pointers never reach held slots: they leave first).
        let known = check == Check::Covered || rp.is_some() && self.checked.contains(&ptr_slot);
        if known {
            // Tested above in this block.
        } else if self.bounded {
            let out = self.stub(i, leave, 1);
            if word && rp.is_some() {
                self.checked.push(ptr_slot);
            }
            // One test for the common case (two for a group: its lowest
            // and highest pointer); the rest out of line.
            let (label, back) = (self.ops.new_dynamic_label(), self.ops.new_dynamic_label());
            let neg = self.guards.null_guard.wrapping_neg() as i32;
            let (range, offs) = match check {
                Check::First { lo, hi } => (
                    Some((lo, hi)),
                    Held::from_iter(
                        self.promoted
                            .iter()
                            .copied()
                            .chain(self.slots.iter().map(|s| (s.off, s.reg))),
                    ),
                ),
                _ => (None, self.held_offsets(store)),
            };
            let ends: &[i32] = match range {
                Some((lo, hi)) => &[lo, hi],
                None => &[0],
            };
            for &d in ends {
                let disp = neg.wrapping_add(d);
                dynasm!(self.ops ; .arch x64 ; lea edx, [Rq(p) + disp]);
                if word {
                    dynasm!(self.ops ; .arch x64 ; ror edx, 2);
                } else {
                    dynasm!(self.ops ; .arch x64 ; shr edx, 2);
                }
                dynasm!(self.ops
                    ; .arch x64
                    ; cmp edx, r15d
                    ; jae =>label
                );
            }
            dynasm!(self.ops ; .arch x64 ; =>back);
            self.slow.push(Slow {
                label,
                back,
                out,
                word,
                offs,
                ptr: rp,
                range,
            });
        } else {
            let out = self.stub(i, leave, 1);
            let offs = self.held_offsets(store);
            self.pointer_check(out, word);
            self.alias_check(out, &offs, false);
        }
        let ra = if !store && self.bounded && self.has_reg(inst.a) {
            self.reg_for_write(inst.a)
        } else {
            None
        };
        match (inst.k, ra) {
            (K::Lw, Some(r)) => dynasm!(self.ops ; .arch x64 ; mov Rd(r), DWORD [rbx + Rq(p)]),
            (K::Lbu, Some(r)) => dynasm!(self.ops ; .arch x64 ; movzx Rd(r), BYTE [rbx + Rq(p)]),
            (K::Lbs, Some(r)) => dynasm!(self.ops ; .arch x64 ; movsx Rd(r), BYTE [rbx + Rq(p)]),
            (K::Lw, None) => dynasm!(self.ops ; .arch x64 ; mov eax, DWORD [rbx + Rq(p)]),
            (K::Lbu, None) => dynasm!(self.ops ; .arch x64 ; movzx eax, BYTE [rbx + Rq(p)]),
            (K::Lbs, None) => dynasm!(self.ops ; .arch x64 ; movsx eax, BYTE [rbx + Rq(p)]),
            (K::Sw, _) => {
                let v = rv.unwrap_or(0);
                dynasm!(self.ops ; .arch x64 ; mov DWORD [rbx + Rq(p)], Rd(v));
            }
            _ => dynasm!(self.ops ; .arch x64 ; mov BYTE [rbx + Rq(p)], al),
        }
        if store {
            // The pointer may have hit the cached slot.
            self.cached = None;
        } else if ra.is_some() {
            if self.cached == Some(inst.a) {
                self.cached = None;
            }
        } else {
            self.store_eax(inst.a);
        }
    }

    /// A block that branches back to its own start, with no calls and at
    /// most six distinct (aligned) frame slots, keeps them in registers
    /// (esi, edi, r8d..r11d) across iterations.
    fn promotable(&self, b: &Block) -> Option<Vec<(i32, u8)>> {
        const REGS: [u8; 6] = [6, 7, 8, 9, 10, 11];
        let last = self.insts[b.end - 1];
        if !matches!(last.k, K::BeqRR | K::BeqRI | K::BneRR | K::BneRI)
            || last.a as u32 as usize != b.start
        {
            return None;
        }
        let mut slots: Vec<i32> = Vec::new();
        for inst in &self.insts[b.start..b.end] {
            if matches!(inst.k, K::Jal | K::Jalv) {
                return None;
            }
            let (offs, n) = slots_of(inst)?;
            for &off in &offs[..n] {
                if off % 4 != 0 {
                    return None;
                }
                if !slots.contains(&off) {
                    slots.push(off);
                }
            }
        }
        if slots.len() > REGS.len() {
            return None;
        }
        Some(slots.into_iter().zip(REGS).collect())
    }

    /// Emits instruction `i`; `leave` = instructions from `i` to the block
    /// end (the refund when leaving before `i`). Returns whether control
    /// can fall through to `i + 1`.
    fn inst(&mut self, i: usize, leave: u32) -> bool {
        let inst = self.insts[i];
        let (a, b, c) = (inst.a, inst.b, inst.c);
        // Only the instruction right after a compare may use its flags.
        let flags = self.flags.take();
        if let Some((op, form)) = alu_of(inst.k) {
            self.alu(i, leave, op, form, a, b, c);
            return true;
        }
        match inst.k {
            K::Const => {
                if self.has_reg(a) {
                    dynasm!(self.ops ; .arch x64 ; mov eax, b);
                    self.store_eax(a);
                } else {
                    // Straight to memory; eax keeps what it held.
                    dynasm!(self.ops ; .arch x64 ; mov DWORD [rbx + r12 + a], b);
                    if self.cached == Some(a) {
                        self.cached = None;
                    }
                }
                // Moves leave the flags: a compare before still decides
                // a branch after, unless this overwrote its result.
                self.flags = flags.filter(|&(slot, _)| slot != a);
            }
            K::LoadFp => {
                dynasm!(self.ops ; .arch x64 ; lea eax, [r12 + b]);
                self.store_eax(a);
            }
            K::Lw | K::Lbu | K::Lbs | K::Sw | K::Sb => self.access(i, leave),
            K::BeqRR | K::BneRR | K::BeqRI | K::BneRI => {
                let taken = self.branch_cond(i, flags);
                // Both ways leave the block (the stores keep the flags).
                self.flush();
                let to = self.target(a as u32 as usize);
                self.jcc(taken, to);
                // Not taken: on to the next instruction, falling through
                // when its block comes next.
                self.fallthrough = Some(self.target(i + 1));
                return false;
            }
            K::Jal => {
                self.flush();
                let ret = (i as u32).wrapping_add(1).wrapping_mul(24) as i32;
                let t = b as u32 as usize;
                // The lowest fp this code can run with: the block's window,
                // raised by the stack-overflow test below.
                let mut lowest = i64::from(self.current.0);
                if self.guards.stack_limit != 0 && c < 0 {
                    let out = self.stub(i, leave, 1);
                    // fp + c < fp: it overflows iff fp + c < limit, i.e.
                    // fp < limit - c (a wrapped fp + c leaves too; the
                    // interpreter decides).
                    let bound = u64::from(self.guards.stack_limit) + u64::from(c.unsigned_abs());
                    if let Ok(bound) = u32::try_from(bound) {
                        dynasm!(self.ops ; .arch x64 ; cmp r12d, bound as i32 ; jb =>out);
                        lowest = lowest.max(i64::from(bound));
                    } else {
                        dynasm!(self.ops ; .arch x64 ; lea ecx, [r12 + c]);
                        self.stack_check(out);
                    }
                }
                dynasm!(self.ops ; .arch x64 ; mov DWORD [rbx + r12 + a], ret);
                self.profile_save_fp();
                dynasm!(self.ops ; .arch x64 ; add r12d, c);
                if self.profile_call(i, a, c, t) {
                    return false;
                }
                if c % 4 != 0 {
                    // Compiled code runs with an aligned fp only.
                    let unaligned = self.stub(t, 0, 0);
                    dynasm!(self.ops
                        ; .arch x64
                        ; test r12d, 3
                        ; jnz =>unaligned
                    );
                }
                // The callee's window check is skipped when every fp this
                // call can make is inside it.
                let (lo, span) = self.current;
                let reach = (
                    lowest + i64::from(c),
                    i64::from(lo) + i64::from(span) + i64::from(c),
                );
                let to = self.call_target(t, reach);
                dynasm!(self.ops ; .arch x64 ; jmp =>to);
                return false;
            }
            K::Jalv => {
                self.flush();
                self.jalv(i, leave, a, b, c);
                return false;
            }
            _ => unreachable!("planned only compilable kinds"),
        }
        true
    }

    /// Leaves to `out` unless the pointer in ecx is inside memory, not
    /// below the null guard, and (for a word) aligned.
    fn pointer_check(&mut self, out: DynamicLabel, word: bool) {
        let guard = self.guards.null_guard;
        if !guard.is_multiple_of(4) || guard >= MEM_LIMIT {
            dynasm!(self.ops
                ; .arch x64
                ; cmp ecx, MEM_LIMIT as i32
                ; jae =>out
            );
            self.null_check(out);
            if word {
                dynasm!(self.ops ; .arch x64 ; test ecx, 3 ; jnz =>out);
            }
            return;
        }
        // p - guard wraps high below the guard; for a word, rotating the
        // two low bits to the top puts an unaligned p high as well.
        let neg = guard.wrapping_neg() as i32;
        let room = MEM_LIMIT - guard;
        if word {
            let words = (room / 4) as i32;
            dynasm!(self.ops
                ; .arch x64
                ; lea edx, [rcx + neg]
                ; ror edx, 2
                ; cmp edx, words
                ; jae =>out
            );
        } else if guard == 0 {
            dynasm!(self.ops ; .arch x64 ; cmp ecx, room as i32 ; jae =>out);
        } else {
            dynasm!(self.ops
                ; .arch x64
                ; lea edx, [rcx + neg]
                ; cmp edx, room as i32
                ; jae =>out
            );
        }
    }

    /// Leaves to `out` if the pointer in ecx is below the null guard.
    fn null_check(&mut self, out: DynamicLabel) {
        if self.guards.null_guard != 0 {
            let guard = self.guards.null_guard as i32;
            dynasm!(self.ops ; .arch x64 ; cmp ecx, guard ; jb =>out);
        }
    }

    /// Leaves to `out` if the next fp in ecx is below the stack limit and
    /// below the current fp (the interpreter's stack-overflow rule).
    fn stack_check(&mut self, out: DynamicLabel) {
        let limit = self.guards.stack_limit as i32;
        dynasm!(self.ops
            ; .arch x64
            ; cmp ecx, limit
            ; jae >fine
            ; cmp ecx, r12d
            ; jb =>out
            ; fine:
        );
    }

    fn jalv(&mut self, i: usize, leave: u32, a: i32, b: i32, c: i32) {
        let ret = (i as u32).wrapping_add(1).wrapping_mul(24) as i32;
        let out = self.stub(i, leave, 1);
        // v1.0 writes a before reading b and c.
        if b == a {
            dynasm!(self.ops ; .arch x64 ; mov eax, ret);
        } else {
            dynasm!(self.ops ; .arch x64 ; mov eax, DWORD [rbx + r12 + b]);
        }
        if c == a {
            dynasm!(self.ops ; .arch x64 ; mov edx, ret);
        } else {
            dynasm!(self.ops ; .arch x64 ; mov edx, DWORD [rbx + r12 + c]);
        }
        let limit = (self.code_len as u64) * 24;
        // Without profiling, each JALV remembers the last target and fp
        // delta it took (a return goes back to the same call site with the
        // same delta most of the time): on a hit the target is known good,
        // and a delta that is a multiple of 4 below 2^30 can neither
        // overflow the stack (fp grows) nor leave memory unchecked (the
        // target block checks its window), so only the other cases take the
        // full path below. The hit adds the remembered delta, not the one
        // just loaded through fp: equal, but the new fp then does not wait
        // for a load whose address is the old fp, which would put a load's
        // latency on every return's chain of frame addresses.
        let site = (self.profile.is_none() && limit <= u64::from(u32::MAX)).then(|| {
            self.sites += 1;
            ((self.sites - 1) * 16) as i32
        });
        if let Some(at) = site {
            let full = self.ops.new_dynamic_label();
            dynasm!(self.ops
                ; .arch x64
                ; mov rcx, [r14 + CTX_SITES]
                ; cmp eax, DWORD [rcx + at]
                ; jne =>full
                ; cmp edx, DWORD [rcx + at + 4]
                ; jne =>full
                ; test edx, 0xC000_0003u32 as i32
                ; jnz =>full
                ; mov DWORD [rbx + r12 + a], ret
                ; add r12d, DWORD [rcx + at + 4]
                ; jmp QWORD [rcx + at + 8]
                ; =>full
            );
        }
        if limit <= u64::from(u32::MAX) {
            let limit = limit as u32 as i32;
            dynasm!(self.ops
                ; .arch x64
                ; cmp eax, limit
                ; jae =>out
            );
        }
        if self.guards.null_guard != 0 {
            // A jump to pc 0 (a call through NULL) traps `null-pointer`.
            dynasm!(self.ops ; .arch x64 ; cmp eax, 24 ; jb =>out);
        }
        if self.guards.stack_limit != 0 {
            dynasm!(self.ops ; .arch x64 ; mov ecx, r12d ; add ecx, edx);
            self.stack_check(out);
        }
        dynasm!(self.ops
            ; .arch x64
            ; test edx, 3
            ; jnz =>out
            ; mov DWORD [rbx + r12 + a], ret
        );
        self.profile_save_fp();
        dynasm!(self.ops
            ; .arch x64
            ; mov r8d, edx
            ; add r12d, edx
            ; mov edi, eax
            // index = target / 24, exactly, for every u32.
            ; mov esi, 0xAAAA_AAABu32 as i32
            ; imul rax, rsi
            ; shr rax, 36
        );
        self.profile_return(i);
        dynasm!(self.ops
            ; .arch x64
            // fp stayed aligned: edx was tested above.
            ; mov rdx, [r14 + CTX_TABLE]
            ; mov rcx, [rdx + rax * 8]
            ; test rcx, rcx
            ; jz >leave
        );
        if let Some(at) = site {
            // Remember the target, the delta and the entry.
            dynasm!(self.ops
                ; .arch x64
                ; mov rdx, [r14 + CTX_SITES]
                ; mov [rdx + at], edi
                ; mov [rdx + at + 4], r8d
                ; mov [rdx + at + 8], rcx
            );
        }
        dynasm!(self.ops
            ; .arch x64
            ; jmp rcx
            ; leave:
            ; mov ecx, eax
            ; xor eax, eax
            ; jmp ->exit
        );
        self.cached = None;
    }

    fn has_reg(&self, off: i32) -> bool {
        self.promoted.iter().any(|p| p.0 == off) || self.slots.iter().any(|s| s.off == off)
    }

    fn operand(&mut self, off: i32) -> Src {
        match self.reg_of(off) {
            Some(r) => Src::Reg(r),
            None => Src::Mem(off),
        }
    }

    /// An ALU op whose destination slot is held in a register, computed
    /// there directly (`mov a, b; op a, c`), without going through eax.
    /// Returns false (nothing emitted) for the forms it does not cover.
    fn alu_in_regs(&mut self, op: Alu, form: Form, a: i32, b: i32, c: i32) -> bool {
        use Alu::*;
        let shift = matches!(op, Shl | Shr | Sra);
        let commutes = matches!(op, Add | And | Or | Xor | Mul);
        if !matches!(op, Add | Sub | And | Or | Xor | Mul) && !shift || !self.has_reg(a) {
            return false;
        }
        let swap = match form {
            Form::RI => false,
            // Shift counts need cl; `a = b - a` would lose a.
            Form::RR if shift || (a == c && a != b && !commutes) => return false,
            Form::RR => a == c && a != b,
            Form::IR => return false,
        };
        // Read the sources before the destination is marked written.
        let x = self.operand(b);
        let y = match form {
            Form::RR => self.operand(c),
            _ => Src::Imm(c),
        };
        let Some(ra) = self.reg_for_write(a) else {
            return false;
        };
        let (x, y) = if swap { (y, x) } else { (x, y) };
        match x {
            Src::Reg(r) if r == ra => {}
            Src::Reg(r) => dynasm!(self.ops ; .arch x64 ; mov Rd(ra), Rd(r)),
            Src::Mem(o) => dynasm!(self.ops ; .arch x64 ; mov Rd(ra), DWORD [rbx + r12 + o]),
            Src::Imm(v) => dynasm!(self.ops ; .arch x64 ; mov Rd(ra), v),
        }
        macro_rules! bin {
            ($mn:ident) => {
                match y {
                    Src::Reg(r) => dynasm!(self.ops ; .arch x64 ; $mn Rd(ra), Rd(r)),
                    Src::Mem(o) => dynasm!(self.ops ; .arch x64 ; $mn Rd(ra), DWORD [rbx + r12 + o]),
                    Src::Imm(v) => dynasm!(self.ops ; .arch x64 ; $mn Rd(ra), v),
                }
            };
        }
        macro_rules! shift {
            ($mn:ident) => {
                if let Src::Imm(v) = y {
                    let s = (v & 31) as i8;
                    if s != 0 {
                        dynasm!(self.ops ; .arch x64 ; $mn Rd(ra), s);
                    }
                }
            };
        }
        match op {
            Add => bin!(add),
            Sub => bin!(sub),
            And => bin!(and),
            Or => bin!(or),
            Xor => bin!(xor),
            Mul => match y {
                Src::Reg(r) => dynasm!(self.ops ; .arch x64 ; imul Rd(ra), Rd(r)),
                Src::Mem(o) => dynasm!(self.ops ; .arch x64 ; imul Rd(ra), DWORD [rbx + r12 + o]),
                Src::Imm(v) => dynasm!(self.ops ; .arch x64 ; imul Rd(ra), Rd(ra), v),
            },
            Shl => shift!(shl),
            Shr => shift!(shr),
            _ => shift!(sar),
        }
        if self.cached == Some(a) {
            self.cached = None;
        }
        true
    }

    #[allow(clippy::too_many_arguments)]
    fn alu(&mut self, i: usize, leave: u32, op: Alu, form: Form, a: i32, b: i32, c: i32) {
        if self.alu_in_regs(op, form, a, b, c) {
            return;
        }
        // `k < x` is `x > k`: compared the other way round with the
        // immediate, and no register move for k.
        let swapped = form == Form::IR && matches!(op, Alu::Lt | Alu::Lte | Alu::Slt | Alu::Sle);
        let form = if swapped { Form::RI } else { form };
        let (b, c) = if swapped { (c, b) } else { (b, c) };
        // eax = x, ecx = y (or the immediate `imm` for the RI form). Ops
        // with a register or memory source read y where it is (`direct`).
        let direct_ok = matches!(
            op,
            Alu::Add
                | Alu::Sub
                | Alu::And
                | Alu::Or
                | Alu::Xor
                | Alu::Mul
                | Alu::Lt
                | Alu::Lte
                | Alu::Slt
                | Alu::Sle
                | Alu::Eq
                | Alu::Ne
        );
        let mut direct = None;
        let imm = match form {
            Form::RR => {
                self.load_eax(b);
                if direct_ok {
                    direct = Some(self.operand(c));
                } else {
                    self.load_ecx(c);
                }
                None
            }
            Form::RI => {
                self.load_eax(b);
                Some(c)
            }
            Form::IR => {
                self.load_ecx(c);
                dynasm!(self.ops ; .arch x64 ; mov eax, b);
                self.cached = None;
                None
            }
        };
        // Ops without a short immediate form take it in ecx.
        let needs_ecx = matches!(op, Alu::Div | Alu::Sdiv | Alu::Mulhu | Alu::Mulhs);
        if let (Some(y), true) = (imm, needs_ecx) {
            dynasm!(self.ops ; .arch x64 ; mov ecx, y);
        }
        let imm = if needs_ecx { None } else { imm };
        macro_rules! bin {
            ($mn:ident) => {
                match (imm, direct) {
                    (Some(y), _) => dynasm!(self.ops ; .arch x64 ; $mn eax, y),
                    (None, Some(Src::Reg(r))) => dynasm!(self.ops ; .arch x64 ; $mn eax, Rd(r)),
                    (None, Some(Src::Mem(o))) => {
                        dynasm!(self.ops ; .arch x64 ; $mn eax, DWORD [rbx + r12 + o])
                    }
                    _ => dynasm!(self.ops ; .arch x64 ; $mn eax, ecx),
                }
            };
        }
        // The condition a compare's result 1 stands for, after `cmp eax, y`.
        let cond = match op {
            Alu::Lt => Some(Cond::B),
            Alu::Lte => Some(Cond::Be),
            Alu::Slt => Some(Cond::L),
            Alu::Sle => Some(Cond::Le),
            Alu::Eq => Some(Cond::E),
            Alu::Ne => Some(Cond::Ne),
            _ => None,
        }
        .map(|c| if swapped { c.swapped() } else { c });
        macro_rules! cmp {
            () => {{
                bin!(cmp);
                if let Some(c) = cond {
                    self.set_al(c);
                }
                dynasm!(self.ops ; .arch x64 ; movzx eax, al);
            }};
        }
        macro_rules! shift {
            ($mn:ident) => {
                match imm {
                    Some(y) => {
                        let s = (y & 31) as i8;
                        if s != 0 {
                            dynasm!(self.ops ; .arch x64 ; $mn eax, s);
                        }
                    }
                    None => dynasm!(self.ops ; .arch x64 ; $mn eax, cl),
                }
            };
        }
        match op {
            Alu::Add => bin!(add),
            Alu::Sub => bin!(sub),
            Alu::And => bin!(and),
            Alu::Or => bin!(or),
            Alu::Xor => bin!(xor),
            Alu::Mul => match (imm, direct) {
                (Some(y), _) => dynasm!(self.ops ; .arch x64 ; imul eax, eax, y),
                (None, Some(Src::Reg(r))) => dynasm!(self.ops ; .arch x64 ; imul eax, Rd(r)),
                (None, Some(Src::Mem(o))) => {
                    dynasm!(self.ops ; .arch x64 ; imul eax, DWORD [rbx + r12 + o])
                }
                _ => dynasm!(self.ops ; .arch x64 ; imul eax, ecx),
            },
            Alu::Lt | Alu::Lte | Alu::Slt | Alu::Sle | Alu::Eq | Alu::Ne => cmp!(),
            Alu::Shl => shift!(shl),
            Alu::Shr => shift!(shr),
            Alu::Sra => shift!(sar),
            Alu::Mulhu => dynasm!(self.ops
                ; .arch x64
                ; mov eax, eax
                ; mov ecx, ecx
                ; imul rax, rcx
                ; shr rax, 32
            ),
            Alu::Mulhs => dynasm!(self.ops
                ; .arch x64
                ; movsxd rax, eax
                ; movsxd rcx, ecx
                ; imul rax, rcx
                ; shr rax, 32
            ),
            Alu::Div => {
                let out = self.stub(i, leave, 1);
                dynasm!(self.ops
                    ; .arch x64
                    ; test ecx, ecx
                    ; jz =>out
                    ; xor edx, edx
                    ; div ecx
                );
            }
            Alu::Sdiv => {
                let out = self.stub(i, leave, 1);
                dynasm!(self.ops
                    ; .arch x64
                    ; test ecx, ecx
                    ; jz =>out
                    ; cmp ecx, -1
                    ; jne >ok
                    ; cmp eax, i32::MIN
                    ; je =>out
                    ; ok:
                    ; cdq
                    ; idiv ecx
                );
            }
        }
        self.store_eax(a);
        // The store leaves the flags of a compare alone.
        self.flags = cond.map(|c| (a, c));
    }
}
