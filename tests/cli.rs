//! The command line: error messages, and linking through the binary with
//! hand-built objects (no LLVM target needed).

mod common;

use common::{driver, run, scratch, text};
use valida_cc::link::testobj::{ObjBuilder, instr};

const R_VALIDA_32: u32 = 1;

fn write_objects(dir: &std::path::Path, with_foo: bool) -> Vec<std::path::PathBuf> {
    let mut start = ObjBuilder::new();
    let mut code = instr(3, -16, 0, -16, 0, 0);
    code.extend(instr(8, 0, 0, 0, 0, 0));
    let t = start.text(code);
    start
        .func("_start", t, 0, 48)
        .undefined("main")
        .reloc(t, 8, R_VALIDA_32, "main", 0);
    let mut main = ObjBuilder::new();
    let t = main.text(instr(3, -16, 0, -16, 0, 0));
    main.func("main", t, 0, 24)
        .undefined("foo")
        .reloc(t, 8, R_VALIDA_32, "foo", 0);
    let mut paths = vec![dir.join("start.o"), dir.join("main.o")];
    std::fs::write(&paths[0], start.build()).expect("write");
    std::fs::write(&paths[1], main.build()).expect("write");
    if with_foo {
        let mut callee = ObjBuilder::new();
        let t = callee.text(instr(4, -4, 0, 8, 0, 0));
        callee.func("foo", t, 0, 24);
        paths.push(dir.join("foo.o"));
        std::fs::write(&paths[2], callee.build()).expect("write");
    }
    paths
}

#[test]
fn links_objects_without_runtime() {
    let dir = scratch("cli-link");
    let objs = write_objects(&dir, true);
    let out_file = dir.join("prog");
    let out = run(driver()
        .arg("-nostdlib")
        .args(&objs)
        .arg("-o")
        .arg(&out_file));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let bytes = std::fs::read(&out_file).expect("executable written");
    let elf = goblin::elf::Elf::parse(&bytes).expect("ELF");
    assert_eq!(elf.header.e_machine, 0x3E7);
    let names: Vec<&str> = elf
        .syms
        .iter()
        .filter_map(|s| elf.strtab.get_at(s.st_name))
        .collect();
    for n in ["_start", "main", "foo", "__heap_start"] {
        assert!(names.contains(&n), "{n} missing from {names:?}");
    }
}

#[test]
fn undefined_symbol_error_is_clang_like() {
    let dir = scratch("cli-undef");
    let objs = write_objects(&dir, false);
    let out = run(driver()
        .arg("-nostdlib")
        .args(&objs)
        .arg("-o")
        .arg(dir.join("prog")));
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("valida-cc: error: undefined symbol: foo (referenced by"),
        "{err}"
    );
    assert!(err.contains("main.o in function main)"), "{err}");
}

#[test]
fn missing_clang_is_explained() {
    let dir = scratch("cli-clang");
    let src = dir.join("x.c");
    std::fs::write(&src, "int main(void) { return 0; }\n").expect("write");
    let out = run(driver()
        .env("VALIDA_CLANG", dir.join("no-such-clang"))
        .arg("-c")
        .arg(&src)
        .arg("-o")
        .arg(dir.join("x.o")));
    assert!(!out.status.success());
    let err = text(&out.stderr);
    // Either the target is missing (reported first) or clang is.
    assert!(
        err.contains("apt-get install clang-22") || err.contains("Valida target"),
        "{err}"
    );
}

#[test]
fn usage_errors() {
    // As in clang, a file of unknown kind is a linker input.
    let out = run(driver().arg("notes.txt"));
    assert!(
        text(&out.stderr).contains("error: notes.txt: No such file"),
        "{}",
        text(&out.stderr)
    );
    let out = run(driver().args(["-emit-llvm", "a.c"]));
    assert!(text(&out.stderr).contains("-emit-llvm cannot be used when linking"));
    let out = run(&mut driver());
    assert!(text(&out.stderr).contains("no input files"));
}
