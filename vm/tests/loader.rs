//! The ELF loader: each v1.0 rule, hostile sizes, truncation, random bytes.

use proptest::prelude::*;
use valida_vm::program::SymbolKind;
use valida_vm::{LoadError, RunOptions, assemble_to_elf, load_elf, run_elf};

const PT_LOAD: u32 = 1;
const PT_TLS: u32 = 7;
const PT_NOTE: u32 = 4;
const RX: u32 = 5;
const RW: u32 = 6;

/// A program header; `offset` is relative to the payload.
#[derive(Clone, Copy)]
struct Ph {
    ty: u32,
    flags: u32,
    offset: u32,
    vaddr: u32,
    paddr: u32,
    filesz: u32,
    memsz: u32,
}

fn code(offset: u32, size: u32) -> Ph {
    Ph {
        ty: PT_LOAD,
        flags: RX,
        offset,
        vaddr: 0,
        paddr: 0,
        filesz: size,
        memsz: size,
    }
}

fn data(offset: u32, addr: u32, filesz: u32, memsz: u32) -> Ph {
    Ph {
        ty: PT_LOAD,
        flags: RW,
        offset,
        vaddr: addr,
        paddr: addr,
        filesz,
        memsz,
    }
}

/// An ELF32 LE executable with only program headers, then `payload`.
fn elf(phs: &[Ph], payload: &[u8]) -> Vec<u8> {
    let base = 52 + 32 * phs.len() as u32;
    let mut out = vec![0x7f, b'E', b'L', b'F', 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    for v in [2u16, 0x3e7] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    for v in [1u32, 0, 52, 0, 0] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    for v in [52u16, 32, phs.len() as u16, 40, 0, 0] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    for p in phs {
        for v in [
            p.ty,
            p.offset.wrapping_add(base),
            p.vaddr,
            p.paddr,
            p.filesz,
            p.memsz,
            p.flags,
            4,
        ] {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
    out.extend_from_slice(payload);
    out
}

/// 2 instructions (stop; stop) followed by 8 data bytes.
fn payload() -> Vec<u8> {
    let mut p = Vec::new();
    for _ in 0..2 {
        p.extend_from_slice(&8u32.to_le_bytes());
        p.extend_from_slice(&[0u8; 20]);
    }
    p.extend_from_slice(&[1, 2, 3, 4, 5, 6, 7, 8]);
    p
}

fn load(phs: &[Ph]) -> Result<valida_vm::Program, LoadError> {
    load_elf(&elf(phs, &payload()))
}

#[test]
fn accepts_minimal_executable() {
    let p = load(&[code(0, 48), data(48, 0x10000, 8, 16)]).expect("valid");
    assert_eq!(p.code.len(), 2);
    assert_eq!(p.segments.len(), 1);
    assert_eq!(p.segments[0].bytes, vec![1, 2, 3, 4, 5, 6, 7, 8]);
    assert_eq!(p.segments[0].mem_size, 16);
}

#[test]
fn trailing_partial_record_is_dropped() {
    let p = load(&[code(0, 40)]).expect("valid");
    assert_eq!(p.code.len(), 1);
}

#[test]
fn exactly_one_executable_segment() {
    assert_eq!(
        load(&[data(48, 0x10000, 8, 8)]).unwrap_err(),
        LoadError::ExecSegmentCount(0)
    );
    assert_eq!(
        load(&[code(0, 24), code(24, 24)]).unwrap_err(),
        LoadError::ExecSegmentCount(2)
    );
}

#[test]
fn executable_segment_at_zero() {
    let mut c = code(0, 48);
    c.vaddr = 24;
    assert!(matches!(
        load(&[c]).unwrap_err(),
        LoadError::ExecNotAtZero {
            index: 0,
            vaddr: 24,
            ..
        }
    ));
    let mut c = code(0, 48);
    c.paddr = 0x1000;
    assert!(matches!(
        load(&[c]).unwrap_err(),
        LoadError::ExecNotAtZero {
            index: 0,
            paddr: 0x1000,
            ..
        }
    ));
}

#[test]
fn executable_filesz_equals_memsz() {
    let mut c = code(0, 48);
    c.memsz = 72;
    assert_eq!(
        load(&[c]).unwrap_err(),
        LoadError::ExecSizeMismatch {
            index: 0,
            filesz: 48,
            memsz: 72
        }
    );
}

#[test]
fn no_tls() {
    let tls = Ph {
        ty: PT_TLS,
        flags: 4,
        offset: 48,
        vaddr: 0x10000,
        paddr: 0x10000,
        filesz: 8,
        memsz: 8,
    };
    assert_eq!(
        load(&[code(0, 48), tls]).unwrap_err(),
        LoadError::Tls { index: 1 }
    );
}

#[test]
fn other_segment_types_are_ignored() {
    let note = Ph {
        ty: PT_NOTE,
        flags: 4,
        offset: 48,
        vaddr: 3,
        paddr: 5,
        filesz: 8,
        memsz: 8,
    };
    assert!(load(&[code(0, 48), note]).is_ok());
}

#[test]
fn data_rules() {
    let mut d = data(48, 0x10000, 8, 8);
    d.paddr = 0x20000;
    assert!(matches!(
        load(&[code(0, 48), d]).unwrap_err(),
        LoadError::DataAddrMismatch { index: 1, .. }
    ));
    assert!(matches!(
        load(&[code(0, 48), data(48, 0x10002, 8, 8)]).unwrap_err(),
        LoadError::DataMisaligned {
            index: 1,
            paddr: 0x10002
        }
    ));
    assert_eq!(
        load(&[code(0, 48), data(48, 0x10000, 8, 4)]).unwrap_err(),
        LoadError::DataMemTooSmall {
            index: 1,
            filesz: 8,
            memsz: 4
        }
    );
}

#[test]
fn segments_must_be_inside_the_file() {
    assert!(matches!(
        load(&[code(0, 48), data(48, 0x10000, 9, 9)]).unwrap_err(),
        LoadError::OutsideFile { index: 1, .. }
    ));
    // A lying size: no allocation, just an error.
    assert!(matches!(
        load(&[code(0, 48), data(0, 0x10000, 0xFFFF_FFF0, 0xFFFF_FFF0)]).unwrap_err(),
        LoadError::OutsideFile { .. }
    ));
    assert!(matches!(
        load(&[code(0, 0xFFFF_FFF0)]).unwrap_err(),
        LoadError::OutsideFile { index: 0, .. }
    ));
    assert!(matches!(
        load(&[code(0xFFFF_FF00, 24)]).unwrap_err(),
        LoadError::OutsideFile { .. }
    ));
}

#[test]
fn only_file_bytes_matter_not_memsz() {
    // Lita's Rust executables have a data segment whose p_memsz reaches far
    // beyond 0x3C000000 (a stack reservation); the v1.0 loader ignores it.
    assert!(load(&[code(0, 48), data(48, 0x1_ac68, 8, 0xec00_0018)]).is_ok());
    assert!(load(&[code(0, 48), data(48, 0x10000, 8, 0xFFFF_FFF0)]).is_ok());
    // File bytes above 0x3C000000 load; touching them traps at run time
    // (the reference VM's range check panics there).
    assert!(load(&[code(0, 48), data(48, 0x3BFF_FFF8, 8, 16)]).is_ok());
    assert!(load(&[code(0, 48), data(48, 0x3C00_0000, 8, 8)]).is_ok());
}

#[test]
fn data_words_must_fit_in_32_bits() {
    assert!(matches!(
        load(&[code(0, 48), data(48, 0xFFFF_FFFC, 8, 8)]).unwrap_err(),
        LoadError::AddressSpace { index: 1, .. }
    ));
    assert!(load(&[code(0, 48), data(48, 0xFFFF_FFF8, 8, 8)]).is_ok());
}

/// Runs `src` (which must `stop`) after loading data segments with it.
fn data_word_after(phs: &[Ph], payload: &[u8], addr: u32) -> u32 {
    let bytes = elf(phs, payload);
    let program = load_elf(&bytes).unwrap();
    let mut machine = valida_vm::Machine::new(program, &RunOptions::default()).unwrap();
    machine.memory_mut().read_word(addr).unwrap()
}

#[test]
fn overlapping_segments_later_header_wins_word_by_word() {
    // Payload: 48 bytes of code (one STOP record is enough), then data.
    let mut payload = vec![0u8; 48];
    payload[0] = 8; // STOP
    payload.extend_from_slice(b"ABCDEFGHx");
    // "ABCDEFGH" at 0x10000, then "x" at 0x10004: the v1.0 loader writes
    // the zero-padded word "x\0\0\0" over "EFGH".
    let phs = [code(0, 48), data(48, 0x10000, 8, 8), data(56, 0x10004, 1, 1)];
    assert_eq!(data_word_after(&phs, &payload, 0x10004), u32::from(b'x'));
    assert_eq!(data_word_after(&phs, &payload, 0x10000), u32::from_le_bytes(*b"ABCD"));
    // In the other order, the 8-byte segment wins.
    let phs = [code(0, 48), data(56, 0x10004, 1, 1), data(48, 0x10000, 8, 8)];
    assert_eq!(data_word_after(&phs, &payload, 0x10004), u32::from_le_bytes(*b"EFGH"));
}

#[test]
fn big_endian_is_rejected() {
    let mut bytes = elf(&[code(0, 48)], &payload());
    bytes[5] = 2;
    assert!(load_elf(&bytes).is_err());
}

#[test]
fn garbage_is_an_error() {
    assert!(matches!(load_elf(b""), Err(LoadError::Malformed(_))));
    assert!(matches!(
        load_elf(b"hello world, not an elf file at all......................"),
        Err(LoadError::Malformed(_))
    ));
}

const PROGRAM: &str = "_start:\n    imm32 -4(fp), msg\n    loadu8 -8(fp), -4(fp)\n    write 0, -8(fp), 0, 0, 1\n    jal -24(fp), f, -24\n    stop\nf:\n    jalv -4(fp), 0(fp), 8(fp)\n    .data\nmsg:\n    .ascii \"x\"\n";

#[test]
fn symbols_are_kept() {
    let bytes = assemble_to_elf(PROGRAM).expect("asm");
    let p = load_elf(&bytes).expect("load");
    let names: Vec<_> = p
        .symbols
        .functions()
        .map(|s| (s.name.as_str(), s.value))
        .collect();
    assert_eq!(names, vec![("_start", 0), ("f", 120)]);
    let msg = p.symbols.lookup("msg").expect("msg");
    assert_eq!((msg.kind, msg.value), (SymbolKind::Object, 0x10000));
    assert_eq!(p.symbols.describe_pc(144).as_deref(), Some("f+24"));
}

#[test]
fn every_truncation_is_handled() {
    let bytes = assemble_to_elf(PROGRAM).expect("asm");
    assert!(load_elf(&bytes).is_ok());
    for len in 0..bytes.len() {
        let _ = load_elf(&bytes[..len]);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = load_elf(&bytes);
    }

    #[test]
    fn random_headers_never_panic(mut bytes in proptest::collection::vec(any::<u8>(), 52..400)) {
        bytes[..7].copy_from_slice(&[0x7f, b'E', b'L', b'F', 1, 1, 1]);
        let _ = load_elf(&bytes);
    }

    /// Corrupted valid executables either fail to load or run without
    /// panicking (the VM never panics on any file).
    #[test]
    fn corrupted_executables_never_panic(flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..12)) {
        let mut bytes = assemble_to_elf(PROGRAM).expect("asm");
        for (idx, v) in flips {
            let i = idx.index(bytes.len());
            bytes[i] = v;
        }
        if load_elf(&bytes).is_ok() {
            let options = RunOptions { max_steps: 10_000, ..RunOptions::default() };
            let _ = run_elf(&bytes, b"in", &options);
        }
    }
}

#[test]
fn elf64_is_accepted_too() {
    // The reference loader does not check the class: an ELF64 with the
    // same segments loads the same program.
    let mut out = vec![0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&0x3e7u16.to_le_bytes());
    out.extend_from_slice(&1u32.to_le_bytes());
    out.extend_from_slice(&0u64.to_le_bytes()); // entry
    out.extend_from_slice(&64u64.to_le_bytes()); // phoff
    out.extend_from_slice(&0u64.to_le_bytes()); // shoff
    out.extend_from_slice(&0u32.to_le_bytes()); // flags
    for v in [64u16, 56, 1, 64, 0, 0] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    let payload_at = 64 + 56u64;
    out.extend_from_slice(&PT_LOAD.to_le_bytes());
    out.extend_from_slice(&RX.to_le_bytes());
    for v in [payload_at, 0, 0, 48, 48, 4] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&payload()[..48]);
    let p = load_elf(&out).expect("elf64");
    assert_eq!(p.code.len(), 2);
}
