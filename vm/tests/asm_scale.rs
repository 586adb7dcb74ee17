//! The assembler at scale and on degenerate input.

use std::fmt::Write as _;

use valida_vm::asm::assemble::assemble;

#[test]
fn two_hundred_thousand_labels_resolve() {
    // Label lookup and symbol sizing must not be quadratic: this file takes
    // well under a second in release builds (see vm/README.md).
    const N: usize = 200_000;
    let mut src = String::from("_start:\n");
    for i in 0..N {
        let target = (i * 7919) % N;
        let _ = writeln!(src, "    .globl f{i}\nf{i}:\n    beq f{target}, -4(fp), -8(fp)");
    }
    src.push_str("    stop\n");
    let image = assemble(&src).expect("assembles");
    assert_eq!(image.code.len(), N + 1);
    // Record i branches to record (i * 7919) % N, as a byte address.
    for i in [0, 1, 12345, N - 1] {
        assert_eq!(image.code[i].ops[0] as usize, 24 * ((i * 7919) % N), "record {i}");
    }
    let program = image.to_program();
    let f = program.symbols.lookup("f199999").expect("symbol");
    assert_eq!((f.value as usize, f.size), (24 * (N - 1), 48));
    let f0 = program.symbols.lookup("f0").expect("symbol");
    assert_eq!(f0.size, 24, "a function runs to the next one");
}

#[test]
fn an_empty_file_is_an_error() {
    for src in ["", "\n; only a comment\n", "    .data\nx:\n    .word 1\n"] {
        let e = assemble(src).expect_err("no instructions");
        assert!(e.to_string().contains("no instructions"), "{e}");
    }
}
