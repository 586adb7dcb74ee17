//! Writes minimal ELF32 RISC-V executables for tests that need no compiler.

#![allow(dead_code)]

/// One `PT_LOAD`: virtual address, `p_flags` (R=4, W=2, X=1), file bytes
/// and memory size (≥ `data.len()`).
pub struct Load<'a> {
    pub vaddr: u32,
    pub flags: u32,
    pub data: &'a [u8],
    pub mem_size: u32,
}

/// An `ET_EXEC` file with the given segments (no section headers).
pub fn executable(entry: u32, loads: &[Load<'_>]) -> Vec<u8> {
    let phoff = 52u32;
    let mut offset = phoff + 32 * loads.len() as u32;
    let mut f = Vec::new();
    f.extend([0x7f, b'E', b'L', b'F', 1, 1, 1, 0]);
    f.extend([0; 8]);
    f.extend(2u16.to_le_bytes()); // ET_EXEC
    f.extend(243u16.to_le_bytes()); // EM_RISCV
    f.extend(1u32.to_le_bytes());
    f.extend(entry.to_le_bytes());
    f.extend(phoff.to_le_bytes());
    f.extend(0u32.to_le_bytes()); // no section headers
    f.extend(0u32.to_le_bytes()); // flags
    f.extend(52u16.to_le_bytes());
    f.extend(32u16.to_le_bytes());
    f.extend((loads.len() as u16).to_le_bytes());
    f.extend(40u16.to_le_bytes());
    f.extend(0u16.to_le_bytes());
    f.extend(0u16.to_le_bytes());
    let mut offsets = Vec::new();
    for load in loads {
        // keep p_offset ≡ p_vaddr (mod page size), as Linux requires
        let pad = (load.vaddr.wrapping_sub(offset)) & 0xfff;
        offset += pad;
        offsets.push(offset);
        offset += load.data.len() as u32;
    }
    for (load, &off) in loads.iter().zip(&offsets) {
        for v in [
            1,
            off,
            load.vaddr,
            load.vaddr,
            load.data.len() as u32,
            load.mem_size,
            load.flags,
            0x1000,
        ] {
            f.extend(v.to_le_bytes());
        }
    }
    for (load, &off) in loads.iter().zip(&offsets) {
        f.resize(off as usize, 0);
        f.extend(load.data);
    }
    f
}
