//! The Valida v1.0 instruction set: one table, the record codec, and form
//! matching. Everything else (executor, assembler, disassembler) uses these.

mod matching;
mod record;
mod table;

pub use matching::{fits, form_for, form_matches};
pub use record::{decode_all, encode_all, RawInstr, INSTR_BYTES};
pub use table::{canonical_mnemonic, form_by_mnemonic, Field, Form, Kind, Opcode, FORMS};
