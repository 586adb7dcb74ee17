//! Flat byte-addressed data memory, 0 .. 0x3C000000, backed by an anonymous
//! mapping so that untouched pages cost nothing and read as zero.

use memmap2::{MmapMut, MmapOptions};

use crate::trap::TrapKind;

/// First address that is not addressable (half the BabyBear prime, as the
/// reference VM's trace-generating mode requires).
pub const MEM_LIMIT: u32 = 0x3C00_0000;

/// The data memory of one run.
pub struct Memory {
    map: MmapMut,
}

/// A copyable handle on the memory's bytes for the interpreter loop, so the
/// base address stays in a register instead of being reloaded after every
/// store. Valid while the [`Memory`] it came from is alive and not moved
/// out of; the loop borrows the `Memory` mutably for its whole run.
#[derive(Clone, Copy)]
pub(crate) struct RawMem(*mut u8);

impl RawMem {
    pub(crate) fn as_ptr(self) -> *mut u8 {
        self.0
    }

    #[inline(always)]
    fn check_word(addr: u32) -> Result<usize, TrapKind> {
        if addr >= MEM_LIMIT {
            Err(TrapKind::AddressOutOfRange)
        } else if !addr.is_multiple_of(4) {
            Err(TrapKind::MisalignedAccess)
        } else {
            Ok(addr as usize)
        }
    }

    /// # Safety
    /// `at + 4 <= MEM_LIMIT`, and the memory is alive.
    #[inline(always)]
    pub unsafe fn read_word_at(self, at: usize) -> u32 {
        // SAFETY: the caller keeps `at + 4` within the mapping.
        unsafe { u32::from_le(self.0.add(at).cast::<u32>().read_unaligned()) }
    }

    /// # Safety
    /// `at + 4 <= MEM_LIMIT`, and the memory is alive.
    #[inline(always)]
    pub unsafe fn write_word_at(self, at: usize, value: u32) {
        // SAFETY: the caller keeps `at + 4` within the mapping.
        unsafe { self.0.add(at).cast::<u32>().write_unaligned(value.to_le()) }
    }

    /// Checked word read.
    ///
    /// # Safety
    /// The memory is alive.
    #[inline(always)]
    pub unsafe fn read_word(self, addr: u32) -> Result<u32, TrapKind> {
        let at = Self::check_word(addr)?;
        // SAFETY: at + 4 <= MEM_LIMIT.
        Ok(unsafe { self.read_word_at(at) })
    }

    /// Checked word write.
    ///
    /// # Safety
    /// The memory is alive.
    #[inline(always)]
    pub unsafe fn write_word(self, addr: u32, value: u32) -> Result<(), TrapKind> {
        let at = Self::check_word(addr)?;
        // SAFETY: at + 4 <= MEM_LIMIT.
        unsafe { self.write_word_at(at, value) };
        Ok(())
    }

    /// Checked byte read.
    ///
    /// # Safety
    /// The memory is alive.
    #[inline(always)]
    pub unsafe fn read_byte(self, addr: u32) -> Result<u8, TrapKind> {
        if addr >= MEM_LIMIT {
            return Err(TrapKind::AddressOutOfRange);
        }
        // SAFETY: addr < MEM_LIMIT.
        Ok(unsafe { self.0.add(addr as usize).read() })
    }

    /// Checked byte write.
    ///
    /// # Safety
    /// The memory is alive.
    #[inline(always)]
    pub unsafe fn write_byte(self, addr: u32, value: u8) -> Result<(), TrapKind> {
        if addr >= MEM_LIMIT {
            return Err(TrapKind::AddressOutOfRange);
        }
        // SAFETY: addr < MEM_LIMIT.
        unsafe { self.0.add(addr as usize).write(value) };
        Ok(())
    }
}

impl Memory {
    /// Reserves the whole address space; the OS zero-fills pages lazily.
    pub fn new() -> std::io::Result<Memory> {
        let map = MmapOptions::new()
            .len(MEM_LIMIT as usize)
            .no_reserve_swap()
            .map_anon()?;
        Ok(Memory { map })
    }

    /// The raw handle for the interpreter loop.
    pub(crate) fn raw(&mut self) -> RawMem {
        RawMem(self.map.as_mut_ptr())
    }

    /// Reads the little-endian word at a 4-aligned address.
    pub fn read_word(&self, addr: u32) -> Result<u32, TrapKind> {
        let at = RawMem::check_word(addr)?;
        let bytes = &self.map[at..at + 4];
        Ok(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    /// Writes the little-endian word at a 4-aligned address.
    pub fn write_word(&mut self, addr: u32, value: u32) -> Result<(), TrapKind> {
        let at = RawMem::check_word(addr)?;
        self.map[at..at + 4].copy_from_slice(&value.to_le_bytes());
        Ok(())
    }

    pub fn read_byte(&self, addr: u32) -> Result<u8, TrapKind> {
        self.map
            .get(addr as usize)
            .copied()
            .filter(|_| addr < MEM_LIMIT)
            .ok_or(TrapKind::AddressOutOfRange)
    }

    pub fn write_byte(&mut self, addr: u32, value: u8) -> Result<(), TrapKind> {
        match self.map.get_mut(addr as usize) {
            Some(b) if addr < MEM_LIMIT => {
                *b = value;
                Ok(())
            }
            _ => Err(TrapKind::AddressOutOfRange),
        }
    }

    /// The bytes `addr .. addr + len`, if wholly addressable.
    pub fn slice(&self, addr: u32, len: u32) -> Result<&[u8], TrapKind> {
        let end = addr
            .checked_add(len)
            .filter(|&e| e <= MEM_LIMIT)
            .ok_or(TrapKind::AddressOutOfRange)?;
        Ok(&self.map[addr as usize..end as usize])
    }

    /// Mutable bytes `addr .. addr + len`, if wholly addressable.
    pub fn slice_mut(&mut self, addr: u32, len: u32) -> Result<&mut [u8], TrapKind> {
        let end = addr
            .checked_add(len)
            .filter(|&e| e <= MEM_LIMIT)
            .ok_or(TrapKind::AddressOutOfRange)?;
        Ok(&mut self.map[addr as usize..end as usize])
    }

    /// Copies `len` bytes from `src` to `dst` one byte at a time, front to
    /// back (the reference VM does not handle overlap either).
    pub fn copy_forward(&mut self, dst: u32, src: u32, len: u32) -> Result<(), TrapKind> {
        self.slice(src, len)?;
        self.slice(dst, len)?;
        let (dst, src, len) = (dst as usize, src as usize, len as usize);
        if dst <= src || dst >= src + len {
            // No harmful overlap: a memmove gives the same bytes as a forward loop.
            self.map.copy_within(src..src + len, dst);
        } else {
            for i in 0..len {
                self.map[dst + i] = self.map[src + i];
            }
        }
        Ok(())
    }
}
