//! ECALL with the Linux riscv32 system-call convention: number in a7,
//! arguments in a0..a5, result (or -errno) in a0.

use super::memory::{Memory, Perm};

pub const SYS_READ: u32 = 63;
pub const SYS_WRITE: u32 = 64;
pub const SYS_EXIT: u32 = 93;
pub const SYS_EXIT_GROUP: u32 = 94;
pub const SYS_BRK: u32 = 214;

const EBADF: i32 = 9;
const EFAULT: i32 = 14;

const A0: usize = 10;
const A1: usize = 11;
const A2: usize = 12;
const A7: usize = 17;

/// Host side of the guest's I/O: its stdin bytes and what it printed.
#[derive(Debug, Clone, Default)]
pub struct Io {
    pub input: Vec<u8>,
    pub input_pos: usize,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Everything written to fds 1 and 2, in order (what `2>&1` shows).
    pub combined: Vec<u8>,
    /// Current program break, its initial value and its ceiling.
    pub brk: u32,
    pub brk_start: u32,
    pub brk_limit: u32,
}

/// What the ECALL asks the machine to do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SysOutcome {
    Continue,
    Exit(i32),
    Unknown(u32),
}

const fn errno(e: i32) -> u32 {
    (-e) as u32
}

pub fn ecall(regs: &mut [u32], mem: &mut Memory, io: &mut Io) -> SysOutcome {
    let reg = |r: usize| regs.get(r).copied().unwrap_or(0);
    let (a0, a1, a2) = (reg(A0), reg(A1), reg(A2));
    let result = match reg(A7) {
        SYS_WRITE => {
            let out = match a0 {
                1 => &mut io.stdout,
                2 => &mut io.stderr,
                _ => {
                    set_a0(regs, errno(EBADF));
                    return SysOutcome::Continue;
                }
            };
            let start = out.len();
            match mem.read_into(a1, a2, out) {
                Ok(()) => {
                    io.combined.extend_from_slice(&out[start..]);
                    a2
                }
                Err(_) => errno(EFAULT),
            }
        }
        SYS_READ => {
            if a0 != 0 {
                errno(EBADF)
            } else {
                let rest = io.input.get(io.input_pos..).unwrap_or_default();
                let n = rest.len().min(a2 as usize);
                match mem.write_from(a1, &rest[..n]) {
                    Ok(()) => {
                        io.input_pos += n;
                        n as u32
                    }
                    Err(_) => errno(EFAULT),
                }
            }
        }
        SYS_EXIT | SYS_EXIT_GROUP => return SysOutcome::Exit(a0 as i32),
        SYS_BRK => {
            if a0 >= io.brk_start && a0 <= io.brk_limit {
                if a0 > io.brk {
                    mem.map(io.brk, u64::from(a0 - io.brk), Perm::RW);
                }
                io.brk = a0;
            }
            io.brk
        }
        number => return SysOutcome::Unknown(number),
    };
    set_a0(regs, result);
    SysOutcome::Continue
}

fn set_a0(regs: &mut [u32], value: u32) {
    if let Some(a0) = regs.get_mut(A0) {
        *a0 = value;
    }
}
