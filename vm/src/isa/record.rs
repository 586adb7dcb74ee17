//! The 24-byte instruction record: the only code that reads or writes raw
//! instruction bytes.

use super::table::Field;

/// Size of one instruction record in bytes; code addresses are multiples.
pub const INSTR_BYTES: u32 = 24;

/// One undecoded instruction: opcode and five signed operand words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct RawInstr {
    pub opcode: u32,
    pub ops: [i32; 5],
}

impl RawInstr {
    pub const fn new(opcode: u32, a: i32, b: i32, c: i32, d: i32, e: i32) -> Self {
        RawInstr {
            opcode,
            ops: [a, b, c, d, e],
        }
    }

    pub fn get(&self, field: Field) -> i32 {
        self.ops[field as usize]
    }

    pub fn set(&mut self, field: Field, value: i32) {
        self.ops[field as usize] = value;
    }

    pub fn a(&self) -> i32 {
        self.ops[0]
    }
    pub fn b(&self) -> i32 {
        self.ops[1]
    }
    pub fn c(&self) -> i32 {
        self.ops[2]
    }
    pub fn d(&self) -> i32 {
        self.ops[3]
    }
    pub fn e(&self) -> i32 {
        self.ops[4]
    }

    /// Little-endian encoding: opcode, a, b, c, d, e.
    pub fn to_bytes(&self) -> [u8; 24] {
        let mut out = [0u8; 24];
        out[0..4].copy_from_slice(&self.opcode.to_le_bytes());
        for (i, v) in self.ops.iter().enumerate() {
            out[4 + 4 * i..8 + 4 * i].copy_from_slice(&v.to_le_bytes());
        }
        out
    }

    /// Decodes one record from exactly 24 bytes.
    pub fn from_bytes(bytes: &[u8; 24]) -> Self {
        let word = |i: usize| [bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]];
        let mut ops = [0i32; 5];
        for (i, v) in ops.iter_mut().enumerate() {
            *v = i32::from_le_bytes(word(4 + 4 * i));
        }
        RawInstr {
            opcode: u32::from_le_bytes(word(0)),
            ops,
        }
    }
}

/// Decodes a code segment; a trailing partial record is dropped, as the
/// reference VM does.
pub fn decode_all(bytes: &[u8]) -> Vec<RawInstr> {
    bytes
        .chunks_exact(INSTR_BYTES as usize)
        .filter_map(|chunk| <&[u8; 24]>::try_from(chunk).ok())
        .map(RawInstr::from_bytes)
        .collect()
}

/// Encodes instructions back to back.
pub fn encode_all(code: &[RawInstr]) -> Vec<u8> {
    code.iter().flat_map(|i| i.to_bytes()).collect()
}
