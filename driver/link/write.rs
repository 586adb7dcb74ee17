//! Writing the ELF32 executable: the linked image described for the VM
//! crate's ELF writer (the one the assembler uses too).

use valida_vm::elf_writer::{
    Executable, PF_R, PF_W, PF_X, Placement, SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHT_FINI_ARRAY,
    SHT_INIT_ARRAY, SHT_NOBITS, SHT_PROGBITS, STB_GLOBAL, STB_LOCAL, STB_WEAK, STT_FUNC,
    STT_NOTYPE, STT_OBJECT, Section, Segment, Symbol,
};

use super::Resolved;
use super::debug::DebugOut;
use super::layout::{Image, Layout};
use super::read::{Binding, SectionKind, SymDef, SymKind};

pub fn write_executable(
    res: &Resolved,
    layout: &Layout,
    image: &Image,
    dwarf: &[DebugOut],
) -> Vec<u8> {
    // Output section of each kind: 0.. in layout order (None: absolute).
    let section_of = |kind: SectionKind| -> Option<usize> {
        let name = match kind {
            SectionKind::Text => ".text",
            SectionKind::ReadOnly => ".rodata",
            SectionKind::Data => ".data",
            SectionKind::InitArray(_) => ".init_array",
            SectionKind::FiniArray(_) => ".fini_array",
            SectionKind::Bss => ".bss",
        };
        layout.out_sections.iter().position(|o| o.name == name)
    };

    let mut symbols = Vec::new();
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
            let section = match s.def {
                SymDef::Section(sec) => match (&obj.sections[sec], layout.addr[oi][sec]) {
                    (Some(section), Some(_)) => section_of(section.kind),
                    _ => continue, // dropped by section garbage collection
                },
                SymDef::Common { .. } => section_of(SectionKind::Bss),
                SymDef::Absolute => None,
                SymDef::Undefined | SymDef::Ignored | SymDef::Debug(_) => continue,
            };
            if is_local && s.kind == SymKind::NoType {
                continue; // local labels
            }
            let Some(value) = layout.symbol_value(res, oi, si) else {
                continue;
            };
            symbols.push(Symbol {
                name: &s.name,
                value,
                size: s.size,
                bind: match s.binding {
                    Binding::Local => STB_LOCAL,
                    Binding::Global => STB_GLOBAL,
                    Binding::Weak => STB_WEAK,
                },
                kind: match s.kind {
                    SymKind::Func => STT_FUNC,
                    SymKind::Object => STT_OBJECT,
                    _ => STT_NOTYPE,
                },
                section,
            });
        }
    }
    for &(name, value) in &layout.linker_syms {
        if res.globals.contains_key(name) {
            continue;
        }
        symbols.push(Symbol {
            name,
            value,
            size: 0,
            bind: STB_GLOBAL,
            kind: STT_NOTYPE,
            section: None,
        });
    }

    let mut exe = Executable::default();
    exe.segments.push(Segment {
        vaddr: 0,
        bytes: &image.text,
        mem_size: image.text.len() as u32,
        flags: PF_R | PF_X,
        loaded: true,
    });
    exe.segments.push(Segment {
        vaddr: layout.data_base,
        bytes: &image.data,
        mem_size: layout.data_memsz,
        flags: PF_R | PF_W,
        loaded: layout.data_memsz > 0,
    });
    for o in &layout.out_sections {
        let in_data = || Placement::InSegment {
            segment: 1,
            offset: o.addr - layout.data_base,
        };
        let (kind, flags, placement) = match o.kind {
            SectionKind::Text => (
                SHT_PROGBITS,
                SHF_ALLOC | SHF_EXECINSTR,
                Placement::InSegment {
                    segment: 0,
                    offset: o.addr,
                },
            ),
            SectionKind::ReadOnly => (SHT_PROGBITS, SHF_ALLOC, in_data()),
            SectionKind::Data => (SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, in_data()),
            SectionKind::InitArray(_) => (SHT_INIT_ARRAY, SHF_ALLOC | SHF_WRITE, in_data()),
            SectionKind::FiniArray(_) => (SHT_FINI_ARRAY, SHF_ALLOC | SHF_WRITE, in_data()),
            SectionKind::Bss => (
                SHT_NOBITS,
                SHF_ALLOC | SHF_WRITE,
                Placement::AfterSegment { segment: 1 },
            ),
        };
        let entsize = if matches!(
            o.kind,
            SectionKind::InitArray(_) | SectionKind::FiniArray(_)
        ) {
            4
        } else {
            0
        };
        exe.sections.push(Section {
            name: o.name,
            kind,
            flags,
            addr: o.addr,
            size: o.size,
            align: 4,
            entsize,
            placement,
        });
    }
    // DWARF: not loaded (no segment, address 0).
    for d in dwarf {
        exe.sections.push(Section {
            name: &d.name,
            kind: SHT_PROGBITS,
            flags: 0,
            addr: 0,
            size: d.data.len() as u32,
            align: 1,
            entsize: 0,
            placement: Placement::Own(&d.data),
        });
    }
    exe.symbols = symbols;
    exe.to_bytes()
}
