//! What our VM adds to a Valida program without changing its meaning on
//! the real VM (docs/abi.md, "argv" and "stderr"):
//! - program arguments, written at load into memory the program does not
//!   use (above the initial fp) and published through the runtime's
//!   `__valida_argc`/`__valida_argv` words, whose linked-in defaults
//!   (argc 1) are what the real VM sees;
//! - stderr: calls of the runtime's no-op `__valida_stderr_write(ptr, len)`
//!   are recognised at predecode (a `jal` to that function becomes
//!   [`K::JalStderr`]) and the bytes go to the host's stderr before the
//!   call runs as usual. Nothing else in the loop changes.

use std::io::Write;

use super::inst::{Inst, K};
use super::io::Io;
use super::machine::{Machine, RunOptions};
use crate::error::Error;
use crate::memory::Memory;
use crate::program::Program;

/// The runtime's stderr hook: `void __valida_stderr_write(const char *, unsigned)`.
pub const STDERR_SYMBOL: &str = "__valida_stderr_write";
/// The runtime's `int __valida_argc` (default 1).
pub const ARGC_SYMBOL: &str = "__valida_argc";
/// The runtime's `char **__valida_argv` (default `{"a.out", 0}`).
pub const ARGV_SYMBOL: &str = "__valida_argv";

/// Bytes left free between the initial fp and the arguments (the header
/// slots of `_start`'s frame live at 0..16(fp)).
const GAP: u32 = 32;

/// Turns every direct call of [`STDERR_SYMBOL`] into [`K::JalStderr`].
pub(crate) fn mark_host_calls(program: &Program, insts: &mut [Inst], code_len: usize) {
    let Some(sym) = program.symbols.lookup(STDERR_SYMBOL) else {
        return;
    };
    let Some(target) = (sym.value % 24 == 0).then_some((sym.value / 24) as i32) else {
        return;
    };
    for inst in insts.iter_mut().take(code_len) {
        if inst.k == K::Jal && inst.b == target {
            inst.k = K::JalStderr;
        }
    }
}

/// The effect of a `__valida_stderr_write(ptr, len)` call whose callee frame
/// is at `callee_fp` (arguments at 12 and 16). A range outside memory
/// writes nothing, as the real VM's no-op would. Out of line: the loop only
/// pays for the call when the program writes to stderr.
#[cold]
#[inline(never)]
pub(crate) fn stderr_call(mem: &Memory, callee_fp: u32, io: &mut Io<'_>) -> std::io::Result<()> {
    stderr_write(mem, callee_fp, io.stderr())
}

fn stderr_write(mem: &Memory, callee_fp: u32, err: &mut dyn Write) -> std::io::Result<()> {
    let (Ok(ptr), Ok(len)) = (
        mem.read_word(callee_fp.wrapping_add(12)),
        mem.read_word(callee_fp.wrapping_add(16)),
    ) else {
        return Ok(());
    };
    match mem.slice(ptr, len) {
        Ok(bytes) => err.write_all(bytes),
        Err(_) => Ok(()),
    }
}

/// A machine whose program sees `args` as `argc`/`argv` (`args[0]` is the
/// program name). Without the runtime's symbols the arguments are ignored.
pub fn machine_with_args(
    program: Program,
    options: &RunOptions,
    args: &[Vec<u8>],
) -> Result<Machine, Error> {
    let (Some(argc_at), Some(argv_at)) = (
        program.symbols.lookup(ARGC_SYMBOL).map(|s| s.value),
        program.symbols.lookup(ARGV_SYMBOL).map(|s| s.value),
    ) else {
        return Machine::new(program, options);
    };
    if args.is_empty() {
        return Machine::new(program, options);
    }
    // The block: argv[0..argc], NULL, then the strings; 8-aligned, ending at
    // the initial fp, which moves down below it.
    let pointers = 4 * (args.len() as u64 + 1);
    let strings: u64 = args.iter().map(|a| a.len() as u64 + 1).sum();
    let size = (pointers + strings).div_ceil(8) * 8;
    let top = u64::from(options.initial_fp);
    if size + u64::from(GAP) + 0x1_0000 > top {
        return Err(Error::Arguments(format!(
            "{size} bytes of arguments do not fit below fp {top:#x}"
        )));
    }
    let base = (top - size) as u32;
    let new_fp = base - GAP;
    let mut run_options = *options;
    run_options.initial_fp = new_fp;
    let mut machine = Machine::new(program, &run_options)?;
    let mem = machine.memory_mut();
    let mut string_at = base + pointers as u32;
    let place = |e| Error::Arguments(format!("cannot write the arguments: {e}"));
    for (i, arg) in args.iter().enumerate() {
        mem.write_word(base + 4 * i as u32, string_at)
            .map_err(place)?;
        let dst = mem
            .slice_mut(string_at, arg.len() as u32 + 1)
            .map_err(place)?;
        dst[..arg.len()].copy_from_slice(arg);
        dst[arg.len()] = 0;
        string_at += arg.len() as u32 + 1;
    }
    mem.write_word(base + 4 * args.len() as u32, 0)
        .map_err(place)?;
    mem.write_word(argc_at, args.len() as u32).map_err(place)?;
    mem.write_word(argv_at, base).map_err(place)?;
    Ok(machine)
}

#[cfg(test)]
mod tests {
    use crate::exec::{Io, RunOptions};
    use crate::report::Outcome;

    /// `_start` passes argv[1] (or "none") to `__valida_stderr_write`, then
    /// writes argc as a byte on the output tape.
    const PROGRAM: &str = r#"
    .text
_start:
    imm32 -4(fp), __valida_argv
    lw -4(fp), -4(fp)              ; argv
    imm32 -8(fp), none
    imm32 -12(fp), __valida_argc
    lw -12(fp), -12(fp)            ; argc
    beqi call, -12(fp), 1
    addi -4(fp), -4(fp), 4
    lw -8(fp), -4(fp)              ; argv[1]
call:
    addi -20(fp), -8(fp), 0        ; ptr (callee frame at -32: 12(fp') = -20)
    imm32 -16(fp), 3               ; len
    imm32 -24(fp), 32              ; caller distance
    jal -32(fp), __valida_stderr_write, -32
    write 0, -12(fp), 0, 0, 1
    stop
__valida_stderr_write:
    jalv -4(fp), 0(fp), 8(fp)

    .data
__valida_argc:
    .word 1
__valida_argv:
    .word 0
none:
    .asciz "non"
"#;

    fn run(args: &[&[u8]]) -> (Vec<u8>, Vec<u8>, u64) {
        let program = crate::asm::assemble::assemble(PROGRAM)
            .expect("assembles")
            .to_program();
        let args: Vec<Vec<u8>> = args.iter().map(|a| a.to_vec()).collect();
        let mut machine =
            super::machine_with_args(program, &RunOptions::default(), &args).expect("machine");
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let mut input: &[u8] = b"";
        let outcome = machine
            .run(&mut Io::with_stderr(&mut input, &mut out, &mut err))
            .expect("runs");
        assert_eq!(outcome, Outcome::Stopped { exit_code: 0 });
        (out, err, machine.steps())
    }

    #[test]
    fn arguments_reach_the_program_and_stderr_the_host() {
        let (out, err, with_args) = run(&[b"prog", b"abcdef"]);
        assert_eq!(out, [2]);
        assert_eq!(err, b"abc");
        // Default argc (1) when no arguments are given.
        let (out, err, without) = run(&[]);
        assert_eq!(out, [1]);
        assert_eq!(err, b"non");
        // The call itself still runs (same instruction count as on the real VM).
        assert_eq!(with_args, without + 2);
    }
}
