//! ELF32 RISC-V executables → [`Program`]. Every field read from the file is
//! bounds-checked; nothing is allocated in proportion to a size the file
//! claims without that many bytes being present.

use super::decode::{Instr, decode};
use super::memory::{PAGE_BITS, Perm};
use super::{STACK_BOTTOM, STACK_TOP};

const EM_RISCV: u16 = 243;
const ET_EXEC: u16 = 2;
const PT_LOAD: u32 = 1;
const SHT_SYMTAB: u32 = 2;
const EF_RISCV_RVC: u32 = 0x1;
const EF_RISCV_FLOAT_ABI: u32 = 0x6;
const EHDR_SIZE: usize = 52;
const PHDR_SIZE: usize = 32;
const SHDR_SIZE: usize = 40;
const SYM_SIZE: usize = 16;
const MAX_PHDR_TABLE: usize = 64 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error("file too short for an ELF header ({0} bytes)")]
    TooShort(usize),
    #[error("not an ELF file (bad magic)")]
    NotElf,
    #[error("not a 32-bit ELF file")]
    Not32Bit,
    #[error("not a little-endian ELF file")]
    NotLittleEndian,
    #[error("not a RISC-V executable (e_machine = {0})")]
    NotRiscV(u16),
    #[error("not an executable (e_type = {0}; expected ET_EXEC)")]
    NotExecutable(u16),
    #[error("program uses the compressed (C) extension; only RV32IM is supported")]
    Compressed,
    #[error("program uses a hardware floating-point ABI; only ilp32 is supported")]
    FloatAbi,
    #[error("bad program header table (offset {offset:#x}, {count} entries of {entry_size} bytes)")]
    BadProgramHeaders {
        offset: u32,
        count: u16,
        entry_size: u16,
    },
    #[error("segment {index}: file range {offset:#x}+{size:#x} is outside the file")]
    SegmentOutsideFile {
        index: usize,
        offset: u32,
        size: u32,
    },
    #[error("segment {index}: file size {file_size:#x} exceeds memory size {mem_size:#x}")]
    FileSizeExceedsMemSize {
        index: usize,
        file_size: u32,
        mem_size: u32,
    },
    #[error("segment {index}: {vaddr:#x}+{mem_size:#x} wraps past the end of the address space")]
    SegmentWraps {
        index: usize,
        vaddr: u32,
        mem_size: u32,
    },
    #[error("segment {index} at {vaddr:#x} overlaps the stack")]
    SegmentOverlapsStack { index: usize, vaddr: u32 },
    #[error("no loadable segment")]
    NoLoadableSegment,
    #[error("segments load more than twice the file's size (overlapping file ranges)")]
    TooMuchData,
}

/// A `PT_LOAD` segment: `data` is the file part, the rest up to `mem_size`
/// is zero.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub vaddr: u32,
    pub mem_size: u32,
    pub data: Vec<u8>,
    pub perm: Perm,
}

/// A function (or untyped code label) from `.symtab`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub addr: u32,
    pub size: u32,
}

/// Pre-decoded instructions of the main executable segment.
#[derive(Debug, Clone, Default)]
pub(crate) struct Code {
    pub base: u32,
    pub instrs: Vec<Option<Instr>>,
}

/// A loaded executable, immutable and reusable across runs.
#[derive(Debug, Clone)]
pub struct Program {
    pub entry: u32,
    pub segments: Vec<Segment>,
    /// Code symbols sorted by address.
    symbols: Vec<Symbol>,
    /// Initial program break: the page after the highest segment below the stack.
    pub brk_start: u32,
    pub(crate) code: Code,
}

fn u16_at(b: &[u8], off: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        b.get(off..off.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u32_at(b: &[u8], off: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        b.get(off..off.checked_add(4)?)?.try_into().ok()?,
    ))
}

/// A table of `count` entries of `entry_size` bytes at `offset`, if it lies
/// inside the file and entries are at least `min_entry` bytes.
fn table(
    bytes: &[u8],
    offset: u32,
    count: usize,
    entry_size: usize,
    min_entry: usize,
) -> Option<&[u8]> {
    if entry_size < min_entry {
        return None;
    }
    let start = usize::try_from(offset).ok()?;
    let len = count.checked_mul(entry_size)?;
    bytes.get(start..start.checked_add(len)?)
}

const fn page_up(addr: u64) -> u64 {
    addr.div_ceil(4096) * 4096
}

/// Parses an ELF32 little-endian RISC-V `ET_EXEC` file.
pub fn load_elf(bytes: &[u8]) -> Result<Program, LoadError> {
    if bytes.len() < EHDR_SIZE {
        return Err(LoadError::TooShort(bytes.len()));
    }
    if bytes[0..4] != [0x7f, b'E', b'L', b'F'] {
        return Err(LoadError::NotElf);
    }
    if bytes[4] != 1 {
        return Err(LoadError::Not32Bit);
    }
    if bytes[5] != 1 {
        return Err(LoadError::NotLittleEndian);
    }
    let field16 = |off| u16_at(bytes, off).unwrap_or(0);
    let field32 = |off| u32_at(bytes, off).unwrap_or(0);
    let e_type = field16(16);
    let e_machine = field16(18);
    if e_machine != EM_RISCV {
        return Err(LoadError::NotRiscV(e_machine));
    }
    if e_type != ET_EXEC {
        return Err(LoadError::NotExecutable(e_type));
    }
    let e_flags = field32(36);
    if e_flags & EF_RISCV_RVC != 0 {
        return Err(LoadError::Compressed);
    }
    if e_flags & EF_RISCV_FLOAT_ABI != 0 {
        return Err(LoadError::FloatAbi);
    }
    let entry = field32(24);
    let (phoff, phentsize, phnum) = (field32(28), field16(42), field16(44));
    let bad_ph = LoadError::BadProgramHeaders {
        offset: phoff,
        count: phnum,
        entry_size: phentsize,
    };
    // Like Linux, refuse program header tables over 64 KiB (this also
    // excludes PN_XNUM) so that the number of regions stays small.
    if usize::from(phnum) * usize::from(phentsize) > MAX_PHDR_TABLE || phnum == 0xffff {
        return Err(bad_ph);
    }
    let phdrs = table(
        bytes,
        phoff,
        usize::from(phnum),
        usize::from(phentsize),
        PHDR_SIZE,
    )
    .ok_or(bad_ph)?;

    let mut segments = Vec::new();
    let mut loaded = 0usize;
    for (index, ph) in phdrs.chunks_exact(usize::from(phentsize)).enumerate() {
        let word = |off| u32_at(ph, off).unwrap_or(0);
        if word(0) != PT_LOAD {
            continue;
        }
        let (offset, vaddr, file_size, mem_size, flags) =
            (word(4), word(8), word(16), word(20), word(24));
        if file_size > mem_size {
            return Err(LoadError::FileSizeExceedsMemSize {
                index,
                file_size,
                mem_size,
            });
        }
        let end = u64::from(vaddr) + u64::from(mem_size);
        if end > 1 << 32 {
            return Err(LoadError::SegmentWraps {
                index,
                vaddr,
                mem_size,
            });
        }
        if mem_size > 0 && u64::from(vaddr) < u64::from(STACK_TOP) && end > u64::from(STACK_BOTTOM)
        {
            return Err(LoadError::SegmentOverlapsStack { index, vaddr });
        }
        let data = usize::try_from(offset)
            .ok()
            .and_then(|start| {
                bytes.get(start..start.checked_add(usize::try_from(file_size).ok()?)?)
            })
            .ok_or(LoadError::SegmentOutsideFile {
                index,
                offset,
                size: file_size,
            })?;
        // Segments may share file bytes, but not so often that copying them
        // costs far more memory than the file itself.
        loaded += data.len();
        if loaded > bytes.len().saturating_mul(2) {
            return Err(LoadError::TooMuchData);
        }
        segments.push(Segment {
            vaddr,
            mem_size,
            data: data.to_vec(),
            perm: Perm::from_elf_flags(flags),
        });
    }
    if segments.iter().all(|s| s.mem_size == 0) {
        return Err(LoadError::NoLoadableSegment);
    }

    let symbols = read_symbols(bytes).unwrap_or_default();
    Ok(Program::new(entry, segments, symbols))
}

/// Function and code-label symbols from the first `SHT_SYMTAB`; `None` if
/// the section headers are missing or malformed (symbols are optional).
fn read_symbols(bytes: &[u8]) -> Option<Vec<Symbol>> {
    let (shoff, shentsize, shnum) = (u32_at(bytes, 32)?, u16_at(bytes, 46)?, u16_at(bytes, 48)?);
    if shoff == 0 {
        return None;
    }
    let entsize = usize::from(shentsize);
    let shdrs = table(bytes, shoff, usize::from(shnum), entsize, SHDR_SIZE)?;
    let section = |i: usize| {
        shdrs
            .get(i.checked_mul(entsize)?..)
            .filter(|s| s.len() >= SHDR_SIZE)
    };
    let symtab = shdrs
        .chunks_exact(entsize)
        .find(|sh| u32_at(sh, 4) == Some(SHT_SYMTAB))?;
    let strtab = section(usize::try_from(u32_at(symtab, 24)?).ok()?)?;
    let strings = table(
        bytes,
        u32_at(strtab, 16)?,
        usize::try_from(u32_at(strtab, 20)?).ok()?,
        1,
        1,
    )?;
    let count = usize::try_from(u32_at(symtab, 20)?).ok()? / SYM_SIZE;
    let syms = table(bytes, u32_at(symtab, 16)?, count, SYM_SIZE, SYM_SIZE)?;

    let mut out = Vec::new();
    for sym in syms.chunks_exact(SYM_SIZE) {
        let (name_off, addr, size) = (u32_at(sym, 0)?, u32_at(sym, 4)?, u32_at(sym, 8)?);
        let (info, shndx) = (sym[12], u16_at(sym, 14)?);
        let kind = info & 0xf;
        // STT_NOTYPE labels (e.g. `_start` in assembly) and STT_FUNC, defined.
        if !(kind == 0 || kind == 2) || shndx == 0 || shndx >= 0xff00 {
            continue;
        }
        let name_bytes = strings
            .get(usize::try_from(name_off).ok()?..)
            .unwrap_or_default();
        let name_bytes = name_bytes.split(|&b| b == 0).next().unwrap_or_default();
        let name = String::from_utf8_lossy(name_bytes).into_owned();
        if name.is_empty() || name.starts_with(".L") || name.starts_with('$') {
            continue;
        }
        // Untyped labels only count if they look like code.
        if kind == 0 && !name.starts_with('_') && size == 0 {
            continue;
        }
        out.push(Symbol { name, addr, size });
    }
    Some(out)
}

impl Program {
    fn new(entry: u32, segments: Vec<Segment>, mut symbols: Vec<Symbol>) -> Program {
        symbols.sort_by(|a, b| a.addr.cmp(&b.addr).then(b.size.cmp(&a.size)));
        symbols.dedup_by_key(|s| s.addr);
        let brk_end = segments
            .iter()
            .map(|s| u64::from(s.vaddr) + u64::from(s.mem_size))
            .filter(|&end| end <= u64::from(STACK_BOTTOM))
            .max()
            .unwrap_or(0);
        let brk_start = u32::try_from(page_up(brk_end)).unwrap_or(STACK_BOTTOM);
        let code = predecode(&segments);
        Program {
            entry,
            segments,
            symbols,
            brk_start,
            code,
        }
    }

    /// A program made of raw instruction words at `base` (read-execute), with
    /// a zeroed read-write page right after it; execution starts at `base`.
    pub fn from_words(base: u32, words: &[u32]) -> Program {
        let data: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        let len = u32::try_from(data.len()).unwrap_or(u32::MAX);
        let data_page = u32::try_from(page_up(u64::from(base) + u64::from(len))).unwrap_or(0);
        let segments = vec![
            Segment {
                vaddr: base,
                mem_size: len,
                data,
                perm: Perm::RX,
            },
            Segment {
                vaddr: data_page,
                mem_size: 4096,
                data: Vec::new(),
                perm: Perm::RW,
            },
        ];
        Program::new(base, segments, Vec::new())
    }

    /// A program from explicit segments (no symbols); `entry` is the first pc.
    pub fn from_segments(entry: u32, segments: Vec<Segment>) -> Program {
        Program::new(entry, segments, Vec::new())
    }

    /// Code symbols, sorted by address.
    pub fn symbols(&self) -> &[Symbol] {
        &self.symbols
    }

    /// Address of the symbol called `name`.
    pub fn symbol(&self, name: &str) -> Option<u32> {
        self.symbols.iter().find(|s| s.name == name).map(|s| s.addr)
    }

    /// The symbol starting exactly at `addr`.
    pub fn symbol_at(&self, addr: u32) -> Option<&str> {
        let i = self.symbols.binary_search_by_key(&addr, |s| s.addr).ok()?;
        Some(&self.symbols[i].name)
    }

    /// `name` or `name+0xoff` for the function containing `addr`.
    pub fn symbolize(&self, addr: u32) -> Option<String> {
        let i = self
            .symbols
            .partition_point(|s| s.addr <= addr)
            .checked_sub(1)?;
        let sym = &self.symbols[i];
        let off = addr - sym.addr;
        if sym.size != 0 && off >= sym.size {
            return None;
        }
        Some(if off == 0 {
            sym.name.clone()
        } else {
            format!("{}+{off:#x}", sym.name)
        })
    }

    /// Instruction words in the executable segments (the static code size).
    pub fn static_instructions(&self) -> usize {
        self.segments
            .iter()
            .filter(|s| s.perm.contains(Perm::X))
            .map(|s| s.data.len() / 4)
            .sum()
    }

    /// Address of the first pre-decoded instruction.
    pub fn code_base(&self) -> u32 {
        self.code.base
    }

    /// Number of pre-decoded instruction slots.
    pub fn predecoded_len(&self) -> usize {
        self.code.instrs.len()
    }
}

/// Decodes the largest read-only executable segment once. Code elsewhere
/// (other executable segments, or text sharing a page with a writable
/// segment, which stores could modify) is decoded on each fetch.
fn predecode(segments: &[Segment]) -> Code {
    let pages = |s: &Segment| {
        let first = u64::from(s.vaddr) >> PAGE_BITS;
        let end = (u64::from(s.vaddr) + u64::from(s.mem_size)).div_ceil(1 << PAGE_BITS);
        first..end
    };
    let shares_writable_page = |text: &Segment| {
        let t = pages(text);
        segments
            .iter()
            .filter(|s| s.perm.contains(Perm::W) && s.mem_size > 0)
            .any(|s| {
                let w = pages(s);
                w.start < t.end && t.start < w.end
            })
    };
    let Some(text) = segments
        .iter()
        .filter(|s| s.perm.contains(Perm::X) && !s.perm.contains(Perm::W) && s.vaddr % 4 == 0)
        .filter(|s| !shares_writable_page(s))
        .max_by_key(|s| s.data.len())
    else {
        return Code::default();
    };
    let instrs = text
        .data
        .chunks_exact(4)
        .map(|w| decode(u32::from_le_bytes([w[0], w[1], w[2], w[3]])))
        .collect();
    Code {
        base: text.vaddr,
        instrs,
    }
}
