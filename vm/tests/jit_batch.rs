//! Batch runs (`valida run PROG --inputs DIR`): every input gives what a
//! run on its own gives, although workers reuse one machine (and the
//! compiled code) across runs: memory written by a run, data segments
//! included, is back to its initial state for the next.

use std::path::PathBuf;

use sha2::{Digest, Sha256};
use valida_vm::batch::{input_files, run_batch};
use valida_vm::{RunOptions, load_elf, run_elf};

/// Writes a counter kept in .bss (1 on a fresh memory), a .data word it
/// then overwrites ('A' on a fresh memory), then echoes its input + 1.
const PROGRAM: &str = "_start:
    imm32 -4(fp), counter
    lw -8(fp), -4(fp)
    addi -8(fp), -8(fp), 1
    sw -4(fp), -8(fp)
    write 0, -8(fp), 0, 0, 1
    imm32 -12(fp), value
    lw -16(fp), -12(fp)
    write 0, -16(fp), 0, 0, 1
    imm32 -16(fp), 90
    sw -12(fp), -16(fp)
loop:
    advread -20(fp)
    beqi done, -20(fp), -1
    addi -20(fp), -20(fp), 1
    write 0, -20(fp), 0, 0, 1
    beqi loop, -24(fp), 0
done:
    stop
    .data
value:
    .word 65
    .bss
counter:
    .zero 4
";

fn inputs_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("valida-jit-batch-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    for i in 0..12u8 {
        let bytes: Vec<u8> = (0..u32::from(i) * 37)
            .map(|k| (k * 7 + u32::from(i)) as u8)
            .collect();
        std::fs::write(dir.join(format!("in{i:02}")), bytes).expect("input");
    }
    dir
}

#[test]
fn batch_runs_equal_single_runs() {
    let elf = valida_vm::assemble_to_elf(PROGRAM).expect("assembles");
    let program = load_elf(&elf).expect("loads");
    let dir = inputs_dir();
    let files = input_files(&dir).expect("lists inputs");
    assert_eq!(files.len(), 12);
    let options = RunOptions {
        count_instructions: false,
        ..RunOptions::default()
    };
    for jit in [false, true] {
        // Two workers over twelve inputs: machines are reused.
        let runs = run_batch(&program, &files, &options, jit, 2).expect("batch");
        assert_eq!(runs.len(), files.len());
        for (run, file) in runs.iter().zip(&files) {
            let input = std::fs::read(file).expect("input");
            let single = run_elf(&elf, &input, &options).expect("single run");
            assert_eq!(&single.output[..2], b"\x01A", "fresh memory");
            assert_eq!(
                run.outcome.as_ref().ok(),
                Some(&single.outcome),
                "{}",
                run.name
            );
            assert_eq!(run.steps, single.steps, "{}", run.name);
            assert_eq!(run.output_len, single.output.len());
            let digest: [u8; 32] = Sha256::digest(&single.output).into();
            assert_eq!(run.digest, digest, "{} (jit {jit})", run.name);
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
