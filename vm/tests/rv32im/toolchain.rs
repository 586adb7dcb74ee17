//! Builds the C test programs in `tests/rv32im/` for RV32IM with clang-22 and
//! ld.lld-22 (override with `RV32IM_CLANG` / `RV32IM_LLD`), and runs them
//! under `qemu-riscv32 -cpu rv32,c=false` (override with `RV32IM_QEMU` and
//! `RV32IM_QEMU_CPU`).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Mutex, OnceLock};

fn tool(var: &str, default: &str) -> Option<String> {
    let name = std::env::var(var).unwrap_or_else(|_| default.to_owned());
    let ok = Command::new(&name)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    ok.then_some(name)
}

pub fn clang() -> Option<&'static str> {
    static CLANG: OnceLock<Option<String>> = OnceLock::new();
    CLANG
        .get_or_init(|| tool("RV32IM_CLANG", "clang-22"))
        .as_deref()
}

pub fn lld() -> Option<&'static str> {
    static LLD: OnceLock<Option<String>> = OnceLock::new();
    LLD.get_or_init(|| tool("RV32IM_LLD", "ld.lld-22"))
        .as_deref()
}

pub fn qemu() -> Option<&'static str> {
    static QEMU: OnceLock<Option<String>> = OnceLock::new();
    QEMU.get_or_init(|| tool("RV32IM_QEMU", "qemu-riscv32"))
        .as_deref()
}

pub fn source_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("rv32im")
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("rv32im");
    let _ = std::fs::create_dir_all(&dir);
    dir
}

fn run_tool(cmd: &mut Command) {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn compile(clang: &str, source: &Path, opt: &str, object: &Path) {
    run_tool(
        Command::new(clang)
            .args([
                "--target=riscv32-unknown-elf",
                "-march=rv32im",
                "-mabi=ilp32",
                opt,
            ])
            .args(["-nostdlib", "-ffreestanding", "-fno-builtin", "-c"])
            .arg(source)
            .arg("-o")
            .arg(object),
    );
}

/// `start.S` and `rt.c` compiled at `opt`, once per test process.
fn runtime_objects(clang: &str, opt: &str) -> Vec<PathBuf> {
    static BUILT: Mutex<Vec<(String, Vec<PathBuf>)>> = Mutex::new(Vec::new());
    let mut built = BUILT.lock().unwrap_or_else(|poison| poison.into_inner());
    if let Some((_, objects)) = built.iter().find(|(o, _)| o == opt) {
        return objects.clone();
    }
    let objects: Vec<PathBuf> = ["start.S", "rt.c"]
        .iter()
        .map(|file| {
            let object = out_dir().join(format!("{file}{opt}.o"));
            compile(clang, &source_dir().join(file), opt, &object);
            object
        })
        .collect();
    built.push((opt.to_owned(), objects.clone()));
    objects
}

/// Compiles `tests/rv32im/{name}.c` at `opt` (e.g. "-O2") and links it with
/// `start.S` and `rt.c`; `None` (with a note) if clang or lld is missing.
pub fn build(name: &str, opt: &str) -> Option<PathBuf> {
    let (Some(clang), Some(lld)) = (clang(), lld()) else {
        eprintln!("note: clang-22/ld.lld-22 not found; skipping RV32IM program {name}");
        return None;
    };
    let mut objects = runtime_objects(clang, opt);
    let object = out_dir().join(format!("{name}{opt}.o"));
    compile(clang, &source_dir().join(format!("{name}.c")), opt, &object);
    objects.push(object);
    let elf = out_dir().join(format!("{name}{opt}.elf"));
    run_tool(Command::new(lld).args(&objects).arg("-o").arg(&elf));
    Some(elf)
}

/// What `qemu-riscv32` made of a program.
#[derive(Debug)]
pub struct QemuRun {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Exit status, or `None` if killed by a signal.
    pub status: Option<i32>,
    pub signal: Option<i32>,
}

pub fn run_qemu(elf: &Path, input: &[u8]) -> Option<QemuRun> {
    use std::io::Write;
    use std::os::unix::process::ExitStatusExt;
    let Some(qemu) = qemu() else {
        eprintln!("note: qemu-riscv32 not found; skipping the cross-check");
        return None;
    };
    // RV32 without the C extension, like the emulator (a jump to a 2-aligned
    // address then faults instead of running compressed code).
    let cpu = std::env::var("RV32IM_QEMU_CPU").unwrap_or_else(|_| "rv32,c=false".to_owned());
    let mut child = Command::new(qemu)
        .args(["-cpu", &cpu])
        .arg(elf)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input);
    }
    let out = child.wait_with_output().ok()?;
    Some(QemuRun {
        stdout: out.stdout,
        // qemu itself prints nothing on a clean run; on a signal it may add a
        // "qemu: uncaught target signal" line, which is not the guest's.
        stderr: out.stderr,
        status: out.status.code(),
        signal: out.status.signal(),
    })
}
