//! Every trap: kind, pc, instruction text, function, exit status, and that
//! output written before the trap is kept.

mod common;

use std::collections::HashSet;

use common::{FP, run, run_with};
use valida_vm::{RunOptions, TrapKind};

fn trap_of(src: &str) -> valida_vm::Trap {
    let d = run(src);
    d.outcome
        .trap()
        .cloned()
        .unwrap_or_else(|| panic!("expected a trap, got {:?}", d.outcome))
}

#[test]
fn divide_by_zero() {
    let t = trap_of("main:\n    imm32 -4(fp), 7\n    div -8(fp), -4(fp), -12(fp)\n    stop\n");
    assert_eq!(t.kind, TrapKind::DivideByZero);
    assert_eq!(t.pc, 24);
    assert_eq!(t.instruction, "div -8(fp), -4(fp), -12(fp)");
    assert_eq!(t.function.as_deref(), Some("main+24"));
    assert!(t.detail.contains("divisor 0x0"), "{}", t.detail);
    assert_eq!(
        trap_of("sdivi -8(fp), -4(fp), 0\n").kind,
        TrapKind::DivideByZero
    );
    assert_eq!(
        trap_of("divi -8(fp), -4(fp), 0\n").kind,
        TrapKind::DivideByZero
    );
}

#[test]
fn divide_overflow() {
    let t = trap_of(
        "imm32 -4(fp), 0x80000000\n imm32 -8(fp), -1\n sdiv -12(fp), -4(fp), -8(fp)\n stop\n",
    );
    assert_eq!(t.kind, TrapKind::DivideOverflow);
    assert_eq!(t.pc, 48);
    // Unsigned division of the same values is fine.
    let d =
        run("imm32 -4(fp), 0x80000000\n imm32 -8(fp), -1\n div -12(fp), -4(fp), -8(fp)\n stop\n");
    assert_eq!(d.slot(-12), 0);
}

#[test]
fn misaligned_accesses() {
    let t = trap_of("imm32 -4(fp), 0x20002\n lw -8(fp), -4(fp)\n stop\n");
    assert_eq!(t.kind, TrapKind::MisalignedAccess);
    assert!(t.detail.contains("pointer 0x20002"), "{}", t.detail);
    assert_eq!(
        trap_of("imm32 -4(fp), 0x20001\n sw -4(fp), -8(fp)\n").kind,
        TrapKind::MisalignedAccess
    );
    // Slots of the instructions v1.0 asserts aligned (LOAD32, LOADU8,
    // LOADS8, STORE32, STOREU8, MEMCPY) trap when unaligned.
    for src in [
        "imm32 -4(fp), 0x20000\n lw -7(fp), -4(fp)\n",
        "imm32 -4(fp), 0x20000\n lw -8(fp), -3(fp)\n",
        "imm32 -4(fp), 0x20000\n loadu8 -7(fp), -4(fp)\n",
        "imm32 -4(fp), 0x20000\n loads8 -8(fp), -3(fp)\n",
        "imm32 -4(fp), 0x20000\n sw -3(fp), -4(fp)\n",
        "imm32 -4(fp), 0x20000\n storeu8 -4(fp), -5(fp)\n",
        "imm32 -4(fp), 0x20000\n memcpy -4(fp), -4(fp), -6(fp)\n",
    ] {
        assert_eq!(trap_of(src).kind, TrapKind::MisalignedAccess, "{src}");
    }
    // Everything else uses an unaligned slot as its own cell (no trap),
    // and a call may leave fp unaligned.
    for src in [
        "addi -3(fp), -8(fp), 1\n stop\n",
        "jal -8(fp), 24, -6\n stop\n",
        "imm32 -4(fp), 72\n imm32 -8(fp), -2\n jalv -12(fp), -4(fp), -8(fp)\n stop\n",
        "imm32 -4(fp), 0x20002\n keccakf 0, -4(fp)\n stop\n",
    ] {
        assert!(run(src).outcome.trap().is_none(), "{src}");
    }
    // Byte accesses may use any address.
    let d = run("imm32 -4(fp), 0x20003\n loadu8 -8(fp), -4(fp)\n storeu8 -4(fp), -8(fp)\n stop\n");
    assert!(d.outcome.trap().is_none());
}

#[test]
fn address_out_of_range() {
    for src in [
        "imm32 -4(fp), 0x3c000000\n lw -8(fp), -4(fp)\n",
        "imm32 -4(fp), 0xfffffffc\n sw -4(fp), -8(fp)\n",
        "imm32 -4(fp), 0x3c000000\n storeu8 -4(fp), -8(fp)\n",
        "imm32 -4(fp), 0x3c000000\n loads8 -8(fp), -4(fp)\n",
        "imm32 -4(fp), 0x3bffffff\n imm32 -8(fp), 0x10000\n imm32 -12(fp), 2\n memcpy -4(fp), -8(fp), -12(fp)\n",
        "imm32 -4(fp), 0x3bffff40\n keccakf 0, -4(fp)\n",
    ] {
        assert_eq!(trap_of(src).kind, TrapKind::AddressOutOfRange, "{src}");
    }
    // The last byte is addressable.
    let d = run(
        "imm32 -4(fp), 0x3bffffff\n storeu8 -4(fp), -4(fp)\n loadu8 -8(fp), -4(fp)\n imm32 -12(fp), 0x3bfffffc\n lw -16(fp), -12(fp)\n stop\n",
    );
    assert!(d.outcome.trap().is_none(), "{:?}", d.outcome);
    assert_eq!(d.slot(-16), 0xFF00_0000);
}

#[test]
fn frame_slot_out_of_range_at_top_of_memory() {
    // The default fp 0x3BFFFFF8: 4(fp) is the last word, 8(fp) is past the end.
    let options = RunOptions {
        max_steps: 1000,
        ..RunOptions::default()
    };
    let d = run_with("imm32 4(fp), 1\n imm32 8(fp), 1\n stop\n", b"", options);
    let t = d.outcome.trap().expect("trap");
    assert_eq!(t.kind, TrapKind::AddressOutOfRange);
    assert_eq!(t.pc, 24);
    // Wrapping below address 0.
    let options = RunOptions {
        max_steps: 1000,
        initial_fp: 8,
        count_instructions: false,
    };
    let d = run_with("imm32 -8(fp), 1\n imm32 -12(fp), 1\n stop\n", b"", options);
    assert_eq!(
        d.outcome.trap().map(|t| (t.kind, t.pc)),
        Some((TrapKind::AddressOutOfRange, 24))
    );
}

#[test]
fn checked_and_fast_modes_agree_across_calls() {
    // Starts near the top (checked mode), calls down into the window and
    // back: results must be the same as from a low fp.
    let src = "    imm32 -16(fp), 24\n    imm32 -12(fp), 20\n    jal -24(fp), f, -24\n    addi -4(fp), -20(fp), 0\n    stop\n\
               f:\n    muli 4(fp), 12(fp), 3\n    addi 4(fp), 4(fp), 1000\n    jalv -4(fp), 0(fp), 8(fp)\n";
    for fp in [0x3BFF_FFF8, FP, 0x40] {
        let d = run_with(
            src,
            b"",
            RunOptions {
                max_steps: 1000,
                initial_fp: fp,
                count_instructions: true,
            },
        );
        assert!(d.outcome.trap().is_none(), "fp {fp:#x}: {:?}", d.outcome);
        assert_eq!(
            d.machine.memory().read_word(fp - 4).ok(),
            Some(1060),
            "fp {fp:#x}"
        );
        assert_eq!(d.machine.steps(), 8);
    }
}

#[test]
fn pc_out_of_code() {
    // Falling off the end.
    let t = trap_of("imm32 -4(fp), 1\n");
    assert_eq!((t.kind, t.pc), (TrapKind::PcOutOfCode, 24));
    assert_eq!(t.instruction, "<outside code>");
    // A static branch target beyond the code, only when taken.
    let d = run("beqi 2400, -4(fp), 1\n stop\n");
    assert!(d.outcome.trap().is_none());
    let t = trap_of("beqi 2400, -4(fp), 0\n stop\n");
    assert_eq!((t.kind, t.pc), (TrapKind::PcOutOfCode, 2400));
    let t = trap_of("jal -8(fp), 0xfffffff0, -16\n");
    assert_eq!((t.kind, t.pc), (TrapKind::PcOutOfCode, 0xFFFF_FFF0));
    // A dynamic target.
    let t = trap_of("imm32 -4(fp), 0x100000\n jalv -8(fp), -4(fp), -12(fp)\n");
    assert_eq!((t.kind, t.pc), (TrapKind::PcOutOfCode, 0x100000));
    assert!(t.detail.contains("jump from pc 0x18"), "{}", t.detail);
}

#[test]
fn unknown_and_unsupported_opcodes() {
    let t = trap_of(".insn 99, 0, 0, 0, 0, 0\n");
    assert_eq!(t.kind, TrapKind::UnknownOpcode);
    assert_eq!(t.instruction, ".insn 99, 0, 0, 0, 0, 0");
    for src in [
        "secpcomb -4(fp), -8(fp)\n",
        "feadd -4(fp), -8(fp), -12(fp)\n",
        "femul -4(fp), -8(fp), -12(fp)\n",
    ] {
        assert_eq!(trap_of(src).kind, TrapKind::UnsupportedOpcode, "{src}");
    }
}

#[test]
fn write_with_invalid_operands_writes_then_traps() {
    let d = run("imm32 -4(fp), 65\n write 0, -4(fp), 1, 0, 1\n stop\n");
    assert_eq!(d.output, b"A");
    assert_eq!(d.trap_kind(), Some(TrapKind::InvalidOperand));
    let d = run("imm32 -4(fp), 65\n write 0, -4(fp), 0, 0, 0\n stop\n");
    assert_eq!(d.trap_kind(), Some(TrapKind::InvalidOperand));
}

#[test]
fn step_limit_is_exact() {
    let src = "loop:\n    addi -4(fp), -4(fp), 1\n    beq loop, 0(fp), 0(fp)\n";
    for limit in [0u64, 1, 2, 3, 100, 101] {
        let d = run_with(
            src,
            b"",
            RunOptions {
                max_steps: limit,
                initial_fp: FP,
                count_instructions: limit % 2 == 0,
            },
        );
        let t = d.outcome.trap().expect("trap");
        assert_eq!(t.kind, TrapKind::StepLimit);
        assert_eq!(d.machine.steps(), limit);
        assert_eq!(t.pc, if limit % 2 == 0 { 0 } else { 24 });
        assert_eq!(d.slot(-4), limit.div_ceil(2) as u32);
    }
}

#[test]
fn output_before_trap_is_kept() {
    let d = run(
        "imm32 -4(fp), 104\n write 0, -4(fp), 0, 0, 1\n imm32 -4(fp), 105\n write 0, -4(fp), 0, 0, 1\n div -8(fp), -4(fp), -12(fp)\n",
    );
    assert_eq!(d.output, b"hi");
    assert_eq!(d.trap_kind(), Some(TrapKind::DivideByZero));
}

#[test]
fn trapping_instruction_is_not_counted() {
    let d = run("imm32 -4(fp), 1\n div -8(fp), -4(fp), -12(fp)\n");
    assert_eq!(d.machine.steps(), 1);
}

#[test]
fn exit_statuses_are_distinct() {
    let statuses: HashSet<u8> = TrapKind::ALL.iter().map(|k| k.exit_status()).collect();
    assert_eq!(statuses.len(), TrapKind::ALL.len());
    assert!(!statuses.contains(&0) && !statuses.contains(&1));
}

#[test]
fn message_names_kind_pc_function_and_instruction() {
    let d = run(
        "    jal -16(fp), helper, -16\nhelper:\n    imm32 -8(fp), 0x20001\n    lw -12(fp), -8(fp)\n",
    );
    let msg = d.outcome.trap().expect("trap").to_string();
    assert_eq!(
        msg,
        format!(
            "trap misaligned-access at pc 0x30 in helper+24: lw -12(fp), -8(fp) (fp={:#x}, pointer 0x20001)",
            FP - 16
        )
    );
}

#[test]
fn pc_of_a_bad_static_target_is_the_target() {
    let program = valida_vm::asm::assemble::assemble("beq 2400, 0(fp), 0(fp)\n")
        .expect("asm")
        .to_program();
    let options = RunOptions {
        max_steps: 10,
        initial_fp: FP,
        count_instructions: true,
    };
    let mut m = valida_vm::Machine::new(program, &options).expect("machine");
    let (mut input, mut output) = (&[][..], Vec::new());
    let mut io = valida_vm::Io::new(&mut input, &mut output);
    assert_eq!(m.step(&mut io).expect("step"), None);
    assert_eq!(m.pc(), 2400);
    assert_eq!(m.current_instruction(), None);
    let outcome = m.step(&mut io).expect("step").expect("ended");
    assert_eq!(
        outcome.trap().map(|t| (t.kind, t.pc)),
        Some((TrapKind::PcOutOfCode, 2400))
    );
    assert_eq!(m.steps(), 1);
}

#[test]
fn host_output_failure_is_an_error_not_a_trap() {
    struct Broken;
    impl std::io::Write for Broken {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::new(
                std::io::ErrorKind::BrokenPipe,
                "closed",
            ))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let program =
        valida_vm::asm::assemble::assemble("imm32 -4(fp), 65\n write 0, -4(fp), 0, 0, 1\n stop\n")
            .expect("asm")
            .to_program();
    let options = RunOptions {
        max_steps: 100,
        initial_fp: FP,
        count_instructions: true,
    };
    let mut m = valida_vm::Machine::new(program, &options).expect("machine");
    let mut input = &[][..];
    let mut out = Broken;
    let r = m.run(&mut valida_vm::Io::new(&mut input, &mut out));
    assert!(matches!(r, Err(valida_vm::Error::Io(_))), "{r:?}");
    assert_eq!(m.steps(), 1);
}

#[test]
fn many_calls_across_the_window_edge() {
    // `_start` sits just outside the window (12(fp) is used by the leaf),
    // its callee just inside: many mode switches, then a widened margin.
    let src = "    imm32 -4(fp), 0\n    imm32 -40(fp), 0\nloop:\n    imm32 -16(fp), 24\n    addi -12(fp), -4(fp), 0\n    jal -24(fp), leaf, -24\n\
               \x20   add -40(fp), -40(fp), -20(fp)\n    addi -4(fp), -4(fp), 1\n    bnei loop, -4(fp), 5000\n    stop\n\
               leaf:\n    muli 4(fp), 12(fp), 3\n    jalv -4(fp), 0(fp), 8(fp)\n";
    let want: u32 = (0..5000u32).map(|i| 3 * i).sum();
    for fp in [0x3BFF_FFF8, FP] {
        let d = run_with(
            src,
            b"",
            RunOptions {
                max_steps: 1_000_000,
                initial_fp: fp,
                count_instructions: fp == FP,
            },
        );
        assert!(d.outcome.trap().is_none(), "{:?}", d.outcome);
        assert_eq!(
            d.machine.memory().read_word(fp - 40).ok(),
            Some(want),
            "fp {fp:#x}"
        );
        assert_eq!(d.machine.steps(), 2 + 5000 * 8 + 1);
    }
}

#[test]
fn resume_after_step_limit() {
    let program = valida_vm::asm::assemble::assemble(
        "imm32 -4(fp), 0\nloop:\n addi -4(fp), -4(fp), 1\n bnei loop, -4(fp), 100\n stop\n",
    )
    .expect("asm")
    .to_program();
    let options = RunOptions {
        max_steps: 50,
        initial_fp: FP,
        count_instructions: true,
    };
    let mut m = valida_vm::Machine::new(program, &options).expect("machine");
    let (mut input, mut output) = (&[][..], Vec::new());
    let mut io = valida_vm::Io::new(&mut input, &mut output);
    let first = m.run(&mut io).expect("run");
    assert_eq!(first.trap().map(|t| t.kind), Some(TrapKind::StepLimit));
    assert_eq!(m.steps(), 50);
    m.allow_steps(1000);
    assert_eq!(
        m.run(&mut io).expect("run"),
        valida_vm::Outcome::Stopped { exit_code: 0 }
    );
    assert_eq!(m.steps(), 202);
}

#[test]
fn stack_overflow_below_stack_limit() {
    // `__stack_limit` (defined by our linker, here a data label at 0x10000)
    // turns a runaway recursion into a trap at the call that crosses it.
    let src = "_start:\n    jal -4(fp), rec, -16\n    stop\n\
               rec:\n    jal -4(fp), rec, -16\n    stop\n\
               .data\n__stack_limit:\n    .word 0\n";
    let options = RunOptions {
        max_steps: 1_000_000,
        initial_fp: 0x2_0000,
        count_instructions: false,
    };
    let d = run_with(src, b"", options);
    let t = d.outcome.trap().expect("trap");
    assert_eq!(t.kind, TrapKind::StackOverflow);
    assert_eq!(t.function.as_deref(), Some("rec"));
    assert!(d.machine.fp() >= 0x1_0000, "fp stays at or above the limit");
    // Without the symbol the same recursion runs on, as on the real VM: fp
    // wraps below 0 and the next slot write is out of range.
    let d = run_with(&src.replace("__stack_limit", "other"), b"", options);
    assert_eq!(d.trap_kind(), Some(TrapKind::AddressOutOfRange));
}

#[test]
fn exit_code_symbol_outside_loaded_data_is_reported() {
    // The symbol must lie in a data segment; one in the code is not data.
    let d = run("__valida_exit_code:\n    stop\n");
    let t = d.outcome.trap().expect("trap");
    assert_eq!(t.kind, TrapKind::ExitCodeUnloaded);
    assert!(t.detail.contains("outside the loaded data"), "{}", t.detail);
    let d = run("    stop\n    .data\n__valida_exit_code:\n    .word 7\n");
    assert_eq!(d.outcome, valida_vm::Outcome::Stopped { exit_code: 7 });
}

#[test]
fn null_guard_for_executables_that_opt_in() {
    // `__valida_null_guard` (our linker defines it as 0x1000) turns loads and
    // stores below it, and a JALV back to pc 0, into traps.
    let with = |body: &str| {
        format!("_start:\n{body}\n    stop\n    .data\n__valida_null_guard:\n    .word 0\n")
    };
    // The data label sits at 0x10000: everything below is guarded.
    for body in [
        "    imm32 -4(fp), 0\n    lw -8(fp), -4(fp)",
        "    imm32 -4(fp), 16\n    sw -4(fp), -4(fp)",
        "    imm32 -4(fp), 3\n    loadu8 -8(fp), -4(fp)",
        "    imm32 -4(fp), 0xfff0\n    storeu8 -4(fp), -4(fp)",
        "    imm32 -4(fp), 0\n    imm32 -8(fp), 0\n    jalv -12(fp), -4(fp), -8(fp)",
    ] {
        assert_eq!(run(&with(body)).trap_kind(), Some(TrapKind::NullPointer), "{body}");
    }
    // Without the symbol (real binaries) the same code runs: address 0 is
    // ordinary memory and pc 0 is _start.
    let plain = "_start:\n    imm32 -4(fp), 0\n    lw -8(fp), -4(fp)\n    sw -4(fp), -4(fp)\n    stop\n";
    assert!(run(plain).outcome.trap().is_none());
}
