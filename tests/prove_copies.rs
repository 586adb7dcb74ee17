//! A program that copies structs and strings (struct assignment, a byval
//! argument, memcpy of a run-time size, strcpy, memmove, memset), built by
//! default, is proved and verified by the official
//! Valida v1.0 prover; a wrong claimed output is rejected. Built with
//! `-mvalida-memcpy` the same program cannot be proved (the prover's MEMCPY
//! is unimplemented). Skipped, with a message, when the official binary is
//! not installed (`scripts/install-official-valida.sh`; `VALIDA_OFFICIAL`
//! names the wrapper, default `$VALIDA_OFFICIAL_DIR` or
//! `$HOME/.cache/valida-cc/official`, `/valida-official`).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{compile, manifest_dir, scratch, text};

const EXPECTED: &str = ">alice bob 4\n";

fn official() -> Option<PathBuf> {
    let path = match std::env::var_os("VALIDA_OFFICIAL") {
        Some(p) => PathBuf::from(p),
        None => {
            let dir = match std::env::var_os("VALIDA_OFFICIAL_DIR") {
                Some(d) => PathBuf::from(d),
                None => PathBuf::from(std::env::var_os("HOME")?).join(".cache/valida-cc/official"),
            };
            dir.join("valida-official")
        }
    };
    path.is_file().then_some(path)
}

fn build(flags: &[&str], name: &str) -> PathBuf {
    let src = manifest_dir().join("tests/inputs/copies.c");
    let exe = scratch(name).join("copies");
    let mut all = vec!["-O2"];
    all.extend_from_slice(flags);
    let out = compile(&[Path::new(&src)], &all, &exe);
    assert!(out.status.success(), "{}", text(&out.stderr));
    exe
}

#[test]
fn struct_and_string_copies_prove_on_v1() {
    let Some(official) = official() else {
        eprintln!(
            "skipped: official Valida binary not installed (run scripts/install-official-valida.sh)"
        );
        return;
    };
    let work = scratch("prove-copies");
    let exe = build(&[], "prove-copies-default");
    let stdin = work.join("stdin");
    std::fs::write(&stdin, b"").expect("stdin file");
    let proof = work.join("proof");
    let out = Command::new(&official)
        .arg("prove")
        .args([&exe, &proof, &stdin])
        .output()
        .expect("official prover runs");
    assert!(
        out.status.success(),
        "prove failed:\n{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let claimed = work.join("claimed");
    for (output, accepted) in [(EXPECTED, true), (">alice bob 5\n", false)] {
        std::fs::write(&claimed, output).expect("claimed output");
        let out = Command::new(&official)
            .arg("verify")
            .args([&exe, &proof, &claimed])
            .output()
            .expect("official verifier runs");
        assert_eq!(
            out.status.success(),
            accepted,
            "verify with claimed output {output:?}:\n{}{}",
            text(&out.stdout),
            text(&out.stderr)
        );
    }

    // Opting in to MEMCPY: the same program runs but cannot be proved.
    let exe = build(&["-mvalida-memcpy"], "prove-copies-memcpy");
    let out = Command::new(&official)
        .arg("prove")
        .args([&exe, &work.join("proof-memcpy"), &stdin])
        .output()
        .expect("official prover runs");
    assert!(
        !out.status.success(),
        "a program executing MEMCPY was proved"
    );
    assert!(
        text(&out.stderr).contains("memcpy not implemented"),
        "unexpected prover failure:\n{}",
        text(&out.stderr)
    );
}
