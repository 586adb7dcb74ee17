//! clang command lines, one row each: what `valida-cc` must do with them.
//! Every row runs the binary in a scratch directory holding the files of
//! [`setup`], then checks the exit status, a piece of stderr (errors name
//! the whole option and the reason) and the effect (files written or not,
//! stdout).

mod common;

use std::path::Path;
use std::process::Stdio;

use common::{driver, prime_runtime, scratch, text};

/// What a row expects besides the exit status.
#[derive(Debug, Clone, Copy)]
enum Effect {
    /// Nothing more to check.
    None,
    /// These files exist afterwards.
    Files(&'static [&'static str]),
    /// These files do not exist afterwards (nothing was built).
    NoFiles(&'static [&'static str]),
    /// stdout contains this text.
    Stdout(&'static str),
    /// The file exists and contains the text.
    FileHas(&'static str, &'static str),
}

struct Row {
    args: &'static [&'static str],
    /// Exit status.
    status: i32,
    /// A piece of stderr ("" = anything).
    stderr: &'static str,
    effect: Effect,
    /// Bytes for stdin.
    stdin: &'static str,
}

const fn ok(args: &'static [&'static str], effect: Effect) -> Row {
    Row {
        args,
        status: 0,
        stderr: "",
        effect,
        stdin: "",
    }
}

const fn err(args: &'static [&'static str], stderr: &'static str) -> Row {
    Row {
        args,
        status: 1,
        stderr,
        effect: Effect::NoFiles(&["a.out"]),
        stdin: "",
    }
}

const MAIN: &str = "#include <stdio.h>\nint main(void) { puts(\"hi\"); return 0; }\n";

fn setup(dir: &Path) {
    let files: &[(&str, &str)] = &[
        ("t.c", MAIN),
        ("warn.c", "int main(void) { int unused; return 0; }\n"),
        ("pre.h", "#define FROM_PRE 7\n"),
        ("usespre.c", "int main(void) { return FROM_PRE - 7; }\n"),
        ("sys/sysh.h", "static int sys_unused(int x) { return x; }\n"),
        ("after/afterh.h", "#define AFTER 1\n"),
        ("quote/qh.h", "#define QUOTED 1\n"),
        (
            "inc.c",
            "#include <sysh.h>\n#include <afterh.h>\n#include \"qh.h\"\nint main(void) { return AFTER - QUOTED; }\n",
        ),
        ("resp.txt", "-O2 -c\n't.c' -o r.o\n"),
        (
            "keep.c",
            "int keepme(void) { return 1; }\nint main(void) { return 0; }\n",
        ),
        ("x.ld", "SECTIONS {}\n"),
        ("bad.c", "int main(void) { return undeclared; }\n"),
    ];
    for (name, body) in files {
        let p = dir.join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(p, body).expect("write");
    }
}

fn table() -> Vec<Row> {
    vec![
        // Repeated options: the last one wins, as in clang.
        ok(
            &["-O2", "-O3", "-O", "-c", "t.c", "-o", "t.o"],
            Effect::Files(&["t.o"]),
        ),
        ok(
            &["-g", "-g", "-std=c99", "-std=gnu11", "-c", "t.c"],
            Effect::Files(&["t.o"]),
        ),
        ok(
            &["-g3", "-ggdb", "-gdwarf-4", "-c", "t.c", "-o", "g.o"],
            Effect::Files(&["g.o"]),
        ),
        ok(
            &["-Os", "-Oz", "-Ofast", "-O0", "t.c", "-o", "p"],
            Effect::Files(&["p"]),
        ),
        // -w silences warnings that -Wall -Werror would make errors.
        ok(
            &["-Wall", "-Werror", "-w", "-c", "warn.c"],
            Effect::Files(&["warn.o"]),
        ),
        err(&["-Wall", "-Werror", "-c", "warn.c"], "unused variable"),
        // Preprocessor options keep their meaning and order.
        ok(
            &["-include", "pre.h", "-c", "usespre.c"],
            Effect::Files(&["usespre.o"]),
        ),
        ok(
            &[
                "-Wall",
                "-Werror",
                "-isystem",
                "sys",
                "-idirafter",
                "after",
                "-iquote",
                "quote",
                "-c",
                "inc.c",
            ],
            Effect::Files(&["inc.o"]),
        ),
        err(&["-nostdinc", "-c", "t.c"], "'stdio.h' file not found"),
        ok(
            &[
                "-DX=1",
                "-UX",
                "-Xclang",
                "-disable-O0-optnone",
                "-c",
                "t.c",
                "-o",
                "xc.o",
            ],
            Effect::Files(&["xc.o"]),
        ),
        // C from stdin with -x c.
        Row {
            args: &["-x", "c", "-", "-c", "-o", "stdin.o"],
            status: 0,
            stderr: "",
            effect: Effect::Files(&["stdin.o"]),
            stdin: "int f(void) { return 3; }\n",
        },
        Row {
            args: &["-E", "-x", "c", "-"],
            status: 0,
            stderr: "",
            effect: Effect::Stdout("int from_stdin"),
            stdin: "int from_stdin;\n",
        },
        // Output kinds.
        ok(
            &["-fsyntax-only", "t.c"],
            Effect::NoFiles(&["a.out", "t.o"]),
        ),
        err(&["-fsyntax-only", "bad.c"], "undeclared"),
        ok(&["-c", "-S", "t.c"], Effect::Files(&["t.s"])),
        ok(
            &["-save-temps", "-c", "t.c", "-o", "st.o"],
            Effect::Files(&["t.i", "t.bc", "t.s", "st.o"]),
        ),
        ok(
            &["-save-temps", "t.c", "-o", "stp"],
            Effect::Files(&["t.i", "t.s", "t.o", "stp"]),
        ),
        // Dependency files, also in a one-step build.
        ok(&["-MD", "t.c", "-o", "md"], Effect::FileHas("t.d", "t.o:")),
        ok(
            &[
                "-c", "-MMD", "-MF", "dep.d", "-MT", "tgt", "t.c", "-o", "mm.o",
            ],
            Effect::FileHas("dep.d", "tgt:"),
        ),
        ok(&["-M", "t.c"], Effect::Stdout("t.o:")),
        ok(
            &[
                "-MM",
                "inc.c",
                "-isystem",
                "sys",
                "-idirafter",
                "after",
                "-iquote",
                "quote",
            ],
            Effect::Stdout("qh.h"),
        ),
        // Queries.
        ok(&["-###", "-O2", "t.c"], Effect::NoFiles(&["a.out"])),
        Row {
            args: &["-###", "t.c"],
            status: 0,
            stderr: "\"-ffp-contract=off\"",
            effect: Effect::None,
            stdin: "",
        },
        ok(&["-print-search-dirs"], Effect::Stdout("libraries: =")),
        ok(
            &["-print-file-name=valida.toolchain.cmake"],
            Effect::Stdout("cmake/valida.toolchain.cmake"),
        ),
        ok(
            &["--print-cmake-toolchain"],
            Effect::Stdout("valida.toolchain.cmake"),
        ),
        ok(
            &["--print-meson-cross-file"],
            Effect::Stdout("meson/valida.cross"),
        ),
        ok(&["-print-file-name=libc.a"], Effect::Stdout("libvalida.a")),
        ok(&["-print-file-name=nosuch.a"], Effect::Stdout("nosuch.a")),
        ok(&["-print-prog-name=ar"], Effect::Stdout("ar")),
        ok(&["-dumpmachine"], Effect::Stdout("valida-unknown-none")),
        ok(&["-dumpversion"], Effect::Stdout("22")),
        ok(&["--version"], Effect::Stdout("Target: valida")),
        ok(&["-Wl,--version"], Effect::Stdout("GNU ld options")),
        // Accepted: no effect on one static 32-bit image.
        ok(
            &[
                "-m32",
                "-s",
                "-static",
                "-fPIC",
                "-pipe",
                "-Wa,--noexecstack",
                "t.c",
                "-o",
                "acc",
            ],
            Effect::Files(&["acc"]),
        ),
        ok(
            &[
                "-march=native",
                "-mtune=generic",
                "-flto",
                "-fuse-ld=lld",
                "-c",
                "t.c",
                "-o",
                "m.o",
            ],
            Effect::Files(&["m.o"]),
        ),
        // Response files.
        ok(&["@resp.txt"], Effect::Files(&["r.o"])),
        // The linker's options.
        ok(
            &["-Xlinker", "-Map=x.map", "t.c", "-o", "mp"],
            Effect::FileHas("x.map", "main"),
        ),
        ok(
            &["-Wl,-Map,y.map,--gc-sections", "t.c", "-o", "mp2"],
            Effect::FileHas("y.map", "Discarded input sections"),
        ),
        ok(
            &[
                "-Wl,--as-needed,-O1,--start-group",
                "t.c",
                "-Wl,--end-group,--no-as-needed,-z,relro,-z,now",
                "-o",
                "grp",
            ],
            Effect::Files(&["grp"]),
        ),
        ok(
            &["-u", "keepme", "-Wl,-Map=k.map", "keep.c", "-o", "keep"],
            Effect::FileHas("k.map", "keepme"),
        ),
        err(
            &["-Wl,--frobnicate", "t.c"],
            "linker option '--frobnicate' is not supported",
        ),
        err(
            &["-Wl,-rpath,/x", "t.c"],
            "linker option '-rpath' is not supported",
        ),
        err(
            &["-T", "x.ld", "t.c"],
            "'-T x.ld': linker scripts are not supported",
        ),
        err(&["-Wl,-T,x.ld", "t.c"], "linker scripts are not supported"),
        err(&["-nostartfiles", "t.c"], "undefined symbol: _start"),
        err(&["-nostdlib", "t.c"], "undefined symbol: _start"),
        err(
            &["-nostdlib", "-Wl,-e,main", "t.c"],
            "undefined symbol: puts",
        ),
        // Cannot work on Valida: the whole option and why.
        err(
            &["-shared", "t.c"],
            "'-shared' is not supported: Valida has no dynamic loader",
        ),
        err(
            &["-pthread", "t.c"],
            "'-pthread' is not supported: Valida runs a single thread",
        ),
        err(&["-lpthread", "t.c"], "'-lpthread' is not supported"),
        err(
            &["-m64", "t.c"],
            "'-m64' is not supported: Valida is a 32-bit machine",
        ),
        err(
            &["-fsanitize=address", "t.c"],
            "'-fsanitize=address' is not supported on Valida",
        ),
        err(
            &["-fsanitize=thread", "t.c"],
            "'-fsanitize=thread' is not supported on Valida",
        ),
        err(
            &["-fsanitize=memory", "t.c"],
            "'-fsanitize=memory' is not supported on Valida",
        ),
        err(
            &["-fsanitize=undefined,function", "t.c"],
            "'-fsanitize=function' is not supported on Valida",
        ),
        err(&["--coverage", "t.c"], "'--coverage' is not supported"),
        err(&["--target=x86_64-linux-gnu", "t.c"], "only targets Valida"),
        err(&["-x", "c++", "t.c"], "'-x c++'"),
        err(&["-o"], "argument to '-o' is missing"),
        ok(
            &["-fsanitize=undefined", "t.c", "-o", "ub"],
            Effect::Files(&["ub"]),
        ),
        // Inputs and outputs.
        err(
            &["-c", "t.c", "warn.c", "-o", "two.o"],
            "cannot specify -o when generating multiple output files",
        ),
        err(&["nosuch.o"], "nosuch.o"),
        ok(&["-v"], Effect::None),
    ]
}

#[test]
fn clang_command_lines() {
    prime_runtime();
    let mut failures = Vec::new();
    for (i, row) in table().iter().enumerate() {
        let dir = scratch(&format!("cli-table-{i}"));
        setup(&dir);
        let mut cmd = driver();
        cmd.current_dir(&dir)
            .args(row.args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("spawn valida-cc");
        if let Some(mut stdin) = child.stdin.take() {
            std::io::Write::write_all(&mut stdin, row.stdin.as_bytes()).expect("stdin");
        }
        let out = child.wait_with_output().expect("wait");
        let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
        let mut problems = Vec::new();
        if out.status.code() != Some(row.status) {
            problems.push(format!(
                "exit status {:?}, expected {}",
                out.status.code(),
                row.status
            ));
        }
        if !stderr.contains(row.stderr) {
            problems.push(format!("stderr lacks {:?}", row.stderr));
        }
        match row.effect {
            Effect::None => {}
            Effect::Files(files) => {
                for f in files {
                    if !dir.join(f).exists() {
                        problems.push(format!("{f} not written"));
                    }
                }
            }
            Effect::NoFiles(files) => {
                for f in files {
                    if dir.join(f).exists() {
                        problems.push(format!("{f} written"));
                    }
                }
            }
            Effect::Stdout(s) => {
                if !stdout.contains(s) {
                    problems.push(format!("stdout lacks {s:?}"));
                }
            }
            Effect::FileHas(f, s) => match std::fs::read_to_string(dir.join(f)) {
                Ok(body) if body.contains(s) => {}
                Ok(_) => problems.push(format!("{f} lacks {s:?}")),
                Err(e) => problems.push(format!("{f}: {e}")),
            },
        }
        if problems.is_empty() {
            let _ = std::fs::remove_dir_all(&dir);
        } else {
            failures.push(format!(
                "row {i}: valida-cc {}\n  {}\n  stdout: {}\n  stderr: {}",
                row.args.join(" "),
                problems.join("; "),
                stdout.trim(),
                stderr.trim()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
