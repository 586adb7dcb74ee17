//! Reproducers found by csmith (scripts/csmith.sh), kept under
//! tests/csmith-regressions/: `NAME.c` (self-contained, preprocessed),
//! `NAME.expected` (the output of the ILP32 reference: clang -O0 for
//! riscv32 under qemu), `NAME.flags` (the -O level) and `NAME.class` (what
//! differed). Each runs through `valida-cc compare`: both Valida and RV32IM
//! must print the expected output. A `NAME.known` file (the reason) marks a
//! bug not fixed yet: its failure is reported, not fatal, and its passing
//! asks for the file to go.

mod common;

use std::process::Command;

use valida_cc::compare::json::Json;

#[test]
fn csmith_regressions() {
    let dir = common::manifest_dir()
        .join("tests")
        .join("csmith-regressions");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut cases: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
        .collect();
    cases.sort();
    common::prime_runtime();
    let mut failures = Vec::new();
    for src in &cases {
        let expected = std::fs::read(src.with_extension("expected")).unwrap_or_default();
        let flags = std::fs::read_to_string(src.with_extension("flags")).unwrap_or_default();
        let known = std::fs::read_to_string(src.with_extension("known")).ok();
        let name = src
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let out = Command::new(env!("CARGO_BIN_EXE_valida-cc"))
            .args([
                "compare",
                "--json",
                "--max-steps",
                "2000000000",
                "-Wno-everything",
            ])
            .args(flags.split_whitespace())
            .arg(src)
            .output()
            .expect("spawn valida-cc compare");
        let json = Json::parse(String::from_utf8_lossy(&out.stdout).trim());
        let result = match &json {
            None => Err(format!(
                "compare failed: {}",
                common::text(&out.stderr).trim()
            )),
            Some(j) => {
                let v = j
                    .path("valida.stdout")
                    .and_then(Json::as_str)
                    .unwrap_or_default();
                let r = j
                    .path("riscv.stdout")
                    .and_then(Json::as_str)
                    .unwrap_or_default();
                if v.as_bytes() != expected.as_slice() {
                    Err(format!(
                        "Valida printed {v:?}, expected {:?}",
                        common::text(&expected)
                    ))
                } else if r.as_bytes() != expected.as_slice() {
                    Err(format!(
                        "RV32IM printed {r:?}, expected {:?}",
                        common::text(&expected)
                    ))
                } else {
                    Ok(())
                }
            }
        };
        match (result, known) {
            (Ok(()), None) => eprintln!("{name}: ok"),
            (Ok(()), Some(_)) => eprintln!("note: {name} passes now; delete {name}.known"),
            (Err(e), Some(why)) => eprintln!("note: {name}: known failure ({}): {e}", why.trim()),
            (Err(e), None) => failures.push(format!("{name} {}: {e}", flags.trim())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
