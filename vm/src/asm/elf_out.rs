//! Writes an [`Image`] as the ELF32 executable the Valida v1.0 VM loads
//! (docs/abi.md "Executables"): one R+X PT_LOAD at 0 with the code, one
//! PT_LOAD per non-empty data section, section headers and a `.symtab`.

use std::io::Write;

use super::assemble::{Image, Sec};
use crate::isa::encode_all;
use crate::program::SymbolKind;

/// e_machine of Valida executables (as the public toolchain's).
pub const EM_VALIDA: u16 = 0x3E7;

const EHDR_SIZE: u32 = 52;
const PHDR_SIZE: u32 = 32;
const SHDR_SIZE: u32 = 40;
const SYM_SIZE: u32 = 16;

const PT_LOAD: u32 = 1;
const PF_X: u32 = 1;
const PF_W: u32 = 2;
const PF_R: u32 = 4;
const SHT_PROGBITS: u32 = 1;
const SHT_SYMTAB: u32 = 2;
const SHT_STRTAB: u32 = 3;
const SHT_NOBITS: u32 = 8;
const SHF_WRITE: u32 = 1;
const SHF_ALLOC: u32 = 2;
const SHF_EXECINSTR: u32 = 4;

/// A string table under construction.
#[derive(Default)]
struct StrTab(Vec<u8>);

impl StrTab {
    fn new() -> StrTab {
        StrTab(vec![0])
    }
    fn add(&mut self, s: &str) -> u32 {
        let at = self.0.len() as u32;
        self.0.extend_from_slice(s.as_bytes());
        self.0.push(0);
        at
    }
}

struct SectionHeader {
    name: u32,
    kind: u32,
    flags: u32,
    addr: u32,
    offset: u32,
    size: u32,
    link: u32,
    info: u32,
    align: u32,
    entsize: u32,
}

/// The file under construction: small parts written here, section contents
/// borrowed from the image, so a large `.data` is never held twice.
struct Out<'a> {
    parts: Vec<Part<'a>>,
    len: usize,
}

enum Part<'a> {
    Owned(Vec<u8>),
    Borrowed(&'a [u8]),
}

impl<'a> Out<'a> {
    fn new() -> Out<'a> {
        Out {
            parts: Vec::new(),
            len: 0,
        }
    }
    fn bytes(&mut self, v: &[u8]) {
        if let Some(Part::Owned(last)) = self.parts.last_mut() {
            last.extend_from_slice(v);
        } else {
            self.parts.push(Part::Owned(v.to_vec()));
        }
        self.len += v.len();
    }
    fn borrow(&mut self, v: &'a [u8]) {
        self.parts.push(Part::Borrowed(v));
        self.len += v.len();
    }
    fn u8(&mut self, v: u8) {
        self.bytes(&[v]);
    }
    fn u16(&mut self, v: u16) {
        self.bytes(&v.to_le_bytes());
    }
    fn u32(&mut self, v: u32) {
        self.bytes(&v.to_le_bytes());
    }
    fn pad_to(&mut self, align: usize) {
        let pad = self.len.next_multiple_of(align) - self.len;
        self.bytes(&vec![0; pad]);
    }
    fn pos(&self) -> u32 {
        self.len as u32
    }
    fn write_to(&self, w: &mut impl Write) -> std::io::Result<()> {
        for part in &self.parts {
            match part {
                Part::Owned(v) => w.write_all(v)?,
                Part::Borrowed(v) => w.write_all(v)?,
            }
        }
        Ok(())
    }
}

/// Encodes the image as an ELF32 little-endian executable.
pub fn write_elf(image: &Image) -> Vec<u8> {
    let text = encode_all(&image.code);
    let out = layout(image, &text);
    let mut bytes = Vec::with_capacity(out.len);
    let _ = out.write_to(&mut bytes);
    bytes
}

/// Writes the image as an ELF32 executable to `w`, streaming the section
/// contents from the image (no in-memory copy of the file).
pub fn write_elf_to(image: &Image, w: &mut impl Write) -> std::io::Result<()> {
    let text = encode_all(&image.code);
    layout(image, &text).write_to(w)
}

fn layout<'a>(image: &'a Image, text: &'a [u8]) -> Out<'a> {
    let data: Vec<_> = image
        .sections
        .iter()
        .filter(|s| s.size > 0 || s.labelled)
        .collect();
    let loads: Vec<_> = data.iter().filter(|s| s.size > 0).collect();
    let phnum = 1 + loads.len() as u32;

    let mut out = Out::new();
    out.bytes(&vec![0; (EHDR_SIZE + phnum * PHDR_SIZE) as usize]);
    out.pad_to(4);

    // Section contents.
    let mut shstr = StrTab::new();
    let mut headers = vec![SectionHeader {
        name: 0,
        kind: 0,
        flags: 0,
        addr: 0,
        offset: 0,
        size: 0,
        link: 0,
        info: 0,
        align: 0,
        entsize: 0,
    }];
    let text_off = out.pos();
    out.borrow(text);
    headers.push(SectionHeader {
        name: shstr.add(".text"),
        kind: SHT_PROGBITS,
        flags: SHF_ALLOC | SHF_EXECINSTR,
        addr: 0,
        offset: text_off,
        size: text.len() as u32,
        link: 0,
        info: 0,
        align: 4,
        entsize: 0,
    });
    let mut phdrs = vec![(
        PT_LOAD,
        text_off,
        0u32,
        text.len() as u32,
        text.len() as u32,
        PF_R | PF_X,
    )];
    let mut sec_index = vec![(Sec::Text, 1u16)];
    for s in &data {
        out.pad_to(4);
        let off = out.pos();
        out.borrow(&s.bytes);
        let (kind, flags) = match s.sec {
            Sec::Bss => (SHT_NOBITS, SHF_ALLOC | SHF_WRITE),
            Sec::Rodata => (SHT_PROGBITS, SHF_ALLOC),
            _ => (SHT_PROGBITS, SHF_ALLOC | SHF_WRITE),
        };
        sec_index.push((s.sec, headers.len() as u16));
        headers.push(SectionHeader {
            name: shstr.add(s.sec.name()),
            kind,
            flags,
            addr: s.addr,
            offset: off,
            size: s.size,
            link: 0,
            info: 0,
            align: s.align,
            entsize: 0,
        });
        if s.size > 0 {
            let pflags = if s.sec == Sec::Rodata {
                PF_R
            } else {
                PF_R | PF_W
            };
            phdrs.push((PT_LOAD, off, s.addr, s.bytes.len() as u32, s.size, pflags));
        }
    }

    // Symbols: locals first, as ELF requires.
    let mut strtab = StrTab::new();
    out.pad_to(4);
    let symtab_off = out.pos();
    out.bytes(&[0u8; SYM_SIZE as usize]);
    let mut ordered: Vec<_> = image.symbols.iter().filter(|s| !s.global).collect();
    let first_global = 1 + ordered.len() as u32;
    ordered.extend(image.symbols.iter().filter(|s| s.global));
    for s in &ordered {
        let shndx = sec_index
            .iter()
            .find(|(sec, _)| *sec == s.sec)
            .map_or(0xfff1, |(_, i)| *i);
        let stype: u8 = match s.symbol.kind {
            SymbolKind::Function => 2,
            SymbolKind::Object => 1,
            SymbolKind::Other => 0,
        };
        let bind: u8 = if s.global { 1 } else { 0 };
        out.u32(strtab.add(&s.symbol.name));
        out.u32(s.symbol.value);
        out.u32(s.symbol.size);
        out.u8(bind << 4 | stype);
        out.u8(0);
        out.u16(shndx);
    }
    let symtab_size = out.pos() - symtab_off;
    let symtab_name = shstr.add(".symtab");
    let strtab_name = shstr.add(".strtab");
    let shstrtab_name = shstr.add(".shstrtab");
    let strtab_index = headers.len() as u32 + 1;
    headers.push(SectionHeader {
        name: symtab_name,
        kind: SHT_SYMTAB,
        flags: 0,
        addr: 0,
        offset: symtab_off,
        size: symtab_size,
        link: strtab_index,
        info: first_global,
        align: 4,
        entsize: SYM_SIZE,
    });
    let strtab_off = out.pos();
    out.bytes(&strtab.0);
    headers.push(SectionHeader {
        name: strtab_name,
        kind: SHT_STRTAB,
        flags: 0,
        addr: 0,
        offset: strtab_off,
        size: strtab.0.len() as u32,
        link: 0,
        info: 0,
        align: 1,
        entsize: 0,
    });
    let shstrtab_off = out.pos();
    let shstrtab_index = headers.len() as u16;
    out.bytes(&shstr.0);
    headers.push(SectionHeader {
        name: shstrtab_name,
        kind: SHT_STRTAB,
        flags: 0,
        addr: 0,
        offset: shstrtab_off,
        size: shstr.0.len() as u32,
        link: 0,
        info: 0,
        align: 1,
        entsize: 0,
    });

    out.pad_to(4);
    let shoff = out.pos();
    for h in &headers {
        for v in [
            h.name, h.kind, h.flags, h.addr, h.offset, h.size, h.link, h.info, h.align, h.entsize,
        ] {
            out.u32(v);
        }
    }

    // ELF header.
    let mut head = Out::new();
    head.bytes(&[0x7f, b'E', b'L', b'F', 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    head.u16(2); // ET_EXEC
    head.u16(EM_VALIDA);
    head.u32(1); // EV_CURRENT
    head.u32(0); // e_entry: the VM starts at pc 0
    head.u32(EHDR_SIZE);
    head.u32(shoff);
    head.u32(0);
    head.u16(EHDR_SIZE as u16);
    head.u16(PHDR_SIZE as u16);
    head.u16(phnum as u16);
    head.u16(SHDR_SIZE as u16);
    head.u16(headers.len() as u16);
    head.u16(shstrtab_index);
    for (kind, off, addr, filesz, memsz, flags) in phdrs {
        for v in [kind, off, addr, addr, filesz, memsz, flags, 4] {
            head.u32(v);
        }
    }
    // The first part is the zeroed header area written at the start.
    if let (Some(Part::Owned(first)), Some(Part::Owned(h))) =
        (out.parts.first_mut(), head.parts.first())
    {
        first[..h.len()].copy_from_slice(h);
    }
    out
}
