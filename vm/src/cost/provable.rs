//! Programs the official v1.0 prover rejects before proving anything.
//!
//! It turns every instruction of the code (executed or not) into a row of
//! the program table (program/src/lib.rs, `instruction_to_row`), and that
//! panics when an operand's absolute value is not below the BabyBear
//! modulus, when an IMM32 byte operand is not a byte, or when the opcode
//! has no row layout (the field-element opcodes 200-202).

use crate::isa::{INSTR_BYTES, Opcode};
use crate::program::Program;

/// The BabyBear prime, 15 * 2^27 + 1: the prover's field.
pub const BABY_BEAR_P: u32 = 0x7800_0001;

/// Why the official prover cannot take `program`, naming the first
/// offending instruction; `None` if its code is acceptable.
pub fn unprovable_reason(program: &Program) -> Option<String> {
    for (i, raw) in program.code.iter().enumerate() {
        let pc = (i as u32).wrapping_mul(INSTR_BYTES);
        let place = program
            .symbols
            .describe_pc(pc)
            .map_or(String::new(), |f| format!(" in {f}"));
        let opcode = Opcode::from_u32(raw.opcode);
        match opcode {
            None | Some(Opcode::FeAdd | Opcode::FeSub | Opcode::FeMul) => {
                return Some(format!(
                    "instruction at pc {pc:#x}{place} has opcode {}, which the v1.0 prover's program table does not accept",
                    raw.opcode
                ));
            }
            Some(Opcode::Imm32) => {
                if let Some(x) = raw.ops[1..].iter().find(|&&x| !(0..256).contains(&x)) {
                    return Some(format!(
                        "imm32 at pc {pc:#x}{place} has byte operand {x}, outside 0..=255"
                    ));
                }
            }
            Some(_) => {}
        }
        if let Some(x) = raw.ops.iter().find(|x| x.unsigned_abs() >= BABY_BEAR_P) {
            return Some(format!(
                "instruction at pc {pc:#x}{place} has operand {x}, whose absolute value is not below the prover's field modulus {BABY_BEAR_P} (the v1.0 prover panics building its program table)"
            ));
        }
    }
    None
}
