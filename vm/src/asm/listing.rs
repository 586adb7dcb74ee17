//! Whole-program disassembly: code with function labels and local labels
//! for branch targets, then the data segments as directives. The output
//! reassembles to the same instructions.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use super::print::{format_instr_with, is_identifier, nearest_form};
use crate::isa::{INSTR_BYTES, Kind, form_for};
use crate::program::{Program, SymbolKind};

/// Disassembles a program.
pub fn disassemble(program: &Program) -> String {
    let code_bytes = program.code.len() as u64 * u64::from(INSTR_BYTES);
    let mut labels: BTreeMap<u32, String> = BTreeMap::new();
    // Function names that are unique and readable become labels.
    let mut name_count: HashMap<&str, usize> = HashMap::new();
    for s in program.symbols.all() {
        *name_count.entry(&s.name).or_default() += 1;
    }
    // Functions first, so they win over untyped labels at the same address.
    let code_symbols = program.symbols.functions().chain(
        program
            .symbols
            .all()
            .iter()
            .filter(|s| s.kind == SymbolKind::Other),
    );
    for f in code_symbols {
        if u64::from(f.value) < code_bytes
            && f.value % INSTR_BYTES == 0
            && is_identifier(&f.name)
            && !f.name.starts_with(".L")
            && name_count.get(f.name.as_str()) == Some(&1)
        {
            labels.entry(f.value).or_insert_with(|| f.name.clone());
        }
    }
    // Static targets inside the code get local labels.
    for raw in &program.code {
        if let Some(form) = form_for(raw) {
            for (field, kind) in form.operands {
                let t = raw.get(*field) as u32;
                if *kind == Kind::Target
                    && u64::from(t) < code_bytes
                    && t.is_multiple_of(INSTR_BYTES)
                {
                    labels.entry(t).or_insert_with(|| format!(".Lpc_{t:x}"));
                }
            }
        }
    }

    let mut out = String::from("; valida disassembly\n    .text\n");
    let label = |addr: u32| labels.get(&addr).cloned();
    for (i, raw) in program.code.iter().enumerate() {
        let pc = i as u32 * INSTR_BYTES;
        if let Some(name) = labels.get(&pc) {
            // Keep function symbols functions when the listing is reassembled.
            if program
                .symbols
                .function_starting_at(pc)
                .is_some_and(|f| &f.name == name)
            {
                let _ = writeln!(out, "    .type {name}, @function");
            }
            let _ = writeln!(out, "{name}:");
        }
        let text = format_instr_with(raw, &label);
        match nearest_form(raw, &label) {
            Some(near) => {
                let _ = writeln!(out, "    {text:<40} ; {pc:#x} {near}");
            }
            None => {
                let _ = writeln!(out, "    {text:<40} ; {pc:#x}");
            }
        }
    }

    for seg in &program.segments {
        let section = if seg.bytes.is_empty() {
            ".bss"
        } else if seg.flags & 2 != 0 {
            ".data"
        } else {
            ".rodata"
        };
        let _ = writeln!(
            out,
            "\n    .section {section} ; at {:#x}, {} bytes in file, {} in memory",
            seg.addr,
            seg.bytes.len(),
            seg.mem_size
        );
        let data_labels: BTreeMap<u32, &str> = program
            .symbols
            .all()
            .iter()
            .filter(|s| {
                s.kind != SymbolKind::Function
                    && is_identifier(&s.name)
                    && !s.name.starts_with(".L")
            })
            .filter(|s| {
                s.value >= seg.addr
                    && u64::from(s.value) < u64::from(seg.addr) + u64::from(seg.mem_size)
            })
            .filter(|s| name_count.get(s.name.as_str()) == Some(&1))
            .map(|s| (s.value - seg.addr, s.name.as_str()))
            .collect();
        let mut cuts: Vec<u32> = data_labels.keys().copied().collect();
        cuts.push(seg.mem_size);
        let mut at = 0u32;
        for cut in cuts {
            if cut > at {
                dump_range(&mut out, &seg.bytes, at, cut);
                at = cut;
            }
            if let Some(name) = data_labels.get(&cut) {
                let _ = writeln!(out, "{name}:");
            }
        }
    }
    out
}

/// Equal file bytes in a row that are listed as one `.zero N` or `.space
/// N, BYTE` (in `.data` and `.rodata` these make file bytes, as `.byte`
/// does).
const FILL_RUN: usize = 16;

/// Bytes [from, to) of a segment: file bytes as `.byte` lines (long runs of
/// one value as `.zero`/`.space`), the rest `.zero`.
fn dump_range(out: &mut String, bytes: &[u8], from: u32, to: u32) {
    let start = (from as usize).min(bytes.len());
    let end = (to as usize).min(bytes.len()).max(start);
    let data = &bytes[start..end];
    let mut listed = 0;
    let mut i = 0;
    while i < data.len() {
        let value = data[i];
        let run = data[i..].iter().take_while(|&&b| b == value).count();
        if run >= FILL_RUN {
            byte_lines(out, &data[listed..i]);
            if value == 0 {
                let _ = writeln!(out, "    .zero {run}");
            } else {
                let _ = writeln!(out, "    .space {run}, {value}");
            }
            listed = i + run;
        }
        i += run;
    }
    byte_lines(out, &data[listed..]);
    let zeros = u64::from(to.saturating_sub(from)) - (end - start) as u64;
    if zeros > 0 {
        let _ = writeln!(out, "    .zero {zeros}");
    }
}

/// `bytes` as `.byte` lines of 16.
fn byte_lines(out: &mut String, bytes: &[u8]) {
    for chunk in bytes.chunks(16) {
        let list: Vec<String> = chunk.iter().map(u8::to_string).collect();
        let _ = writeln!(out, "    .byte {}", list.join(", "));
    }
}
