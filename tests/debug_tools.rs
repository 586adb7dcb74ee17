//! Source-level tools (docs/debugging.md): `-g` DWARF through the whole
//! chain (clang → backend → linker), pc → file:line in linked executables,
//! failure reports with backtraces, profiles (folded, pprof, SVG) and cycle
//! markers. Programs are in tests/debug/.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{compile, manifest_dir, scratch, text};
use prost::Message;
use valida_vm::debuginfo::DebugInfo;
use valida_vm::debuginfo::backtrace::{describe, walk};
use valida_vm::debuginfo::report::failure_report;
use valida_vm::profile::pprof::PprofProfile;
use valida_vm::profile::{self, Options};
use valida_vm::{DEFAULT_INITIAL_FP, Io, Machine, Outcome, RunOptions, load_elf};

fn source(name: &str) -> PathBuf {
    manifest_dir().join("tests").join("debug").join(name)
}

/// Builds tests/debug/NAME with `flags`; returns the executable's bytes.
fn build(name: &str, flags: &[&str]) -> Vec<u8> {
    let work = scratch(&format!(
        "debug-{}{}",
        name.replace('.', "-"),
        flags.join("")
    ));
    let exe = work.join("prog");
    let out = compile(&[source(name).as_path()], flags, &exe);
    assert!(
        out.status.success(),
        "valida-cc {name} {flags:?}:\n{}",
        text(&out.stderr)
    );
    std::fs::read(&exe).expect("read executable")
}

fn machine(elf: &[u8]) -> Machine {
    let options = RunOptions {
        count_instructions: false,
        ..RunOptions::default()
    };
    Machine::new(load_elf(elf).expect("load"), &options).expect("machine")
}

fn run(elf: &[u8], input: &[u8]) -> (Machine, Outcome, String) {
    let mut m = machine(elf);
    let (mut input, mut output) = (input, Vec::new());
    let outcome = m.run(&mut Io::new(&mut input, &mut output)).expect("run");
    (m, outcome, text(&output))
}

fn ends_with_file(path: &Option<String>, file: &str) -> bool {
    path.as_deref()
        .is_some_and(|p| Path::new(p).ends_with(file))
}

#[test]
fn pcs_map_to_source_lines_in_linked_executables() {
    for opt in ["-O0", "-O2"] {
        // -fno-lto: a whole-program build folds twice(21) into main's
        // constant and drops twice, which this test looks for.
        let elf = build("lines.c", &["-g", opt, "-fno-lto"]);
        let debug = DebugInfo::from_elf(&elf)
            .expect("readable DWARF")
            .expect("-g executable has a line table");
        let program = load_elf(&elf).expect("load");
        let twice = program.symbols.lookup("twice").expect("twice").clone();
        let main = program.symbols.lookup("main").expect("main").clone();
        // The function's first instruction: its own name, file and line.
        let frames = debug.frames(twice.value);
        let top = frames.last().expect("frames at twice");
        assert_eq!(top.function.as_deref(), Some("twice"), "{opt} {frames:?}");
        assert!(ends_with_file(&top.file, "lines.c"), "{opt} {frames:?}");
        assert!(matches!(top.line, Some(2 | 3)), "{opt} {frames:?}");
        // Line 3 is code of twice (or inlined into main at -O2), on
        // instruction boundaries, and maps back to line 3.
        let ranges = debug.line_ranges("lines.c", 3);
        assert!(!ranges.is_empty(), "{opt}: no code for lines.c:3");
        for &(begin, end) in &ranges {
            assert_eq!(begin % 24, 0, "{opt}: {begin:#x} not on a record");
            assert!(end > begin);
            let inside =
                |s: &valida_vm::program::Symbol| s.value <= begin && end <= s.value + s.size;
            assert!(
                inside(&twice) || inside(&main),
                "{opt}: {begin:#x}..{end:#x}"
            );
            let (file, line) = debug.line(begin).expect("line at range start");
            assert!(
                file.ends_with("lines.c") && line == 3,
                "{opt}: {file}:{line}"
            );
        }
    }
    // Without -g there is no DWARF at all.
    let elf = build("lines.c", &["-O2"]);
    assert!(DebugInfo::from_elf(&elf).expect("parse").is_none());
}

/// Runs crash.c with `mode` and returns the failure report.
fn crash_report(elf: &[u8], mode: u8) -> (Outcome, String) {
    let (m, outcome, _) = run(elf, &[mode]);
    let debug = DebugInfo::from_elf(elf).expect("parse");
    let report = failure_report(&m, &outcome, debug.as_ref(), DEFAULT_INITIAL_FP)
        .expect("a failure has a report");
    (outcome, report)
}

/// `lines` appear in `report` in this order.
fn assert_in_order(report: &str, lines: &[&str]) {
    let mut at = 0;
    for l in lines {
        match report[at..].find(l) {
            Some(i) => at += i + l.len(),
            None => panic!("`{l}` missing (or out of order) in:\n{report}"),
        }
    }
}

#[test]
fn failures_report_reason_line_and_backtrace() {
    let elf = build(
        "crash.c",
        &[
            "-g",
            "-O0",
            "-fsanitize=signed-integer-overflow",
            "-fsanitize-trap=signed-integer-overflow",
        ],
    );
    let cases: [(u8, &str, &str); 5] = [
        (b'a', "reason: abort() called", "crash.c:15"),
        (b's', "reason: assertion failed", "crash.c:16"),
        (b't', "reason: FAIL executed", "crash.c:18"),
        (
            b'u',
            "reason: Undefined Behavior Sanitizer: signed integer addition overflow in 'big + mode'",
            "crash.c:20",
        ),
        (b'd', "reason: divide-by-zero", "crash.c:22"),
    ];
    for (mode, reason, line) in cases {
        let (outcome, report) = crash_report(&elf, mode);
        assert!(!matches!(outcome, Outcome::Stopped { .. }), "{outcome:?}");
        assert!(report.contains(reason), "mode {}:\n{report}", mode as char);
        let at = report
            .lines()
            .find(|l| l.starts_with("valida: at "))
            .unwrap_or("");
        assert!(
            at.contains(&format!("/{line}:")) && at.ends_with(" in inner"),
            "mode {}: expected {line}:\n{report}",
            mode as char
        );
        assert_in_order(
            &report,
            &[
                "backtrace:",
                "inner at ",
                &format!("/{line}:"),
                "outer at ",
                "crash.c:27",
                "main at ",
                "crash.c:34",
                "_start",
            ],
        );
    }
}

#[test]
fn backtrace_without_debug_info_names_functions() {
    let elf = build("crash.c", &["-O1"]);
    let (m, outcome, _) = run(&elf, b"a");
    assert_eq!(outcome, Outcome::Failed);
    let report = failure_report(&m, &outcome, None, DEFAULT_INITIAL_FP).expect("report");
    assert!(report.contains("reason: abort() called"), "{report}");
    assert!(report.contains("build with -g"), "{report}");
    assert_in_order(&report, &["abort", "inner", "outer", "main", "_start"]);
    // `_start`'s frame, whose caller distance is 0, ends the chain.
    assert!(!report.contains("frame chain ends"), "{report}");
    let (frames, _) = walk(m.memory(), m.pc(), m.fp(), DEFAULT_INITIAL_FP);
    let names: Vec<String> = frames
        .iter()
        .map(|f| describe(f.pc, m.program(), None).remove(0))
        .collect();
    // abort() may call a runtime helper that executes FAIL.
    assert!(
        names.ends_with(&["abort", "inner", "outer", "main", "_start"].map(String::from)),
        "{names:?}"
    );
}

#[test]
fn rust_panic_reports_backtrace_with_lines() {
    let elf = build("panic.rs", &["-g", "-O1"]);
    let (m, outcome, _) = run(&elf, b"");
    assert_eq!(outcome, Outcome::Failed);
    let debug = DebugInfo::from_elf(&elf).expect("parse");
    assert!(debug.is_some(), "rustc's DWARF arrives in the executable");
    let report = failure_report(&m, &outcome, debug.as_ref(), DEFAULT_INITIAL_FP).expect("report");
    assert!(report.contains("reason: Rust panic"), "{report}");
    assert_in_order(
        &report,
        &[
            "backtrace:",
            "checked_div",
            "panic.rs:",
            "main",
            "panic.rs:",
        ],
    );
}

/// Profiles a run; returns the profile, the machine and the outcome.
fn profiled(elf: &[u8], input: &[u8]) -> (profile::Profile, Machine, Outcome) {
    let mut m = machine(elf);
    let (mut input, mut output) = (input, Vec::new());
    let (outcome, p) = profile::run_with(
        &mut m,
        &mut Io::new(&mut input, &mut output),
        Options { stacks: true },
    )
    .expect("profiled run");
    (p, m, outcome)
}

fn folded_total(folded: &str) -> u64 {
    folded
        .lines()
        .map(|l| {
            l.rsplit(' ')
                .next()
                .and_then(|n| n.parse::<u64>().ok())
                .expect("count")
        })
        .sum()
}

#[test]
fn profile_charges_cycles_after_longjmp_to_the_right_stack() {
    let elf = build("longjmp.c", &["-g", "-O1"]);
    let (p, m, outcome) = profiled(&elf, b"");
    assert_eq!(outcome, Outcome::Stopped { exit_code: 0 });
    assert_eq!(p.total(), m.steps());
    let folded = p.folded(&m);
    assert_eq!(folded_total(&folded), m.steps());
    // after() runs under main once longjmp has left deep's frames.
    assert!(
        folded.lines().any(|l| l.starts_with("_start;main;after ")),
        "{folded}"
    );
    assert!(!folded.contains("deep;after"), "{folded}");
    // Recursion of deep is folded into one frame.
    assert!(folded.contains("_start;main;deep "), "{folded}");
    assert!(!folded.contains("deep;deep"), "{folded}");
    // Same count as a plain run.
    let (plain, _, _) = run(&elf, b"");
    assert_eq!(plain.steps(), m.steps());
}

#[test]
fn profile_of_deep_recursion_is_small_and_stack_overflow_does_not_abort() {
    // -O0: at -O1 LLVM turns this recursion into a loop.
    let elf = build("recurse.c", &["-O0"]);
    let (p, m, outcome) = profiled(&elf, b"20000");
    assert_eq!(outcome, Outcome::Stopped { exit_code: 0 });
    let folded = p.folded(&m);
    assert!(folded.len() < 4096, "{} bytes:\n{folded}", folded.len());
    assert!(p.nodes.len() < 64, "{} trie nodes", p.nodes.len());
    assert_eq!(folded_total(&folded), m.steps());
    // Recursion deep enough to run the stack out of memory: a trap, and a
    // profile still.
    // A 4 MiB stack, so that the fp leaves memory soon.
    let mut m = Machine::new(
        load_elf(&elf).expect("load"),
        &RunOptions {
            initial_fp: 0x40_0000,
            count_instructions: false,
            ..RunOptions::default()
        },
    )
    .expect("machine");
    let (mut input, mut output) = (&b"100000000"[..], Vec::new());
    let (outcome, p) = profile::run_with(
        &mut m,
        &mut Io::new(&mut input, &mut output),
        Options { stacks: true },
    )
    .expect("profiled run");
    assert!(matches!(outcome, Outcome::Trapped(_)), "{outcome:?}");
    assert_eq!(p.total(), m.steps());
    assert!(p.nodes.len() < 64, "{} trie nodes", p.nodes.len());
}

#[test]
fn profiles_by_source_line_as_pprof_and_svg() {
    let elf = build("longjmp.c", &["-g", "-O0"]);
    let (p, m, _) = profiled(&elf, b"");
    let debug = DebugInfo::from_elf(&elf).expect("parse").expect("dwarf");
    // Folded stacks end in the source line.
    let folded = p.folded_with(m.program(), Some(&debug));
    assert!(
        folded.contains("_start;main;after;longjmp.c:17 "),
        "{folded}"
    );
    assert_eq!(folded_total(&folded), m.steps());
    // pprof: decodes, counts add up, after's samples carry lines 16-17.
    let bytes = p.pprof_bytes(m.program(), Some(&debug));
    let decoded = PprofProfile::decode(bytes.as_slice()).expect("valid pprof protobuf");
    let total: i64 = decoded.sample.iter().map(|s| s.value[0]).sum();
    assert_eq!(total as u64, m.steps());
    let strings = &decoded.string_table;
    let after = decoded
        .function
        .iter()
        .find(|f| strings[f.name as usize] == "after")
        .expect("function after");
    assert!(strings[after.filename as usize].ends_with("longjmp.c"));
    let lines: Vec<i64> = decoded
        .location
        .iter()
        .flat_map(|l| &l.line)
        .filter(|l| l.function_id == after.id)
        .map(|l| l.line)
        .collect();
    assert!(lines.contains(&16) && lines.contains(&17), "{lines:?}");
    // SVG flamegraph by inferno.
    let svg = p
        .flamegraph_svg(m.program(), Some(&debug), "longjmp")
        .expect("svg");
    let svg = text(&svg);
    assert!(svg.starts_with("<?xml"), "{}", &svg[..svg.len().min(200)]);
    assert!(svg.contains("after") && svg.contains("longjmp.c:17"));
}

#[test]
fn cycle_markers_measure_named_regions() {
    let elf = build("regions.c", &["-O1"]);
    let mut m = machine(&elf);
    let (mut input, mut output) = (&[][..], Vec::new());
    let (outcome, p) = profile::run_with(
        &mut m,
        &mut Io::new(&mut input, &mut output),
        Options { stacks: true },
    )
    .expect("run");
    assert_eq!(outcome, Outcome::Stopped { exit_code: 0 });
    let work = p.regions.iter().find(|r| r.name == "work").expect("work");
    let setup = p.regions.iter().find(|r| r.name == "setup").expect("setup");
    assert_eq!((work.count, work.open, setup.count), (3, 0, 1));
    // A region costs what runs between its two marker calls: work(100)
    // three times, measured by the profile, plus the marker calls.
    let folded = p.folded(&m);
    let work_fn: u64 = folded
        .lines()
        .filter(|l| l.contains(";work "))
        .map(folded_total)
        .sum();
    assert!(work_fn > 300, "{folded}");
    assert!(
        work.cycles >= work_fn && work.cycles <= work_fn + 3 * 16,
        "{work:?} vs {work_fn}"
    );
    assert!(setup.cycles < 20, "{setup:?}");
}

#[test]
fn rust_cycle_regions() {
    let elf = build("regions.rs", &["-O1"]);
    let mut m = machine(&elf);
    let (mut input, mut output) = (&[][..], Vec::new());
    let (outcome, p) = profile::run_with(
        &mut m,
        &mut Io::new(&mut input, &mut output),
        Options { stacks: false },
    )
    .expect("run");
    assert_eq!(outcome, Outcome::Stopped { exit_code: 0 });
    let work = p.regions.iter().find(|r| r.name == "work").expect("work");
    assert_eq!((work.count, work.open), (2, 0), "{work:?}");
    assert!(work.cycles > 200, "{work:?}");
}

/// `(cycles, times)` of region `name` in `valida run --stats` output.
fn region_line(stats: &str, name: &str) -> Option<(u64, u64)> {
    let line = stats
        .lines()
        .find(|l| l.split_whitespace().next() == Some(name))?;
    let words: Vec<&str> = line.split_whitespace().collect();
    Some((words.get(1)?.parse().ok()?, words.get(3)?.parse().ok()?))
}

#[test]
fn rust_cycle_macro_and_guard_in_run_stats() {
    let elf = build("regions_macro.rs", &["-O1"]);
    let work = scratch("debug-regions-macro-run");
    let exe = work.join("prog");
    std::fs::write(&exe, &elf).expect("write executable");
    let valida = Path::new(env!("CARGO_BIN_EXE_valida-cc"))
        .parent()
        .expect("binary directory")
        .join("valida");
    assert!(
        valida.is_file(),
        "build `valida` first: cargo build --release -p valida-vm"
    );
    let out = std::process::Command::new(valida)
        .args(["run", "--stats"])
        .arg(&exe)
        .output()
        .expect("valida run");
    let stats = text(&out.stderr);
    assert!(out.status.success(), "{stats}");
    // `valida_cycle!("block", { work(100) })` three times.
    let (block, times) = region_line(&stats, "block").expect("block region");
    assert_eq!(times, 3, "{stats}");
    // The guard closes on the early return from `early` (work(10)).
    let (early, times) = region_line(&stats, "early").expect("early region");
    assert_eq!(times, 1, "{stats}");
    assert!(early > 10 && early < block / 3, "{stats}");
    assert!(!stats.contains("still open"), "{stats}");
}

/// Instructions per (call path, pc) of a profile, the path as (function,
/// call site) pairs from the root: comparable between runs whatever the
/// node numbering.
fn per_path_pc(p: &profile::Profile) -> BTreeMap<(Vec<(u32, u32)>, u32), u64> {
    let mut out = BTreeMap::new();
    for ((node, pc), count) in p.per_pc() {
        let path = p
            .path(node)
            .iter()
            .map(|&n| (p.nodes[n as usize].func, p.nodes[n as usize].call_site))
            .collect();
        *out.entry((path, pc)).or_insert(0) += count;
    }
    out
}

/// Profiles `elf` on `input` in compiled code and in the interpreter (the
/// reference) and checks that they agree on everything: outcome,
/// instruction count, instructions per (stack, pc), per node, regions.
/// Returns the outcome and the instructions run in compiled code.
fn profiles_agree(elf: &[u8], input: &[u8], max_steps: Option<u64>) -> (Outcome, u64) {
    let machine = || {
        let options = RunOptions {
            max_steps: max_steps.unwrap_or(u64::MAX),
            count_instructions: false,
            ..RunOptions::default()
        };
        Machine::new(load_elf(elf).expect("load"), &options).expect("machine")
    };
    let profile_with = |run: fn(
        &mut Machine,
        &mut Io<'_>,
        Options,
    ) -> Result<(Outcome, profile::Profile), valida_vm::Error>| {
        let mut m = machine();
        let (mut input, mut output) = (input, Vec::new());
        let (outcome, p) = run(
            &mut m,
            &mut Io::new(&mut input, &mut output),
            Options { stacks: true },
        )
        .expect("profiled run");
        (outcome, p, m.steps(), output)
    };
    let (fast_outcome, fast, fast_steps, fast_out) = profile_with(profile::run_with);
    let (outcome, reference, steps, out) = profile_with(profile::run_interpreted);
    let what = format!("input {:?}, max steps {max_steps:?}", text(input));
    assert_eq!(fast_outcome, outcome, "{what}");
    assert_eq!(fast_steps, steps, "{what}");
    assert_eq!(fast_out, out, "{what}");
    assert_eq!(fast.total(), steps, "{what}");
    assert_eq!(reference.total(), steps, "{what}");
    assert_eq!(reference.compiled, 0, "{what}");
    let by_pc = per_path_pc(&reference);
    assert!(!by_pc.is_empty(), "{what}");
    assert_eq!(per_path_pc(&fast), by_pc, "{what}");
    assert_eq!(fast.regions, reference.regions, "{what}");
    (outcome, fast.compiled)
}

#[test]
fn compiled_profile_equals_the_interpreted_one() {
    let jit = cfg!(target_arch = "x86_64");
    // Mutual, direct and pointer recursion, longjmp out of recursion,
    // loops; at -O0 and -O2.
    for flags in [&["-O0"][..], &["-O2"][..]] {
        let elf = build("profile_mix.c", flags);
        let (outcome, compiled) = profiles_agree(&elf, b"n", None);
        assert_eq!(outcome, Outcome::Stopped { exit_code: 0 }, "{flags:?}");
        assert!(!jit || compiled > 0, "{flags:?}: nothing ran compiled");
        // A null-pointer load in the middle of a compiled block.
        let (outcome, _) = profiles_agree(&elf, b"t", None);
        assert!(matches!(outcome, Outcome::Trapped(_)), "{outcome:?}");
        // Step limits anywhere: in blocks, on calls, on returns.
        let (m, _, _) = run(&elf, b"n");
        let total = m.steps();
        for limit in [
            1,
            7,
            100,
            total / 7,
            total / 3 + 1,
            total / 2 + 5,
            total - 1,
        ] {
            let (outcome, _) = profiles_agree(&elf, b"n", Some(limit));
            assert!(
                matches!(outcome, Outcome::Trapped(_)),
                "{limit}: {outcome:?}"
            );
        }
    }
    // Deep recursion, longjmp, a division by zero inside a callee, and
    // cycle-marker regions.
    profiles_agree(&build("recurse.c", &["-O0"]), b"5000", None);
    profiles_agree(&build("longjmp.c", &["-O1"]), b"", None);
    let (outcome, _) = profiles_agree(&build("crash.c", &["-O1"]), b"d", None);
    assert!(matches!(outcome, Outcome::Trapped(_)), "{outcome:?}");
    profiles_agree(&build("regions.c", &["-O1"]), b"", None);
}

/// A stack overflow in a deep recursion: one backtrace line for the
/// recursion's frames, and the call depth counted past the frames kept.
#[test]
fn stack_overflow_report_folds_recursion_and_counts_depth() {
    let elf = build("recurse.c", &["-O0"]);
    let (m, outcome, _) = run(&elf, b"100000000");
    let Outcome::Trapped(trap) = &outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(trap.kind, valida_vm::TrapKind::StackOverflow);
    let report = failure_report(&m, &outcome, None, DEFAULT_INITIAL_FP).expect("report");
    let down_lines: Vec<&str> = report
        .lines()
        .filter(|l| l.trim_start().starts_with('#') && l.contains(" down"))
        .collect();
    assert_eq!(down_lines.len(), 2, "{report}");
    assert!(down_lines[0].trim_start().starts_with("#0 "), "{report}");
    let kept = valida_vm::debuginfo::backtrace::MAX_WALKED;
    assert!(
        down_lines[1].contains(&format!("#1-#{} ", kept - 1))
            && down_lines[1].ends_with(&format!("({} frames: recursion)", kept - 1)),
        "{report}"
    );
    let depth: usize = report
        .split("(call depth ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no call depth in:\n{report}"));
    // Every frame of `down` has the same size: the depth is the stack used
    // divided by it, plus main's and _start's frames.
    let (frames, _) = walk(m.memory(), m.pc(), m.fp(), DEFAULT_INITIAL_FP);
    let frame_size = (frames[2].fp - frames[1].fp) as usize;
    let main_fp = m.fp() as usize + frame_size * (depth - 2);
    assert!(depth > kept, "{depth}");
    assert!(
        main_fp < DEFAULT_INITIAL_FP as usize,
        "depth {depth} x {frame_size} bytes"
    );
    assert!(
        DEFAULT_INITIAL_FP as usize - main_fp < 256,
        "depth {depth} x {frame_size} bytes"
    );
}
