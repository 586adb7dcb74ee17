//! Hand-written programs under tests/programs/ and examples/, assembled to
//! ELF and run with exact expected output and status.

use valida_vm::{Outcome, RunOptions, assemble_to_elf, run_elf};

fn run_file(path: &str, input: &[u8]) -> valida_vm::RunReport {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let src = std::fs::read_to_string(&full).expect("read source");
    let elf = assemble_to_elf(&src).unwrap_or_else(|e| panic!("{path}: {e}"));
    let options = RunOptions {
        max_steps: 50_000_000,
        ..RunOptions::default()
    };
    run_elf(&elf, input, &options).expect("run")
}

fn fib(n: u32) -> u32 {
    (0..n)
        .fold((0u32, 1u32), |(a, b), _| (b, a.wrapping_add(b)))
        .0
}

#[test]
fn iterative_fibonacci() {
    let r = run_file("tests/programs/fib_iter.s", b"");
    let want: String = (0..25).map(|i| format!("{}\n", fib(i))).collect();
    assert_eq!(String::from_utf8_lossy(&r.output), want);
    assert_eq!(r.outcome, Outcome::Stopped { exit_code: 0 });
}

#[test]
fn recursive_fibonacci_and_exit_code() {
    let r = run_file("tests/programs/fib_rec.s", b"");
    let want: Vec<String> = (0..21).map(|i| fib(i).to_string()).collect();
    assert_eq!(String::from_utf8_lossy(&r.output), want.join(" ") + " ");
    assert_eq!(r.outcome, Outcome::Stopped { exit_code: 55 });
    // Every call is a jal and every return a jalv.
    let count = |m: &str| {
        r.opcode_counts
            .iter()
            .find(|(n, _)| *n == m)
            .map_or(0, |(_, c)| *c)
    };
    assert_eq!(count("jal"), count("jalv"));
    assert_eq!(r.steps, r.pc_counts.iter().sum::<u64>());
    assert_eq!(r.steps, r.opcode_counts.iter().map(|(_, c)| c).sum::<u64>());
}

#[test]
fn memcpy_program() {
    let r = run_file("tests/programs/memcpy.s", b"");
    assert_eq!(
        String::from_utf8_lossy(&r.output),
        "Hello, memcpy\naaaaaa\n"
    );
}

#[test]
fn keccak_program_computes_sha3_256_of_empty_input() {
    let r = run_file("tests/programs/keccak.s", b"");
    assert_eq!(
        String::from_utf8_lossy(&r.output),
        "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a\n"
    );
}

#[test]
fn hello_example() {
    let r = run_file("examples/hello.s", b"");
    assert_eq!(r.output, b"Hello, Valida!\n");
}

#[test]
fn echo_example_reads_advice_until_end() {
    let r = run_file("examples/echo.s", b"abc\n");
    assert_eq!(r.output, b"CBA\n");
}

#[test]
fn benchmark_programs_compute_the_right_answers() {
    use valida_vm::bench::{counting_loop, memory_loop, recursive_fib};
    let opts = RunOptions::default();
    let r = valida_vm::run_asm(&counting_loop(1000), b"", &opts).expect("run");
    assert_eq!(r.steps, 2002);
    let r = valida_vm::run_asm(&recursive_fib(15), b"", &opts).expect("run");
    assert_eq!(r.outcome, Outcome::Stopped { exit_code: 0 });
    let r = valida_vm::run_asm(&memory_loop(1000), b"", &opts).expect("run");
    assert_eq!(r.steps, 4 + 10 * 1000 + 1);
}

#[test]
fn profile_counts_add_up_to_steps() {
    use valida_vm::{Io, Machine, load_elf};
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs/fib_rec.s");
    let elf = assemble_to_elf(&std::fs::read_to_string(full).expect("read")).expect("asm");
    let mut machine =
        Machine::new(load_elf(&elf).expect("load"), &RunOptions::default()).expect("machine");
    let (mut input, mut output) = (&[][..], Vec::new());
    let (outcome, profile) =
        valida_vm::profile::run_profiled(&mut machine, &mut Io::new(&mut input, &mut output))
            .expect("run");
    assert_eq!(outcome, Outcome::Stopped { exit_code: 55 });
    let folded = profile.folded(&machine);
    let total: u64 = folded
        .lines()
        .map(|l| {
            l.rsplit(' ')
                .next()
                .and_then(|n| n.parse::<u64>().ok())
                .expect("count")
        })
        .sum();
    assert_eq!(total, machine.steps());
    assert!(folded.lines().all(|l| l.starts_with("_start")), "{folded}");
    assert!(folded.contains("_start;print_u32 "), "{folded}");
    // Recursion is folded into the outermost activation of fib.
    assert!(folded.contains("_start;fib "), "{folded}");
    assert!(!folded.contains("fib;fib"), "{folded}");
    // Same run without profiling executes the same number of instructions.
    let plain = valida_vm::run_elf(&elf, b"", &RunOptions::default()).expect("run");
    assert_eq!(plain.steps, machine.steps());
}
