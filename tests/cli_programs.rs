//! Programs built with clang options and run: argv and stderr (docs/abi.md),
//! the linker's --wrap/--defsym, -fsanitize=undefined in trap form, results
//! that do not change with -O, and `-o -` into a closed pipe.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::{compile, driver, run, scratch, text};

fn write(dir: &Path, name: &str, body: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, body).expect("write");
    p
}

const ARGV_PROG: &str = r#"#include <stdio.h>
int main(int argc, char **argv) {
  fprintf(stderr, "to stderr: argc=%d\n", argc);
  for (int i = 0; i < argc; i++)
    printf("argv[%d]=%s\n", i, argv[i]);
  return argv[argc] == 0 ? 3 : 4;
}
"#;

#[test]
fn argv_and_stderr_on_our_vm() {
    let dir = scratch("prog-argv");
    let src = write(&dir, "argv.c", ARGV_PROG);
    let exe = dir.join("argv");
    let out = compile(&[&src], &["-O2"], &exe);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let input = write(&dir, "empty", "");
    let out = run(driver()
        .arg("run")
        .arg(&exe)
        .arg("--")
        .arg(&input)
        .args(["one", "two words"]));
    let stdout = text(&out.stdout);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert_eq!(
        stdout,
        format!(
            "argv[0]={}\nargv[1]=one\nargv[2]=two words\n",
            exe.display()
        )
    );
    // stderr is the host's, never the output tape.
    assert!(stderr.contains("to stderr: argc=3"), "{stderr}");
    assert!(!stdout.contains("to stderr"));

    // Without arguments: the runtime's default, argc 1 and argv[0] "a.out"
    // unless the VM names the program.
    let out = run(driver().arg("run").arg(&exe));
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stdout).starts_with("argv[0]="));
    assert!(!text(&out.stdout).contains("argv[1]"));
}

/// `valida run PROG ARGS…` without `--`, as build systems call an emulator
/// (CMake's CROSSCOMPILING_EMULATOR, Meson's exe_wrapper): every word after
/// the program is its argument, options included.
#[test]
fn vm_takes_arguments_as_an_emulator() {
    let vm = Path::new(env!("CARGO_BIN_EXE_valida-cc")).with_file_name("valida");
    if !vm.is_file() {
        eprintln!("skipped: the valida VM is not built next to valida-cc");
        return;
    }
    let dir = scratch("prog-argv-emulator");
    let src = write(&dir, "argv.c", ARGV_PROG);
    let exe = dir.join("argv");
    let out = compile(&[&src], &["-O2"], &exe);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run(std::process::Command::new(&vm)
        .args(["run", "--input", "/dev/null"])
        .arg(&exe)
        .args(["one", "--stats", "--"]));
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).ends_with("argv[1]=one\nargv[2]=--stats\nargv[3]=--\n"),
        "{}",
        text(&out.stdout)
    );
    // A first argument that looks like an option but is none of ours
    // (bzip2 -1 -c) starts the program's arguments too; ours before it stay ours.
    let out = run(std::process::Command::new(&vm)
        .args(["run", "--input", "/dev/null"])
        .arg(&exe)
        .args(["--stats", "-1", "-c"]));
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).ends_with("argv[1]=-1\nargv[2]=-c\n"),
        "{}",
        text(&out.stdout)
    );
    assert!(
        text(&out.stderr).contains("instructions:"),
        "{}",
        text(&out.stderr)
    );
}

/// `valida-cc run` passes the program's stdout and stderr to the host as it
/// writes them: with both on one file (a shell's `2>&1`) the lines
/// alternate as the program wrote them, a partial stdout line included.
#[test]
fn stdout_and_stderr_keep_their_order() {
    let dir = scratch("prog-interleave");
    let src = write(
        &dir,
        "inter.c",
        r#"#include <stdio.h>
int main(void) {
  for (int i = 1; i <= 3; i++) {
    printf("out %d\n", i);
    fflush(stdout);
    fprintf(stderr, "err %d\n", i);
  }
  printf("partial ");
  fflush(stdout);
  fprintf(stderr, "err last\n");
  printf("done\n");
  return 0;
}
"#,
    );
    let exe = dir.join("inter");
    let out = compile(&[&src], &["-O2"], &exe);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let log = dir.join("both.txt");
    let file = std::fs::File::create(&log).expect("log file");
    let status = driver()
        .arg("run")
        .arg(&exe)
        .stdin(Stdio::null())
        .stdout(file.try_clone().expect("clone"))
        .stderr(file)
        .status()
        .expect("valida-cc runs");
    assert!(status.success());
    assert_eq!(
        std::fs::read_to_string(&log).expect("log"),
        "out 1\nerr 1\nout 2\nerr 2\nout 3\nerr 3\npartial err last\ndone\n"
    );
}

/// With the official Valida VM (when installed): the same executable runs,
/// sees argc 1 and argv[0] "a.out", and its stderr goes nowhere.
#[test]
fn argv_and_stderr_on_the_official_vm() {
    let Some(home) = std::env::var_os("HOME") else {
        return;
    };
    let official = Path::new(&home).join(".cache/valida-cc/official/valida-official");
    if !official.is_file() {
        eprintln!("skipped: {} not installed", official.display());
        return;
    }
    let dir = scratch("prog-argv-official");
    let src = write(&dir, "argv.c", ARGV_PROG);
    let exe = dir.join("argv");
    let out = compile(&[&src], &["-O2"], &exe);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout_file = dir.join("stdout");
    let stdin_file = write(&dir, "stdin", "");
    // --fast: the official VM's tracing mode panics on negative operands
    // (`n < P` in instruction_to_row) for every valida-cc binary, argv or not.
    let out = run(Command::new(&official)
        .args(["run", "--fast"])
        .arg(&exe)
        .arg(&stdout_file)
        .arg(&stdin_file));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let tape = std::fs::read_to_string(&stdout_file).expect("official output");
    assert_eq!(tape, "argv[0]=a.out\n");
}

/// An ELF header for x86-64 (`ET_EXEC`, no segments): the VM names the
/// machine instead of failing on its segments.
fn x86_64_elf() -> Vec<u8> {
    let mut h = vec![0u8; 64];
    h[..4].copy_from_slice(b"\x7fELF");
    h[4] = 2; // ELFCLASS64
    h[5] = 1; // little endian
    h[6] = 1; // EV_CURRENT
    h[16..18].copy_from_slice(&2u16.to_le_bytes()); // ET_EXEC
    h[18..20].copy_from_slice(&62u16.to_le_bytes()); // EM_X86_64
    h[20..24].copy_from_slice(&1u32.to_le_bytes());
    h[52..54].copy_from_slice(&64u16.to_le_bytes()); // e_ehsize
    h[54..56].copy_from_slice(&56u16.to_le_bytes()); // e_phentsize
    h[58..60].copy_from_slice(&64u16.to_le_bytes()); // e_shentsize
    h
}

#[test]
fn foreign_executable_is_named() {
    let dir = scratch("prog-foreign");
    let exe = dir.join("x86prog");
    std::fs::write(&exe, x86_64_elf()).expect("write");
    let out = run(driver().arg("run").arg(&exe));
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("an executable for x86-64, not for Valida"),
        "{err}"
    );
}

/// Diagnostics of the code generator name the file (and with -g the line)
/// and the function, not LLVM's `<unknown>:0:0`.
#[test]
fn backend_errors_name_file_and_function() {
    let dir = scratch("prog-backend-error");
    let src = write(
        &dir,
        "bw.c",
        "void __valida_write(int a, int b);\nint main(void) { __valida_write(1, 2); return 0; }\n",
    );
    for (flags, place) in [
        (&[][..], "bw.c: in function main"),
        (&["-g"][..], "bw.c:2:18: in function main"),
    ] {
        let out = run(driver().current_dir(&dir).args(flags).args(["-c", "bw.c"]));
        assert_eq!(out.status.code(), Some(1));
        let err = text(&out.stderr);
        assert!(err.contains(place), "{flags:?}: {err}");
        assert!(
            err.contains("__valida_write with a wrong signature"),
            "{err}"
        );
        assert!(!err.contains("<unknown>"), "{err}");
    }
    let _ = src;
}

#[test]
fn wrap_and_defsym() {
    let dir = scratch("prog-wrap");
    let src = write(
        &dir,
        "w.c",
        r#"#include <stdio.h>
int twice(int x);
int __real_twice(int x);
int __wrap_twice(int x) { return __real_twice(x) + 1; }
extern int answer(void);
int main(void) {
  printf("%d %d\n", twice(20), answer());
  return 0;
}
"#,
    );
    let lib = write(
        &dir,
        "lib.c",
        "int twice(int x) { return 2 * x; }\nint forty_two(void) { return 42; }\n",
    );
    let exe = dir.join("w");
    let out = compile(
        &[&src, &lib],
        &["-O1", "-Wl,--wrap=twice", "-Wl,--defsym,answer=forty_two"],
        &exe,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run(driver().arg("run").arg(&exe));
    assert_eq!(text(&out.stdout), "41 42\n", "{}", text(&out.stderr));
}

#[test]
fn undefined_behaviour_sanitizer_traps() {
    let dir = scratch("prog-ubsan");
    let src = write(
        &dir,
        "ub.c",
        r#"#include <stdio.h>
#include <limits.h>
int add(int a, int b) { return a + b; }
int main(void) {
  printf("%d\n", add(1, 2));
  printf("%d\n", add(INT_MAX, 1));
  return 0;
}
"#,
    );
    for opt in ["-O0", "-O2"] {
        let exe = dir.join(format!("ub{opt}"));
        let out = compile(&[&src], &[opt, "-fsanitize=undefined"], &exe);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let out = run(driver().arg("run").arg(&exe));
        // The first call is fine; the overflow stops the program with FAIL.
        assert_eq!(text(&out.stdout), "3\n", "{opt}");
        assert_eq!(out.status.code(), Some(1), "{opt}: {}", text(&out.stderr));
    }
}

/// clang would contract `a*b+c` into a fused multiply-add that the
/// optimiser folds exactly while run time computes it in two roundings:
/// the default -ffp-contract=off keeps every -O level's output the same.
#[test]
fn floating_point_agrees_across_opt_levels() {
    let dir = scratch("prog-fp");
    let src = write(
        &dir,
        "fp.c",
        r#"#include <stdio.h>
static double mad(double a, double b, double c) { return a * b + c; }
int main(void) {
  double x = 0.1, y = 10.0, z = -1.0;
  printf("%.17g\n", mad(x, y, z));
  volatile double vx = 0.1;
  printf("%.17g\n", mad(vx, y, z));
  return 0;
}
"#,
    );
    let mut outputs = Vec::new();
    for opt in ["-O0", "-O1", "-O2", "-O3"] {
        let exe = dir.join(format!("fp{opt}"));
        let out = compile(&[&src], &[opt], &exe);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let out = run(driver().arg("run").arg(&exe));
        outputs.push((opt, text(&out.stdout)));
    }
    for (opt, o) in &outputs {
        assert_eq!(o, &outputs[0].1, "{opt} differs from -O0");
    }
}

#[test]
fn closed_pipe_ends_quietly() {
    let dir = scratch("prog-pipe");
    // Enough IR text to outlast the pipe's buffer.
    let mut body = String::new();
    for i in 0..1500 {
        body.push_str(&format!("int f{i}(int x) {{ return x * {i} + {i}; }}\n"));
    }
    let src = write(&dir, "big.c", &body);
    let mut child = driver()
        .args(["-S", "-emit-llvm", "-o", "-"])
        .arg(&src)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    // Read one byte, then close the pipe.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut byte = [0u8; 1];
    std::io::Read::read_exact(&mut stdout, &mut byte).expect("first byte");
    drop(stdout);
    let out = child.wait_with_output().expect("wait");
    assert_eq!(text(&out.stderr), "", "no message for a closed pipe");
    assert!(!out.status.success());
}
