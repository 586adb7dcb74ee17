//! End-to-end: C programs compiled for RV32IM run on the emulator and under
//! `qemu-riscv32`, with identical stdout, stderr and exit status.

#[path = "rv32im/toolchain.rs"]
mod toolchain;

mod rv32im {
    use super::toolchain;
    use valida_vm::rv32im::{Op, Outcome, RunReport, Trap, load_elf, run};

    const MAX_STEPS: u64 = 500_000_000;
    const INPUT: &[u8] = b"Hello input text\nline2";
    const OPTS: [&str; 5] = ["-O0", "-O1", "-O2", "-O3", "-Os"];

    /// Builds `name` at `opt`, runs it on both sides, asserts they agree and
    /// returns our report (`None` when the toolchain is missing).
    fn cross_check(name: &str, opt: &str) -> Option<RunReport> {
        let elf = toolchain::build(name, opt)?;
        let bytes = std::fs::read(&elf).expect("read the ELF we just built");
        let program = load_elf(&bytes).unwrap_or_else(|e| panic!("{name}{opt}: {e}"));
        let ours = run(&program, INPUT, MAX_STEPS);
        let Some(qemu) = toolchain::run_qemu(&elf, INPUT) else {
            return Some(ours);
        };
        let ctx = format!("{name} {opt}: ours = {}", ours.outcome);
        assert_eq!(
            String::from_utf8_lossy(&ours.output),
            String::from_utf8_lossy(&qemu.stdout),
            "{ctx}: stdout differs"
        );
        match &ours.outcome {
            Outcome::Exited { code: _ } => {
                assert_eq!(
                    Some(i32::from(ours.outcome.exit_status())),
                    qemu.status,
                    "{ctx}: exit status"
                );
                assert_eq!(
                    String::from_utf8_lossy(&ours.stderr),
                    String::from_utf8_lossy(&qemu.stderr),
                    "{ctx}: stderr differs"
                );
            }
            Outcome::Trapped(report) => match report.trap {
                // qemu performs system calls we do not support.
                Trap::UnknownSyscall { .. } => {}
                // qemu-user has no signal for a misaligned fetch and aborts.
                Trap::MisalignedJump { .. } => {
                    let err = String::from_utf8_lossy(&qemu.stderr);
                    assert!(
                        qemu.status == Some(1) && err.contains("unhandled CPU exception 0"),
                        "{ctx}: qemu {qemu:?}"
                    );
                }
                _ => assert_eq!(
                    qemu.signal,
                    Some(i32::from(report.trap.signal())),
                    "{ctx}: qemu {qemu:?}"
                ),
            },
            Outcome::StepLimit => panic!("{ctx}: step limit"),
        }
        assert_eq!(ours.steps, ours.counts.total(), "{ctx}");
        Some(ours)
    }

    fn all_levels(name: &str) -> Vec<RunReport> {
        OPTS.iter()
            .filter_map(|opt| cross_check(name, opt))
            .collect()
    }

    #[test]
    fn hello() {
        for r in all_levels("hello") {
            assert_eq!(r.output, b"hello, world\n");
            assert_eq!(r.stderr, b"to stderr\n");
            assert_eq!(r.combined, b"hello, world\nto stderr\n");
            assert_eq!(r.outcome, Outcome::Exited { code: 0 });
        }
    }

    #[test]
    fn exit_status_is_low_byte() {
        for r in all_levels("exitcode") {
            assert_eq!(r.outcome, Outcome::Exited { code: 298 });
            assert_eq!(r.outcome.exit_code().map(|c| c as u8), Some(42));
        }
    }

    #[test]
    fn fib() {
        for r in all_levels("fib") {
            assert!(String::from_utf8_lossy(&r.output).contains("fib(24) = 46368"));
            assert_eq!(r.outcome.exit_code().map(|c| c as u8), Some(55));
        }
    }

    #[test]
    fn muldiv_edge_cases() {
        for r in all_levels("muldiv") {
            let out = String::from_utf8_lossy(&r.output).into_owned();
            assert!(
                out.contains("div 0x80000000 0xffffffff = 0x80000000"),
                "{out}"
            );
            assert!(
                out.contains("rem 0x80000000 0xffffffff = 0x00000000"),
                "{out}"
            );
            assert!(
                out.contains("div 0x00000007 0x00000000 = 0xffffffff"),
                "{out}"
            );
            assert!(
                out.contains("remu 0x00000007 0x00000000 = 0x00000007"),
                "{out}"
            );
            assert!(r.counts.get(Op::Mulhsu) > 0 && r.counts.get(Op::Remu) > 0);
        }
    }

    #[test]
    fn memory_widths_and_misaligned() {
        for r in all_levels("memops") {
            assert!(String::from_utf8_lossy(&r.output).contains("lw+1 0x14efcaa5"));
        }
    }

    #[test]
    fn stdin_and_syscall_errors() {
        for r in all_levels("echo") {
            assert!(
                r.output
                    .starts_with(b"HELLO INPUT TEXT\nLINE2bad fd: -9 bad buf: -14")
            );
            assert_eq!(
                r.outcome.exit_code().map(|c| c as u8),
                Some(INPUT.len() as u8)
            );
        }
    }

    #[test]
    fn brk_heap_sieve_and_sort() {
        for r in all_levels("sort") {
            assert!(String::from_utf8_lossy(&r.output).contains("sorted 1"));
            assert!(String::from_utf8_lossy(&r.output).contains("primes 9592"));
        }
    }

    #[test]
    fn shifts_and_compares() {
        for r in all_levels("shifts") {
            assert_eq!(r.outcome, Outcome::Exited { code: 0 });
        }
    }

    fn trap_of(r: &RunReport) -> &valida_vm::rv32im::TrapReport {
        match &r.outcome {
            Outcome::Trapped(t) => t,
            other => panic!("expected a trap, got {other}"),
        }
    }

    #[test]
    fn trap_illegal_instruction() {
        for r in all_levels("trap_illegal") {
            assert_eq!(r.output, b"before\n");
            let t = trap_of(&r);
            assert!(
                matches!(
                    t.trap,
                    Trap::IllegalInstruction {
                        word: 0xc000_1073,
                        ..
                    }
                ),
                "{t}"
            );
            assert!(
                t.location.as_deref().is_some_and(|l| l.starts_with("main")),
                "{t}"
            );
            assert!(
                t.to_string()
                    .contains("illegal instruction 0xc0001073 at pc"),
                "{t}"
            );
        }
    }

    #[test]
    fn trap_null_store() {
        for r in all_levels("trap_null") {
            assert_eq!(r.output, b"before\n");
            let t = trap_of(&r);
            assert!(
                matches!(
                    t.trap,
                    Trap::StoreFault {
                        addr: 0,
                        size: 4,
                        ..
                    }
                ),
                "{t}"
            );
            assert!(
                t.disasm.as_deref().is_some_and(|d| d.starts_with("sw ")),
                "{t}"
            );
        }
    }

    #[test]
    fn trap_ebreak() {
        for r in all_levels("trap_ebreak") {
            let t = trap_of(&r);
            assert!(matches!(t.trap, Trap::Breakpoint { .. }), "{t}");
            assert_eq!(t.disasm.as_deref(), Some("ebreak"));
        }
    }

    #[test]
    fn trap_store_to_text() {
        for r in all_levels("trap_text_store") {
            let t = trap_of(&r);
            assert!(matches!(t.trap, Trap::StoreFault { .. }), "{t}");
        }
    }

    #[test]
    fn trap_misaligned_jump() {
        for r in all_levels("trap_misaligned_jump") {
            assert_eq!(r.output, b"before\n");
            let t = trap_of(&r);
            assert!(
                matches!(t.trap, Trap::MisalignedJump { target, .. } if target % 4 == 2),
                "{t}"
            );
            assert!(
                t.disasm.as_deref().is_some_and(|d| d.starts_with("jalr ")),
                "{t}"
            );
            assert_eq!(r.outcome.exit_status(), 128 + 7);
        }
    }

    #[test]
    fn trap_unknown_syscall() {
        for r in all_levels("trap_syscall") {
            assert_eq!(r.output, b"before\n");
            let t = trap_of(&r);
            assert!(
                matches!(t.trap, Trap::UnknownSyscall { number: 172, .. }),
                "{t}"
            );
            assert!(t.to_string().contains("unsupported system call 172"), "{t}");
        }
    }

    #[test]
    fn run_elf_and_stats() {
        let Some(elf) = toolchain::build("fib", "-O2") else {
            return;
        };
        let bytes = std::fs::read(&elf).expect("read ELF");
        let options = valida_vm::rv32im::RunOptions { max_steps: 1000 };
        let r = valida_vm::rv32im::run_elf(&bytes, b"", &options).expect("loads");
        assert_eq!(r.outcome, Outcome::StepLimit);
        assert_eq!(r.outcome.exit_status(), 118);
        assert_eq!(r.steps, 1000);
        let r = valida_vm::rv32im::run_elf(&bytes, b"", &Default::default()).expect("loads");
        let stats = r.stats_text();
        assert!(
            stats.contains("per class:") && stats.contains("jalr"),
            "{stats}"
        );
        assert_eq!(
            r.function_counts.first().map(|(f, _)| f.as_str()),
            Some("fib")
        );
        let by_function: u64 = r.function_counts.iter().map(|(_, n)| n).sum();
        assert_eq!(by_function, r.steps);
        assert_eq!(r.pc_counts.iter().sum::<u64>(), r.steps);
        assert!(stats.contains("per function:"), "{stats}");
        let program = load_elf(&bytes).expect("load");
        assert!(program.static_instructions() > 50);
        assert_eq!(program.symbolize(program.entry).as_deref(), Some("_start"));
    }

    /// Random corruptions of a real executable (headers, symbols, code):
    /// loading may fail, but nothing panics, and what loads runs safely.
    #[test]
    fn corrupted_real_executable_never_panics() {
        let Some(elf) = toolchain::build("sort", "-O1") else {
            return;
        };
        let good = std::fs::read(&elf).expect("read ELF");
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let (mut loaded, mut trapped) = (0, 0);
        for round in 0..600 {
            let mut f = good.clone();
            // Mostly header bytes, sometimes anywhere.
            let span = if round % 3 == 0 {
                f.len()
            } else {
                0x200.min(f.len())
            };
            for _ in 0..1 + next() % 4 {
                let pos = (next() % span as u64) as usize;
                f[pos] = next() as u8;
            }
            if round % 50 == 0 {
                f.truncate((next() % good.len() as u64) as usize);
            }
            if let Ok(program) = load_elf(&f) {
                loaded += 1;
                let r = run(&program, INPUT, 100_000);
                trapped += usize::from(r.outcome.trap().is_some());
                let _ = valida_vm::rv32im::disassemble(&program);
            }
        }
        assert!(loaded > 100, "only {loaded} corrupted files loaded");
        eprintln!("{loaded} of 600 corrupted files loaded, {trapped} trapped");
    }

    #[test]
    fn disassembler_matches_llvm_objdump() {
        use std::process::Command;
        let Some(elf) = toolchain::build("muldiv", "-O2") else {
            return;
        };
        let Some(objdump) = toolchain::clang().map(|c| c.replace("clang", "llvm-objdump")) else {
            return;
        };
        let Ok(out) = Command::new(&objdump)
            .args(["-d", "-M", "no-aliases"])
            .arg(&elf)
            .output()
        else {
            eprintln!("note: {objdump} not found; skipping");
            return;
        };
        let theirs = String::from_utf8_lossy(&out.stdout);
        let bytes = std::fs::read(&elf).expect("read ELF");
        let program = load_elf(&bytes).expect("load");
        let ours = valida_vm::rv32im::disassemble(&program);
        let normalize = |line: &str| line.split_whitespace().collect::<Vec<_>>().join(" ");
        let instr_lines = |text: &str| -> Vec<String> {
            text.lines()
                .filter(|l| {
                    l.trim_start()
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_hexdigit())
                        && l.contains(": ")
                })
                .map(normalize)
                .collect()
        };
        let (ours, theirs) = (instr_lines(&ours), instr_lines(&theirs));
        assert!(ours.len() > 100, "too few lines: {}", ours.len());
        assert_eq!(ours.len(), theirs.len());
        for (a, b) in ours.iter().zip(&theirs) {
            assert_eq!(a, b);
        }
    }

    /// Speed measurement: `cargo test -p valida-vm --release rv32im::bench -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn bench() {
        for name in ["bench_loop", "bench_fib"] {
            let Some(elf) = toolchain::build(name, "-O2") else {
                return;
            };
            let bytes = std::fs::read(&elf).expect("read ELF");
            let program = load_elf(&bytes).expect("load");
            let r = valida_vm::rv32im::bench(
                &program,
                b"",
                &valida_vm::rv32im::RunOptions::default(),
                3,
            );
            println!(
                "{name}: {} | {} instructions in {:.3} s = {:.1} M instr/s",
                r.outcome,
                r.steps,
                r.elapsed.as_secs_f64(),
                r.mips()
            );
            for (class, n) in r.counts.by_class() {
                if n > 0 {
                    println!("    {:<8} {n}", class.name());
                }
            }
        }
    }
}
