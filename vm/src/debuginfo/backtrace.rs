//! Backtraces from the frame chain of docs/abi.md: in every frame, `0(fp)`
//! holds the return address and `8(fp)` the caller distance N (the
//! caller's fp is fp + N). The chain is valid at every instruction, at any
//! optimisation level, because `jal`/`jalv` write both before fp moves.

use std::fmt::Write;

use super::{DebugInfo, SourceFrame, demangle};
use crate::isa::INSTR_BYTES;
use crate::memory::Memory;
use crate::program::Program;

/// Frames shown at most; deeper chains show their innermost and outermost
/// frames with the number left out between them.
pub const MAX_SHOWN: usize = 64;
/// Frames walked at most (a corrupt chain could loop).
pub const MAX_WALKED: usize = 1 << 20;

/// One machine frame: the pc executing in it and its fp.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frame {
    /// For the innermost frame the current pc; for the others the call
    /// instruction (return address − 24).
    pub pc: u32,
    pub fp: u32,
}

/// Why the walk stopped before reaching the outermost frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChainEnd {
    /// Reached the initial fp (`_start`'s frame).
    Complete,
    /// A frame slot could not be read or held an impossible value.
    Broken(String),
    /// More than [`MAX_WALKED`] frames: `depth` frames were counted in
    /// all, up to [`MAX_COUNTED`] (`None` when the count stopped there or
    /// the chain broke beyond the frames kept).
    TooDeep { depth: Option<usize> },
}

/// Frames counted at most beyond the ones kept (a deep recursion's depth is
/// worth reporting; the frames themselves are not).
pub const MAX_COUNTED: usize = 1 << 28;

/// Walks the frame chain from `(pc, fp)` up to `initial_fp`.
pub fn walk(mem: &Memory, pc: u32, fp: u32, initial_fp: u32) -> (Vec<Frame>, ChainEnd) {
    let mut frames = vec![Frame { pc, fp }];
    let mut fp = fp;
    loop {
        if fp == initial_fp {
            return (frames, ChainEnd::Complete);
        }
        if frames.len() >= MAX_WALKED {
            let depth = count_rest(mem, fp, initial_fp).map(|rest| frames.len() + rest);
            return (frames, ChainEnd::TooDeep { depth });
        }
        let (Ok(ra), Ok(n)) = (mem.read_word(fp), mem.read_word(fp.wrapping_add(8))) else {
            return (
                frames,
                ChainEnd::Broken(format!("frame slots at fp {fp:#x} cannot be read")),
            );
        };
        if n == 0 {
            // Nothing called this frame (`_start`'s: the loader leaves the
            // slot zero).
            return (frames, ChainEnd::Complete);
        }
        let caller_fp = fp.wrapping_add(n);
        if n % 8 != 0 || caller_fp <= fp || caller_fp > initial_fp {
            return (
                frames,
                ChainEnd::Broken(format!("caller distance {n:#x} at {:#x}", fp + 8)),
            );
        }
        if ra < INSTR_BYTES || ra % INSTR_BYTES != 0 {
            return (
                frames,
                ChainEnd::Broken(format!("return address {ra:#x} at {fp:#x}")),
            );
        }
        fp = caller_fp;
        frames.push(Frame {
            pc: ra - INSTR_BYTES,
            fp,
        });
    }
}

/// Frames above `fp` (whose frame is already counted) up to `initial_fp`,
/// when the chain is intact and shorter than [`MAX_COUNTED`].
fn count_rest(mem: &Memory, mut fp: u32, initial_fp: u32) -> Option<usize> {
    let mut count = 0;
    while fp != initial_fp {
        if count >= MAX_COUNTED {
            return None;
        }
        let n = mem.read_word(fp.wrapping_add(8)).ok()?;
        if n == 0 {
            break;
        }
        let caller_fp = fp.wrapping_add(n);
        if n % 8 != 0 || caller_fp <= fp || caller_fp > initial_fp {
            return None;
        }
        fp = caller_fp;
        count += 1;
    }
    Some(count)
}

/// Runs of consecutive frames at the same pc (a recursion) as
/// `(first, last)` frame indices, innermost first.
fn runs(frames: &[Frame]) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (k, frame) in frames.iter().enumerate() {
        match runs.last_mut() {
            Some((_, last)) if k > 1 && frames[*last].pc == frame.pc => *last = k,
            _ => runs.push((k, k)),
        }
    }
    runs
}

/// The text of a backtrace: one line per frame (and per inlined frame),
/// `#k pc function at file:line`.
pub fn render(
    frames: &[Frame],
    end: &ChainEnd,
    program: &Program,
    debug: Option<&DebugInfo>,
) -> String {
    let mut out = String::new();
    // A recursion shows as one line per run of frames at the same call.
    let runs = runs(frames);
    let shown: Vec<usize> = if runs.len() <= MAX_SHOWN {
        (0..runs.len()).collect()
    } else {
        let head = MAX_SHOWN - 8;
        (0..head).chain(runs.len() - 8..runs.len()).collect()
    };
    let mut previous: Option<usize> = None;
    for &r in &shown {
        let (first, last) = runs[r];
        if let Some(p) = previous
            && r != p + 1
        {
            let left_out = first - runs[p].1 - 1;
            let _ = writeln!(out, "  ... {left_out} frames left out ...");
        }
        previous = Some(r);
        let frame = frames[first];
        let index = if first == last {
            format!("#{first:<3}")
        } else {
            format!("#{first}-#{last}")
        };
        for (i, line) in describe(frame.pc, program, debug).iter().enumerate() {
            if i == 0 {
                let _ = write!(out, "  {index} {:#08x} {line}", frame.pc);
                if first != last {
                    let _ = write!(out, " ({} frames: recursion)", last - first + 1);
                }
                out.push('\n');
            } else {
                let _ = writeln!(out, "                  {line}");
            }
        }
    }
    match end {
        ChainEnd::Complete => {
            if frames.len() > MAX_SHOWN {
                let _ = writeln!(out, "  (call depth {} frames)", frames.len());
            }
        }
        ChainEnd::Broken(why) => {
            let _ = writeln!(out, "  (frame chain ends: {why})");
        }
        ChainEnd::TooDeep { depth: Some(depth) } => {
            let _ = writeln!(out, "  (call depth {depth} frames)");
        }
        ChainEnd::TooDeep { depth: None } => {
            let _ = writeln!(out, "  (frame chain longer than {MAX_WALKED} frames)");
        }
    }
    out
}

/// `function at file:line` for a pc, one entry per inlined frame (the
/// first is the innermost); from the symbol table without DWARF.
pub fn describe(pc: u32, program: &Program, debug: Option<&DebugInfo>) -> Vec<String> {
    let symbol = program
        .symbols
        .function_at(pc)
        .map(|(s, _)| demangle(&s.name).into_owned());
    let frames: Vec<SourceFrame> = debug.map(|d| d.frames(pc)).unwrap_or_default();
    if frames.is_empty() {
        return vec![symbol.unwrap_or_else(|| "??".into())];
    }
    frames
        .iter()
        .map(|f| {
            let name = f
                .function
                .clone()
                .or_else(|| symbol.clone())
                .unwrap_or_else(|| "??".into());
            let name = if f.inlined {
                format!("{name} (inlined)")
            } else {
                name
            };
            match f.location() {
                Some(loc) => format!("{name} at {loc}"),
                None => name,
            }
        })
        .collect()
}

/// Why a FAIL happened, from the functions on the stack: `abort()`, a
/// failed `assert`, a Rust panic, or a trap (`__builtin_trap`, a UB check).
pub fn fail_reason(frames: &[Frame], program: &Program) -> &'static str {
    let names: Vec<String> = frames
        .iter()
        .filter_map(|f| program.symbols.function_at(f.pc))
        .map(|(s, _)| demangle(&s.name).into_owned())
        .collect();
    let has = |pred: &dyn Fn(&str) -> bool| names.iter().any(|n| pred(n));
    if has(&|n| n.starts_with("__assert")) {
        "assertion failed"
    } else if has(&|n| {
        n.contains("panicking") || n.contains("panic::report") || n == "rust_begin_unwind"
    }) {
        "Rust panic"
    } else if has(&|n| n == "abort") {
        "abort() called"
    } else if has(&|n| n.starts_with("__ubsan")) {
        "undefined behaviour check failed"
    } else {
        "FAIL executed (__builtin_trap, a UB check trap or __valida_fail)"
    }
}
