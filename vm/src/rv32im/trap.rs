//! Guest stops that are not a normal exit. A trap is a value, not a host
//! error: the program did something the machine refuses to do.

use super::memory::{Access, Fault};

/// Why the guest was stopped. Every variant names the pc of the offending
/// instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Trap {
    #[error("illegal instruction {word:#010x}")]
    IllegalInstruction { pc: u32, word: u32 },
    #[error("instruction fetch from non-executable or unmapped address {pc:#010x}")]
    FetchFault { pc: u32 },
    #[error("jump to misaligned address {target:#010x}")]
    MisalignedJump { pc: u32, target: u32 },
    #[error("{size}-byte load from unmapped address {addr:#010x}")]
    LoadFault { pc: u32, addr: u32, size: u8 },
    #[error("{size}-byte store to unmapped or read-only address {addr:#010x}")]
    StoreFault { pc: u32, addr: u32, size: u8 },
    #[error("ebreak")]
    Breakpoint { pc: u32 },
    #[error("unsupported system call {number} (a7)")]
    UnknownSyscall { pc: u32, number: u32 },
}

impl Trap {
    pub const fn pc(&self) -> u32 {
        match *self {
            Trap::IllegalInstruction { pc, .. }
            | Trap::FetchFault { pc }
            | Trap::MisalignedJump { pc, .. }
            | Trap::LoadFault { pc, .. }
            | Trap::StoreFault { pc, .. }
            | Trap::Breakpoint { pc }
            | Trap::UnknownSyscall { pc, .. } => pc,
        }
    }

    /// The signal Linux (and `qemu-riscv32`) delivers for this trap.
    pub const fn signal(&self) -> u8 {
        match self {
            Trap::IllegalInstruction { .. } => 4, // SIGILL
            Trap::Breakpoint { .. } => 5,         // SIGTRAP
            Trap::MisalignedJump { .. } => 7,     // SIGBUS
            Trap::LoadFault { .. } | Trap::StoreFault { .. } | Trap::FetchFault { .. } => 11, // SIGSEGV
            Trap::UnknownSyscall { .. } => 31, // SIGSYS
        }
    }

    pub(crate) fn from_fault(pc: u32, fault: Fault, size: u8) -> Trap {
        match fault.access {
            Access::Read => Trap::LoadFault {
                pc,
                addr: fault.addr,
                size,
            },
            Access::Write => Trap::StoreFault {
                pc,
                addr: fault.addr,
                size,
            },
            Access::Execute => Trap::FetchFault { pc },
        }
    }
}

/// A trap with the context a person needs: the instruction word, its
/// disassembly and the enclosing function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrapReport {
    pub trap: Trap,
    /// The instruction word at the trapping pc, if that address is mapped.
    pub word: Option<u32>,
    /// Disassembly of `word` (`None` if unmapped or not a valid instruction).
    pub disasm: Option<String>,
    /// `symbol+0xoffset` of the trapping pc, when the ELF has symbols.
    pub location: Option<String>,
    /// Integer registers at the trap (x0..x31).
    pub regs: [u32; 32],
}

impl TrapReport {
    /// The registers as four lines of `name value` pairs.
    pub fn register_dump(&self) -> String {
        let mut out = String::new();
        for (i, value) in self.regs.iter().enumerate() {
            let name = format!("x{i}/{}", super::disasm::reg_name(i as u8));
            out.push_str(&format!("{name:<8} {value:08x}"));
            out.push(if i % 4 == 3 { '\n' } else { ' ' });
        }
        out
    }
}

impl std::fmt::Display for TrapReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at pc {:#010x}", self.trap, self.trap.pc())?;
        if let Some(location) = &self.location {
            write!(f, " <{location}>")?;
        }
        match (self.word, &self.disasm) {
            (Some(_), Some(text)) => write!(f, ": {text}"),
            (Some(word), None) if !matches!(self.trap, Trap::IllegalInstruction { .. }) => {
                write!(f, ": {word:#010x}")
            }
            _ => Ok(()),
        }
    }
}

impl std::error::Error for TrapReport {}
