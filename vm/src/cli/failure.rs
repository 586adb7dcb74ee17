//! The failure report of `valida run` (reason, file:line, backtrace).

use valida_vm::debuginfo::DebugInfo;
use valida_vm::debuginfo::report::failure_report;
use valida_vm::{Machine, Outcome};

/// Prints the report for a FAIL or a trap on stderr; nothing for a stop.
pub fn print(machine: &Machine, outcome: &Outcome, elf: &[u8], initial_fp: u32) {
    if matches!(outcome, Outcome::Stopped { .. }) {
        return;
    }
    let debug = match DebugInfo::from_elf(elf) {
        Ok(d) => d,
        Err(e) => {
            diag!("valida: debug information unusable: {e}");
            None
        }
    };
    if let Some(text) = failure_report(machine, outcome, debug.as_ref(), initial_fp) {
        diag!("{}", text.trim_end());
    }
}
