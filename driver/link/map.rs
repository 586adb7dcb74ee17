//! The link map (`-Wl,-Map=FILE`): where every output section, input
//! section and symbol went, and which sections garbage collection dropped.

use std::fmt::Write;

use super::Resolved;
use super::layout::Layout;
use super::read::{Binding, SymDef};

pub(crate) fn render(res: &Resolved, layout: &Layout, live: &[Vec<bool>]) -> String {
    let mut m = String::from("Valida link map\n\nOutput sections\n");
    let _ = writeln!(m, "{:<14} {:>10} {:>10}", "section", "address", "size");
    for o in &layout.out_sections {
        let _ = writeln!(m, "{:<14} {:#010x} {:#10x}", o.name, o.addr, o.size);
    }
    m.push_str("\nInput sections and symbols\n");
    for &(oi, si) in &layout.placed {
        let obj = &res.objects[oi];
        let (Some(sec), Some(at)) = (&obj.sections[si], layout.addr[oi][si]) else {
            continue;
        };
        let _ = writeln!(m, "{:#010x} {:#8x} {}:{}", at, sec.size, obj.name, sec.name);
        let mut syms: Vec<(u32, &str, bool)> = obj
            .symbols
            .iter()
            .filter(|s| s.def == SymDef::Section(si) && !s.name.is_empty())
            .filter(|s| s.kind != super::read::SymKind::Section)
            .map(|s| {
                (
                    at.wrapping_add(s.value),
                    s.name.as_str(),
                    s.binding == Binding::Local,
                )
            })
            .collect();
        syms.sort();
        for (addr, name, is_local) in syms {
            let local = if is_local { " (local)" } else { "" };
            let _ = writeln!(m, "    {addr:#010x}  {name}{local}");
        }
    }
    let mut commons: Vec<(u32, &str)> = layout
        .common
        .iter()
        .map(|(&(oi, si), &a)| (a, res.objects[oi].symbols[si].name.as_str()))
        .collect();
    if !commons.is_empty() {
        commons.sort();
        m.push_str("\nCommon symbols\n");
        for (a, n) in commons {
            let _ = writeln!(m, "    {a:#010x}  {n}");
        }
    }
    m.push_str("\nLinker-defined symbols\n");
    for (n, v) in &layout.linker_syms {
        let _ = writeln!(m, "    {v:#010x}  {n}");
    }
    let mut dropped = String::new();
    for (oi, obj) in res.objects.iter().enumerate() {
        for (si, sec) in obj.sections.iter().enumerate() {
            if let Some(sec) = sec
                && !live[oi][si]
            {
                let _ = writeln!(
                    dropped,
                    "    {}:{} ({:#x} bytes)",
                    obj.name, sec.name, sec.size
                );
            }
        }
    }
    if !dropped.is_empty() {
        m.push_str("\nDiscarded input sections (--gc-sections)\n");
        m.push_str(&dropped);
    }
    m
}
