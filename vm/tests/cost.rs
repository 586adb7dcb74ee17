//! The proof-cost model (`valida run --cost`, `valida_vm::cost`).
//!
//! The first tests state the model's rules on programs small enough to
//! count by hand. The `official_*` tests compare it, chip by chip (height,
//! width, and real rows the prover logs), with `valida-official prove
//! --show-dimensions --show-main` when the official prover is installed
//! (scripts/install-official-valida.sh, or VALIDA_OFFICIAL); without it
//! they print why they are skipped and pass.

mod common;

use std::path::{Path, PathBuf};

use valida_vm::asm::assemble::assemble;
use valida_vm::cost::official::{Official, compare_with_official};
use valida_vm::cost::{Chip, CostReport, DEFAULT_MAX_SEGMENT_SIZE, run_with_cost};
use valida_vm::{Io, Machine, Outcome, RunOptions, assemble_to_elf};

fn cost_of(src: &str, input: &[u8], max_segment_size: u32) -> (Outcome, CostReport) {
    let program = assemble(src)
        .unwrap_or_else(|e| panic!("assembly failed: {e}\n{src}"))
        .to_program();
    let mut machine = Machine::new(program, &RunOptions::default()).expect("machine");
    let mut input = input;
    let mut output = Vec::new();
    run_with_cost(
        &mut machine,
        &mut Io::new(&mut input, &mut output),
        max_segment_size,
    )
    .expect("cost run")
}

fn rows(report: &CostReport, chip: Chip) -> u64 {
    report.segments[0].rows[chip.index()]
}

#[test]
fn every_instruction_is_a_cpu_row_and_a_first_write_adds_a_dummy_read() {
    let (outcome, cost) = cost_of(
        "imm32 -4(fp), 5\naddi -8(fp), -4(fp), 1\nstop\n",
        b"",
        DEFAULT_MAX_SEGMENT_SIZE,
    );
    assert_eq!(outcome, Outcome::Stopped { exit_code: 0 });
    assert!(cost.complete);
    let seg = &cost.segments[0];
    assert_eq!(seg.instructions, 3);
    assert_eq!(rows(&cost, Chip::Cpu), 3);
    // imm32: dummy read + write of -4; addi: read -4, dummy read + write of -8.
    assert_eq!(rows(&cost, Chip::Memory), 5);
    assert_eq!(seg.dummy_reads, 2);
    assert_eq!(rows(&cost, Chip::Add32), 1);
    assert_eq!(seg.height(Chip::Cpu), 4);
    assert_eq!(seg.height(Chip::Memory), 8);
    assert_eq!(seg.height(Chip::Program), 4);
    // Empty chips still have one (padding) row.
    assert_eq!(seg.height(Chip::Sub32), 1);
    assert_eq!(seg.height(Chip::Keccak), 1);
    // Mul32's rows are also its carry range table: never fewer than 2048.
    assert_eq!(seg.height(Chip::Mul32), 2048);
    assert_eq!(seg.height(Chip::Bytes), 256);
}

#[test]
fn a_cell_read_before_it_is_written_needs_no_dummy_read() {
    let (_, cost) = cost_of(
        "add -4(fp), -4(fp), -8(fp)\nsub -8(fp), -8(fp), -8(fp)\nstop\n",
        b"",
        DEFAULT_MAX_SEGMENT_SIZE,
    );
    assert_eq!(cost.segments[0].dummy_reads, 0);
    // Two reads and a write per instruction, reads of one cell counted twice.
    assert_eq!(rows(&cost, Chip::Memory), 6);
}

#[test]
fn static_data_cells_are_memory_rows_and_writing_one_logs_a_dummy_read() {
    let src = "imm32 -4(fp), table\nimm32 -8(fp), 9\nsw -4(fp), -8(fp)\nstop\n\
               .data\ntable:\n.word 1, 2, 3\n.byte 4\n";
    let (_, cost) = cost_of(src, b"", DEFAULT_MAX_SEGMENT_SIZE);
    let seg = &cost.segments[0];
    // 13 bytes of data: 4 words (the last padded).
    assert_eq!(rows(&cost, Chip::StaticData), 4);
    // 4 static + imm32 x2 (dummy + write) + sw (2 reads, dummy + write).
    assert_eq!(rows(&cost, Chip::Memory), 4 + 4 + 4);
    assert_eq!(seg.memory_ops, 8);
    assert_eq!(seg.public_height(Chip::StaticData), 4);
}

#[test]
fn division_is_checked_by_the_lt_mul_and_add_chips() {
    let src = "imm32 -4(fp), 7\ndivi -8(fp), -4(fp), 2\nsdivi -8(fp), -4(fp), -2\nstop\n";
    let (_, cost) = cost_of(src, b"", DEFAULT_MAX_SEGMENT_SIZE);
    assert_eq!(rows(&cost, Chip::Div32), 2);
    assert_eq!(rows(&cost, Chip::Lt32), 2);
    assert_eq!(rows(&cost, Chip::Mul32), 4);
    assert_eq!(rows(&cost, Chip::Add32), 2);
}

#[test]
fn left_immediate_compares_and_immediate_operands_read_no_memory() {
    let src = "ilt -4(fp), 3, -8(fp)\nlti -4(fp), -8(fp), 3\nbeqi 72, -4(fp), 9\nstop\n";
    let (_, cost) = cost_of(src, b"", DEFAULT_MAX_SEGMENT_SIZE);
    // ilt: read c + write a (+dummy); lti: read b + write a; beqi: read b.
    assert_eq!(rows(&cost, Chip::Memory), 3 + 2 + 1);
    assert_eq!(rows(&cost, Chip::Lt32), 2);
}

#[test]
fn keccakf_is_24_rows_and_101_reads_and_50_writes() {
    let src = "imm32 -4(fp), state\nkeccakf 0, -4(fp)\nstop\n.bss\nstate:\n.zero 200\n";
    let (_, cost) = cost_of(src, b"", DEFAULT_MAX_SEGMENT_SIZE);
    assert_eq!(rows(&cost, Chip::Keccak), 24);
    assert_eq!(cost.segments[0].height(Chip::Keccak), 32);
    // imm32 (2) + pointer read + 50 reads + 50 writes (read first: no dummies).
    assert_eq!(rows(&cost, Chip::Memory), 2 + 1 + 50 + 50);
}

#[test]
fn output_bytes_set_the_output_chip_and_its_public_trace() {
    let src = "imm32 -4(fp), 65\nwrite 0, -4(fp), 0, 0, 1\nwrite 0, -4(fp), 0, 0, 1\n\
               write 0, -4(fp), 0, 0, 1\nstop\n";
    let (_, cost) = cost_of(src, b"", DEFAULT_MAX_SEGMENT_SIZE);
    let seg = &cost.segments[0];
    assert_eq!(rows(&cost, Chip::Output), 3);
    assert_eq!(seg.height(Chip::Output), 4);
    assert_eq!(seg.public_height(Chip::Output), 4);
}

const LOOP: &str = "imm32 -4(fp), 0\nloop:\naddi -4(fp), -4(fp), 1\nbnei loop, -4(fp), 20\nstop\n\
                    .data\nx:\n.word 1, 2\n";

#[test]
fn segments_split_after_the_memory_operation_limit_and_not_on_a_branch() {
    // 2 + 20 * (2 + 1) = 62 memory operations; 16 per segment.
    let (_, cost) = cost_of(LOOP, b"", 16);
    assert_eq!(cost.max_trace_height, 16);
    let n: Vec<u64> = cost.segments.iter().map(|s| s.memory_ops).collect();
    // A segment ends after the first non-branch reaching 16 operations;
    // a new segment writes -4 again first, with a dummy read.
    assert!(cost.segments.len() >= 4, "{n:?}");
    for seg in &cost.segments[..cost.segments.len() - 1] {
        assert!(seg.memory_ops >= 16 && seg.memory_ops < 32, "{n:?}");
    }
    assert_eq!(
        cost.segments.iter().map(|s| s.instructions).sum::<u64>(),
        2 + 2 * 20
    );
    // Static data belongs to the first segment only.
    assert_eq!(cost.segments[0].rows[Chip::StaticData.index()], 2);
    assert_eq!(cost.segments[1].rows[Chip::StaticData.index()], 0);
    assert_eq!(cost.segments[1].height(Chip::StaticData), 1);
    // Segment sizes round up to a power of two, as the prover's do.
    let (_, cost) = cost_of(LOOP, b"", 12);
    assert_eq!(cost.max_trace_height, 16);
}

#[test]
fn a_trapped_run_is_reported_incomplete() {
    let (outcome, cost) = cost_of(
        "imm32 -8(fp), 0xfffffff0\nlw -4(fp), -8(fp)\nstop\n",
        b"",
        DEFAULT_MAX_SEGMENT_SIZE,
    );
    assert!(outcome.trap().is_some(), "{outcome:?}");
    assert!(!cost.complete);
    assert!(cost.text().contains("did not reach STOP/FAIL"));
}

#[test]
fn totals_add_up_to_the_dimension_totals_of_the_prover() {
    let (_, cost) = cost_of(LOOP, b"", DEFAULT_MAX_SEGMENT_SIZE);
    let seg = &cost.segments[0];
    let main: u64 = Chip::ALL.iter().map(|&c| seg.main_cells(c)).sum();
    assert_eq!(seg.total_main(), main);
    assert_eq!(cost.preprocessed_cells(), 33 * 256);
    assert_eq!(
        cost.total_cells(),
        seg.total_main() + seg.total_public() + 5 * seg.total_permutation() + 33 * 256
    );
}

// ---- against the official prover ----

fn official() -> Option<Official> {
    match Official::locate() {
        Ok(o) => Some(o),
        Err(e) => {
            eprintln!("SKIPPED (official prover absent): {e}");
            None
        }
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("valida-cost-test-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs")
}

fn check(official: &Official, name: &str, elf: &Path, input: &[u8], max_segment_size: u32) {
    let dir = scratch(name);
    let input_path = dir.join("input");
    std::fs::write(&input_path, input).expect("write input");
    let cmp = compare_with_official(official, elf, &input_path, max_segment_size)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    eprintln!(
        "{name}: {} segment(s), cpu height {}, memory height {}, {} committed cells; official prove {:.2} s",
        cmp.model.segments.len(),
        cmp.model.segments[0].height(Chip::Cpu),
        cmp.model.segments[0].height(Chip::Memory),
        cmp.model.total_cells(),
        cmp.prove_time.as_secs_f64()
    );
    assert!(
        cmp.mismatches.is_empty(),
        "{name}: the cost model disagrees with the official prover:\n{}\nmodel:\n{}",
        cmp.mismatches.join("\n"),
        cmp.model.text()
    );
    let _ = std::fs::remove_dir_all(dir);
}

fn check_asm(official: &Official, file: &str, input: &[u8], max_segment_size: u32) {
    let src = std::fs::read_to_string(programs_dir().join(file)).expect("read program");
    let elf = assemble_to_elf(&src).expect("assemble");
    let dir = scratch(file);
    let path = dir.join("prog");
    std::fs::write(&path, elf).expect("write elf");
    check(official, file, &path, input, max_segment_size);
}

#[test]
fn official_every_chip_program_matches() {
    let Some(official) = official() else { return };
    check_asm(&official, "cost_chips.s", b"Q", DEFAULT_MAX_SEGMENT_SIZE);
}

#[test]
fn official_assembly_programs_match() {
    let Some(official) = official() else { return };
    check_asm(&official, "keccak.s", b"", DEFAULT_MAX_SEGMENT_SIZE);
    check_asm(&official, "fib_iter.s", b"", DEFAULT_MAX_SEGMENT_SIZE);
}

#[test]
fn official_segments_match() {
    let Some(official) = official() else { return };
    // fib_iter.s makes 2337 memory operations: 5 segments of 512.
    check_asm(&official, "fib_iter.s", b"", 512);
    check_asm(&official, "cost_chips.s", b"Q", 64);
}

#[test]
fn official_lita_program1_matches() {
    let Some(official) = official() else { return };
    let Some(dir) = official.path.parent() else {
        return;
    };
    let program1 = dir.join("test_data/program1");
    if !program1.is_file() {
        eprintln!("SKIPPED: {} absent", program1.display());
        return;
    }
    // Lita's linker reserves the stack and heap as a NOBITS section in a
    // loaded segment (p_memsz 0xec000018); the v1.0 loader maps only the
    // file bytes, and so must ours.
    let bytes = std::fs::read(&program1).expect("read program1");
    if let Err(e) = valida_vm::load_elf(&bytes) {
        panic!("Lita's program1 does not load: {e}");
    }
    check(
        &official,
        "program1",
        &program1,
        b"A",
        DEFAULT_MAX_SEGMENT_SIZE,
    );
}

/// Lita's Rust Fibonacci (not in any package): set VALIDA_LITA_FIBONACCI to
/// its path. Proving it takes minutes, so CI leaves it unset.
#[test]
fn official_lita_rust_fibonacci_matches() {
    let Some(official) = official() else { return };
    let Some(path) = std::env::var_os("VALIDA_LITA_FIBONACCI") else {
        eprintln!("SKIPPED: VALIDA_LITA_FIBONACCI is not set");
        return;
    };
    check(
        &official,
        "fibonacci",
        Path::new(&path),
        b"10\n",
        DEFAULT_MAX_SEGMENT_SIZE,
    );
}
