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

    /// The pre-link pipeline of a whole-program build at this level.
    pub fn prelink_pipeline(self) -> &'static str {
        match self {
            OptLevel::O0 => "lto-pre-link<O0>",
            OptLevel::O1 => "lto-pre-link<O1>",
            OptLevel::O2 => "lto-pre-link<O2>",
            OptLevel::O3 => "lto-pre-link<O3>",
            OptLevel::Os => "lto-pre-link<Os>",
            OptLevel::Oz => "lto-pre-link<Oz>",
        }
    }

    /// The link-time pipeline of a whole-program build at this level.
    pub fn lto_pipeline(self) -> &'static str {
        match self {
            OptLevel::O0 => "lto<O0>",
            OptLevel::O1 => "lto<O1>",
            OptLevel::O2 => "lto<O2>",
            OptLevel::O3 => "lto<O3>",
            OptLevel::Os => "lto<Os>",
            OptLevel::Oz => "lto<Oz>",
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
    /// Debug information (-g; the level and format options are passed to clang).
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
    /// The user's front-end options in command-line order, spelled as clang
    /// spells them (-I, -D, -U, -include, -isystem, -W, -f, -std, -g…).
    /// When a clang-style command line was parsed ([`parse`]), this is what
    /// clang gets and the fields above are views of it for other consumers;
    /// when it is empty, clang gets the fields above.
    #[arg(skip)]
    pub clang_args: Vec<String>,
    /// `-nostdinc`: no runtime headers on the include path.
    #[arg(skip)]
    pub no_stdinc: bool,
    /// Rust edition of `.rs` crate roots (2015, 2018, 2021, 2024; default 2024).
    #[arg(long = "edition", value_name = "EDITION")]
    pub edition: Option<String>,
    /// `-flto` (Some(true)) / `-fno-lto` (Some(false)); `None`: whole-program
    /// builds at -O1 and above (docs/driver.md, "Whole-program builds").
    #[arg(skip)]
    pub lto: Option<bool>,
    /// Optimise for a later whole-program link: the pre-link pipeline, no
    /// per-function sections (set for `-flto -c -emit-llvm` and for the
    /// modules of a whole-program build).
    #[arg(skip)]
    pub lto_prelink: bool,
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

/// Accepts a triple naming Valida; used by clap and by [`parse`].
pub fn parse_target(triple: &str) -> Result<String, String> {
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
    /// `-nostartfiles`: no start code (crt0); the library is still linked.
    #[arg(skip)]
    pub nostartfiles: bool,
    /// `-nodefaultlibs`: no libc/libm/builtins unless named with -lc/-lm.
    #[arg(skip)]
    pub nodefaultlibs: bool,
    /// `-Wl,-e,SYM` / `-e SYM`: the entry symbol (placed at address 0).
    #[arg(skip)]
    pub entry: Option<String>,
    /// `-Wl,-Map=FILE`: write a link map.
    #[arg(skip)]
    pub map: Option<PathBuf>,
    /// `-Wl,--defsym=SYM=VALUE` (a number or another symbol).
    #[arg(skip)]
    pub defsym: Vec<(String, String)>,
    /// `-Wl,--wrap=SYM`.
    #[arg(skip)]
    pub wrap: Vec<String>,
    /// `-u SYM`, `-Wl,-u,SYM`: keep SYM (pull it from archives, keep its section).
    #[arg(skip)]
    pub undefined: Vec<String>,
}

/// The language of an input, from `-x` or its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// C source (`.c`, `-x c`).
    C,
    /// Preprocessed C (`.i`, `-x cpp-output`).
    CppOutput,
    /// LLVM IR, text or bitcode (`.ll`, `.bc`, `-x ir`).
    Ir,
    /// Assembly (`.s`, `-x assembler`).
    Assembler,
    /// Assembly to preprocess first (`.S`, `-x assembler-with-cpp`).
    AssemblerWithCpp,
    /// A linker input (object or archive).
    Linker,
}

/// One input file and the language `-x` gave it (if any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub path: PathBuf,
    pub lang: Option<Lang>,
}

impl InputFile {
    pub fn new(path: impl Into<PathBuf>) -> InputFile {
        InputFile {
            path: path.into(),
            lang: None,
        }
    }
}

/// Where `-save-temps` writes the intermediate files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveTemps {
    /// `-save-temps`, `-save-temps=cwd`: the current directory.
    Cwd,
    /// `-save-temps=obj`: next to the output.
    Obj,
}

/// A question the driver answers instead of building (`-print-*`, `-dump*`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    SearchDirs,
    FileName(String),
    ProgName(String),
    LibgccFileName,
    DumpMachine,
    DumpVersion,
    Version,
    CmakeToolchain,
    MesonCrossFile,
    TargetTriple,
    ResourceDir,
    /// `-Wl,--version` (build systems identify the linker with it).
    LinkerVersion,
}

/// Arguments of a build (`valida-cc [options] inputs…`), from [`parse`].
#[derive(Debug, Clone, Default)]
pub struct BuildArgs {
    pub compile: CompileOptions,
    pub link: LinkArgs,
    /// Compile and assemble, but do not link (.o).
    pub compile_only: bool,
    /// Compile only; write Valida assembly (.s), or LLVM IR text with -emit-llvm.
    pub assembly: bool,
    /// Preprocess only (clang -E with the Valida target's macros and headers).
    pub preprocess: bool,
    /// Check the sources (clang -fsyntax-only); write nothing.
    pub syntax_only: bool,
    /// Write LLVM IR (optimised, retargeted) instead of Valida code.
    pub emit_llvm: bool,
    /// Print the machine IR after the named codegen pass (finalize-isel, …).
    pub emit_mir: Option<String>,
    /// Output file.
    pub output: Option<PathBuf>,
    /// Build the runtime if needed and print the paths of its start code and library.
    pub print_runtime: bool,
    /// Inputs: .c, .i, .ll, .bc, .o and .a files (`-` with `-x`: stdin).
    pub inputs: Vec<InputFile>,
    /// `-save-temps`: keep the preprocessed source, IR, assembly and object.
    pub save_temps: Option<SaveTemps>,
    /// `-###`: print the steps, run nothing.
    pub dry_run: bool,
    /// `-print-*`, `-dump*`, `--version`: answered, then exit.
    pub queries: Vec<Query>,
    /// Notes for `-v` about accepted options that have no effect on Valida.
    pub notes: Vec<String>,
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
    /// After `--`: the file the program reads (READ_ADVICE / getchar), `-`
    /// for stdin (default: no input), then the program's arguments
    /// (`argv[1]`…; docs/abi.md, "argv").
    #[arg(last = true, value_name = "INPUT_FILE [ARG]...")]
    pub after: Vec<OsString>,
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
    args_override_self = true,
    override_usage = "valida-cc [clang options] inputs…\n       valida-cc <COMMAND> …",
    after_help = "Without a command, valida-cc takes clang's options (-c, -S, -E, -o, -O, -g, -I, -D, -l, -L, -Wl,…; docs/driver.md lists what each does on Valida).\n\nExamples:\n  valida-cc -O2 hello.c -o hello && valida run hello\n  valida-cc run -O2 hello.c -- input.txt\n  valida-cc -S -O2 f.c -o -\n  valida-cc --emit-mir=finalize-isel f.c"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

mod parse;
pub use parse::{ParseOutcome, expand_response_files, parse};

/// Subcommand names: a command line starting with one of these is parsed
/// by clap; any other is a clang-style build.
pub const SUBCOMMANDS: &[&str] = &[
    "run",
    "compare",
    "bench",
    "cargo",
    "rust-link",
    "rustc-wrapper",
    "help",
];
