//! The driver's modes on real C code: separate compilation then linking,
//! `-S`, `-emit-llvm`, archives with `-l`/`-L`, `run` with an input file,
//! clang diagnostics passed through.

mod common;

use common::{driver, prime_runtime, run, scratch, text};

fn write(dir: &std::path::Path, name: &str, body: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, body).expect("write source");
    p
}

#[test]
fn separate_compilation_archive_and_link() {
    prime_runtime();
    let dir = scratch("flow-link");
    let main = write(
        &dir,
        "main.c",
        "#include <stdio.h>\nint twice(int);\nint square(int);\nint main(void) { printf(\"%d %d\\n\", twice(21), square(9)); return 3; }\n",
    );
    let twice = write(&dir, "twice.c", "int twice(int x) { return 2 * x; }\n");
    let square = write(
        &dir,
        "square.c",
        "int square(int x) { return x * x; }\nint unused(int x) { return x - 1; }\n",
    );
    for (src, obj) in [
        (&main, "main.o"),
        (&twice, "twice.o"),
        (&square, "square.o"),
    ] {
        let out = run(driver()
            .args(["-c", "-O2"])
            .arg(src)
            .arg("-o")
            .arg(dir.join(obj)));
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    // An archive of square.o, written by the driver's own archive writer.
    let lib = valida_cc::link::archive::write_archive(&[(
        "square.o".into(),
        std::fs::read(dir.join("square.o")).expect("object"),
    )]);
    std::fs::write(dir.join("libsq.a"), lib).expect("write archive");
    let exe = dir.join("prog");
    let out = run(driver()
        .arg(dir.join("main.o"))
        .arg(dir.join("twice.o"))
        .arg("-L")
        .arg(&dir)
        .arg("-lsq")
        .arg("-o")
        .arg(&exe));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let image = std::fs::read(&exe).expect("executable");
    let result = valida_cc::vm::run_capture_limited(&image, b"", 10_000_000).expect("runs");
    assert_eq!(text(&result.stdout), "42 81\n");
    assert_eq!(result.status, 3);
    let elf = goblin::elf::Elf::parse(&image).expect("ELF");
    let names: Vec<&str> = elf
        .syms
        .iter()
        .filter_map(|s| elf.strtab.get_at(s.st_name))
        .collect();
    assert!(
        names.contains(&"square") && !names.contains(&"unused"),
        "{names:?}"
    );
}

#[test]
fn assembly_and_ir_outputs() {
    let dir = scratch("flow-emit");
    let src = write(&dir, "f.c", "int f(int a) { return a * 3 + 1; }\n");
    let out = run(driver().args(["-S", "-O2"]).arg(&src).args(["-o", "-"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let asm = text(&out.stdout);
    assert!(asm.contains("f:") && asm.contains("jalv"), "{asm}");
    let out = run(driver()
        .args(["-S", "-emit-llvm", "-O2"])
        .arg(&src)
        .args(["-o", "-"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let ir = text(&out.stdout);
    assert!(
        ir.contains("target triple = \"valida-unknown-unknown\""),
        "{ir}"
    );
    assert!(!ir.contains("target-cpu"), "{ir}");
    let out = run(driver()
        .args(["-c", "-emit-llvm"])
        .arg(&src)
        .arg("-o")
        .arg(dir.join("f.bc")));
    assert!(out.status.success(), "{}", text(&out.stderr));
    // Bitcode is an input like C.
    let out = run(driver()
        .arg("-c")
        .arg(dir.join("f.bc"))
        .arg("-o")
        .arg(dir.join("f.o")));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let obj = std::fs::read(dir.join("f.o")).expect("object");
    assert_eq!(&obj[..4], b"\x7fELF");
}

#[test]
fn run_subcommand_reads_input_and_exits_with_status() {
    prime_runtime();
    let dir = scratch("flow-run");
    let src = write(
        &dir,
        "count.c",
        "#include <stdio.h>\nint main(void) { int c, n = 0; while ((c = getchar()) != EOF) n++; printf(\"%d bytes\\n\", n); return n; }\n",
    );
    let input = write(&dir, "in.txt", "hello\n");
    let out = run(driver()
        .args(["run", "-O1"])
        .arg(&src)
        .arg("--")
        .arg(&input));
    assert_eq!(text(&out.stdout), "6 bytes\n", "{}", text(&out.stderr));
    assert_eq!(out.status.code(), Some(6));
}

#[test]
fn clang_diagnostics_pass_through() {
    let dir = scratch("flow-diag");
    let src = write(
        &dir,
        "bad.c",
        "int main(void) { return undeclared_thing; }\n",
    );
    let out = run(driver()
        .arg("-c")
        .arg(&src)
        .arg("-o")
        .arg(dir.join("bad.o")));
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("bad.c:1:25: error: use of undeclared identifier"),
        "{err}"
    );
    assert!(err.contains("valida-cc: error: clang failed on"), "{err}");
}

#[test]
fn undefined_function_names_its_caller() {
    prime_runtime();
    let dir = scratch("flow-undef");
    let src = write(
        &dir,
        "u.c",
        "void missing(void);\nint main(void) { missing(); return 0; }\n",
    );
    let out = run(driver().arg(&src).arg("-o").arg(dir.join("u")));
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("error: undefined symbol: missing (referenced by u.o in function main)"),
        "{err}"
    );
}

#[test]
fn preprocess_only() {
    let dir = scratch("flow-pp");
    let src = write(
        &dir,
        "pp.c",
        "#include <stdio.h>\nint x = __VALIDA__ + sizeof(long);\n#ifdef __riscv\nint riscv;\n#endif\n",
    );
    let out = run(driver().arg("-E").arg(&src));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let pp = text(&out.stdout);
    assert!(pp.contains("int x = 1 + sizeof(long);"), "{pp}");
    assert!(!pp.contains("int riscv"), "{pp}");
    assert!(pp.contains("printf"), "runtime headers are used: {pp}");
}

#[test]
fn run_takes_a_linked_executable() {
    prime_runtime();
    let dir = scratch("flow-run-exe");
    let src = write(&dir, "seven.c", "int main(void) { return 7; }\n");
    let exe = dir.join("seven");
    let out = run(driver().arg(&src).arg("-o").arg(&exe));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run(driver().arg("run").arg(&exe));
    assert_eq!(out.status.code(), Some(7), "{}", text(&out.stderr));
}

#[test]
fn dependency_files_for_make() {
    let dir = scratch("flow-deps");
    write(&dir, "config.h", "#define ANSWER 42\n");
    let src = write(&dir, "dep.c", "#include \"config.h\"\nint answer(void) { return ANSWER; }\n");
    let obj = dir.join("dep.o");
    let out = run(driver().args(["-c", "-MMD", "-MP"]).arg(&src).arg("-o").arg(&obj));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let deps = std::fs::read_to_string(dir.join("dep.d")).expect("dep.d written next to the object");
    assert!(deps.starts_with(&format!("{}:", obj.display())), "{deps}");
    assert!(deps.contains("config.h"), "{deps}");
    assert!(!deps.contains("stdio.h"), "-MMD leaves out system headers: {deps}");
}
