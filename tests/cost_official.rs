//! The proof-cost model (`valida run --cost`) against the official
//! Valida v1.0 prover on compiled C programs: every chip's height and
//! width from `prove --show-dimensions`, and the real rows it logs with
//! `--show-main`, must equal the model's. Skipped, with a message, when
//! the official prover is not installed (scripts/install-official-valida.sh).
//!
//! The programs are those of tests/prove/: the official prover refuses
//! any program whose code holds an operand of absolute value >= its field
//! modulus, which the runtime's printf and strlen do, so these print with
//! putchar. They are built with `-mllvm -valida-use-memcpy=false` and
//! `-fno-builtin` (copy.c brings its own memcpy loop): the v1.0 prover
//! cannot prove MEMCPY, and the runtime's memcpy is one.

mod common;

use common::{driver, manifest_dir, prime_runtime, run, scratch, text};
use valida_vm::cost::DEFAULT_MAX_SEGMENT_SIZE;
use valida_vm::cost::official::{Official, compare_with_official};

fn official() -> Option<Official> {
    match Official::locate() {
        Ok(o) => Some(o),
        Err(e) => {
            eprintln!("SKIPPED (official prover absent): {e}");
            None
        }
    }
}

fn check(official: &Official, name: &str, opt: &str) {
    prime_runtime();
    let dir = scratch(&format!("cost-{name}{opt}"));
    let src = manifest_dir().join("tests/prove").join(format!("{name}.c"));
    let exe = dir.join(name);
    let out = run(driver()
        .arg(opt)
        .arg(&src)
        .args([
            "-fno-builtin",
            "--mllvm",
            "-valida-use-memcpy=false",
            "-o",
        ])
        .arg(&exe));
    assert!(out.status.success(), "{name} {opt}: {}", text(&out.stderr));
    let input = dir.join("advice.in");
    std::fs::write(&input, b"hello, valida\n").expect("input");
    let cmp = compare_with_official(official, &exe, &input, DEFAULT_MAX_SEGMENT_SIZE)
        .unwrap_or_else(|e| panic!("{name} {opt}: {e}"));
    let seg = &cmp.model.segments[0];
    eprintln!(
        "{name} {opt}: {} instructions, {} committed cells, official prove {:.2} s",
        seg.instructions,
        cmp.model.total_cells(),
        cmp.prove_time.as_secs_f64()
    );
    assert!(
        cmp.mismatches.is_empty(),
        "{name} {opt}: the cost model disagrees with the official prover:\n{}\nmodel:\n{}",
        cmp.mismatches.join("\n"),
        cmp.model.text()
    );
}

#[test]
fn compiled_c_matches_the_official_prover_at_o0_and_o2() {
    let Some(official) = official() else { return };
    for opt in ["-O0", "-O2"] {
        for name in ["copy", "arith", "echo"] {
            check(&official, name, opt);
        }
    }
}
