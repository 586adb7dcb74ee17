//! The ELF writer shared by the assembler and the linker: what it lays out
//! is what goblin (and the VM's loader) read back.

use goblin::elf::Elf;
use valida_vm::elf_writer::{
    EM_VALIDA, Executable, PF_R, PF_W, PF_X, Placement, SHF_ALLOC, SHF_WRITE, SHT_NOBITS,
    SHT_PROGBITS, STB_GLOBAL, STB_LOCAL, STT_FUNC, STT_OBJECT, Section, Segment, Symbol,
};

fn example<'a>(text: &'a [u8], data: &'a [u8], debug: &'a [u8]) -> Executable<'a> {
    let section = |name, kind, flags, addr, size, placement| Section {
        name,
        kind,
        flags,
        addr,
        size,
        align: 4,
        entsize: 0,
        placement,
    };
    Executable {
        segments: vec![
            Segment {
                vaddr: 0,
                bytes: text,
                mem_size: text.len() as u32,
                flags: PF_R | PF_X,
                loaded: true,
            },
            Segment {
                vaddr: 0x10000,
                bytes: data,
                mem_size: data.len() as u32 + 16,
                flags: PF_R | PF_W,
                loaded: true,
            },
            // An empty image: laid out, no program header.
            Segment {
                vaddr: 0x20000,
                bytes: &[],
                mem_size: 0,
                flags: PF_R,
                loaded: false,
            },
        ],
        sections: vec![
            section(
                ".text",
                SHT_PROGBITS,
                SHF_ALLOC,
                0,
                text.len() as u32,
                Placement::InSegment {
                    segment: 0,
                    offset: 0,
                },
            ),
            section(
                ".data",
                SHT_PROGBITS,
                SHF_ALLOC | SHF_WRITE,
                0x10004,
                4,
                Placement::InSegment {
                    segment: 1,
                    offset: 4,
                },
            ),
            section(
                ".bss",
                SHT_NOBITS,
                SHF_ALLOC | SHF_WRITE,
                0x10008,
                16,
                Placement::AfterSegment { segment: 1 },
            ),
            section(
                ".debug_line",
                SHT_PROGBITS,
                0,
                0,
                debug.len() as u32,
                Placement::Own(debug),
            ),
        ],
        symbols: vec![
            Symbol {
                name: "main",
                value: 24,
                size: 48,
                bind: STB_GLOBAL,
                kind: STT_FUNC,
                section: Some(0),
            },
            Symbol {
                name: "counter",
                value: 0x10008,
                size: 4,
                bind: STB_LOCAL,
                kind: STT_OBJECT,
                section: Some(2),
            },
            Symbol {
                name: "__end",
                value: 0x10018,
                size: 0,
                bind: STB_GLOBAL,
                kind: 0,
                section: None,
            },
        ],
    }
}

#[test]
fn segments_sections_and_symbols_read_back() {
    let text = [7u8; 48];
    let data = [1u8, 2, 3, 4, 5, 6, 7, 8];
    let debug = [9u8; 5];
    let bytes = example(&text, &data, &debug).to_bytes();
    let elf = Elf::parse(&bytes).expect("goblin parses it");
    assert_eq!(elf.header.e_machine, EM_VALIDA);
    assert_eq!(elf.header.e_entry, 0);

    // Two program headers: the unloaded segment has none.
    let loads: Vec<_> = elf.program_headers.iter().collect();
    assert_eq!(loads.len(), 2);
    let (code, image) = (loads[0], loads[1]);
    assert_eq!((code.p_vaddr, code.p_filesz, code.p_flags), (0, 48, PF_R | PF_X));
    assert_eq!(&bytes[code.p_offset as usize..][..48], &text);
    assert_eq!(
        (image.p_paddr, image.p_filesz, image.p_memsz),
        (0x10000, 8, 24)
    );
    assert_eq!(&bytes[image.p_offset as usize..][..8], &data);
    assert_eq!(image.p_offset % 4, 0);

    // Section contents sit where their headers say.
    let named = |name: &str| {
        elf.section_headers
            .iter()
            .find(|h| elf.shdr_strtab.get_at(h.sh_name) == Some(name))
            .unwrap_or_else(|| panic!("no section {name}"))
    };
    let dat = named(".data");
    assert_eq!(&bytes[dat.sh_offset as usize..][..4], &data[4..]);
    assert_eq!(named(".bss").sh_offset, image.p_offset + 8);
    let line = named(".debug_line");
    assert_eq!(&bytes[line.sh_offset as usize..][..5], &debug);

    // Locals first; sh_info is the first global; section indices count
    // the null header.
    let syms: Vec<_> = elf.syms.iter().collect();
    let name = |i: usize| elf.strtab.get_at(syms[i].st_name).unwrap_or("");
    assert_eq!(
        (1..syms.len()).map(name).collect::<Vec<_>>(),
        ["counter", "main", "__end"]
    );
    let symtab = named(".symtab");
    assert_eq!(symtab.sh_info, 2);
    assert_eq!(syms[1].st_shndx, 3);
    assert_eq!(syms[2].st_shndx, 1);
    assert_eq!(syms[3].st_shndx, 0xFFF1);
}

#[test]
fn streaming_writes_the_same_bytes() {
    let text = [3u8; 24];
    let data = vec![0x80u8; 100_003];
    let exe = example(&text, &data, b"abc");
    let mut streamed = Vec::new();
    exe.write_to(&mut streamed).expect("writes to a Vec");
    assert_eq!(streamed, exe.to_bytes());
}
