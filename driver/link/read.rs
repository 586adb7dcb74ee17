//! Reading ELF32 relocatable objects and `ar` archives into the linker's own
//! owned representation (goblin does the parsing).

use goblin::elf::{Elf, header, section_header as sh, sym};

use super::LinkError;

/// `e_machine` of Valida objects and executables.
pub use valida_vm::elf_writer::EM_VALIDA;

/// What an allocated input section holds, which decides where it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SectionKind {
    Text,
    ReadOnly,
    Data,
    /// `.init_array` / `.init_array.N`: priority (plain = 65536, runs last).
    InitArray(u32),
    FiniArray(u32),
    Bss,
}

#[derive(Debug, Clone)]
pub struct Reloc {
    pub offset: u32,
    pub kind: u32,
    /// Index into the owning object's symbol list.
    pub symbol: usize,
    pub addend: i64,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub name: String,
    pub kind: SectionKind,
    /// File contents (empty for `.bss`).
    pub data: Vec<u8>,
    pub size: u32,
    pub align: u32,
    /// `SHF_MERGE | SHF_STRINGS`: identical copies may share one address.
    pub merge_strings: bool,
    pub relocs: Vec<Reloc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    Local,
    Global,
    Weak,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymKind {
    NoType,
    Func,
    Object,
    Section,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymDef {
    Undefined,
    /// Defined at `value` inside the object's section with this ELF index.
    Section(usize),
    Absolute,
    Common {
        align: u32,
    },
    /// Defined in the object's DWARF section with this ELF index (the
    /// section symbols that debug sections refer to each other with).
    Debug(usize),
    /// Defined in a section the linker does not load (notes, comments…).
    Ignored,
}

#[derive(Debug, Clone)]
pub struct Symbol {
    pub name: String,
    pub binding: Binding,
    pub kind: SymKind,
    pub def: SymDef,
    pub value: u32,
    pub size: u32,
}

/// One input object (a file on the command line or an archive member).
#[derive(Debug, Clone)]
pub struct Object {
    /// Name used in messages: `foo.o` or `libc.a(printf.o)`.
    pub name: String,
    /// Indexed by ELF section index; `None` for sections the linker ignores.
    pub sections: Vec<Option<Section>>,
    /// The `.debug_*` sections (not loaded; concatenated by name and
    /// relocated into the executable, see `debug.rs`).
    pub debug: Vec<DebugSection>,
    pub symbols: Vec<Symbol>,
}

/// A non-allocated DWARF section of an input object.
#[derive(Debug, Clone)]
pub struct DebugSection {
    /// ELF section index in the object.
    pub index: usize,
    pub name: String,
    pub data: Vec<u8>,
    pub align: u32,
    pub relocs: Vec<Reloc>,
}

impl Object {
    pub fn parse(name: &str, bytes: &[u8]) -> Result<Object, LinkError> {
        let bad = |message: String| LinkError::Malformed {
            file: name.to_string(),
            message,
        };
        let elf = Elf::parse(bytes).map_err(|e| bad(format!("not a valid ELF file: {e}")))?;
        if elf.is_64 || !elf.little_endian {
            return Err(bad("not an ELF32 little-endian object".into()));
        }
        if elf.header.e_type != header::ET_REL {
            return Err(bad(format!(
                "not a relocatable object (ELF type {})",
                elf.header.e_type
            )));
        }
        if elf.header.e_machine != EM_VALIDA {
            return Err(bad(format!(
                "object is for machine {:#x}, not Valida ({EM_VALIDA:#x}); was it compiled by valida-cc?",
                elf.header.e_machine
            )));
        }

        let mut sections: Vec<Option<Section>> = Vec::with_capacity(elf.section_headers.len());
        let mut debug = Vec::new();
        for (index, shdr) in elf.section_headers.iter().enumerate() {
            let sec_name = elf
                .shdr_strtab
                .get_at(shdr.sh_name)
                .unwrap_or("")
                .to_string();
            let alloc = shdr.sh_flags & u64::from(sh::SHF_ALLOC) != 0;
            if !alloc && shdr.sh_type == sh::SHT_PROGBITS && sec_name.starts_with(".debug_") {
                let start = usize::try_from(shdr.sh_offset).unwrap_or(usize::MAX);
                let data = usize::try_from(shdr.sh_size)
                    .ok()
                    .and_then(|n| start.checked_add(n))
                    .and_then(|end| bytes.get(start..end))
                    .ok_or_else(|| bad(format!("section {sec_name} lies outside the file")))?;
                debug.push(DebugSection {
                    index,
                    name: sec_name,
                    data: data.to_vec(),
                    align: u32::try_from(shdr.sh_addralign.max(1)).unwrap_or(1).max(1),
                    relocs: Vec::new(),
                });
                sections.push(None);
                continue;
            }
            if !alloc
                || shdr.sh_type == sh::SHT_NULL
                || shdr.sh_size == 0 && shdr.sh_type != sh::SHT_PROGBITS
            {
                sections.push(None);
                continue;
            }
            let kind = classify(&sec_name, shdr.sh_type, shdr.sh_flags);
            let size = u32::try_from(shdr.sh_size)
                .map_err(|_| bad(format!("section {sec_name} is too large")))?;
            let data = if kind == SectionKind::Bss {
                Vec::new()
            } else {
                let start = usize::try_from(shdr.sh_offset).unwrap_or(usize::MAX);
                let end = start.checked_add(size as usize);
                match end.and_then(|end| bytes.get(start..end)) {
                    Some(d) => d.to_vec(),
                    None => return Err(bad(format!("section {sec_name} lies outside the file"))),
                }
            };
            let align = u32::try_from(shdr.sh_addralign.max(1)).unwrap_or(1).max(1);
            sections.push(Some(Section {
                name: sec_name,
                kind,
                data,
                size,
                align,
                relocs: Vec::new(),
                merge_strings: shdr.sh_flags & u64::from(sh::SHF_MERGE | sh::SHF_STRINGS)
                    == u64::from(sh::SHF_MERGE | sh::SHF_STRINGS),
            }));
        }

        let mut symbols = Vec::with_capacity(elf.syms.len());
        for s in elf.syms.iter() {
            let sname = elf.strtab.get_at(s.st_name).unwrap_or("").to_string();
            let binding = match s.st_bind() {
                sym::STB_LOCAL => Binding::Local,
                sym::STB_WEAK => Binding::Weak,
                _ => Binding::Global,
            };
            let kind = match s.st_type() {
                sym::STT_NOTYPE => SymKind::NoType,
                sym::STT_FUNC => SymKind::Func,
                sym::STT_OBJECT => SymKind::Object,
                sym::STT_SECTION => SymKind::Section,
                _ => SymKind::Other,
            };
            let shndx = s.st_shndx;
            let def = if shndx == sh::SHN_UNDEF as usize {
                SymDef::Undefined
            } else if shndx == sh::SHN_ABS as usize {
                SymDef::Absolute
            } else if shndx == sh::SHN_COMMON as usize {
                SymDef::Common {
                    align: u32::try_from(s.st_value).unwrap_or(4).max(1),
                }
            } else if sections.get(shndx).is_some_and(Option::is_some) {
                SymDef::Section(shndx)
            } else if debug.iter().any(|d| d.index == shndx) {
                SymDef::Debug(shndx)
            } else {
                SymDef::Ignored
            };
            let value = if matches!(def, SymDef::Common { .. }) {
                0
            } else {
                s.st_value as u32
            };
            symbols.push(Symbol {
                name: sname,
                binding,
                kind,
                def,
                value,
                size: s.st_size as u32,
            });
        }

        for (rel_idx, relocs) in &elf.shdr_relocs {
            let Some(rel_hdr) = elf.section_headers.get(*rel_idx) else {
                continue;
            };
            let target = rel_hdr.sh_info as usize;
            let is_rela = rel_hdr.sh_type == sh::SHT_RELA;
            let (name, data, out) = match sections.get_mut(target) {
                Some(Some(section)) => (&section.name, &section.data, &mut section.relocs),
                _ => match debug.iter_mut().find(|d| d.index == target) {
                    Some(d) => (&d.name, &d.data, &mut d.relocs),
                    // Relocations of a section we do not load (notes…).
                    None => continue,
                },
            };
            for r in relocs.iter() {
                let offset = u32::try_from(r.r_offset)
                    .map_err(|_| bad(format!("relocation offset out of range in {name}")))?;
                if r.r_sym >= symbols.len() {
                    return Err(bad(format!(
                        "relocation in {name} names symbol #{} which does not exist",
                        r.r_sym
                    )));
                }
                let addend = match r.r_addend {
                    Some(a) if is_rela => a,
                    _ => implicit_addend(data, offset),
                };
                out.push(Reloc {
                    offset,
                    kind: r.r_type,
                    symbol: r.r_sym,
                    addend,
                });
            }
        }

        for section in sections.iter_mut().flatten() {
            if section.name.starts_with(".ctors") || section.name.starts_with(".dtors") {
                reverse_words(section);
            }
        }

        Ok(Object {
            name: name.to_string(),
            sections,
            debug,
            symbols,
        })
    }

    /// The function (or other symbol) of this object whose range covers
    /// `offset` in section `shndx`: used to say where a reference comes from.
    pub fn enclosing_symbol(&self, shndx: usize, offset: u32) -> Option<&str> {
        let mut best: Option<&Symbol> = None;
        for s in &self.symbols {
            if s.def != SymDef::Section(shndx) || s.name.is_empty() {
                continue;
            }
            if !matches!(s.kind, SymKind::Func | SymKind::Object) {
                continue;
            }
            if s.value <= offset
                && best.is_none_or(|b| b.value <= s.value)
                && (s.size == 0 || offset < s.value.saturating_add(s.size) || best.is_none())
            {
                best = Some(s);
            }
        }
        best.map(|s| s.name.as_str())
    }
}

fn implicit_addend(data: &[u8], offset: u32) -> i64 {
    let o = offset as usize;
    data.get(o..o + 4)
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
        .map_or(0, |b| i64::from(i32::from_le_bytes(b)))
}

fn priority(name: &str, prefix: &str) -> u32 {
    name.strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix('.'))
        .and_then(|n| n.parse().ok())
        .unwrap_or(65536)
}

/// Priority of a `.ctors.N`/`.dtors.N` section in `.init_array` terms
/// (GNU ld's mapping: 65535 − N; plain `.ctors` runs last).
fn legacy_priority(name: &str, prefix: &str) -> u32 {
    name.strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix('.'))
        .and_then(|n| n.parse::<u32>().ok())
        .map_or(65536, |n| 65535u32.saturating_sub(n))
}

/// `.ctors`/`.dtors` run from the last entry to the first; placed into
/// `.init_array`/`.fini_array` their entries are reversed, as GNU ld does.
fn reverse_words(section: &mut Section) {
    let n = section.data.len() / 4;
    if n < 2 || !section.data.len().is_multiple_of(4) {
        return;
    }
    let words: Vec<[u8; 4]> = section
        .data
        .chunks_exact(4)
        .map(|c| [c[0], c[1], c[2], c[3]])
        .rev()
        .collect();
    section.data = words.concat();
    let last = (n as u32 - 1) * 4;
    for r in &mut section.relocs {
        if r.offset % 4 == 0 && r.offset <= last {
            r.offset = last - r.offset;
        }
    }
}

fn classify(name: &str, sh_type: u32, flags: u64) -> SectionKind {
    if name.starts_with(".ctors") {
        return SectionKind::InitArray(legacy_priority(name, ".ctors"));
    }
    if name.starts_with(".dtors") {
        return SectionKind::FiniArray(legacy_priority(name, ".dtors"));
    }
    if sh_type == sh::SHT_INIT_ARRAY || name.starts_with(".init_array") {
        return SectionKind::InitArray(priority(name, ".init_array"));
    }
    if sh_type == sh::SHT_FINI_ARRAY || name.starts_with(".fini_array") {
        return SectionKind::FiniArray(priority(name, ".fini_array"));
    }
    if flags & u64::from(sh::SHF_EXECINSTR) != 0 {
        return SectionKind::Text;
    }
    if sh_type == sh::SHT_NOBITS {
        return SectionKind::Bss;
    }
    if flags & u64::from(sh::SHF_WRITE) != 0 {
        SectionKind::Data
    } else {
        SectionKind::ReadOnly
    }
}

/// One member of an archive, parsed lazily when the linker pulls it in.
#[derive(Debug, Clone)]
pub struct ArchiveMember {
    pub object: Object,
    /// Global and weak symbols the member defines.
    pub defines: Vec<String>,
}

/// Splits an `ar` archive into its members and indexes what each defines.
pub fn read_archive(name: &str, bytes: &[u8]) -> Result<Vec<ArchiveMember>, LinkError> {
    let bad = |message: String| LinkError::Malformed {
        file: name.to_string(),
        message,
    };
    let archive = goblin::archive::Archive::parse(bytes)
        .map_err(|e| bad(format!("not a valid archive: {e}")))?;
    let mut members = Vec::new();
    for member_name in archive.members() {
        let data = archive
            .extract(member_name, bytes)
            .map_err(|e| bad(format!("cannot extract {member_name}: {e}")))?;
        if !data.starts_with(b"\x7fELF") {
            // Not an object (for example a stray text file): skip it as ld does.
            continue;
        }
        let full = format!("{name}({member_name})");
        let obj = Object::parse(&full, data)?;
        let defines = obj
            .symbols
            .iter()
            .filter(|s| {
                s.binding != Binding::Local
                    && !matches!(
                        s.def,
                        SymDef::Undefined | SymDef::Ignored | SymDef::Debug(_)
                    )
            })
            .map(|s| s.name.clone())
            .collect();
        members.push(ArchiveMember {
            object: obj,
            defines,
        });
    }
    Ok(members)
}
