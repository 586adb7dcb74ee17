//! Address assignment: `.text` at 0 (entry first), then the data segment.

use std::collections::HashMap;

use super::read::{SectionKind, SymDef};
use super::{
    DATA_MIN, INSTR_BYTES, LinkError, LinkOptions, NULL_GUARD, Resolved, STACK_SIZE, STACK_TOP,
};

/// An output section (what `readelf -S` shows in the executable).
#[derive(Debug, Clone)]
pub struct OutSection {
    pub name: &'static str,
    pub addr: u32,
    pub size: u32,
    pub kind: SectionKind,
}

pub struct Layout {
    /// Address of every placed input section, by object and ELF index.
    pub addr: Vec<Vec<Option<u32>>>,
    /// Addresses given to common symbols, by (object, symbol).
    pub common: HashMap<(usize, usize), u32>,
    /// Placed input sections in address order.
    pub placed: Vec<(usize, usize)>,
    pub text_size: u32,
    pub data_base: u32,
    pub data_filesz: u32,
    pub data_memsz: u32,
    pub out_sections: Vec<OutSection>,
    pub linker_syms: Vec<(&'static str, u32)>,
}

fn align_up(v: u64, a: u64) -> u64 {
    let a = a.max(1);
    v.div_ceil(a) * a
}

fn out_name(kind: SectionKind) -> &'static str {
    match kind {
        SectionKind::Text => ".text",
        SectionKind::ReadOnly => ".rodata",
        SectionKind::Data => ".data",
        SectionKind::InitArray(_) => ".init_array",
        SectionKind::FiniArray(_) => ".fini_array",
        SectionKind::Bss => ".bss",
    }
}

fn rank(kind: SectionKind) -> (u8, u32) {
    match kind {
        SectionKind::Text => (0, 0),
        SectionKind::ReadOnly => (1, 0),
        SectionKind::Data => (2, 0),
        SectionKind::InitArray(p) => (3, p),
        SectionKind::FiniArray(p) => (4, p),
        SectionKind::Bss => (5, 0),
    }
}

/// Sections reachable from the roots (the entry point, `-u` symbols) and
/// the constructor tables.
pub(crate) fn live_sections(res: &Resolved, roots: &[String], gc: bool) -> Vec<Vec<bool>> {
    let mut live: Vec<Vec<bool>> = res
        .objects
        .iter()
        .map(|o| o.sections.iter().map(|s| s.is_some() && !gc).collect())
        .collect();
    if !gc {
        return live;
    }
    let mut work = Vec::new();
    for (oi, obj) in res.objects.iter().enumerate() {
        for (si, sec) in obj.sections.iter().enumerate() {
            if let Some(sec) = sec
                && matches!(
                    sec.kind,
                    SectionKind::InitArray(_) | SectionKind::FiniArray(_)
                )
            {
                work.push((oi, si));
            }
        }
    }
    for root in roots {
        if let Some(def) = res.globals.get(root)
            && let SymDef::Section(si) = res.objects[def.obj].symbols[def.sym].def
        {
            work.push((def.obj, si));
        }
    }
    // The VM reads the exit status through this symbol: keep it.
    if let Some(def) = res.globals.get("__valida_exit_code")
        && let SymDef::Section(si) = res.objects[def.obj].symbols[def.sym].def
    {
        work.push((def.obj, si));
    }
    while let Some((oi, si)) = work.pop() {
        if live[oi][si] {
            continue;
        }
        live[oi][si] = true;
        let Some(sec) = &res.objects[oi].sections[si] else {
            continue;
        };
        for r in &sec.relocs {
            if let Some((doi, dsi)) = res.definition(oi, r.symbol)
                && let SymDef::Section(target) = res.objects[doi].symbols[dsi].def
                && !live[doi][target]
            {
                work.push((doi, target));
            }
        }
    }
    live
}

impl Layout {
    pub fn compute(
        res: &Resolved,
        options: &LinkOptions,
        live: &[Vec<bool>],
    ) -> Result<Layout, LinkError> {
        let mut addr: Vec<Vec<Option<u32>>> = res
            .objects
            .iter()
            .map(|o| vec![None; o.sections.len()])
            .collect();

        // Entry section first, then every other section ordered by kind and input order.
        let entry_sec = res.globals.get(&options.entry).and_then(|d| {
            match res.objects[d.obj].symbols[d.sym].def {
                SymDef::Section(si) => Some((d.obj, si)),
                _ => None,
            }
        });
        if let Some(d) = res.globals.get(&options.entry) {
            let sym = &res.objects[d.obj].symbols[d.sym];
            if sym.value != 0 || entry_sec.is_none() {
                return Err(LinkError::Malformed {
                    file: res.objects[d.obj].name.clone(),
                    message: format!(
                        "entry point {} must be the first thing in its .text section (it is at offset {})",
                        options.entry, sym.value
                    ),
                });
            }
        }
        let mut order: Vec<(usize, usize)> = Vec::new();
        for (oi, obj) in res.objects.iter().enumerate() {
            for (si, sec) in obj.sections.iter().enumerate() {
                if sec.is_some() && live[oi][si] && Some((oi, si)) != entry_sec {
                    order.push((oi, si));
                }
            }
        }
        let kind_of = |(oi, si): (usize, usize)| {
            res.objects[oi].sections[si]
                .as_ref()
                .map_or(SectionKind::Data, |s| s.kind)
        };
        order.sort_by_key(|&p| rank(kind_of(p)));
        if let Some(e) = entry_sec {
            order.insert(0, e);
        }

        let mut out_sections: Vec<OutSection> = Vec::new();
        let mut cursor: u64 = 0;
        let mut text_size = 0u64;
        let mut data_base = None;
        let mut data_filesz = 0u64;
        let mut placed = Vec::new();
        // Identical string-literal sections (one per literal with per-symbol
        // sections) are placed once.
        let mut strings: HashMap<(&[u8], u32), u32> = HashMap::new();
        for &(oi, si) in &order {
            let Some(sec) = &res.objects[oi].sections[si] else {
                continue;
            };
            if sec.merge_strings
                && sec.relocs.is_empty()
                && !sec.data.is_empty()
                && let Some(&at) = strings.get(&(sec.data.as_slice(), sec.align))
            {
                addr[oi][si] = Some(at);
                continue;
            }
            let align = if sec.kind == SectionKind::Text {
                u64::from(INSTR_BYTES)
            } else {
                u64::from(sec.align)
            };
            if sec.kind != SectionKind::Text && data_base.is_none() {
                let base = align_up(cursor, 4096).max(u64::from(DATA_MIN));
                data_base = Some(base);
                text_size = cursor;
                cursor = base;
            }
            let at = align_up(cursor, align);
            let size = if sec.kind == SectionKind::Text {
                align_up(u64::from(sec.size), u64::from(INSTR_BYTES))
            } else {
                u64::from(sec.size)
            };
            let at32 = u32::try_from(at)
                .map_err(|_| LinkError::TooLarge("address space exhausted".into()))?;
            addr[oi][si] = Some(at32);
            placed.push((oi, si));
            if sec.merge_strings && sec.relocs.is_empty() && !sec.data.is_empty() {
                strings.insert((sec.data.as_slice(), sec.align), at32);
            }
            let name = out_name(sec.kind);
            match out_sections.last_mut() {
                Some(last) if last.name == name => {
                    last.size = (at + size - u64::from(last.addr)) as u32
                }
                _ => out_sections.push(OutSection {
                    name,
                    addr: at32,
                    size: size as u32,
                    kind: sec.kind,
                }),
            }
            cursor = at + size;
            if sec.kind != SectionKind::Bss && sec.kind != SectionKind::Text {
                data_filesz = cursor - data_base.unwrap_or(cursor);
            }
        }
        let data_base = match data_base {
            Some(b) => b,
            None => {
                text_size = cursor;
                let base = align_up(cursor, 4096).max(u64::from(DATA_MIN));
                cursor = base;
                base
            }
        };

        // Common symbols go after the last .bss input section.
        let mut common = HashMap::new();
        for def in res.globals.values() {
            let s = &res.objects[def.obj].symbols[def.sym];
            if let SymDef::Common { align } = s.def {
                let at = align_up(cursor, u64::from(align));
                common.insert((def.obj, def.sym), at as u32);
                cursor = at + u64::from(s.size);
                match out_sections.last_mut() {
                    Some(last) if last.name == ".bss" => {
                        last.size = (cursor - u64::from(last.addr)) as u32
                    }
                    _ => out_sections.push(OutSection {
                        name: ".bss",
                        addr: at as u32,
                        size: s.size,
                        kind: SectionKind::Bss,
                    }),
                }
            }
        }

        let heap_start = align_up(cursor, 8);
        let stack_limit = u64::from(STACK_TOP - STACK_SIZE);
        if heap_start >= stack_limit {
            return Err(LinkError::TooLarge(format!(
                "data ends at {heap_start:#x}, above the stack limit {stack_limit:#x}"
            )));
        }
        let data_memsz = cursor - data_base;

        let range = |pred: fn(SectionKind) -> bool| -> (u32, u32) {
            match out_sections.iter().find(|o| pred(o.kind)) {
                Some(o) => (o.addr, o.addr + o.size),
                None => {
                    // An empty table: point both ends at one place in the data area.
                    let at = out_sections
                        .iter()
                        .find(|o| matches!(o.kind, SectionKind::Bss))
                        .map_or(data_base as u32 + data_filesz as u32, |o| o.addr);
                    (at, at)
                }
            }
        };
        let (init_s, init_e) = range(|k| matches!(k, SectionKind::InitArray(_)));
        let (fini_s, fini_e) = range(|k| matches!(k, SectionKind::FiniArray(_)));
        let linker_syms = vec![
            ("__init_array_start", init_s),
            ("__init_array_end", init_e),
            ("__fini_array_start", fini_s),
            ("__fini_array_end", fini_e),
            ("__heap_start", heap_start as u32),
            ("__heap_end", stack_limit as u32),
            ("__stack_top", STACK_TOP),
            ("__stack_limit", stack_limit as u32),
            // Marks executables from this linker: the `valida` VM then traps
            // on a jump to pc 0 after start and on loads/stores below this
            // address (null pointers); see docs/abi.md.
            ("__valida_null_guard", NULL_GUARD),
        ];

        Ok(Layout {
            addr,
            common,
            placed,
            text_size: text_size as u32,
            data_base: data_base as u32,
            data_filesz: data_filesz as u32,
            data_memsz: data_memsz as u32,
            out_sections,
            linker_syms,
        })
    }

    /// Final address of symbol `sym` of object `obj` after resolution, or
    /// `None` when it stays undefined (a weak undefined symbol is 0).
    pub fn symbol_value(&self, res: &Resolved, obj: usize, sym: usize) -> Option<u32> {
        let s = &res.objects[obj].symbols[sym];
        let Some((doi, dsi)) = res.definition(obj, sym) else {
            if let Some(&(_, v)) = self.linker_syms.iter().find(|(n, _)| *n == s.name) {
                return Some(v);
            }
            return (s.binding == super::read::Binding::Weak).then_some(0);
        };
        let d = &res.objects[doi].symbols[dsi];
        match d.def {
            SymDef::Section(si) => self.addr[doi][si].map(|a| a.wrapping_add(d.value)),
            SymDef::Absolute => Some(d.value),
            SymDef::Common { .. } => self.common.get(&(doi, dsi)).copied(),
            SymDef::Undefined | SymDef::Ignored | SymDef::Debug(_) => None,
        }
    }
}

/// The bytes of the two loadable segments, filled from the input sections.
pub struct Image {
    pub text: Vec<u8>,
    pub data: Vec<u8>,
}

impl Image {
    pub fn new(res: &Resolved, layout: &Layout) -> Image {
        // Padding between input sections is made of no-op records
        // (`bne 0, 0(fp), 0(fp)`: opcode 6, never taken), never zeros.
        let mut text = vec![0u8; layout.text_size as usize];
        for rec in text.chunks_exact_mut(INSTR_BYTES as usize) {
            rec[0] = 6;
        }
        let mut data = vec![0u8; layout.data_filesz as usize];
        for &(oi, si) in &layout.placed {
            let (Some(sec), Some(at)) = (&res.objects[oi].sections[si], layout.addr[oi][si]) else {
                continue;
            };
            let (buf, base) = match sec.kind {
                SectionKind::Text => (&mut text, 0),
                SectionKind::Bss => continue,
                _ => (&mut data, layout.data_base),
            };
            let start = (at - base) as usize;
            if let Some(dst) = buf.get_mut(start..start + sec.data.len()) {
                dst.copy_from_slice(&sec.data);
            }
        }
        Image { text, data }
    }
}
