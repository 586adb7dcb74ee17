//! The Valida v1.0 instruction set: one table, the record codec, and form
//! matching. Everything else (executor, assembler, disassembler) uses these.

mod matching;
mod record;
mod table;

pub use matching::{fits, form_for, form_matches};
pub use record::{INSTR_BYTES, RawInstr, decode_all, encode_all};
pub use table::{FORMS, Field, Form, Kind, Opcode, canonical_mnemonic, form_by_mnemonic};
