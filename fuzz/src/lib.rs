//! The fuzz targets' bodies, shared by the libFuzzer binaries
//! (`fuzz_targets/`) and the regression tests that replay saved inputs
//! (`tests/regressions.rs`). Each one must return normally for any input:
//! a panic, an abort, a hang or an allocation that does not fit is a bug.
//! Where an input is accepted, the targets also check properties that must
//! hold for it (assembled and linked images load).

#[cfg(feature = "driver")]
use valida_cc::link::{self, Input, LinkOptions, read::Object};
use valida_vm::isa::{FORMS, Field, Kind, RawInstr};
use valida_vm::{Io, Machine, Program, RunOptions};

/// Instructions executed at most per run: enough to go through loops, short
/// enough that a fuzz iteration stays in the millisecond range.
pub const MAX_STEPS: u64 = 20_000;

/// Bytes one MEMCPY may copy in a fuzz run. A single MEMCPY may sweep
/// the whole gigabyte of memory, which takes seconds of page faults; once
/// the corpus holds such programs the runs slow to a few hundred per
/// second. Huge copies are checked elsewhere (the VM's proptest against
/// the access-by-access loop, and `regressions/exec/memcpy_overlap_gigabyte`
/// replayed without this cap), so a run stops before a larger one.
pub const MAX_COPY: u32 = 1 << 20;

/// Bytes of initialised data an assembled program may have for the
/// assembler target to write, load and run it. `.zero 900000000, 1` is a
/// legal line that makes a 900 MB `.data`; writing it as an ELF file,
/// loading it and copying it into memory holds it three times, past
/// libFuzzer's 2 GB limit, which is the size of the input and not a bug.
/// Larger images are still assembled (their parsing and layout are fuzzed);
/// `valida asm` and `valida run` on such a file are checked by the VM's
/// tests instead.
pub const MAX_IMAGE: usize = 64 << 20;

/// Whether a run stops before a MEMCPY of more than `MAX_COPY` bytes:
/// the fuzz targets cap, the regression replays do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copies {
    Capped,
    Full,
}

/// How a run ended, for the tests of the harness itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ran {
    /// Not run (the input was rejected before).
    Not,
    /// STOP, FAIL, a trap or the step limit, after `steps` instructions
    /// (a trapping one counts).
    Ended { steps: u64 },
    /// Stopped before a MEMCPY larger than `MAX_COPY`, after `steps`.
    CopyCapped { steps: u64 },
    /// Assembled, but more than `MAX_IMAGE` bytes of data: not written out.
    ImageCapped,
}

/// Runs `program` on `input` for at most `MAX_STEPS` instructions.
fn run(program: Program, input: &[u8], copies: Copies) -> Ran {
    let cap = copies == Copies::Capped;
    let options = RunOptions {
        max_steps: MAX_STEPS,
        ..RunOptions::default()
    };
    let has_copy = program
        .code
        .iter()
        .any(|i| i.opcode == valida_vm::isa::Opcode::Memcpy as u32);
    let Ok(mut machine) = Machine::new(program, &options) else {
        return Ran::Not;
    };
    let mut input = input;
    let mut output = Vec::new();
    let mut io = Io::new(&mut input, &mut output);
    // Any outcome (STOP, FAIL, a trap, the step limit) is fine; only a
    // panic or hang is not.
    if !cap || !has_copy {
        let _ = machine.run(&mut io);
        return Ran::Ended {
            steps: machine.steps(),
        };
    }
    loop {
        if large_copy_next(&machine) {
            return Ran::CopyCapped {
                steps: machine.steps(),
            };
        }
        match machine.step(&mut io) {
            Ok(None) => {}
            Ok(Some(_)) | Err(_) => {
                return Ran::Ended {
                    steps: machine.steps(),
                };
            }
        }
    }
}

/// Whether the next instruction is a MEMCPY of more than `MAX_COPY` bytes.
fn large_copy_next(machine: &Machine) -> bool {
    let pc = machine.pc();
    if pc % 24 != 0 {
        return false;
    }
    let Some(inst) = machine.program().code.get((pc / 24) as usize) else {
        return false;
    };
    if inst.opcode != valida_vm::isa::Opcode::Memcpy as u32 {
        return false;
    }
    let len_at = machine.fp().wrapping_add(inst.get(Field::C) as u32);
    machine
        .memory()
        .read_word(len_at)
        .is_ok_and(|len| len > MAX_COPY)
}

/// The VM's ELF loader on arbitrary bytes; a program it accepts is run.
pub fn elf_loader(data: &[u8]) {
    let _ = elf_loader_with(data, Copies::Capped);
}

pub fn elf_loader_with(data: &[u8], copies: Copies) -> Ran {
    match valida_vm::load_elf(data) {
        Ok(program) => run(program, b"", copies),
        Err(_) => Ran::Not,
    }
}

/// The assembler on arbitrary text. What it accepts must load, and must
/// disassemble.
pub fn assembler(data: &[u8]) {
    let _ = assembler_with(data, Copies::Capped);
}

pub fn assembler_with(data: &[u8], copies: Copies) -> Ran {
    let Ok(source) = std::str::from_utf8(data) else {
        return Ran::Not;
    };
    let Ok(image) = valida_vm::asm::assemble::assemble(source) else {
        return Ran::Not;
    };
    let data: usize = image.sections.iter().map(|s| s.bytes.len()).sum();
    if copies == Copies::Capped && data > MAX_IMAGE {
        return Ran::ImageCapped;
    }
    let elf = valida_vm::asm::elf_out::write_elf(&image);
    drop(image);
    let program = match valida_vm::load_elf(&elf) {
        Ok(p) => p,
        Err(e) => panic!("the assembler wrote an ELF file the loader rejects: {e}"),
    };
    drop(elf);
    let _ = valida_vm::disassemble(&program);
    run(program, b"", copies)
}

#[cfg(feature = "driver")]
/// The driver's relocatable-object and archive readers on arbitrary bytes.
pub fn object_reader(data: &[u8]) {
    if let Ok(object) = Object::parse("fuzz.o", data) {
        for shndx in 0..object.sections.len() {
            let _ = object.enclosing_symbol(shndx, 0);
        }
    }
    let _ = link::read::read_archive("fuzz.a", data);
}

#[cfg(feature = "driver")]
/// The linker on inputs made from arbitrary bytes: the first byte chooses
/// one object, one archive, or two objects split at a position given by the
/// next two bytes. An image the linker writes must load in the VM.
pub fn linker(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let object = |name: &str, bytes: &[u8]| Input::Object {
        name: name.into(),
        bytes: bytes.to_vec(),
    };
    let inputs = match mode % 3 {
        0 => vec![object("a.o", rest)],
        1 => vec![Input::Archive {
            name: "lib.a".into(),
            bytes: rest.to_vec(),
        }],
        _ => {
            if rest.len() < 2 {
                return;
            }
            let at = usize::from(u16::from_le_bytes([rest[0], rest[1]]));
            let rest = &rest[2..];
            let (a, b) = rest.split_at(at.min(rest.len()));
            vec![object("a.o", a), object("b.o", b)]
        }
    };
    let options = LinkOptions {
        gc_sections: mode & 4 == 0,
        ..LinkOptions::default()
    };
    if let Ok(image) = link::link(inputs, &options) {
        match valida_vm::load_elf(&image) {
            Ok(program) => {
                run(program, b"", Copies::Capped);
            }
            Err(e) => panic!("the linker wrote an image the loader rejects: {e}"),
        }
    }
}

/// Execution of a random instruction stream: every 24-byte chunk becomes
/// one instruction of a valid form (so that most of them execute instead of
/// trapping on an unknown opcode), with frame offsets near fp and branch
/// targets inside the code most of the time; a chunk whose first byte is odd
/// keeps its raw operand words. The input's tail (past the last whole
/// chunk) is the advice tape.
pub fn exec(data: &[u8]) {
    let _ = exec_with(data, Copies::Capped);
}

pub fn exec_with(data: &[u8], copies: Copies) -> Ran {
    let chunks = data.chunks_exact(24);
    let input = chunks.remainder();
    let count = chunks.len().max(1) as i64;
    let code: Vec<RawInstr> = chunks
        .filter_map(|c| <&[u8; 24]>::try_from(c).ok())
        .map(|c| shape(RawInstr::from_bytes(c), count))
        .collect();
    if code.is_empty() {
        return Ran::Not;
    }
    run(
        Program {
            code,
            ..Program::default()
        },
        input,
        copies,
    )
}

fn shape(raw: RawInstr, count: i64) -> RawInstr {
    let form = &FORMS[raw.opcode as usize % FORMS.len()];
    let mut out = RawInstr {
        opcode: form.opcode as u32,
        ops: form.fixed,
    };
    let keep_raw = raw.opcode & 0x100 != 0;
    for &(field, kind) in form.operands {
        let v = raw.get(field);
        let shaped = match kind {
            _ if keep_raw => v,
            Kind::Slot => (v.rem_euclid(64) - 48) * 4,
            Kind::Byte => v & 0xff,
            Kind::Target => (i64::from(v).rem_euclid(count) * 24) as i32,
            Kind::Imm => v,
        };
        out.set(field, shaped);
    }
    // Fields that are not operands keep the form's fixed values, except
    // when raw: then the whole record is the input's.
    if keep_raw {
        for field in [Field::A, Field::B, Field::C, Field::D, Field::E] {
            if !form.has_operand(field) {
                out.set(field, raw.get(field));
            }
        }
    }
    out
}
