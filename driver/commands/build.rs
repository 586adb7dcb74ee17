//! `valida-cc [options] inputs…`: compile, and link unless told not to.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::targets::TargetMachine;

use crate::cli::{BuildArgs, CompileOptions, InputFile, Lang, LinkArgs, Query, SaveTemps};
use crate::codegen::init::set_llvm_options;
use crate::codegen::pipeline::{Emit, emit, optimize_with, target_machine};
use crate::commands::diagnostics;
use crate::error::{Error, Result};
use crate::frontend::clang;
use crate::ir::retarget;
use crate::link::{self, Input, LinkOptions};
use crate::runtime_build;

/// The kind of an input file, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    C,
    LlvmIr,
    Object,
    Archive,
    /// A Rust crate root, compiled by rustc (`crate::rust`).
    Rust,
    /// Assembly (`.s`).
    Asm,
    /// Assembly to run through the C preprocessor first (`.S`).
    AsmCpp,
}

/// A temporary file removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

impl InputKind {
    pub fn of(path: &Path) -> Result<InputKind> {
        match path.extension().and_then(|e| e.to_str()) {
            Some("c" | "i" | "h") => Ok(InputKind::C),
            Some("ll" | "bc") => Ok(InputKind::LlvmIr),
            Some("o" | "obj") => Ok(InputKind::Object),
            Some("a") => Ok(InputKind::Archive),
            Some("rs") => Ok(InputKind::Rust),
            _ => Err(Error::UnknownInput {
                path: path.to_path_buf(),
            }),
        }
    }

    /// The kind of a command-line input as clang decides it: `-x` first,
    /// then the extension; an unknown extension is a linker input.
    pub fn of_input(input: &InputFile) -> Result<InputKind> {
        let path = &input.path;
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let lang = match input.lang {
            Some(l) => l,
            None => match ext {
                "c" | "i" | "h" => Lang::C,
                "ll" | "bc" => Lang::Ir,
                "s" | "asm" => Lang::Assembler,
                "S" | "sx" => Lang::AssemblerWithCpp,
                "rs" => return Ok(InputKind::Rust),
                "a" => return Ok(InputKind::Archive),
                "cc" | "cpp" | "cxx" | "c++" | "C" | "cp" | "CPP" | "ii" | "m" | "mm" | "M"
                | "hpp" | "hh" | "hxx" | "cu" => {
                    return Err(Error::Usage(format!(
                        "{}: C++ and Objective-C are not supported: valida-cc compiles C (and Rust crates)",
                        path.display()
                    )));
                }
                "so" | "dylib" | "dll" => {
                    return Err(Error::Usage(format!(
                        "{}: shared libraries are not supported: Valida has no dynamic loader (link a static library, lib*.a)",
                        path.display()
                    )));
                }
                _ => Lang::Linker,
            },
        };
        match lang {
            Lang::C | Lang::CppOutput => Ok(InputKind::C),
            Lang::Ir => Ok(InputKind::LlvmIr),
            Lang::Assembler => Ok(InputKind::Asm),
            Lang::AssemblerWithCpp => Ok(InputKind::AsmCpp),
            Lang::Linker => {
                // An archive whatever its name, else an object.
                let mut magic = [0u8; 8];
                let is_archive = fs::File::open(path)
                    .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut magic))
                    .is_ok()
                    && (&magic == b"!<arch>\n" || crate::link::archive::is_thin(&magic));
                Ok(if is_archive {
                    InputKind::Archive
                } else {
                    InputKind::Object
                })
            }
        }
    }
}

/// clang options that make it read `input` as its `-x` said.
fn lang_flags(input: &InputFile) -> Vec<String> {
    match input.lang {
        Some(Lang::C) => vec!["-x".into(), "c".into()],
        Some(Lang::CppOutput) => vec!["-x".into(), "cpp-output".into()],
        Some(Lang::AssemblerWithCpp) => vec!["-x".into(), "assembler-with-cpp".into()],
        _ => Vec::new(),
    }
}

/// Reads a source or IR file into an optimised, retargeted module.
pub fn load_module<'ctx>(
    context: &'ctx Context,
    path: &Path,
    opts: &CompileOptions,
    machine: &TargetMachine,
    extra_clang_flags: &[String],
) -> Result<Module<'ctx>> {
    InputKind::of(path)?;
    load_input(
        context,
        &InputFile::new(path),
        opts,
        machine,
        extra_clang_flags,
    )
}

/// As [`load_module`], for a command-line input (`-x`, `-` for stdin).
pub fn load_input<'ctx>(
    context: &'ctx Context,
    input: &InputFile,
    opts: &CompileOptions,
    machine: &TargetMachine,
    extra_clang_flags: &[String],
) -> Result<Module<'ctx>> {
    let path = input.path.as_path();
    let bytes = match InputKind::of_input(input)? {
        InputKind::C => {
            let include = runtime_build::include_dir();
            let mut extra = extra_clang_flags.to_vec();
            extra.extend(lang_flags(input));
            clang::compile_to_bitcode(path, opts, include.as_deref(), &extra)?
        }
        InputKind::LlvmIr if path == Path::new("-") => {
            let mut buf = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut buf)
                .map_err(|e| Error::io("<stdin>", e))?;
            buf
        }
        InputKind::LlvmIr => fs::read(path).map_err(|e| Error::io(path, e))?,
        InputKind::Rust => {
            crate::codegen::init::set_current_input(path);
            return crate::rust::load_crate(context, path, opts, machine);
        }
        InputKind::Object | InputKind::Archive => {
            return Err(Error::Usage(format!(
                "{}: object files cannot be compiled",
                path.display()
            )));
        }
        InputKind::Asm | InputKind::AsmCpp => {
            return Err(Error::Usage(format!(
                "{}: assembly has no LLVM IR (assemble it with -c)",
                path.display()
            )));
        }
    };
    crate::codegen::init::set_current_input(path);
    let module = retarget::parse_module(context, path, &bytes)?;
    retarget::check_data_layout(&module, path)?;
    retarget::retarget(&module, machine);
    retarget::verify(&module, path)?;
    let pipeline = if opts.lto_prelink {
        opts.opt.prelink_pipeline()
    } else {
        opts.opt.pipeline()
    };
    if opts.verbose {
        eprintln!("valida-cc: optimising {} with {pipeline}", path.display());
    }
    optimize_with(&module, machine, opts.opt, pipeline, path)?;
    // A whole-program build gives sections to what survives its link.
    if !opts.lto_prelink && !opts.f_flags.iter().any(|f| f == "no-function-sections") {
        retarget::split_sections(&module);
    }
    Ok(module)
}

/// Compiles one C or IR file to a Valida relocatable object in memory.
pub fn compile_object(
    path: &Path,
    opts: &CompileOptions,
    extra_clang_flags: &[String],
) -> Result<Vec<u8>> {
    InputKind::of(path)?;
    compile_input(&InputFile::new(path), opts, extra_clang_flags, None)
}

/// Assembles a `.s` (or preprocesses then assembles a `.S`) input into an
/// object with the Valida target's assembly parser.
fn assemble_input(
    input: &InputFile,
    kind: InputKind,
    opts: &CompileOptions,
    extra_clang_flags: &[String],
    save: Option<&Path>,
) -> Result<Vec<u8>> {
    let path = input.path.as_path();
    let source = if kind == InputKind::AsmCpp {
        let include = runtime_build::include_dir();
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmp =
            TempFile(std::env::temp_dir().join(format!("valida-cc-{}-{n}.s", std::process::id())));
        let mut flags = lang_flags(input);
        if input.lang.is_none() {
            flags = vec!["-x".into(), "assembler-with-cpp".into()];
        }
        flags.extend(extra_clang_flags.iter().cloned());
        clang::preprocess(path, opts, include.as_deref(), Some(tmp.path()), &flags)?;
        let text = fs::read(tmp.path()).map_err(|e| Error::io(tmp.path(), e))?;
        if let Some(base) = save {
            write_output(&base.with_extension("s"), &text, false)?;
        }
        text
    } else if path == Path::new("-") {
        let mut text = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut text)
            .map_err(|e| Error::io(path, e))?;
        text
    } else {
        fs::read(path).map_err(|e| Error::io(path, e))?
    };
    if opts.verbose {
        eprintln!("valida-cc: assembling {}", path.display());
    }
    let object = crate::codegen::assemble::assemble(&source, path)?;
    if let Some(base) = save {
        write_output(&base.with_extension("o"), &object, false)?;
    }
    Ok(object)
}

/// Compiles a command-line input to an object; with `save` (-save-temps),
/// also writes `<base>.i`, `<base>.bc`, `<base>.s` and `<base>.o`.
fn compile_input(
    input: &InputFile,
    opts: &CompileOptions,
    extra_clang_flags: &[String],
    save: Option<&Path>,
) -> Result<Vec<u8>> {
    let path = input.path.as_path();
    let kind = InputKind::of_input(input)?;
    if matches!(kind, InputKind::Asm | InputKind::AsmCpp) {
        return assemble_input(input, kind, opts, extra_clang_flags, save);
    }
    let machine = target_machine(opts.opt)?;
    let name = diagnostics::InputName::new(path);
    let context = Context::create();
    diagnostics::install(&context, &name);
    if let Some(base) = save
        && InputKind::of_input(input)? == InputKind::C
    {
        let include = runtime_build::include_dir();
        let i = base.with_extension("i");
        clang::preprocess(path, opts, include.as_deref(), Some(&i), &lang_flags(input))?;
    }
    let module = load_input(&context, input, opts, &machine, extra_clang_flags)?;
    if opts.verbose {
        eprintln!("valida-cc: generating Valida code for {}", path.display());
    }
    let object = emit(&module, &machine, Emit::Object, path)?;
    if let Some(base) = save {
        let bc = module.write_bitcode_to_memory().as_slice().to_vec();
        write_output(&base.with_extension("bc"), &bc, false)?;
        let asm = emit(&module, &machine, Emit::Assembly, path)?;
        write_output(&base.with_extension("s"), &asm, false)?;
        write_output(&base.with_extension("o"), &object, false)?;
    }
    Ok(object)
}

/// An archive's bytes; a thin archive comes back as an ordinary one
/// holding the files it names.
fn read_archive_file(path: &Path) -> Result<Vec<u8>> {
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    if !crate::link::archive::is_thin(&bytes) {
        return Ok(bytes);
    }
    crate::link::archive::flatten_thin(path, &bytes).map_err(|message| {
        Error::from(crate::link::LinkError::Malformed {
            file: path.display().to_string(),
            message: format!("thin archive: {message}"),
        })
    })
}

fn lib_search(name: &str, dirs: &[PathBuf]) -> Result<PathBuf> {
    // `-l:file.a` names the file itself.
    let file = match name.strip_prefix(':') {
        Some(f) => f.to_string(),
        None => format!("lib{name}.a"),
    };
    dirs.iter()
        .map(|d| d.join(&file))
        .find(|p| p.is_file())
        .ok_or_else(|| Error::Usage(format!("unable to find library -l{name}")))
}

/// Compiles (where needed) and links `inputs` into an executable image.
pub fn build_executable(
    inputs: &[PathBuf],
    opts: &CompileOptions,
    link_args: &LinkArgs,
) -> Result<Vec<u8>> {
    let files: Vec<InputFile> = inputs.iter().map(InputFile::new).collect();
    Ok(link_inputs(&files, opts, link_args, None)?.0)
}

/// Compiles and links command-line inputs; returns the image and the link
/// map when one was asked for.
pub fn link_inputs(
    inputs: &[InputFile],
    opts: &CompileOptions,
    link_args: &LinkArgs,
    save_temps: Option<&Path>,
) -> Result<(Vec<u8>, Option<String>)> {
    let whole_program = crate::lto::applies(inputs, opts, link_args, save_temps.is_some(), |lib| {
        lib_search(lib, &link_args.lib_dirs).is_ok()
    });
    if whole_program {
        return link_whole_program(inputs, opts, link_args);
    }
    let mut objects = Vec::new();
    let mut archives = Vec::new();
    for input in inputs {
        let path = &input.path;
        let name = path.display().to_string();
        match InputKind::of_input(input)? {
            InputKind::C
            | InputKind::LlvmIr
            | InputKind::Rust
            | InputKind::Asm
            | InputKind::AsmCpp => {
                // -MD/-MMD in a one-step build: `<base>.d` for target `<base>.o`.
                let deps = dependency_flags(&opts.dep, Path::new(&object_name(path)));
                let save = save_temps.map(|d| d.join(object_name(path)));
                objects.push(Input::Object {
                    name: object_name(path),
                    bytes: compile_input(input, opts, &deps, save.as_deref())?,
                })
            }
            InputKind::Object => objects.push(Input::Object {
                name,
                bytes: fs::read(path).map_err(|e| Error::io(path, e))?,
            }),
            InputKind::Archive => archives.push(Input::Archive {
                name,
                bytes: read_archive_file(path)?,
            }),
        }
    }
    if inputs
        .iter()
        .any(|p| matches!(InputKind::of_input(p), Ok(InputKind::Rust)))
    {
        // compiler_builtins for Valida (128-bit helpers; weak symbols).
        archives.push(crate::rust::builtins_input(opts.verbose)?);
    }
    // libc, libm and the builtins are the runtime's libvalida.a: linked by
    // default, or when named with -lc/-lm/-lgcc under -nodefaultlibs.
    let mut want_runtime_lib = !link_args.nostdlib && !link_args.nodefaultlibs;
    for lib in &link_args.libs {
        if matches!(lib.as_str(), "c" | "m" | "gcc" | "valida" | "compiler-rt") {
            if let Ok(path) = lib_search(lib, &link_args.lib_dirs) {
                archives.push(Input::Archive {
                    name: path.display().to_string(),
                    bytes: read_archive_file(&path)?,
                });
            } else {
                want_runtime_lib = true;
            }
            continue;
        }
        let path = lib_search(lib, &link_args.lib_dirs)?;
        archives.push(Input::Archive {
            name: path.display().to_string(),
            bytes: read_archive_file(&path)?,
        });
    }
    let want_crt = !link_args.nostdlib && !link_args.nostartfiles;
    let mut all = Vec::new();
    let rt = if want_crt || want_runtime_lib {
        Some(runtime_build::ensure(opts.verbose)?)
    } else {
        None
    };
    if let Some(rt) = rt.as_ref().filter(|_| want_crt) {
        // Short names in messages: the cache path is an internal detail.
        all.push(Input::Object {
            name: "crt0.o".to_string(),
            bytes: fs::read(&rt.crt).map_err(|e| Error::io(&rt.crt, e))?,
        });
    }
    all.extend(objects);
    all.extend(archives);
    if let Some(rt) = rt.as_ref().filter(|_| want_runtime_lib) {
        all.push(Input::Archive {
            name: "libvalida.a".to_string(),
            bytes: fs::read(&rt.lib).map_err(|e| Error::io(&rt.lib, e))?,
        });
    }
    if opts.verbose {
        let names: Vec<String> = all
            .iter()
            .map(|i| match i {
                Input::Object { name, .. } | Input::Archive { name, .. } => name.clone(),
            })
            .collect();
        eprintln!("valida-cc: linking {}", names.join(" "));
    }
    let options = link_options(link_args);
    Ok(link::link_with_map(all, &options)?)
}

/// A whole-program build (`crate::lto`): the inputs and the runtime's
/// bitcode become one object, linked with the runtime archive after it.
fn link_whole_program(
    inputs: &[InputFile],
    opts: &CompileOptions,
    link_args: &LinkArgs,
) -> Result<(Vec<u8>, Option<String>)> {
    let rt = runtime_build::ensure(opts.verbose)?;
    let first = &inputs[0].path;
    let name = diagnostics::InputName::new(first);
    let context = Context::create();
    diagnostics::install(&context, &name);
    let machine = target_machine(opts.opt)?;
    let mut prelink = opts.clone();
    prelink.lto_prelink = true;
    let mut modules = Vec::new();
    for input in inputs {
        let deps = dependency_flags(&opts.dep, Path::new(&object_name(&input.path)));
        modules.push((
            input.path.clone(),
            load_input(&context, input, &prelink, &machine, &deps)?,
        ));
    }
    if opts.verbose {
        eprintln!(
            "valida-cc: whole-program build of {} input(s) with the runtime's bitcode",
            inputs.len()
        );
    }
    let object = crate::lto::build_object(&context, modules, &rt, &machine, opts, link_args)?;
    let object_label = if inputs.len() == 1 {
        object_name(first)
    } else {
        "whole-program.o".to_string()
    };
    let all = vec![
        Input::Object {
            name: object_label,
            bytes: object,
        },
        Input::Archive {
            name: "libvalida.a".to_string(),
            bytes: fs::read(&rt.lib).map_err(|e| Error::io(&rt.lib, e))?,
        },
    ];
    if opts.verbose {
        eprintln!("valida-cc: linking the whole-program object with libvalida.a");
    }
    Ok(link::link_with_map(all, &link_options(link_args))?)
}

/// The linker's options from the command line's.
pub fn link_options(link_args: &LinkArgs) -> LinkOptions {
    let mut options = LinkOptions {
        gc_sections: !link_args.no_gc_sections,
        undefined: link_args.undefined.clone(),
        defsym: link_args.defsym.clone(),
        wrap: link_args.wrap.clone(),
        map: link_args.map.is_some(),
        ..LinkOptions::default()
    };
    if let Some(e) = &link_args.entry {
        options.entry = e.clone();
    }
    options
}

/// How an object compiled from `path` is named in linker messages.
fn object_name(path: &Path) -> String {
    path.with_extension("o").file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Writes `bytes` to `path`, or to stdout when the path is `-`.
pub fn write_output(path: &Path, bytes: &[u8], executable: bool) -> Result<()> {
    if path == Path::new("-") {
        let mut out = std::io::stdout().lock();
        return out
            .write_all(bytes)
            .and_then(|()| out.flush())
            .map_err(|e| Error::io("<stdout>", e));
    }
    fs::write(path, bytes).map_err(|e| Error::io(path, e))?;
    #[cfg(unix)]
    if executable {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o755));
    }
    #[cfg(not(unix))]
    let _ = executable;
    Ok(())
}

/// clang's dependency-file options for a compile writing `out`: the user's,
/// plus `-MT out` and `-MF out.d` where they are missing (clang itself
/// writes bitcode to stdout, so it cannot derive them). -M and -MM belong
/// to preprocessing (-E) only.
fn dependency_flags(user: &[String], out: &Path) -> Vec<String> {
    let user: Vec<String> = user
        .iter()
        .filter(|f| *f != "-M" && *f != "-MM")
        .cloned()
        .collect();
    if !user.iter().any(|f| f == "-MD" || f == "-MMD") {
        return Vec::new();
    }
    let mut flags = user.clone();
    if !user.iter().any(|f| f == "-MT" || f == "-MQ") {
        flags.push("-MT".into());
        flags.push(out.display().to_string());
    }
    if !user.iter().any(|f| f == "-MF") {
        flags.push("-MF".into());
        flags.push(out.with_extension("d").display().to_string());
    }
    flags
}

/// What a compile-only invocation writes for each input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Object,
    Assembly,
    IrText,
    Bitcode,
    Mir,
}

impl Stage {
    fn extension(self) -> &'static str {
        match self {
            Stage::Object => "o",
            Stage::Assembly => "s",
            Stage::IrText => "ll",
            Stage::Bitcode => "bc",
            Stage::Mir => "mir",
        }
    }
}

/// The triple `-dumpmachine` prints (`--target` accepts any `valida-…`).
pub const TRIPLE: &str = "valida-unknown-none";

/// The directory of the build-system files (`cmake/`, `meson/`):
/// `$VALIDA_SHARE_DIR`, else the source tree the driver was built from.
pub fn share_dir() -> PathBuf {
    std::env::var_os("VALIDA_SHARE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

fn on_path(names: &[&str]) -> Option<PathBuf> {
    let paths = std::env::var_os("PATH")?;
    names.iter().find_map(|n| {
        std::env::split_paths(&paths)
            .map(|d| d.join(n))
            .find(|p| p.is_file())
    })
}

/// The answer to one `-print-*`/`-dump*` query.
fn answer(q: &Query, args: &BuildArgs) -> Result<String> {
    let verbose = args.compile.verbose;
    let cmake = share_dir().join("cmake").join("valida.toolchain.cmake");
    let meson = share_dir().join("meson").join("valida.cross");
    Ok(match q {
        Query::Version => format!(
            "valida-cc {} (clang {})\nTarget: {TRIPLE}\nThread model: single\nInstalledDir: {}",
            env!("CARGO_PKG_VERSION"),
            clang::version().unwrap_or_else(|| "unknown".into()),
            std::env::current_exe()
                .ok()
                .and_then(|e| e.parent().map(Path::to_path_buf))
                .unwrap_or_default()
                .display()
        ),
        Query::DumpMachine | Query::TargetTriple => TRIPLE.to_string(),
        Query::LinkerVersion => format!(
            "Valida linker of valida-cc {} (takes the GNU ld options of docs/driver.md)",
            env!("CARGO_PKG_VERSION")
        ),
        Query::DumpVersion => clang::version().unwrap_or_else(|| env!("CARGO_PKG_VERSION").into()),
        Query::CmakeToolchain => cmake.display().to_string(),
        Query::MesonCrossFile => meson.display().to_string(),
        Query::ResourceDir => runtime_build::runtime_dir()
            .unwrap_or_default()
            .display()
            .to_string(),
        Query::SearchDirs => {
            let rt = runtime_build::ensure(verbose)?;
            let mut libs = vec![rt.lib.parent().unwrap_or(Path::new(".")).to_path_buf()];
            libs.extend(args.link.lib_dirs.iter().cloned());
            let exe_dir = std::env::current_exe()
                .ok()
                .and_then(|e| e.parent().map(Path::to_path_buf))
                .unwrap_or_default();
            format!(
                "programs: ={}\nlibraries: ={}",
                exe_dir.display(),
                libs.iter()
                    .map(|d| d.display().to_string())
                    .collect::<Vec<_>>()
                    .join(":")
            )
        }
        Query::LibgccFileName => runtime_build::ensure(verbose)?.lib.display().to_string(),
        Query::FileName(name) => match name.as_str() {
            "valida.toolchain.cmake" => cmake.display().to_string(),
            "valida.cross" => meson.display().to_string(),
            "crt0.o" | "crt1.o" | "crti.o" | "crtbegin.o" => {
                runtime_build::ensure(verbose)?.crt.display().to_string()
            }
            "libc.a" | "libm.a" | "libvalida.a" | "libgcc.a" | "libclang_rt.builtins.a" => {
                runtime_build::ensure(verbose)?.lib.display().to_string()
            }
            "include" => runtime_build::include_dir()
                .map_or_else(|| name.clone(), |d| d.display().to_string()),
            _ => args
                .link
                .lib_dirs
                .iter()
                .map(|d| d.join(name))
                .find(|p| p.exists())
                .map_or_else(|| name.clone(), |p| p.display().to_string()),
        },
        Query::ProgName(name) => {
            let found = match name.as_str() {
                "ar" | "llvm-ar" => on_path(&["llvm-ar-22", "llvm-ar", "ar"]),
                "ranlib" | "llvm-ranlib" => on_path(&["llvm-ranlib-22", "llvm-ranlib", "ranlib"]),
                "nm" | "llvm-nm" => on_path(&["llvm-nm-22", "llvm-nm", "nm"]),
                "clang" | "cpp" => Some(clang::clang_program()),
                "cc" | "ld" | "valida-cc" => std::env::current_exe().ok(),
                "valida" => std::env::current_exe()
                    .ok()
                    .map(|e| e.with_file_name("valida"))
                    .filter(|p| p.is_file()),
                _ => None,
            };
            found.map_or_else(|| name.clone(), |p| p.display().to_string())
        }
    })
}

/// Entry point of the default command. Returns the process exit status.
pub fn exec(args: &BuildArgs) -> Result<i32> {
    if args.compile.verbose {
        for note in &args.notes {
            eprintln!("valida-cc: note: {note}");
        }
    }
    if !args.queries.is_empty() {
        for q in &args.queries {
            let text = answer(q, args)?;
            let mut out = std::io::stdout().lock();
            writeln!(out, "{text}").map_err(|e| Error::io("<stdout>", e))?;
        }
        return Ok(0);
    }
    if args.print_runtime {
        let rt = runtime_build::ensure(args.compile.verbose)?;
        println!("{}\n{}", rt.crt.display(), rt.lib.display());
        return Ok(0);
    }
    if args.inputs.is_empty() {
        if args.compile.verbose {
            // `clang -v` alone prints the version.
            eprintln!("{}", answer(&Query::Version, args)?);
            return Ok(0);
        }
        return Err(Error::Usage("no input files".into()));
    }
    if args.dry_run {
        return dry_run(args);
    }
    let mut llvm_options = args.compile.llvm_options();
    if let Some(pass) = &args.emit_mir {
        llvm_options.push(format!("-stop-after={pass}"));
    }
    set_llvm_options(&llvm_options)?;
    let include = runtime_build::include_dir();

    // As clang: the option that stops earliest wins (-E, then
    // -fsyntax-only, then -S, then -c).
    if args.preprocess {
        for input in &args.inputs {
            if matches!(
                InputKind::of_input(input)?,
                InputKind::C | InputKind::AsmCpp
            ) {
                clang::preprocess(
                    &input.path,
                    &args.compile,
                    include.as_deref(),
                    args.output.as_deref(),
                    &lang_flags(input),
                )?;
            }
        }
        return Ok(0);
    }
    if args.syntax_only {
        for input in &args.inputs {
            match InputKind::of_input(input)? {
                InputKind::C => clang::syntax_only(
                    &input.path,
                    &args.compile,
                    include.as_deref(),
                    &lang_flags(input),
                )?,
                InputKind::LlvmIr => {
                    let context = Context::create();
                    let machine = target_machine(args.compile.opt)?;
                    load_input(&context, input, &args.compile, &machine, &[])?;
                }
                _ => {}
            }
        }
        return Ok(0);
    }

    let stage = if args.emit_mir.is_some() {
        Some(Stage::Mir)
    } else if args.emit_llvm {
        if args.assembly {
            Some(Stage::IrText)
        } else if args.compile_only {
            Some(Stage::Bitcode)
        } else {
            return Err(Error::Usage(
                "-emit-llvm cannot be used when linking (add -c or -S)".into(),
            ));
        }
    } else if args.assembly {
        Some(Stage::Assembly)
    } else if args.compile_only {
        Some(Stage::Object)
    } else {
        None
    };

    let Some(stage) = stage else {
        let out = args
            .output
            .clone()
            .unwrap_or_else(|| PathBuf::from("a.out"));
        let temps = save_temps_dir(args.save_temps, &out);
        let (image, map) = link_inputs(&args.inputs, &args.compile, &args.link, temps.as_deref())?;
        if args.compile.verbose {
            eprintln!("valida-cc: writing executable {}", out.display());
        }
        write_output(&out, &image, true)?;
        if let (Some(path), Some(map)) = (&args.link.map, map) {
            write_output(path, map.as_bytes(), false)?;
        }
        return Ok(0);
    };

    let mut sources = Vec::new();
    for input in &args.inputs {
        if matches!(
            InputKind::of_input(input)?,
            InputKind::C | InputKind::LlvmIr | InputKind::Rust
        ) || (stage == Stage::Object
            && matches!(
                InputKind::of_input(input)?,
                InputKind::Asm | InputKind::AsmCpp
            ))
        {
            sources.push(input);
        } else if matches!(
            InputKind::of_input(input)?,
            InputKind::Asm | InputKind::AsmCpp
        ) {
            // As clang: assembly has nothing to give before the object stage.
            eprintln!(
                "valida-cc: warning: {}: assembler input unused (nothing to do before -c)",
                input.path.display()
            );
        }
    }
    if sources.len() > 1 && args.output.as_ref().is_some_and(|o| o != Path::new("-")) {
        return Err(Error::Usage(
            "cannot specify -o when generating multiple output files".into(),
        ));
    }
    let machine = target_machine(args.compile.opt)?;
    // `-flto -c -emit-llvm`: bitcode for a whole-program link (how the
    // runtime's bitcode is made), optimised by the pre-link pipeline.
    let mut compile = args.compile.clone();
    compile.lto_prelink = compile.lto == Some(true)
        && matches!(stage, Stage::Bitcode | Stage::IrText)
        && compile.opt != crate::cli::OptLevel::O0;
    for input in sources {
        let path = &input.path;
        let out = match &args.output {
            Some(o) => o.clone(),
            None if stage == Stage::Mir => PathBuf::from("-"),
            None => path
                .file_name()
                .map_or_else(|| path.to_path_buf(), PathBuf::from)
                .with_extension(stage.extension()),
        };
        let deps = dependency_flags(&args.compile.dep, &out);
        let temps = save_temps_dir(args.save_temps, &out);
        if stage == Stage::Object {
            let save = temps.map(|d| d.join(object_name(path)));
            let bytes = compile_input(input, &args.compile, &deps, save.as_deref())?;
            if args.compile.verbose {
                eprintln!("valida-cc: writing {}", out.display());
            }
            write_output(&out, &bytes, false)?;
            continue;
        }
        let name = diagnostics::InputName::new(path);
        let context = Context::create();
        diagnostics::install(&context, &name);
        let module = load_input(&context, input, &compile, &machine, &deps)?;
        let bytes = match stage {
            Stage::IrText => module.print_to_string().to_bytes().to_vec(),
            Stage::Bitcode => module.write_bitcode_to_memory().as_slice().to_vec(),
            Stage::Object => emit(&module, &machine, Emit::Object, path)?,
            Stage::Assembly | Stage::Mir => emit(&module, &machine, Emit::Assembly, path)?,
        };
        if args.compile.verbose {
            eprintln!("valida-cc: writing {}", out.display());
        }
        write_output(&out, &bytes, false)?;
    }
    Ok(0)
}

/// The directory `-save-temps` writes to.
fn save_temps_dir(mode: Option<SaveTemps>, out: &Path) -> Option<PathBuf> {
    match mode? {
        SaveTemps::Cwd => Some(PathBuf::from(".")),
        SaveTemps::Obj => Some(
            out.parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf),
        ),
    }
}

/// `-###`: the steps a build would take, on stderr, without running them.
fn dry_run(args: &BuildArgs) -> Result<i32> {
    let include = runtime_build::include_dir();
    let mut err = std::io::stderr().lock();
    let mut objects = Vec::new();
    let w = |e: std::io::Error| Error::io("<stderr>", e);
    writeln!(err, "{}", answer(&Query::Version, args)?).map_err(w)?;
    for input in &args.inputs {
        match InputKind::of_input(input)? {
            InputKind::C => {
                let mode = if args.preprocess {
                    clang::Mode::Preprocess
                } else if args.syntax_only {
                    clang::Mode::SyntaxOnly
                } else {
                    clang::Mode::Bitcode
                };
                let cmd = clang::command(
                    &input.path,
                    &args.compile,
                    include.as_deref(),
                    mode,
                    &lang_flags(input),
                    args.output.as_deref(),
                );
                writeln!(err, "{}", clang::render_quoted(&cmd)).map_err(w)?;
                if mode == clang::Mode::Bitcode {
                    writeln!(
                        err,
                        " (in process) optimise with {} and generate Valida code for {}",
                        args.compile.opt.pipeline(),
                        input.path.display()
                    )
                    .map_err(w)?;
                }
                objects.push(object_name(&input.path));
            }
            InputKind::LlvmIr | InputKind::Rust => objects.push(object_name(&input.path)),
            InputKind::Asm | InputKind::AsmCpp => {
                writeln!(err, " (in process) assemble {}", input.path.display()).map_err(w)?;
                objects.push(object_name(&input.path))
            }
            InputKind::Object | InputKind::Archive => {
                objects.push(input.path.display().to_string())
            }
        }
    }
    if !(args.preprocess || args.syntax_only || args.compile_only || args.assembly) {
        let l = &args.link;
        let mut line = String::from(" (in process) link");
        if !l.nostdlib && !l.nostartfiles {
            line.push_str(" crt0.o");
        }
        for o in &objects {
            line.push_str(&format!(" \"{o}\""));
        }
        for lib in &l.libs {
            line.push_str(&format!(" -l{lib}"));
        }
        if !l.nostdlib && !l.nodefaultlibs {
            line.push_str(" libvalida.a");
        }
        line.push_str(&format!(
            " -o \"{}\"",
            args.output
                .as_deref()
                .unwrap_or(Path::new("a.out"))
                .display()
        ));
        writeln!(err, "{line}").map_err(w)?;
    }
    Ok(0)
}
