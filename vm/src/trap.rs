//! Traps: the ways a program run can stop abnormally. Where the reference
//! VM panics, ours stops with one of these and a distinct exit status.

use std::fmt;

/// Why a run trapped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TrapKind {
    /// DIV32/SDIV32 by zero.
    DivideByZero,
    /// SDIV32 of INT_MIN by -1.
    DivideOverflow,
    /// A word access (or frame slot) at an address that is not a multiple of 4.
    MisalignedAccess,
    /// A memory access at an address >= 0x3C000000.
    AddressOutOfRange,
    /// The pc left the code segment.
    PcOutOfCode,
    /// An opcode number the ISA does not have.
    UnknownOpcode,
    /// An opcode of the ISA this VM does not implement (secp256k1, field ops).
    UnsupportedOpcode,
    /// Operands the reference VM asserts on (e.g. WRITE with c != 0 or e != 1).
    InvalidOperand,
    /// The run reached its step limit.
    StepLimit,
    /// A call moved fp below `__stack_limit` (executables that define it).
    StackOverflow,
    /// SIGINT or SIGTERM arrived during the run.
    Interrupted,
    /// STOP, but `__valida_exit_code` lies outside every data segment, so
    /// the program's exit status is unknown.
    ExitCodeUnloaded,
    /// A load/store below `__valida_null_guard`, or a JALV back to pc 0
    /// (executables that define the symbol).
    NullPointer,
}

impl TrapKind {
    pub const ALL: [TrapKind; 13] = [
        TrapKind::DivideByZero,
        TrapKind::DivideOverflow,
        TrapKind::MisalignedAccess,
        TrapKind::AddressOutOfRange,
        TrapKind::PcOutOfCode,
        TrapKind::UnknownOpcode,
        TrapKind::UnsupportedOpcode,
        TrapKind::InvalidOperand,
        TrapKind::StepLimit,
        TrapKind::StackOverflow,
        TrapKind::Interrupted,
        TrapKind::ExitCodeUnloaded,
        TrapKind::NullPointer,
    ];

    /// Short name used in messages.
    pub fn name(self) -> &'static str {
        match self {
            TrapKind::DivideByZero => "divide-by-zero",
            TrapKind::DivideOverflow => "divide-overflow",
            TrapKind::MisalignedAccess => "misaligned-access",
            TrapKind::AddressOutOfRange => "address-out-of-range",
            TrapKind::PcOutOfCode => "pc-out-of-code",
            TrapKind::UnknownOpcode => "unknown-opcode",
            TrapKind::UnsupportedOpcode => "unsupported-opcode",
            TrapKind::InvalidOperand => "invalid-operand",
            TrapKind::StepLimit => "step-limit",
            TrapKind::StackOverflow => "stack-overflow",
            TrapKind::Interrupted => "interrupted",
            TrapKind::ExitCodeUnloaded => "exit-code-unloaded",
            TrapKind::NullPointer => "null-pointer",
        }
    }

    /// Process exit status of `valida run` for this trap (documented in
    /// README; chosen away from 0/1 and from shell signal codes).
    pub fn exit_status(self) -> u8 {
        match self {
            TrapKind::DivideByZero => 110,
            TrapKind::DivideOverflow => 111,
            TrapKind::MisalignedAccess => 112,
            TrapKind::AddressOutOfRange => 113,
            TrapKind::PcOutOfCode => 114,
            TrapKind::UnknownOpcode => 115,
            TrapKind::UnsupportedOpcode => 116,
            TrapKind::InvalidOperand => 117,
            TrapKind::StepLimit => 118,
            TrapKind::StackOverflow => 119,
            // As a shell reports SIGINT; `valida run` uses 143 for SIGTERM.
            TrapKind::Interrupted => 130,
            TrapKind::ExitCodeUnloaded => 120,
            TrapKind::NullPointer => 121,
        }
    }
}

impl fmt::Display for TrapKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A trap with its location: pc (byte address), the instruction as
/// assembly, the enclosing function and a detail (e.g. the bad address).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trap {
    pub kind: TrapKind,
    pub pc: u32,
    /// Disassembly of the trapping instruction (`<none>` outside code).
    pub instruction: String,
    /// `name+offset` of the enclosing function symbol, if any.
    pub function: Option<String>,
    pub detail: String,
}

impl fmt::Display for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "trap {} at pc {:#x}", self.kind, self.pc)?;
        if let Some(func) = &self.function {
            write!(f, " in {func}")?;
        }
        write!(f, ": {}", self.instruction)?;
        if !self.detail.is_empty() {
            write!(f, " ({})", self.detail)?;
        }
        Ok(())
    }
}
