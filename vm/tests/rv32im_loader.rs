//! ELF loading: valid minimal executables, and malformed files that must be
//! rejected with an error (never a panic or a huge allocation).

mod rv32im {
    use valida_vm::rv32im::{LoadError, Outcome, Perm, load_elf, run};

    const CODE_VADDR: u32 = 0x1_0000;

    /// `li a0, 7; li a7, 93; ecall` — exit(7).
    const EXIT7: [u32; 3] = [0x0070_0513, 0x05d0_0893, 0x0000_0073];

    /// A minimal ELF32 RISC-V executable with one PT_LOAD (R+X) holding
    /// `code`, plus a `.symtab` naming `_start`.
    fn elf(code: &[u32]) -> Vec<u8> {
        let code: Vec<u8> = code.iter().flat_map(|w| w.to_le_bytes()).collect();
        let code_off = 52 + 32;
        let strtab = b"\0_start\0";
        let strtab_off = code_off + code.len();
        let symtab_off = strtab_off + strtab.len();
        let mut sym = vec![0u8; 16]; // null symbol
        sym.extend(1u32.to_le_bytes()); // name
        sym.extend(CODE_VADDR.to_le_bytes());
        sym.extend((code.len() as u32).to_le_bytes());
        sym.extend([0x12, 0]); // STB_GLOBAL | STT_FUNC
        sym.extend(1u16.to_le_bytes()); // shndx
        let shoff = symtab_off + sym.len();

        let mut f = Vec::new();
        f.extend([0x7f, b'E', b'L', b'F', 1, 1, 1, 0]);
        f.extend([0; 8]);
        f.extend(2u16.to_le_bytes()); // ET_EXEC
        f.extend(243u16.to_le_bytes()); // EM_RISCV
        f.extend(1u32.to_le_bytes());
        f.extend(CODE_VADDR.to_le_bytes()); // entry
        f.extend(52u32.to_le_bytes()); // phoff
        f.extend((shoff as u32).to_le_bytes()); // shoff
        f.extend(0u32.to_le_bytes()); // flags
        f.extend(52u16.to_le_bytes());
        f.extend(32u16.to_le_bytes());
        f.extend(1u16.to_le_bytes()); // phnum
        f.extend(40u16.to_le_bytes());
        f.extend(3u16.to_le_bytes()); // shnum
        f.extend(0u16.to_le_bytes());
        // PT_LOAD
        for v in [
            1,
            code_off as u32,
            CODE_VADDR,
            CODE_VADDR,
            code.len() as u32,
            code.len() as u32,
            5,
            0x1000,
        ] {
            f.extend(v.to_le_bytes());
        }
        f.extend(&code);
        f.extend(strtab);
        f.extend(&sym);
        // section headers: null, .symtab (link 2), .strtab
        f.extend([0u8; 40]);
        for v in [0, 2, 0, 0, symtab_off as u32, sym.len() as u32, 2, 1, 4, 16] {
            f.extend(v.to_le_bytes());
        }
        for v in [
            0,
            3,
            0,
            0,
            strtab_off as u32,
            strtab.len() as u32,
            0,
            0,
            1,
            0,
        ] {
            f.extend(v.to_le_bytes());
        }
        f
    }

    fn set16(f: &mut [u8], off: usize, v: u16) {
        f[off..off + 2].copy_from_slice(&v.to_le_bytes());
    }
    fn set32(f: &mut [u8], off: usize, v: u32) {
        f[off..off + 4].copy_from_slice(&v.to_le_bytes());
    }
    const PH: usize = 52;

    #[test]
    fn minimal_executable_loads_and_runs() {
        let program = load_elf(&elf(&EXIT7)).expect("valid ELF");
        assert_eq!(program.entry, CODE_VADDR);
        assert_eq!(program.segments.len(), 1);
        assert_eq!(program.segments[0].perm, Perm::RX);
        assert_eq!(program.symbol("_start"), Some(CODE_VADDR));
        assert_eq!(
            program.symbolize(CODE_VADDR + 4).as_deref(),
            Some("_start+0x4")
        );
        assert_eq!(program.predecoded_len(), 3);
        assert_eq!(program.brk_start, 0x1_1000);
        let report = run(&program, b"", 100);
        assert_eq!(report.outcome, Outcome::Exited { code: 7 });
        assert_eq!(report.steps, 3);
    }

    #[test]
    fn trap_report_names_the_function() {
        let program = load_elf(&elf(&[0x0000_0013, 0x0000_a083])).expect("valid ELF"); // nop; lw ra, 0(ra)
        let report = run(&program, b"", 100);
        let t = report.outcome.trap().expect("trap");
        assert_eq!(
            t.to_string(),
            "4-byte load from unmapped address 0x00000000 at pc 0x00010004 <_start+0x4>: lw ra, 0x0(ra)"
        );
        let dump = t.register_dump();
        assert_eq!(dump.lines().count(), 8);
        assert!(
            dump.starts_with("x0/zero  00000000 x1/ra    00000000 x2/sp    7fff0000"),
            "{dump}"
        );
    }

    #[test]
    fn rejects_bad_headers() {
        let good = elf(&EXIT7);
        let err = |f: &dyn Fn(&mut Vec<u8>)| {
            let mut bytes = good.clone();
            f(&mut bytes);
            load_elf(&bytes).expect_err("must be rejected")
        };
        assert_eq!(load_elf(&[]).unwrap_err(), LoadError::TooShort(0));
        assert_eq!(load_elf(&good[..51]).unwrap_err(), LoadError::TooShort(51));
        assert_eq!(err(&|f| f[0] = 0), LoadError::NotElf);
        assert_eq!(err(&|f| f[4] = 2), LoadError::Not32Bit);
        assert_eq!(err(&|f| f[5] = 2), LoadError::NotLittleEndian);
        assert_eq!(err(&|f| set16(f, 18, 62)), LoadError::NotRiscV(62));
        assert_eq!(err(&|f| set16(f, 16, 3)), LoadError::NotExecutable(3));
        assert_eq!(err(&|f| set32(f, 36, 1)), LoadError::Compressed);
        assert_eq!(err(&|f| set32(f, 36, 4)), LoadError::FloatAbi);
        assert!(matches!(
            err(&|f| set32(f, 28, 0xffff_fff0)),
            LoadError::BadProgramHeaders { .. }
        ));
        assert!(matches!(
            err(&|f| set16(f, 42, 16)),
            LoadError::BadProgramHeaders { .. }
        ));
        assert!(matches!(
            err(&|f| set16(f, 44, 0xffff)),
            LoadError::BadProgramHeaders { .. }
        ));
        assert!(matches!(
            err(&|f| set16(f, 44, 1000)),
            LoadError::BadProgramHeaders { .. }
        ));
        assert_eq!(err(&|f| set32(f, PH, 6)), LoadError::NoLoadableSegment);
    }

    #[test]
    fn rejects_bad_segments() {
        let good = elf(&EXIT7);
        let err = |f: &dyn Fn(&mut Vec<u8>)| {
            let mut bytes = good.clone();
            f(&mut bytes);
            load_elf(&bytes).expect_err("must be rejected")
        };
        assert!(matches!(
            err(&|f| set32(f, PH + 4, 0xffff_0000)),
            LoadError::SegmentOutsideFile { .. }
        ));
        assert!(matches!(
            err(&|f| {
                set32(f, PH + 16, 0x1000_0000);
                set32(f, PH + 20, 0x1000_0000);
            }),
            LoadError::SegmentOutsideFile { .. }
        ));
        assert!(matches!(
            err(&|f| set32(f, PH + 20, 4)),
            LoadError::FileSizeExceedsMemSize { .. }
        ));
        assert!(matches!(
            err(&|f| {
                set32(f, PH + 8, 0xffff_f000);
                set32(f, PH + 20, 0x2000);
            }),
            LoadError::SegmentWraps { .. }
        ));
        assert!(matches!(
            err(&|f| set32(f, PH + 8, 0x7fff_0000)),
            LoadError::SegmentOverlapsStack { .. }
        ));
    }

    #[test]
    fn rejects_many_segments_sharing_file_bytes() {
        // 2000 PT_LOADs that all map the same 600 bytes of the file.
        let mut f = elf(&EXIT7);
        let blob_off = f.len() as u32;
        f.extend(vec![0u8; 600]);
        let ph_off = f.len() as u32;
        for k in 0..2000u32 {
            for v in [1, blob_off, 0x100_0000 + k * 0x1000, 0, 600, 600, 4, 0x1000] {
                f.extend(v.to_le_bytes());
            }
        }
        set32(&mut f, 28, ph_off);
        set16(&mut f, 44, 2000);
        assert_eq!(load_elf(&f).unwrap_err(), LoadError::TooMuchData);
        set16(&mut f, 44, 2049); // table over 64 KiB
        assert!(matches!(
            load_elf(&f).unwrap_err(),
            LoadError::BadProgramHeaders { .. }
        ));
    }

    #[test]
    fn huge_bss_is_not_allocated_up_front() {
        let mut f = elf(&EXIT7);
        set32(&mut f, PH + 20, 0x6000_0000); // 1.5 GiB of zero-fill
        let program = load_elf(&f).expect("valid");
        assert_eq!(run(&program, b"", 100).outcome, Outcome::Exited { code: 7 });
    }

    #[test]
    fn broken_symbol_tables_are_ignored() {
        let good = elf(&EXIT7);
        for (off, v) in [(32, 0xffff_fff0u32), (46, 8), (48, 0xffff)] {
            let mut f = good.clone();
            if off == 32 {
                set32(&mut f, off, v)
            } else {
                set16(&mut f, off, v as u16)
            }
            let program = load_elf(&f).expect("symbols are optional");
            assert!(program.symbols().is_empty());
        }
    }

    /// Truncations and single-byte corruptions of a valid file: loading may
    /// fail, but nothing panics, and whatever loads also runs safely.
    #[test]
    fn corrupted_files_never_panic() {
        let good = elf(&EXIT7);
        for len in 0..good.len() {
            let _ = load_elf(&good[..len]);
        }
        let mut seed = 0x1234_5678u32;
        for pos in 0..good.len() {
            for _ in 0..8 {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                let mut f = good.clone();
                f[pos] = seed as u8;
                if let Ok(program) = load_elf(&f) {
                    let _ = run(&program, b"in", 1000);
                    let _ = valida_vm::rv32im::disassemble(&program);
                }
            }
        }
    }
}
