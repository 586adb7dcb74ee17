//! Printing one instruction in the assembly syntax of docs/abi.md. What is
//! printed here reassembles to the identical record.

use std::fmt::Write;

use crate::isa::{FORMS, Field, Form, Kind, Opcode, RawInstr, fits, form_for};
use crate::program::Symbols;

/// Formats `raw`, naming code targets with `label` when it has a name.
pub fn format_instr_with(raw: &RawInstr, label: &dyn Fn(u32) -> Option<String>) -> String {
    match form_for(raw) {
        Some(form) => format_form(form, raw, label),
        None => {
            // No form encodes these exact fields: spell the whole record.
            let [a, b, c, d, e] = raw.ops;
            format!(".insn {}, {a}, {b}, {c}, {d}, {e}", raw.opcode)
        }
    }
}

/// For a record printed as `.insn`: how it reads with the first form of its
/// opcode whose operands fit, ignoring the other fields (e.g. the d = e = 1
/// the public compiler sets on `jal`). For comments only: it does not
/// reassemble to the same record.
pub fn nearest_form(raw: &RawInstr, label: &dyn Fn(u32) -> Option<String>) -> Option<String> {
    if form_for(raw).is_some() {
        return None;
    }
    let op = Opcode::from_u32(raw.opcode)?;
    // Flags the opcode honours decide what b and c mean: those must agree.
    let flag_ok = |f: &Form, field: Field, honoured: bool| {
        !honoured
            || f.has_operand(field)
            || f.fixed[field as usize] == i32::from(raw.get(field) == 1)
    };
    let form = FORMS.iter().find(|f| {
        f.opcode == op
            && f.operands
                .iter()
                .all(|(field, kind)| fits(*kind, raw.get(*field)))
            && flag_ok(f, Field::E, op.honours_e())
            && flag_ok(f, Field::D, op.honours_d())
    })?;
    Some(format_form(form, raw, label))
}

fn format_form(form: &Form, raw: &RawInstr, label: &dyn Fn(u32) -> Option<String>) -> String {
    let mut out = String::from(form.mnemonic);
    for (i, (field, kind)) in form.operands.iter().enumerate() {
        out.push_str(if i == 0 { " " } else { ", " });
        let v = raw.get(*field);
        // Writing to a String cannot fail.
        let _ = match kind {
            Kind::Slot => write!(out, "{v}(fp)"),
            Kind::Imm | Kind::Byte => write!(out, "{v}"),
            Kind::Target => match label(v as u32) {
                Some(name) => write!(out, "{name}"),
                None => write!(out, "{v}"),
            },
        };
    }
    out
}

/// Formats `raw` for messages and traces, naming targets that carry a code
/// label (function or untyped symbol); an `.insn` is followed by its
/// nearest form as a comment.
pub fn format_instr(raw: &RawInstr, symbols: &Symbols) -> String {
    let label = |addr: u32| {
        symbols
            .label_at(addr)
            .filter(|s| is_identifier(&s.name))
            .map(|s| s.name.clone())
    };
    let text = format_instr_with(raw, &label);
    match nearest_form(raw, &label) {
        Some(near) => format!("{text} ; {near}"),
        None => text,
    }
}

/// Whether the assembler reads `name` as a symbol.
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '.' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '$')
}
