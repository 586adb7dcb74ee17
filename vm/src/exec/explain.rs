//! The detail part of a trap message: the run-time values that made the
//! instruction trap (pointers, divisors, fp).

use crate::isa::{Opcode, RawInstr};
use crate::memory::Memory;
use crate::trap::TrapKind;

/// One short sentence about why `raw` trapped at this fp.
pub fn explain(kind: TrapKind, raw: &RawInstr, fp: u32, mem: &Memory) -> String {
    let slot = |off: i32| {
        let addr = fp.wrapping_add(off as u32);
        match mem.read_word(addr) {
            Ok(v) => format!("{v:#x}"),
            Err(_) => format!("<slot {addr:#x} unaddressable>"),
        }
    };
    let op = Opcode::from_u32(raw.opcode);
    let base = format!("fp={fp:#x}");
    match (kind, op) {
        (TrapKind::UnknownOpcode, _) => format!("opcode {}", raw.opcode),
        (TrapKind::UnsupportedOpcode, Some(op)) => format!("{} is not implemented", op.name()),
        (TrapKind::StepLimit, _) => String::new(),
        (TrapKind::InvalidOperand, _) => "WRITE needs c = 0 and e = 1".into(),
        (TrapKind::StackOverflow, _) => {
            format!("{base}: the call would move fp below __stack_limit")
        }
        (TrapKind::NullPointer, Some(Opcode::Jalv)) => {
            format!("{base}, jump to pc 0: a call through a null function pointer?")
        }
        (_, Some(Opcode::Load32 | Opcode::LoadU8 | Opcode::LoadS8)) => {
            format!("{base}, pointer {}", slot(raw.c()))
        }
        (_, Some(Opcode::Store32 | Opcode::StoreU8)) => {
            format!("{base}, pointer {}", slot(raw.b()))
        }
        (_, Some(Opcode::Memcpy)) => {
            format!(
                "{base}, dst {}, src {}, len {}",
                slot(raw.a()),
                slot(raw.b()),
                slot(raw.c())
            )
        }
        (_, Some(Opcode::Keccakf)) => format!("{base}, state pointer {}", slot(raw.b())),
        (_, Some(Opcode::Jalv)) => format!("{base}, fp delta {}", slot(raw.c())),
        (TrapKind::DivideByZero | TrapKind::DivideOverflow, _) if raw.e() != 1 => {
            format!("{base}, divisor {}", slot(raw.c()))
        }
        _ => base,
    }
}
