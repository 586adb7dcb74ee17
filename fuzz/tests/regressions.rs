//! Replays every saved input under `regressions/<target>/` through its fuzz
//! target: inputs that once crashed, hung or exhausted memory (each fixed),
//! plus a few seeds per target. A failure here is a panic in the target.

use std::path::Path;

fn replay(target: &str, body: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("regressions")
        .join(target);
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    entries.sort();
    assert!(!entries.is_empty(), "{}: no inputs", dir.display());
    for path in entries {
        let data = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        eprintln!("replaying {}", path.display());
        body(&data);
    }
}

#[test]
fn elf_loader() {
    replay("elf_loader", valida_fuzz::elf_loader);
}

#[test]
fn assembler() {
    replay("assembler", valida_fuzz::assembler);
}

#[cfg(feature = "driver")]
#[test]
fn object_reader() {
    replay("object_reader", valida_fuzz::object_reader);
}

#[cfg(feature = "driver")]
#[test]
fn linker() {
    replay("linker", valida_fuzz::linker);
}

#[test]
fn exec() {
    replay("exec", valida_fuzz::exec);
}
