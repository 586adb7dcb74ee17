//! `valida-cc compare`: one program compiled from the same optimised LLVM
//! IR by the Valida target and by LLVM's RISC-V backend, run on the Valida
//! VM and on the RV32IM emulator (both libraries of `valida-vm`), with the
//! outputs, exit statuses and instruction counts compared.
//!
//! The IR path (see docs/compare.md): clang's riscv32 front end → the
//! module retargeted to Valida → the driver's `-O` pipeline with the Valida
//! TargetMachine → a copy of that optimised module goes to the Valida back
//! end, the other copy is pointed back at riscv32 and goes to the RISC-V
//! back end (`--riscv-ir same`, the default). `--riscv-ir native` instead
//! optimises the front-end IR a second time with the RISC-V TargetMachine.

pub mod bench;
pub mod cli;
pub mod json;
pub mod riscv;
pub mod rust;
pub mod rv_runtime;
pub mod stats;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::targets::TargetMachine;

use crate::cli::CompileOptions;
use crate::codegen::pipeline::{Emit, emit, optimize, target_machine};
use crate::commands::build::{InputKind, load_module};
use crate::frontend::clang;
use crate::ir::retarget;
use crate::link::{self, Input, LinkOptions};
use crate::runtime_build;

/// Failures of `compare` itself (not of the compared programs).
#[derive(Debug, thiserror::Error)]
pub enum CompareError {
    #[error(transparent)]
    Driver(#[from] crate::Error),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot run `{program}`: {source}")]
    Tool {
        program: String,
        #[source]
        source: std::io::Error,
    },
    #[error("RISC-V target: {0}")]
    Riscv(String),
    #[error("{path}: RISC-V code generation failed: {message}")]
    RiscvCodegen { path: PathBuf, message: String },
    #[error("RV32IM link failed:\n{0}")]
    RiscvLink(String),
    #[error("RV32IM runtime: {0}")]
    Runtime(String),
    #[error("{side}: cannot load the executable: {message}")]
    Load { side: &'static str, message: String },
    #[error("{0}")]
    Usage(String),
}

pub type Result<T, E = CompareError> = std::result::Result<T, E>;

/// Which IR the RISC-V back end compiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum RiscvIr {
    /// The module the Valida side compiles (optimised once, with the Valida
    /// TargetMachine), pointed back at riscv32.
    #[default]
    Same,
    /// The front-end IR optimised again with the RISC-V TargetMachine (same
    /// pipeline and pass options).
    Native,
}

impl RiscvIr {
    pub fn name(self) -> &'static str {
        match self {
            RiscvIr::Same => "same",
            RiscvIr::Native => "native",
        }
    }
}

/// One source compiled for both targets.
pub struct Unit<'ctx> {
    path: PathBuf,
    valida: Module<'ctx>,
    riscv: Module<'ctx>,
    valida_tm: TargetMachine,
    riscv_tm: TargetMachine,
}

impl Unit<'_> {
    /// The Valida relocatable object.
    pub fn valida_object(&self) -> Result<Vec<u8>> {
        Ok(emit(
            &self.valida,
            &self.valida_tm,
            Emit::Object,
            &self.path,
        )?)
    }

    /// The riscv32 relocatable object.
    pub fn riscv_object(&self) -> Result<Vec<u8>> {
        riscv::emit_object(&self.riscv, &self.riscv_tm, &self.path)
    }
}

/// Front end and optimisation of one `.c`/`.ll`/`.bc` file or `.rs`
/// crate root for both targets.
pub fn compile_module<'ctx>(
    context: &'ctx Context,
    path: &Path,
    opts: &CompileOptions,
    mode: RiscvIr,
) -> Result<Unit<'ctx>> {
    let valida_tm = target_machine(opts.opt)?;
    let riscv_tm = riscv::target_machine(opts.opt)?;
    if matches!(InputKind::of(path)?, InputKind::Rust) {
        let (valida, riscv) =
            rust::compile_crate(context, path, opts, mode, &valida_tm, &riscv_tm)?;
        return Ok(Unit {
            path: path.to_path_buf(),
            valida,
            riscv,
            valida_tm,
            riscv_tm,
        });
    }
    let valida = load_module(context, path, opts, &valida_tm, &[])?;
    let riscv = match mode {
        RiscvIr::Same => {
            let copy = valida.clone();
            riscv::retarget_to_riscv(&copy, &riscv_tm);
            copy
        }
        RiscvIr::Native => {
            let bytes = match InputKind::of(path)? {
                InputKind::C => {
                    let include = runtime_build::include_dir();
                    clang::compile_to_bitcode(path, opts, include.as_deref(), &[])?
                }
                _ => fs::read(path).map_err(|e| CompareError::Io {
                    path: path.to_path_buf(),
                    source: e,
                })?,
            };
            let module = retarget::parse_module(context, path, &bytes)?;
            riscv::retarget_to_riscv(&module, &riscv_tm);
            retarget::verify(&module, path)?;
            optimize(&module, &riscv_tm, opts.opt, path)?;
            if !opts.f_flags.iter().any(|f| f == "no-function-sections") {
                retarget::split_sections(&module);
            }
            module
        }
    };
    Ok(Unit {
        path: path.to_path_buf(),
        valida,
        riscv,
        valida_tm,
        riscv_tm,
    })
}

/// What `compare` needs besides the sources.
#[derive(Debug, Clone, Default)]
pub struct CompareOptions {
    pub compile: CompileOptions,
    pub riscv_ir: RiscvIr,
    /// Directory where both executables are kept (`<stem>.valida`, `<stem>.rv32`).
    pub keep: Option<PathBuf>,
}

/// Both executables of a program.
#[derive(Debug, Clone)]
pub struct Builds {
    pub valida: Vec<u8>,
    pub riscv: Vec<u8>,
    /// Functions defined by the user's sources (for static counts).
    pub user_functions: BTreeSet<String>,
}

struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<TempDir> {
        use std::sync::atomic::{AtomicU32, Ordering};
        static N: AtomicU32 = AtomicU32::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let dir = std::env::temp_dir().join(format!(
            "valida-cc-compare-{}-{}-{nanos}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        fs::create_dir_all(&dir).map_err(|e| CompareError::Io {
            path: dir.clone(),
            source: e,
        })?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Makes sure the RV32 runtime exists. When LLVM options were given
/// (`-mllvm`), they would apply to the runtime too, so a child process
/// without them builds it.
pub fn ensure_rv_runtime(opts: &CompareOptions) -> Result<rv_runtime::RvRuntime> {
    let mode = opts.riscv_ir;
    if !opts.compile.mllvm.is_empty() && !rv_runtime::cached(mode)?.1 {
        let exe = std::env::current_exe().map_err(|e| CompareError::Io {
            path: PathBuf::from("valida-cc"),
            source: e,
        })?;
        let status = std::process::Command::new(&exe)
            .args(["compare", "--build-rv32-runtime", "--riscv-ir", mode.name()])
            .stdin(std::process::Stdio::null())
            .status()
            .map_err(|e| CompareError::Tool {
                program: exe.display().to_string(),
                source: e,
            })?;
        if !status.success() {
            return Err(CompareError::Runtime(
                "building the RV32 runtime failed".into(),
            ));
        }
    }
    rv_runtime::ensure(mode, opts.compile.verbose)
}

/// Compiles and links `inputs` for both targets.
pub fn build(inputs: &[PathBuf], opts: &CompareOptions) -> Result<Builds> {
    if inputs.is_empty() {
        return Err(CompareError::Usage("no input files".into()));
    }
    let tmp = TempDir::new()?;
    let mut valida_objects = Vec::new();
    let mut riscv_objects = Vec::new();
    let mut user_functions = BTreeSet::new();
    let mut has_rust = false;
    for (i, path) in inputs.iter().enumerate() {
        match InputKind::of(path)? {
            InputKind::C | InputKind::LlvmIr => {}
            InputKind::Rust => has_rust = true,
            _ => {
                return Err(CompareError::Usage(format!(
                    "{}: compare takes .c, .rs, .ll and .bc sources only",
                    path.display()
                )));
            }
        }
        let context = Context::create();
        let unit = compile_module(&context, path, &opts.compile, opts.riscv_ir)?;
        if opts.compile.verbose {
            eprintln!(
                "valida-cc: generating Valida and RISC-V code for {}",
                path.display()
            );
        }
        let v = unit.valida_object()?;
        let r = unit.riscv_object()?;
        user_functions.extend(stats::defined_functions(&v));
        let name = path
            .file_stem()
            .map_or_else(|| format!("input{i}"), |s| s.to_string_lossy().into_owned());
        let rv_path = tmp.0.join(format!("{i}-{name}.o"));
        fs::write(&rv_path, &r).map_err(|e| CompareError::Io {
            path: rv_path.clone(),
            source: e,
        })?;
        riscv_objects.push(rv_path);
        valida_objects.push(Input::Object {
            name: format!("{name}.o"),
            bytes: v,
        });
    }

    // Valida: the driver's linker with the Valida runtime.
    let rt = runtime_build::ensure(opts.compile.verbose)?;
    let read = |p: &Path| {
        fs::read(p).map_err(|e| CompareError::Io {
            path: p.to_path_buf(),
            source: e,
        })
    };
    let mut all = vec![Input::Object {
        name: rt.crt.display().to_string(),
        bytes: read(&rt.crt)?,
    }];
    all.extend(valida_objects);
    if has_rust {
        all.push(crate::rust::builtins_input(opts.compile.verbose)?);
    }
    all.push(Input::Archive {
        name: rt.lib.display().to_string(),
        bytes: read(&rt.lib)?,
    });
    let valida = link::link(all, &LinkOptions::default()).map_err(crate::Error::from)?;

    // RV32IM: ld.lld with the runtime built the same way.
    let rv_rt = ensure_rv_runtime(opts)?;
    let mut rv_lib = rv_rt.lib.clone();
    if has_rust {
        rv_lib.extend(rust::riscv_builtins(&rv_rt, opts.compile.verbose)?);
    }
    let riscv = riscv::link(
        &rv_rt.crt,
        &riscv_objects,
        &rv_lib,
        &tmp.0.join("a.rv32"),
        opts.compile.verbose,
    )?;

    if let Some(dir) = &opts.keep {
        let stem = inputs[0].file_stem().map_or_else(
            || "program".to_string(),
            |s| s.to_string_lossy().into_owned(),
        );
        fs::create_dir_all(dir).map_err(|e| CompareError::Io {
            path: dir.clone(),
            source: e,
        })?;
        for (ext, bytes) in [("valida", &valida), ("rv32", &riscv)] {
            let p = dir.join(format!("{stem}.{ext}"));
            fs::write(&p, bytes).map_err(|e| CompareError::Io {
                path: p.clone(),
                source: e,
            })?;
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let _ = fs::set_permissions(&p, fs::Permissions::from_mode(0o755));
            }
        }
    }
    Ok(Builds {
        valida,
        riscv,
        user_functions,
    })
}

/// One side's run.
#[derive(Debug, Clone)]
pub struct Side {
    /// `exit N`, `FAIL`, `trap: …`, `step limit`.
    pub outcome: String,
    pub exit_status: u8,
    /// What the program wrote to stdout (Valida: WRITE, the committed output).
    pub output: Vec<u8>,
    /// What it wrote to stderr (Valida: `__valida_stderr_write`).
    pub stderr: Vec<u8>,
    /// Instructions executed.
    pub steps: u64,
    /// Static instructions of the user's functions.
    pub static_user: u64,
    /// Static instructions of every function in the executable.
    pub static_total: u64,
    pub elapsed: Duration,
    /// Valida only: base-field cells the official v1.0 prover would commit
    /// to (`valida run --cost`); `None` for RV32IM, a run that did not
    /// stop, or one longer than [`COST_MAX_STEPS`].
    pub trace_cells: Option<u64>,
    /// Valida only, with `trace_cells`: memory operations the prover counts
    /// (operand reads and writes plus its dummy reads, summed over segments;
    /// not the static data cells).
    pub memory_ops: Option<u64>,
}

/// Runs longer than this get no proof-cost figure: the cost model
/// single-steps the VM (about 20 M instr/s), which would dominate `bench`.
pub const COST_MAX_STEPS: u64 = 20_000_000;

/// The proof cost of running `elf` with `input`: committed cells and memory
/// operations (see [`Side::trace_cells`], [`Side::memory_ops`]).
fn trace_cost(elf: &[u8], input: &[u8]) -> Option<(u64, u64)> {
    let (outcome, cost) =
        valida_vm::cost::cost_of_elf(elf, input, valida_vm::cost::DEFAULT_MAX_SEGMENT_SIZE).ok()?;
    matches!(
        outcome,
        valida_vm::Outcome::Stopped { .. } | valida_vm::Outcome::Failed
    )
    .then(|| {
        let memory_ops = cost.segments.iter().map(|s| s.memory_ops).sum();
        (cost.total_cells(), memory_ops)
    })
}

impl Side {
    pub fn mips(&self) -> f64 {
        let s = self.elapsed.as_secs_f64();
        if s > 0.0 {
            self.steps as f64 / s / 1e6
        } else {
            0.0
        }
    }
}

/// The result of comparing the two runs.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub valida: Side,
    pub riscv: Side,
}

impl Comparison {
    pub fn output_matches(&self) -> bool {
        self.valida.output == self.riscv.output
    }
    pub fn stderr_matches(&self) -> bool {
        self.valida.stderr == self.riscv.stderr
    }
    pub fn status_matches(&self) -> bool {
        self.valida.exit_status == self.riscv.exit_status
    }
    pub fn matches(&self) -> bool {
        self.output_matches() && self.stderr_matches() && self.status_matches()
    }
    /// Valida / RV32IM executed instructions.
    pub fn ratio(&self) -> f64 {
        if self.riscv.steps == 0 {
            0.0
        } else {
            self.valida.steps as f64 / self.riscv.steps as f64
        }
    }
    pub fn static_ratio(&self) -> f64 {
        if self.riscv.static_user == 0 {
            0.0
        } else {
            self.valida.static_user as f64 / self.riscv.static_user as f64
        }
    }
}

/// Runs both executables with `input` and at most `max_steps` instructions each.
pub fn run(builds: &Builds, input: &[u8], max_steps: u64) -> Result<Comparison> {
    let options = valida_vm::RunOptions {
        max_steps,
        ..valida_vm::RunOptions::default()
    };
    let load_error = |e: valida_vm::Error| CompareError::Load {
        side: "Valida",
        message: e.to_string(),
    };
    let program = valida_vm::load_elf(&builds.valida)
        .map_err(valida_vm::Error::from)
        .map_err(load_error)?;
    // The program's stderr (`__valida_stderr_write`) is captured, not the host's.
    let mut v_stderr = Vec::new();
    let v = valida_vm::run_program_with(program, input, &[], Some(&mut v_stderr), &options)
        .map_err(load_error)?;
    let (v_user, v_total) = stats::static_counts(&builds.valida, 24, &builds.user_functions);
    let cost = (v.outcome.trap().is_none() && v.steps <= COST_MAX_STEPS)
        .then(|| trace_cost(&builds.valida, input))
        .flatten();
    let valida = Side {
        outcome: match &v.outcome {
            valida_vm::Outcome::Stopped { exit_code } => format!("exit {exit_code}"),
            valida_vm::Outcome::Failed => "FAIL".into(),
            valida_vm::Outcome::Trapped(t) => t.to_string(),
        },
        exit_status: v.outcome.exit_status(),
        trace_cells: cost.map(|c| c.0),
        memory_ops: cost.map(|c| c.1),
        output: v.output,
        stderr: v_stderr,
        steps: v.steps,
        static_user: v_user,
        static_total: v_total,
        elapsed: v.elapsed,
    };

    let program = valida_vm::rv32im::load_elf(&builds.riscv).map_err(|e| CompareError::Load {
        side: "RV32IM",
        message: e.to_string(),
    })?;
    let r = valida_vm::rv32im::run_program(
        &program,
        input,
        &valida_vm::rv32im::RunOptions { max_steps },
    );
    let (r_user, r_total) = stats::static_counts(&builds.riscv, 4, &builds.user_functions);
    let riscv = Side {
        outcome: r.outcome.to_string(),
        exit_status: r.outcome.exit_status(),
        output: r.output,
        stderr: r.stderr,
        steps: r.steps,
        static_user: r_user,
        static_total: r_total,
        elapsed: r.elapsed,
        trace_cells: None,
        memory_ops: None,
    };
    Ok(Comparison { valida, riscv })
}
