//! Describes an assembled [`Image`] as the ELF32 executable the Valida v1.0
//! VM loads (docs/abi.md "Executables"): one R+X PT_LOAD at 0 with the code,
//! one PT_LOAD per non-empty data section, section headers and a `.symtab`.
//! The bytes are laid out by [`crate::elf_writer`], the writer the linker
//! uses too.

use std::io::Write;

use super::assemble::{Image, Sec};
use crate::elf_writer::{
    Executable, PF_R, PF_W, PF_X, Placement, SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHT_NOBITS,
    SHT_PROGBITS, STB_GLOBAL, STB_LOCAL, STT_FUNC, STT_NOTYPE, STT_OBJECT, Section, Segment,
    Symbol,
};
use crate::isa::encode_all;
use crate::program::SymbolKind;

pub use crate::elf_writer::EM_VALIDA;

/// Encodes the image as an ELF32 little-endian executable.
pub fn write_elf(image: &Image) -> Vec<u8> {
    let text = encode_all(&image.code);
    describe(image, &text).to_bytes()
}

/// Writes the image as an ELF32 executable to `w`, streaming the section
/// contents from the image (no in-memory copy of the file).
pub fn write_elf_to(image: &Image, w: &mut impl Write) -> std::io::Result<()> {
    let text = encode_all(&image.code);
    describe(image, &text).write_to(w)
}

fn describe<'a>(image: &'a Image, text: &'a [u8]) -> Executable<'a> {
    let mut exe = Executable::default();
    exe.segments.push(Segment {
        vaddr: 0,
        bytes: text,
        mem_size: text.len() as u32,
        flags: PF_R | PF_X,
        loaded: true,
    });
    exe.sections.push(Section {
        name: ".text",
        kind: SHT_PROGBITS,
        flags: SHF_ALLOC | SHF_EXECINSTR,
        addr: 0,
        size: text.len() as u32,
        align: 4,
        entsize: 0,
        placement: Placement::InSegment {
            segment: 0,
            offset: 0,
        },
    });
    let mut section_of = vec![(Sec::Text, 0usize)];
    for s in image.sections.iter().filter(|s| s.size > 0 || s.labelled) {
        let (kind, flags, pflags) = match s.sec {
            Sec::Bss => (SHT_NOBITS, SHF_ALLOC | SHF_WRITE, PF_R | PF_W),
            Sec::Rodata => (SHT_PROGBITS, SHF_ALLOC, PF_R),
            _ => (SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, PF_R | PF_W),
        };
        let segment = exe.segments.len();
        exe.segments.push(Segment {
            vaddr: s.addr,
            bytes: &s.bytes,
            mem_size: s.size,
            flags: pflags,
            loaded: s.size > 0,
        });
        section_of.push((s.sec, exe.sections.len()));
        exe.sections.push(Section {
            name: s.sec.name(),
            kind,
            flags,
            addr: s.addr,
            size: s.size,
            align: s.align,
            entsize: 0,
            placement: Placement::InSegment { segment, offset: 0 },
        });
    }
    for s in &image.symbols {
        exe.symbols.push(Symbol {
            name: &s.symbol.name,
            value: s.symbol.value,
            size: s.symbol.size,
            bind: if s.global { STB_GLOBAL } else { STB_LOCAL },
            kind: match s.symbol.kind {
                SymbolKind::Function => STT_FUNC,
                SymbolKind::Object => STT_OBJECT,
                SymbolKind::Other => STT_NOTYPE,
            },
            section: section_of
                .iter()
                .find(|(sec, _)| *sec == s.sec)
                .map(|&(_, i)| i),
        });
    }
    exe
}
