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
    // clang describes a -fsanitize-trap check as an inlined frame named
    // `__clang_trap_msg$<category>$<message>`.
    let sanitizer = debug.and_then(|d| {
        d.frames(pc).into_iter().find_map(|f| {
            let name = f.function?;
            let rest = name.strip_prefix("__clang_trap_msg$")?;
            let (category, message) = rest.split_once('$')?;
            Some(format!("{category}: {message}"))
        })
    });
    let mut out = String::new();
    match sanitizer {
        Some(check) => {
            let _ = writeln!(out, "valida: reason: {check}");
        }
        None => {
            let reason = reason.unwrap_or_else(|| fail_reason(&frames, program));
            let _ = writeln!(out, "valida: reason: {reason}");
        }
    }
    // Where it happened: the innermost frame DWARF knows. Frames of code
    // built without -g (abort() in the runtime) are skipped; a pc whose row
    // has no line (code the optimiser merged) names its function and the
    // caller's line.
    if let Some(debug) = debug {
        let mut known = frames
            .iter()
            .map(|f| debug.frames(f.pc))
            .filter(|fs| !fs.is_empty());
        if let Some(first) = known.next() {
            // The innermost (possibly inlined) frame with a line.
            let inner = first
                .iter()
                .find(|f| f.line.is_some_and(|l| l > 0))
                .unwrap_or(&first[0]);
            let func = inner.function.as_deref().unwrap_or("??");
            match inner
                .location()
                .filter(|_| inner.line.is_some_and(|l| l > 0))
            {
                Some(loc) => {
                    let _ = writeln!(out, "valida: at {loc} in {func}");
                }
                None => {
                    let _ = writeln!(
                        out,
                        "valida: in {func} (no source line for this pc: code merged by the optimiser)"
                    );
                    if let Some(caller) = known.next().and_then(|fs| fs.into_iter().next())
                        && let Some(loc) = caller.location()
                    {
                        let name = caller.function.as_deref().unwrap_or("??");
                        let _ = writeln!(out, "valida: called from {loc} in {name}");
                    }
                }
            }
        }
    } else if let Some(first) = describe(pc, program, None).first() {
        let _ = writeln!(out, "valida: in {first} (build with -g for file:line)");
    }
    let _ = writeln!(out, "backtrace:");
    out.push_str(&render(&frames, &end, program, debug));
    Some(out)
}
