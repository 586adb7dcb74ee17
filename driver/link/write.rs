//! Writing the ELF32 executable.

use std::collections::HashMap;

use super::Resolved;
use super::debug::DebugOut;
use super::layout::{Image, Layout};
use super::read::{Binding, EM_VALIDA, SectionKind, SymDef, SymKind};

const EHDR_SIZE: usize = 52;
const PHDR_SIZE: usize = 32;
const SHDR_SIZE: usize = 40;
const SYM_SIZE: usize = 16;

const PT_LOAD: u32 = 1;
const PF_X: u32 = 1;
const PF_W: u32 = 2;
const PF_R: u32 = 4;
const SHT_PROGBITS: u32 = 1;
const SHT_SYMTAB: u32 = 2;
const SHT_STRTAB: u32 = 3;
const SHT_NOBITS: u32 = 8;
const SHT_INIT_ARRAY: u32 = 14;
const SHT_FINI_ARRAY: u32 = 15;
const SHF_WRITE: u32 = 1;
const SHF_ALLOC: u32 = 2;
const SHF_EXECINSTR: u32 = 4;
const SHN_ABS: u16 = 0xFFF1;
const STB_LOCAL: u8 = 0;
const STB_GLOBAL: u8 = 1;
const STB_WEAK: u8 = 2;
const STT_NOTYPE: u8 = 0;
const STT_OBJECT: u8 = 1;
const STT_FUNC: u8 = 2;

#[derive(Default)]
struct StrTab {
    bytes: Vec<u8>,
    seen: HashMap<String, u32>,
}

impl StrTab {
    fn new() -> Self {
        StrTab {
            bytes: vec![0],
            seen: HashMap::new(),
        }
    }
    fn add(&mut self, s: &str) -> u32 {
        if s.is_empty() {
            return 0;
        }
        if let Some(&o) = self.seen.get(s) {
            return o;
        }
        let o = self.bytes.len() as u32;
        self.bytes.extend_from_slice(s.as_bytes());
        self.bytes.push(0);
        self.seen.insert(s.to_string(), o);
        o
    }
}

struct Sym {
    name: u32,
    value: u32,
    size: u32,
    info: u8,
    shndx: u16,
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}
fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}
fn pad_to(out: &mut Vec<u8>, align: usize) {
    while !out.len().is_multiple_of(align) {
        out.push(0);
    }
}

pub fn write_executable(
    res: &Resolved,
    layout: &Layout,
    image: &Image,
    dwarf: &[DebugOut],
) -> Vec<u8> {
    // Output section indices: 1.. in layout order.
    let shndx_of = |kind: SectionKind| -> u16 {
        let name = match kind {
            SectionKind::Text => ".text",
            SectionKind::ReadOnly => ".rodata",
            SectionKind::Data => ".data",
            SectionKind::InitArray(_) => ".init_array",
            SectionKind::FiniArray(_) => ".fini_array",
            SectionKind::Bss => ".bss",
        };
        layout
            .out_sections
            .iter()
            .position(|o| o.name == name)
            .map_or(SHN_ABS, |p| (p + 1) as u16)
    };

    // Symbol table: locals first, then globals.
    let mut strtab = StrTab::new();
    let mut locals = Vec::new();
    let mut globals = Vec::new();
    for (oi, obj) in res.objects.iter().enumerate() {
        for (si, s) in obj.symbols.iter().enumerate() {
            if s.name.is_empty() || matches!(s.kind, SymKind::Section | SymKind::Other) {
                continue;
            }
            let is_local = s.binding == Binding::Local;
            if !is_local {
                // Only the chosen definition of a global.
                match res.globals.get(&s.name) {
                    Some(d) if d.obj == oi && d.sym == si => {}
                    _ => continue,
                }
            }
            let shndx = match s.def {
                SymDef::Section(sec) => match (&obj.sections[sec], layout.addr[oi][sec]) {
                    (Some(section), Some(_)) => shndx_of(section.kind),
                    _ => continue, // dropped by section garbage collection
                },
                SymDef::Common { .. } => shndx_of(SectionKind::Bss),
                SymDef::Absolute => SHN_ABS,
                SymDef::Undefined | SymDef::Ignored | SymDef::Debug(_) => continue,
            };
            if is_local && s.kind == SymKind::NoType {
                continue; // local labels
            }
            let Some(value) = layout.symbol_value(res, oi, si) else {
                continue;
            };
            let typ = match s.kind {
                SymKind::Func => STT_FUNC,
                SymKind::Object => STT_OBJECT,
                _ => STT_NOTYPE,
            };
            let bind = match s.binding {
                Binding::Local => STB_LOCAL,
                Binding::Global => STB_GLOBAL,
                Binding::Weak => STB_WEAK,
            };
            let sym = Sym {
                name: strtab.add(&s.name),
                value,
                size: s.size,
                info: (bind << 4) | typ,
                shndx,
            };
            if is_local {
                locals.push(sym);
            } else {
                globals.push(sym);
            }
        }
    }
    for &(name, value) in &layout.linker_syms {
        if res.globals.contains_key(name) {
            continue;
        }
        globals.push(Sym {
            name: strtab.add(name),
            value,
            size: 0,
            info: (STB_GLOBAL << 4) | STT_NOTYPE,
            shndx: SHN_ABS,
        });
    }
    let first_global = locals.len() + 1;
    let mut symtab = vec![0u8; SYM_SIZE];
    for s in locals.iter().chain(globals.iter()) {
        put32(&mut symtab, s.name);
        put32(&mut symtab, s.value);
        put32(&mut symtab, s.size);
        symtab.push(s.info);
        symtab.push(0);
        put16(&mut symtab, s.shndx);
    }

    let has_data = layout.data_memsz > 0;
    let phnum = if has_data { 2 } else { 1 };

    let mut out = vec![0u8; EHDR_SIZE + phnum * PHDR_SIZE];
    pad_to(&mut out, 8);
    let text_off = out.len();
    out.extend_from_slice(&image.text);
    pad_to(&mut out, 4);
    let data_off = out.len();
    out.extend_from_slice(&image.data);
    pad_to(&mut out, 4);
    let symtab_off = out.len();
    out.extend_from_slice(&symtab);
    let strtab_off = out.len();
    out.extend_from_slice(&strtab.bytes);

    let mut shstr = StrTab::new();
    let mut shdrs: Vec<[u32; 10]> = vec![[0; 10]];
    for o in &layout.out_sections {
        let (typ, flags, offset) = match o.kind {
            SectionKind::Text => (
                SHT_PROGBITS,
                SHF_ALLOC | SHF_EXECINSTR,
                text_off as u32 + o.addr,
            ),
            SectionKind::ReadOnly => (
                SHT_PROGBITS,
                SHF_ALLOC,
                data_off as u32 + o.addr - layout.data_base,
            ),
            SectionKind::Data => (
                SHT_PROGBITS,
                SHF_ALLOC | SHF_WRITE,
                data_off as u32 + o.addr - layout.data_base,
            ),
            SectionKind::InitArray(_) => (
                SHT_INIT_ARRAY,
                SHF_ALLOC | SHF_WRITE,
                data_off as u32 + o.addr - layout.data_base,
            ),
            SectionKind::FiniArray(_) => (
                SHT_FINI_ARRAY,
                SHF_ALLOC | SHF_WRITE,
                data_off as u32 + o.addr - layout.data_base,
            ),
            SectionKind::Bss => (
                SHT_NOBITS,
                SHF_ALLOC | SHF_WRITE,
                (data_off + image.data.len()) as u32,
            ),
        };
        let align = 4;
        let entsize = if matches!(
            o.kind,
            SectionKind::InitArray(_) | SectionKind::FiniArray(_)
        ) {
            4
        } else {
            0
        };
        shdrs.push([
            shstr.add(o.name),
            typ,
            flags,
            o.addr,
            offset,
            o.size,
            0,
            0,
            align,
            entsize,
        ]);
    }
    let symtab_idx = shdrs.len() as u32;
    shdrs.push([
        shstr.add(".symtab"),
        SHT_SYMTAB,
        0,
        0,
        symtab_off as u32,
        symtab.len() as u32,
        symtab_idx + 1,
        first_global as u32,
        4,
        SYM_SIZE as u32,
    ]);
    shdrs.push([
        shstr.add(".strtab"),
        SHT_STRTAB,
        0,
        0,
        strtab_off as u32,
        strtab.bytes.len() as u32,
        0,
        0,
        1,
        0,
    ]);
    // DWARF: not loaded (no segment, address 0), after the symbol table.
    for d in dwarf {
        let off = out.len() as u32;
        out.extend_from_slice(&d.data);
        shdrs.push([
            shstr.add(&d.name),
            SHT_PROGBITS,
            0,
            0,
            off,
            d.data.len() as u32,
            0,
            0,
            1,
            0,
        ]);
    }
    let shstrndx = shdrs.len() as u16;
    let name = shstr.add(".shstrtab");
    let shstr_off = out.len() as u32;
    shdrs.push([name, SHT_STRTAB, 0, 0, shstr_off, 0, 0, 0, 1, 0]);
    out.extend_from_slice(&shstr.bytes);
    if let Some(last) = shdrs.last_mut() {
        last[5] = shstr.bytes.len() as u32;
    }
    pad_to(&mut out, 4);
    let shoff = out.len();
    for h in &shdrs {
        for w in h {
            put32(&mut out, *w);
        }
    }

    // ELF header.
    let mut eh = Vec::with_capacity(EHDR_SIZE);
    eh.extend_from_slice(&[0x7f, b'E', b'L', b'F', 1, 1, 1, 0]);
    eh.extend_from_slice(&[0; 8]);
    put16(&mut eh, 2); // ET_EXEC
    put16(&mut eh, EM_VALIDA);
    put32(&mut eh, 1); // EV_CURRENT
    put32(&mut eh, 0); // e_entry
    put32(&mut eh, EHDR_SIZE as u32); // e_phoff
    put32(&mut eh, shoff as u32);
    put32(&mut eh, 0); // e_flags
    put16(&mut eh, EHDR_SIZE as u16);
    put16(&mut eh, PHDR_SIZE as u16);
    put16(&mut eh, phnum as u16);
    put16(&mut eh, SHDR_SIZE as u16);
    put16(&mut eh, shdrs.len() as u16);
    put16(&mut eh, shstrndx);
    // Program headers.
    let text_len = image.text.len() as u32;
    for w in [
        PT_LOAD,
        text_off as u32,
        0,
        0,
        text_len,
        text_len,
        PF_R | PF_X,
        4,
    ] {
        put32(&mut eh, w);
    }
    if has_data {
        let b = layout.data_base;
        for w in [
            PT_LOAD,
            data_off as u32,
            b,
            b,
            layout.data_filesz,
            layout.data_memsz,
            PF_R | PF_W,
            4,
        ] {
            put32(&mut eh, w);
        }
    }
    out[..eh.len()].copy_from_slice(&eh);
    out
}
