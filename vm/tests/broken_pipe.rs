//! The `valida` binary when its reader goes away (`valida disasm x | head`):
//! no panic, no message, exit status 0 (see `BROKEN_PIPE` in src/cli/mod.rs).
//! Other write errors are one line and the host-error status 4.

#[path = "rv32im/elfgen.rs"]
mod elfgen;

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// Status of `valida` when the reader of its output closed the pipe.
const BROKEN_PIPE: i32 = 0;
/// Status of `valida` for host errors (files, streams).
const HOST_ERROR: i32 = 4;

/// Text well over a pipe buffer (64 KiB on Linux) once disassembled.
const INSTRUCTIONS: usize = 20_000;

fn tmp(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("broken-pipe");
    std::fs::create_dir_all(&dir).expect("tmp dir");
    dir.join(name)
}

/// Assembles `source` with the crate's assembler into a temp ELF.
fn build(name: &str, source: &str) -> PathBuf {
    let elf = valida_vm::assemble_to_elf(source).unwrap_or_else(|e| panic!("{name}: {e}"));
    let path = tmp(&format!("{name}.elf"));
    // Tests run in parallel and share the file: write a private copy and
    // rename it into place, so no test reads a half-written ELF.
    let part = tmp(&format!("{name}.elf.{:?}", std::thread::current().id()));
    std::fs::write(&part, elf).expect("write ELF");
    std::fs::rename(&part, &path).expect("rename ELF");
    path
}

/// A Valida program of [`INSTRUCTIONS`] instructions.
fn big_program() -> PathBuf {
    let mut source = String::from("main:\n");
    for i in 0..INSTRUCTIONS {
        source.push_str(&format!("    addi -4(fp), -4(fp), {}\n", i % 100));
    }
    source.push_str("    stop\n");
    build("big", &source)
}

/// Spawns `valida args`, reads a few bytes of its stdout (or stderr, if
/// `from_stderr`), closes that pipe and waits for the exit.
fn close_early(args: &[&str], from_stderr: bool) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_valida"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn valida");
    let mut head = [0u8; 16];
    if from_stderr {
        let mut err = child.stderr.take().expect("stderr pipe");
        err.read_exact(&mut head).expect("first bytes of stderr");
        drop(err);
    } else {
        let mut out = child.stdout.take().expect("stdout pipe");
        out.read_exact(&mut head).expect("first bytes of stdout");
        drop(out);
    }
    child.wait_with_output().expect("wait for valida")
}

fn assert_quiet_exit(o: &Output, what: &str) {
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("panicked"), "{what}: {err}");
    assert!(err.is_empty(), "{what}: no message expected, got {err}");
    assert_eq!(o.status.code(), Some(BROKEN_PIPE), "{what}: {err}");
}

#[test]
fn disasm_into_a_closed_pipe_exits_quietly() {
    let elf = big_program();
    let o = close_early(&["disasm", elf.to_str().expect("utf-8 path")], false);
    assert_quiet_exit(&o, "disasm | head");
}

#[test]
fn run_output_into_a_closed_pipe_exits_quietly() {
    // Writes 1,000,000 bytes, well over the pipe buffer (the step limit is
    // only a safety net).
    let elf = build(
        "spam",
        "main:\n    imm32 -4(fp), 1000000\n    imm32 -8(fp), 65\nloop:\n    write 0, -8(fp), 0, 0, 1\n    subi -4(fp), -4(fp), 1\n    bnei loop, -4(fp), 0\n    stop\n",
    );
    let path = elf.to_str().expect("utf-8 path");
    let o = close_early(&["run", path, "--max-steps", "10000000"], false);
    assert_quiet_exit(&o, "run | head");
    // The trace (stderr) into a closed pipe ends the run the same way.
    let o = close_early(&["run", path, "--trace", "--max-steps", "10000000"], true);
    assert_quiet_exit(&o, "run --trace 2>&1 | head");
}

#[test]
fn rv32_disasm_into_a_closed_pipe_exits_quietly() {
    // addi x0, x0, 0 (nop), INSTRUCTIONS times.
    let code: Vec<u8> = std::iter::repeat_n(0x0000_0013u32, INSTRUCTIONS)
        .flat_map(u32::to_le_bytes)
        .collect();
    let elf = elfgen::executable(
        0x1_0000,
        &[elfgen::Load {
            vaddr: 0x1_0000,
            flags: 5,
            data: &code,
            mem_size: code.len() as u32,
        }],
    );
    let path = tmp("nops.rv32.elf");
    std::fs::write(&path, elf).expect("write ELF");
    let o = close_early(
        &["rv32", "disasm", path.to_str().expect("utf-8 path")],
        false,
    );
    assert_quiet_exit(&o, "rv32 disasm | head");
}

#[test]
fn disasm_into_a_full_device_is_a_host_error() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("note: no /dev/full; skipping");
        return;
    };
    let elf = big_program();
    let o = Command::new(env!("CARGO_BIN_EXE_valida"))
        .arg("disasm")
        .arg(&elf)
        .stdout(full)
        .output()
        .expect("run valida");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(o.status.code(), Some(HOST_ERROR), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("valida: cannot write disassembly to stdout:"),
        "{err}"
    );
}
