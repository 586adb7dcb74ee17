//! ALU semantics of Valida v1.0 (wrapping 32-bit arithmetic, 1/0 compares,
//! shift counts masked to 5 bits). Division faults are traps.

use crate::isa::Opcode;
use crate::trap::TrapKind;

pub type AluResult = Result<u32, TrapKind>;

#[inline(always)]
pub fn add(x: u32, y: u32) -> AluResult {
    Ok(x.wrapping_add(y))
}
#[inline(always)]
pub fn sub(x: u32, y: u32) -> AluResult {
    Ok(x.wrapping_sub(y))
}
#[inline(always)]
pub fn mul(x: u32, y: u32) -> AluResult {
    Ok(x.wrapping_mul(y))
}
#[inline(always)]
pub fn div(x: u32, y: u32) -> AluResult {
    x.checked_div(y).ok_or(TrapKind::DivideByZero)
}
#[inline(always)]
pub fn sdiv(x: u32, y: u32) -> AluResult {
    let (x, y) = (x as i32, y as i32);
    if y == 0 {
        return Err(TrapKind::DivideByZero);
    }
    x.checked_div(y)
        .map(|q| q as u32)
        .ok_or(TrapKind::DivideOverflow)
}
#[inline(always)]
pub fn mulhu(x: u32, y: u32) -> AluResult {
    Ok(((u64::from(x) * u64::from(y)) >> 32) as u32)
}
#[inline(always)]
pub fn mulhs(x: u32, y: u32) -> AluResult {
    Ok(((i64::from(x as i32) * i64::from(y as i32)) >> 32) as u32)
}
#[inline(always)]
pub fn lt(x: u32, y: u32) -> AluResult {
    Ok(u32::from(x < y))
}
#[inline(always)]
pub fn lte(x: u32, y: u32) -> AluResult {
    Ok(u32::from(x <= y))
}
#[inline(always)]
pub fn slt(x: u32, y: u32) -> AluResult {
    Ok(u32::from((x as i32) < (y as i32)))
}
#[inline(always)]
pub fn sle(x: u32, y: u32) -> AluResult {
    Ok(u32::from((x as i32) <= (y as i32)))
}
#[inline(always)]
pub fn eq(x: u32, y: u32) -> AluResult {
    Ok(u32::from(x == y))
}
#[inline(always)]
pub fn ne(x: u32, y: u32) -> AluResult {
    Ok(u32::from(x != y))
}
#[inline(always)]
pub fn shl(x: u32, y: u32) -> AluResult {
    Ok(x << (y & 31))
}
#[inline(always)]
pub fn shr(x: u32, y: u32) -> AluResult {
    Ok(x >> (y & 31))
}
#[inline(always)]
pub fn sra(x: u32, y: u32) -> AluResult {
    Ok(((x as i32) >> (y & 31)) as u32)
}
#[inline(always)]
pub fn and(x: u32, y: u32) -> AluResult {
    Ok(x & y)
}
#[inline(always)]
pub fn or(x: u32, y: u32) -> AluResult {
    Ok(x | y)
}
#[inline(always)]
pub fn xor(x: u32, y: u32) -> AluResult {
    Ok(x ^ y)
}

/// The semantic function of an ALU opcode (None for non-ALU opcodes).
pub fn function(op: Opcode) -> Option<fn(u32, u32) -> AluResult> {
    Some(match op {
        Opcode::Add => add,
        Opcode::Sub => sub,
        Opcode::Mul => mul,
        Opcode::Div => div,
        Opcode::Sdiv => sdiv,
        Opcode::Mulhu => mulhu,
        Opcode::Mulhs => mulhs,
        Opcode::Lt => lt,
        Opcode::Lte => lte,
        Opcode::Slt => slt,
        Opcode::Sle => sle,
        Opcode::Eq => eq,
        Opcode::Ne => ne,
        Opcode::Shl => shl,
        Opcode::Shr => shr,
        Opcode::Sra => sra,
        Opcode::And => and,
        Opcode::Or => or,
        Opcode::Xor => xor,
        _ => return None,
    })
}
