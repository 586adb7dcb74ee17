//! Data memory with the reference VM's model: a map from every u32
//! address to a 32-bit word cell, all zero until written.
//!
//! - A cell at a 4-aligned address holds the four bytes at that address;
//!   LOADU8/LOADS8/STOREU8 (and the byte steps of MEMCPY) read and write
//!   byte `p & 3` (little endian) of the aligned cell `p & !3`.
//! - A cell at an unaligned address is its own word, separate from the
//!   aligned cells around it and from every byte (the reference VM keys its
//!   memory by the address as given).
//!
//! Aligned cells live in one anonymous mapping of 0 .. 0x3C000000 (untouched
//! pages cost nothing and read as zero); unaligned cells, rare in practice,
//! live in a side table. Any access at or above 0x3C000000 is the
//! `address-out-of-range` trap: there the reference VM's `run` (without
//! `--fast`) panics in its range check.

use std::collections::HashMap;

use memmap2::{MmapMut, MmapOptions};

use crate::trap::TrapKind;

/// First address that is not addressable (half the BabyBear prime, as the
/// reference VM's trace-generating mode requires).
pub const MEM_LIMIT: u32 = 0x3C00_0000;

/// The data memory of one run.
pub struct Memory {
    map: MmapMut,
    /// Cells at unaligned addresses (below [`MEM_LIMIT`]).
    unaligned: HashMap<u32, u32>,
}

/// A copyable handle on the memory for the interpreter loop, so the base
/// address stays in a register instead of being reloaded after every
/// store. Valid while the [`Memory`] it came from is alive and not moved
/// out of; the loop borrows the `Memory` mutably for its whole run and does
/// not touch it otherwise while the handle is in use.
#[derive(Clone, Copy)]
pub(crate) struct RawMem {
    base: *mut u8,
    unaligned: *mut HashMap<u32, u32>,
}

impl RawMem {
    pub(crate) fn as_ptr(self) -> *mut u8 {
        self.base
    }

    /// Strict word access (LOAD32/STORE32 pointers and the slots the
    /// reference VM asserts aligned).
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
        unsafe { u32::from_le(self.base.add(at).cast::<u32>().read_unaligned()) }
    }

    /// # Safety
    /// `at + 4 <= MEM_LIMIT`, and the memory is alive.
    #[inline(always)]
    pub unsafe fn write_word_at(self, at: usize, value: u32) {
        // SAFETY: the caller keeps `at + 4` within the mapping.
        unsafe { self.base.add(at).cast::<u32>().write_unaligned(value.to_le()) }
    }

    /// # Safety
    /// `at < MEM_LIMIT`, and the memory is alive.
    #[inline(always)]
    pub unsafe fn read_byte_at(self, at: usize) -> u8 {
        // SAFETY: the caller keeps `at` within the mapping.
        unsafe { self.base.add(at).read() }
    }

    /// # Safety
    /// `at < MEM_LIMIT`, and the memory is alive.
    #[inline(always)]
    pub unsafe fn write_byte_at(self, at: usize, value: u8) {
        // SAFETY: the caller keeps `at` within the mapping.
        unsafe { self.base.add(at).write(value) }
    }

    /// Word at a 4-aligned address; an unaligned one traps.
    ///
    /// # Safety
    /// The memory is alive.
    #[inline(always)]
    pub unsafe fn read_word(self, addr: u32) -> Result<u32, TrapKind> {
        let at = Self::check_word(addr)?;
        // SAFETY: at + 4 <= MEM_LIMIT.
        Ok(unsafe { self.read_word_at(at) })
    }

    /// Word write at a 4-aligned address; an unaligned one traps.
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

    /// The cell at any address (aligned or not).
    ///
    /// # Safety
    /// The memory is alive and not otherwise borrowed.
    #[inline(always)]
    pub unsafe fn read_cell(self, addr: u32) -> Result<u32, TrapKind> {
        if addr < MEM_LIMIT && addr.is_multiple_of(4) {
            // SAFETY: addr + 4 <= MEM_LIMIT.
            Ok(unsafe { self.read_word_at(addr as usize) })
        } else {
            // SAFETY: as for this function.
            unsafe { self.read_unaligned_cell(addr) }
        }
    }

    /// Writes the cell at any address.
    ///
    /// # Safety
    /// The memory is alive and not otherwise borrowed.
    #[inline(always)]
    pub unsafe fn write_cell(self, addr: u32, value: u32) -> Result<(), TrapKind> {
        if addr < MEM_LIMIT && addr.is_multiple_of(4) {
            // SAFETY: addr + 4 <= MEM_LIMIT.
            unsafe { self.write_word_at(addr as usize, value) };
            Ok(())
        } else {
            // SAFETY: as for this function.
            unsafe { self.write_unaligned_cell(addr, value) }
        }
    }

    #[cold]
    #[inline(never)]
    unsafe fn read_unaligned_cell(self, addr: u32) -> Result<u32, TrapKind> {
        if addr >= MEM_LIMIT {
            return Err(TrapKind::AddressOutOfRange);
        }
        // SAFETY: the table is alive and no reference to it is held.
        Ok(unsafe { &*self.unaligned }.get(&addr).copied().unwrap_or(0))
    }

    #[cold]
    #[inline(never)]
    unsafe fn write_unaligned_cell(self, addr: u32, value: u32) -> Result<(), TrapKind> {
        if addr >= MEM_LIMIT {
            return Err(TrapKind::AddressOutOfRange);
        }
        // SAFETY: the table is alive and no other reference to it is held.
        unsafe { &mut *self.unaligned }.insert(addr, value);
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
        Ok(Memory {
            map,
            unaligned: HashMap::new(),
        })
    }

    /// The raw handle for the interpreter loop.
    pub(crate) fn raw(&mut self) -> RawMem {
        RawMem {
            base: self.map.as_mut_ptr(),
            unaligned: &raw mut self.unaligned,
        }
    }

    /// The word cell at `addr`: at an aligned address the four bytes there
    /// (little endian), at an unaligned one its own cell.
    pub fn read_word(&self, addr: u32) -> Result<u32, TrapKind> {
        if addr >= MEM_LIMIT {
            return Err(TrapKind::AddressOutOfRange);
        }
        if !addr.is_multiple_of(4) {
            return Ok(self.unaligned.get(&addr).copied().unwrap_or(0));
        }
        let at = addr as usize;
        let bytes = &self.map[at..at + 4];
        Ok(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    /// Writes the word cell at `addr` (see [`Memory::read_word`]).
    pub fn write_word(&mut self, addr: u32, value: u32) -> Result<(), TrapKind> {
        if addr >= MEM_LIMIT {
            return Err(TrapKind::AddressOutOfRange);
        }
        if !addr.is_multiple_of(4) {
            self.unaligned.insert(addr, value);
            return Ok(());
        }
        let at = addr as usize;
        self.map[at..at + 4].copy_from_slice(&value.to_le_bytes());
        Ok(())
    }

    /// Number of unaligned cells written so far.
    /// Forgets every unaligned cell (a reused machine starts from fresh memory).
    pub(crate) fn clear_unaligned(&mut self) {
        self.unaligned.clear();
    }

    pub fn unaligned_cells(&self) -> usize {
        self.unaligned.len()
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
}
