//! The one writer of Valida ELF32 executables, for the assembler
//! (`asm::elf_out`) and the driver's linker: they describe the file
//! (loadable segments, section headers over them, symbols) and this lays
//! it out and writes it, streaming segment contents from the caller's
//! buffers so a large data image is never copied.
//!
//! File layout: ELF header and program headers, each segment's bytes
//! (4-aligned), sections with contents of their own (DWARF), then
//! `.symtab`, `.strtab`, `.shstrtab` and the section header table. Section
//! headers: the null one, the caller's sections in order, then the three
//! tables.

use std::collections::HashMap;
use std::io::{self, Write};

/// e_machine of Valida executables (as the public toolchain's).
pub const EM_VALIDA: u16 = 0x3E7;

pub const PF_X: u32 = 1;
pub const PF_W: u32 = 2;
pub const PF_R: u32 = 4;
pub const SHT_PROGBITS: u32 = 1;
pub const SHT_NOBITS: u32 = 8;
pub const SHT_INIT_ARRAY: u32 = 14;
pub const SHT_FINI_ARRAY: u32 = 15;
pub const SHF_WRITE: u32 = 1;
pub const SHF_ALLOC: u32 = 2;
pub const SHF_EXECINSTR: u32 = 4;
pub const STB_LOCAL: u8 = 0;
pub const STB_GLOBAL: u8 = 1;
pub const STB_WEAK: u8 = 2;
pub const STT_NOTYPE: u8 = 0;
pub const STT_OBJECT: u8 = 1;
pub const STT_FUNC: u8 = 2;

const EHDR_SIZE: u32 = 52;
const PHDR_SIZE: u32 = 32;
const SHDR_SIZE: u32 = 40;
const SYM_SIZE: u32 = 16;
const PT_LOAD: u32 = 1;
const SHT_SYMTAB: u32 = 2;
const SHT_STRTAB: u32 = 3;
const SHN_ABS: u16 = 0xFFF1;

/// A PT_LOAD segment: its file bytes, loaded at `vaddr` (= paddr).
pub struct Segment<'a> {
    pub vaddr: u32,
    pub bytes: &'a [u8],
    pub mem_size: u32,
    pub flags: u32,
    /// Whether it gets a program header (an empty data image does not).
    pub loaded: bool,
}

/// Where a section's contents are in the file.
pub enum Placement<'a> {
    /// At `offset` in a segment's bytes.
    InSegment { segment: usize, offset: u32 },
    /// Right after a segment's bytes (`.bss`: no file bytes).
    AfterSegment { segment: usize },
    /// Contents of its own, not loaded (debug information).
    Own(&'a [u8]),
}

pub struct Section<'a> {
    pub name: &'a str,
    pub kind: u32,
    pub flags: u32,
    pub addr: u32,
    pub size: u32,
    pub align: u32,
    pub entsize: u32,
    pub placement: Placement<'a>,
}

pub struct Symbol<'a> {
    pub name: &'a str,
    pub value: u32,
    pub size: u32,
    pub bind: u8,
    pub kind: u8,
    /// Index into `Executable::sections`; `None` for an absolute symbol.
    pub section: Option<usize>,
}

/// What an executable holds; `write_to` lays it out.
#[derive(Default)]
pub struct Executable<'a> {
    pub segments: Vec<Segment<'a>>,
    pub sections: Vec<Section<'a>>,
    /// In any order: locals are written first, as ELF requires.
    pub symbols: Vec<Symbol<'a>>,
}

/// A string table: each distinct string stored once.
struct StrTab {
    bytes: Vec<u8>,
    seen: HashMap<String, u32>,
}

impl StrTab {
    fn new() -> StrTab {
        StrTab {
            bytes: vec![0],
            seen: HashMap::new(),
        }
    }
    fn add(&mut self, s: &str) -> u32 {
        if s.is_empty() {
            return 0;
        }
        if let Some(&at) = self.seen.get(s) {
            return at;
        }
        let at = self.bytes.len() as u32;
        self.bytes.extend_from_slice(s.as_bytes());
        self.bytes.push(0);
        self.seen.insert(s.to_string(), at);
        at
    }
}

/// The file under construction: small parts owned here, contents borrowed.
struct Out<'a> {
    parts: Vec<Part<'a>>,
    len: usize,
}

enum Part<'a> {
    Owned(Vec<u8>),
    Borrowed(&'a [u8]),
}

impl Part<'_> {
    fn bytes(&self) -> &[u8] {
        match self {
            Part::Owned(v) => v,
            Part::Borrowed(v) => v,
        }
    }
}

impl<'a> Out<'a> {
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
    fn u32s(&mut self, words: &[u32]) {
        for w in words {
            self.bytes(&w.to_le_bytes());
        }
    }
    fn pad_to(&mut self, align: usize) {
        let pad = self.len.next_multiple_of(align) - self.len;
        self.bytes(&vec![0; pad]);
    }
    fn pos(&self) -> u32 {
        self.len as u32
    }
}

impl<'a> Executable<'a> {
    /// Writes the file to `w`.
    pub fn write_to(&self, w: &mut impl Write) -> io::Result<()> {
        self.layout()
            .parts
            .iter()
            .try_for_each(|p| w.write_all(p.bytes()))
    }

    /// The file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let out = self.layout();
        let mut bytes = Vec::with_capacity(out.len);
        for part in &out.parts {
            bytes.extend_from_slice(part.bytes());
        }
        bytes
    }

    fn layout(&self) -> Out<'a> {
        let loaded: Vec<&Segment> = self.segments.iter().filter(|s| s.loaded).collect();
        let mut out = Out {
            parts: Vec::new(),
            len: 0,
        };
        // The headers are patched in at the end: the first part.
        out.bytes(&vec![
            0;
            (EHDR_SIZE + loaded.len() as u32 * PHDR_SIZE) as usize
        ]);
        out.pad_to(8);
        let mut segment_at = Vec::with_capacity(self.segments.len());
        for s in &self.segments {
            out.pad_to(4);
            segment_at.push(out.pos());
            out.borrow(s.bytes);
        }
        let mut shstr = StrTab::new();
        let mut headers: Vec<[u32; 10]> = vec![[0; 10]];
        for s in &self.sections {
            let offset = match s.placement {
                Placement::InSegment { segment, offset } => {
                    segment_at.get(segment).map_or(0, |at| at + offset)
                }
                Placement::AfterSegment { segment } => {
                    match (segment_at.get(segment), self.segments.get(segment)) {
                        (Some(at), Some(seg)) => at + seg.bytes.len() as u32,
                        _ => 0,
                    }
                }
                Placement::Own(bytes) => {
                    let at = out.pos();
                    out.borrow(bytes);
                    at
                }
            };
            headers.push([
                shstr.add(s.name),
                s.kind,
                s.flags,
                s.addr,
                offset,
                s.size,
                0,
                0,
                s.align,
                s.entsize,
            ]);
        }

        // Symbols, locals first.
        let mut strtab = StrTab::new();
        out.pad_to(4);
        let symtab_at = out.pos();
        out.bytes(&[0; SYM_SIZE as usize]);
        let locals = self.symbols.iter().filter(|s| s.bind == STB_LOCAL);
        let others = self.symbols.iter().filter(|s| s.bind != STB_LOCAL);
        let first_global = 1 + self.symbols.iter().filter(|s| s.bind == STB_LOCAL).count();
        for s in locals.chain(others) {
            let shndx = s
                .section
                .filter(|&i| i < self.sections.len())
                .map_or(SHN_ABS, |i| (i + 1) as u16);
            out.u32s(&[strtab.add(s.name), s.value, s.size]);
            out.bytes(&[s.bind << 4 | s.kind, 0]);
            out.bytes(&shndx.to_le_bytes());
        }
        let symtab_index = headers.len() as u32;
        headers.push([
            shstr.add(".symtab"),
            SHT_SYMTAB,
            0,
            0,
            symtab_at,
            out.pos() - symtab_at,
            symtab_index + 1,
            first_global as u32,
            4,
            SYM_SIZE,
        ]);
        let strtab_at = out.pos();
        out.bytes(&strtab.bytes);
        headers.push([
            shstr.add(".strtab"),
            SHT_STRTAB,
            0,
            0,
            strtab_at,
            strtab.bytes.len() as u32,
            0,
            0,
            1,
            0,
        ]);
        let shstrndx = headers.len() as u16;
        let name = shstr.add(".shstrtab");
        let shstr_at = out.pos();
        out.bytes(&shstr.bytes);
        headers.push([
            name,
            SHT_STRTAB,
            0,
            0,
            shstr_at,
            shstr.bytes.len() as u32,
            0,
            0,
            1,
            0,
        ]);
        out.pad_to(4);
        let shoff = out.pos();
        for h in &headers {
            out.u32s(h);
        }

        // ELF header and program headers.
        let mut head = Vec::with_capacity(EHDR_SIZE as usize);
        head.extend_from_slice(&[0x7f, b'E', b'L', b'F', 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        head.extend_from_slice(&2u16.to_le_bytes()); // ET_EXEC
        head.extend_from_slice(&EM_VALIDA.to_le_bytes());
        for w in [1, 0, EHDR_SIZE, shoff, 0] {
            // EV_CURRENT, e_entry (the VM starts at pc 0), e_phoff, e_shoff,
            // e_flags
            head.extend_from_slice(&w.to_le_bytes());
        }
        for h in [
            EHDR_SIZE as u16,
            PHDR_SIZE as u16,
            loaded.len() as u16,
            SHDR_SIZE as u16,
            headers.len() as u16,
            shstrndx,
        ] {
            head.extend_from_slice(&h.to_le_bytes());
        }
        for (s, &at) in self.segments.iter().zip(&segment_at) {
            if !s.loaded {
                continue;
            }
            let filesz = s.bytes.len() as u32;
            for w in [
                PT_LOAD, at, s.vaddr, s.vaddr, filesz, s.mem_size, s.flags, 4,
            ] {
                head.extend_from_slice(&w.to_le_bytes());
            }
        }
        if let Some(Part::Owned(first)) = out.parts.first_mut() {
            first[..head.len()].copy_from_slice(&head);
        }
        out
    }
}
