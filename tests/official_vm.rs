//! Differential tests against the official Valida VM v1.0.0: the same
//! executables on `valida-official run` and on our VM must give the same
//! output and the same ending (STOP, FAIL); where the official VM panics,
//! ours must trap, and that is the only difference allowed.
//!
//! Corpus: every C program of tests/e2e and runtime/tests at -O0 and -O2
//! (built with valida-cc), plus generated assembly programs that exercise
//! every opcode and its edge cases and WRITE their results.
//!
//! The official VM comes from `$VALIDA_OFFICIAL` (path of the wrapper), else
//! from `scripts/install-official-valida.sh`; when neither works the tests
//! print why and pass without checking anything.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use common::{compile, manifest_dir, scratch, text};
use valida_vm::{Outcome, RunOptions, TrapKind};

/// The official VM's wrapper, or `None` (with a message) if unavailable.
fn official() -> Option<&'static Path> {
    static WRAPPER: OnceLock<Option<PathBuf>> = OnceLock::new();
    WRAPPER
        .get_or_init(|| {
            if let Some(p) = std::env::var_os("VALIDA_OFFICIAL") {
                return Some(PathBuf::from(p));
            }
            let script = manifest_dir().join("scripts/install-official-valida.sh");
            match Command::new("bash").arg(&script).output() {
                Ok(o) if o.status.success() => {
                    let out = text(&o.stdout);
                    out.lines().last().map(|l| PathBuf::from(l.trim()))
                }
                Ok(o) => {
                    eprintln!(
                        "SKIP official-VM differential tests: {} failed:\n{}",
                        script.display(),
                        text(&o.stderr)
                    );
                    None
                }
                Err(e) => {
                    eprintln!("SKIP official-VM differential tests: cannot run bash: {e}");
                    None
                }
            }
        })
        .as_deref()
}

/// How a run ended, in terms both VMs share.
#[derive(Debug, Clone, PartialEq, Eq)]
enum End {
    Stop,
    Fail,
    /// The official VM panicked; ours trapped (with this kind).
    Abort(Option<TrapKind>),
    /// Not compared: our run took this many instructions (over
    /// [`OFFICIAL_STEP_BUDGET`]).
    Skipped(u64),
}

struct Ran {
    end: End,
    output: Vec<u8>,
    note: String,
    /// Instructions executed (ours only; 0 for the official VM).
    steps: u64,
}

/// Programs longer than this (in our instruction count) are not run on the
/// official VM, which interprets about 10-25 M instructions per second on a
/// loaded CI machine: the comparison would dominate the suite's time.
const OFFICIAL_STEP_BUDGET: u64 = 5_000_000;

/// Runs `exe` on the official VM: in trace-generating mode (`run` without
/// `--fast`, whose range checks are the ones that panic), or with `--fast`.
fn run_official(
    wrapper: &Path,
    exe: &Path,
    input: &[u8],
    dir: &Path,
    fast: bool,
) -> Result<Ran, String> {
    let stem = exe.file_name().map_or_else(String::new, |n| text(n.as_encoded_bytes()));
    let input_path = dir.join(format!("{stem}.official-in"));
    let output_path = dir.join(format!("{stem}.official-out"));
    std::fs::write(&input_path, input).map_err(|e| e.to_string())?;
    let mut cmd = Command::new(wrapper);
    cmd.arg("run");
    if fast {
        cmd.arg("--fast");
    }
    let mut child = cmd
        .arg(exe)
        .arg(&output_path)
        .arg(&input_path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", wrapper.display()))?;
    let deadline = Instant::now() + Duration::from_secs(300);
    let status = loop {
        match child.try_wait().map_err(|e| e.to_string())? {
            Some(s) => break s,
            None if Instant::now() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("official VM timed out on {}", exe.display()));
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    };
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        use std::io::Read;
        let _ = e.read_to_string(&mut stderr);
    }
    let end = match status.code() {
        Some(0) => End::Stop,
        Some(1) if stderr.contains("terminated with FAIL") => End::Fail,
        Some(101) => End::Abort(None),
        other => return Err(format!("official VM exit {other:?}:\n{stderr}")),
    };
    let output = std::fs::read(&output_path).unwrap_or_default();
    let note = stderr
        .lines()
        .skip_while(|l| !l.contains("panicked"))
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    Ok(Ran {
        end,
        output,
        note,
        steps: 0,
    })
}

fn run_ours(image: &[u8], input: &[u8]) -> Result<Ran, String> {
    let options = RunOptions {
        max_steps: 3_000_000_000,
        ..RunOptions::default()
    };
    let report = valida_vm::run_elf(image, input, &options).map_err(|e| e.to_string())?;
    let (end, note) = match &report.outcome {
        Outcome::Stopped { .. } => (End::Stop, String::new()),
        Outcome::Failed => (End::Fail, String::new()),
        Outcome::Trapped(t) if t.kind == TrapKind::StepLimit => {
            return Err("our VM hit the step limit".into());
        }
        Outcome::Trapped(t) => (End::Abort(Some(t.kind)), t.to_string()),
    };
    Ok(Ran {
        end,
        output: report.output,
        note,
        steps: report.steps,
    })
}

/// Whether the official VM's panic is its static check of the program
/// table (an operand that is not a field element, IMM32 bytes >= 256),
/// which trace mode applies to every instruction before running.
fn static_check_panic(ran: &Ran) -> bool {
    ran.end == End::Abort(None)
        && (ran.note.contains("n < P") || ran.note.contains("program/src/lib.rs"))
}

/// Runs an executable on both VMs; `Err` describes the difference. When
/// the official trace mode refuses the program statically (a known
/// remaining difference, vm/README.md "STATIC_CHECKS"), the run semantics
/// are compared with `--fast` and `static_rejected` is set.
fn compare(
    wrapper: &Path,
    exe: &Path,
    input: &[u8],
    dir: &Path,
    static_rejected: &mut bool,
) -> Result<End, String> {
    let image = std::fs::read(exe).map_err(|e| e.to_string())?;
    let ours = run_ours(&image, input)?;
    if ours.steps > OFFICIAL_STEP_BUDGET {
        return Ok(End::Skipped(ours.steps));
    }
    let mut theirs = run_official(wrapper, exe, input, dir, false)?;
    *static_rejected = static_check_panic(&theirs);
    if *static_rejected {
        theirs = run_official(wrapper, exe, input, dir, true)?;
    }
    let same_end = match (&ours.end, &theirs.end) {
        (End::Abort(_), End::Abort(_)) => true,
        (a, b) => a == b,
    };
    if !same_end {
        return Err(format!(
            "ending differs: ours {:?} ({}), official {:?} ({})",
            ours.end, ours.note, theirs.end, theirs.note
        ));
    }
    if ours.output != theirs.output {
        let at = ours
            .output
            .iter()
            .zip(&theirs.output)
            .position(|(a, b)| a != b)
            .unwrap_or(ours.output.len().min(theirs.output.len()));
        return Err(format!(
            "output differs at byte {at} (ours {} bytes, official {} bytes)",
            ours.output.len(),
            theirs.output.len()
        ));
    }
    Ok(ours.end)
}

/// Compiles and compares every `*.c` of `dir` at `opt`; `input_ext` names
/// the optional input file next to each source.
fn corpus(dir: &str, input_ext: &str, opt: &str, flags: &[&str]) {
    let Some(wrapper) = official() else { return };
    let src_dir = manifest_dir().join(dir);
    let mut sources: Vec<PathBuf> = std::fs::read_dir(&src_dir)
        .expect("corpus dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "c"))
        .collect();
    sources.sort();
    let work = scratch(&format!("official-{}{opt}", dir.replace('/', "-")));
    let mut failures = Vec::new();
    let mut rejected = Vec::new();
    let mut skipped = Vec::new();
    let started = Instant::now();
    for src in &sources {
        let name = src.file_stem().map_or_else(String::new, |s| text(s.as_encoded_bytes()));
        let exe = work.join(&name);
        let mut all_flags = vec![opt];
        all_flags.extend_from_slice(flags);
        let out = compile(&[src], &all_flags, &exe);
        if !out.status.success() {
            failures.push(format!("{name} {opt}: compile error:\n{}", text(&out.stderr)));
            continue;
        }
        let input = std::fs::read(src.with_extension(input_ext)).unwrap_or_default();
        let mut static_rejected = false;
        match compare(wrapper, &exe, &input, &work, &mut static_rejected) {
            Err(e) => failures.push(format!("{name} {opt}: {e}")),
            Ok(End::Skipped(steps)) => skipped.push(format!("{name} ({steps} instructions)")),
            Ok(_) => {}
        }
        if static_rejected {
            rejected.push(name);
        }
    }
    eprintln!(
        "{dir} {opt}: {} programs compared in {:.1} s",
        sources.len(),
        started.elapsed().as_secs_f64()
    );
    if !skipped.is_empty() {
        eprintln!(
            "NOTE {dir} {opt}: not run on the official VM (over {OFFICIAL_STEP_BUDGET} instructions): {}",
            skipped.join(", ")
        );
    }
    if !rejected.is_empty() {
        // Compiler output with immediates of magnitude >= p (0x78000001):
        // the official trace mode (and so its prover) refuses these
        // programs before running them; compared with `run --fast` instead.
        eprintln!(
            "NOTE {dir} {opt}: official trace mode rejects {} of {} programs statically (operand not a field element): {}",
            rejected.len(),
            sources.len(),
            rejected.join(" ")
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn e2e_corpus_o0() {
    corpus("tests/e2e", "in", "-O0", &["-lm"]);
}

#[test]
fn e2e_corpus_o2() {
    corpus("tests/e2e", "in", "-O2", &["-lm"]);
}

#[test]
fn runtime_tests_o0() {
    corpus("runtime/tests", "stdin", "-O0", &[]);
}

#[test]
fn runtime_tests_o2() {
    corpus("runtime/tests", "stdin", "-O2", &[]);
}

// ---- Generated assembly -------------------------------------------------

/// Scratch slot used by `dump`.
const TMP: i32 = -4000;

/// One raw record: `.insn opcode, a, b, c, d, e`.
fn ins(out: &mut String, op: u32, a: i32, b: i32, c: i32, d: i32, e: i32) {
    let _ = writeln!(out, "    .insn {op}, {a}, {b}, {c}, {d}, {e}");
}

/// Records emitted so far (every line that is not a label).
fn records(s: &str) -> usize {
    s.lines().filter(|l| !l.trim_end().ends_with(':')).count()
}

fn imm(out: &mut String, slot: i32, v: u32) {
    let b = v.to_le_bytes();
    ins(out, 7, slot, b[0].into(), b[1].into(), b[2].into(), b[3].into());
}

/// WRITEs the 4 bytes of the cell at `slot`, least significant first.
fn dump(out: &mut String, slot: i32) {
    ins(out, 300, 0, slot, 0, 0, 1);
    for k in 1..4 {
        ins(out, 106, TMP, slot, 8 * k, 0, 1); // shri
        ins(out, 300, 0, TMP, 0, 0, 1);
    }
}

const EDGES: [u32; 14] = [
    0,
    1,
    2,
    3,
    31,
    32,
    33,
    0x7FFF_FFFF,
    0x8000_0000,
    0x8000_0001,
    0xFFFF_FFFF,
    0xFFFF_FFFE,
    0x1234_5678,
    0xFEDC_BA98,
];

/// The BabyBear prime: v1.0's program table holds operands as field elements.
const P: u32 = 0x7800_0001;

const ALU: [u32; 19] = [
    100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118,
];

/// Whether v1.0 panics on `op x y` (division by zero, INT_MIN / -1).
fn alu_panics(op: u32, x: u32, y: u32) -> bool {
    match op {
        103 => y == 0,
        110 => y == 0 || (x == 0x8000_0000 && y == 0xFFFF_FFFF),
        _ => false,
    }
}

fn alu_program() -> String {
    let mut s = String::new();
    for op in ALU {
        for &x in &EDGES {
            for &y in &EDGES {
                if alu_panics(op, x, y) {
                    continue;
                }
                imm(&mut s, -8, x);
                imm(&mut s, -12, y);
                ins(&mut s, op, -16, -8, -12, 0, 0); // register form
                dump(&mut s, -16);
                // Immediates must be field elements (< p) for v1.0 to load
                // the program at all (see STATIC_CHECKS in vm/README.md).
                if y < P {
                    ins(&mut s, op, -20, -8, y as i32, 0, 1); // c immediate
                    dump(&mut s, -20);
                }
                // d = 1: b immediate for the compares, ignored elsewhere.
                if matches!(op, 104 | 115 | 117 | 118) && x < P && y < P {
                    ins(&mut s, op, -24, x as i32, -12, 1, 0);
                    ins(&mut s, op, -28, x as i32, y as i32, 1, 1);
                    dump(&mut s, -28);
                } else {
                    ins(&mut s, op, -24, -8, -12, 1, 0);
                }
                dump(&mut s, -24);
                // e values other than 1 do not make c immediate.
                ins(&mut s, op, -32, -8, -12, 0, 2);
                dump(&mut s, -32);
            }
        }
    }
    s.push_str("    stop\n");
    s
}

fn imm32_and_branches_program() -> String {
    let mut s = String::new();
    // IMM32: LSB first (v1.0 refuses to load operands outside 0..=255).
    for (b, c, d, e) in [(0xFF, 1, 0x80, 0x7F), (0xFE, 0, 0x45, 0x81), (0, 0, 0, 0)] {
        ins(&mut s, 7, -8, b, c, d, e);
        dump(&mut s, -8);
    }
    // Branches: every form, taken and not taken, writing a marker per path.
    imm(&mut s, -8, 5);
    imm(&mut s, -12, 5);
    imm(&mut s, -16, 6);
    imm(&mut s, -40, u32::from(b'T'));
    imm(&mut s, -44, u32::from(b'N'));
    let cases = [
        ("beq", "-8(fp), -12(fp)"),
        ("beq", "-8(fp), -16(fp)"),
        ("bne", "-8(fp), -12(fp)"),
        ("bne", "-8(fp), -16(fp)"),
        ("beqi", "-8(fp), 5"),
        ("beqi", "-8(fp), 6"),
        ("bnei", "-8(fp), 5"),
        ("bnei", "-8(fp), 6"),
    ];
    for (i, (m, ops)) in cases.iter().enumerate() {
        let _ = writeln!(s, "    {m} taken{i}, {ops}");
        ins(&mut s, 300, 0, -44, 0, 0, 1);
        let _ = writeln!(s, "    beq join{i}, 0(fp), 0(fp)\ntaken{i}:");
        ins(&mut s, 300, 0, -40, 0, 0, 1);
        let _ = writeln!(s, "join{i}:");
    }
    // BEQ with e = 2: c is a slot (5 == 5: taken), not the immediate -12.
    let target = 24 * (records(&s) + 2) as i32;
    ins(&mut s, 5, target, -8, -12, 0, 2);
    ins(&mut s, 300, 0, -44, 0, 0, 1);
    ins(&mut s, 300, 0, -40, 0, 0, 1);
    // WRITE outputs only the low byte.
    imm(&mut s, -8, 0x4142_4344);
    ins(&mut s, 300, 0, -8, 0, 0, 1);
    s.push_str("    stop\n");
    s
}

fn cells_and_calls_program() -> String {
    let mut s = String::new();
    // Unaligned slots are cells of their own.
    imm(&mut s, -8, 0x1122_3344);
    imm(&mut s, -12, 0x5566_7788);
    imm(&mut s, -7, 0xAABB_CCDD);
    imm(&mut s, -6, 0x0102_0304);
    imm(&mut s, -5, 0xF0E0_D0C0);
    for slot in [-12, -8, -7, -6, -5] {
        dump(&mut s, slot);
    }
    ins(&mut s, 100, -16, -7, -6, 0, 0); // add of two unaligned cells
    dump(&mut s, -16);
    // Byte access sees the aligned cells only: bytes fp-7 .. fp-5.
    for off in [-8, -7, -6, -5] {
        ins(&mut s, 10, -20, off, 0, 0, 0); // loadfp: pointer fp+off
        ins(&mut s, 11, -24, 0, -20, 0, 0); // loadu8
        ins(&mut s, 12, -28, 0, -20, 0, 0); // loads8
        dump(&mut s, -24);
        dump(&mut s, -28);
        ins(&mut s, 13, 0, -20, -12, 0, 0); // storeu8 the low byte of -12
    }
    for slot in [-8, -7, -6, -5] {
        dump(&mut s, slot);
    }
    // LOADFP values (same initial fp on both VMs).
    ins(&mut s, 10, -32, 0, 0, 0, 0);
    ins(&mut s, 10, -36, -3, 0, 0, 0);
    dump(&mut s, -32);
    dump(&mut s, -36);
    // JAL with an fp delta that leaves fp unaligned; the callee uses
    // unaligned cells and returns with JALV through a computed target,
    // writing its dummy link to an unaligned cell as Lita's Rust code does.
    let _ = writeln!(s, "    jal -100(fp), callee, -102");
    dump(&mut s, -8);
    dump(&mut s, -40);
    // JALV to a computed target (24 * index), with a zero fp change.
    let _ = writeln!(s, "    imm32 -44(fp), computed");
    ins(&mut s, 100, -44, -44, 0, 0, 1);
    imm(&mut s, -48, 0);
    ins(&mut s, 4, -52, -44, -48, 0, 0);
    s.push_str("    fail\ncomputed:\n");
    dump(&mut s, -52);
    // JALV whose a is also b: the write of a comes first.
    let _ = writeln!(s, "    imm32 -56(fp), after_self");
    imm(&mut s, -60, 0);
    ins(&mut s, 4, -56, -56, -60, 0, 0);
    // Reached only if the link is written before b is read.
    imm(&mut s, -64, u32::from(b'W'));
    ins(&mut s, 300, 0, -64, 0, 0, 1);
    s.push_str("after_self:\n");
    dump(&mut s, -56);
    s.push_str("    stop\ncallee:\n");
    // fp here = caller fp - 102; -98(fp) is the caller's -100 slot... and
    // the return address is at fp + 2.
    imm(&mut s, -1, 0xDEAD_BEEF);
    imm(&mut s, -3, 0x0BAD_F00D);
    ins(&mut s, 100, -9, -1, -3, 0, 0);
    dump(&mut s, -9);
    ins(&mut s, 10, -13, 0, 0, 0, 0); // loadfp into an unaligned cell
    ins(&mut s, 101, -13, -13, -13, 0, 0);
    dump(&mut s, -13);
    imm(&mut s, -17, 102);
    imm(&mut s, 62, 0x7777_7777); // caller's -40 slot: fp + 62 = caller fp - 40
    ins(&mut s, 4, -1, 2, -17, 0, 0); // jalv -1(fp), 2(fp), -17(fp)
    s
}

fn memcpy_program() -> String {
    let mut s = String::new();
    const BUF: u32 = 0x20000;
    let init = |s: &mut String| {
        for i in 0..12u32 {
            imm(s, -8, BUF + 4 * i);
            let base = 0x41 + 4 * i;
            imm(s, -12, u32::from_le_bytes([base as u8, (base + 1) as u8, (base + 2) as u8, (base + 3) as u8]));
            ins(s, 2, 0, -8, -12, 0, 0);
        }
    };
    for len in 0..=9u32 {
        for src_off in 8..12u32 {
            for delta in -5i32..=5 {
                init(&mut s);
                let src = BUF + src_off;
                let dst = (src as i32 + delta) as u32;
                imm(&mut s, -16, dst);
                imm(&mut s, -20, src);
                imm(&mut s, -24, len);
                ins(&mut s, 20, -16, -20, -24, 0, 0);
                for w in 0..12 {
                    imm(&mut s, -8, BUF + 4 * w);
                    ins(&mut s, 1, -28, 0, -8, 0, 0);
                    dump(&mut s, -28);
                }
            }
        }
    }
    // A long copy from a misaligned source, disjoint, and the same overlapping.
    for dst in [BUF + 0x100 + 3, BUF + 9] {
        init(&mut s);
        imm(&mut s, -16, dst);
        imm(&mut s, -20, BUF + 5);
        imm(&mut s, -24, 41);
        ins(&mut s, 20, -16, -20, -24, 0, 0);
        for w in 0..12 {
            imm(&mut s, -8, dst - dst % 4 + 4 * w);
            ins(&mut s, 1, -28, 0, -8, 0, 0);
            dump(&mut s, -28);
        }
    }
    s.push_str("    stop\n");
    s
}

fn advice_and_keccak_program() -> String {
    let mut s = String::new();
    // READ_ADVICE past the end of the input: 0xFFFFFFFF every time.
    for slot in [-8, -7, -12, -16, -20] {
        ins(&mut s, 9, slot, 0, 0, 0, 0);
        dump(&mut s, slot);
    }
    // KECCAKF at an aligned pointer.
    let base = 0x30000u32;
    for i in 0..50u32 {
        imm(&mut s, -8, base + 4 * i);
        imm(&mut s, -12, i.wrapping_mul(0x9E37_79B9));
        ins(&mut s, 2, 0, -8, -12, 0, 0);
    }
    imm(&mut s, -40, base);
    ins(&mut s, 120, 0, -40, 0, 0, 0);
    for i in 0..50u32 {
        imm(&mut s, -8, base + 4 * i);
        ins(&mut s, 1, -28, 0, -8, 0, 0);
        dump(&mut s, -28);
    }
    // KECCAKF at an unaligned pointer: the state is 50 unaligned cells,
    // reached through a frame placed just above them (fp = state + 200).
    let state = 0x30402u32;
    let delta = (state + 200).wrapping_sub(valida_vm::DEFAULT_INITIAL_FP) as i32;
    let _ = writeln!(s, "    jal -100(fp), on_state, {delta}");
    s.push_str("on_state:\n");
    for i in 0..50i32 {
        imm(&mut s, -200 + 4 * i, (i as u32).wrapping_mul(0x85EB_CA6B));
    }
    ins(&mut s, 10, -204, -200, 0, 0, 0); // loadfp: the state pointer
    ins(&mut s, 120, 0, -204, 0, 0, 0);
    for i in 0..50i32 {
        dump(&mut s, -200 + 4 * i);
    }
    s.push_str("    stop\n");
    s
}

/// Runs each (name, source, input) on both VMs and requires equal results;
/// returns the endings.
fn compare_asm(group: &str, programs: &[(&str, String, &[u8])]) -> Vec<End> {
    let Some(wrapper) = official() else {
        return Vec::new();
    };
    let work = scratch(&format!("official-asm-{group}"));
    let mut failures = Vec::new();
    let mut ends = Vec::new();
    for (name, src, input) in programs {
        let image = valida_vm::assemble_to_elf(src)
            .unwrap_or_else(|e| panic!("{name}: assembly failed: {e}"));
        let exe = work.join(name);
        std::fs::write(&exe, &image).expect("write executable");
        let mut static_rejected = false;
        match compare(wrapper, &exe, input, &work, &mut static_rejected) {
            Ok(_) if static_rejected => {
                failures.push(format!("{name}: rejected by the official static check"));
            }
            Ok(end) => ends.push(end),
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    ends
}

#[test]
fn every_opcode_edge_cases_match() {
    let ends = compare_asm("opcodes", &[
        ("alu", alu_program(), b""),
        ("imm32-branches", imm32_and_branches_program(), b""),
        ("cells-calls", cells_and_calls_program(), b""),
        ("memcpy", memcpy_program(), b""),
        ("advice-keccak", advice_and_keccak_program(), b"ab"),
    ]);
    for end in ends {
        assert_eq!(end, End::Stop);
    }
}

/// Each case: a program that WRITEs 'A' and then does one thing the
/// official VM panics on; ours must trap with the given kind after the same
/// output.
#[test]
fn official_panics_are_our_traps() {
    let pre = "    imm32 -4(fp), 65\n    write 0, -4(fp), 0, 0, 1\n";
    let cases: &[(&str, &str, TrapKind)] = &[
        ("div0", "imm32 -8(fp), 0\n div -12(fp), -4(fp), -8(fp)\n", TrapKind::DivideByZero),
        ("divi0", ".insn 103, -12, -4, 0, 0, 1\n", TrapKind::DivideByZero),
        ("sdiv0", "imm32 -8(fp), 0\n sdiv -12(fp), -4(fp), -8(fp)\n", TrapKind::DivideByZero),
        (
            "sdiv-overflow",
            "imm32 -8(fp), 0x80000000\n imm32 -12(fp), -1\n sdiv -16(fp), -8(fp), -12(fp)\n",
            TrapKind::DivideOverflow,
        ),
        ("lw-pointer", "imm32 -8(fp), 0x20002\n lw -12(fp), -8(fp)\n", TrapKind::MisalignedAccess),
        ("sw-pointer", "imm32 -8(fp), 0x20001\n sw -8(fp), -4(fp)\n", TrapKind::MisalignedAccess),
        ("lw-slot", "imm32 -8(fp), 0x20000\n lw -11(fp), -8(fp)\n", TrapKind::MisalignedAccess),
        ("loadu8-slot", ".insn 11, -12, 0, -9, 0, 0\n", TrapKind::MisalignedAccess),
        ("storeu8-slot", ".insn 13, 0, -9, -4, 0, 0\n", TrapKind::MisalignedAccess),
        ("memcpy-slot", ".insn 20, -9, -4, -4, 0, 0\n", TrapKind::MisalignedAccess),
        ("lw-limit", "imm32 -8(fp), 0x3c000000\n lw -12(fp), -8(fp)\n", TrapKind::AddressOutOfRange),
        ("sw-limit", "imm32 -8(fp), 0xfffffffc\n sw -8(fp), -4(fp)\n", TrapKind::AddressOutOfRange),
        ("loadu8-limit", "imm32 -8(fp), 0x3c000001\n loadu8 -12(fp), -8(fp)\n", TrapKind::AddressOutOfRange),
        ("slot-limit", "imm32 8(fp), 1\n", TrapKind::AddressOutOfRange),
        ("keccak-limit", "imm32 -8(fp), 0x3bffff40\n keccakf 0, -8(fp)\n", TrapKind::AddressOutOfRange),
        (
            "memcpy-limit",
            "imm32 -8(fp), 0x3bfffffe\n imm32 -12(fp), 0x10000\n imm32 -16(fp), 8\n memcpy -8(fp), -12(fp), -16(fp)\n",
            TrapKind::AddressOutOfRange,
        ),
        ("fall-off-end", "", TrapKind::PcOutOfCode),
        ("jal-far", "jal -8(fp), 2400000, 0\n", TrapKind::PcOutOfCode),
        ("jalv-far", "imm32 -8(fp), 2400000\n imm32 -12(fp), 0\n jalv -16(fp), -8(fp), -12(fp)\n", TrapKind::PcOutOfCode),
        ("unknown-opcode", ".insn 99, 0, 0, 0, 0, 0\n", TrapKind::UnknownOpcode),
        ("field-opcode", ".insn 200, -8, -4, -4, 0, 0\n", TrapKind::UnsupportedOpcode),
        ("write-c", ".insn 300, 0, -4, 1, 0, 1\n", TrapKind::InvalidOperand),
        ("write-e", ".insn 300, 0, -4, 0, 0, 0\n", TrapKind::InvalidOperand),
    ];
    let programs: Vec<(&str, String, &[u8])> = cases
        .iter()
        .map(|(name, body, _)| (*name, format!("{pre}    {body}"), &b""[..]))
        .collect();
    let ends = compare_asm("panics", &programs);
    if ends.is_empty() {
        return;
    }
    for ((name, _, kind), end) in cases.iter().zip(ends) {
        assert_eq!(end, End::Abort(Some(*kind)), "{name}");
    }
}
