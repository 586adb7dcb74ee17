//! The `valida` command's proof commands: `run --cost` prints the cost
//! table; `prove` and `verify` hand the work to the official Valida v1.0
//! prover (skipped, with a message, when it is not installed) and refuse
//! clearly what it cannot take.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use valida_vm::assemble_to_elf;
use valida_vm::cost::official::Official;

fn valida() -> Command {
    Command::new(env!("CARGO_BIN_EXE_valida"))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("valida-cost-prove-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn build(dir: &Path, name: &str) -> PathBuf {
    let src = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/programs")
            .join(name),
    )
    .expect("read program");
    let path = dir.join(name.trim_end_matches(".s"));
    std::fs::write(&path, assemble_to_elf(&src).expect("assemble")).expect("write elf");
    path
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("spawn valida")
}

#[test]
fn run_cost_prints_every_chip_after_the_program_output() {
    let dir = scratch("run");
    let prog = build(&dir, "cost_chips.s");
    let input = dir.join("in");
    std::fs::write(&input, b"Q").expect("input");
    let out = run(valida()
        .arg("run")
        .arg("--cost")
        .arg("--input")
        .arg(&input)
        .arg(&prog));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with('Q'),
        "program output stays on stdout"
    );
    let err = text(&out.stderr);
    for chip in [
        "cpu",
        "memory",
        "add32",
        "mul32",
        "keccak",
        "static_data",
        "bytes",
    ] {
        assert!(
            err.lines().any(|l| l.trim_start().starts_with(chip)),
            "{chip}: {err}"
        );
    }
    assert!(
        err.contains("1 segment,") && err.contains("total committed cells"),
        "{err}"
    );
    // --stats gains a one-line summary with the same total.
    let out = run(valida()
        .args([
            "run",
            "--cost",
            "--stats",
            "--max-segment-size",
            "64",
            "--input",
        ])
        .arg(&input)
        .arg(&prog));
    let err = text(&out.stderr);
    assert!(err.contains("4 segments"), "{err}");
    assert!(err.lines().any(|l| l.starts_with("proof cost: ")), "{err}");
    // --max-segment-size only means something with --cost.
    let out = run(valida()
        .args(["run", "--max-segment-size", "64"])
        .arg(&prog));
    assert!(!out.status.success());
}

#[test]
fn prove_then_verify_accepts_the_true_output_and_rejects_another() {
    if let Err(e) = Official::locate() {
        eprintln!("SKIPPED (official prover absent): {e}");
        return;
    }
    let dir = scratch("prove");
    let prog = build(&dir, "cost_chips.s");
    let input = dir.join("in");
    std::fs::write(&input, b"Q").expect("input");
    let proof = dir.join("p.proof");
    let out = run(valida()
        .arg("prove")
        .arg(&prog)
        .arg("--input")
        .arg(&input)
        .arg("-o")
        .arg(&proof));
    let err = text(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("official Valida v1.0 prover"), "{err}");
    assert!(proof.is_file());
    let claimed = dir.join("out");
    std::fs::write(&claimed, &out.stdout).expect("claimed");
    let ok = run(valida()
        .arg("verify")
        .arg(&prog)
        .arg(&proof)
        .arg("--output")
        .arg(&claimed));
    assert!(ok.status.success(), "{}", text(&ok.stderr));
    assert!(text(&ok.stderr).contains("proof verified"));
    let mut wrong = out.stdout.clone();
    wrong[0] ^= 1;
    std::fs::write(&claimed, &wrong).expect("claimed");
    let bad = run(valida()
        .arg("verify")
        .arg(&prog)
        .arg(&proof)
        .arg("--output")
        .arg(&claimed));
    assert_eq!(bad.status.code(), Some(1), "{}", text(&bad.stderr));
    assert!(
        text(&bad.stderr).contains("proof rejected"),
        "{}",
        text(&bad.stderr)
    );
}

#[test]
fn prove_refuses_a_program_the_prover_cannot_take() {
    let dir = scratch("refuse");
    let src = "addi -4(fp), -4(fp), 2147483647\nstop\n";
    let prog = dir.join("big");
    std::fs::write(&prog, assemble_to_elf(src).expect("assemble")).expect("write");
    // With no prover installed this still fails, naming the install script.
    let out = run(valida()
        .arg("prove")
        .arg(&prog)
        .arg("-o")
        .arg(dir.join("p")));
    let err = text(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains("field modulus") || err.contains("install-official-valida.sh"),
        "{err}"
    );
    // MEMCPY runs, but the v1.0 prover cannot prove it.
    let prog = build(&dir, "memcpy.s");
    let out = run(valida()
        .arg("prove")
        .arg(&prog)
        .arg("-o")
        .arg(dir.join("p")));
    let err = text(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains("MEMCPY") || err.contains("install-official-valida.sh"),
        "{err}"
    );
}

#[test]
fn prove_without_the_prover_names_the_install_script() {
    let dir = scratch("absent");
    let prog = build(&dir, "fib_iter.s");
    let out = run(valida()
        .env("VALIDA_OFFICIAL", dir.join("no-such-prover"))
        .arg("prove")
        .arg(&prog));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(
        err.contains("scripts/install-official-valida.sh") && err.contains("VALIDA_OFFICIAL"),
        "{err}"
    );
}
