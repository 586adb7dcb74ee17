//! `valida-cc bench`: every program of the benchmark suite through
//! `compare` at one -O level, once with the Valida target as it is and once
//! with each of its optimisation passes disabled (their hidden `cl::opt`s,
//! given with `-mllvm`), and frame sizes from the MIR after prologue/epilogue
//! insertion. Each configuration runs in a child process (LLVM options are
//! set once per process). Writes a Markdown report.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use clap::Args;

use super::json::Json;
use crate::cli::OptLevel;
use crate::error::{Error, Result};

/// `valida-cc bench [--programs DIR] [-o FILE]`.
#[derive(Debug, Clone, Args)]
pub struct BenchArgs {
    /// Directory of the benchmark programs (`*.c`, optional `NAME.in`).
    #[arg(long, value_name = "DIR", default_value = "bench/programs")]
    pub programs: PathBuf,
    /// The Markdown report to write.
    #[arg(
        short = 'o',
        long = "output",
        value_name = "FILE",
        default_value = "bench/RESULTS.md"
    )]
    pub output: PathBuf,
    /// Optimisation level of the measurements.
    #[arg(short = 'O', value_enum, default_value = "2", value_name = "LEVEL")]
    pub opt: OptLevel,
    /// Only the default configuration (no pass on/off columns).
    #[arg(long)]
    pub no_passes: bool,
    /// Also write every child's JSON result to this file (a JSON array).
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// Only the programs whose name contains one of these strings.
    #[arg(long = "only", value_name = "NAME")]
    pub only: Vec<String>,
}

/// A configuration: a name and the `-mllvm` options that make it.
struct Config {
    name: &'static str,
    what: &'static str,
    mllvm: &'static [&'static str],
}

/// The Valida passes with an off switch (llvm-target/*.cpp).
const CONFIGS: &[Config] = &[
    Config {
        name: "all on",
        what: "the target as it is",
        mllvm: &[],
    },
    Config {
        name: "no fold",
        what: "`-valida-disable-fold-operands` (OperandFolder off)",
        mllvm: &["-valida-disable-fold-operands"],
    },
    Config {
        name: "no slot sharing",
        what: "`-valida-disable-slot-sharing` (linear-scan slot allocation gives every vreg its own slot)",
        mllvm: &["-valida-disable-slot-sharing"],
    },
    Config {
        name: "naive slots",
        what: "`-valida-use-slot-alloc=false` (one slot per vreg through the -O0 lowering)",
        mllvm: &["-valida-use-slot-alloc=false"],
    },
    Config {
        name: "no slot copy-prop",
        what: "`-valida-disable-slot-copy-prop` (forwarding of slot copies, dead slot writes)",
        mllvm: &["-valida-disable-slot-copy-prop"],
    },
    Config {
        name: "no coalescing",
        what: "`-valida-disable-coalescing` (LLVM's register coalescer off: PHI and COPY slots not joined)",
        mllvm: &["-valida-disable-coalescing"],
    },
    Config {
        name: "no def sinking",
        what: "`-valida-disable-sink-defs`",
        mllvm: &["-valida-disable-sink-defs"],
    },
    Config {
        name: "no mask deletion",
        what: "`-valida-disable-redundant-mask` (ANDs that clear no bit kept)",
        mllvm: &["-valida-disable-redundant-mask"],
    },
    Config {
        name: "no call-distance reuse",
        what: "`-valida-disable-reuse-call-distance`",
        mllvm: &["-valida-disable-reuse-call-distance"],
    },
    Config {
        name: "no unrolling",
        what: "`-valida-unroll=false` (the loop unroller gets LLVM's default preferences instead of the Valida cost model's; applies to the IR both back ends compile)",
        mllvm: &["-valida-unroll=false"],
    },
    Config {
        name: "no arg homing",
        what: "`-valida-disable-arg-homing` (valida-slot-alloc keeps a register loaded from an incoming argument slot apart from that slot: the entry copy stays)",
        mllvm: &["-valida-disable-arg-homing"],
    },
    Config {
        name: "no term fold",
        what: "`-valida-loop-term-fold=false` (LLVM's LoopTermFold after loop strength reduction off: a loop keeps a counter for its exit beside a pointer it steps anyway)",
        mllvm: &["-valida-loop-term-fold=false"],
    },
    Config {
        name: "LSR insns first",
        what: "`-valida-lsr-insns-first` (off by default: loop strength reduction ranks solutions by instructions before registers)",
        mllvm: &["-valida-lsr-insns-first"],
    },
    Config {
        name: "with MEMCPY",
        what: "`-valida-use-memcpy` (`valida-cc -mvalida-memcpy`: llvm.memcpy wider than a word becomes one MEMCPY instruction; executes, but the Valida v1.0 prover cannot prove it, so it is off by default)",
        mllvm: &["-valida-use-memcpy"],
    },
];

/// One program under one configuration.
#[derive(Debug, Clone, Default)]
struct Measure {
    ok: bool,
    matched: bool,
    error: String,
    v_exec: f64,
    v_static: f64,
    r_exec: f64,
    r_static: f64,
    v_mips: f64,
    r_mips: f64,
    frame_bytes: Option<u64>,
    functions: usize,
    /// Base-field cells of the official v1.0 prover's traces for the Valida run.
    v_cells: Option<f64>,
    /// Memory operations of the Valida run as the prover's Memory chip counts them.
    v_mem: Option<f64>,
}

fn driver_exe() -> Result<PathBuf> {
    std::env::current_exe().map_err(|e| Error::io("valida-cc", e))
}

fn mllvm_args(cmd: &mut Command, opts: &[&str]) {
    for o in opts {
        cmd.arg(format!("--mllvm={o}"));
    }
}

/// Sum of `stackSize` over the functions of `src` (MIR after prologepilog).
fn frame_bytes(exe: &Path, src: &Path, opt: OptLevel, mllvm: &[&str]) -> Option<(u64, usize)> {
    let mut cmd = Command::new(exe);
    cmd.arg(opt.clang_flag()).arg("--emit-mir=prologepilog");
    mllvm_args(&mut cmd, mllvm);
    let out = cmd
        .arg(src)
        .args(["-o", "-"])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut total = 0;
    let mut functions = 0;
    let mut in_frame_info = false;
    for line in text.lines() {
        let t = line.trim_start();
        if line.starts_with("frameInfo:") {
            in_frame_info = true;
        } else if !line.starts_with(' ') {
            in_frame_info = false;
        } else if in_frame_info && let Some(v) = t.strip_prefix("stackSize:") {
            total += v.trim().parse::<u64>().ok()?;
            functions += 1;
        }
    }
    Some((total, functions))
}

/// The RISC-V side optimised by its own TargetMachine (`--riscv-ir native`).
const NATIVE: Config = Config {
    name: "RV32IM own -O pipeline",
    what: "`compare --riscv-ir native`",
    mllvm: &[],
};

fn measure(
    exe: &Path,
    src: &Path,
    opt: OptLevel,
    config: &Config,
    riscv_ir: &str,
) -> (Measure, Option<Json>) {
    let mut m = Measure::default();
    let mut cmd = Command::new(exe);
    cmd.arg("compare")
        .arg(opt.clang_flag())
        .arg("--json")
        .arg(format!("--riscv-ir={riscv_ir}"));
    mllvm_args(&mut cmd, config.mllvm);
    let input = src.with_extension("in");
    if input.is_file() {
        cmd.arg("--input").arg(&input);
    }
    let out = match cmd.arg(src).stdin(Stdio::null()).output() {
        Ok(o) => o,
        Err(e) => {
            m.error = e.to_string();
            return (m, None);
        }
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let Some(json) = Json::parse(text.trim()) else {
        let err = String::from_utf8_lossy(&out.stderr);
        m.error = err.lines().last().unwrap_or("no output").to_string();
        return (m, None);
    };
    let num = |p: &str| json.path(p).and_then(Json::as_f64).unwrap_or(0.0);
    m.ok = true;
    m.matched = json.get("match").and_then(Json::as_bool).unwrap_or(false);
    m.v_exec = num("valida.executed");
    m.v_static = num("valida.static_user");
    m.r_exec = num("riscv.executed");
    m.r_static = num("riscv.static_user");
    m.v_mips = num("valida.mips");
    m.r_mips = num("riscv.mips");
    m.v_cells = json.path("valida.trace_cells").and_then(Json::as_f64);
    m.v_mem = json.path("valida.memory_ops").and_then(Json::as_f64);
    if let Some((bytes, n)) = frame_bytes(exe, src, opt, config.mllvm) {
        m.frame_bytes = Some(bytes);
        m.functions = n;
    }
    (m, Some(json))
}

/// Reads one figure of a measurement.
type Getter = fn(&Measure) -> Option<f64>;

fn geomean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (mut sum, mut n) = (0.0, 0u32);
    for v in values.filter(|v| *v > 0.0 && v.is_finite()) {
        sum += v.ln();
        n += 1;
    }
    (n > 0).then(|| (sum / f64::from(n)).exp())
}

fn thousands(v: f64) -> String {
    let n = v.round() as u64;
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Entry point of `bench`.
pub fn exec(args: &BenchArgs) -> Result<i32> {
    let exe = driver_exe()?;
    let mut programs: Vec<PathBuf> = fs::read_dir(&args.programs)
        .map_err(|e| Error::io(&args.programs, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
        .filter(|p| {
            args.only.is_empty()
                || p.file_stem().is_some_and(|s| {
                    args.only
                        .iter()
                        .any(|o| s.to_string_lossy().contains(o.as_str()))
                })
        })
        .collect();
    programs.sort();
    if programs.is_empty() {
        return Err(Error::Usage(format!(
            "no programs under {}",
            args.programs.display()
        )));
    }
    let configs: Vec<&Config> = if args.no_passes {
        CONFIGS.iter().take(1).collect()
    } else {
        CONFIGS.iter().collect()
    };
    // results[program][config]
    let mut results: Vec<Vec<Measure>> = Vec::new();
    let mut native: Vec<Measure> = Vec::new();
    let mut all_json = Vec::new();
    let mut failures = 0;
    // One compare run: progress and failures on stderr, its JSON kept.
    let mut run = |p: &Path, c: &Config, riscv_ir: &str| {
        eprintln!("bench: {} [{}]", p.display(), c.name);
        let (m, json) = measure(&exe, p, args.opt, c, riscv_ir);
        if !m.ok || !m.matched {
            failures += 1;
            eprintln!(
                "bench: {} [{}]: {}",
                p.display(),
                c.name,
                if m.ok { "MISMATCH" } else { &m.error }
            );
        }
        if let Some(j) = json {
            all_json.push(j);
        }
        m
    };
    for p in &programs {
        results.push(configs.iter().map(|c| run(p, c, "same")).collect());
        native.push(run(p, &NATIVE, "native"));
    }
    let report = render(args, &programs, &configs, &results, &native);
    if let Some(dir) = args.output.parent()
        && !dir.as_os_str().is_empty()
    {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    fs::write(&args.output, &report).map_err(|e| Error::io(&args.output, e))?;
    if let Some(j) = &args.json {
        fs::write(j, Json::Arr(all_json).to_string()).map_err(|e| Error::io(j, e))?;
    }
    print!("{report}");
    Ok(i32::from(failures > 0))
}

fn name_of(p: &Path) -> String {
    p.file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
}

fn render(
    args: &BenchArgs,
    programs: &[PathBuf],
    configs: &[&Config],
    results: &[Vec<Measure>],
    native: &[Measure],
) -> String {
    let opt = args.opt.clang_flag();
    let mut s = String::new();
    let _ = writeln!(s, "# Benchmark results\n");
    let _ = writeln!(
        s,
        "Generated by `scripts/bench.sh` (`valida-cc bench {opt}`): each program of \
         `bench/programs/` is compiled once to optimised LLVM IR and from that IR by the \
         Valida target and by LLVM's RISC-V backend (`valida-cc compare`, see docs/compare.md), \
         and run on the Valida VM and on the RV32IM emulator. Executed instructions include \
         the runtime (start code, printf); static instructions count the program's own \
         functions. Frame bytes: the sum over the program's functions of the Valida frame \
         size N (MIR `stackSize` after prologue/epilogue insertion). M instr/s: wall-clock \
         speed of each interpreter on a shared, loaded machine (indicative only). Valida proof \
         cells: base-field cells the official v1.0 prover commits to for the run (main, \
         public and 5x permutation traces of every segment, plus the byte table; \
         docs/cost-model.md), `-` for runs over 20 M instructions; Valida memory \
         operations: operand reads and writes the prover counts, plus its dummy reads \
         (docs/cost-model.md).\n"
    );
    let _ = writeln!(s, "## Valida vs RV32IM at {opt}\n");
    let _ = writeln!(
        s,
        "| program | Valida executed | RV32IM executed | Valida/RV32IM | Valida static | RV32IM static | static ratio | frame bytes | Valida memory operations | Valida proof cells | Valida M instr/s | RV32IM M instr/s | output |"
    );
    let _ = writeln!(
        s,
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    );
    for (p, row) in programs.iter().zip(results) {
        let m = &row[0];
        if !m.ok {
            let _ = writeln!(
                s,
                "| {} | error: {} | | | | | | | | | | | |",
                name_of(p),
                m.error.replace('|', "/")
            );
            continue;
        }
        let _ = writeln!(
            s,
            "| {} | {} | {} | {:.3} | {} | {} | {:.3} | {} | {} | {} | {:.0} | {:.0} | {} |",
            name_of(p),
            thousands(m.v_exec),
            thousands(m.r_exec),
            m.v_exec / m.r_exec,
            thousands(m.v_static),
            thousands(m.r_static),
            m.v_static / m.r_static,
            m.frame_bytes
                .map_or_else(|| "?".into(), |b| thousands(b as f64)),
            m.v_mem.map_or_else(|| "-".into(), thousands),
            m.v_cells.map_or_else(|| "-".into(), thousands),
            m.v_mips,
            m.r_mips,
            if m.matched { "match" } else { "MISMATCH" }
        );
    }
    let gm = geomean(
        results
            .iter()
            .map(|r| &r[0])
            .filter(|m| m.ok)
            .map(|m| m.v_exec / m.r_exec),
    );
    let gs = geomean(
        results
            .iter()
            .map(|r| &r[0])
            .filter(|m| m.ok)
            .map(|m| m.v_static / m.r_static),
    );
    let _ = writeln!(
        s,
        "\n**Geometric mean of Valida/RV32IM executed instructions: {}** (static: {}).\n",
        gm.map_or_else(|| "n/a".into(), |g| format!("{g:.3}")),
        gs.map_or_else(|| "n/a".into(), |g| format!("{g:.3}"))
    );
    render_native(&mut s, opt, programs, native);
    if configs.len() > 1 {
        let _ = writeln!(s, "## Valida passes on and off at {opt}\n");
        let _ = writeln!(
            s,
            "Configurations (each a `-mllvm` option of the Valida target; the runtime is always built with all passes on):\n"
        );
        for c in configs {
            let _ = writeln!(s, "- **{}**: {}", c.name, c.what);
        }
        let tables: [(&str, Getter); 3] = [
            ("Valida instructions executed", |m| Some(m.v_exec)),
            ("Valida static instructions (program)", |m| Some(m.v_static)),
            ("Frame bytes (sum of the program's frame sizes)", |m| {
                m.frame_bytes.map(|b| b as f64)
            }),
        ];
        for (title, get) in tables {
            let _ = writeln!(s, "\n### {title}\n");
            let mut head = "| program |".to_string();
            let mut rule = "|---|".to_string();
            for c in configs {
                let _ = write!(head, " {} |", c.name);
                rule.push_str("---:|");
            }
            let _ = writeln!(s, "{head}\n{rule}");
            for (p, row) in programs.iter().zip(results) {
                let mut line = format!("| {} |", name_of(p));
                for m in row {
                    let cell = if !m.ok {
                        "error".to_string()
                    } else {
                        match get(m) {
                            Some(v) => format!(
                                "{}{}",
                                thousands(v),
                                if m.matched { "" } else { " (MISMATCH)" }
                            ),
                            None => "?".into(),
                        }
                    };
                    let _ = write!(line, " {cell} |");
                }
                let _ = writeln!(s, "{line}");
            }
            // Geometric mean of each configuration relative to "all on".
            let mut line = "| geomean vs all on |".to_string();
            for i in 0..configs.len() {
                let g = geomean(results.iter().filter_map(|row| {
                    let (a, b) = (&row[0], &row[i]);
                    (a.ok && b.ok).then(|| Some(get(b)? / get(a)?)).flatten()
                }));
                let _ = write!(
                    line,
                    " {} |",
                    g.map_or_else(|| "n/a".into(), |g| format!("{g:.3}"))
                );
            }
            let _ = writeln!(s, "{line}");
        }
        let mut line = "\nGeometric mean of Valida/RV32IM executed instructions per configuration:"
            .to_string();
        for (i, c) in configs.iter().enumerate() {
            let g = geomean(
                results
                    .iter()
                    .map(|r| &r[i])
                    .filter(|m| m.ok)
                    .map(|m| m.v_exec / m.r_exec),
            );
            let _ = write!(
                line,
                " {} {};",
                c.name,
                g.map_or_else(|| "n/a".into(), |g| format!("{g:.3}"))
            );
        }
        let _ = writeln!(s, "{}", line.trim_end_matches(';'));
    }
    let _ = writeln!(
        s,
        "\nReproduce: `bash scripts/bench.sh` (release build, then `valida-cc bench {opt}`; \
         one program: `valida-cc compare {opt} bench/programs/NAME.c`)."
    );
    s
}

/// The same programs against RV32IM built the way a RISC-V toolchain would
/// build them: the front end's IR optimised by the RISC-V TargetMachine's
/// own pipeline, so Valida-only IR decisions (the unroller's cost model) do
/// not reach the RISC-V side.
fn render_native(s: &mut String, opt: &str, programs: &[PathBuf], native: &[Measure]) {
    let _ = writeln!(
        s,
        "## Valida vs RV32IM with its own {opt} pipeline
"
    );
    let _ = writeln!(
        s,
        "`valida-cc compare {opt} --riscv-ir native`: the RISC-V side compiles the front end's IR \
         optimised again by the RISC-V TargetMachine (its own unrolling and inlining \
         decisions), as a RISC-V toolchain would; the Valida side is unchanged.\n"
    );
    let _ = writeln!(
        s,
        "| program | Valida executed | RV32IM executed | Valida/RV32IM | output |"
    );
    let _ = writeln!(s, "|---|---:|---:|---:|---|");
    for (p, m) in programs.iter().zip(native) {
        if !m.ok {
            let _ = writeln!(
                s,
                "| {} | error: {} | | | |",
                name_of(p),
                m.error.replace('|', "/")
            );
            continue;
        }
        let _ = writeln!(
            s,
            "| {} | {} | {} | {:.3} | {} |",
            name_of(p),
            thousands(m.v_exec),
            thousands(m.r_exec),
            m.v_exec / m.r_exec,
            if m.matched { "match" } else { "MISMATCH" }
        );
    }
    let g = geomean(native.iter().filter(|m| m.ok).map(|m| m.v_exec / m.r_exec));
    let _ = writeln!(
        s,
        "\n**Geometric mean of Valida/RV32IM executed instructions, RV32IM with its own pipeline: {}**\n",
        g.map_or_else(|| "n/a".into(), |g| format!("{g:.3}"))
    );
}
