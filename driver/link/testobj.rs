//! A small writer of ELF32 Valida relocatable objects, used by the linker's
//! tests to build inputs without the LLVM target.

use super::read::EM_VALIDA;

pub const SHT_PROGBITS: u32 = 1;
pub const SHT_NOBITS: u32 = 8;
pub const SHT_INIT_ARRAY: u32 = 14;
pub const SHF_WRITE: u32 = 1;
pub const SHF_ALLOC: u32 = 2;
pub const SHF_EXECINSTR: u32 = 4;

#[derive(Debug, Clone)]
struct Sec {
    name: String,
    typ: u32,
    flags: u32,
    data: Vec<u8>,
    size: u32,
    align: u32,
    relocs: Vec<(u32, u32, String, i32)>,
}

#[derive(Debug, Clone)]
struct Sym {
    name: String,
    /// 0 local, 1 global, 2 weak.
    bind: u8,
    /// 0 notype, 1 object, 2 func.
    typ: u8,
    /// Index into `sections` (0-based), or `None` for undefined.
    section: Option<usize>,
    value: u32,
    size: u32,
}

/// Builder of one relocatable object.
#[derive(Debug, Clone, Default)]
pub struct ObjBuilder {
    sections: Vec<Sec>,
    symbols: Vec<Sym>,
}

/// One 24-byte instruction record.
pub fn instr(op: u32, a: i32, b: i32, c: i32, d: i32, e: i32) -> Vec<u8> {
    let mut v = op.to_le_bytes().to_vec();
    for w in [a, b, c, d, e] {
        v.extend_from_slice(&w.to_le_bytes());
    }
    v
}

impl ObjBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a section and returns its index for [`ObjBuilder::symbol`].
    pub fn section(
        &mut self,
        name: &str,
        typ: u32,
        flags: u32,
        data: Vec<u8>,
        align: u32,
    ) -> usize {
        let size = data.len() as u32;
        self.sections.push(Sec {
            name: name.into(),
            typ,
            flags,
            data,
            size,
            align,
            relocs: Vec::new(),
        });
        self.sections.len() - 1
    }

    pub fn text(&mut self, data: Vec<u8>) -> usize {
        self.section(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, data, 4)
    }

    pub fn data(&mut self, name: &str, data: Vec<u8>) -> usize {
        self.section(name, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, data, 4)
    }

    pub fn bss(&mut self, name: &str, size: u32, align: u32) -> usize {
        let i = self.section(name, SHT_NOBITS, SHF_ALLOC | SHF_WRITE, Vec::new(), align);
        self.sections[i].size = size;
        i
    }

    /// Defines (`section` = Some) or declares a symbol. `bind`: 0 local,
    /// 1 global, 2 weak; `typ`: 0 notype, 1 object, 2 function.
    pub fn symbol(
        &mut self,
        name: &str,
        bind: u8,
        typ: u8,
        section: Option<usize>,
        value: u32,
        size: u32,
    ) -> &mut Self {
        self.symbols.push(Sym {
            name: name.into(),
            bind,
            typ,
            section,
            value,
            size,
        });
        self
    }

    pub fn func(&mut self, name: &str, section: usize, value: u32, size: u32) -> &mut Self {
        self.symbol(name, 1, 2, Some(section), value, size)
    }

    pub fn undefined(&mut self, name: &str) -> &mut Self {
        self.symbol(name, 1, 0, None, 0, 0)
    }

    /// Adds a relocation of `kind` at `offset` of `section` against the symbol `name`.
    pub fn reloc(
        &mut self,
        section: usize,
        offset: u32,
        kind: u32,
        name: &str,
        addend: i32,
    ) -> &mut Self {
        self.sections[section]
            .relocs
            .push((offset, kind, name.into(), addend));
        self
    }

    pub fn build(&self) -> Vec<u8> {
        // Section header table: null, user sections, rela sections, symtab, strtab, shstrtab.
        let mut shstr = vec![0u8];
        let add_str = |tab: &mut Vec<u8>, s: &str| -> u32 {
            let o = tab.len() as u32;
            tab.extend_from_slice(s.as_bytes());
            tab.push(0);
            o
        };
        let mut strtab = vec![0u8];
        // Symbols: null, locals, globals.
        let mut order: Vec<&Sym> = self.symbols.iter().filter(|s| s.bind == 0).collect();
        let nlocal = order.len() + 1;
        order.extend(self.symbols.iter().filter(|s| s.bind != 0));
        let sym_index = |name: &str| -> u32 {
            order
                .iter()
                .position(|s| s.name == name)
                .map_or(0, |p| p as u32 + 1)
        };
        let mut symtab = vec![0u8; 16];
        for s in &order {
            let n = add_str(&mut strtab, &s.name);
            symtab.extend_from_slice(&n.to_le_bytes());
            symtab.extend_from_slice(&s.value.to_le_bytes());
            symtab.extend_from_slice(&s.size.to_le_bytes());
            symtab.push((s.bind << 4) | s.typ);
            symtab.push(0);
            let shndx = s.section.map_or(0u16, |i| i as u16 + 1);
            symtab.extend_from_slice(&shndx.to_le_bytes());
        }

        let mut body: Vec<u8> = Vec::new();
        let base = 52usize;
        let mut headers: Vec<[u32; 10]> = vec![[0; 10]];
        for s in &self.sections {
            while !(base + body.len()).is_multiple_of(4) {
                body.push(0);
            }
            let off = (base + body.len()) as u32;
            if s.typ != SHT_NOBITS {
                body.extend_from_slice(&s.data);
            }
            let n = add_str(&mut shstr, &s.name);
            headers.push([n, s.typ, s.flags, 0, off, s.size, 0, 0, s.align, 0]);
        }
        let nsec = self.sections.len() as u32;
        let rela_count = self
            .sections
            .iter()
            .filter(|s| !s.relocs.is_empty())
            .count() as u32;
        let symtab_idx = 1 + nsec + rela_count;
        for (i, s) in self.sections.iter().enumerate() {
            if s.relocs.is_empty() {
                continue;
            }
            while !(base + body.len()).is_multiple_of(4) {
                body.push(0);
            }
            let off = (base + body.len()) as u32;
            for (offset, kind, name, addend) in &s.relocs {
                body.extend_from_slice(&offset.to_le_bytes());
                let info = (sym_index(name) << 8) | (kind & 0xff);
                body.extend_from_slice(&info.to_le_bytes());
                body.extend_from_slice(&addend.to_le_bytes());
            }
            let n = add_str(&mut shstr, &format!(".rela{}", s.name));
            headers.push([
                n,
                4,
                0,
                0,
                off,
                (s.relocs.len() * 12) as u32,
                symtab_idx,
                i as u32 + 1,
                4,
                12,
            ]);
        }
        while !(base + body.len()).is_multiple_of(4) {
            body.push(0);
        }
        let off = (base + body.len()) as u32;
        body.extend_from_slice(&symtab);
        let n = add_str(&mut shstr, ".symtab");
        headers.push([
            n,
            2,
            0,
            0,
            off,
            symtab.len() as u32,
            symtab_idx + 1,
            nlocal as u32,
            4,
            16,
        ]);
        let off = (base + body.len()) as u32;
        body.extend_from_slice(&strtab);
        let n = add_str(&mut shstr, ".strtab");
        headers.push([n, 3, 0, 0, off, strtab.len() as u32, 0, 0, 1, 0]);
        let n = add_str(&mut shstr, ".shstrtab");
        let off = (base + body.len()) as u32;
        body.extend_from_slice(&shstr);
        headers.push([n, 3, 0, 0, off, shstr.len() as u32, 0, 0, 1, 0]);
        while !(base + body.len()).is_multiple_of(4) {
            body.push(0);
        }
        let shoff = (base + body.len()) as u32;

        let mut out = vec![0x7f, b'E', b'L', b'F', 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        out.extend_from_slice(&1u16.to_le_bytes()); // ET_REL
        out.extend_from_slice(&EM_VALIDA.to_le_bytes());
        out.extend_from_slice(&1u32.to_le_bytes());
        out.extend_from_slice(&0u32.to_le_bytes()); // entry
        out.extend_from_slice(&0u32.to_le_bytes()); // phoff
        out.extend_from_slice(&shoff.to_le_bytes());
        out.extend_from_slice(&0u32.to_le_bytes()); // flags
        out.extend_from_slice(&52u16.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&40u16.to_le_bytes());
        out.extend_from_slice(&(headers.len() as u16).to_le_bytes());
        out.extend_from_slice(&((headers.len() - 1) as u16).to_le_bytes());
        out.extend_from_slice(&body);
        for h in &headers {
            for w in h {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out
    }
}
