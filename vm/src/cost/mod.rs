//! Proof cost: the trace of every chip of the official Valida v1.0 prover
//! for one run, as `valida-official prove --show-dimensions` lays it out
//! (heights padded to powers of two, widths, segments), computed from a
//! run of this interpreter. docs/cost-model.md derives each chip's height.
//!
//! ```no_run
//! use valida_vm::{Io, Machine, RunOptions, load_elf};
//! let program = load_elf(&std::fs::read("prog").unwrap()).unwrap();
//! let mut machine = Machine::new(program, &RunOptions::default()).unwrap();
//! let (mut input, mut output) = (&b""[..], Vec::new());
//! let (outcome, cost) = valida_vm::cost::run_with_cost(
//!     &mut machine,
//!     &mut Io::new(&mut input, &mut output),
//!     valida_vm::cost::DEFAULT_MAX_SEGMENT_SIZE,
//! ).unwrap();
//! println!("{}", cost.text());
//! ```

pub mod chips;
pub mod official;
pub mod provable;
pub mod regions;
pub mod tracer;

use std::fmt::Write;

pub use chips::{Chip, DEFAULT_MAX_SEGMENT_SIZE, EXTENSION_DEGREE, Layout, NUM_CHIPS, PublicRows};
pub use regions::RegionCost;
pub use tracer::CostTracer;

use crate::error::Error;
use crate::exec::{Io, Machine};
use crate::isa::INSTR_BYTES;
use crate::report::Outcome;

#[derive(Debug, thiserror::Error)]
pub enum CostError {
    #[error(transparent)]
    Vm(#[from] Error),
    /// The official prover has no chip for this instruction.
    #[error(
        "the proof-cost model has no chip for {opcode} (pc {pc:#x}): the official v1.0 prover cannot prove it"
    )]
    Unmodeled { opcode: String, pc: u32 },
    #[error("internal: one VM step at pc {pc:#x} ran more than one instruction")]
    Stepping { pc: u32 },
}

/// Rows and counters of one segment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SegmentCost {
    /// Real (unpadded) rows per chip, indexed by [`Chip::index`]. Memory
    /// includes dummy reads and (first segment) the static data cells;
    /// Keccak counts 24 rows per permutation.
    pub rows: [u64; NUM_CHIPS],
    /// Instructions executed in this segment (= CPU rows).
    pub instructions: u64,
    /// Memory operations the prover counts to split segments (reads,
    /// writes, dummy reads; not static data).
    pub memory_ops: u64,
    /// Dummy reads: first accesses in the segment that were writes.
    pub dummy_reads: u64,
    /// Bytes written (rows of the Output chip's public trace).
    pub output_bytes: u64,
}

impl SegmentCost {
    /// The trace height the prover gives `chip`: real rows padded to a power
    /// of two (1 when empty), Mul32 at least 2048, bytes table 256.
    pub fn height(&self, chip: Chip) -> u64 {
        let rows = self.rows[chip.index()];
        match chip {
            Chip::Mul32 => chips::padded(rows).max(chips::MUL32_MIN_ROWS),
            Chip::Bytes => chips::BYTES_TABLE_ROWS,
            _ => chips::padded(rows),
        }
    }

    /// Rows of the chip's public trace (0 when it has none).
    pub fn public_height(&self, chip: Chip) -> u64 {
        match chip.layout().public_rows {
            PublicRows::None => 0,
            PublicRows::Fixed(n) => n,
            PublicRows::Height => self.height(chip),
            PublicRows::OutputBytes => chips::padded(self.output_bytes),
        }
    }

    pub fn main_cells(&self, chip: Chip) -> u64 {
        chip.layout().main * self.height(chip)
    }

    /// Permutation trace cells, in extension-field elements.
    pub fn permutation_cells(&self, chip: Chip) -> u64 {
        chip.layout().permutation * self.height(chip)
    }

    pub fn public_cells(&self, chip: Chip) -> u64 {
        chip.layout().public * self.public_height(chip)
    }

    /// "Total main trace size" of `--show-dimensions`.
    pub fn total_main(&self) -> u64 {
        Chip::ALL.iter().map(|&c| self.main_cells(c)).sum()
    }

    /// "Total permutation trace size" (extension-field elements).
    pub fn total_permutation(&self) -> u64 {
        Chip::ALL.iter().map(|&c| self.permutation_cells(c)).sum()
    }

    /// "Total public trace size".
    pub fn total_public(&self) -> u64 {
        Chip::ALL.iter().map(|&c| self.public_cells(c)).sum()
    }

    /// Base-field cells the prover commits to for this segment: main,
    /// public, and permutation cells times the extension degree (the
    /// "commitment cost" of `--show-dimensions`).
    pub fn committed_cells(&self) -> u64 {
        self.total_main() + self.total_public() + EXTENSION_DEGREE * self.total_permutation()
    }
}

/// The proof cost of a run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CostReport {
    /// One entry per segment the prover would prove.
    pub segments: Vec<SegmentCost>,
    /// Memory operations per segment before a split (power of two).
    pub max_trace_height: u64,
    /// Whether the run ended with STOP or FAIL (a trapped run cannot be
    /// proved; its cost covers the instructions before the trap).
    pub complete: bool,
    /// Why the official prover would refuse the program whatever the run
    /// ([`provable::unprovable_reason`]), or that it executed MEMCPY.
    pub unprovable: Option<String>,
    /// The program's cycle-marker regions, with the cells their rows add.
    pub regions: Vec<RegionCost>,
}

impl CostReport {
    /// "Total pre-processed trace size": the byte-operation table, once
    /// per proof.
    pub fn preprocessed_cells(&self) -> u64 {
        Chip::ALL
            .iter()
            .map(|&c| c.layout().preprocessed * chips::BYTES_TABLE_ROWS)
            .sum()
    }

    /// Every base-field cell committed for the proof: each segment's
    /// [`SegmentCost::committed_cells`] plus the preprocessed table.
    pub fn total_cells(&self) -> u64 {
        self.segments
            .iter()
            .map(SegmentCost::committed_cells)
            .sum::<u64>()
            + self.preprocessed_cells()
    }

    /// Main trace cells over all segments.
    pub fn total_main(&self) -> u64 {
        self.segments.iter().map(SegmentCost::total_main).sum()
    }

    /// The table printed by `valida run --cost`.
    pub fn text(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "proof cost (official Valida v1.0 prover layout): {} segment{}, {} memory operations per segment{}",
            self.segments.len(),
            if self.segments.len() == 1 { "" } else { "s" },
            self.max_trace_height,
            if self.complete {
                ""
            } else {
                "; the run did not reach STOP/FAIL, so the prover would reject it"
            }
        );
        if let Some(why) = &self.unprovable {
            let _ = writeln!(s, "not provable by the official v1.0 prover: {why}");
        }
        for (n, seg) in self.segments.iter().enumerate() {
            if self.segments.len() > 1 {
                let _ = writeln!(s, "segment {n}: {} instructions", seg.instructions);
            }
            let _ = writeln!(
                s,
                "  {:<12} {:>10} {:>10} {:>5} {:>5} {:>12} {:>12}",
                "chip", "rows", "height", "main", "perm", "main cells", "perm cells"
            );
            for chip in Chip::ALL {
                let l = chip.layout();
                let _ = writeln!(
                    s,
                    "  {:<12} {:>10} {:>10} {:>5} {:>5} {:>12} {:>12}",
                    chip.short_name(),
                    seg.rows[chip.index()],
                    seg.height(chip),
                    l.main,
                    l.permutation,
                    seg.main_cells(chip),
                    seg.permutation_cells(chip)
                );
            }
            let _ = writeln!(
                s,
                "  memory: {} operations ({} dummy reads) + {} static cells",
                seg.memory_ops,
                seg.dummy_reads,
                seg.rows[Chip::Memory.index()] - seg.memory_ops
            );
            let _ = writeln!(
                s,
                "  main {} cells, permutation {} extension cells (x{} = {}), public {} cells",
                seg.total_main(),
                seg.total_permutation(),
                EXTENSION_DEGREE,
                EXTENSION_DEGREE * seg.total_permutation(),
                seg.total_public()
            );
        }
        let _ = writeln!(
            s,
            "preprocessed {} cells; total committed cells {}",
            self.preprocessed_cells(),
            self.total_cells()
        );
        if !self.regions.is_empty() {
            let _ = writeln!(
                s,
                "cycle regions (their rows' cells, before the padding of each chip to a power of two):"
            );
            let width = self.regions.iter().map(|r| r.name.len()).max().unwrap_or(0);
            for r in &self.regions {
                let _ = write!(
                    s,
                    "  {:<width$}  {:>14} cycles  {:>14} cells  {:>8} times",
                    r.name, r.cycles, r.cells, r.count
                );
                if r.open > 0 {
                    let _ = write!(s, "  ({} still open at exit)", r.open);
                }
                s.push('\n');
            }
        }
        s
    }

    /// One-line summary (for `--stats`).
    pub fn summary(&self) -> String {
        let seg = &self.segments[0];
        let tallest = Chip::ALL
            .iter()
            .copied()
            .max_by_key(|&c| (seg.main_cells(c), std::cmp::Reverse(c.index())))
            .unwrap_or(Chip::Cpu);
        format!(
            "proof cost: {} committed cells in {} segment{} (cpu height {}, memory height {}; most main cells: {})\n",
            self.total_cells(),
            self.segments.len(),
            if self.segments.len() == 1 { "" } else { "s" },
            seg.height(Chip::Cpu),
            seg.height(Chip::Memory),
            tallest.short_name()
        )
    }
}

/// Loads an ELF executable and runs it with `input` (output discarded)
/// through [`run_with_cost`].
pub fn cost_of_elf(
    elf: &[u8],
    input: &[u8],
    max_segment_size: u32,
) -> Result<(Outcome, CostReport), CostError> {
    let program = crate::load_elf(elf).map_err(Error::from)?;
    let mut machine = Machine::new(program, &crate::RunOptions::default())?;
    let mut input = input;
    // Silent: the caller has the program's output and stderr from its run.
    let (mut out, mut err) = (std::io::sink(), std::io::sink());
    run_with_cost(
        &mut machine,
        &mut Io::with_stderr(&mut input, &mut out, &mut err),
        max_segment_size,
    )
}

/// Runs `machine` to the end one instruction at a time, accounting each
/// for the cost model. Output and outcome are those of [`Machine::run`].
/// `max_segment_size` is the prover's `--max-segment-size`.
pub fn run_with_cost(
    machine: &mut Machine,
    io: &mut Io<'_>,
    max_segment_size: u32,
) -> Result<(Outcome, CostReport), CostError> {
    let mut tracer = CostTracer::new(machine.program(), max_segment_size);
    let unprovable = provable::unprovable_reason(machine.program());
    let mut regions = regions::RegionTracker::new(machine);
    let mut polled_at = machine.steps();
    loop {
        let pc = machine.pc();
        regions.before(pc, machine, &tracer);
        let index = (pc / INSTR_BYTES) as usize;
        if pc.is_multiple_of(INSTR_BYTES)
            && let Some(raw) = machine.program().code.get(index)
        {
            let raw = *raw;
            tracer.account(index, &raw, machine.fp(), machine.memory())?;
        }
        let before = machine.steps();
        let result = match machine.poll(io, &mut polled_at, crate::exec::STEP_POLL)? {
            Some(interrupted) => Some(interrupted),
            None => machine.step(io)?,
        };
        // The model accounts one instruction per step; a step that ran
        // more (e.g. a fused pair) would go uncounted.
        if machine.steps() > before + 1 {
            return Err(CostError::Stepping { pc });
        }
        if let Some(outcome) = result {
            let stopped = matches!(outcome, Outcome::Stopped { .. } | Outcome::Failed);
            let mut report = tracer.finish(stopped);
            report.unprovable = unprovable.or(report.unprovable);
            report.regions = regions.finish();
            return Ok((outcome, report));
        }
    }
}
