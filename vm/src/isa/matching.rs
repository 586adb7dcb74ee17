//! Choosing the assembly form that prints a record exactly.

use super::record::RawInstr;
use super::table::{FORMS, Field, Form, Kind, Opcode};

const FIELDS: [Field; 5] = [Field::A, Field::B, Field::C, Field::D, Field::E];

/// Whether `value` can be written as an operand of `kind`.
pub fn fits(kind: Kind, value: i32) -> bool {
    match kind {
        Kind::Byte => (0..=255).contains(&value),
        Kind::Slot | Kind::Imm | Kind::Target => true,
    }
}

/// Whether this form encodes `instr` exactly (so printing it with the form
/// and reassembling gives the same record back).
pub fn form_matches(form: &Form, instr: &RawInstr) -> bool {
    if form.opcode as u32 != instr.opcode {
        return false;
    }
    FIELDS.iter().all(
        |&field| match form.operands.iter().find(|(f, _)| *f == field) {
            Some((_, kind)) => fits(*kind, instr.get(field)),
            None => form.fixed[field as usize] == instr.get(field),
        },
    )
}

/// The first form that prints `instr` exactly, if any (otherwise the
/// disassembler falls back to `.insn`).
pub fn form_for(instr: &RawInstr) -> Option<&'static Form> {
    Opcode::from_u32(instr.opcode)?;
    FORMS.iter().find(|f| form_matches(f, instr))
}
