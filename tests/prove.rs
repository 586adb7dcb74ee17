//! `valida-cc run --prove`: compiled programs are proved by the installed
//! official Valida v1.0 prover and the proof verified against the output
//! of the run; a proof does not verify against a wrong claimed output.
//! Skipped, with a message, when the official prover is not installed
//! (scripts/install-official-valida.sh, or VALIDA_OFFICIAL).
//!
//! The programs (tests/prove/*.c) print with putchar (the runtime's printf
//! holds operands the v1.0 prover cannot encode) and copy.c brings its own
//! memcpy loop, built with `-mllvm -valida-use-memcpy=false -fno-builtin`,
//! since the v1.0 prover cannot prove MEMCPY.

mod common;

use common::{driver, manifest_dir, prime_runtime, run, scratch, text};
use valida_vm::cost::official::{Official, Verdict};

fn official() -> Option<Official> {
    match Official::locate() {
        Ok(o) => Some(o),
        Err(e) => {
            eprintln!("SKIPPED (official prover absent): {e}");
            None
        }
    }
}

const FLAGS: [&str; 3] = ["-fno-builtin", "--mllvm", "-valida-use-memcpy=false"];

#[test]
fn compiled_programs_are_proved_and_verified_and_a_wrong_output_is_rejected() {
    let Some(official) = official() else { return };
    prime_runtime();
    let dir = scratch("prove");
    let input = dir.join("input.txt");
    std::fs::write(&input, b"proof, please\n").expect("input");
    let cases = [
        ("copy", "-O0", "13 4 alpha copied\n"),
        ("arith", "-O2", "21 111 -3 -2 0 41669\n"),
        ("echo", "-O2", "PROOF, PLEASE\nbytes: 14\n"),
    ];
    for (name, opt, expected) in cases {
        let src = manifest_dir().join("tests/prove").join(format!("{name}.c"));
        let exe = dir.join(name);
        let proof = dir.join(format!("{name}.proof"));
        let out = run(driver().arg(opt).args(FLAGS).arg(&src).arg("-o").arg(&exe));
        assert!(out.status.success(), "{name}: {}", text(&out.stderr));
        let started = std::time::Instant::now();
        let out = run(driver()
            .args(["run", "--prove", "--proof"])
            .arg(&proof)
            .arg(&exe)
            .arg("--")
            .arg(&input));
        let stderr = text(&out.stderr);
        eprintln!(
            "{name} {opt}: run --prove {:.1} s",
            started.elapsed().as_secs_f64()
        );
        assert!(out.status.success(), "{name}: {stderr}");
        assert_eq!(text(&out.stdout), expected, "{name}");
        assert!(
            stderr.contains("with the official Valida v1.0 prover")
                && stderr.contains("proof verified"),
            "{name}: {stderr}"
        );
        // The proof file verifies against the true output only.
        let claimed = dir.join(format!("{name}.out"));
        std::fs::write(&claimed, expected).expect("claimed");
        assert_eq!(
            official.verify(&exe, &proof, &claimed).expect("verify"),
            Verdict::Verified
        );
        let mut wrong = expected.as_bytes().to_vec();
        wrong[0] ^= 1;
        std::fs::write(&claimed, &wrong).expect("claimed");
        match official.verify(&exe, &proof, &claimed).expect("verify") {
            Verdict::Rejected(msg) => assert!(msg.contains("claimed output"), "{name}: {msg}"),
            Verdict::Verified => panic!("{name}: a wrong claimed output verified"),
        }
    }
}

#[test]
fn a_program_the_prover_cannot_encode_is_refused_before_proving() {
    if official().is_none() {
        return;
    }
    prime_runtime();
    let dir = scratch("prove-refused");
    let src = dir.join("big.c");
    // An immediate of 0x7FFFFFFF (above the BabyBear modulus) that only
    // hand-written assembly can produce: the compiler loads such constants
    // with IMM32.
    std::fs::write(
        &src,
        "#include <stdio.h>\nint main(void) { int x = 0;\n  __asm__ volatile(\"addi %0, %0, 2147483647\" : \"+r\"(x));\n  printf(\"%d\\n\", x == 2147483647 ? 42 : 0); return 0; }\n",
    )
    .expect("source");
    let out = run(driver().args(["run", "--prove"]).arg(&src));
    let stderr = text(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert_eq!(text(&out.stdout), "42\n");
    assert!(
        stderr.contains("cannot prove") && stderr.contains("field modulus"),
        "{stderr}"
    );
}
