//! A loaded program: decoded code, data segments and symbols.

use crate::isa::{INSTR_BYTES, RawInstr};

/// What a symbol names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolKind {
    Function,
    Object,
    Other,
}

/// One named symbol of the executable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub value: u32,
    pub size: u32,
    pub kind: SymbolKind,
}

/// Symbols with a by-address index of the functions.
#[derive(Clone, Debug, Default)]
pub struct Symbols {
    all: Vec<Symbol>,
    /// Indices into `all` of function symbols, sorted by address.
    functions: Vec<usize>,
    /// Indices of function and untyped symbols (code labels), sorted by
    /// (address, functions first).
    labels: Vec<usize>,
}

impl Symbols {
    pub fn new(all: Vec<Symbol>) -> Symbols {
        let mut functions: Vec<usize> = (0..all.len())
            .filter(|&i| all[i].kind == SymbolKind::Function)
            .collect();
        functions.sort_by_key(|&i| (all[i].value, all[i].name.clone()));
        let mut labels: Vec<usize> = (0..all.len())
            .filter(|&i| all[i].kind != SymbolKind::Object)
            .collect();
        labels.sort_by_key(|&i| {
            (
                all[i].value,
                all[i].kind != SymbolKind::Function,
                all[i].name.clone(),
            )
        });
        Symbols {
            all,
            functions,
            labels,
        }
    }

    pub fn all(&self) -> &[Symbol] {
        &self.all
    }

    /// Function symbols in address order.
    pub fn functions(&self) -> impl Iterator<Item = &Symbol> {
        self.functions.iter().map(|&i| &self.all[i])
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.all.iter().find(|s| s.name == name)
    }

    /// The function containing code byte address `pc` (the last function
    /// symbol at or below it) and the offset into it.
    pub fn function_at(&self, pc: u32) -> Option<(&Symbol, u32)> {
        let idx = self.functions.partition_point(|&i| self.all[i].value <= pc);
        let sym = &self.all[*self.functions.get(idx.checked_sub(1)?)?];
        Some((sym, pc - sym.value))
    }

    /// `name+off` for the function containing `pc`.
    pub fn describe_pc(&self, pc: u32) -> Option<String> {
        self.function_at(pc).map(|(s, off)| {
            if off == 0 {
                s.name.clone()
            } else {
                format!("{}+{}", s.name, off)
            }
        })
    }

    /// A code label at `addr`: a function symbol, else an untyped symbol.
    pub fn label_at(&self, addr: u32) -> Option<&Symbol> {
        let idx = self.labels.partition_point(|&i| self.all[i].value < addr);
        self.labels
            .get(idx)
            .map(|&i| &self.all[i])
            .filter(|s| s.value == addr)
    }

    /// A function symbol starting exactly at `addr`.
    pub fn function_starting_at(&self, addr: u32) -> Option<&Symbol> {
        match self.function_at(addr) {
            Some((s, 0)) => Some(s),
            _ => None,
        }
    }
}

/// A data segment: bytes from the file at `addr`, zero up to `mem_size`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataSegment {
    pub addr: u32,
    pub bytes: Vec<u8>,
    pub mem_size: u32,
    /// ELF p_flags (PF_R = 4, PF_W = 2, PF_X = 1).
    pub flags: u32,
}

/// Everything the VM needs to run a program.
#[derive(Clone, Debug, Default)]
pub struct Program {
    pub code: Vec<RawInstr>,
    pub segments: Vec<DataSegment>,
    pub symbols: Symbols,
}

/// Name of the word whose low byte is the exit status at STOP (docs/abi.md).
pub const EXIT_CODE_SYMBOL: &str = "__valida_exit_code";

impl Program {
    /// Byte address of instruction `index`.
    pub fn pc_of(index: usize) -> u32 {
        (index as u32).wrapping_mul(INSTR_BYTES)
    }
}
