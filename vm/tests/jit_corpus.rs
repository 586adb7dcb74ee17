//! The JIT against the interpreter on the project's C programs: every
//! `tests/e2e/*.c`, `bench/programs/*.c` and `runtime/tests/*.c`, built by
//! valida-cc at -O0 and -O2, gives the same outcome, output, instruction
//! count and per-instruction counts both ways. Needs a built valida-cc
//! (`$VALIDA_CC`, else `target/release/valida-cc` of the workspace); without
//! one the test says so and checks nothing.
#![cfg(all(feature = "jit", target_arch = "x86_64"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use valida_vm::jit::Compiled;
use valida_vm::{Io, Machine, Outcome, RunOptions, load_elf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn valida_cc() -> Option<PathBuf> {
    let path = std::env::var_os("VALIDA_CC")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target/release/valida-cc"));
    path.is_file().then_some(path)
}

fn run(elf: &[u8], input: &[u8], jit: bool) -> (Outcome, Vec<u8>, u64, Vec<u64>) {
    let program = load_elf(elf).expect("loads");
    let options = RunOptions {
        max_steps: 4_000_000_000,
        ..RunOptions::default()
    };
    let mut m = Machine::new(program, &options).expect("machine");
    let (mut input, mut output) = (input, Vec::new());
    let outcome = {
        let mut io = Io::new(&mut input, &mut output);
        if jit {
            let compiled = Compiled::new(&m, true).expect("compiles");
            compiled.run(&mut m, &mut io).expect("runs")
        } else {
            m.run(&mut io).expect("runs")
        }
    };
    let report = m.report(outcome.clone(), Vec::new(), std::time::Instant::now());
    (outcome, output, m.steps(), report.pc_counts)
}

#[test]
fn c_programs_run_the_same_compiled() {
    let Some(cc) = valida_cc() else {
        eprintln!("skipped: no valida-cc (build it, or set VALIDA_CC)");
        return;
    };
    let root = workspace();
    let work = std::env::temp_dir().join(format!("valida-jit-corpus-{}", std::process::id()));
    std::fs::create_dir_all(&work).expect("scratch dir");
    let mut checked = 0;
    for dir in ["tests/e2e", "bench/programs", "runtime/tests"] {
        let mut sources: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .expect("corpus dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "c"))
            .collect();
        sources.sort();
        for src in sources {
            let input = std::fs::read(src.with_extension("in")).unwrap_or_default();
            for opt in ["-O0", "-O2"] {
                let stem = src.file_stem().expect("name").to_string_lossy();
                let exe = work.join(format!("{stem}{opt}"));
                let built = Command::new(&cc)
                    .arg(opt)
                    .arg(&src)
                    .args(["-lm", "-o"])
                    .arg(&exe)
                    .output()
                    .expect("runs valida-cc");
                if !built.status.success() {
                    // Compile failures are the e2e tests' business.
                    continue;
                }
                let elf = std::fs::read(&exe).expect("executable");
                let interp = run(&elf, &input, false);
                let jit = run(&elf, &input, true);
                assert_eq!(jit, interp, "{} {opt}", src.display());
                checked += 1;
            }
        }
    }
    let _ = std::fs::remove_dir_all(&work);
    assert!(checked >= 50, "only {checked} programs built");
}
