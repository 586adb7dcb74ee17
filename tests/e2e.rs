//! End-to-end: C programs under tests/e2e/ compiled by `valida-cc` at -O0
//! and -O2, run on the Valida VM library, stdout and exit status compared
//! with the expected files (generated with the host's gcc).
//!
//! Each program `NAME.c` has `NAME.out` (expected stdout), `NAME.status`
//! (expected exit status) and optionally `NAME.in` (the program's input).

mod common;

use std::path::Path;

use common::{compile, manifest_dir, scratch, text};

fn check(name: &str, opt: &str) {
    let dir = manifest_dir().join("tests").join("e2e");
    let src = dir.join(format!("{name}.c"));
    let expected_out = std::fs::read(dir.join(format!("{name}.out"))).expect("expected stdout file");
    let expected_status: i32 = std::fs::read_to_string(dir.join(format!("{name}.status")))
        .expect("expected status file")
        .trim()
        .parse()
        .expect("status is a number");
    let input = std::fs::read(dir.join(format!("{name}.in"))).unwrap_or_default();

    let work = scratch(&format!("e2e-{name}{opt}"));
    let exe = work.join(name);
    let out = compile(&[Path::new(&src)], &[opt], &exe);
    assert!(
        out.status.success(),
        "valida-cc {opt} {name}.c failed:\n{}",
        text(&out.stderr)
    );
    let image = std::fs::read(&exe).expect("executable");
    let result = valida_cc::vm::run_capture_limited(&image, &input, 4_000_000_000)
        .unwrap_or_else(|e| panic!("{name} {opt}: VM error: {e}"));
    if let Some(trap) = &result.trap {
        panic!("{name} {opt}: trap: {trap}\nstdout so far:\n{}", text(&result.stdout));
    }
    assert_eq!(
        text(&result.stdout),
        text(&expected_out),
        "{name} {opt}: stdout differs"
    );
    assert_eq!(result.status, expected_status, "{name} {opt}: exit status differs");
}

macro_rules! e2e {
    ($($name:ident),* $(,)?) => {
        mod o0 { $( #[test] fn $name() { super::check(stringify!($name), "-O0"); } )* }
        mod o2 { $( #[test] fn $name() { super::check(stringify!($name), "-O2"); } )* }
    };
}

e2e!(
    fibonacci, sieve, sorting, strings, structs, varargs, int64, lists, recursion, switch, float, setjmp,
);
