//! End-to-end: C programs under tests/e2e/ compiled by `valida-cc` at -O0,
//! -O1, -O2, -O3 and -Os, run on the Valida VM library, stdout and exit status compared
//! with the expected files (generated with the host's gcc).
//!
//! Each program `NAME.c` has `NAME.out` (expected stdout), `NAME.status`
//! (expected exit status) and optionally `NAME.in` (the program's input).
//!
//! `VALIDA_E2E_MLLVM` adds LLVM options to every compile (whitespace
//! separated, each passed as `-mllvm OPT`), e.g. to run the corpus with one
//! Valida pass switched off: `scripts/passes-off.sh` does that for each.

mod common;

use std::path::Path;

use common::{compile, manifest_dir, scratch, text};

/// Programs that fail because of a known bug elsewhere (the target or the
/// runtime), with the reason. They still run: a failure is reported but
/// does not fail the suite; a pass is reported so the entry can go.
const KNOWN_FAILURES: &[(&str, &str, &str)] = &[
    // ("program", "-O2", "cause (component)"),
];

fn check(name: &str, opt: &str) {
    let known = KNOWN_FAILURES
        .iter()
        .find(|(n, o, _)| *n == name && *o == opt);
    let result = std::panic::catch_unwind(|| run_one(name, opt));
    match (result, known) {
        (Ok(()), None) => {}
        (Ok(()), Some((_, _, why))) => {
            eprintln!(
                "note: {name} {opt} passes although listed as a known failure ({why}); remove it from KNOWN_FAILURES"
            );
        }
        (Err(_), Some((_, _, why))) => eprintln!("note: {name} {opt}: known failure: {why}"),
        (Err(e), None) => std::panic::resume_unwind(e),
    }
}

fn run_one(name: &str, opt: &str) {
    let dir = manifest_dir().join("tests").join("e2e");
    let src = dir.join(format!("{name}.c"));
    let expected_out =
        std::fs::read(dir.join(format!("{name}.out"))).expect("expected stdout file");
    let expected_status: i32 = std::fs::read_to_string(dir.join(format!("{name}.status")))
        .expect("expected status file")
        .trim()
        .parse()
        .expect("status is a number");
    let input = std::fs::read(dir.join(format!("{name}.in"))).unwrap_or_default();

    let work = scratch(&format!("e2e-{name}{opt}"));
    let exe = work.join(name);
    let extra = std::env::var("VALIDA_E2E_MLLVM").unwrap_or_default();
    let mut flags = vec![opt, "-lm"];
    for o in extra.split_whitespace() {
        flags.extend(["-mllvm", o]);
    }
    let out = compile(&[Path::new(&src)], &flags, &exe);
    assert!(
        out.status.success(),
        "valida-cc {opt} {name}.c failed:\n{}",
        text(&out.stderr)
    );
    let image = std::fs::read(&exe).expect("executable");
    check_real_vm_rules(&image);
    let memcpy_opt_in = extra.split_whitespace().any(|o| {
        matches!(
            o.trim_start_matches('-'),
            "valida-use-memcpy" | "valida-use-memcpy=true" | "valida-use-memcpy=1"
        )
    });
    if !memcpy_opt_in {
        assert_eq!(
            memcpy_records(&image),
            0,
            "{name} {opt}: MEMCPY in a default build (the v1.0 prover cannot prove it)"
        );
    }
    let result = valida_cc::vm::run_capture_limited(&image, &input, 4_000_000_000)
        .unwrap_or_else(|e| panic!("{name} {opt}: VM error: {e}"));
    if let Some(trap) = &result.trap {
        panic!(
            "{name} {opt}: trap: {trap}\nstdout so far:\n{}",
            text(&result.stdout)
        );
    }
    assert_eq!(
        text(&result.stdout),
        text(&expected_out),
        "{name} {opt}: stdout differs"
    );
    assert_eq!(
        result.status, expected_status,
        "{name} {opt}: exit status differs"
    );
}

/// Opcode of MEMCPY, which the Valida v1.0 prover cannot prove.
const MEMCPY_OPCODE: u32 = 20;

/// How many instruction records of the executable's code are MEMCPY (every
/// 24-byte record of the executable PT_LOAD starts with its opcode word).
fn memcpy_records(image: &[u8]) -> usize {
    use goblin::elf::program_header as ph;
    let elf = goblin::elf::Elf::parse(image).expect("ELF");
    let text = elf
        .program_headers
        .iter()
        .find(|p| p.p_type == ph::PT_LOAD && p.is_executable())
        .expect("code segment");
    let start = text.p_offset as usize;
    image[start..start + text.p_filesz as usize]
        .chunks_exact(24)
        .filter(|r| u32::from_le_bytes([r[0], r[1], r[2], r[3]]) == MEMCPY_OPCODE)
        .count()
}

/// `-mvalida-memcpy` (execution only) does emit MEMCPY for the copies of
/// these programs (memcpy calls, struct copies wider than a word), and the
/// programs still give the right output.
#[test]
fn opt_in_memcpy_instruction() {
    let dir = manifest_dir().join("tests").join("e2e");
    for name in ["strings", "misc", "matrix"] {
        let src = dir.join(format!("{name}.c"));
        let exe = scratch(&format!("e2e-memcpy-{name}")).join(name);
        let out = compile(&[Path::new(&src)], &["-O2", "-mvalida-memcpy"], &exe);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let image = std::fs::read(&exe).expect("executable");
        assert!(
            memcpy_records(&image) > 0,
            "{name}: -mvalida-memcpy emitted no MEMCPY"
        );
        let result = valida_cc::vm::run_capture_limited(&image, &[], 4_000_000_000)
            .unwrap_or_else(|e| panic!("{name}: VM error: {e}"));
        assert!(result.trap.is_none(), "{name}: trap {:?}", result.trap);
        let expected = std::fs::read(dir.join(format!("{name}.out"))).expect("stdout file");
        assert_eq!(
            text(&result.stdout),
            text(&expected),
            "{name}: stdout differs"
        );
    }
}

/// What the real Valida VM v1.0 requires of an executable (valida-isa.md
/// section 4), checked on every program the driver links.
fn check_real_vm_rules(image: &[u8]) {
    use goblin::elf::{header, program_header as ph, sym};
    let elf = goblin::elf::Elf::parse(image).expect("ELF");
    assert!(!elf.is_64 && elf.little_endian, "ELF32 little endian");
    assert_eq!(elf.header.e_type, header::ET_EXEC);
    assert_eq!(elf.header.e_machine, 0x3E7);
    assert_eq!(elf.entry, 0);
    let exec: Vec<_> = elf
        .program_headers
        .iter()
        .filter(|p| p.p_type == ph::PT_LOAD && p.is_executable())
        .collect();
    assert_eq!(exec.len(), 1, "exactly one executable PT_LOAD");
    let text = exec[0];
    assert_eq!((text.p_vaddr, text.p_paddr), (0, 0));
    assert_eq!(text.p_filesz, text.p_memsz);
    assert_eq!(text.p_filesz % 24, 0);
    for p in &elf.program_headers {
        assert_ne!(p.p_type, ph::PT_TLS, "no PT_TLS");
        if p.p_type == ph::PT_LOAD && !p.is_executable() {
            assert_eq!(p.p_vaddr, p.p_paddr);
            assert_eq!(p.p_paddr % 4, 0);
            assert!(p.p_memsz >= p.p_filesz);
            assert!(p.p_vaddr + p.p_memsz < 0x3C00_0000);
        }
    }
    let mut functions = 0;
    for s in elf.syms.iter() {
        if s.st_type() == sym::STT_FUNC {
            functions += 1;
            assert_eq!(
                s.st_value % 24,
                0,
                "function symbols hold byte addresses of records"
            );
            assert!(s.st_value < text.p_memsz);
        }
    }
    assert!(functions > 0, "function symbols are kept");
    let start = elf
        .syms
        .iter()
        .find(|s| elf.strtab.get_at(s.st_name) == Some("_start"))
        .expect("_start symbol");
    assert_eq!(start.st_value, 0, "_start at address 0");
}

macro_rules! e2e {
    ($($name:ident),* $(,)?) => {
        mod o0 { $( #[test] fn $name() { super::check(stringify!($name), "-O0"); } )* }
        mod o1 { $( #[test] fn $name() { super::check(stringify!($name), "-O1"); } )* }
        mod o2 { $( #[test] fn $name() { super::check(stringify!($name), "-O2"); } )* }
        mod o3 { $( #[test] fn $name() { super::check(stringify!($name), "-O3"); } )* }
        mod os { $( #[test] fn $name() { super::check(stringify!($name), "-Os"); } )* }
    };
}

e2e!(
    fibonacci,
    sieve,
    sorting,
    strings,
    structs,
    varargs,
    int64,
    lists,
    recursion,
    switch,
    float,
    setjmp,
    input,
    constructors,
    bits,
    matrix,
    hashmap,
    mathlib,
    globals,
    longdouble,
    mul_overflow,
    misc,
    aligned_locals,
    thread_local,
);
