//! The failure report `valida run` prints on stderr when a program ends in
//! FAIL or a trap: the reason, the source location (with `-g`) and a
//! backtrace from the frame chain.

use std::fmt::Write;

use super::DebugInfo;
use super::backtrace::{describe, fail_reason, render, walk};
use crate::exec::Machine;
use crate::report::Outcome;

/// The lines to print after the outcome message, or `None` for a normal
/// stop. `initial_fp` is the fp the run started with (the outermost frame).
pub fn failure_report(
    machine: &Machine,
    outcome: &Outcome,
    debug: Option<&DebugInfo>,
    initial_fp: u32,
) -> Option<String> {
    let (pc, reason) = match outcome {
        Outcome::Stopped { .. } => return None,
        Outcome::Failed => (machine.pc(), None),
        Outcome::Trapped(trap) => (trap.pc, Some(trap.kind.name())),
    };
    let (frames, end) = walk(machine.memory(), pc, machine.fp(), initial_fp);
    let program = machine.program();
    let reason = reason.unwrap_or_else(|| fail_reason(&frames, program));
    let mut out = String::new();
    let _ = writeln!(out, "valida: reason: {reason}");
    // The innermost frame with a source line: for abort() or a panic, the
    // runtime's own frames usually have none, the caller's do.
    if let Some(debug) = debug {
        let place = frames.iter().find_map(|f| {
            debug
                .frames(f.pc)
                .into_iter()
                .find(|s| s.line.is_some_and(|l| l > 0))
        });
        if let Some(place) = place
            && let Some(loc) = place.location()
        {
            let func = place.function.as_deref().unwrap_or("??");
            let _ = writeln!(out, "valida: at {loc} in {func}");
        }
    } else if let Some(first) = describe(pc, program, None).first() {
        let _ = writeln!(
            out,
            "valida: in {first} (build with -g for file:line)"
        );
    }
    let _ = writeln!(out, "backtrace:");
    out.push_str(&render(&frames, &end, program, debug));
    Some(out)
}
