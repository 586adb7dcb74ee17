//! The global allocator: the C runtime's `malloc` family (8-aligned blocks;
//! larger alignments through `aligned_alloc`).

use core::alloc::{GlobalAlloc, Layout};

use crate::sys;

/// Alignment every `malloc` block has.
const MALLOC_ALIGN: usize = 8;

/// The allocator `valida_lang` installs as `#[global_allocator]`.
pub struct ValidaAlloc;

unsafe impl GlobalAlloc for ValidaAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: plain C allocation calls; a null result is passed through.
        unsafe {
            if layout.align() <= MALLOC_ALIGN {
                sys::malloc(layout.size())
            } else {
                // aligned_alloc wants a size that is a multiple of the alignment.
                let size = layout.size().next_multiple_of(layout.align());
                sys::aligned_alloc(layout.align(), size)
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= MALLOC_ALIGN {
            // SAFETY: as above.
            unsafe { sys::calloc(1, layout.size()) }
        } else {
            // SAFETY: `alloc` returns null or a block of `layout.size()` bytes.
            unsafe {
                let p = self.alloc(layout);
                if !p.is_null() {
                    core::ptr::write_bytes(p, 0, layout.size());
                }
                p
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator.
        unsafe { sys::free(ptr) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`.
        unsafe {
            if layout.align() <= MALLOC_ALIGN {
                sys::realloc(ptr, new_size)
            } else {
                let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
                let p = self.alloc(new_layout);
                if !p.is_null() {
                    core::ptr::copy_nonoverlapping(ptr, p, layout.size().min(new_size));
                    sys::free(ptr);
                }
                p
            }
        }
    }
}
