//! ELF loader with exactly the Valida v1.0 loader's rules, plus the
//! sanity checks a hostile file needs. Never panics, never allocates more
//! than the file's own size.
//!
//! As in the reference loader only a data segment's file bytes matter: they
//! become the words at p_paddr, p_paddr + 4, ... (the last one zero-padded);
//! p_memsz is checked against p_filesz and otherwise ignored (all memory
//! reads as zero until written). Segments may overlap: a later program
//! header's words replace an earlier one's, as the reference loader's map
//! inserts do.

use goblin::elf::Elf;
use goblin::elf::program_header::{PF_X, PT_LOAD, PT_TLS};
use goblin::elf::sym::{STT_FILE, STT_FUNC, STT_OBJECT, STT_SECTION};
use thiserror::Error;

use crate::isa::decode_all;
use crate::program::{DataSegment, Program, Symbol, SymbolKind, Symbols};

/// Why an executable was rejected. Program header indices are 0-based.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum LoadError {
    #[error("not a valid ELF file: {0}")]
    Malformed(String),
    #[error("ELF must be little-endian")]
    BigEndian,
    #[error("this is an executable for {0}, not for Valida (e_machine 0x3e7)")]
    ForeignMachine(&'static str),
    #[error("rule `exactly one executable PT_LOAD`: found {0}")]
    ExecSegmentCount(usize),
    #[error(
        "rule `executable PT_LOAD at 0`: program header {index} has p_vaddr {vaddr:#x}, p_paddr {paddr:#x}"
    )]
    ExecNotAtZero {
        index: usize,
        vaddr: u64,
        paddr: u64,
    },
    #[error(
        "rule `executable PT_LOAD p_filesz = p_memsz`: program header {index} has p_filesz {filesz:#x}, p_memsz {memsz:#x}"
    )]
    ExecSizeMismatch {
        index: usize,
        filesz: u64,
        memsz: u64,
    },
    #[error("rule `no PT_TLS`: program header {index} is PT_TLS")]
    Tls { index: usize },
    #[error(
        "rule `data p_vaddr = p_paddr`: program header {index} has p_vaddr {vaddr:#x}, p_paddr {paddr:#x}"
    )]
    DataAddrMismatch {
        index: usize,
        vaddr: u64,
        paddr: u64,
    },
    #[error("rule `data segment 4-aligned`: program header {index} has p_paddr {paddr:#x}")]
    DataMisaligned { index: usize, paddr: u64 },
    #[error(
        "rule `data p_memsz >= p_filesz`: program header {index} has p_filesz {filesz:#x}, p_memsz {memsz:#x}"
    )]
    DataMemTooSmall {
        index: usize,
        filesz: u64,
        memsz: u64,
    },
    #[error(
        "rule `segment inside the file`: program header {index} has p_offset {offset:#x} + p_filesz {filesz:#x} beyond file size {file_len:#x}"
    )]
    OutsideFile {
        index: usize,
        offset: u64,
        filesz: u64,
        file_len: usize,
    },
    #[error(
        "rule `data inside the 32-bit address space`: program header {index} has p_paddr {paddr:#x} + p_filesz {filesz:#x}"
    )]
    AddressSpace {
        index: usize,
        paddr: u64,
        filesz: u64,
    },
}

/// The name of a well-known machine that is not Valida. Other values
/// (EM_VALIDA, EM_NONE, unassigned numbers) load as the real VM loads them.
fn foreign_machine(e_machine: u16) -> Option<&'static str> {
    Some(match e_machine {
        2 | 18 | 43 => "SPARC",
        3 => "x86 (i386)",
        8 => "MIPS",
        20 => "PowerPC",
        21 => "PowerPC64",
        22 => "IBM S/390",
        40 => "ARM",
        62 => "x86-64",
        183 => "AArch64 (ARM64)",
        243 => "RISC-V",
        247 => "eBPF",
        258 => "LoongArch",
        _ => return None,
    })
}

/// Parses and checks an executable.
pub fn load_elf(bytes: &[u8]) -> Result<Program, LoadError> {
    // goblin validates offsets against the buffer; the catch_unwind is a last
    // line of defence so that a parser bug on a hostile file cannot crash us.
    let parsed = std::panic::catch_unwind(|| Elf::parse(bytes))
        .map_err(|_| LoadError::Malformed("ELF parser failed".into()))?
        .map_err(|e| LoadError::Malformed(e.to_string()))?;
    if let Some(machine) = foreign_machine(parsed.header.e_machine) {
        return Err(LoadError::ForeignMachine(machine));
    }
    if !parsed.little_endian {
        return Err(LoadError::BigEndian);
    }
    let mut code = None;
    let mut exec_count = 0;
    // In program header order: later segments overwrite earlier ones.
    let mut segments: Vec<DataSegment> = Vec::new();
    for (index, ph) in parsed.program_headers.iter().enumerate() {
        if ph.p_type == PT_TLS {
            return Err(LoadError::Tls { index });
        }
        if ph.p_type != PT_LOAD {
            continue;
        }
        let file_bytes = file_range(bytes, index, ph.p_offset, ph.p_filesz)?;
        if ph.p_flags & PF_X != 0 {
            exec_count += 1;
            if ph.p_vaddr != 0 || ph.p_paddr != 0 {
                return Err(LoadError::ExecNotAtZero {
                    index,
                    vaddr: ph.p_vaddr,
                    paddr: ph.p_paddr,
                });
            }
            if ph.p_filesz != ph.p_memsz {
                return Err(LoadError::ExecSizeMismatch {
                    index,
                    filesz: ph.p_filesz,
                    memsz: ph.p_memsz,
                });
            }
            code = Some(decode_all(file_bytes));
            continue;
        }
        if ph.p_vaddr != ph.p_paddr {
            return Err(LoadError::DataAddrMismatch {
                index,
                vaddr: ph.p_vaddr,
                paddr: ph.p_paddr,
            });
        }
        if ph.p_paddr % 4 != 0 {
            return Err(LoadError::DataMisaligned {
                index,
                paddr: ph.p_paddr,
            });
        }
        if ph.p_memsz < ph.p_filesz {
            return Err(LoadError::DataMemTooSmall {
                index,
                filesz: ph.p_filesz,
                memsz: ph.p_memsz,
            });
        }
        // The reference loader converts p_paddr to u32 and adds word offsets
        // to it; a segment whose words would not fit is not loadable.
        let padded = ph.p_filesz.div_ceil(4) * 4;
        if ph.p_paddr.checked_add(padded).is_none_or(|e| e > 1 << 32) {
            return Err(LoadError::AddressSpace {
                index,
                paddr: ph.p_paddr,
                filesz: ph.p_filesz,
            });
        }
        let addr = ph.p_paddr as u32;
        // Memory size only for listings: clamped to the address space.
        let mem_size = ph.p_memsz.min((1u64 << 32) - ph.p_paddr).min(u64::from(u32::MAX)) as u32;
        if mem_size > 0 {
            segments.push(DataSegment {
                addr,
                bytes: file_bytes.to_vec(),
                mem_size,
                flags: ph.p_flags,
            });
        }
    }
    if exec_count != 1 {
        return Err(LoadError::ExecSegmentCount(exec_count));
    }
    Ok(Program {
        code: code.unwrap_or_default(),
        segments,
        symbols: symbols(&parsed),
    })
}

/// The file bytes of a segment, checked against the file's real size.
fn file_range(bytes: &[u8], index: usize, offset: u64, filesz: u64) -> Result<&[u8], LoadError> {
    let err = || LoadError::OutsideFile {
        index,
        offset,
        filesz,
        file_len: bytes.len(),
    };
    let start = usize::try_from(offset).map_err(|_| err())?;
    let len = usize::try_from(filesz).map_err(|_| err())?;
    let end = start.checked_add(len).ok_or_else(err)?;
    bytes.get(start..end).ok_or_else(err)
}

/// Named symbols of `.symtab` (values truncated to 32 bits).
fn symbols(elf: &Elf<'_>) -> Symbols {
    let all = elf
        .syms
        .iter()
        .filter_map(|sym| {
            let name = elf.strtab.get_at(sym.st_name)?;
            if name.is_empty() || matches!(sym.st_type(), STT_FILE | STT_SECTION) {
                return None;
            }
            let kind = match sym.st_type() {
                STT_FUNC => SymbolKind::Function,
                STT_OBJECT => SymbolKind::Object,
                _ => SymbolKind::Other,
            };
            Some(Symbol {
                name: name.to_string(),
                value: sym.st_value as u32,
                size: sym.st_size as u32,
                kind,
            })
        })
        .collect();
    Symbols::new(all)
}
