//! Replays every saved input under `regressions/<target>/` through its fuzz
//! target: inputs that once crashed, hung or exhausted memory (each fixed),
//! plus a few seeds per target. A failure here is a panic in the target.
//! Runs are not capped at `MAX_COPY` (the gigabyte MEMCPY runs in full).

use std::path::Path;

use valida_fuzz::{Copies, Ran};

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
    replay("elf_loader", |d| {
        valida_fuzz::elf_loader_with(d, Copies::Full);
    });
}

#[test]
fn assembler() {
    replay("assembler", |d| {
        valida_fuzz::assembler_with(d, Copies::Full);
    });
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
    replay("exec", |d| {
        valida_fuzz::exec_with(d, Copies::Full);
    });
}

#[test]
fn a_capped_run_stops_before_a_gigabyte_copy_and_a_full_one_makes_it() {
    let data = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("regressions/exec/memcpy_overlap_gigabyte"),
    )
    .expect("saved input");
    let Ran::CopyCapped { steps: before } = valida_fuzz::exec_with(&data, Copies::Capped) else {
        panic!("the capped run did not stop at the copy");
    };
    let Ran::Ended { steps } = valida_fuzz::exec_with(&data, Copies::Full) else {
        panic!("the full run did not end");
    };
    assert!(
        steps > before,
        "the full run executed the copy ({steps} > {before} steps)"
    );
}

#[test]
fn a_capped_assembly_skips_an_800_megabyte_image_and_a_full_one_runs_it() {
    let data = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("regressions/assembler/oom_800mb_data_fill"),
    )
    .expect("saved input");
    assert_eq!(
        valida_fuzz::assembler_with(&data, Copies::Capped),
        Ran::ImageCapped
    );
    // Written, loaded and run: its first instruction traps (it returns
    // through a frame at the top of memory).
    assert_eq!(
        valida_fuzz::assembler_with(&data, Copies::Full),
        Ran::Ended { steps: 0 }
    );
}
