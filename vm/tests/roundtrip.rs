//! Assembler ↔ encoder ↔ disassembler round trips.

use proptest::prelude::*;
use valida_vm::asm::assemble::assemble;
use valida_vm::asm::print::format_instr_with;
use valida_vm::isa::{FORMS, Kind, Opcode, RawInstr, decode_all, encode_all, form_for};
use valida_vm::{assemble_to_elf, disassemble, load_elf};

fn no_labels(_: u32) -> Option<String> {
    None
}

/// Prints one record and assembles it back.
fn reassemble(raw: &RawInstr) -> RawInstr {
    let text = format_instr_with(raw, &no_labels);
    let image = assemble(&text).unwrap_or_else(|e| panic!("`{text}` does not assemble: {e}"));
    assert_eq!(image.code.len(), 1, "{text}");
    image.code[0]
}

fn field_value() -> impl Strategy<Value = i32> {
    prop_oneof![
        3 => -64i32..64,
        2 => (-1000i32..1000).prop_map(|v| v * 4),
        1 => 0i32..256,
        1 => any::<i32>(),
    ]
}

fn any_record() -> impl Strategy<Value = RawInstr> {
    let opcode = prop_oneof![
        6 => prop::sample::select(Opcode::ALL.to_vec()).prop_map(|o| o as u32),
        1 => any::<u32>(),
    ];
    let flag = prop_oneof![4 => Just(0i32), 4 => Just(1i32), 1 => any::<i32>()];
    (
        opcode,
        field_value(),
        field_value(),
        field_value(),
        flag.clone(),
        flag,
    )
        .prop_map(|(op, a, b, c, d, e)| RawInstr::new(op, a, b, c, d, e))
}

/// A record built from a form with random operand values.
fn form_record() -> impl Strategy<Value = RawInstr> {
    (
        prop::sample::select(FORMS.to_vec()),
        prop::array::uniform5(field_value()),
    )
        .prop_map(|(form, vals)| {
            let mut ops = form.fixed;
            for (i, (field, kind)) in form.operands.iter().enumerate() {
                ops[*field as usize] = if *kind == Kind::Byte {
                    vals[i] & 0xff
                } else {
                    vals[i]
                };
            }
            RawInstr {
                opcode: form.opcode as u32,
                ops,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_record_round_trips(raw in any_record()) {
        prop_assert_eq!(reassemble(&raw), raw);
    }

    #[test]
    fn form_records_round_trip_without_insn(raw in form_record()) {
        prop_assert!(form_for(&raw).is_some());
        let text = format_instr_with(&raw, &no_labels);
        prop_assert!(!text.starts_with(".insn"), "{}", text);
        prop_assert_eq!(reassemble(&raw), raw);
    }

    #[test]
    fn encoding_round_trips(raws in proptest::collection::vec(any_record(), 0..20)) {
        prop_assert_eq!(decode_all(&encode_all(&raws)), raws);
    }
}

#[test]
fn every_form_prints_its_own_mnemonic() {
    for form in FORMS {
        let mut ops = form.fixed;
        for (i, (field, _)) in form.operands.iter().enumerate() {
            ops[*field as usize] = 4 * (i as i32 + 1);
        }
        let raw = RawInstr {
            opcode: form.opcode as u32,
            ops,
        };
        let text = format_instr_with(&raw, &no_labels);
        assert_eq!(
            text.split_whitespace().next(),
            Some(form.mnemonic),
            "{text}"
        );
    }
}

#[test]
fn public_syntax_examples() {
    let cases: &[(&str, RawInstr)] = &[
        ("lw -4(fp), 8(fp)", RawInstr::new(1, -4, 0, 8, 0, 0)),
        ("sw 8(fp), -4(fp)", RawInstr::new(2, 0, 8, -4, 0, 0)),
        (
            "imm32 -4(fp), 216, 255, 255, 255",
            RawInstr::new(7, -4, 216, 255, 255, 255),
        ),
        ("ilt -4(fp), 7, 12(fp)", RawInstr::new(104, -4, 7, 12, 1, 0)),
        ("write 0, 4(fp), 0, 0, 1", RawInstr::new(300, 0, 4, 0, 0, 1)),
        ("beq 48, -4(fp), -8(fp)", RawInstr::new(5, 48, -4, -8, 0, 0)),
        ("bnei 48, -4(fp), 3", RawInstr::new(6, 48, -4, 3, 0, 1)),
        ("jal -16(fp), 72, -16", RawInstr::new(3, -16, 72, -16, 0, 0)),
        (
            "jalv -4(fp), 0(fp), 8(fp)",
            RawInstr::new(4, -4, 0, 8, 0, 0),
        ),
        (
            "addi -4(fp), -4(fp), -1",
            RawInstr::new(100, -4, -4, -1, 0, 1),
        ),
        ("advread -4(fp)", RawInstr::new(9, -4, 0, 0, 0, 0)),
        ("loadfp -4(fp), 16", RawInstr::new(10, -4, 16, 0, 0, 0)),
        (
            "memcpy -4(fp), -8(fp), -12(fp)",
            RawInstr::new(20, -4, -8, -12, 0, 0),
        ),
        ("keccakf 0, -4(fp)", RawInstr::new(120, 0, -4, 0, 0, 0)),
        ("stop", RawInstr::new(8, 0, 0, 0, 0, 0)),
        ("fail", RawInstr::new(16, 0, 0, 0, 0, 0)),
    ];
    for (text, raw) in cases {
        let image = assemble(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(image.code, vec![*raw], "{text}");
        assert_eq!(format_instr_with(raw, &no_labels), *text);
    }
    // Accepted spellings that print differently.
    let alt: &[(&str, RawInstr)] = &[
        (
            "sltei -4(fp), -8(fp), 3",
            RawInstr::new(118, -4, -8, 3, 0, 1),
        ),
        (
            "imm32 -4(fp), -40",
            RawInstr::new(7, -4, 216, 255, 255, 255),
        ),
        (
            "imm32 -4(fp), 0x12345678",
            RawInstr::new(7, -4, 0x78, 0x56, 0x34, 0x12),
        ),
        (
            "ADDI -4(fp), -4(fp), 0x10 ; comment",
            RawInstr::new(100, -4, -4, 16, 0, 1),
        ),
    ];
    for (text, raw) in alt {
        assert_eq!(assemble(text).expect("asm").code, vec![*raw], "{text}");
    }
}

#[test]
fn symbol_operands() {
    let src = "start:\n    imm32 -4(fp), table+8\n    jal -8(fp), start, -8\n    beq end, 0(fp), 0(fp)\nend:\n    stop\n    .data\n    .word 1\ntable:\n    .word start, end, table+4\n";
    let image = assemble(src).expect("asm");
    let addr = 0x10004u32 + 8;
    assert_eq!(
        image.code[0],
        RawInstr::new(7, -4, (addr & 0xff) as i32, (addr >> 8 & 0xff) as i32, 1, 0)
    );
    assert_eq!(image.code[1], RawInstr::new(3, -8, 0, -8, 0, 0));
    assert_eq!(image.code[2], RawInstr::new(5, 72, 0, 0, 0, 0));
    let data = &image
        .sections
        .iter()
        .find(|s| s.addr == 0x10000 && !s.bytes.is_empty())
        .expect("data")
        .bytes;
    let words: Vec<u32> = data
        .chunks(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    assert_eq!(words, vec![1, 0, 72, 0x10008]);
}

#[test]
fn assembler_errors_name_the_line() {
    for (src, line) in [
        ("stop\nbogus -4(fp)\n", 2),
        ("addi -4(fp), 5, 6\n", 1),
        ("stop\n\nimm32 -4(fp), 256, 0, 0, 0\n", 3),
        ("jal -4(fp), nowhere, -8\n", 1),
        ("x:\nx:\n", 2),
        (".data\nstop\n", 2),
        (".word 1\n", 1),
        (".data\n.byte 300\n", 2),
        (".section .weird\n", 1),
        (".data\n.ascii \"open\n", 2),
    ] {
        let err = assemble(src).expect_err(src);
        assert_eq!(err.line, line, "{src}: {err}");
    }
}

fn program_sources() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for sub in ["tests/programs", "examples"] {
        let Ok(entries) = std::fs::read_dir(dir.join(sub)) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.extension().is_some_and(|x| x == "s") {
                out.push((
                    path.display().to_string(),
                    std::fs::read_to_string(&path).expect("read"),
                ));
            }
        }
    }
    assert!(out.len() >= 4);
    out
}

#[test]
fn disassembly_reassembles_to_the_same_program() {
    for (name, src) in program_sources() {
        let elf = assemble_to_elf(&src).unwrap_or_else(|e| panic!("{name}: {e}"));
        let first = load_elf(&elf).expect("load");
        let listing = disassemble(&first);
        let elf2 = assemble_to_elf(&listing)
            .unwrap_or_else(|e| panic!("{name}: listing does not assemble: {e}\n{listing}"));
        let second = load_elf(&elf2).expect("load");
        assert_eq!(first.code, second.code, "{name}");
        assert_eq!(first.segments, second.segments, "{name}");
        let names = |p: &valida_vm::Program| {
            p.symbols
                .functions()
                .map(|s| (s.name.clone(), s.value))
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&first), names(&second), "{name}");
    }
}

#[test]
fn listing_of_labels_past_file_bytes() {
    // A data segment whose labels lie in the zero tail (memsz > filesz).
    use valida_vm::program::{DataSegment, Program, Symbol, SymbolKind, Symbols};
    let program = Program {
        code: vec![RawInstr::new(8, 0, 0, 0, 0, 0)],
        segments: vec![DataSegment {
            addr: 0x10000,
            bytes: vec![1, 2],
            mem_size: 32,
            flags: 6,
        }],
        symbols: Symbols::new(vec![
            Symbol {
                name: "a".into(),
                value: 0x10010,
                size: 4,
                kind: SymbolKind::Object,
            },
            Symbol {
                name: "b".into(),
                value: 0x10018,
                size: 4,
                kind: SymbolKind::Object,
            },
        ]),
    };
    let text = disassemble(&program);
    assert!(
        text.contains(".byte 1, 2\n    .zero 14\na:\n    .zero 8\nb:\n    .zero 8\n"),
        "{text}"
    );
    assert!(assemble(&text).is_ok());
}

#[test]
fn long_runs_of_one_byte_are_listed_as_fills_and_reassemble_identically() {
    // 1 MiB of 0x50 and 64 zeros between ordinary bytes: listed as
    // `.space`/`.zero`, not 65,000 `.byte` lines, and the same file bytes
    // after reassembly.
    let src = "_start:\n    stop\n    .data\nd:\n    .byte 1, 2\n    .space 1048576, 80\n    .byte 3\n    .zero 64\n    .byte 4, 0, 0, 5\n";
    let elf = assemble_to_elf(src).expect("asm");
    let text = disassemble(&load_elf(&elf).expect("load"));
    assert!(
        text.contains(
            ".byte 1, 2\n    .space 1048576, 80\n    .byte 3\n    .zero 64\n    .byte 4, 0, 0, 5\n"
        ),
        "{text}"
    );
    assert!(text.len() < 2000, "{} bytes", text.len());
    assert_eq!(assemble_to_elf(&text).expect("reassemble"), elf);
}

#[test]
fn large_bss_is_not_materialised() {
    let image = assemble("stop\n.bss\nheap:\n.zero 0x10000000\n.space 4\n").expect("asm");
    let bss = image.sections.iter().find(|s| s.size > 0).expect("bss");
    assert!(bss.bytes.is_empty());
    assert_eq!(bss.size, 0x1000_0004);
    assert!(assemble(".bss\n.byte 1\n").is_err());
    assert!(assemble(".bss\n.zero 4, 7\n").is_err());
}

#[test]
fn insn_records_get_a_readable_comment() {
    let elf = assemble_to_elf("main:\n  .insn 3, -16, 48, -16, 1, 1\n  stop\nf:\n  .insn 1, -4, 0, 8, 0, 1\n  .insn 100, -4, -8, 5, 0, 7\n  .insn 99, 1, 2, 3, 4, 5\n").expect("asm");
    let listing = disassemble(&load_elf(&elf).expect("load"));
    assert!(listing.contains("; 0x0 jal -16(fp), f, -16\n"), "{listing}");
    assert!(listing.contains("; 0x30 lw -4(fp), 8(fp)\n"), "{listing}");
    // e = 7 is not 1: c is a slot, so the register form.
    assert!(
        listing.contains("; 0x48 add -4(fp), -8(fp), 5(fp)\n"),
        "{listing}"
    );
    assert!(listing.contains(".insn 99, 1, 2, 3, 4, 5 "), "{listing}");
    let again = load_elf(&assemble_to_elf(&listing).expect("reassemble")).expect("load");
    assert_eq!(again.code, load_elf(&elf).expect("load").code);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// The assembler returns errors, never panics, on arbitrary text.
    #[test]
    fn assembler_never_panics(lines in proptest::collection::vec(
        prop_oneof![
            "[a-z.]{1,8} [-0-9a-z(),+\" .@x]{0,30}",
            "[a-z_]{1,6}:",
            ".(word|byte|zero|align|p2align|ascii|section) [-0-9a-z\"x+,. ]{0,20}",
            "(imm32|jal|beq|addi|lw) [-0-9a-z(),+ ]{0,30}",
        ],
        0..12,
    )) {
        let src = lines.join("\n");
        if let Ok(image) = assemble(&src) {
            let _ = valida_vm::asm::elf_out::write_elf(&image);
        }
    }
}

#[test]
fn huge_symbol_offset_is_an_error() {
    assert!(assemble("x:\n imm32 -4(fp), x+9223372036854775807\n").is_err());
    assert!(assemble("x:\n .data\n .word x+9223372036854775807\n").is_err());
}

#[test]
fn compiler_style_boilerplate_is_accepted() {
    let src = r#"
	.file	"x.c"
	.text
	.globl	main
	.p2align	2
	.type	main,@function
main:
	addi 4(fp), 12(fp), 1
	jalv -4(fp), 0(fp), 8(fp)
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"hi"
	.section	.debug_abbrev,"",@progbits
	.byte	1
	.uleb128 17
	.ident	"clang version 22"
	.section	".note.GNU-stack","",@progbits
	.addrsig
"#;
    let image = assemble(src).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(image.code.len(), 2);
    let funcs: Vec<_> = image
        .symbols
        .iter()
        .filter(|s| s.symbol.kind == valida_vm::program::SymbolKind::Function)
        .map(|s| s.symbol.name.clone())
        .collect();
    assert_eq!(funcs, vec!["main".to_string()]);
    let ro = image
        .sections
        .iter()
        .find(|s| !s.bytes.is_empty())
        .expect("rodata");
    assert_eq!(ro.bytes, b"hi\0");
}

#[test]
fn a_symbol_may_be_called_fp() {
    // Compiled C can have a global named `fp`; slots always have parentheses.
    let image = assemble(
        "    imm32 -4(fp), fp\n    lw -4(fp), -4(fp)\n    stop\n    .data\nfp:\n    .word 7\n",
    )
    .expect("asm");
    assert_eq!(image.code[0], RawInstr::new(7, -4, 0, 0, 1, 0));
}
