//! The JIT (`valida run --jit`) against the interpreter, its oracle: on
//! random instruction streams (every compiled kind, pointers that are
//! unaligned or out of range, calls and computed returns, zero divisors,
//! fp near the ends of memory, any step limit) both give the same outcome
//! (trap kind, pc, instruction), output, instruction count,
//! per-instruction counts and memory.
#![cfg(all(feature = "jit", target_arch = "x86_64"))]

mod common;

use common::FP;
use proptest::prelude::*;
use valida_vm::isa::RawInstr;
use valida_vm::jit::Compiled;
use valida_vm::program::Program;
use valida_vm::{Io, Machine, Outcome, RunOptions};

const SLOTS: [i32; 8] = [-4, -8, -12, -16, -20, -24, 4, 8];

/// Mostly aligned slots; now and then an unaligned one (a cell of its own
/// for the memory model, which compiled code leaves to the interpreter).
fn slot() -> impl Strategy<Value = i32> {
    prop_oneof![40 => prop::sample::select(SLOTS.to_vec()), 1 => Just(-6)]
}

fn imm() -> impl Strategy<Value = i32> {
    prop_oneof![
        Just(0i32),
        Just(1),
        Just(-1),
        Just(i32::MIN),
        Just(24),
        Just(48),
        -40i32..40,
        any::<i32>(),
    ]
}

/// Random instructions over a few slots, with jumps inside and just past
/// the code.
fn code(len: usize) -> impl Strategy<Value = Vec<RawInstr>> {
    let target = (0..len as i32 + 2).prop_map(|i| i * 24);
    let alu_op = prop::sample::select(vec![
        100u32, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116,
        117, 118,
    ]);
    let r = RawInstr::new;
    let one = prop_oneof![
        4 => (alu_op.clone(), slot(), slot(), slot()).prop_map(move |(op, a, b, c)| r(op, a, b, c, 0, 0)),
        4 => (alu_op, slot(), slot(), imm()).prop_map(move |(op, a, b, c)| r(op, a, b, c, 0, 1)),
        1 => (prop::sample::select(vec![104u32, 115, 117, 118]), slot(), imm(), slot())
            .prop_map(move |(op, a, b, c)| r(op, a, b, c, 1, 0)),
        2 => (slot(), imm()).prop_map(move |(a, v)| r(7, a, v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >> 24) & 0xff)),
        // pointers into the frame, some unaligned
        2 => (slot(), -40i32..40).prop_map(move |(a, off)| r(10, a, off, 0, 0, 0)),
        1 => (slot(), slot()).prop_map(move |(a, c)| r(1, a, 0, c, 0, 0)),
        1 => (slot(), slot()).prop_map(move |(b, c)| r(2, 0, b, c, 0, 0)),
        1 => (slot(), slot()).prop_map(move |(a, c)| r(11, a, 0, c, 0, 0)),
        1 => (slot(), slot()).prop_map(move |(a, c)| r(12, a, 0, c, 0, 0)),
        1 => (slot(), slot()).prop_map(move |(b, c)| r(13, 0, b, c, 0, 0)),
        1 => (target.clone(), slot(), slot(), any::<bool>())
            .prop_map(move |(t, b, c, eq)| r(if eq { 5 } else { 6 }, t, b, c, 0, 0)),
        1 => (target.clone(), slot(), imm(), any::<bool>())
            .prop_map(move |(t, b, k, eq)| r(if eq { 5 } else { 6 }, t, b, k, 0, 1)),
        // calls: a frame further down, and back up through jalv
        1 => (slot(), target.clone(), prop::sample::select(vec![-32i32, -16, 16, 0, -4000]))
            .prop_map(move |(a, t, d)| r(3, a, t, d, 0, 0)),
        1 => (slot(), slot(), slot()).prop_map(move |(a, b, c)| r(4, a, b, c, 0, 0)),
        1 => slot().prop_map(move |b| r(300, 0, b, 0, 0, 1)),
        1 => slot().prop_map(move |a| r(9, a, 0, 0, 0, 0)),
    ];
    proptest::collection::vec(one, 1..len).prop_map(|mut code| {
        code.push(RawInstr::new(8, 0, 0, 0, 0, 0));
        code
    })
}

/// Long runs of ALU ops over five slots, so that blocks hold their slots
/// in registers (a slot needs three uses in a block, and a block with more
/// than one load or store per eight instructions keeps its slots in
/// memory): every op and operand form, destinations equal to either
/// source, now and then a pointer into the frame, a load, a store, a
/// zero divisor, and branches back.
fn alu_code(len: usize) -> impl Strategy<Value = Vec<RawInstr>> {
    let slot = || prop::sample::select(vec![-4i32, -8, -12, -16, 4]);
    let target = (0..len as i32 + 1).prop_map(|i| i * 24);
    let alu_op = prop::sample::select((100u32..=118).collect::<Vec<_>>());
    let r = RawInstr::new;
    let one = prop_oneof![
        12 => (alu_op.clone(), slot(), slot(), slot()).prop_map(move |(op, a, b, c)| r(op, a, b, c, 0, 0)),
        8 => (alu_op, slot(), slot(), imm()).prop_map(move |(op, a, b, c)| r(op, a, b, c, 0, 1)),
        1 => (prop::sample::select(vec![104u32, 115, 117, 118]), slot(), imm(), slot())
            .prop_map(move |(op, a, b, c)| r(op, a, b, c, 1, 0)),
        2 => (slot(), imm()).prop_map(move |(a, v)| r(7, a, v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >> 24) & 0xff)),
        1 => (slot(), prop::sample::select(vec![-4i32, -8, -12, -16, 4, -20, -6])).prop_map(move |(a, off)| r(10, a, off, 0, 0, 0)),
        1 => (slot(), slot()).prop_map(move |(a, c)| r(1, a, 0, c, 0, 0)),
        1 => (slot(), slot()).prop_map(move |(b, c)| r(2, 0, b, c, 0, 0)),
        1 => (target, slot(), imm(), any::<bool>())
            .prop_map(move |(t, b, k, eq)| r(if eq { 5 } else { 6 }, t, b, k, 0, 1)),
    ];
    proptest::collection::vec(one, 1..len).prop_map(|mut code| {
        code.push(RawInstr::new(8, 0, 0, 0, 0, 0));
        code
    })
}

type Observed = (Outcome, Vec<u8>, u64, Vec<u64>, Vec<u8>);

fn run(code: &[RawInstr], options: &RunOptions, jit: bool) -> Observed {
    let program = Program {
        code: code.to_vec(),
        ..Program::default()
    };
    let mut m = Machine::new(program, options).expect("machine");
    let (mut input, mut output) = (&b"ab"[..], Vec::new());
    let mut io = Io::new(&mut input, &mut output);
    let outcome = if jit {
        let compiled = Compiled::new(&m, options.count_instructions).expect("compiles");
        compiled.run(&mut m, &mut io).expect("run")
    } else {
        m.run(&mut io).expect("run")
    };
    let fp = options.initial_fp;
    let lo = fp.saturating_sub(8192);
    let hi = fp.saturating_add(256).min(valida_vm::memory::MEM_LIMIT);
    let memory = m
        .memory()
        .slice(lo, hi - lo)
        .expect("frame region")
        .to_vec();
    let report = m.report(outcome.clone(), output, std::time::Instant::now());
    (outcome, report.output, m.steps(), report.pc_counts, memory)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn jit_matches_the_interpreter(code in code(24), max_steps in prop_oneof![0u64..400, Just(100_000u64)], count in any::<bool>()) {
        let options = RunOptions { max_steps, initial_fp: FP, count_instructions: count };
        prop_assert_eq!(run(&code, &options, true), run(&code, &options, false));
    }

    #[test]
    fn blocks_holding_slots_in_registers_match_the_interpreter(code in alu_code(40), max_steps in prop_oneof![0u64..200, Just(100_000u64)]) {
        let options = RunOptions { max_steps, initial_fp: FP, count_instructions: true };
        prop_assert_eq!(run(&code, &options, true), run(&code, &options, false));
    }

    #[test]
    fn jit_matches_the_interpreter_at_the_ends_of_memory(
        code in code(12),
        max_steps in 0u64..200,
        fp in prop::sample::select(vec![8u32, 24, 4096, 0x3BFF_FFF8, 0x3BFF_FFE0, 0x3BFF_F000]),
    ) {
        // Some frames are partly outside memory: compiled code must leave
        // to the interpreter's checked mode there.
        let options = RunOptions { max_steps, initial_fp: fp, count_instructions: true };
        prop_assert_eq!(run(&code, &options, true), run(&code, &options, false));
    }
}

fn asm_program(src: &str) -> Program {
    valida_vm::asm::assemble::assemble(src)
        .expect("assembles")
        .to_program()
}

fn run_src(src: &str, options: &RunOptions, jit: bool) -> (Outcome, u64) {
    let mut m = Machine::new(asm_program(src), options).expect("machine");
    let (mut input, mut output) = (&[][..], Vec::new());
    let mut io = Io::new(&mut input, &mut output);
    let outcome = if jit {
        let compiled = Compiled::new(&m, false).expect("compiles");
        compiled.run(&mut m, &mut io).expect("run")
    } else {
        m.run(&mut io).expect("run")
    };
    (outcome, m.steps())
}

#[test]
fn step_limits_are_exact_inside_compiled_blocks() {
    // fib(15) through calls and computed returns, stopped at every step
    // count in a range that crosses many block boundaries.
    let src = valida_vm::bench::recursive_fib(15);
    let full = run_src(&src, &RunOptions::default(), false);
    assert!(matches!(full.0, Outcome::Stopped { .. }));
    for max_steps in (0..2000).chain([full.1 - 1, full.1, full.1 + 1]) {
        let options = RunOptions {
            max_steps,
            count_instructions: false,
            ..RunOptions::default()
        };
        assert_eq!(
            run_src(&src, &options, true),
            run_src(&src, &options, false),
            "max_steps {max_steps}"
        );
    }
}

#[test]
fn the_benchmark_programs_run_the_same() {
    for src in [
        valida_vm::bench::counting_loop(100_000),
        valida_vm::bench::recursive_fib(20),
        valida_vm::bench::memory_loop(100_000),
    ] {
        let options = RunOptions::default();
        assert_eq!(
            run_src(&src, &options, true),
            run_src(&src, &options, false)
        );
    }
}

#[test]
fn pointers_into_a_loop_held_in_registers_see_and_change_its_slots() {
    // The loop keeps -4(fp) and -12(fp) in registers; the store through
    // -8(fp) = &-4(fp) changes the counter behind its back, and the load
    // reads it back: compiled code must leave to the interpreter there.
    let src = "_start:
    imm32 -4(fp), 0
    loadfp -8(fp), -4
loop:
    addi -4(fp), -4(fp), 1
    addi -12(fp), -4(fp), 5
    sw -8(fp), -12(fp)
    lw -20(fp), -8(fp)
    lti -16(fp), -20(fp), 100
    bnei loop, -16(fp), 0
    write 0, -4(fp), 0, 0, 1
    stop
";
    let interp = run_src(src, &RunOptions::default(), false);
    assert_eq!(interp.1, 2 + 17 * 6 + 2, "the counter steps by 6");
    assert_eq!(run_src(src, &RunOptions::default(), true), interp);
}

#[test]
fn unrolled_loops_count_and_stop_exactly() {
    // A four-instruction loop on itself (run four copies per budget check).
    // With zero_at 40 it leaves compiled code from inside a copy (its
    // divisor reaches zero at the 40th iteration); with 5000 it ends after
    // 1000 iterations, between copies. Every step limit up to past the
    // end, with and without per-instruction counts, gives the
    // interpreter's outcome, count, counts per instruction and memory.
    for (zero_at, steps) in [(40u64, 3 + 39 * 4 + 2), (5000, 3 + 1000 * 4 + 1)] {
        let src = format!(
            "_start:
    imm32 -4(fp), 0
    imm32 -8(fp), 1000
    imm32 -20(fp), {zero_at}
loop:
    addi -4(fp), -4(fp), 1
    sub -16(fp), -20(fp), -4(fp)
    div -24(fp), -8(fp), -16(fp)
    bnei loop, -4(fp), 1000
    stop
"
        );
        let code = asm_program(&src).code;
        let full = run(&code, &RunOptions::default(), false);
        assert_eq!(full.2, steps, "{:?}", full.0);
        if zero_at == 40 {
            assert!(
                matches!(&full.0, Outcome::Trapped(t) if t.kind == valida_vm::TrapKind::DivideByZero),
                "{:?}",
                full.0
            );
        }
        for count in [false, true] {
            for max_steps in (0..full.2 + 3).chain([u64::MAX]) {
                let options = RunOptions {
                    max_steps,
                    initial_fp: FP,
                    count_instructions: count,
                };
                assert_eq!(
                    run(&code, &options, true),
                    run(&code, &options, false),
                    "zero at {zero_at} max_steps {max_steps} counting {count}"
                );
            }
        }
    }
}

#[test]
fn a_compare_and_the_branch_on_its_result_agree_with_the_interpreter() {
    // Compiled code branches on the compare's flags when a branch tests
    // its result against 0 right after it: every compare, both operand
    // forms, both branches, operands below, equal and above, signed and
    // unsigned, and a branch testing another slot (no fusion).
    let values: [(u32, u32); 6] = [(1, 2), (2, 1), (2, 2), (u32::MAX, 1), (1, u32::MAX), (0, 0)];
    for op in ["lt", "lte", "slt", "sle", "eq", "ne"] {
        for imm in [false, true] {
            for branch in ["beqi", "bnei"] {
                for tested in ["-12(fp)", "-4(fp)"] {
                    for (x, y) in values {
                        let compare = if imm {
                            format!("{op}i -12(fp), -4(fp), {y}")
                        } else {
                            format!("{op} -12(fp), -4(fp), -8(fp)")
                        };
                        let src = format!(
                            "_start:
    imm32 -4(fp), {x}
    imm32 -8(fp), {y}
    {compare}
    {branch} taken, {tested}, 0
    imm32 -16(fp), 1
    stop
taken:
    imm32 -16(fp), 2
    stop
"
                        );
                        let code = asm_program(&src).code;
                        let options = RunOptions {
                            initial_fp: FP,
                            ..RunOptions::default()
                        };
                        let interp = run(&code, &options, false);
                        assert!(matches!(interp.0, Outcome::Stopped { .. }), "{src}");
                        assert_eq!(run(&code, &options, true), interp, "{src}");
                    }
                }
            }
        }
    }
}

/// Runs `src` with and without compiled code at every step limit up to
/// past its end (and unlimited), with and without per-instruction counts:
/// same outcome, output, count, counts per instruction and memory.
fn agrees_at_every_step_limit(src: &str) -> Observed {
    let code = asm_program(src).code;
    let at_fp = RunOptions {
        initial_fp: FP,
        ..RunOptions::default()
    };
    let full = run(&code, &at_fp, false);
    for count in [false, true] {
        for max_steps in (0..full.2 + 3).chain([u64::MAX]) {
            let options = RunOptions {
                max_steps,
                initial_fp: FP,
                count_instructions: count,
            };
            assert_eq!(
                run(&code, &options, true),
                run(&code, &options, false),
                "max_steps {max_steps} counting {count}\n{src}"
            );
        }
    }
    full
}

#[test]
fn pointers_onto_slots_a_block_holds_in_registers_see_and_change_them() {
    // Blocks inside a loop keep their most used slots (-4, -12, -16, -20
    // here) in registers, written back only when the block is left. A
    // store through a pointer onto one of them (dirty: -4, or only read so
    // far: -20), a load through a pointer onto a dirty one, and pointers
    // next to them (onto -8 and -24, between and beside the held slots,
    // which must not disturb them) all give the interpreter's memory and
    // output.
    for (ptr, load_from) in [(-4, -4), (-20, -12), (-8, -16), (-24, -24), (-4, -20)] {
        let src = format!(
            "_start:
    imm32 8(fp), 2
top:
    imm32 -4(fp), 7
    imm32 -8(fp), 100
    imm32 -20(fp), 1000
    imm32 -24(fp), 5000
    loadfp -28(fp), {ptr}
    loadfp -32(fp), {load_from}
    addi -4(fp), -4(fp), 1
    add -12(fp), -4(fp), -20(fp)
    addi -16(fp), -12(fp), 3
    add -12(fp), -12(fp), -16(fp)
    sub -16(fp), -16(fp), -4(fp)
    xor -12(fp), -12(fp), -4(fp)
    sw -28(fp), -12(fp)
    add -4(fp), -4(fp), -20(fp)
    add -16(fp), -16(fp), -4(fp)
    mul -12(fp), -12(fp), -16(fp)
    addi -20(fp), -20(fp), 9
    add -4(fp), -4(fp), -16(fp)
    lw -36(fp), -32(fp)
    add -16(fp), -16(fp), -36(fp)
    add -12(fp), -12(fp), -16(fp)
    add -4(fp), -4(fp), -20(fp)
    add -16(fp), -16(fp), -4(fp)
    sub -20(fp), -20(fp), -12(fp)
    addi 8(fp), 8(fp), -1
    bnei top, 8(fp), 0
    write 0, -4(fp), 0, 0, 1
    write 0, -12(fp), 0, 0, 1
    write 0, -16(fp), 0, 0, 1
    write 0, -20(fp), 0, 0, 1
    write 0, -36(fp), 0, 0, 1
    stop
"
        );
        let full = agrees_at_every_step_limit(&src);
        assert!(matches!(full.0, Outcome::Stopped { .. }), "{:?}", full.0);
        assert_eq!(full.2, 1 + 2 * 26 + 6, "the loop twice");
    }
}

#[test]
fn traps_inside_a_block_holding_slots_in_registers_find_them_in_memory() {
    // A zero divisor and loads and stores through an out-of-range pointer
    // after a block in a loop has changed slots it holds in registers: the
    // interpreter takes over at the trapping instruction with every earlier
    // write in memory.
    for trap in [
        "div -8(fp), -4(fp), -24(fp)",
        "lw -8(fp), -28(fp)",
        "sw -28(fp), -4(fp)",
    ] {
        let src = format!(
            "_start:
    imm32 8(fp), 2
top:
    imm32 -4(fp), 7
    imm32 -12(fp), 3
    imm32 -24(fp), 0
    imm32 -28(fp), 0x7ffffff0
    addi -4(fp), -4(fp), 1
    add -12(fp), -4(fp), -12(fp)
    mul -16(fp), -12(fp), -4(fp)
    add -4(fp), -4(fp), -16(fp)
    xor -12(fp), -12(fp), -16(fp)
    addi -16(fp), -16(fp), 5
    add -4(fp), -4(fp), -12(fp)
    sub -12(fp), -12(fp), -4(fp)
    add -16(fp), -16(fp), -12(fp)
    {trap}
    add -4(fp), -4(fp), -16(fp)
    addi 8(fp), 8(fp), -1
    bnei top, 8(fp), 0
    stop
"
        );
        let full = agrees_at_every_step_limit(&src);
        assert!(
            matches!(full.0, Outcome::Trapped(_)),
            "{trap}: {:?}",
            full.0
        );
    }
}

#[test]
fn a_pointer_tested_once_is_tested_again_after_it_changes() {
    // In a loop block (seven slots: not a loop held in registers as a
    // whole), the second access through -12(fp) after it was moved (out of
    // memory, onto a held slot, to an unaligned address, low) must see the
    // new pointer, not the first test.
    for moved in [
        "addi -12(fp), -12(fp), 0x3c000000",
        "loadfp -12(fp), -4",
        "addi -12(fp), -12(fp), 2",
        "imm32 -12(fp), 4",
    ] {
        let src = format!(
            "_start:
    imm32 8(fp), 2
top:
    imm32 -4(fp), 7
    imm32 -20(fp), 1
    imm32 -24(fp), 2
    loadfp -12(fp), -64
    add -4(fp), -4(fp), -4(fp)
    lw -8(fp), -12(fp)
    add -4(fp), -4(fp), -8(fp)
    sw -12(fp), -4(fp)
    {moved}
    add -4(fp), -4(fp), -12(fp)
    sw -12(fp), -4(fp)
    lw -16(fp), -12(fp)
    add -4(fp), -4(fp), -16(fp)
    addi 8(fp), 8(fp), -1
    bnei top, 8(fp), 0
    write 0, -4(fp), 0, 0, 1
    stop
"
        );
        agrees_at_every_step_limit(&src);
    }
}

#[test]
fn one_range_test_for_accesses_at_offsets_from_one_pointer_is_exact() {
    // In a loop block holding slots in registers, accesses through one
    // base pointer plus constants (`addi p2, p1, k`) are tested once, as a
    // range, at the first of them. A later one that would leave memory,
    // land on a held slot (-4), or go through a slot a store has just
    // overwritten (-36: used twice, not held) must still be executed as
    // the interpreter does.
    for (setup, late, far) in [
        ("loadfp -44(fp), -200", "", 40),
        ("loadfp -44(fp), -200", "", 196),
        ("loadfp -44(fp), -200", "", 4000),
        ("imm32 -44(fp), 0x3bfffff0", "", 16),
        ("imm32 -44(fp), 0x3bfffff0", "", -8),
        ("imm32 -44(fp), 16", "", -16),
        (
            "loadfp -44(fp), -200\n    loadfp -48(fp), -36\n    imm32 -52(fp), 0x7ffffff0",
            "sw -48(fp), -52(fp)",
            40,
        ),
        (
            "loadfp -44(fp), -200\n    loadfp -48(fp), -36\n    loadfp -52(fp), -8",
            "sw -48(fp), -52(fp)",
            40,
        ),
    ] {
        let src = format!(
            "_start:
    imm32 8(fp), 3
    {setup}
top:
    imm32 -4(fp), 7
    addi -4(fp), -4(fp), 1
    add -8(fp), -4(fp), -4(fp)
    add -4(fp), -4(fp), -8(fp)
    sw -44(fp), -4(fp)
    addi -12(fp), -44(fp), 4
    lw -16(fp), -12(fp)
    add -4(fp), -4(fp), -16(fp)
    addi -20(fp), -44(fp), {far}
    sw -20(fp), -4(fp)
    addi -24(fp), -20(fp), -8
    lw -28(fp), -24(fp)
    add -4(fp), -4(fp), -28(fp)
    loadu8 -32(fp), -24(fp)
    addi -36(fp), -24(fp), 1
    {late}
    loadu8 -40(fp), -36(fp)
    add -4(fp), -4(fp), -40(fp)
    add -8(fp), -8(fp), -4(fp)
    addi 8(fp), 8(fp), -1
    bnei top, 8(fp), 0
    write 0, -4(fp), 0, 0, 1
    write 0, -8(fp), 0, 0, 1
    stop
"
        );
        agrees_at_every_step_limit(&src);
    }
}

#[test]
fn a_return_remembered_by_its_jalv_still_checks_what_changed() {
    // Each JALV remembers its last target; a hit skips the target and
    // stack checks only for a fp delta that is a multiple of 4 in
    // [0, 2^30), and adds the delta it remembered. The last of three calls
    // returns with a changed target or delta (another good delta,
    // unaligned, huge, negative; another block, not an instruction
    // boundary, outside the code): the same outcome as interpreted, at
    // every step limit.
    for change in [
        "",
        "addi 8(fp), 8(fp), 4",
        "addi 8(fp), 8(fp), 2",
        "imm32 8(fp), 0x40000000",
        "imm32 8(fp), 0x3bfffff0",
        "imm32 8(fp), -48",
        "imm32 0(fp), done",
        "imm32 0(fp), 196",
        "imm32 0(fp), 0x10000",
    ] {
        let src = format!(
            "_start:
    imm32 -16(fp), 24
    imm32 -40(fp), 3
again:
    addi -12(fp), -40(fp), 0
    jal -24(fp), f, -24
    addi -44(fp), -44(fp), 5
    addi -40(fp), -40(fp), -1
    slti -48(fp), -40(fp), 1
    beqi again, -48(fp), 0
done:
    write 0, -44(fp), 0, 0, 1
    stop
f:
    bnei back, 12(fp), 1
    {change}
back:
    jalv -4(fp), 0(fp), 8(fp)
"
        );
        agrees_at_every_step_limit(&src);
    }
}
