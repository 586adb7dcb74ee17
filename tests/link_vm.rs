//! The linker's executables on the VM library, with hand-built objects (no
//! LLVM target needed): relocations, data placement and the exit status
//! symbol work together.

use valida_cc::link::testobj::{ObjBuilder, instr};
use valida_cc::link::{Input, LinkOptions, link};

const LOAD32: u32 = 1;
const STORE32: u32 = 2;
const JAL: u32 = 3;
const JALV: u32 = 4;
const IMM32: u32 = 7;
const STOP: u32 = 8;
const LOADU8: u32 = 11;
const WRITE: u32 = 300;
const R_VALIDA_32: u32 = 1;
const R_VALIDA_IMM32: u32 = 2;

fn imm(slot: i32, v: u32) -> Vec<u8> {
    let b = v.to_le_bytes().map(i32::from);
    instr(IMM32, slot, b[0], b[1], b[2], b[3])
}

/// `_start`: prints the two bytes of `msg`, calls `main`, stops.
fn crt() -> Vec<u8> {
    let mut code = Vec::new();
    code.extend(imm(-8, 0)); // -8(fp) = &msg (relocated)
    code.extend(instr(LOADU8, -12, 0, -8, 0, 0));
    code.extend(instr(WRITE, 0, -12, 0, 0, 1));
    code.extend(imm(-8, 0)); // -8(fp) = &msg + 1 (relocated)
    code.extend(instr(LOADU8, -12, 0, -8, 0, 0));
    code.extend(instr(WRITE, 0, -12, 0, 0, 1));
    code.extend(imm(-16, 24)); // callee's caller-distance slot: -24 + 8
    code.extend(instr(JAL, -24, 0, -24, 0, 0)); // target relocated
    code.extend(instr(STOP, 0, 0, 0, 0, 0));
    let mut b = ObjBuilder::new();
    let t = b.text(code);
    b.func("_start", t, 0, 9 * 24)
        .undefined("msg")
        .undefined("main")
        .reloc(t, 0, R_VALIDA_IMM32, "msg", 0)
        .reloc(t, 3 * 24, R_VALIDA_IMM32, "msg", 1)
        .reloc(t, 7 * 24 + 8, R_VALIDA_32, "main", 0);
    b.build()
}

/// `main`: `__valida_exit_code = *table_ptr` (a pointer in .data to a word
/// in .rodata), then return.
fn main_obj() -> Vec<u8> {
    let mut code = Vec::new();
    code.extend(imm(-8, 0)); // &table_ptr
    code.extend(instr(LOAD32, -12, 0, -8, 0, 0)); // table_ptr
    code.extend(instr(LOAD32, -16, 0, -12, 0, 0)); // *table_ptr
    code.extend(imm(-20, 0)); // &__valida_exit_code
    code.extend(instr(STORE32, 0, -20, -16, 0, 0));
    code.extend(instr(JALV, -4, 0, 8, 0, 0));
    let mut b = ObjBuilder::new();
    let t = b.text(code);
    let ro = b.section(".rodata", 1, 2, 42u32.to_le_bytes().to_vec(), 4);
    let d = b.data(".data", vec![0; 4]);
    b.func("main", t, 0, 6 * 24)
        .symbol("answer", 0, 1, Some(ro), 0, 4)
        .symbol("table_ptr", 1, 1, Some(d), 0, 4)
        .undefined("__valida_exit_code")
        .reloc(t, 0, R_VALIDA_IMM32, "table_ptr", 0)
        .reloc(t, 3 * 24, R_VALIDA_IMM32, "__valida_exit_code", 0)
        .reloc(d, 0, R_VALIDA_32, "answer", 0);
    b.build()
}

fn data_obj() -> Vec<u8> {
    let mut b = ObjBuilder::new();
    let ro = b.section(".rodata.str1.1", 1, 2 | 0x10 | 0x20, b"Hi\0".to_vec(), 1);
    let bss = b.bss(".bss", 4, 4);
    b.symbol("msg", 1, 1, Some(ro), 0, 3)
        .symbol("__valida_exit_code", 1, 1, Some(bss), 0, 4);
    b.build()
}

#[test]
fn linked_program_runs_on_the_vm() {
    let obj = |name: &str, bytes| Input::Object {
        name: name.into(),
        bytes,
    };
    let image = link(
        vec![
            obj("crt0.o", crt()),
            obj("main.o", main_obj()),
            obj("data.o", data_obj()),
        ],
        &LinkOptions::default(),
    )
    .expect("link");
    let outcome =
        valida_cc::vm::run_capture_limited(&image, b"", 1000).expect("VM loads the executable");
    assert_eq!(outcome.trap, None);
    assert_eq!(outcome.stdout, b"Hi");
    assert_eq!(outcome.status, 42);
    assert_eq!(outcome.instructions, 9 + 6);
}
