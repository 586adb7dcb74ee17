//! clang's command line, read the way clang reads it: every option is
//! either interpreted here (what to produce, -o, -O, -g, linking, the
//! dependency and query options), passed to clang unchanged, or refused
//! with the whole option named and the reason. Repeated options follow
//! clang's rules: the last -O, -std=, -o, -x wins; -D/-U/-I keep their order.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::{BuildArgs, InputFile, Lang, OptLevel, Query, SaveTemps, parse_target};
use crate::error::{Error, Result};

/// What a command line asks for.
#[derive(Debug, Clone)]
pub enum ParseOutcome {
    Build(Box<BuildArgs>),
    /// `--help`: clap prints the help of the subcommands and options.
    Help,
}

/// Options whose argument is the next word (or joined, `-Ifoo`), passed to
/// clang as they are written.
const CLANG_SEPARATE: &[&str] = &[
    "-include",
    "-imacros",
    "-isystem",
    "-idirafter",
    "-iquote",
    "-iprefix",
    "-iwithprefix",
    "-iwithprefixbefore",
    "-isysroot",
    "-imultilib",
    "-ivfsoverlay",
    "-isystem-after",
    "-Xclang",
    "-Xpreprocessor",
    "-Xanalyzer",
    "-serialize-diagnostics",
    "-ferror-limit",
    "-ftemplate-depth",
];

/// Sanitizers that need a run-time library or memory layout Valida cannot
/// have (shadow memory, threads, a dynamic loader).
const IMPOSSIBLE_SANITIZERS: &[(&str, &str)] = &[
    (
        "address",
        "AddressSanitizer needs shadow memory and its run-time library, which Valida does not have",
    ),
    (
        "kernel-address",
        "AddressSanitizer needs shadow memory, which Valida does not have",
    ),
    (
        "hwaddress",
        "HWAddressSanitizer needs tagged pointers, which Valida does not have",
    ),
    (
        "kernel-hwaddress",
        "HWAddressSanitizer needs tagged pointers, which Valida does not have",
    ),
    (
        "memory",
        "MemorySanitizer needs shadow memory and its run-time library, which Valida does not have",
    ),
    (
        "kernel-memory",
        "MemorySanitizer needs shadow memory, which Valida does not have",
    ),
    (
        "thread",
        "Valida runs a single thread and has no ThreadSanitizer run-time library",
    ),
    (
        "leak",
        "LeakSanitizer needs its run-time library, which Valida does not have",
    ),
    (
        "dataflow",
        "DataFlowSanitizer needs shadow memory, which Valida does not have",
    ),
    (
        "safe-stack",
        "SafeStack needs a second stack set up by its run-time library, which Valida does not have",
    ),
    (
        "shadow-call-stack",
        "ShadowCallStack needs a reserved register; Valida has no registers",
    ),
    (
        "fuzzer",
        "libFuzzer needs its run-time library and a host process",
    ),
    (
        "fuzzer-no-link",
        "libFuzzer needs its run-time library and a host process",
    ),
    ("scudo", "Scudo is a hardened allocator for hosted systems"),
    (
        "cfi",
        "control-flow integrity needs LTO and a run-time library, which valida-cc does not have",
    ),
    (
        "kcfi",
        "KCFI stores a type hash before each function; Valida code is a sequence of 24-byte instructions with no room for data",
    ),
    (
        "function",
        "it stores a signature before each function; Valida code is a sequence of 24-byte instructions with no room for data",
    ),
    (
        "memtag",
        "memory tagging needs hardware Valida does not have",
    ),
    (
        "memtag-stack",
        "memory tagging needs hardware Valida does not have",
    ),
    (
        "memtag-heap",
        "memory tagging needs hardware Valida does not have",
    ),
    (
        "memtag-globals",
        "memory tagging needs hardware Valida does not have",
    ),
    (
        "realtime",
        "RealtimeSanitizer needs its run-time library, which Valida does not have",
    ),
    (
        "type",
        "TypeSanitizer needs shadow memory, which Valida does not have",
    ),
    (
        "numerical",
        "NumericalStabilitySanitizer needs shadow memory, which Valida does not have",
    ),
    ("vptr", "it checks C++ dynamic types; valida-cc compiles C"),
];

/// Expands `@file` arguments (GNU style: whitespace separates words,
/// quotes and backslashes escape), recursively. A `@name` that is not a
/// readable file stays as it is, as in clang.
pub fn expand_response_files(args: Vec<OsString>) -> Result<Vec<OsString>> {
    let mut out = Vec::new();
    expand_into(args, &mut out, 0)?;
    Ok(out)
}

fn expand_into(args: Vec<OsString>, out: &mut Vec<OsString>, depth: u32) -> Result<()> {
    for arg in args {
        let Some(name) = arg.to_str().and_then(|s| s.strip_prefix('@')) else {
            out.push(arg);
            continue;
        };
        let path = Path::new(name);
        let Ok(text) = std::fs::read_to_string(path) else {
            out.push(arg);
            continue;
        };
        if depth > 20 {
            return Err(Error::Usage(format!(
                "response file {name}: nested too deeply (a file that includes itself?)"
            )));
        }
        let words = split_response(&text);
        expand_into(
            words.into_iter().map(OsString::from).collect(),
            out,
            depth + 1,
        )?;
    }
    Ok(())
}

fn split_response(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (_, '\\') => {
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
                in_word = true;
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => cur.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            (None, c) => {
                cur.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    words
}

fn usage(msg: impl Into<String>) -> Error {
    Error::Usage(msg.into())
}

/// The parser's state: the arguments and a cursor.
struct Args {
    words: Vec<String>,
    pos: usize,
}

impl Args {
    /// The argument of `opt`: joined (`-Ifoo`, `-std=c11` given `rest`) or the next word.
    fn value(&mut self, opt: &str, joined: &str) -> Result<String> {
        if !joined.is_empty() {
            return Ok(joined.to_string());
        }
        let v =
            self.words.get(self.pos).cloned().ok_or_else(|| {
                usage(format!("argument to '{opt}' is missing (expected 1 value)"))
            })?;
        self.pos += 1;
        Ok(v)
    }
}

fn opt_level(s: &str) -> Option<OptLevel> {
    Some(match s {
        "" | "1" | "g" => OptLevel::O1,
        "0" => OptLevel::O0,
        "2" => OptLevel::O2,
        "s" => OptLevel::Os,
        "z" => OptLevel::Oz,
        "fast" => OptLevel::O3,
        n if n.chars().all(|c| c.is_ascii_digit()) => OptLevel::O3,
        _ => return None,
    })
}

fn lang_of_x(name: &str) -> Result<Option<Lang>> {
    Ok(Some(match name {
        "none" => return Ok(None),
        "c" | "c-header" => Lang::C,
        "cpp-output" | "c-cpp-output" => Lang::CppOutput,
        "ir" | "llvm-ir" => Lang::Ir,
        "assembler" => Lang::Assembler,
        "assembler-with-cpp" => Lang::AssemblerWithCpp,
        "c++" | "c++-header" | "c++-cpp-output" | "objective-c" | "objective-c++" | "cuda"
        | "hip" | "cl" | "renderscript" => {
            return Err(usage(format!(
                "'-x {name}': valida-cc compiles C (and Rust crates), not {name}"
            )));
        }
        _ => return Err(usage(format!("language not recognized: '{name}'"))),
    }))
}

/// Parses a clang-style command line (without the program name).
pub fn parse(args: Vec<OsString>) -> Result<ParseOutcome> {
    let mut words = Vec::with_capacity(args.len());
    for a in expand_response_files(args)? {
        words.push(a.into_string().map_err(|a| {
            usage(format!(
                "argument '{}' is not valid UTF-8",
                a.to_string_lossy()
            ))
        })?);
    }
    let mut p = Args { words, pos: 0 };
    let mut b = BuildArgs::default();
    let mut lang: Option<Lang> = None;
    let mut linker: Vec<String> = Vec::new();
    let mut sanitize = Sanitizers::default();
    let mut gflags: Vec<String> = Vec::new();
    let mut std: Option<String> = None;
    let mut only_inputs = false;

    while p.pos < p.words.len() {
        let arg = p.words[p.pos].clone();
        p.pos += 1;
        if only_inputs || arg == "-" || !arg.starts_with('-') {
            b.inputs.push(InputFile {
                path: PathBuf::from(&arg),
                lang,
            });
            continue;
        }
        let a = arg.as_str();
        let clang = &mut b.compile.clang_args;
        match a {
            "--" => only_inputs = true,
            "--help" | "-help" | "-h" => return Ok(ParseOutcome::Help),
            "--version" => b.queries.push(Query::Version),
            "-###" => b.dry_run = true,
            "-v" | "--verbose" => b.compile.verbose = true,
            "-c" => b.compile_only = true,
            "-S" => b.assembly = true,
            "-E" => b.preprocess = true,
            "-fsyntax-only" => b.syntax_only = true,
            "-emit-llvm" | "--emit-llvm" => b.emit_llvm = true,
            "-print-runtime" | "--print-runtime" => b.print_runtime = true,
            "-print-search-dirs" | "--print-search-dirs" => b.queries.push(Query::SearchDirs),
            "-print-libgcc-file-name" | "--print-libgcc-file-name" => {
                b.queries.push(Query::LibgccFileName)
            }
            "-dumpmachine" => b.queries.push(Query::DumpMachine),
            "-dumpversion" => b.queries.push(Query::DumpVersion),
            "-print-target-triple"
            | "--print-target-triple"
            | "-print-effective-triple"
            | "--print-effective-triple" => b.queries.push(Query::TargetTriple),
            "-print-resource-dir" | "--print-resource-dir" => b.queries.push(Query::ResourceDir),
            "-print-cmake-toolchain" | "--print-cmake-toolchain" => {
                b.queries.push(Query::CmakeToolchain)
            }
            "-print-meson-cross-file" | "--print-meson-cross-file" => {
                b.queries.push(Query::MesonCrossFile)
            }
            "-save-temps" | "--save-temps" | "-save-temps=cwd" => {
                b.save_temps = Some(SaveTemps::Cwd)
            }
            "-save-temps=obj" => b.save_temps = Some(SaveTemps::Obj),
            "-nostdlib" | "--nostdlib" | "-nostdlib++" => b.link.nostdlib = true,
            "-nostartfiles" => b.link.nostartfiles = true,
            "-nodefaultlibs" => b.link.nodefaultlibs = true,
            "-nostdinc" | "--no-standard-includes" => {
                b.compile.no_stdinc = true;
                clang.push(arg.clone());
            }
            "-nostdlibinc" | "-nobuiltininc" => clang.push(arg.clone()),
            "-no-gc-sections" | "--no-gc-sections" => b.link.no_gc_sections = true,
            "-w" | "-pedantic" | "-pedantic-errors" | "--pedantic" | "-ansi" | "-C" | "-CC"
            | "-P" | "-H" | "-trigraphs" | "-undef" | "-dM" | "-dD" | "-dI" | "-dN"
            | "-Qunused-arguments" | "-Qn" | "-Qy" | "-fno-integrated-as" | "-fintegrated-as" => {
                if a == "-ansi" {
                    std = Some("c89".into());
                }
                clang.push(arg.clone());
            }
            "-static" | "-pipe" | "-no-pie" | "-nopie" | "-static-libgcc" | "-rdynamic"
            | "-pie" | "-s" => b.notes.push(format!(
                "'{a}' has no effect: a Valida executable is one static image at fixed addresses{}",
                if a == "-s" {
                    " and keeps its symbol table (the VM reads __valida_exit_code from it)"
                } else {
                    ""
                }
            )),
            "-m32" => b
                .notes
                .push("'-m32' has no effect: Valida is a 32-bit machine".into()),
            "-m64" => {
                return Err(usage(
                    "'-m64' is not supported: Valida is a 32-bit machine (ILP32); -m32 is its only mode",
                ));
            }
            "-shared" | "--shared" | "-static-pie" | "-dynamiclib" | "-bundle" => {
                return Err(usage(format!(
                    "'{a}' is not supported: Valida has no dynamic loader; it runs one statically linked executable (build a static library with ar instead)"
                )));
            }
            "-pthread" | "-pthreads" | "-lpthread" | "-fopenmp" | "-fopenmp=libomp"
            | "-fopenmp=libgomp" => {
                return Err(usage(format!(
                    "'{a}' is not supported: Valida runs a single thread (no threads library)"
                )));
            }
            "-pg"
            | "--coverage"
            | "-fprofile-arcs"
            | "-ftest-coverage"
            | "-fprofile-instr-generate"
            | "-fprofile-generate"
            | "-fcoverage-mapping" => {
                return Err(usage(format!(
                    "'{a}' is not supported: profiling needs a run-time library that writes files, which Valida cannot (use `valida run --profile`)"
                )));
            }
            "-M" | "-MM" => {
                b.preprocess = true;
                b.compile.dep.push(arg.clone());
            }
            "-MD" | "-MMD" | "-MP" | "-MG" | "-MV" => b.compile.dep.push(arg.clone()),
            "-Xlinker" | "--for-linker" => linker.push(p.value(a, "")?),
            "-T" => {
                let script = p.value(a, "")?;
                return Err(linker_script_error(&format!("-T {script}")));
            }
            "-e" | "--entry" => linker.extend(["-e".to_string(), p.value(a, "")?]),
            "-u" | "--undefined" => linker.extend(["-u".to_string(), p.value(a, "")?]),
            "-z" => linker.extend(["-z".to_string(), p.value(a, "")?]),
            "-mllvm" | "--mllvm" => {
                let v = p.value(a, "")?;
                b.compile.mllvm.push(v);
            }
            "-mvalida-memcpy" | "--mvalida-memcpy" => b.compile.valida_memcpy = true,
            "--edition" => b.compile.edition = Some(p.value(a, "")?),
            "-target" | "--target" => {
                let t = p.value(a, "")?;
                b.compile.target = Some(parse_target(&t).map_err(usage)?);
            }
            "-o" => b.output = Some(PathBuf::from(p.value(a, "")?)),
            "-x" => lang = lang_of_x(&p.value(a, "")?)?,
            "-g0" => gflags.push(arg.clone()),
            _ => {
                if let Some(opt) = CLANG_SEPARATE.iter().find(|o| a == **o) {
                    let v = p.value(opt, "")?;
                    clang.push(arg.clone());
                    clang.push(v);
                } else if let Some(rest) = a.strip_prefix("-O") {
                    b.compile.opt = opt_level(rest).ok_or_else(|| {
                        usage(format!("invalid integral value '{rest}' in '{a}'"))
                    })?;
                    if rest == "fast" {
                        clang.push("-ffast-math".into());
                        b.compile.f_flags.push("fast-math".into());
                    }
                } else if a.starts_with("-g") || a.starts_with("--debug") {
                    gflags.push(arg.clone());
                } else if let Some(rest) = a.strip_prefix("-std=").or(a.strip_prefix("--std=")) {
                    std = Some(rest.to_string());
                } else if a == "-std" || a == "--std" {
                    std = Some(p.value(a, "")?);
                } else if let Some(rest) = a.strip_prefix("-o") {
                    b.output = Some(PathBuf::from(rest));
                } else if let Some(rest) = a.strip_prefix("-x") {
                    lang = lang_of_x(rest)?;
                } else if let Some(rest) = a.strip_prefix("-Wl,") {
                    linker.extend(rest.split(',').map(String::from));
                } else if let Some(rest) = a.strip_prefix("-Wa,") {
                    for o in rest.split(',') {
                        if o != "--noexecstack" {
                            return Err(usage(format!(
                                "'-Wa,{o}' is not supported: valida-cc has no separate assembler (code goes straight from LLVM to objects)"
                            )));
                        }
                    }
                } else if a.starts_with("-Wp,") {
                    clang.push(arg.clone());
                } else if let Some(rest) = a.strip_prefix("-W") {
                    clang.push(arg.clone());
                    b.compile.warnings.push(rest.to_string());
                } else if let Some(rest) = a.strip_prefix("-I") {
                    let v = p.value("-I", rest)?;
                    clang.push(format!("-I{v}"));
                    b.compile.include.push(PathBuf::from(v));
                } else if let Some(rest) = a.strip_prefix("-D") {
                    let v = p.value("-D", rest)?;
                    clang.push(format!("-D{v}"));
                    b.compile.define.push(v);
                } else if let Some(rest) = a.strip_prefix("-U") {
                    let v = p.value("-U", rest)?;
                    clang.push(format!("-U{v}"));
                    b.compile.undefine.push(v);
                } else if let Some(rest) = a.strip_prefix("-L") {
                    let v = p.value("-L", rest)?;
                    b.link.lib_dirs.push(PathBuf::from(v));
                } else if let Some(rest) = a.strip_prefix("-l") {
                    let v = p.value("-l", rest)?;
                    if v == "pthread" {
                        return Err(usage(
                            "'-lpthread' is not supported: Valida runs a single thread (no threads library)",
                        ));
                    }
                    b.link.libs.push(v);
                } else if let Some(rest) = a.strip_prefix("-T") {
                    return Err(linker_script_error(&format!("-T{rest}")));
                } else if let Some(rest) = a.strip_prefix("-MF") {
                    let v = p.value("-MF", rest)?;
                    b.compile.dep.extend(["-MF".to_string(), v]);
                } else if let Some(flag) = ["-MT", "-MQ"].into_iter().find(|f| a.starts_with(f)) {
                    let v = p.value(flag, &a[flag.len()..])?;
                    b.compile.dep.extend([flag.to_string(), v]);
                } else if let Some(rest) = a.strip_prefix("--edition=") {
                    b.compile.edition = Some(rest.to_string());
                } else if let Some(rest) = a.strip_prefix("-mllvm=").or(a.strip_prefix("--mllvm=")) {
                    b.compile.mllvm.push(rest.to_string());
                } else if let Some(rest) =
                    a.strip_prefix("--target=").or(a.strip_prefix("-target="))
                {
                    b.compile.target = Some(parse_target(rest).map_err(usage)?);
                } else if let Some(rest) = a
                    .strip_prefix("-emit-mir=")
                    .or(a.strip_prefix("--emit-mir="))
                {
                    b.emit_mir = Some(rest.to_string());
                } else if let Some(rest) = a
                    .strip_prefix("-print-file-name=")
                    .or(a.strip_prefix("--print-file-name="))
                {
                    b.queries.push(Query::FileName(rest.to_string()));
                } else if let Some(rest) = a
                    .strip_prefix("-print-prog-name=")
                    .or(a.strip_prefix("--print-prog-name="))
                {
                    b.queries.push(Query::ProgName(rest.to_string()));
                } else if let Some(rest) = a.strip_prefix("-fsanitize=") {
                    sanitize.enable(rest);
                } else if let Some(rest) = a.strip_prefix("-fno-sanitize=") {
                    sanitize.disable(rest);
                } else if matches!(
                    a,
                    "-fPIC"
                        | "-fpic"
                        | "-fPIE"
                        | "-fpie"
                        | "-fno-pic"
                        | "-fno-pie"
                        | "-fno-PIC"
                        | "-fno-PIE"
                ) {
                    b.notes.push(format!(
                        "'{a}' has no effect: Valida code is linked at fixed addresses into one static executable"
                    ));
                } else if a == "-fno-lto" {
                    b.compile.lto = Some(false);
                } else if a == "-flto" || a == "-flto=full" || a == "-flto=thin" {
                    // ThinLTO's split is no gain for one static executable.
                    b.compile.lto = Some(true);
                } else if a.starts_with("-flto") {
                    b.notes.push(format!("'{a}' has no effect on valida-cc's whole-program builds"));
                } else if a.starts_with("-fuse-ld=") || a.starts_with("--ld-path=") {
                    b.notes.push(format!(
                        "'{a}' has no effect: valida-cc links with its own Valida linker"
                    ));
                } else if let Some(rest) = a.strip_prefix("-f") {
                    if a.starts_with("-fsanitize-trap")
                        || a.starts_with("-fno-sanitize-trap")
                        || a.starts_with("-fsanitize-minimal-runtime")
                    {
                        sanitize.user_chose_handler = true;
                    }
                    clang.push(arg.clone());
                    b.compile.f_flags.push(rest.to_string());
                } else if a.starts_with("-march=")
                    || a.starts_with("-mcpu=")
                    || a.starts_with("-mtune=")
                    || a.starts_with("-mabi=")
                {
                    b.notes.push(format!(
                        "'{a}' has no effect: Valida has one instruction set and one ABI"
                    ));
                } else if a.starts_with("-B")
                    || a.starts_with("--sysroot")
                    || a.starts_with("--gcc-toolchain")
                {
                    if matches!(a, "-B" | "--sysroot" | "--gcc-toolchain") {
                        p.value(a, "")?;
                    }
                    b.notes.push(format!(
                        "'{a}' has no effect: the runtime headers and library come with valida-cc"
                    ));
                } else if a.starts_with("-m")
                    || a.starts_with("-i")
                    || a.starts_with("-X")
                    || a.starts_with("--")
                    || a.starts_with("-d")
                    || a.starts_with("-C")
                {
                    // Other clang options (-msoft-float, -isystemDIR, -ferror-limit…):
                    // clang knows them or says so.
                    clang.push(arg.clone());
                } else {
                    clang.push(arg.clone());
                }
            }
        }
    }

    if let Some(s) = std {
        b.compile.clang_args.push(format!("-std={s}"));
        b.compile.std = Some(s);
    }
    // -g options keep their order (-g -g0 means no debug information).
    b.compile.debug = gflags
        .iter()
        .rev()
        .find(|g| {
            !g.starts_with("-gno-") && !g.starts_with("-gsplit") && !g.starts_with("-gcolumn")
        })
        .is_some_and(|g| g != "-g0");
    b.compile.clang_args.extend(gflags);
    b.compile.clang_args.extend(sanitize.clang_flags()?);
    parse_linker_options(&linker, &mut b)?;
    Ok(ParseOutcome::Build(Box::new(b)))
}

fn linker_script_error(option: &str) -> Error {
    usage(format!(
        "'{option}': linker scripts are not supported: the Valida executable layout is fixed (code at address 0 with _start first, data from 0x10000, the stack below 0x3BFFFFF8; docs/abi.md, \"Executables\"); use -Wl,--defsym or section attributes instead"
    ))
}

/// The sanitizers asked for, in clang's accumulate-then-subtract way.
#[derive(Default)]
struct Sanitizers {
    on: Vec<String>,
    off: Vec<String>,
    /// The user gave -f[no-]sanitize-trap or -fsanitize-minimal-runtime.
    user_chose_handler: bool,
}

/// Checks of `-fsanitize=undefined` that Valida supports (all of the group
/// but `function` and `vptr`).
const UNDEFINED_GROUP_EXCLUDED: &[&str] = &["function", "vptr"];

impl Sanitizers {
    fn enable(&mut self, list: &str) {
        for s in list.split(',').filter(|s| !s.is_empty()) {
            self.off.retain(|o| o != s);
            if !self.on.iter().any(|o| o == s) {
                self.on.push(s.to_string());
            }
        }
    }

    fn disable(&mut self, list: &str) {
        for s in list.split(',').filter(|s| !s.is_empty()) {
            self.on.retain(|o| o != s);
            self.off.push(s.to_string());
        }
    }

    /// The clang options: the checks, in trap form (a failed check executes
    /// FAIL) unless the user chose otherwise, with `function` removed from
    /// the `undefined` group.
    fn clang_flags(&self) -> Result<Vec<String>> {
        if self.on.is_empty() {
            return Ok(self
                .off
                .iter()
                .map(|s| format!("-fno-sanitize={s}"))
                .collect());
        }
        for s in &self.on {
            if let Some((_, why)) = IMPOSSIBLE_SANITIZERS.iter().find(|(n, _)| n == s) {
                return Err(usage(format!(
                    "'-fsanitize={s}' is not supported on Valida: {why}"
                )));
            }
        }
        let mut v = vec![format!("-fsanitize={}", self.on.join(","))];
        let off: Vec<&str> = self
            .off
            .iter()
            .map(String::as_str)
            .chain(
                UNDEFINED_GROUP_EXCLUDED
                    .iter()
                    .copied()
                    .filter(|_| self.on.iter().any(|s| s == "undefined")),
            )
            .collect();
        if !off.is_empty() {
            v.push(format!("-fno-sanitize={}", off.join(",")));
        }
        if !self.user_chose_handler {
            v.push(format!("-fsanitize-trap={}", self.on.join(",")));
        }
        Ok(v)
    }
}

/// Reads the options meant for the linker (-Wl, -Xlinker, -e, -u, -z),
/// like GNU ld: those that change the link are interpreted, those that do
/// not apply to one static Valida image are accepted with a note, the rest
/// are errors.
fn parse_linker_options(opts: &[String], b: &mut BuildArgs) -> Result<()> {
    let mut i = 0;
    let next = |i: &mut usize, opt: &str| -> Result<String> {
        *i += 1;
        opts.get(*i - 1)
            .cloned()
            .ok_or_else(|| usage(format!("linker option '{opt}' needs an argument")))
    };
    while i < opts.len() {
        let o = opts[i].as_str();
        i += 1;
        let long = o.strip_prefix("--").or(o.strip_prefix('-')).unwrap_or(o);
        let (name, joined) = match long.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (long, None),
        };
        match name {
            "Map" => {
                let v = match joined {
                    Some(v) => v,
                    None => next(&mut i, o)?,
                };
                b.link.map = Some(PathBuf::from(v));
            }
            "version" | "v" => b.queries.push(Query::LinkerVersion),
            "gc-sections" => b.link.no_gc_sections = false,
            "no-gc-sections" => b.link.no_gc_sections = true,
            "e" | "entry" => {
                b.link.entry = Some(match joined {
                    Some(v) => v,
                    None => next(&mut i, o)?,
                })
            }
            "u" | "undefined" | "require-defined" => b.link.undefined.push(match joined {
                Some(v) => v,
                None => next(&mut i, o)?,
            }),
            "defsym" => {
                let v = match joined {
                    Some(v) => v,
                    None => next(&mut i, o)?,
                };
                let (sym, value) = v.split_once('=').ok_or_else(|| {
                    usage(format!("linker option '--defsym {v}': expected SYMBOL=VALUE"))
                })?;
                b.link.defsym.push((sym.to_string(), value.to_string()));
            }
            "wrap" => b.link.wrap.push(match joined {
                Some(v) => v,
                None => next(&mut i, o)?,
            }),
            "start-group" | "end-group" | "(" | ")" => b.notes.push(format!(
                "linker option '{o}' has no effect: the Valida linker searches all archives until no symbol is left undefined"
            )),
            "as-needed" | "no-as-needed" | "Bstatic" | "Bdynamic" | "static" | "dn" | "non_shared"
            | "export-dynamic" | "E" | "no-export-dynamic" | "eh-frame-hdr" | "no-eh-frame-hdr"
            | "hash-style" | "build-id" | "no-undefined" | "z" | "relax" | "no-relax"
            | "sort-common" | "color-diagnostics" | "fatal-warnings" | "no-fatal-warnings"
            | "warn-common" | "s" | "strip-all" | "S" | "strip-debug" | "O0" | "O1" | "O2"
            | "O3" | "pie" | "no-pie" | "nostdlib" | "enable-new-dtags" | "disable-new-dtags"
            | "discard-locals" | "X" | "x" | "discard-all" | "icf" | "threads"
            | "allow-shlib-undefined" | "no-allow-shlib-undefined" | "no-copy-dt-needed-entries"
            | "gdb-index" | "compress-debug-sections" => {
                let arg = if name == "z" { Some(next(&mut i, o)?) } else { None };
                b.notes.push(format!(
                    "linker option '{o}{}' has no effect on a static Valida executable",
                    arg.map(|a| format!(" {a}")).unwrap_or_default()
                ));
            }
            _ if o.starts_with("-z") && o.len() > 2 => b.notes.push(format!(
                "linker option '{o}' has no effect on a static Valida executable"
            )),
            _ if o.starts_with("-l") && o.len() > 2 => b.link.libs.push(o[2..].to_string()),
            _ if o.starts_with("-L") && o.len() > 2 => b.link.lib_dirs.push(PathBuf::from(&o[2..])),
            _ if o.starts_with("-u") && o.len() > 2 => b.link.undefined.push(o[2..].to_string()),
            _ if o.starts_with("-e") && o.len() > 2 && !o.starts_with("--") => {
                b.link.entry = Some(o[2..].to_string())
            }
            "T" | "script" | "dT" => {
                let v = match joined {
                    Some(v) => v,
                    None => next(&mut i, o)?,
                };
                return Err(linker_script_error(&format!("-Wl,{o},{v}")));
            }
            "shared" | "Bshareable" | "soname" | "rpath" | "rpath-link" | "dynamic-linker"
            | "version-script" | "whole-archive" | "no-whole-archive" => {
                return Err(usage(format!(
                    "linker option '{o}' is not supported: {}",
                    if name.contains("whole-archive") {
                        "the Valida linker pulls archive members only when referenced (list the objects instead)"
                    } else {
                        "Valida has no shared libraries or dynamic loader"
                    }
                )));
            }
            _ if o.is_empty() => {}
            _ => {
                return Err(usage(format!(
                    "linker option '{o}' is not supported by the Valida linker (supported: -Map, --gc-sections, --no-gc-sections, -e, -u, --defsym, --wrap, --start-group/--end-group; see docs/driver.md)"
                )));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(args: &[&str]) -> BuildArgs {
        match parse(args.iter().map(OsString::from).collect()).expect("parses") {
            ParseOutcome::Build(b) => *b,
            ParseOutcome::Help => panic!("help"),
        }
    }

    fn error(args: &[&str]) -> String {
        parse(args.iter().map(OsString::from).collect())
            .expect_err("should fail")
            .to_string()
    }

    #[test]
    fn last_opt_and_std_win() {
        let b = build(&["-O2", "-O3", "-std=c99", "-std=gnu11", "-O", "a.c"]);
        assert_eq!(b.compile.opt, OptLevel::O1);
        assert_eq!(b.compile.std.as_deref(), Some("gnu11"));
        assert_eq!(
            b.compile
                .clang_args
                .iter()
                .filter(|a| a.starts_with("-std="))
                .count(),
            1
        );
    }

    #[test]
    fn preprocessor_options_keep_their_order() {
        let b = build(&[
            "-DX", "-I", "inc", "-UX", "-isystem", "sys", "-include", "h.h", "a.c",
        ]);
        assert_eq!(
            b.compile.clang_args,
            ["-DX", "-Iinc", "-UX", "-isystem", "sys", "-include", "h.h"]
        );
        assert_eq!(b.inputs, [InputFile::new("a.c")]);
    }

    #[test]
    fn x_applies_to_later_inputs() {
        let b = build(&["a.c", "-x", "c", "-", "-x", "none", "b.ll"]);
        assert_eq!(b.inputs[0].lang, None);
        assert_eq!(b.inputs[1].lang, Some(Lang::C));
        assert_eq!(b.inputs[1].path, PathBuf::from("-"));
        assert_eq!(b.inputs[2].lang, None);
    }

    #[test]
    fn whole_option_is_named() {
        assert!(error(&["-shared", "a.c"]).contains("'-shared'"));
        assert!(error(&["-fsanitize=address", "a.c"]).contains("'-fsanitize=address'"));
        assert!(error(&["-fsanitize=function", "a.c"]).contains("'-fsanitize=function'"));
        assert!(error(&["-Wl,--frobnicate", "a.c"]).contains("'--frobnicate'"));
        assert!(error(&["-T", "x.ld", "a.c"]).contains("linker scripts"));
    }

    #[test]
    fn undefined_sanitizer_traps_without_function() {
        let b = build(&["-fsanitize=undefined", "a.c"]);
        assert_eq!(
            b.compile.clang_args,
            [
                "-fsanitize=undefined",
                "-fno-sanitize=function,vptr",
                "-fsanitize-trap=undefined"
            ]
        );
    }

    #[test]
    fn linker_options() {
        let b = build(&[
            "-Wl,-Map=out.map,--gc-sections,-e,entry",
            "-Wl,--defsym=foo=bar",
            "-Xlinker",
            "--wrap=malloc",
            "-u",
            "keep",
            "-Wl,--start-group",
            "-lfoo",
            "-Wl,--end-group,--no-gc-sections",
            "a.c",
        ]);
        assert_eq!(b.link.map, Some(PathBuf::from("out.map")));
        assert_eq!(b.link.entry.as_deref(), Some("entry"));
        assert_eq!(b.link.defsym, [("foo".to_string(), "bar".to_string())]);
        assert_eq!(b.link.wrap, ["malloc"]);
        assert_eq!(b.link.undefined, ["keep"]);
        assert_eq!(b.link.libs, ["foo"]);
        assert!(b.link.no_gc_sections);
    }

    #[test]
    fn response_file_quoting() {
        assert_eq!(
            split_response("-DX=\"a b\" 'c d'  e\\ f\n-O2"),
            ["-DX=a b", "c d", "e f", "-O2"]
        );
    }

    #[test]
    fn debug_levels() {
        assert!(build(&["-g3", "a.c"]).compile.debug);
        assert!(!build(&["-g", "-g0", "a.c"]).compile.debug);
        assert!(build(&["-ggdb", "-gdwarf-4", "a.c"]).compile.debug);
    }
}
