//! `valida-cc [options] inputs…`: compile, and link unless told not to.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::targets::TargetMachine;

use crate::cli::{BuildArgs, CompileOptions, LinkArgs};
use crate::codegen::init::set_llvm_options;
use crate::codegen::pipeline::{Emit, emit, optimize, target_machine};
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
}

/// Reads a source or IR file into an optimised, retargeted module.
pub fn load_module<'ctx>(
    context: &'ctx Context,
    path: &Path,
    opts: &CompileOptions,
    machine: &TargetMachine,
    extra_clang_flags: &[String],
) -> Result<Module<'ctx>> {
    let bytes = match InputKind::of(path)? {
        InputKind::C => {
            let include = runtime_build::include_dir();
            clang::compile_to_bitcode(path, opts, include.as_deref(), extra_clang_flags)?
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
    };
    crate::codegen::init::set_current_input(path);
    let module = retarget::parse_module(context, path, &bytes)?;
    retarget::check_data_layout(&module, path)?;
    retarget::retarget(&module, machine);
    retarget::verify(&module, path)?;
    if opts.verbose {
        eprintln!(
            "valida-cc: optimising {} with {}",
            path.display(),
            opts.opt.pipeline()
        );
    }
    optimize(&module, machine, opts.opt, path)?;
    if !opts.f_flags.iter().any(|f| f == "no-function-sections") {
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
    let machine = target_machine(opts.opt)?;
    let context = Context::create();
    let module = load_module(&context, path, opts, &machine, extra_clang_flags)?;
    if opts.verbose {
        eprintln!("valida-cc: generating Valida code for {}", path.display());
    }
    emit(&module, &machine, Emit::Object, path)
}

fn lib_search(name: &str, dirs: &[PathBuf]) -> Result<PathBuf> {
    let file = format!("lib{name}.a");
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
    let mut objects = Vec::new();
    let mut archives = Vec::new();
    for path in inputs {
        let name = path.display().to_string();
        match InputKind::of(path)? {
            InputKind::C | InputKind::LlvmIr | InputKind::Rust => objects.push(Input::Object {
                name: object_name(path),
                bytes: compile_object(path, opts, &[])?,
            }),
            InputKind::Object => objects.push(Input::Object {
                name,
                bytes: fs::read(path).map_err(|e| Error::io(path, e))?,
            }),
            InputKind::Archive => archives.push(Input::Archive {
                name,
                bytes: fs::read(path).map_err(|e| Error::io(path, e))?,
            }),
        }
    }
    if inputs
        .iter()
        .any(|p| matches!(InputKind::of(p), Ok(InputKind::Rust)))
    {
        // compiler_builtins for Valida (128-bit helpers; weak symbols).
        archives.push(crate::rust::builtins_input(opts.verbose)?);
    }
    for lib in &link_args.libs {
        // libc and libm are part of the runtime's libvalida.a.
        if matches!(lib.as_str(), "c" | "m") && !link_args.nostdlib {
            if let Ok(path) = lib_search(lib, &link_args.lib_dirs) {
                archives.push(Input::Archive {
                    name: path.display().to_string(),
                    bytes: fs::read(&path).map_err(|e| Error::io(&path, e))?,
                });
            }
            continue;
        }
        let path = lib_search(lib, &link_args.lib_dirs)?;
        archives.push(Input::Archive {
            name: path.display().to_string(),
            bytes: fs::read(&path).map_err(|e| Error::io(&path, e))?,
        });
    }
    let mut all = Vec::new();
    if !link_args.nostdlib {
        let rt = runtime_build::ensure(opts.verbose)?;
        // Short names in messages: the cache path is an internal detail.
        all.push(Input::Object {
            name: "crt0.o".to_string(),
            bytes: fs::read(&rt.crt).map_err(|e| Error::io(&rt.crt, e))?,
        });
        all.extend(objects);
        all.extend(archives);
        all.push(Input::Archive {
            name: "libvalida.a".to_string(),
            bytes: fs::read(&rt.lib).map_err(|e| Error::io(&rt.lib, e))?,
        });
    } else {
        all.extend(objects);
        all.extend(archives);
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
    let options = LinkOptions {
        gc_sections: !link_args.no_gc_sections,
        ..LinkOptions::default()
    };
    Ok(link::link(all, &options)?)
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
/// writes bitcode to stdout, so it cannot derive them).
fn dependency_flags(user: &[String], out: &Path) -> Vec<String> {
    if user.is_empty() {
        return Vec::new();
    }
    let mut flags = user.to_vec();
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

/// Entry point of the default command. Returns the process exit status.
pub fn exec(args: &BuildArgs) -> Result<i32> {
    if args.print_runtime {
        let rt = runtime_build::ensure(args.compile.verbose)?;
        println!("{}\n{}", rt.crt.display(), rt.lib.display());
        return Ok(0);
    }
    if args.inputs.is_empty() {
        return Err(Error::Usage("no input files".into()));
    }
    let mut llvm_options = args.compile.llvm_options();
    if let Some(pass) = &args.emit_mir {
        llvm_options.push(format!("-stop-after={pass}"));
    }
    set_llvm_options(&llvm_options)?;
    if args.preprocess {
        let include = runtime_build::include_dir();
        for path in &args.inputs {
            clang::preprocess(
                path,
                &args.compile,
                include.as_deref(),
                args.output.as_deref(),
            )?;
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
        let image = build_executable(&args.inputs, &args.compile, &args.link)?;
        let out = args
            .output
            .clone()
            .unwrap_or_else(|| PathBuf::from("a.out"));
        if args.compile.verbose {
            eprintln!("valida-cc: writing executable {}", out.display());
        }
        write_output(&out, &image, true)?;
        return Ok(0);
    };

    let sources: Vec<&PathBuf> = args
        .inputs
        .iter()
        .filter(|p| {
            matches!(
                InputKind::of(p),
                Ok(InputKind::C | InputKind::LlvmIr | InputKind::Rust)
            )
        })
        .collect();
    for p in &args.inputs {
        InputKind::of(p)?;
    }
    if sources.len() > 1 && args.output.as_ref().is_some_and(|o| o != Path::new("-")) {
        return Err(Error::Usage(
            "cannot specify -o when generating multiple output files".into(),
        ));
    }
    let machine = target_machine(args.compile.opt)?;
    for path in sources {
        let out = match &args.output {
            Some(o) => o.clone(),
            None if stage == Stage::Mir => PathBuf::from("-"),
            None => path
                .file_name()
                .map_or_else(|| path.to_path_buf(), PathBuf::from)
                .with_extension(stage.extension()),
        };
        let deps = dependency_flags(&args.compile.dep, &out);
        let context = Context::create();
        let module = load_module(&context, path, &args.compile, &machine, &deps)?;
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
