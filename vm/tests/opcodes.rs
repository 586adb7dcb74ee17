//! Semantics of every implemented opcode, with edge cases.

mod common;

use common::{FP, eval, run, run_input};
use valida_vm::Outcome;

/// Computes `op a, x, y` (register form) and `opi` with the immediate y.
fn alu(op: &str, x: u32, y: u32) -> (u32, u32) {
    let d = eval(&format!(
        "imm32 -4(fp), {x}\n imm32 -8(fp), {y}\n {op} -12(fp), -4(fp), -8(fp)\n {op}i -16(fp), -4(fp), {}",
        y as i32
    ));
    (d.slot(-12), d.slot(-16))
}

fn check(op: &str, x: u32, y: u32, want: u32) {
    let (r, i) = alu(op, x, y);
    assert_eq!(r, want, "{op} {x:#x}, {y:#x}");
    assert_eq!(i, want, "{op}i {x:#x}, {y:#x}");
}

#[test]
fn add_sub_mul_wrap() {
    check("add", 0xFFFF_FFFF, 2, 1);
    check("add", 5, 7, 12);
    check("sub", 0, 1, 0xFFFF_FFFF);
    check("sub", 10, 3, 7);
    check("mul", 0x10000, 0x10000, 0);
    check("mul", 0xFFFF_FFFF, 3, 0xFFFF_FFFD);
}

#[test]
fn division() {
    check("div", 7, 2, 3);
    check("div", 0xFFFF_FFFF, 2, 0x7FFF_FFFF);
    check("sdiv", (-7i32) as u32, 2, (-3i32) as u32);
    check("sdiv", 7, (-2i32) as u32, (-3i32) as u32);
    check("sdiv", 0x8000_0000, 1, 0x8000_0000);
    check("sdiv", 0x8000_0000, 2, 0xC000_0000);
}

#[test]
fn high_multiplies() {
    check("mulhu", 0xFFFF_FFFF, 0xFFFF_FFFF, 0xFFFF_FFFE);
    check("mulhu", 0x8000_0000, 2, 1);
    check("mulhs", 0xFFFF_FFFF, 0xFFFF_FFFF, 0);
    check("mulhs", 0x8000_0000, 2, 0xFFFF_FFFF);
    check("mulhs", 0x8000_0000, 0x8000_0000, 0x4000_0000);
    check("mulhs", 3, 0xFFFF_FFFF, 0xFFFF_FFFF);
}

#[test]
fn comparisons() {
    check("lt", 1, 0xFFFF_FFFF, 1);
    check("lt", 2, 2, 0);
    check("lte", 2, 2, 1);
    check("lte", 3, 2, 0);
    check("slt", 1, 0xFFFF_FFFF, 0);
    check("slt", 0xFFFF_FFFF, 1, 1);
    check("sle", 0xFFFF_FFFF, 0xFFFF_FFFF, 1);
    check("sle", 0, 0x8000_0000, 0);
    check("eq", 4, 4, 1);
    check("eq", 4, 5, 0);
    check("ne", 4, 5, 1);
    check("ne", 4, 4, 0);
}

#[test]
fn left_immediate_compares() {
    // d = 1: b is the immediate, the left operand.
    let d = eval(
        "imm32 -8(fp), 10\n ilt -4(fp), 5, -8(fp)\n ilt -12(fp), 20, -8(fp)\n ilte -16(fp), 10, -8(fp)\n \
         islt -20(fp), -1, -8(fp)\n isle -24(fp), 11, -8(fp)\n ilt -28(fp), -1, -8(fp)",
    );
    assert_eq!(d.slot(-4), 1);
    assert_eq!(d.slot(-12), 0);
    assert_eq!(d.slot(-16), 1);
    assert_eq!(d.slot(-20), 1);
    assert_eq!(d.slot(-24), 0);
    assert_eq!(d.slot(-28), 0, "unsigned: 0xffffffff < 10 is false");
}

#[test]
fn d_flag_ignored_outside_compares_and_both_immediates() {
    // add with d = 1 still reads b as a slot.
    let d = eval(
        "imm32 -8(fp), 40\n imm32 -12(fp), 2\n .insn 100, -4, -8, -12, 1, 0\n .insn 104, -16, 3, 5, 1, 1\n .insn 104, -20, 5, 3, 1, 1",
    );
    assert_eq!(d.slot(-4), 42);
    assert_eq!(d.slot(-16), 1);
    assert_eq!(d.slot(-20), 0);
}

#[test]
fn shifts_mask_to_five_bits() {
    check("shl", 1, 33, 2);
    check("shl", 1, 32, 1);
    check("shl", 3, 31, 0x8000_0000);
    check("shr", 0x8000_0000, 31, 1);
    check("shr", 0x8000_0000, 63, 1);
    check("sra", 0x8000_0000, 31, 0xFFFF_FFFF);
    check("sra", 0x4000_0000, 30, 1);
    check("sra", 0x8000_0000, 32, 0x8000_0000);
}

#[test]
fn bitwise() {
    check("and", 0xF0F0_F0F0, 0xFF00_FF00, 0xF000_F000);
    check("or", 0xF0F0_F0F0, 0x0F00_0000, 0xFFF0_F0F0);
    check("xor", 0xFFFF_0000, 0xFF00_FF00, 0x00FF_FF00);
}

#[test]
fn imm32_least_significant_byte_first() {
    let d = eval(
        "imm32 -4(fp), 120, 86, 52, 18\n imm32 -8(fp), 216, 255, 255, 255\n imm32 -12(fp), -40\n .insn 7, -16, 511, 0, 0, 0",
    );
    assert_eq!(d.slot(-4), 0x1234_5678);
    assert_eq!(d.slot(-8) as i32, -40);
    assert_eq!(d.slot(-12) as i32, -40);
    assert_eq!(d.slot(-16), 0xFF, "each operand truncated to 8 bits");
}

#[test]
fn loadfp() {
    let d = eval("loadfp -4(fp), 12\n loadfp -8(fp), -100");
    assert_eq!(d.slot(-4), FP + 12);
    assert_eq!(d.slot(-8), FP - 100);
}

#[test]
fn load_store_word() {
    let d = eval(
        "imm32 -4(fp), 0x20000\n imm32 -8(fp), 0xdeadbeef\n sw -4(fp), -8(fp)\n lw -12(fp), -4(fp)",
    );
    assert_eq!(d.word(0x20000), 0xDEAD_BEEF);
    assert_eq!(d.slot(-12), 0xDEAD_BEEF);
}

#[test]
fn byte_lanes() {
    let d = eval(
        "imm32 -4(fp), 0x20000\n imm32 -8(fp), 0x80ff7f01\n sw -4(fp), -8(fp)\n \
         loadu8 -12(fp), -4(fp)\n addi -16(fp), -4(fp), 2\n loadu8 -20(fp), -16(fp)\n loads8 -24(fp), -16(fp)\n \
         addi -16(fp), -4(fp), 1\n loads8 -28(fp), -16(fp)\n addi -16(fp), -4(fp), 3\n loads8 -32(fp), -16(fp)\n \
         imm32 -36(fp), 0x20004\n imm32 -40(fp), 0x1234\n addi -44(fp), -36(fp), 1\n storeu8 -44(fp), -40(fp)\n \
         addi -44(fp), -36(fp), 3\n storeu8 -44(fp), -40(fp)",
    );
    assert_eq!(d.slot(-12), 0x01);
    assert_eq!(d.slot(-20), 0xFF);
    assert_eq!(d.slot(-24), 0xFFFF_FFFF);
    assert_eq!(d.slot(-28), 0x7F);
    assert_eq!(d.slot(-32), 0xFFFF_FF80);
    assert_eq!(
        d.word(0x20004),
        0x3400_3400,
        "only the addressed byte changes"
    );
    assert_eq!(d.word(0x20000), 0x80FF_7F01);
}

#[test]
fn jal_stores_return_address_and_moves_fp() {
    let d = run(
        "    jal -16(fp), callee, -32\n    stop\ncallee:\n    loadfp -4(fp), 0\n    jalv -8(fp), 16(fp), 24(fp)\n",
    );
    // Return address written at old fp - 16 = new fp + 16.
    assert_eq!(d.slot(-16), 24);
    assert_eq!(d.slot(-36), FP - 32, "callee sees fp = FP - 32");
    // jalv 24(fp) holds 0 (fp delta 0): returns to 24 with fp unchanged.
    assert!(matches!(d.outcome, Outcome::Stopped { .. }));
    assert_eq!(d.machine.fp(), FP - 32);
}

#[test]
fn jalv_reads_after_writing_a() {
    // a == b: the return address written to the slot is then read as the
    // target, so control continues right after the jalv.
    let d = run(
        "    imm32 -8(fp), bad\n    imm32 -12(fp), 0\n    jalv -8(fp), -8(fp), -12(fp)\n    imm32 -16(fp), 7\n    stop\nbad:\n    fail\n",
    );
    assert_eq!(d.outcome, Outcome::Stopped { exit_code: 0 });
    assert_eq!(d.slot(-16), 7);
    assert_eq!(d.slot(-8), 72);
}

#[test]
fn jalv_relative_fp_and_return() {
    let d = run(
        "    imm32 -8(fp), target\n    imm32 -12(fp), -64\n    jalv -4(fp), -8(fp), -12(fp)\n    stop\n\
         target:\n    loadfp -4(fp), 0\n    imm32 -8(fp), 64\n    jalv -12(fp), 60(fp), -8(fp)\n",
    );
    assert_eq!(d.outcome, Outcome::Stopped { exit_code: 0 });
    assert_eq!(d.slot(-68), FP - 64);
    assert_eq!(d.slot(-4), 72, "return address of the first jalv");
    assert_eq!(d.machine.fp(), FP);
}

#[test]
fn branches() {
    let d = eval(
        "imm32 -4(fp), 5\n imm32 -8(fp), 5\n imm32 -12(fp), 6\n imm32 -16(fp), 0\n \
         beq l1, -4(fp), -8(fp)\n addi -16(fp), -16(fp), 1\nl1:\n \
         beq l2, -4(fp), -12(fp)\n addi -16(fp), -16(fp), 10\nl2:\n \
         bne l3, -4(fp), -12(fp)\n addi -16(fp), -16(fp), 100\nl3:\n \
         bne l4, -4(fp), -8(fp)\n addi -16(fp), -16(fp), 1000\nl4:\n \
         beqi l5, -4(fp), 5\n addi -16(fp), -16(fp), 10000\nl5:\n \
         bnei l6, -4(fp), 5\n addi -16(fp), -16(fp), 100000\nl6:\n \
         beqi l7, -4(fp), -1\n addi -16(fp), -16(fp), 1000000\nl7:",
    );
    assert_eq!(d.slot(-16), 1_101_010);
}

#[test]
fn read_advice_and_end_of_input() {
    let d = run_input(
        "advread -4(fp)\n advread -8(fp)\n advread -12(fp)\n stop\n",
        b"A\xff",
    );
    assert_eq!(d.slot(-4), 65);
    assert_eq!(d.slot(-8), 0xFF);
    assert_eq!(d.slot(-12), 0xFFFF_FFFF);
}

#[test]
fn write_outputs_low_byte() {
    let d = eval(
        "imm32 -4(fp), 0x141\n write 0, -4(fp), 0, 0, 1\n imm32 -4(fp), 10\n write 0, -4(fp), 0, 0, 1",
    );
    assert_eq!(d.output, b"A\n");
}

#[test]
fn stop_and_fail() {
    assert_eq!(run("stop").outcome, Outcome::Stopped { exit_code: 0 });
    assert_eq!(run("fail").outcome, Outcome::Failed);
    assert_eq!(run("fail").outcome.exit_status(), 1);
}

#[test]
fn exit_code_symbol() {
    let src = "    imm32 -4(fp), __valida_exit_code\n    imm32 -8(fp), 0x1234\n    sw -4(fp), -8(fp)\n    stop\n    .data\n__valida_exit_code:\n    .word 0\n";
    let d = run(src);
    assert_eq!(d.outcome, Outcome::Stopped { exit_code: 0x34 });
    assert_eq!(d.outcome.exit_status(), 0x34);
}

#[test]
fn memcpy_copies_bytes() {
    let d = eval(
        "imm32 -4(fp), 0x20001\n imm32 -8(fp), 0x30000\n imm32 -12(fp), 0x04030201\n sw -8(fp), -12(fp)\n \
         addi -16(fp), -8(fp), 4\n imm32 -12(fp), 0x08070605\n sw -16(fp), -12(fp)\n \
         imm32 -20(fp), 6\n memcpy -4(fp), -8(fp), -20(fp)\n imm32 -20(fp), 0\n memcpy -4(fp), -8(fp), -20(fp)",
    );
    assert_eq!(d.word(0x20000), 0x0302_0100);
    assert_eq!(d.word(0x20004), 0x0006_0504);
}

#[test]
fn keccakf_permutes_zero_state() {
    // Keccak-f[1600] of the all-zero state: lane 0 = 0xF1258F7940E1DDE7,
    // lane 1 = 0x84D5CCF933C0478A (the standard test vector).
    let d = eval("imm32 -4(fp), 0x20000\n keccakf 0, -4(fp)");
    assert_eq!(d.word(0x20000), 0x40E1_DDE7);
    assert_eq!(d.word(0x20004), 0xF125_8F79);
    assert_eq!(d.word(0x20008), 0x33C0_478A);
    assert_eq!(d.word(0x2000C), 0x84D5_CCF9);
    assert_eq!(d.word(0x200C8), 0, "the state is 200 bytes");
}

#[test]
fn keccakf_matches_crate_on_random_state() {
    let mut state = [0u64; 25];
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    let mut src = String::from("imm32 -4(fp), 0x20000\n");
    for (i, lane) in state.iter_mut().enumerate() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        *lane = x;
        for (half, v) in [(0, x as u32), (4, (x >> 32) as u32)] {
            src.push_str(&format!(
                "imm32 -8(fp), {}\n imm32 -12(fp), {v}\n sw -8(fp), -12(fp)\n",
                0x20000 + 8 * i + half
            ));
        }
    }
    src.push_str("keccakf 0, -4(fp)\n");
    let d = eval(&src);
    keccak::f1600(&mut state);
    for (i, lane) in state.iter().enumerate() {
        let addr = 0x20000 + 8 * i as u32;
        assert_eq!(
            u64::from(d.word(addr)) | u64::from(d.word(addr + 4)) << 32,
            *lane,
            "lane {i}"
        );
    }
}

#[test]
fn counts_per_instruction() {
    let d = run(
        "    imm32 -4(fp), 0\nloop:\n    addi -4(fp), -4(fp), 1\n    bnei loop, -4(fp), 10\n    stop\n",
    );
    assert_eq!(d.machine.steps(), 1 + 20 + 1);
}

#[test]
fn compiler_flag_bits_are_ignored() {
    // The public compiler sets d = e = 1 on JAL and e = 1 on LOAD32/LOADU8/
    // LOADS8/READ_ADVICE; the VM ignores them.
    let d = run_input(
        "    imm32 -4(fp), 0x20000\n    imm32 -8(fp), 0x1234\n    sw -4(fp), -8(fp)\n    .insn 1, -12, 0, -4, 0, 1\n\
         \x20   .insn 11, -16, 0, -4, 0, 1\n    .insn 9, -20, 0, 0, 0, 1\n    .insn 3, -32, 216, -32, 1, 1\n    stop\n    stop\n\
         f:\n    loadfp -4(fp), 0\n    stop\n",
        b"Z",
    );
    assert_eq!(d.outcome, Outcome::Stopped { exit_code: 0 });
    assert_eq!(d.slot(-12), 0x1234);
    assert_eq!(d.slot(-16), 0x34);
    assert_eq!(d.slot(-20), u32::from(b'Z'));
    assert_eq!(
        d.slot(-36),
        FP - 32,
        "jal with d = e = 1 reached f with fp - 32"
    );
}

#[test]
fn unaligned_slots_are_separate_cells() {
    // v1.0 keys memory by the address as given: the word at fp-3 is its own
    // cell, independent of the aligned words at fp-4 and fp-8 and of their
    // bytes.
    let d = eval(
        "imm32 -4(fp), 0x11223344\n imm32 -8(fp), 0x55667788\n imm32 -3(fp), 0xAABBCCDD\n \
         addi -12(fp), -3(fp), 1\n addi -16(fp), -4(fp), 0\n addi -20(fp), -8(fp), 0",
    );
    assert_eq!(d.slot(-12), 0xAABB_CCDE);
    assert_eq!(d.slot(-16), 0x1122_3344);
    assert_eq!(d.slot(-20), 0x5566_7788);
    // Byte loads see the aligned cells only.
    let d = eval(
        "imm32 -3(fp), 0xAABBCCDD\n loadfp -8(fp), -3\n loadu8 -12(fp), -8(fp)\n loadfp -16(fp), -2\n loadu8 -20(fp), -16(fp)",
    );
    assert_eq!(d.slot(-12), 0);
    assert_eq!(d.slot(-20), 0);
}

#[test]
fn calls_may_leave_fp_unaligned() {
    // jal moves fp by 2; the callee's slots are then unaligned cells; the
    // return (jalv with -2) brings fp back.
    let d = eval(
        "imm32 -4(fp), 7\n jal -8(fp), callee, -2\n beq done, 0(fp), 0(fp)\n\
         callee:\n imm32 -12(fp), -1\n imm32 -16(fp), 0\n addi -20(fp), -16(fp), 35\n\
         imm32 -24(fp), 2\n jalv -28(fp), -6(fp), -24(fp)\n\
         done:\n addi -32(fp), -4(fp), 0",
    );
    assert_eq!(d.slot(-32), 7);
    assert_eq!(d.machine.fp(), FP);
}

#[test]
fn memcpy_overlap_follows_the_v1_access_order() {
    // dst = src + 1, 9 bytes "012345678": 3 head bytes byte by byte, then
    // one destination word built from two source words read before the
    // write, then 1 tail byte (not a byte-by-byte smear).
    let d = eval(
        "imm32 -4(fp), 0x20000\n imm32 -8(fp), 0x33323130\n sw -4(fp), -8(fp)\n \
         addi -12(fp), -4(fp), 4\n imm32 -8(fp), 0x37363534\n sw -12(fp), -8(fp)\n \
         addi -12(fp), -4(fp), 8\n imm32 -8(fp), 0x38\n sw -12(fp), -8(fp)\n \
         addi -16(fp), -4(fp), 1\n imm32 -20(fp), 9\n memcpy -16(fp), -4(fp), -20(fp)",
    );
    assert_eq!(d.word(0x20000), u32::from_le_bytes(*b"0000"));
    assert_eq!(d.word(0x20004), u32::from_le_bytes(*b"0456"));
    assert_eq!(d.word(0x20008), u32::from_le_bytes(*b"66\0\0"));
}
