//! Linker tests on hand-built objects.

use goblin::elf::{Elf, program_header::PT_LOAD, sym};

use super::archive::write_archive;
use super::testobj::{ObjBuilder, SHF_ALLOC, SHF_WRITE, SHT_INIT_ARRAY, instr};
use super::*;

const JAL: u32 = 3;
const IMM32: u32 = 7;
const STOP: u32 = 8;
const JALV: u32 = 4;

/// `_start`: `jal -16(fp), main, -16` then `stop`.
fn crt() -> Vec<u8> {
    let mut b = ObjBuilder::new();
    let mut code = instr(JAL, -16, 0, -16, 0, 0);
    code.extend(instr(STOP, 0, 0, 0, 0, 0));
    let t = b.text(code);
    b.func("_start", t, 0, 48)
        .undefined("main")
        .reloc(t, 8, reloc::R_VALIDA_32, "main", 0);
    b.build()
}

/// `main`: `imm32 -4(fp), counter+4`, return.
fn main_obj() -> Vec<u8> {
    let mut b = ObjBuilder::new();
    let mut code = instr(IMM32, -4, 0, 0, 0, 0);
    code.extend(instr(JALV, -4, 0, 8, 0, 0));
    let t = b.text(code);
    let d = b.data(".data", vec![1, 0, 0, 0, 2, 0, 0, 0]);
    b.func("main", t, 0, 48)
        .symbol("counter", 1, 1, Some(d), 0, 8)
        .reloc(t, 0, reloc::R_VALIDA_IMM32, "counter", 4);
    b.build()
}

fn obj(name: &str, bytes: Vec<u8>) -> Input {
    Input::Object {
        name: name.into(),
        bytes,
    }
}

fn symbol(elf: &Elf, name: &str) -> Option<goblin::elf::Sym> {
    elf.syms
        .iter()
        .find(|s| elf.strtab.get_at(s.st_name) == Some(name))
}

fn word(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

#[test]
fn links_start_first_and_relocates() {
    let out = link(
        vec![obj("main.o", main_obj()), obj("crt0.o", crt())],
        &LinkOptions::default(),
    )
    .expect("link succeeds");
    let elf = Elf::parse(&out).expect("valid ELF");
    assert!(!elf.is_64);
    assert_eq!(elf.header.e_type, goblin::elf::header::ET_EXEC);
    assert_eq!(elf.header.e_machine, read::EM_VALIDA);
    let loads: Vec<_> = elf
        .program_headers
        .iter()
        .filter(|p| p.p_type == PT_LOAD)
        .collect();
    assert_eq!(loads.len(), 2);
    let text = loads[0];
    assert_eq!((text.p_vaddr, text.p_paddr), (0, 0));
    assert_eq!(text.p_filesz, text.p_memsz);
    assert_eq!(text.p_filesz, 4 * 24);
    assert!(text.is_executable());
    let data = loads[1];
    assert_eq!(data.p_vaddr, u64::from(DATA_MIN));
    assert!(!data.is_executable());

    let start = symbol(&elf, "_start").expect("_start kept");
    let main = symbol(&elf, "main").expect("main kept");
    let counter = symbol(&elf, "counter").expect("counter kept");
    assert_eq!(start.st_value, 0);
    assert_eq!(main.st_value, 48);
    assert_eq!(main.st_type(), sym::STT_FUNC);
    assert_eq!(counter.st_value, u64::from(DATA_MIN));

    let t = &out[text.p_offset as usize..];
    // jal target is main's byte address.
    assert_eq!(word(t, 8), 48);
    // imm32 in main holds counter+4 bytewise.
    let v = DATA_MIN + 4;
    let rec = 48;
    let bytes: Vec<u32> = (0..4).map(|k| word(t, rec + 8 + 4 * k)).collect();
    assert_eq!(bytes, v.to_le_bytes().map(u32::from).to_vec());
    let d = &out[data.p_offset as usize..];
    assert_eq!(word(d, 4), 2);

    let heap = symbol(&elf, "__heap_start").expect("linker symbol");
    assert_eq!(heap.st_value % 8, 0);
    assert!(heap.st_value >= u64::from(DATA_MIN) + 8);
    assert_eq!(
        symbol(&elf, "__stack_top").map(|s| s.st_value),
        Some(u64::from(STACK_TOP))
    );
}

#[test]
fn undefined_symbol_names_the_reference() {
    let mut b = ObjBuilder::new();
    let t = b.text(instr(JAL, -16, 0, -16, 0, 0));
    b.func("main", t, 0, 24)
        .undefined("foo")
        .reloc(t, 8, reloc::R_VALIDA_32, "foo", 0);
    let err = link(
        vec![obj("crt0.o", crt()), obj("bar.o", b.build())],
        &LinkOptions::default(),
    )
    .expect_err("foo is undefined");
    assert_eq!(
        err.to_string(),
        "undefined symbol: foo (referenced by bar.o in function main)"
    );
}

#[test]
fn duplicate_symbol_names_both_files() {
    let err = link(
        vec![
            obj("crt0.o", crt()),
            obj("a.o", main_obj()),
            obj("b.o", main_obj()),
        ],
        &LinkOptions::default(),
    )
    .expect_err("main twice");
    let text = err.to_string();
    assert!(
        text.contains("duplicate symbol: main (defined in a.o and in b.o)"),
        "{text}"
    );
}

#[test]
fn missing_entry_is_reported() {
    let err =
        link(vec![obj("main.o", main_obj())], &LinkOptions::default()).expect_err("no _start");
    assert!(
        err.to_string().contains("undefined symbol: _start"),
        "{err}"
    );
}

fn lib_member(name: &str, refers_to: Option<&str>) -> Vec<u8> {
    let mut b = ObjBuilder::new();
    let t = b.text(instr(JAL, -16, 0, -16, 0, 0));
    b.func(name, t, 0, 24);
    if let Some(r) = refers_to {
        b.undefined(r).reloc(t, 8, reloc::R_VALIDA_32, r, 0);
    }
    b.build()
}

#[test]
fn archive_members_are_pulled_on_demand() {
    // main → foo (member 1) → bar (member 3); unused (member 2) stays out.
    let mut m = ObjBuilder::new();
    let t = m.text(instr(JAL, -16, 0, -16, 0, 0));
    m.func("main", t, 0, 24)
        .undefined("foo")
        .reloc(t, 8, reloc::R_VALIDA_32, "foo", 0);
    let lib = write_archive(&[
        ("foo.o".into(), lib_member("foo", Some("bar"))),
        (
            "a_rather_long_member_name.o".into(),
            lib_member("unused", None),
        ),
        ("bar.o".into(), lib_member("bar", None)),
    ]);
    let out = link(
        vec![
            obj("crt0.o", crt()),
            obj("main.o", m.build()),
            Input::Archive {
                name: "libx.a".into(),
                bytes: lib,
            },
        ],
        &LinkOptions::default(),
    )
    .expect("link");
    let elf = Elf::parse(&out).expect("ELF");
    assert!(symbol(&elf, "foo").is_some());
    assert!(symbol(&elf, "bar").is_some());
    assert!(symbol(&elf, "unused").is_none());
    let foo = symbol(&elf, "foo").map(|s| s.st_value).unwrap_or_default();
    let bar = symbol(&elf, "bar").map(|s| s.st_value).unwrap_or_default();
    let text = &out[elf.program_headers[0].p_offset as usize..];
    assert_eq!(u64::from(word(text, foo as usize + 8)), bar);
}

#[test]
fn weak_definition_is_overridden_and_init_array_bounded() {
    let mut w = ObjBuilder::new();
    let t = w.text(instr(STOP, 0, 0, 0, 0, 0));
    w.symbol("main", 2, 2, Some(t), 0, 24);
    let ctor = w.section(
        ".init_array",
        SHT_INIT_ARRAY,
        SHF_ALLOC | SHF_WRITE,
        vec![0; 4],
        4,
    );
    w.symbol("init", 0, 2, Some(t), 0, 24)
        .reloc(ctor, 0, reloc::R_VALIDA_32, "init", 0);
    let bss = w.bss(".bss", 100, 8);
    w.symbol("zeroes", 1, 1, Some(bss), 0, 100);
    let out = link(
        vec![
            obj("crt0.o", crt()),
            obj("weak.o", w.build()),
            obj("main.o", main_obj()),
        ],
        &LinkOptions {
            gc_sections: false,
            ..LinkOptions::default()
        },
    )
    .expect("link");
    let elf = Elf::parse(&out).expect("ELF");
    let main = symbol(&elf, "main").expect("main");
    assert_eq!(main.st_bind(), sym::STB_GLOBAL);
    let start = symbol(&elf, "__init_array_start").expect("start").st_value;
    let end = symbol(&elf, "__init_array_end").expect("end").st_value;
    assert_eq!(end - start, 4);
    let data = elf
        .program_headers
        .iter()
        .find(|p| p.p_vaddr != 0)
        .expect("data segment");
    assert!(data.p_memsz >= data.p_filesz + 100);
    let init = symbol(&elf, "init").expect("local function kept").st_value;
    let off = (data.p_offset + start - data.p_vaddr) as usize;
    assert_eq!(u64::from(word(&out, off)), init);
    // The call from _start goes to the strong main.
    let text = &out[elf.program_headers[0].p_offset as usize..];
    assert_eq!(u64::from(word(text, 8)), main.st_value);
}

#[test]
fn rejects_foreign_objects() {
    let mut bytes = main_obj();
    bytes[18] = 0xF3; // EM_RISCV
    bytes[19] = 0;
    let err = link(vec![obj("rv.o", bytes)], &LinkOptions::default()).expect_err("wrong machine");
    assert!(
        err.to_string()
            .starts_with("rv.o: object is for machine 0xf3"),
        "{err}"
    );
}

#[test]
fn unreferenced_sections_are_collected() {
    let mut w = ObjBuilder::new();
    let bss = w.bss(".bss", 100, 8);
    w.symbol("zeroes", 1, 1, Some(bss), 0, 100);
    let out = link(
        vec![
            obj("crt0.o", crt()),
            obj("main.o", main_obj()),
            obj("unused.o", w.build()),
        ],
        &LinkOptions::default(),
    )
    .expect("link");
    let elf = Elf::parse(&out).expect("ELF");
    assert!(symbol(&elf, "zeroes").is_none());
    assert!(symbol(&elf, "main").is_some());
}

#[test]
fn ctors_sections_become_init_array_in_gnu_order() {
    let mut w = ObjBuilder::new();
    let mut code = instr(STOP, 0, 0, 0, 0, 0);
    code.extend(instr(STOP, 0, 0, 0, 0, 0));
    code.extend(instr(STOP, 0, 0, 0, 0, 0));
    let t = w.text(code);
    w.symbol("a", 0, 2, Some(t), 0, 24)
        .symbol("b", 0, 2, Some(t), 24, 24)
        .symbol("early", 0, 2, Some(t), 48, 24);
    let plain = w.section(".ctors", 1, SHF_ALLOC | SHF_WRITE, vec![0; 8], 4);
    w.reloc(plain, 0, reloc::R_VALIDA_32, "a", 0)
        .reloc(plain, 4, reloc::R_VALIDA_32, "b", 0);
    // .ctors.65434 is priority 101: runs before everything else.
    let prio = w.section(".ctors.65434", 1, SHF_ALLOC | SHF_WRITE, vec![0; 4], 4);
    w.reloc(prio, 0, reloc::R_VALIDA_32, "early", 0);
    let out = link(
        vec![
            obj("crt0.o", crt()),
            obj("main.o", main_obj()),
            obj("ctors.o", w.build()),
        ],
        &LinkOptions::default(),
    )
    .expect("link");
    let elf = Elf::parse(&out).expect("ELF");
    let start = symbol(&elf, "__init_array_start").expect("start").st_value;
    let end = symbol(&elf, "__init_array_end").expect("end").st_value;
    assert_eq!(end - start, 12);
    let data = elf
        .program_headers
        .iter()
        .find(|p| p.p_vaddr != 0)
        .expect("data segment");
    let off = (data.p_offset + start - data.p_vaddr) as usize;
    let value = |name: &str| symbol(&elf, name).map(|s| s.st_value as u32);
    let table: Vec<Option<u32>> = (0..3).map(|k| Some(word(&out, off + 4 * k))).collect();
    assert_eq!(table, vec![value("early"), value("b"), value("a")]);
}

/// Corrupted objects give errors, never panics.
#[test]
fn corrupted_objects_do_not_panic() {
    let good = main_obj();
    let crt0 = crt();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize
    };
    for _ in 0..3000 {
        let mut bytes = good.clone();
        for _ in 0..1 + next() % 4 {
            let at = next() % bytes.len();
            bytes[at] = (next() & 0xff) as u8;
        }
        if next() % 8 == 0 {
            let len = next() % bytes.len();
            bytes.truncate(len);
        }
        let result = std::panic::catch_unwind(|| {
            link(
                vec![obj("crt0.o", crt0.clone()), obj("bad.o", bytes.clone())],
                &LinkOptions::default(),
            )
        });
        assert!(result.is_ok(), "linker panicked on a corrupted object");
    }
}

#[test]
fn undefined_symbol_in_data_names_the_object() {
    let mut b = ObjBuilder::new();
    let d = b.data(".data", vec![0; 4]);
    b.symbol("table", 1, 1, Some(d), 0, 4)
        .undefined("handler")
        .reloc(d, 0, reloc::R_VALIDA_32, "handler", 0);
    let err = link(
        vec![
            obj("crt0.o", crt()),
            obj("main.o", main_obj()),
            obj("t.o", b.build()),
        ],
        &LinkOptions {
            gc_sections: false,
            ..LinkOptions::default()
        },
    )
    .expect_err("handler is undefined");
    assert_eq!(
        err.to_string(),
        "undefined symbol: handler (referenced by t.o in object table)"
    );
}

#[test]
fn identical_string_sections_share_an_address() {
    let strings = |name: &str| {
        let mut b = ObjBuilder::new();
        let s = b.section(
            ".rodata.str1.1",
            1,
            SHF_ALLOC | 0x10 | 0x20,
            b"shared\0".to_vec(),
            1,
        );
        b.symbol(name, 1, 1, Some(s), 0, 7);
        b.build()
    };
    let out = link(
        vec![
            obj("crt0.o", crt()),
            obj("main.o", main_obj()),
            obj("a.o", strings("first")),
            obj("b.o", strings("second")),
        ],
        &LinkOptions {
            gc_sections: false,
            ..LinkOptions::default()
        },
    )
    .expect("link");
    let elf = Elf::parse(&out).expect("ELF");
    let first = symbol(&elf, "first").expect("first").st_value;
    let second = symbol(&elf, "second").expect("second").st_value;
    assert_eq!(first, second);
}

#[test]
fn weakened_library_definitions_lose_to_the_program() {
    // The runtime's member defines `helper` and `srand`; the program defines
    // its own `srand` and calls `helper`, which pulls the member in.
    let mut lib = ObjBuilder::new();
    let mut code = instr(STOP, 0, 0, 0, 0, 0);
    code.extend(instr(STOP, 0, 0, 0, 0, 0));
    let t = lib.text(code);
    lib.func("helper", t, 0, 24).func("srand", t, 24, 24);
    let mut member = lib.build();
    let strong = link(
        vec![
            obj("crt0.o", crt()),
            obj("prog.o", prog_with_srand()),
            Input::Archive {
                name: "libc.a".into(),
                bytes: write_archive(&[("stdlib.o".into(), member.clone())]),
            },
        ],
        &LinkOptions::default(),
    )
    .expect_err("two strong srand");
    assert!(
        strong.to_string().contains("duplicate symbol: srand"),
        "{strong}"
    );

    assert_eq!(crate::runtime_build::weaken_definitions(&mut member), Ok(2));
    let out = link(
        vec![
            obj("crt0.o", crt()),
            obj("prog.o", prog_with_srand()),
            Input::Archive {
                name: "libc.a".into(),
                bytes: write_archive(&[("stdlib.o".into(), member)]),
            },
        ],
        &LinkOptions::default(),
    )
    .expect("the program's srand wins");
    let elf = Elf::parse(&out).expect("ELF");
    let srand = symbol(&elf, "srand").expect("srand");
    let main = symbol(&elf, "main").expect("main");
    assert_eq!(srand.st_value, main.st_value + 24, "srand is the program's");
    assert!(symbol(&elf, "helper").is_some());
}

/// `main` calls `helper` and is followed by the program's own `srand`.
fn prog_with_srand() -> Vec<u8> {
    let mut b = ObjBuilder::new();
    let mut code = instr(JAL, -16, 0, -16, 0, 0);
    code.extend(instr(STOP, 0, 0, 0, 0, 0));
    let t = b.text(code);
    b.func("main", t, 0, 24)
        .func("srand", t, 24, 24)
        .undefined("helper")
        .reloc(t, 8, reloc::R_VALIDA_32, "helper", 0);
    b.build()
}

/// DWARF sections (docs/debugging.md): concatenated by name in input order,
/// not loaded, references to other DWARF sections become offsets in the
/// output section, references to code become addresses, and references to
/// code dropped by garbage collection become the tombstone 0xFFFFFFFF.
#[test]
fn links_and_relocates_debug_sections() {
    use super::testobj::SHT_PROGBITS;
    let mut crt = ObjBuilder::new();
    let mut code = instr(JAL, -16, 0, -16, 0, 0);
    code.extend(instr(STOP, 0, 0, 0, 0, 0));
    let t = crt.text(code);
    crt.section(".debug_line", SHT_PROGBITS, 0, vec![9; 5], 1);
    crt.func("_start", t, 0, 48)
        .undefined("main")
        .reloc(t, 8, reloc::R_VALIDA_32, "main", 0);

    let mut m = ObjBuilder::new();
    let t = m.text(instr(JALV, -4, 0, 8, 0, 0));
    let dead = m.section(
        ".text.dead",
        SHT_PROGBITS,
        super::testobj::SHF_ALLOC | super::testobj::SHF_EXECINSTR,
        instr(STOP, 0, 0, 0, 0, 0),
        4,
    );
    let line = m.section(".debug_line", SHT_PROGBITS, 0, vec![7; 8], 1);
    // The bytes hold the addends too, as the assembler writes them.
    let info = m.section(".debug_info", SHT_PROGBITS, 0, vec![0xAA; 12], 1);
    m.func("main", t, 0, 24)
        .func("dead", dead, 0, 24)
        .symbol(".Lline", 0, 0, Some(line), 4, 0)
        .reloc(info, 0, reloc::R_VALIDA_32, ".Lline", 2)
        .reloc(info, 4, reloc::R_VALIDA_32, "main", 24)
        .reloc(info, 8, reloc::R_VALIDA_32, "dead", 0);

    let out = link(
        vec![obj("crt0.o", crt.build()), obj("main.o", m.build())],
        &LinkOptions::default(),
    )
    .expect("link succeeds");
    let elf = Elf::parse(&out).expect("valid ELF");
    let section = |name: &str| {
        let sh = elf
            .section_headers
            .iter()
            .find(|s| elf.shdr_strtab.get_at(s.sh_name) == Some(name))
            .unwrap_or_else(|| panic!("no {name}"));
        assert_eq!(sh.sh_addr, 0, "{name} is not loaded");
        assert_eq!(sh.sh_flags & u64::from(SHF_ALLOC), 0, "{name}");
        &out[sh.sh_offset as usize..(sh.sh_offset + sh.sh_size) as usize]
    };
    let line = section(".debug_line");
    assert_eq!(line, [9, 9, 9, 9, 9, 7, 7, 7, 7, 7, 7, 7, 7]);
    let info = section(".debug_info");
    let main = symbol(&elf, "main").expect("main").st_value as u32;
    assert_eq!(
        word(info, 0),
        5 + 4 + 2,
        "offset of main.o's .debug_line + 4 + 2"
    );
    assert_eq!(word(info, 4), main + 24);
    assert_eq!(word(info, 8), 0xFFFF_FFFF, "dead was garbage-collected");
    assert!(symbol(&elf, "dead").is_none());
    // Still two loaded segments at most: DWARF is not loaded.
    assert!(
        elf.program_headers
            .iter()
            .filter(|p| p.p_type == PT_LOAD)
            .count()
            <= 2
    );
}

/// `main` calls `helper` (undefined here).
fn main_calling(callee: &str) -> Vec<u8> {
    let mut b = ObjBuilder::new();
    let mut code = instr(JAL, -16, 0, -16, 0, 0);
    code.extend(instr(JALV, -4, 0, 8, 0, 0));
    let t = b.text(code);
    b.func("main", t, 0, 48)
        .undefined(callee)
        .reloc(t, 8, reloc::R_VALIDA_32, callee, 0);
    b.build()
}

/// One function `name` alone in its section.
fn function(name: &str) -> Vec<u8> {
    let mut b = ObjBuilder::new();
    let t = b.text(instr(JALV, -4, 0, 8, 0, 0));
    b.func(name, t, 0, 24);
    b.build()
}

fn call_target(image: &[u8]) -> u32 {
    let elf = Elf::parse(image).expect("ELF");
    let main = symbol(&elf, "main").expect("main").st_value as usize;
    // The jal's target operand is the second word of its record.
    word(image, elf.program_headers[0].p_offset as usize + main + 8)
}

#[test]
fn wrap_redirects_undefined_references() {
    let options = LinkOptions {
        wrap: vec!["helper".into()],
        ..LinkOptions::default()
    };
    let out = link(
        vec![
            obj("crt0.o", crt()),
            obj("main.o", main_calling("helper")),
            obj("helper.o", function("helper")),
            obj("wrap.o", function("__wrap_helper")),
        ],
        &options,
    )
    .expect("links");
    let elf = Elf::parse(&out).expect("ELF");
    let wrapped = symbol(&elf, "__wrap_helper")
        .expect("wrapper kept")
        .st_value as u32;
    assert_eq!(call_target(&out), wrapped);
}

#[test]
fn defsym_aliases_and_absolute_values() {
    let options = LinkOptions {
        defsym: vec![("helper".into(), "real_one".into())],
        ..LinkOptions::default()
    };
    let out = link(
        vec![
            obj("crt0.o", crt()),
            obj("main.o", main_calling("helper")),
            obj("real.o", function("real_one")),
        ],
        &options,
    )
    .expect("links");
    let elf = Elf::parse(&out).expect("ELF");
    let real = symbol(&elf, "real_one").expect("kept").st_value as u32;
    assert_eq!(call_target(&out), real);

    let options = LinkOptions {
        defsym: vec![("helper".into(), "0x30".into())],
        ..LinkOptions::default()
    };
    let out = link(
        vec![obj("crt0.o", crt()), obj("main.o", main_calling("helper"))],
        &options,
    )
    .expect("links");
    assert_eq!(call_target(&out), 0x30);

    let options = LinkOptions {
        defsym: vec![("helper".into(), "missing".into())],
        ..LinkOptions::default()
    };
    let err = link(
        vec![obj("crt0.o", crt()), obj("main.o", main_calling("helper"))],
        &options,
    )
    .expect_err("alias of nothing");
    assert!(
        err.to_string().contains("undefined symbol: missing"),
        "{err}"
    );
}

#[test]
fn undefined_option_keeps_and_pulls_a_symbol_and_map_lists_it() {
    let lib = write_archive(&[("extra.o".into(), function("extra"))]);
    let inputs = || {
        vec![
            obj("crt0.o", crt()),
            obj("main.o", main_obj()),
            Input::Archive {
                name: "libx.a".into(),
                bytes: lib.clone(),
            },
        ]
    };
    let plain = link(inputs(), &LinkOptions::default()).expect("links");
    assert!(symbol(&Elf::parse(&plain).expect("ELF"), "extra").is_none());
    let options = LinkOptions {
        undefined: vec!["extra".into()],
        map: true,
        ..LinkOptions::default()
    };
    let (image, map) = link_with_map(inputs(), &options).expect("links");
    assert!(symbol(&Elf::parse(&image).expect("ELF"), "extra").is_some());
    let map = map.expect("a map");
    assert!(
        map.contains("libx.a(extra.o)") || map.contains("extra.o"),
        "{map}"
    );
    assert!(map.contains("extra"), "{map}");
    assert!(map.contains("__heap_start"), "{map}");
}
