//! Printing one instruction in the assembly syntax of docs/abi.md. What is
//! printed here reassembles to the identical record.

use std::fmt::Write;

use crate::isa::{form_for, Kind, RawInstr};
use crate::program::Symbols;

/// Formats `raw`, naming code targets with `label` when it has a name.
pub fn format_instr_with(raw: &RawInstr, label: &dyn Fn(u32) -> Option<String>) -> String {
    let Some(form) = form_for(raw) else {
        // No form encodes these exact fields: spell the whole record.
        let [a, b, c, d, e] = raw.ops;
        return format!(".insn {}, {a}, {b}, {c}, {d}, {e}", raw.opcode);
    };
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

/// Formats `raw`, naming targets that carry a code label (function or
/// untyped symbol).
pub fn format_instr(raw: &RawInstr, symbols: &Symbols) -> String {
    format_instr_with(raw, &|addr| symbols.label_at(addr).filter(|s| is_identifier(&s.name)).map(|s| s.name.clone()))
}

/// Whether the assembler reads `name` as a symbol.
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '.' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '$')
        && name != "fp"
}
