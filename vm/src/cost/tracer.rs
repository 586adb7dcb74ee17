//! Counts, instruction by instruction, the rows each chip of the official
//! prover gets, and splits the run into segments where the prover does.
//!
//! Each instruction's memory accesses are those the official executor
//! logs (cpu/src/lib.rs, alu_u32/src/*/mod.rs, output/src/lib.rs,
//! keccak/src/lib.rs): every `read` is one Memory row, every `write` one
//! row plus a dummy-read row when the cell was not yet touched in the
//! segment. The addresses are computed from the state before the
//! instruction runs, so the tracer never changes how the VM executes.

use std::collections::HashMap;

use super::chips::{Chip, KECCAK_ROWS_PER_OP, NUM_CHIPS};
use super::{CostError, CostReport, SegmentCost};
use crate::isa::{INSTR_BYTES, Opcode, RawInstr};
use crate::memory::Memory;
use crate::program::Program;

/// The set of cells touched in a segment: a bitmap per 64 KiB of address
/// space, with the two most recent pages cached (accesses alternate
/// between the stack and the data), several times faster than a hash set
/// of addresses.
#[derive(Default)]
struct Touched {
    pages: Vec<Box<[u64; PAGE_WORDS]>>,
    index: HashMap<u32, usize>,
    recent: [(u32, usize); 2],
}

const PAGE_BITS: u32 = 16;
const PAGE_WORDS: usize = (1 << PAGE_BITS) / 64;

impl Touched {
    /// Marks `addr`; true if it was not marked yet.
    fn insert(&mut self, addr: u32) -> bool {
        let key = addr >> PAGE_BITS;
        let page = if self.recent[0].0 == key && !self.pages.is_empty() {
            self.recent[0].1
        } else if self.recent[1].0 == key && !self.pages.is_empty() {
            self.recent.swap(0, 1);
            self.recent[0].1
        } else {
            let next = self.pages.len();
            let page = *self.index.entry(key).or_insert(next);
            if page == next {
                self.pages.push(Box::new([0; PAGE_WORDS]));
            }
            self.recent[1] = self.recent[0];
            self.recent[0] = (key, page);
            page
        };
        let bit = (addr & ((1 << PAGE_BITS) - 1)) as usize;
        let word = &mut self.pages[page][bit / 64];
        let mask = 1u64 << (bit % 64);
        let new = *word & mask == 0;
        *word |= mask;
        new
    }

    fn clear(&mut self) {
        self.pages.clear();
        self.index.clear();
        self.recent = [(0, 0); 2];
    }
}

/// Accumulates the cost of a run as its instructions execute.
pub struct CostTracer {
    code_rows: u64,
    /// Memory cells the static data initialises (the prover's
    /// `StaticDataChip` cells: every word of each data segment's file
    /// bytes, bss excluded).
    static_words: u64,
    /// Memory operations after which a segment ends (`--max-segment-size`,
    /// rounded up to a power of two as the prover does).
    max_trace_height: u64,
    /// Cells read or written in the current segment: a write to any other
    /// cell first logs a dummy read of its prior value.
    touched: Touched,
    current: SegmentCost,
    done: Vec<SegmentCost>,
    /// The first MEMCPY executed (the v1.0 prover cannot prove it).
    memcpy_at: Option<u32>,
}

/// Word address of the byte at `addr` (`addr_of_word` of the prover).
fn word_of(addr: u32) -> u32 {
    addr & !3
}

impl CostTracer {
    pub fn new(program: &Program, max_segment_size: u32) -> CostTracer {
        let mut words: Vec<u32> = Vec::new();
        for seg in &program.segments {
            let n = (seg.bytes.len() as u64).div_ceil(4);
            for i in 0..n {
                words.push(seg.addr.wrapping_add((i * 4) as u32));
            }
        }
        // The prover keys static data by address, so overlapping segments
        // share cells.
        words.sort_unstable();
        words.dedup();
        let static_words = words.len() as u64;
        let mut tracer = CostTracer {
            code_rows: program.code.len() as u64,
            static_words,
            max_trace_height: u64::from(max_segment_size.max(1)).next_power_of_two(),
            touched: Touched::default(),
            current: SegmentCost::default(),
            done: Vec::new(),
            memcpy_at: None,
        };
        tracer.current = tracer.new_segment(0);
        tracer
    }

    fn new_segment(&self, number: usize) -> SegmentCost {
        let mut seg = SegmentCost::default();
        seg.rows[Chip::Program.index()] = self.code_rows;
        seg.rows[Chip::Bytes.index()] = super::chips::BYTES_TABLE_ROWS;
        // Only the first segment loads static data, and its memory trace
        // has a row per static cell.
        if number == 0 {
            seg.rows[Chip::StaticData.index()] = self.static_words;
            seg.rows[Chip::Memory.index()] = self.static_words;
        }
        seg
    }

    fn read(&mut self, addr: u32) {
        self.touched.insert(addr);
        self.current.rows[Chip::Memory.index()] += 1;
        self.current.memory_ops += 1;
    }

    fn write(&mut self, addr: u32) {
        if self.touched.insert(addr) {
            self.current.dummy_reads += 1;
            self.current.rows[Chip::Memory.index()] += 1;
            self.current.memory_ops += 1;
        }
        self.current.rows[Chip::Memory.index()] += 1;
        self.current.memory_ops += 1;
    }

    fn bump(&mut self, chip: Chip, n: u64) {
        self.current.rows[chip.index()] += n;
    }

    /// Accounts for `raw`, about to run at instruction index `pc_index`
    /// with frame pointer `fp` and memory `mem` (the state before it runs).
    pub fn account(
        &mut self,
        pc_index: usize,
        raw: &RawInstr,
        fp: u32,
        mem: &Memory,
    ) -> Result<(), CostError> {
        let at = |off: i32| fp.wrapping_add(off as u32);
        let load = |addr: u32| mem.read_word(addr).unwrap_or(0);
        let [a, b, c, d, e] = raw.ops;
        let opcode = Opcode::from_u32(raw.opcode).ok_or_else(|| CostError::Unmodeled {
            opcode: format!("opcode {}", raw.opcode),
            pc: (pc_index as u32).wrapping_mul(INSTR_BYTES),
        })?;
        self.current.instructions += 1;
        self.bump(Chip::Cpu, 1);
        match opcode {
            Opcode::Load32 | Opcode::LoadU8 | Opcode::LoadS8 => {
                let ptr = load(at(c));
                self.read(at(c));
                let cell = if opcode == Opcode::Load32 {
                    ptr
                } else {
                    word_of(ptr)
                };
                self.read(cell);
                self.write(at(a));
            }
            Opcode::Store32 => {
                self.read(at(c));
                let ptr = load(at(b));
                self.read(at(b));
                self.write(ptr);
            }
            Opcode::StoreU8 => {
                self.read(at(c));
                let ptr = load(at(b));
                self.read(at(b));
                // A byte store reads the word, then writes it back.
                self.read(word_of(ptr));
                self.write(word_of(ptr));
            }
            Opcode::Jal | Opcode::Imm32 | Opcode::LoadFp | Opcode::ReadAdvice => {
                self.write(at(a));
            }
            Opcode::Jalv => {
                self.write(at(a));
                self.read(at(b));
                self.read(at(c));
            }
            Opcode::Beq | Opcode::Bne => {
                self.read(at(b));
                if e != 1 {
                    self.read(at(c));
                }
            }
            Opcode::Stop | Opcode::Fail => {}
            Opcode::Write => {
                self.read(at(b));
                self.bump(Chip::Output, 1);
                self.current.output_bytes += 1;
            }
            Opcode::Keccakf => {
                let base = load(at(b));
                self.read(at(b));
                for i in 0..50u32 {
                    self.read(base.wrapping_add(4 * i));
                }
                for i in 0..50u32 {
                    self.write(base.wrapping_add(4 * i));
                }
                self.bump(Chip::Keccak, KECCAK_ROWS_PER_OP);
            }
            Opcode::Memcpy => {
                self.memcpy_at
                    .get_or_insert((pc_index as u32).wrapping_mul(INSTR_BYTES));
                let size = load(at(c));
                let dst = load(at(a));
                let src = load(at(b));
                self.read(at(c));
                self.read(at(a));
                self.read(at(b));
                self.memcpy(dst, src, size);
            }
            op if op.is_alu() => {
                let left_imm = op.honours_d() && d == 1;
                if !left_imm {
                    self.read(at(b));
                }
                if e != 1 {
                    self.read(at(c));
                }
                self.write(at(a));
                match op {
                    Opcode::Add => self.bump(Chip::Add32, 1),
                    Opcode::Sub => self.bump(Chip::Sub32, 1),
                    Opcode::Mul | Opcode::Mulhu | Opcode::Mulhs => self.bump(Chip::Mul32, 1),
                    // A division is checked with a comparison of the
                    // remainder, a multiplication (low and high words) and
                    // an addition, each a row of that chip.
                    Opcode::Div | Opcode::Sdiv => {
                        self.bump(Chip::Div32, 1);
                        self.bump(Chip::Lt32, 1);
                        self.bump(Chip::Mul32, 2);
                        self.bump(Chip::Add32, 1);
                    }
                    Opcode::Shl | Opcode::Shr | Opcode::Sra => self.bump(Chip::Shift32, 1),
                    Opcode::Lt | Opcode::Lte | Opcode::Slt | Opcode::Sle => {
                        self.bump(Chip::Lt32, 1)
                    }
                    Opcode::Eq | Opcode::Ne => self.bump(Chip::Com32, 1),
                    Opcode::And | Opcode::Or | Opcode::Xor => self.bump(Chip::Bitwise32, 1),
                    _ => {}
                }
            }
            other => {
                return Err(CostError::Unmodeled {
                    opcode: other.name().to_string(),
                    pc: (pc_index as u32).wrapping_mul(INSTR_BYTES),
                });
            }
        }
        // The prover ends a segment after an instruction that brings the
        // memory operations to the limit, unless it is a jump or branch
        // (then at the next non-jump, or at twice the limit). STOP and FAIL
        // end the run instead.
        if !matches!(opcode, Opcode::Stop | Opcode::Fail)
            && self.current.memory_ops >= self.max_trace_height
        {
            let control_flow = matches!(
                opcode,
                Opcode::Jal | Opcode::Jalv | Opcode::Beq | Opcode::Bne
            );
            if !control_flow || self.current.memory_ops >= 2 * self.max_trace_height {
                self.split();
            }
        }
        Ok(())
    }

    /// MEMCPY's accesses, following the official executor's loop: bytes
    /// up to an aligned destination, then words (two source words per
    /// destination word when the source is misaligned), then the tail.
    fn memcpy(&mut self, dst: u32, src: u32, size: u32) {
        let (mut d8, mut s8, mut size) = (dst, src, size);
        if size < 4 {
            for _ in 0..size {
                self.copy_byte(d8, s8);
                d8 = d8.wrapping_add(1);
                s8 = s8.wrapping_add(1);
            }
            return;
        }
        let align = dst & 3;
        if align != 0 {
            let align = 4 - align;
            size -= align;
            for _ in 0..align {
                self.copy_byte(d8, s8);
                d8 = d8.wrapping_add(1);
                s8 = s8.wrapping_add(1);
            }
        }
        let mut d32 = d8;
        let misalignment = s8 & 3;
        let mut s32 = s8 - misalignment;
        let words = size >> 2;
        if misalignment == 0 {
            for _ in 0..words {
                self.read(s32);
                self.write(d32);
                s32 = s32.wrapping_add(4);
                d32 = d32.wrapping_add(4);
            }
        } else {
            self.read(s32);
            s32 = s32.wrapping_add(4);
            for _ in 0..words {
                self.read(s32);
                s32 = s32.wrapping_add(4);
                self.write(d32);
                d32 = d32.wrapping_add(4);
            }
        }
        d8 = d32;
        s8 = s32.wrapping_sub((4 - misalignment) % 4);
        for _ in 0..(size & 3) {
            self.copy_byte(d8, s8);
            d8 = d8.wrapping_add(1);
            s8 = s8.wrapping_add(1);
        }
    }

    /// `write_byte(d, read_byte(s))`: the source word is read, then the
    /// destination word is read and written back.
    fn copy_byte(&mut self, d: u32, s: u32) {
        self.read(word_of(s));
        self.read(word_of(d));
        self.write(word_of(d));
    }

    fn split(&mut self) {
        let next = self.new_segment(self.done.len() + 1);
        self.done.push(std::mem::replace(&mut self.current, next));
        self.touched.clear();
    }

    /// Cells the rows so far add, fixed tables left out
    /// ([`super::regions`]): a region's cost is the difference.
    pub fn region_cells(&self) -> u64 {
        self.done
            .iter()
            .chain(std::iter::once(&self.current))
            .map(|seg| super::regions::cells_of(&seg.rows))
            .sum()
    }

    /// The report; `stopped` says whether the run reached STOP or FAIL
    /// (otherwise the prover could not prove it).
    pub fn finish(mut self, stopped: bool) -> CostReport {
        if self.current.instructions > 0 || self.done.is_empty() {
            self.done.push(self.current);
        }
        debug_assert!(self.done.iter().all(|s| s.rows.len() == NUM_CHIPS));
        CostReport {
            segments: self.done,
            max_trace_height: self.max_trace_height,
            complete: stopped,
            unprovable: self.memcpy_at.map(|pc| {
                format!(
                    "it executes MEMCPY (first at pc {pc:#x}), which the v1.0 prover cannot prove"
                )
            }),
            regions: Vec::new(),
        }
    }
}
