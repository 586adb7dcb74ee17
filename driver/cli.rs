//! Command line of `valida-cc`: clang-like flags for building, plus the
//! `run` and `compare` subcommands.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Optimisation level, as `-O0` … `-O3`, `-Os`, `-Oz`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum OptLevel {
    #[default]
    #[value(name = "0")]
    O0,
    #[value(name = "1")]
    O1,
    #[value(name = "2")]
    O2,
    #[value(name = "3")]
    O3,
    #[value(name = "s")]
    Os,
    #[value(name = "z")]
    Oz,
}

impl OptLevel {
    /// The new pass manager pipeline for this level.
    pub fn pipeline(self) -> &'static str {
        match self {
            OptLevel::O0 => "default<O0>",
            OptLevel::O1 => "default<O1>",
            OptLevel::O2 => "default<O2>",
            OptLevel::O3 => "default<O3>",
            OptLevel::Os => "default<Os>",
            OptLevel::Oz => "default<Oz>",
        }
    }

    /// The flag clang is given (`-O2`), so that the IR carries the function
    /// attributes of that level (`optnone` at -O0, `optsize` at -Os).
    pub fn clang_flag(self) -> &'static str {
        match self {
            OptLevel::O0 => "-O0",
            OptLevel::O1 => "-O1",
            OptLevel::O2 => "-O2",
            OptLevel::O3 => "-O3",
            OptLevel::Os => "-Os",
            OptLevel::Oz => "-Oz",
        }
    }
}

/// Options of the compile steps, shared by building and `run`.
#[derive(Debug, Clone, Default, Args)]
pub struct CompileOptions {
    /// Optimisation level: -O0, -O1, -O2, -O3, -Os, -Oz.
    #[arg(short = 'O', value_enum, default_value = "0", value_name = "LEVEL")]
    pub opt: OptLevel,
    /// Add a directory to the include search path.
    #[arg(short = 'I', value_name = "DIR")]
    pub include: Vec<PathBuf>,
    /// Define a macro (NAME or NAME=VALUE).
    #[arg(short = 'D', value_name = "MACRO")]
    pub define: Vec<String>,
    /// Undefine a macro.
    #[arg(short = 'U', value_name = "MACRO")]
    pub undefine: Vec<String>,
    /// Language standard (-std=c11), passed to clang.
    #[arg(long = "std", value_name = "STD")]
    pub std: Option<String>,
    /// Warning options (-Wall, -Wextra, -Werror…), passed to clang.
    #[arg(short = 'W', value_name = "WARNING")]
    pub warnings: Vec<String>,
    /// Language options (-fno-inline, -fwrapv…), passed to clang.
    #[arg(short = 'f', value_name = "FLAG")]
    pub f_flags: Vec<String>,
    /// Debug information (accepted; no debug info is emitted yet).
    #[arg(short = 'g')]
    pub debug: bool,
    /// Pass an option to LLVM (-mllvm -debug-pass=Structure).
    #[arg(long = "mllvm", value_name = "OPTION", allow_hyphen_values = true)]
    pub mllvm: Vec<String>,
    /// Copy memory with Valida's MEMCPY instruction (struct copies, memcpy
    /// calls): fewer executed instructions, but the Valida v1.0 prover
    /// cannot prove a program that executes MEMCPY. For execution only.
    #[arg(long = "mvalida-memcpy")]
    pub valida_memcpy: bool,
    /// Dependency-file options (-MD, -MMD, -MP, -MF FILE, -MT TARGET,
    /// -MQ TARGET) in order, passed to clang when compiling with -c.
    #[arg(
        long = "dep-opt",
        value_name = "OPTION",
        allow_hyphen_values = true,
        hide = true
    )]
    pub dep: Vec<String>,
    /// Print each step (commands run, files written).
    #[arg(short = 'v')]
    pub verbose: bool,
    /// Target triple, for build systems that pass one: must name Valida
    /// (`valida`, `valida-unknown-unknown`, `valida-unknown-baremetal-gnu`…).
    #[arg(long = "target", value_name = "TRIPLE", value_parser = parse_target)]
    pub target: Option<String>,
    /// Rust edition of `.rs` crate roots (2015, 2018, 2021, 2024; default 2024).
    #[arg(long = "edition", value_name = "EDITION")]
    pub edition: Option<String>,
}

impl CompileOptions {
    /// The LLVM options of these compile options: `-mllvm` ones and those
    /// of the driver's own flags.
    pub fn llvm_options(&self) -> Vec<String> {
        let mut options = self.mllvm.clone();
        if self.valida_memcpy {
            options.push("-valida-use-memcpy".into());
        }
        options
    }
}

fn parse_target(triple: &str) -> Result<String, String> {
    if triple.split('-').next() == Some("valida") {
        Ok(triple.to_string())
    } else {
        Err(format!(
            "valida-cc only targets Valida (triple `valida-…`), not `{triple}`"
        ))
    }
}

/// Options of the link step.
#[derive(Debug, Clone, Default, Args)]
pub struct LinkArgs {
    /// Link with lib<NAME>.a, searched in the -L directories.
    #[arg(short = 'l', value_name = "NAME")]
    pub libs: Vec<String>,
    /// Add a directory to the library search path.
    #[arg(short = 'L', value_name = "DIR")]
    pub lib_dirs: Vec<PathBuf>,
    /// Do not link the runtime (start code, libc, builtins).
    #[arg(long = "nostdlib")]
    pub nostdlib: bool,
    /// Keep every input section (no garbage collection of unreferenced ones).
    #[arg(long = "no-gc-sections")]
    pub no_gc_sections: bool,
}

/// Arguments of a build (`valida-cc [options] inputs…`).
#[derive(Debug, Clone, Default, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub compile: CompileOptions,
    #[command(flatten)]
    pub link: LinkArgs,
    /// Compile and assemble, but do not link (.o).
    #[arg(short = 'c')]
    pub compile_only: bool,
    /// Compile only; write Valida assembly (.s), or LLVM IR text with -emit-llvm.
    #[arg(short = 'S')]
    pub assembly: bool,
    /// Preprocess only (clang -E with the Valida target's macros and headers).
    #[arg(short = 'E')]
    pub preprocess: bool,
    /// Write LLVM IR (optimised, retargeted) instead of Valida code.
    #[arg(long = "emit-llvm")]
    pub emit_llvm: bool,
    /// Print the machine IR after the named codegen pass (finalize-isel, …).
    #[arg(long = "emit-mir", value_name = "PASS")]
    pub emit_mir: Option<String>,
    /// Output file.
    #[arg(short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Build the runtime if needed and print the paths of its start code and library.
    #[arg(long = "print-runtime")]
    pub print_runtime: bool,
    /// Inputs: .c, .ll, .bc, .o and .a files.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
}

/// `valida-cc run file.c [-- input-file]`.
#[derive(Debug, Clone, Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub compile: CompileOptions,
    #[command(flatten)]
    pub link: LinkArgs,
    /// Print the VM's execution statistics to stderr.
    #[arg(long)]
    pub stats: bool,
    /// After the run, prove it with the installed official Valida v1.0
    /// prover and verify the proof against the output (scripts/install-official-valida.sh).
    #[arg(long)]
    pub prove: bool,
    /// Where `--prove` writes the proof (default: first input's name + `.proof`).
    #[arg(long, value_name = "FILE", requires = "prove")]
    pub proof: Option<PathBuf>,
    /// Sources and objects of the program.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,
    /// File the program reads (READ_ADVICE / getchar), `-` for stdin; default: no input.
    #[arg(last = true, value_name = "INPUT_FILE")]
    pub input: Option<PathBuf>,
}

pub use crate::compare::bench::BenchArgs;
pub use crate::compare::cli::CompareArgs;

/// `valida-cc cargo <cargo arguments>` and `valida-cc rust-link <linker
/// arguments>` (what rustc runs to link a Rust binary for Valida): the
/// arguments are passed on as they are.
#[derive(Debug, Clone, Args)]
pub struct PassThroughArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<std::ffi::OsString>,
}

#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Compile and run a program on the Valida VM; exits with its status.
    Run(Box<RunArgs>),
    /// Compile a program for Valida and RV32IM from the same IR, run both, compare.
    Compare(Box<CompareArgs>),
    /// Run the benchmark suite through `compare`; write bench/RESULTS.md.
    Bench(Box<BenchArgs>),
    /// Run Debian's cargo for the Valida target (Rust crates; see docs/rust.md).
    Cargo(PassThroughArgs),
    /// The linker rustc calls for Rust binaries (internal).
    #[command(hide = true)]
    RustLink(PassThroughArgs),
    /// The rustc wrapper `valida-cc cargo` installs (internal): `rustc-wrapper RUSTC ARGS…`.
    #[command(hide = true)]
    RustcWrapper(PassThroughArgs),
}

/// C compiler driver for the Valida zkVM.
#[derive(Debug, Clone, Parser)]
#[command(
    name = "valida-cc",
    version,
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  valida-cc -O2 hello.c -o hello && valida run hello\n  valida-cc run -O2 hello.c -- input.txt\n  valida-cc -S -O2 f.c -o -\n  valida-cc --emit-mir=finalize-isel f.c"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub build: BuildArgs,
}

/// Options that clang spells with one dash and clap wants with two.
const SINGLE_DASH_LONG: &[&str] = &[
    "std=",
    "emit-llvm",
    "emit-mir=",
    "nostdlib",
    "no-gc-sections",
    "mllvm",
    "target",
    "print-runtime",
    "mvalida-memcpy",
];

/// Rewrites clang's spellings into what the clap definition accepts:
/// `-std=c11` → `--std=c11`, `-emit-llvm` → `--emit-llvm`, `-O` → `-O1`;
/// accepted-and-ignored flags (`-static`, `-pedantic`, `-m…`) are dropped.
pub fn normalize_args(args: impl IntoIterator<Item = OsString>) -> Vec<OsString> {
    let mut out = Vec::new();
    let mut after_dashdash = false;
    let mut pending_value = false;
    for arg in args {
        let Some(s) = arg.to_str() else {
            out.push(arg);
            continue;
        };
        if pending_value {
            pending_value = false;
            out.push(OsString::from(format!("--dep-opt={s}")));
            continue;
        }
        if after_dashdash {
            out.push(arg);
            continue;
        }
        if s == "--" {
            after_dashdash = true;
            out.push(arg);
            continue;
        }
        if let Some(rest) = s.strip_prefix('-')
            && !rest.starts_with('-')
        {
            if SINGLE_DASH_LONG.iter().any(|l| {
                rest == l.trim_end_matches('=') || (l.ends_with('=') && rest.starts_with(l))
            }) {
                out.push(OsString::from(format!("--{rest}")));
                continue;
            }
            // Dependency files for make: -MD -MMD -MP, and -MF/-MT/-MQ with
            // their argument (joined or separate).
            if matches!(rest, "MD" | "MMD" | "MP") {
                out.push(OsString::from(format!("--dep-opt=-{rest}")));
                continue;
            }
            if let Some(flag) = ["MF", "MT", "MQ"].into_iter().find(|f| rest.starts_with(f)) {
                out.push(OsString::from(format!("--dep-opt=-{flag}")));
                let value = &rest[flag.len()..];
                if value.is_empty() {
                    pending_value = true;
                } else {
                    out.push(OsString::from(format!("--dep-opt={value}")));
                }
                continue;
            }
            // Linker options: ours understands --no-gc-sections; the rest
            // (-Wl,--gc-sections, -Wl,-Map,…) has no equivalent and is dropped.
            if let Some(linker) = rest.strip_prefix("Wl,") {
                if linker.split(',').any(|o| o == "--no-gc-sections") {
                    out.push(OsString::from("--no-gc-sections"));
                }
                continue;
            }
            if rest == "O" {
                out.push(OsString::from("-O1"));
                continue;
            }
            if rest == "Ofast" {
                out.push(OsString::from("-O3"));
                continue;
            }
            if matches!(
                rest,
                "static" | "pedantic" | "pipe" | "nostartfiles" | "nodefaultlibs"
            ) || rest.starts_with("march=")
                || rest.starts_with("mabi=")
            {
                continue;
            }
        }
        out.push(arg);
    }
    out
}

impl Cli {
    pub fn parse_clang_like(args: impl IntoIterator<Item = OsString>) -> Cli {
        Cli::parse_from(normalize_args(args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Cli {
        Cli::try_parse_from(normalize_args(args.iter().map(OsString::from))).expect("parses")
    }

    #[test]
    fn memcpy_opt_in_is_an_llvm_option() {
        let cli = parse(&["valida-cc", "-mvalida-memcpy", "-mllvm", "-x", "a.c"]);
        assert!(cli.build.compile.valida_memcpy);
        assert_eq!(
            cli.build.compile.llvm_options(),
            ["-x", "-valida-use-memcpy"]
        );
        let cli = parse(&["valida-cc", "a.c"]);
        assert!(cli.build.compile.llvm_options().is_empty());
    }

    #[test]
    fn clang_spellings() {
        let cli = parse(&[
            "valida-cc",
            "-O2",
            "-std=c11",
            "-Wall",
            "-Wno-unused",
            "-DX=1",
            "-UY",
            "-Iinc",
            "-g",
            "-c",
            "a.c",
            "b.ll",
            "-o",
            "out.o",
            "-emit-llvm",
            "-fno-inline",
            "-lm",
            "-Llib",
            "-nostdlib",
        ]);
        let b = &cli.build;
        assert!(cli.command.is_none());
        assert_eq!(b.compile.opt, OptLevel::O2);
        assert_eq!(b.compile.std.as_deref(), Some("c11"));
        assert_eq!(b.compile.warnings, ["all", "no-unused"]);
        assert_eq!(b.compile.define, ["X=1"]);
        assert_eq!(b.compile.undefine, ["Y"]);
        assert_eq!(b.compile.f_flags, ["no-inline"]);
        assert!(b.compile.debug && b.compile_only && b.emit_llvm && b.link.nostdlib);
        assert_eq!(b.link.libs, ["m"]);
        assert_eq!(b.inputs.len(), 2);
        assert_eq!(b.output.as_deref(), Some(std::path::Path::new("out.o")));
    }

    #[test]
    fn run_subcommand_with_input_file() {
        let cli = parse(&["valida-cc", "run", "-O2", "prog.c", "--", "in.txt"]);
        let Some(Command::Run(r)) = cli.command else {
            panic!("expected run");
        };
        assert_eq!(r.compile.opt, OptLevel::O2);
        assert_eq!(r.inputs, [PathBuf::from("prog.c")]);
        assert_eq!(r.input, Some(PathBuf::from("in.txt")));
    }

    #[test]
    fn dependency_options() {
        let cli = parse(&[
            "valida-cc",
            "-c",
            "-MMD",
            "-MP",
            "-MF",
            "a.d",
            "-MTa.o",
            "a.c",
        ]);
        assert_eq!(
            cli.build.compile.dep,
            ["-MMD", "-MP", "-MF", "a.d", "-MT", "a.o"]
        );
        assert_eq!(cli.build.inputs, [PathBuf::from("a.c")]);
    }

    #[test]
    fn definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn target_triple_must_be_valida() {
        let cli = parse(&["valida-cc", "--target=valida-unknown-baremetal-gnu", "a.c"]);
        assert_eq!(
            cli.build.compile.target.as_deref(),
            Some("valida-unknown-baremetal-gnu")
        );
        let cli = parse(&["valida-cc", "-target", "valida", "a.c"]);
        assert_eq!(cli.build.compile.target.as_deref(), Some("valida"));
        let err = Cli::try_parse_from(normalize_args(
            ["valida-cc", "--target=x86_64-linux-gnu", "a.c"]
                .iter()
                .map(OsString::from),
        ))
        .expect_err("not Valida");
        assert!(err.to_string().contains("only targets Valida"), "{err}");
    }

    #[test]
    fn linker_options() {
        let cli = parse(&[
            "valida-cc",
            "-Wl,--gc-sections",
            "a.c",
            "-Wl,--no-gc-sections",
            "-Wall",
        ]);
        assert!(cli.build.link.no_gc_sections);
        assert_eq!(cli.build.compile.warnings, ["all"]);
        assert_eq!(cli.build.inputs, [PathBuf::from("a.c")]);
    }

    #[test]
    fn emit_mir_and_os() {
        let cli = parse(&["valida-cc", "-Os", "-emit-mir=finalize-isel", "f.c"]);
        assert_eq!(cli.build.compile.opt, OptLevel::Os);
        assert_eq!(cli.build.emit_mir.as_deref(), Some("finalize-isel"));
    }
}
