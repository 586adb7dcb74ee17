//! Guest memory: the whole 4 GiB address space as 4 KiB pages, allocated on
//! first touch. Only pages inside a mapped region (ELF segments, the stack,
//! the brk heap) can be touched; everything else faults, as it would under
//! Linux. Text pages are not writable, which also keeps the pre-decoded code
//! in step with memory.
//!
//! Misaligned accesses are allowed (as `qemu-riscv32` allows them) and are
//! little-endian like every other access.

pub const PAGE_BITS: u32 = 12;
pub const PAGE_SIZE: usize = 1 << PAGE_BITS;
const PAGE_MASK: u32 = (1 << PAGE_BITS) - 1;
/// The page table has two levels of 1024 entries: creating a memory costs
/// one 8 KiB allocation, and dropping it visits only the used second levels.
const LEVEL_BITS: u32 = 10;
const LEVEL_SIZE: usize = 1 << LEVEL_BITS;

type Leaf = [Option<Box<Page>>; LEVEL_SIZE];

struct PageTable {
    root: Box<[Option<Box<Leaf>>; LEVEL_SIZE]>,
}

impl PageTable {
    fn new() -> Self {
        PageTable {
            root: Box::new([const { None }; LEVEL_SIZE]),
        }
    }

    #[inline(always)]
    fn split(index: u32) -> (usize, usize) {
        (
            (index >> LEVEL_BITS) as usize % LEVEL_SIZE,
            index as usize % LEVEL_SIZE,
        )
    }

    #[inline(always)]
    fn get(&self, index: u32) -> Option<&Page> {
        let (hi, lo) = Self::split(index);
        self.root[hi].as_ref()?[lo].as_deref()
    }

    #[inline(always)]
    fn get_mut(&mut self, index: u32) -> Option<&mut Page> {
        let (hi, lo) = Self::split(index);
        self.root[hi].as_mut()?[lo].as_deref_mut()
    }

    fn insert(&mut self, index: u32, page: Box<Page>) {
        let (hi, lo) = Self::split(index);
        let leaf = self.root[hi].get_or_insert_with(|| Box::new([const { None }; LEVEL_SIZE]));
        leaf[lo] = Some(page);
    }
}

/// Access permissions of a region, as ELF `p_flags` bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Perm(u8);

impl Perm {
    pub const X: Perm = Perm(1);
    pub const W: Perm = Perm(2);
    pub const R: Perm = Perm(4);
    pub const RW: Perm = Perm(6);
    pub const RX: Perm = Perm(5);

    pub const fn from_elf_flags(flags: u32) -> Perm {
        Perm((flags & 7) as u8)
    }
    pub const fn union(self, other: Perm) -> Perm {
        Perm(self.0 | other.0)
    }
    pub const fn contains(self, other: Perm) -> bool {
        self.0 & other.0 == other.0
    }
}

/// What a faulting access tried to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
    Execute,
}

/// A failed access: the first faulting byte address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fault {
    pub addr: u32,
    pub access: Access,
}

#[derive(Clone)]
struct Page {
    writable: bool,
    executable: bool,
    data: [u8; PAGE_SIZE],
}

/// A mapped address range, page-granular: `[start_page, end_page)`.
#[derive(Debug, Clone, Copy)]
struct Region {
    start_page: u32,
    end_page: u32,
    perm: Perm,
}

pub struct Memory {
    pages: PageTable,
    regions: Vec<Region>,
    /// Number of pages that have been allocated (for statistics).
    resident: usize,
}

impl Default for Memory {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Memory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Memory")
            .field("regions", &self.regions)
            .field("resident_pages", &self.resident)
            .finish()
    }
}

impl Memory {
    pub fn new() -> Self {
        Memory {
            pages: PageTable::new(),
            regions: Vec::new(),
            resident: 0,
        }
    }

    /// Maps `[start, start + len)` (rounded out to whole pages) with `perm`.
    /// Pages shared with an existing region get the union of permissions.
    pub fn map(&mut self, start: u32, len: u64, perm: Perm) {
        if len == 0 {
            return;
        }
        let start_page = start >> PAGE_BITS;
        let end = (u64::from(start) + len).min(1 << 32);
        let end_page = end.div_ceil(PAGE_SIZE as u64) as u32;
        // Growing an existing region (the brk heap) extends it in place.
        match self
            .regions
            .iter_mut()
            .find(|r| r.perm == perm && r.start_page <= start_page && start_page <= r.end_page)
        {
            Some(r) => r.end_page = r.end_page.max(end_page),
            None => self.regions.push(Region {
                start_page,
                end_page,
                perm,
            }),
        }
        // Already allocated pages pick up the new permissions.
        for page in start_page..end_page {
            if let Some(p) = self.pages.get_mut(page) {
                p.writable |= perm.contains(Perm::W);
                p.executable |= perm.contains(Perm::X);
            }
        }
    }

    /// Total bytes of pages allocated so far.
    pub fn resident_bytes(&self) -> usize {
        self.resident * PAGE_SIZE
    }

    fn perm_of(&self, page: u32) -> Option<Perm> {
        self.regions
            .iter()
            .filter(|r| r.start_page <= page && page < r.end_page)
            .map(|r| r.perm)
            .reduce(Perm::union)
    }

    /// The page holding `addr`, allocating it if it is mapped.
    fn page(&mut self, addr: u32) -> Option<&mut Page> {
        let index = addr >> PAGE_BITS;
        if self.pages.get(index).is_none() {
            let perm = self.perm_of(index)?;
            self.pages.insert(
                index,
                Box::new(Page {
                    writable: perm.contains(Perm::W),
                    executable: perm.contains(Perm::X),
                    data: [0; PAGE_SIZE],
                }),
            );
            self.resident += 1;
        }
        self.pages.get_mut(index)
    }

    /// Whether every byte of `[addr, addr + len)` is mapped and allows `access`.
    /// Returns the first bad address otherwise.
    pub fn check(&self, addr: u32, len: u32, access: Access) -> Result<(), Fault> {
        if len == 0 {
            return Ok(());
        }
        let last = u64::from(addr) + u64::from(len) - 1;
        if last > u64::from(u32::MAX) {
            return Err(Fault { addr: 0, access });
        }
        let first_page = addr >> PAGE_BITS;
        let last_page = (last as u32) >> PAGE_BITS;
        for page in first_page..=last_page {
            let ok = match self.pages.get(page) {
                Some(p) => match access {
                    Access::Read => true,
                    Access::Write => p.writable,
                    Access::Execute => p.executable,
                },
                None => self.perm_of(page).is_some_and(|perm| match access {
                    Access::Read => true,
                    Access::Write => perm.contains(Perm::W),
                    Access::Execute => perm.contains(Perm::X),
                }),
            };
            if !ok {
                let bad = (page << PAGE_BITS).max(addr);
                return Err(Fault { addr: bad, access });
            }
        }
        Ok(())
    }

    // ---- byte-wise slow paths ----------------------------------------------

    fn read_byte(&mut self, addr: u32) -> Result<u8, Fault> {
        match self.page(addr) {
            Some(p) => Ok(p.data[(addr & PAGE_MASK) as usize]),
            None => Err(Fault {
                addr,
                access: Access::Read,
            }),
        }
    }

    fn write_byte(&mut self, addr: u32, value: u8) -> Result<(), Fault> {
        match self.page(addr) {
            Some(p) if p.writable => {
                p.data[(addr & PAGE_MASK) as usize] = value;
                Ok(())
            }
            _ => Err(Fault {
                addr,
                access: Access::Write,
            }),
        }
    }

    #[cold]
    fn load_slow<const N: usize>(&mut self, addr: u32) -> Result<[u8; N], Fault> {
        let mut bytes = [0; N];
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = self.read_byte(addr.wrapping_add(i as u32))?;
        }
        Ok(bytes)
    }

    #[cold]
    fn store_slow<const N: usize>(&mut self, addr: u32, bytes: [u8; N]) -> Result<(), Fault> {
        // Check first so that a faulting store writes nothing.
        for i in 0..N {
            let a = addr.wrapping_add(i as u32);
            match self.page(a) {
                Some(p) if p.writable => {}
                _ => {
                    return Err(Fault {
                        addr: a,
                        access: Access::Write,
                    });
                }
            }
        }
        for (i, b) in bytes.into_iter().enumerate() {
            self.write_byte(addr.wrapping_add(i as u32), b)?;
        }
        Ok(())
    }

    // ---- fast paths ----------------------------------------------------------

    #[inline(always)]
    fn load<const N: usize>(&mut self, addr: u32) -> Result<[u8; N], Fault> {
        let off = (addr & PAGE_MASK) as usize;
        if off + N <= PAGE_SIZE
            && let Some(page) = self.pages.get(addr >> PAGE_BITS)
        {
            let mut bytes = [0; N];
            bytes.copy_from_slice(&page.data[off..off + N]);
            return Ok(bytes);
        }
        self.load_slow(addr)
    }

    #[inline(always)]
    fn store<const N: usize>(&mut self, addr: u32, bytes: [u8; N]) -> Result<(), Fault> {
        let off = (addr & PAGE_MASK) as usize;
        if off + N <= PAGE_SIZE
            && let Some(page) = self.pages.get_mut(addr >> PAGE_BITS)
            && page.writable
        {
            page.data[off..off + N].copy_from_slice(&bytes);
            return Ok(());
        }
        self.store_slow(addr, bytes)
    }

    #[inline(always)]
    pub fn load_u8(&mut self, addr: u32) -> Result<u8, Fault> {
        self.load::<1>(addr).map(|b| b[0])
    }

    #[inline(always)]
    pub fn load_u16(&mut self, addr: u32) -> Result<u16, Fault> {
        self.load::<2>(addr).map(u16::from_le_bytes)
    }

    #[inline(always)]
    pub fn load_u32(&mut self, addr: u32) -> Result<u32, Fault> {
        self.load::<4>(addr).map(u32::from_le_bytes)
    }

    #[inline(always)]
    pub fn store_u8(&mut self, addr: u32, value: u8) -> Result<(), Fault> {
        self.store(addr, [value])
    }

    #[inline(always)]
    pub fn store_u16(&mut self, addr: u32, value: u16) -> Result<(), Fault> {
        self.store(addr, value.to_le_bytes())
    }

    #[inline(always)]
    pub fn store_u32(&mut self, addr: u32, value: u32) -> Result<(), Fault> {
        self.store(addr, value.to_le_bytes())
    }

    /// Instruction fetch: the word at `addr` if its page is executable.
    pub fn fetch(&mut self, addr: u32) -> Result<u32, Fault> {
        self.check(addr, 4, Access::Execute)?;
        self.load_u32(addr).map_err(|f| Fault {
            access: Access::Execute,
            ..f
        })
    }

    /// Reads `[addr, addr + len)` into `out`, or nothing if any byte faults.
    pub fn read_into(&mut self, addr: u32, len: u32, out: &mut Vec<u8>) -> Result<(), Fault> {
        self.check(addr, len, Access::Read)?;
        let mut addr = addr;
        let mut left = len as usize;
        while left > 0 {
            let off = (addr & PAGE_MASK) as usize;
            let n = left.min(PAGE_SIZE - off);
            match self.page(addr) {
                Some(p) => out.extend_from_slice(&p.data[off..off + n]),
                None => {
                    return Err(Fault {
                        addr,
                        access: Access::Read,
                    });
                }
            }
            addr = addr.wrapping_add(n as u32);
            left -= n;
        }
        Ok(())
    }

    /// Writes `bytes` at `addr` honouring write permission; nothing is
    /// written if any byte faults.
    pub fn write_from(&mut self, addr: u32, bytes: &[u8]) -> Result<(), Fault> {
        let len = u32::try_from(bytes.len()).map_err(|_| Fault {
            addr,
            access: Access::Write,
        })?;
        self.check(addr, len, Access::Write)?;
        self.copy_in(addr, bytes, false)
    }

    /// Loader access: writes `bytes` at `addr` into mapped pages regardless
    /// of write permission.
    pub fn poke(&mut self, addr: u32, bytes: &[u8]) -> Result<(), Fault> {
        self.copy_in(addr, bytes, true)
    }

    fn copy_in(&mut self, addr: u32, bytes: &[u8], privileged: bool) -> Result<(), Fault> {
        let mut addr = addr;
        let mut rest = bytes;
        while !rest.is_empty() {
            let off = (addr & PAGE_MASK) as usize;
            let n = rest.len().min(PAGE_SIZE - off);
            match self.page(addr) {
                Some(p) if privileged || p.writable => {
                    p.data[off..off + n].copy_from_slice(&rest[..n]);
                }
                _ => {
                    return Err(Fault {
                        addr,
                        access: Access::Write,
                    });
                }
            }
            addr = addr.wrapping_add(n as u32);
            rest = &rest[n..];
        }
        Ok(())
    }

    /// Reads a word without faulting or allocating (for trap reports).
    pub fn peek_u32(&self, addr: u32) -> Option<u32> {
        let mut bytes = [0u8; 4];
        for (i, b) in bytes.iter_mut().enumerate() {
            let a = addr.checked_add(i as u32)?;
            *b = match self.pages.get(a >> PAGE_BITS) {
                Some(p) => p.data[(a & PAGE_MASK) as usize],
                None => {
                    self.perm_of(a >> PAGE_BITS)?;
                    0
                }
            };
        }
        Some(u32::from_le_bytes(bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unmapped_faults() {
        let mut m = Memory::new();
        assert_eq!(
            m.load_u32(0),
            Err(Fault {
                addr: 0,
                access: Access::Read
            })
        );
        assert_eq!(
            m.store_u8(0x1000, 1),
            Err(Fault {
                addr: 0x1000,
                access: Access::Write
            })
        );
    }

    #[test]
    fn lazily_zero_and_little_endian() {
        let mut m = Memory::new();
        m.map(0x1_0000, 0x2000, Perm::RW);
        assert_eq!(m.load_u32(0x1_0ffc), Ok(0));
        m.store_u32(0x1_0ffe, 0x4433_2211).unwrap();
        assert_eq!(m.load_u8(0x1_0ffe), Ok(0x11));
        assert_eq!(m.load_u16(0x1_0fff), Ok(0x3322));
        assert_eq!(m.load_u32(0x1_0ffe), Ok(0x4433_2211));
    }

    #[test]
    fn read_only_pages_reject_stores_atomically() {
        let mut m = Memory::new();
        m.map(0x1000, 0x1000, Perm::RX);
        m.map(0x2000, 0x1000, Perm::RW);
        m.poke(0x1ffc, &[1, 2, 3, 4]).unwrap();
        assert_eq!(
            m.store_u32(0x1ffe, 0),
            Err(Fault {
                addr: 0x1ffe,
                access: Access::Write
            })
        );
        assert_eq!(m.load_u32(0x1ffc), Ok(0x0403_0201));
        assert_eq!(m.load_u16(0x2000), Ok(0));
        assert_eq!(m.fetch(0x1ffc), Ok(0x0403_0201));
        assert_eq!(
            m.fetch(0x2000),
            Err(Fault {
                addr: 0x2000,
                access: Access::Execute
            })
        );
    }

    #[test]
    fn wraparound_faults() {
        let mut m = Memory::new();
        m.map(0xffff_f000, 0x1000, Perm::RW);
        assert!(m.load_u32(0xffff_fffe).is_err());
        assert!(m.check(0xffff_fff0, 0x20, Access::Read).is_err());
        assert_eq!(m.load_u16(0xffff_fffe), Ok(0));
    }
}
