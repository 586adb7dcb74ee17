//! ELF loader with exactly the Valida v1.0 loader's rules, plus the
//! sanity checks a hostile file needs. Never panics, never allocates more
//! than the file's own size.

use goblin::elf::Elf;
use goblin::elf::program_header::{PF_X, PT_LOAD, PT_TLS};
use goblin::elf::sym::{STT_FILE, STT_FUNC, STT_OBJECT, STT_SECTION};
use thiserror::Error;

use crate::isa::decode_all;
use crate::memory::MEM_LIMIT;
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
        "rule `segment below 0x3c000000`: program header {index} spans {vaddr:#x} + {memsz:#x}"
    )]
    AboveLimit {
        index: usize,
        vaddr: u64,
        memsz: u64,
    },
    #[error("rule `no overlapping segments`: program headers {first} and {second} overlap")]
    Overlap { first: usize, second: usize },
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
    let mut segments: Vec<(usize, DataSegment)> = Vec::new();
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
        let end = ph.p_paddr.checked_add(ph.p_memsz);
        if end.is_none_or(|e| e > u64::from(MEM_LIMIT)) {
            return Err(LoadError::AboveLimit {
                index,
                vaddr: ph.p_vaddr,
                memsz: ph.p_memsz,
            });
        }
        // Both fit in u32 now: paddr + memsz <= MEM_LIMIT.
        let (addr, mem_size) = (ph.p_paddr as u32, ph.p_memsz as u32);
        if mem_size > 0 {
            segments.push((
                index,
                DataSegment {
                    addr,
                    bytes: file_bytes.to_vec(),
                    mem_size,
                    flags: ph.p_flags,
                },
            ));
        }
    }
    if exec_count != 1 {
        return Err(LoadError::ExecSegmentCount(exec_count));
    }
    segments.sort_by_key(|(_, s)| s.addr);
    for pair in segments.windows(2) {
        let ((i, s), (j, t)) = (&pair[0], &pair[1]);
        if u64::from(s.addr) + u64::from(s.mem_size) > u64::from(t.addr) {
            return Err(LoadError::Overlap {
                first: (*i).min(*j),
                second: (*i).max(*j),
            });
        }
    }
    Ok(Program {
        code: code.unwrap_or_default(),
        segments: segments.into_iter().map(|(_, s)| s).collect(),
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
