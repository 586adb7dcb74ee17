//! `valida run` compiles programs by default: it gives the interpreter's
//! (`--interp`) output, exit status, trap report and statistics, and stops
//! an endless compiled loop on SIGINT like the interpreter does.
#![cfg(all(feature = "jit", target_arch = "x86_64", unix))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

fn elf(dir: &Path, name: &str, src: &str) -> PathBuf {
    let path = dir.join(name);
    let bytes = valida_vm::assemble_to_elf(src).expect("assembles");
    std::fs::write(&path, bytes).expect("writes the program");
    path
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("valida-jit-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("creates a scratch directory");
    dir
}

fn valida(args: &[&str], program: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_valida"))
        .arg("run")
        .args(args)
        .arg(program)
        .stdin(Stdio::null())
        .output()
        .expect("runs valida")
}

/// The stats text without its timing lines (wall time and speed differ).
fn untimed(stderr: &[u8]) -> String {
    String::from_utf8_lossy(stderr)
        .lines()
        .filter(|l| !l.contains("time") && !l.contains("instr/s") && !l.contains("speed"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_default_executor_reports_what_the_interpreter_reports() {
    let dir = scratch("same");
    // A loop that writes, then an out-of-range load: output, a trap with
    // its place, and per-opcode counts.
    let program = elf(
        &dir,
        "trap",
        "_start:
    imm32 -4(fp), 0
loop:
    addi -4(fp), -4(fp), 1
    write 0, -4(fp), 0, 0, 1
    bnei loop, -4(fp), 300
    imm32 -8(fp), 4294967292
    lw -12(fp), -8(fp)
    stop
",
    );
    for extra in [
        &[][..],
        &["--stats"],
        &["--max-steps", "500"],
        &["--max-steps", "500", "--stats"],
    ] {
        let compiled = valida(extra, &program);
        let interp = valida(&[extra, &["--interp"][..]].concat(), &program);
        assert_eq!(compiled.status.code(), interp.status.code(), "{extra:?}");
        assert_eq!(compiled.stdout, interp.stdout, "{extra:?}");
        assert_eq!(
            untimed(&compiled.stderr),
            untimed(&interp.stderr),
            "{extra:?}"
        );
        assert!(!compiled.stdout.is_empty() && compiled.status.code() != Some(0));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// SIGINT stops an endless loop however it runs (compiled, interpreted,
/// profiled, traced, under the cost model), with the output flushed and
/// exit status 130; a cost run still prints the cost of what ran.
#[test]
fn sigint_stops_every_kind_of_run_with_its_output_flushed() {
    let dir = scratch("sigint");
    let program = elf(
        &dir,
        "endless",
        "_start:
    imm32 -4(fp), 65
    write 0, -4(fp), 0, 0, 1
loop:
    addi -8(fp), -8(fp), 1
    beqi loop, -12(fp), 0
    stop
",
    );
    let profile = dir.join("endless.folded");
    let profile = profile.to_str().expect("a UTF-8 path");
    for extra in [
        &[][..],
        &["--interp"],
        &["--profile", profile],
        &["--trace"],
        &["--cost"],
    ] {
        let child = Command::new(env!("CARGO_BIN_EXE_valida"))
            .arg("run")
            .args(extra)
            .arg(&program)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("runs valida");
        // Long enough for the handlers to be installed on a loaded machine.
        std::thread::sleep(Duration::from_millis(700));
        let pid = i32::try_from(child.id()).expect("a pid");
        // SAFETY: sends a signal to our own child process.
        assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
        let out = child.wait_with_output().expect("waits for valida");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(130), "{extra:?}: {stderr}");
        assert_eq!(out.stdout, b"A", "{extra:?}");
        let tail = stderr
            .get(stderr.len().saturating_sub(4096)..)
            .unwrap_or(&stderr);
        assert!(stderr.contains("interrupted"), "{extra:?}: {tail}");
        if extra == ["--cost"] {
            assert!(stderr.contains("proof cost"), "{tail}");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn help_says_how_to_force_the_interpreter() {
    let out = Command::new(env!("CARGO_BIN_EXE_valida"))
        .args(["run", "--help"])
        .output()
        .expect("runs valida");
    // Words only: clap wraps the lines.
    let help = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(help.contains("--interp"), "{help}");
    assert!(help.contains("--trace and --cost"), "{help}");
    assert!(help.contains("With --profile"), "{help}");
}
