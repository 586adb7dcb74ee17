//! Cycle-marker regions (`valida_cycle_start`/`valida_cycle_end`, the
//! runtime header `valida/cycles.h`) under the cost model: besides a
//! region's instructions, the trace cells its rows add to the prover's
//! chips. Padding to powers of two belongs to the whole segment, not to a
//! region, so a region's cells are its rows times each chip's widths
//! (main + permutation in base cells); the fixed tables (program, bytes,
//! static data) are nobody's.

use super::chips::{Chip, EXTENSION_DEGREE, NUM_CHIPS};
use super::tracer::CostTracer;
use crate::exec::Machine;
use crate::profile::{CYCLE_END, CYCLE_START};

/// One named region.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegionCost {
    pub name: String,
    /// Completed start/end pairs.
    pub count: u64,
    /// Instructions between the two calls, summed over the pairs.
    pub cycles: u64,
    /// Trace cells the rows of those instructions add, summed.
    pub cells: u64,
    /// Starts without a matching end when the run stopped.
    pub open: u64,
}

/// Base cells one row of `chip` adds, or 0 for the fixed tables.
fn row_cells(chip: Chip) -> u64 {
    match chip {
        Chip::Program | Chip::Bytes | Chip::StaticData => 0,
        _ => {
            let l = chip.layout();
            l.main + EXTENSION_DEGREE * l.permutation
        }
    }
}

/// Cells of the rows `rows` (real rows per chip).
pub(crate) fn cells_of(rows: &[u64; NUM_CHIPS]) -> u64 {
    Chip::ALL
        .iter()
        .map(|&c| rows[c.index()] * row_cells(c))
        .sum()
}

/// Watches for calls of the marker functions while the cost model runs.
pub(crate) struct RegionTracker {
    start: Option<u32>,
    end: Option<u32>,
    regions: Vec<RegionCost>,
    /// Open regions: (index, instructions, cells) at the start.
    open: Vec<(usize, u64, u64)>,
}

impl RegionTracker {
    pub(crate) fn new(machine: &Machine) -> RegionTracker {
        let symbols = &machine.program().symbols;
        RegionTracker {
            start: symbols.lookup(CYCLE_START).map(|s| s.value),
            end: symbols.lookup(CYCLE_END).map(|s| s.value),
            regions: Vec::new(),
            open: Vec::new(),
        }
    }

    /// Called before each instruction; `pc` the instruction about to run.
    pub(crate) fn before(&mut self, pc: u32, machine: &Machine, tracer: &CostTracer) {
        let is_start = Some(pc) == self.start;
        if !is_start && Some(pc) != self.end {
            return;
        }
        // The first instruction of a marker function: its argument, the
        // region's name, is in the new frame's first argument slot.
        let name = crate::profile::region_name(machine.memory(), machine.fp());
        let idx = match self.regions.iter().position(|r| r.name == name) {
            Some(i) => i,
            None => {
                self.regions.push(RegionCost {
                    name,
                    ..RegionCost::default()
                });
                self.regions.len() - 1
            }
        };
        let (steps, cells) = (machine.steps(), tracer.region_cells());
        if is_start {
            self.open.push((idx, steps, cells));
        } else if let Some(pos) = self.open.iter().rposition(|&(i, _, _)| i == idx) {
            let (_, s0, c0) = self.open.remove(pos);
            let r = &mut self.regions[idx];
            r.count += 1;
            r.cycles += steps - s0;
            r.cells += cells - c0;
        }
    }

    pub(crate) fn finish(mut self) -> Vec<RegionCost> {
        for &(idx, _, _) in &self.open {
            self.regions[idx].open += 1;
        }
        self.regions
    }
}
