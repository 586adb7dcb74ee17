//! Code for `valida run --profile` on compiled code (`crate::profile::fast`
//! keeps the data it reads and explains the design).
//!
//! A node record is `[func | index << 32, counters.., children..]` (u64
//! words): a block counts its entries in the record of the current node
//! (`Ctx::node`), after checking that the node is a call of the block's
//! function. A call whose child node is cached in the caller's record
//! pushes it on the shadow stack (`Ctx::sp`) inline, and so does a call
//! through a pointer (JALV) to the target cached for its site; a return
//! pops the frames below the new fp inline. Anything else — a first call from a
//! site or to another target, fp landing outside the known frames, a
//! full stack — leaves compiled code *after* the transfer with reason
//! [`EVENT`], the old fp in `Ctx::prev_fp` and the transfer's index in
//! `Ctx::site`, for the profiler to do in Rust exactly what it does for
//! an interpreted transfer.

use dynasmrt::{DynamicLabel, DynasmApi, DynasmLabelApi, dynasm};

use super::Gen;

/// (target index, child) pairs cached per JALV site, newest first.
pub const POINTER_WAYS: usize = 4;

/// `Ctx::reason` of an exit after a call or return the profiler must see.
pub const EVENT: u64 = 2;

pub(super) const CTX_NODE: i32 = 56;
pub(super) const CTX_SP: i32 = 64;
pub(super) const CTX_SP_BASE: i32 = 72;
pub(super) const CTX_SP_END: i32 = 80;
pub(super) const CTX_NODES: i32 = 88;
pub(super) const CTX_PREV_FP: i32 = 96;
pub(super) const CTX_SITE: i32 = 104;

/// Byte offsets inside a shadow-stack entry (`crate::profile::Entry`).
const ENTRY_NODE: i32 = 0;
const ENTRY_OUTER: i32 = 4;
const ENTRY_INNER: i32 = 8;
const ENTRY_BYTES: i32 = 16;

impl Gen<'_> {
    /// At a block's entry, after its budget was taken: leaves to `out`
    /// (which gives the budget back) unless the current node is a call of
    /// the block's function.
    pub(super) fn profile_check(&mut self, id: usize, out: DynamicLabel) {
        let Some(hooks) = self.profile else { return };
        let func = hooks.block[id].0 as i32;
        dynasm!(self.ops
            ; .arch x64
            ; mov rax, [r14 + CTX_NODE]
            ; cmp DWORD [rax], func
            ; jne =>out
        );
    }

    /// Counts an entry of block `id` in the current node's record; false
    /// when not profiling.
    pub(super) fn profile_count(&mut self, id: usize) -> bool {
        let Some(hooks) = self.profile else {
            return false;
        };
        let at = hooks.block[id].1;
        dynasm!(self.ops
            ; .arch x64
            ; mov rax, [r14 + CTX_NODE]
            ; add QWORD [rax + at], 1
        );
        true
    }

    /// Before a JAL or JALV moves fp: keeps the old one for an event.
    pub(super) fn profile_save_fp(&mut self) {
        if self.profile.is_some() {
            dynasm!(self.ops ; .arch x64 ; mov [r14 + CTX_PREV_FP], r12);
        }
    }

    /// After JAL `i` (`a`, fp += `c`, to instruction `t`) moved fp: the
    /// inline push for a call whose child is cached. Returns true if it
    /// left compiled code unconditionally (nothing may follow).
    pub(super) fn profile_call(&mut self, i: usize, a: i32, c: i32, t: usize) -> bool {
        let Some(hooks) = self.profile else {
            return false;
        };
        if c == 0 {
            // A jump: no frame changes.
            return false;
        }
        let slot = hooks.child.get(i).copied().flatten();
        let Some(slot) = slot.filter(|_| a == c && c < 0) else {
            self.profile_event(i, Some(t));
            return true;
        };
        let event = self.ops.new_dynamic_label();
        dynasm!(self.ops
            ; .arch x64
            ; mov rax, [r14 + CTX_NODE]
            ; mov rdx, [rax + slot]
            ; test rdx, rdx
            ; jz =>event
            ; mov rcx, [r14 + CTX_SP]
            ; cmp rdx, rax
            ; je >same
            ; cmp rcx, [r14 + CTX_SP_END]
            ; jae =>event
            ; add rcx, ENTRY_BYTES
            ; mov eax, [rdx + 4]
            ; mov [rcx + ENTRY_NODE], eax
            ; mov [rcx + ENTRY_OUTER], r12d
            ; mov [rcx + ENTRY_INNER], r12d
            ; mov [r14 + CTX_SP], rcx
            ; mov [r14 + CTX_NODE], rdx
            ; jmp >pushed
            ; same:
            ; mov [rcx + ENTRY_INNER], r12d
            ; jmp >pushed
            ; =>event
        );
        self.profile_event(i, Some(t));
        dynasm!(self.ops ; .arch x64 ; pushed:);
        false
    }

    /// After JALV `i` moved fp, with the target's instruction index in
    /// rax (kept) and the fp change in edx: nothing if fp stayed, the
    /// inline pop if it rose, the inline push if it is a call from this
    /// site to the same target as the one cached, an event otherwise.
    /// Clobbers rcx, rdx, rsi, rdi.
    pub(super) fn profile_return(&mut self, i: usize) {
        let Some(hooks) = self.profile else { return };
        let slot = hooks.child.get(i).copied().flatten();
        let a = self.insts[i].a;
        let event = self.ops.new_dynamic_label();
        dynasm!(self.ops
            ; .arch x64
            ; cmp r12d, [r14 + CTX_PREV_FP]
            ; je >popped
            ; jb >called
            ; mov rcx, [r14 + CTX_SP]
            ; mov rdi, [r14 + CTX_SP_BASE]
            ; unwind:
            ; cmp rcx, rdi
            ; jbe >top
            ; cmp [rcx + ENTRY_OUTER], r12d
            ; jae >top
            ; sub rcx, ENTRY_BYTES
            ; jmp <unwind
            ; top:
            ; cmp [rcx + ENTRY_INNER], r12d
            ; ja =>event
            ; cmp [rcx + ENTRY_OUTER], r12d
            ; jb =>event
            ; mov [rcx + ENTRY_INNER], r12d
            ; mov [r14 + CTX_SP], rcx
            ; mov esi, [rcx + ENTRY_NODE]
            ; mov rdi, [r14 + CTX_NODES]
            ; mov rsi, [rdi + rsi * 8]
            ; mov [r14 + CTX_NODE], rsi
            ; jmp >popped
            ; called:
        );
        match slot {
            // A call writes its return address at 0(new fp) only when
            // the fp change equals the return-address slot.
            Some(slot) => {
                let hit = self.ops.new_dynamic_label();
                dynasm!(self.ops
                    ; .arch x64
                    ; cmp edx, a
                    ; jne =>event
                    ; mov rsi, [r14 + CTX_NODE]
                );
                for way in 0..POINTER_WAYS as i32 {
                    let at = slot + 16 * way;
                    dynasm!(self.ops
                        ; .arch x64
                        ; mov rdx, [rsi + at + 8]
                        ; cmp rax, [rsi + at]
                        ; je =>hit
                    );
                }
                dynasm!(self.ops
                ; .arch x64
                ; jmp =>event
                ; =>hit
                ; test rdx, rdx
                ; jz =>event
                ; mov rcx, [r14 + CTX_SP]
                ; cmp rdx, rsi
                ; je >same
                ; cmp rcx, [r14 + CTX_SP_END]
                ; jae =>event
                ; add rcx, ENTRY_BYTES
                ; mov edi, [rdx + 4]
                ; mov [rcx + ENTRY_NODE], edi
                ; mov [rcx + ENTRY_OUTER], r12d
                ; mov [rcx + ENTRY_INNER], r12d
                ; mov [r14 + CTX_SP], rcx
                ; mov [r14 + CTX_NODE], rdx
                ; jmp >popped
                ; same:
                ; mov [rcx + ENTRY_INNER], r12d
                ; jmp >popped
                );
            }
            None => dynasm!(self.ops ; .arch x64 ; jmp =>event),
        }
        dynasm!(self.ops
            ; .arch x64
            ; =>event
            ; mov ecx, eax
        );
        self.profile_event(i, None);
        dynasm!(self.ops ; .arch x64 ; popped:);
    }

    /// Leaves after transfer `i` to the instruction index `t` (or the one
    /// in ecx).
    fn profile_event(&mut self, i: usize, t: Option<usize>) {
        let site = i as u32 as i32;
        if let Some(t) = t {
            let t = t as u32 as i32;
            dynasm!(self.ops ; .arch x64 ; mov ecx, t);
        }
        dynasm!(self.ops
            ; .arch x64
            ; mov DWORD [r14 + CTX_SITE], site
            ; mov eax, EVENT as i32
            ; jmp ->exit
        );
    }
}
