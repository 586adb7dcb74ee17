//! Assembly input: `valida-cc -c x.s` through the Valida MC assembly parser,
//! `.S` through the preprocessor, and the round trip `-S` then `-c` giving
//! the object that `-c` gives directly.

mod common;

use std::path::{Path, PathBuf};

use common::{compile, driver, manifest_dir, run, scratch, text};

fn e2e_sources() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(manifest_dir().join("tests/e2e"))
        .expect("tests/e2e")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
        .collect();
    v.sort();
    assert!(v.len() >= 20, "the e2e corpus is missing");
    v
}

fn text_section(object: &[u8]) -> Vec<u8> {
    let elf = goblin::elf::Elf::parse(object).expect("an ELF object");
    let mut code = Vec::new();
    for sh in &elf.section_headers {
        let name = elf.shdr_strtab.get_at(sh.sh_name).unwrap_or("");
        if name == ".text" || name.starts_with(".text.") {
            code.extend_from_slice(&object[sh.sh_offset as usize..][..sh.sh_size as usize]);
        }
    }
    code
}

/// Objects of `src` compiled directly and through `-S` + `-c`.
fn both_ways(dir: &Path, src: &Path, flags: &[&str]) -> (Vec<u8>, Vec<u8>) {
    let stem = src.file_stem().and_then(|s| s.to_str()).expect("stem");
    let direct = dir.join(format!("{stem}.o"));
    let asm = dir.join(format!("{stem}.s"));
    let again = dir.join(format!("{stem}.s.o"));
    let mut c_flags = flags.to_vec();
    c_flags.push("-c");
    let out = compile(&[src], &c_flags, &direct);
    assert!(
        out.status.success(),
        "{}: {}",
        src.display(),
        text(&out.stderr)
    );
    let mut s_flags = flags.to_vec();
    s_flags.push("-S");
    let out = compile(&[src], &s_flags, &asm);
    assert!(
        out.status.success(),
        "{}: {}",
        src.display(),
        text(&out.stderr)
    );
    let out = run(driver().arg("-c").arg(&asm).arg("-o").arg(&again));
    assert!(
        out.status.success(),
        "{} does not re-assemble: {}",
        asm.display(),
        text(&out.stderr)
    );
    (
        std::fs::read(&direct).expect("object"),
        std::fs::read(&again).expect("object"),
    )
}

#[test]
fn e2e_corpus_reassembles_to_identical_objects() {
    let dir = scratch("asm-roundtrip");
    for opt in ["-O0", "-O2"] {
        for src in e2e_sources() {
            let (direct, again) = both_ways(&dir, &src, &[opt]);
            assert!(
                direct == again,
                "{} {opt}: the re-assembled object differs from the compiled one",
                src.display()
            );
        }
    }
}

#[test]
fn e2e_corpus_with_debug_info_reassembles_to_identical_code() {
    // Debug sections are laid out by the assembler's own DWARF emission;
    // the code must be the same record for record.
    let dir = scratch("asm-roundtrip-g");
    for src in e2e_sources() {
        let (direct, again) = both_ways(&dir, &src, &["-O2", "-g"]);
        let (a, b) = (text_section(&direct), text_section(&again));
        assert!(!a.is_empty(), "{}: no code", src.display());
        assert!(a == b, "{}: code bytes differ after -S, -c", src.display());
    }
}

#[test]
fn assembled_program_runs() {
    let dir = scratch("asm-run");
    let src = manifest_dir().join("tests/e2e/fibonacci.c");
    let asm = dir.join("fibonacci.s");
    let out = compile(&[&src], &["-O2", "-S"], &asm);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run(driver().arg("run").arg(&asm));
    let expected = std::fs::read(manifest_dir().join("tests/e2e/fibonacci.out")).expect("out");
    assert_eq!(text(&out.stdout), text(&expected), "{}", text(&out.stderr));
}

// A hand-written, preprocessed (.S) function called from C: the callee's
// result is at 4(fp), its arguments at 12(fp), 16(fp), 20(fp), the return
// address at 0(fp) and the caller's fp at 8(fp) (docs/abi.md).
const ADD3_S: &str = "\
#define RESULT 4(fp)
\t.text
\t.globl add3
\t.type add3,@function
add3:
\tadd RESULT, 12(fp), 16(fp)   ; a + b
\tadd RESULT, RESULT, 20(fp)   ; + c
\tbnei .Lskip, RESULT, 99      ; a branch to a local label
\taddi RESULT, RESULT, 1000
.Lskip:
\tjalv -4(fp), 0(fp), 8(fp)
\t.size add3, .-add3
";

const MAIN_C: &str = r#"
#include <stdio.h>
int add3(int a, int b, int c);
int main(void) {
    printf("%d %d\n", add3(1, 2, 3), add3(90, 8, 1));
    return 0;
}
"#;

#[test]
fn preprocessed_assembly_links_with_c() {
    let dir = scratch("asm-cpp");
    let s = dir.join("add3.S");
    let c = dir.join("main.c");
    std::fs::write(&s, ADD3_S).expect("write");
    std::fs::write(&c, MAIN_C).expect("write");
    let exe = dir.join("prog");
    let out = compile(&[&c, &s], &["-O2"], &exe);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run(driver().arg("run").arg(&c).arg(&s));
    assert_eq!(text(&out.stdout), "6 1099\n", "{}", text(&out.stderr));
    // `-c` on the .S alone gives an object with the global function.
    let obj = dir.join("add3.o");
    let out = run(driver().arg("-c").arg(&s).arg("-o").arg(&obj));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let bytes = std::fs::read(&obj).expect("object");
    let elf = goblin::elf::Elf::parse(&bytes).expect("ELF");
    assert!(
        elf.syms
            .iter()
            .any(|s| elf.strtab.get_at(s.st_name) == Some("add3") && s.is_function()),
        "add3 is not a function symbol"
    );
    assert_eq!(
        text_section(&bytes).len(),
        5 * 24,
        "five instruction records"
    );
}

#[test]
fn errors_name_file_line_and_column() {
    let dir = scratch("asm-errors");
    let s = dir.join("bad.s");
    std::fs::write(
        &s,
        "\t.text\nf:\n\tadd -4(fp), 8(fp), 12(fp)\n\tadx -4(fp), 8(fp), 12(fp)\n\taddi -4(fp), 8, 12(fp)\n",
    )
    .expect("write");
    let out = run(driver().arg("-c").arg(&s).arg("-o").arg(dir.join("bad.o")));
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("bad.s:4:2: error: unknown instruction 'adx'"),
        "{err}"
    );
    assert!(
        err.contains("bad.s:5:15: error: operand must be a frame slot N(fp)"),
        "{err}"
    );
    assert!(err.contains("bad.s: assembly failed"), "{err}");
    assert!(!dir.join("bad.o").exists(), "no object on error");
}

#[test]
fn inline_asm_with_operands_runs() {
    let src = manifest_dir().join("tests/asm-inputs/inline.c");
    // The KECCAKF result is compared with the builtin's inside the program;
    // 0xf64b9e07 is the low word of the permuted state (the same at every -O).
    let expected = "add 42 tied 99 ilt 1 0 mem 21 42 keccak same f64b9e07\n";
    for opt in ["-O0", "-O1", "-O2", "-Os"] {
        common::prime_runtime();
        let out = run(driver().arg("run").arg(opt).arg(&src));
        assert_eq!(text(&out.stdout), expected, "{opt}: {}", text(&out.stderr));
        assert!(out.status.success(), "{opt}: {}", text(&out.stderr));
    }
}

#[test]
fn inline_asm_errors_name_the_input() {
    let dir = scratch("asm-inline-bad");
    let c = dir.join("bad.c");
    std::fs::write(
        &c,
        "int f(int x) {\n  __asm__ volatile(\"addi %0, %0, 1\\n\\tadx %0, %0, %0\" : \"+r\"(x));\n  return x;\n}\n",
    )
    .expect("write");
    let out = run(driver().arg("-c").arg(&c).arg("-o").arg(dir.join("bad.o")));
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains(
            "bad.c: in an inline asm statement: <inline asm>:2:2: unknown instruction 'adx'"
        ),
        "{err}"
    );
}

#[test]
fn preprocessed_assembly_errors_name_the_original_line() {
    let dir = scratch("asm-cpp-errors");
    let s = dir.join("e.S");
    std::fs::write(
        &s,
        "#define X 4(fp)\n\t.text\nf:\n\tadd X, X, X\n\tadx X, X, X\n",
    )
    .expect("write");
    let out = run(driver().arg("-c").arg(&s).arg("-o").arg(dir.join("e.o")));
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("e.S:5:2: error: unknown instruction 'adx'"),
        "{err}"
    );
}
