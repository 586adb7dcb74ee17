//! The hart and its run loop: fetch from the pre-decoded table (or decode
//! from memory outside it), execute, count.

use super::decode::{Instr, Op, decode};
use super::loader::Program;
use super::memory::{Memory, Perm};
use super::syscall::{self, Io, SysOutcome};
use super::trap::{Trap, TrapReport};
use super::{BRK_LIMIT, INITIAL_SP, STACK_BOTTOM, STACK_TOP};

/// Why [`Machine::run`] returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// exit/exit_group with this a0.
    Exit(i32),
    Trap(Trap),
    /// The step budget ran out; `run` can be called again to continue.
    StepLimit,
}

const SP: usize = 2;

/// An RV32IM hart with its memory and I/O, running one [`Program`].
pub struct Machine<'p> {
    program: &'p Program,
    pub regs: [u32; 32],
    pub pc: u32,
    pub mem: Memory,
    pub io: Io,
    /// The program's pre-decoded text, each instruction with its execution
    /// count (a per-pc profile).
    slots: Vec<Slot>,
    /// Execution counts of instructions fetched from outside `slots`.
    fallback_counts: [u64; Op::COUNT],
    steps: u64,
}

#[derive(Debug, Clone, Copy)]
struct Slot {
    instr: Option<Instr>,
    count: u64,
}

impl std::fmt::Debug for Machine<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Machine")
            .field("pc", &format_args!("{:#010x}", self.pc))
            .field("regs", &self.regs)
            .field("steps", &self.steps)
            .finish_non_exhaustive()
    }
}

impl<'p> Machine<'p> {
    /// Maps the program's segments and a Linux-like initial stack
    /// (`argc = 0`, `argv = NULL`, `envp = NULL`, `auxv = AT_NULL` at `sp`).
    pub fn new(program: &'p Program, input: &[u8]) -> Machine<'p> {
        let mut mem = Memory::new();
        for segment in &program.segments {
            mem.map(segment.vaddr, u64::from(segment.mem_size), segment.perm);
            let loaded = mem.poke(segment.vaddr, &segment.data);
            debug_assert!(loaded.is_ok(), "segment data lies inside its mapping");
        }
        mem.map(STACK_BOTTOM, u64::from(STACK_TOP - STACK_BOTTOM), Perm::RW);
        let mut regs = [0; 32];
        regs[SP] = INITIAL_SP;
        let io = Io {
            input: input.to_vec(),
            brk: program.brk_start,
            brk_start: program.brk_start,
            brk_limit: BRK_LIMIT.max(program.brk_start),
            ..Io::default()
        };
        Machine {
            program,
            regs,
            pc: program.entry,
            mem,
            io,
            slots: program
                .code
                .instrs
                .iter()
                .map(|&instr| Slot { instr, count: 0 })
                .collect(),
            fallback_counts: [0; Op::COUNT],
            steps: 0,
        }
    }

    pub fn program(&self) -> &'p Program {
        self.program
    }

    /// Instructions retired so far.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// Instructions retired so far, per operation (indexed by `Op as usize`).
    pub fn op_counts(&self) -> [u64; Op::COUNT] {
        let mut counts = self.fallback_counts;
        for slot in &self.slots {
            if let Some(instr) = slot.instr {
                counts[instr.op as usize] += slot.count;
            }
        }
        counts
    }

    /// Executions per pre-decoded instruction: entry `i` is the instruction
    /// at `program.code_base() + 4 * i`.
    pub fn pc_counts(&self) -> Vec<u64> {
        self.slots.iter().map(|s| s.count).collect()
    }

    /// Retired instructions per function symbol, most first. Code without
    /// a symbol (or outside the pre-decoded text) is counted as `"?"`.
    pub fn function_counts(&self) -> Vec<(String, u64)> {
        let mut by_name: Vec<(String, u64)> = Vec::new();
        let mut add = |name: &str, n: u64| match by_name.iter_mut().find(|(m, _)| m == name) {
            Some(entry) => entry.1 += n,
            None => by_name.push((name.to_owned(), n)),
        };
        let base = self.program.code.base;
        let symbols = self.program.symbols();
        for (i, slot) in self.slots.iter().enumerate().filter(|(_, s)| s.count > 0) {
            let pc = base.wrapping_add(4 * i as u32);
            let k = symbols.partition_point(|s| s.addr <= pc);
            let name = k
                .checked_sub(1)
                .map(|k| &symbols[k])
                .filter(|s| s.size == 0 || pc - s.addr < s.size)
                .map_or("?", |s| s.name.as_str());
            add(name, slot.count);
        }
        let other: u64 = self.fallback_counts.iter().sum();
        if other > 0 {
            add("?", other);
        }
        by_name.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
        by_name
    }

    /// Adds the context of a trap: instruction word, disassembly, function.
    pub fn describe(&self, trap: Trap) -> TrapReport {
        let pc = trap.pc();
        let word = self.mem.peek_u32(pc);
        let disasm = word.and_then(decode).map(|i| {
            i.to_asm(pc, &|addr| self.program.symbolize(addr))
                .replace('\t', " ")
        });
        TrapReport {
            trap,
            word,
            disasm,
            location: self.program.symbolize(pc),
            regs: self.regs,
        }
    }

    /// Runs at most `max_steps` instructions. A trapping instruction is not
    /// counted as retired and leaves `pc` pointing at it.
    pub fn run(&mut self, max_steps: u64) -> Stop {
        let slots: &mut [Slot] = &mut self.slots;
        let base = self.program.code.base;
        // A 256-entry register file indexed by the u8 register fields needs
        // neither masking nor bounds checks; entries 32.. are never used.
        let mut file = [0u32; 256];
        file[..32].copy_from_slice(&self.regs);
        let regs = &mut file;
        let mem = &mut self.mem;
        let io = &mut self.io;
        let fallback_counts = &mut self.fallback_counts;
        let mut pc = self.pc;
        let mut left = max_steps;
        if pc & 3 != 0 {
            // Only reachable through a misaligned entry point or `self.pc`;
            // jumps check their own targets.
            return Stop::Trap(Trap::FetchFault { pc });
        }

        let stop = loop {
            if left == 0 {
                break Stop::StepLimit;
            }
            // pc is always 4-aligned: jumps check their targets.
            let (instr, counter) = match slots.get_mut((pc.wrapping_sub(base) >> 2) as usize) {
                Some(Slot {
                    instr: Some(instr),
                    count,
                }) => (*instr, count),
                Some(Slot { instr: None, .. }) => {
                    let word = mem.peek_u32(pc).unwrap_or(0);
                    break Stop::Trap(Trap::IllegalInstruction { pc, word });
                }
                None => match fetch_decode(mem, pc) {
                    Ok(instr) => (instr, &mut fallback_counts[instr.op as usize]),
                    Err(trap) => break Stop::Trap(trap),
                },
            };
            let rd = usize::from(instr.rd);
            let a = regs[usize::from(instr.rs1)];
            let b = regs[usize::from(instr.rs2)];
            let imm = instr.imm as u32;
            let mut next = pc.wrapping_add(4);

            macro_rules! trap {
                ($t:expr) => {
                    break Stop::Trap($t)
                };
            }
            macro_rules! branch {
                ($cond:expr) => {
                    if $cond {
                        let target = pc.wrapping_add(imm);
                        if target & 3 != 0 {
                            trap!(Trap::MisalignedJump { pc, target });
                        }
                        next = target;
                    }
                };
            }
            macro_rules! load {
                ($method:ident, $size:literal, $conv:expr) => {{
                    let addr = a.wrapping_add(imm);
                    match mem.$method(addr) {
                        Ok(v) => regs[rd] = $conv(v),
                        Err(fault) => trap!(Trap::from_fault(pc, fault, $size)),
                    }
                }};
            }
            macro_rules! store {
                ($method:ident, $size:literal, $value:expr) => {{
                    let addr = a.wrapping_add(imm);
                    if let Err(fault) = mem.$method(addr, $value) {
                        trap!(Trap::from_fault(pc, fault, $size));
                    }
                }};
            }

            match instr.op {
                Op::Lui => regs[rd] = imm,
                Op::Auipc => regs[rd] = pc.wrapping_add(imm),
                Op::Jal => {
                    let target = pc.wrapping_add(imm);
                    if target & 3 != 0 {
                        trap!(Trap::MisalignedJump { pc, target });
                    }
                    regs[rd] = next;
                    next = target;
                }
                Op::Jalr => {
                    let target = a.wrapping_add(imm) & !1;
                    if target & 3 != 0 {
                        trap!(Trap::MisalignedJump { pc, target });
                    }
                    regs[rd] = next;
                    next = target;
                }
                Op::Beq => branch!(a == b),
                Op::Bne => branch!(a != b),
                Op::Blt => branch!((a as i32) < (b as i32)),
                Op::Bge => branch!((a as i32) >= (b as i32)),
                Op::Bltu => branch!(a < b),
                Op::Bgeu => branch!(a >= b),
                Op::Lb => load!(load_u8, 1, |v: u8| v as i8 as u32),
                Op::Lh => load!(load_u16, 2, |v: u16| v as i16 as u32),
                Op::Lw => load!(load_u32, 4, |v: u32| v),
                Op::Lbu => load!(load_u8, 1, u32::from),
                Op::Lhu => load!(load_u16, 2, u32::from),
                Op::Sb => store!(store_u8, 1, b as u8),
                Op::Sh => store!(store_u16, 2, b as u16),
                Op::Sw => store!(store_u32, 4, b),
                Op::Addi => regs[rd] = a.wrapping_add(imm),
                Op::Slti => regs[rd] = u32::from((a as i32) < (imm as i32)),
                Op::Sltiu => regs[rd] = u32::from(a < imm),
                Op::Xori => regs[rd] = a ^ imm,
                Op::Ori => regs[rd] = a | imm,
                Op::Andi => regs[rd] = a & imm,
                Op::Slli => regs[rd] = a << (imm & 31),
                Op::Srli => regs[rd] = a >> (imm & 31),
                Op::Srai => regs[rd] = ((a as i32) >> (imm & 31)) as u32,
                Op::Add => regs[rd] = a.wrapping_add(b),
                Op::Sub => regs[rd] = a.wrapping_sub(b),
                Op::Sll => regs[rd] = a << (b & 31),
                Op::Slt => regs[rd] = u32::from((a as i32) < (b as i32)),
                Op::Sltu => regs[rd] = u32::from(a < b),
                Op::Xor => regs[rd] = a ^ b,
                Op::Srl => regs[rd] = a >> (b & 31),
                Op::Sra => regs[rd] = ((a as i32) >> (b & 31)) as u32,
                Op::Or => regs[rd] = a | b,
                Op::And => regs[rd] = a & b,
                Op::Mul => regs[rd] = a.wrapping_mul(b),
                Op::Mulh => regs[rd] = ((i64::from(a as i32) * i64::from(b as i32)) >> 32) as u32,
                Op::Mulhsu => regs[rd] = ((i64::from(a as i32) * i64::from(b)) >> 32) as u32,
                Op::Mulhu => regs[rd] = ((u64::from(a) * u64::from(b)) >> 32) as u32,
                Op::Div => regs[rd] = div(a, b),
                Op::Divu => regs[rd] = a.checked_div(b).unwrap_or(u32::MAX),
                Op::Rem => regs[rd] = rem(a, b),
                Op::Remu => regs[rd] = a.checked_rem(b).unwrap_or(a),
                Op::Fence | Op::FenceI => {}
                Op::Ecall => match syscall::ecall(regs, mem, io) {
                    SysOutcome::Continue => {}
                    SysOutcome::Exit(code) => {
                        *counter += 1;
                        left -= 1;
                        break Stop::Exit(code);
                    }
                    SysOutcome::Unknown(number) => trap!(Trap::UnknownSyscall { pc, number }),
                },
                Op::Ebreak => trap!(Trap::Breakpoint { pc }),
            }
            regs[0] = 0;
            *counter += 1;
            left -= 1;
            pc = next;
        };
        self.regs.copy_from_slice(&file[..32]);
        self.pc = pc;
        self.steps += max_steps - left;
        stop
    }
}

/// Signed division per the RISC-V spec: x/0 = -1, INT_MIN/-1 = INT_MIN.
fn div(a: u32, b: u32) -> u32 {
    if b == 0 {
        u32::MAX
    } else {
        (a as i32).wrapping_div(b as i32) as u32
    }
}

/// Signed remainder per the RISC-V spec: x%0 = x, INT_MIN%-1 = 0.
fn rem(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        (a as i32).wrapping_rem(b as i32) as u32
    }
}

#[cold]
fn fetch_decode(mem: &mut Memory, pc: u32) -> Result<Instr, Trap> {
    let word = mem.fetch(pc).map_err(|_| Trap::FetchFault { pc })?;
    decode(word).ok_or(Trap::IllegalInstruction { pc, word })
}
