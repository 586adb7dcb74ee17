//! Build systems driving `valida-cc` as they drive any C compiler:
//! `tests/projects/cmake-basic` through CMake with the shipped toolchain
//! file (Release build type with -O in CMAKE_C_FLAGS too, SYSTEM include
//! directories under -Werror, a static library archived by the toolchain's
//! `ar`, ctest running the program on the VM), and
//! `tests/projects/make-basic` through `make CC=valida-cc` (dependency
//! files, a static library, `-Wl,-Map`, `-lm`), and
//! `tests/projects/meson-basic` through Meson with the shipped cross file
//! (a thin static archive, configure-time compiler checks, `meson test`
//! running the program with arguments through the cross file's wrapper).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{manifest_dir, prime_runtime, run, scratch, text};

/// The directory of the `valida-cc` under test, first on PATH.
fn bin_dir() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_valida-cc"))
        .parent()
        .expect("binary directory")
        .to_path_buf()
}

fn path_with_bin() -> std::ffi::OsString {
    let mut paths = vec![bin_dir()];
    if let Some(p) = std::env::var_os("PATH") {
        paths.extend(std::env::split_paths(&p));
    }
    std::env::join_paths(paths).expect("PATH")
}

fn have(tool: &str) -> bool {
    Command::new(tool).arg("--version").output().is_ok()
}

fn check(out: &std::process::Output, what: &str) {
    assert!(
        out.status.success(),
        "{what} failed\nstdout:\n{}\nstderr:\n{}",
        text(&out.stdout),
        text(&out.stderr)
    );
}

/// Runs a Valida executable with `valida-cc run`; returns stdout.
fn run_program(exe: &Path) -> String {
    let out = run(Command::new(env!("CARGO_BIN_EXE_valida-cc"))
        .arg("run")
        .arg(exe));
    check(&out, "running the program");
    text(&out.stdout)
}

#[test]
fn cmake_project() {
    if !have("cmake") || !have("ninja") {
        eprintln!("skipped: cmake or ninja not installed (scripts/install-deps.sh)");
        return;
    }
    prime_runtime();
    let dir = scratch("proj-cmake");
    let build = dir.join("build");
    let toolchain = manifest_dir().join("cmake").join("valida.toolchain.cmake");
    let out = run(Command::new("cmake")
        .env("PATH", path_with_bin())
        .args(["-G", "Ninja", "-S"])
        .arg(manifest_dir().join("tests/projects/cmake-basic"))
        .arg("-B")
        .arg(&build)
        .arg(format!("-DCMAKE_TOOLCHAIN_FILE={}", toolchain.display()))
        .arg(format!("-DVALIDA_CC={}", env!("CARGO_BIN_EXE_valida-cc")))
        .args([
            "-DCMAKE_BUILD_TYPE=Release",
            "-DCMAKE_C_FLAGS=-O2 -Wall -Wextra -Werror",
        ]));
    check(&out, "cmake configure");
    assert!(
        text(&out.stdout).contains("The C compiler identification is Clang"),
        "{}",
        text(&out.stdout)
    );
    let out = run(Command::new("cmake")
        .env("PATH", path_with_bin())
        .args(["--build"])
        .arg(&build)
        .arg("--verbose"));
    check(&out, "cmake --build");
    let log = text(&out.stdout);
    // Release flags after the user's: -O2 … -O3 (the last wins), and the
    // SYSTEM directory as -isystem.
    assert!(log.contains("-O2 -Wall -Wextra -Werror -O3"), "{log}");
    assert!(log.contains("-isystem"), "{log}");
    assert!(build.join("libstats.a").is_file());
    let stdout = run_program(&build.join("app"));
    assert_eq!(stdout, "cmake: argc=1 sum=55 mean=5\n");
    // ctest runs the program through CMAKE_CROSSCOMPILING_EMULATOR (the
    // `valida` VM next to valida-cc, when it has been built).
    if bin_dir().join("valida").is_file() {
        let out = run(Command::new("ctest")
            .env("PATH", path_with_bin())
            .arg("--output-on-failure")
            .current_dir(&build));
        check(&out, "ctest");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn makefile_project() {
    if !have("make") {
        eprintln!("skipped: make not installed");
        return;
    }
    prime_runtime();
    let dir = scratch("proj-make");
    let src = manifest_dir().join("tests/projects/make-basic");
    for f in ["Makefile", "main.c", "vec.c", "include/vec.h"] {
        let to = dir.join(f);
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(src.join(f), &to).expect("copy");
    }
    let ar = ["llvm-ar-22", "llvm-ar", "ar"]
        .into_iter()
        .find(|a| have(a))
        .expect("an ar");
    let make = || {
        let mut c = Command::new("make");
        c.env("PATH", path_with_bin())
            .arg("CC=valida-cc")
            .arg(format!("AR={ar}"))
            .current_dir(&dir);
        c
    };
    let out = run(&mut make());
    check(&out, "make");
    assert_eq!(run_program(&dir.join("app")), "norm=7.000\n");
    // The map names the program's functions; the dependency file lists the header.
    let map = std::fs::read_to_string(dir.join("app.map")).expect("app.map");
    assert!(map.contains("vec_norm"), "{map}");
    let deps = std::fs::read_to_string(dir.join("main.d")).expect("main.d");
    assert!(deps.contains("include/vec.h"), "{deps}");
    // Up to date: make has nothing to do.
    let out = run(make().arg("-q"));
    assert!(out.status.success(), "make -q: the build is not up to date");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn meson_project() {
    if !have("meson") || !have("ninja") {
        eprintln!("skipped: meson or ninja not installed (scripts/install-deps.sh)");
        return;
    }
    prime_runtime();
    let dir = scratch("proj-meson");
    let build = dir.join("build");
    let out = run(Command::new(env!("CARGO_BIN_EXE_valida-cc")).arg("--print-meson-cross-file"));
    check(&out, "valida-cc --print-meson-cross-file");
    let cross = PathBuf::from(text(&out.stdout).trim());
    assert!(cross.is_file(), "{}", cross.display());
    let out = run(Command::new("meson")
        .env("PATH", path_with_bin())
        .arg("setup")
        .arg(&build)
        .arg(manifest_dir().join("tests/projects/meson-basic"))
        .arg("--cross-file")
        .arg(&cross));
    check(&out, "meson setup");
    let log = text(&out.stdout);
    // Meson's compiler checks compile and link real programs.
    assert!(
        log.contains("Checking for function \"strtok_r\" : YES"),
        "{log}"
    );
    assert!(log.contains("Library m found: YES"), "{log}");
    // It finds the include search list in `valida-cc -E -v`.
    assert!(!log.contains("No include directory found"), "{log}");
    let out = run(Command::new("meson")
        .env("PATH", path_with_bin())
        .args(["compile", "-C"])
        .arg(&build));
    check(&out, "meson compile");
    // Meson archives static libraries thin: the linker reads the members
    // the archive names.
    let lib = std::fs::read(build.join("libwords.a")).expect("libwords.a");
    assert!(
        lib.starts_with(b"!<thin>\n"),
        "libwords.a is not a thin archive"
    );
    if !bin_dir().join("valida").is_file() {
        eprintln!("meson test skipped: the valida VM is not built next to valida-cc");
        return;
    }
    let out = run(Command::new("meson")
        .env("PATH", path_with_bin())
        .args(["test", "-v", "-C"])
        .arg(&build));
    check(&out, "meson test");
    let log = text(&out.stdout);
    assert!(log.contains("meson: words=3 longest=5 sqrt=2.236"), "{log}");
    let _ = std::fs::remove_dir_all(&dir);
}
