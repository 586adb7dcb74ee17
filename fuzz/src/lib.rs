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

fn run(program: Program, input: &[u8]) {
    let options = RunOptions {
        max_steps: MAX_STEPS,
        ..RunOptions::default()
    };
    let Ok(mut machine) = Machine::new(program, &options) else {
        return;
    };
    let mut input = input;
    let mut output = Vec::new();
    // Any outcome (STOP, FAIL, a trap, the step limit) is fine; only a
    // panic or hang is not.
    let _ = machine.run(&mut Io::new(&mut input, &mut output));
}

/// The VM's ELF loader on arbitrary bytes; a program it accepts is run.
pub fn elf_loader(data: &[u8]) {
    if let Ok(program) = valida_vm::load_elf(data) {
        run(program, b"");
    }
}

/// The assembler on arbitrary text. What it accepts must load, and must
/// disassemble.
pub fn assembler(data: &[u8]) {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(elf) = valida_vm::assemble_to_elf(source) else {
        return;
    };
    let program = match valida_vm::load_elf(&elf) {
        Ok(p) => p,
        Err(e) => panic!("the assembler wrote an ELF file the loader rejects: {e}"),
    };
    let _ = valida_vm::disassemble(&program);
    run(program, b"");
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
            Ok(program) => run(program, b""),
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
    let chunks = data.chunks_exact(24);
    let input = chunks.remainder();
    let count = chunks.len().max(1) as i64;
    let code: Vec<RawInstr> = chunks
        .filter_map(|c| <&[u8; 24]>::try_from(c).ok())
        .map(|c| shape(RawInstr::from_bytes(c), count))
        .collect();
    if code.is_empty() {
        return;
    }
    run(
        Program {
            code,
            ..Program::default()
        },
        input,
    );
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
