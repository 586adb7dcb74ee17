//! Differential test against `qemu-riscv32`: random straight-line RV32IM
//! programs (ALU, M extension, loads and stores of every width at any
//! alignment, forward branches, JAL and JALR) end by writing all registers and
//! their data buffer to stdout; both sides must print the same bytes.

#[path = "rv32im/elfgen.rs"]
mod elfgen;
#[path = "rv32im/toolchain.rs"]
mod toolchain;

mod rv32im {
    use super::{elfgen, toolchain};
    use valida_vm::rv32im::{Outcome, load_elf, run};

    const CODE: u32 = 0x1_0000;
    const DATA: u32 = 0x40_0000;
    const DATA_SIZE: u32 = 4096;
    /// Registers the generator never writes: x31 holds the data address.
    const BASE_REG: u32 = 31;

    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u32 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 >> 16) as u32
        }
        fn below(&mut self, n: u32) -> u32 {
            self.next() % n
        }
        fn value(&mut self) -> u32 {
            const SPECIAL: [u32; 10] = [
                0,
                1,
                2,
                u32::MAX,
                0x8000_0000,
                0x7fff_ffff,
                31,
                32,
                0xffff,
                0x8000,
            ];
            match self.below(3) {
                0 => SPECIAL[self.below(SPECIAL.len() as u32) as usize],
                1 => self.below(64).wrapping_sub(32),
                _ => self.next(),
            }
        }
    }

    fn r(f7: u32, f3: u32, rd: u32, rs1: u32, rs2: u32) -> u32 {
        f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | 0x33
    }
    fn i(opc: u32, f3: u32, rd: u32, rs1: u32, imm: u32) -> u32 {
        (imm & 0xfff) << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opc
    }
    fn s(f3: u32, rs1: u32, rs2: u32, imm: u32) -> u32 {
        (imm >> 5 & 0x7f) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | (imm & 0x1f) << 7 | 0x23
    }
    fn b(f3: u32, rs1: u32, rs2: u32, off: u32) -> u32 {
        (off >> 12 & 1) << 31
            | (off >> 5 & 0x3f) << 25
            | rs2 << 20
            | rs1 << 15
            | f3 << 12
            | (off >> 1 & 0xf) << 8
            | (off >> 11 & 1) << 7
            | 0x63
    }
    fn jal(rd: u32, off: u32) -> u32 {
        (off >> 20 & 1) << 31
            | (off >> 1 & 0x3ff) << 21
            | (off >> 11 & 1) << 20
            | (off >> 12 & 0xff) << 12
            | rd << 7
            | 0x6f
    }
    fn auipc(rd: u32, imm20: u32) -> u32 {
        imm20 << 12 | rd << 7 | 0x17
    }
    fn li(rd: u32, v: u32) -> [u32; 2] {
        let lo = ((v & 0xfff) as i32) << 20 >> 20;
        let hi = v.wrapping_sub(lo as u32) >> 12;
        [hi << 12 | rd << 7 | 0x37, i(0x13, 0, rd, rd, lo as u32)]
    }

    /// Re-encodes a control transfer for a new byte offset.
    type Reencode = Box<dyn Fn(u32) -> u32>;

    fn random_program(rng: &mut Rng, len: usize) -> Vec<u32> {
        let mut code = Vec::new();
        code.extend(li(BASE_REG, DATA));
        for reg in 1..BASE_REG {
            code.extend(li(reg, rng.value()));
        }
        // Each body word with, for control transfers, the index it lands on
        // and how to re-encode it for another offset (in bytes).
        let mut body: Vec<u32> = Vec::new();
        let mut transfers: Vec<(usize, usize, Reencode)> = Vec::new();
        let mut pair_seconds = std::collections::HashSet::new();
        while body.len() < len {
            let here = body.len();
            let rd = 1 + rng.below(BASE_REG - 1);
            let (rs1, rs2) = (rng.below(32), rng.below(32));
            let word = match rng.below(10) {
                0..=2 => {
                    const OPS: [(u32, u32); 18] = [
                        (0, 0),
                        (0x20, 0),
                        (0, 1),
                        (0, 2),
                        (0, 3),
                        (0, 4),
                        (0, 5),
                        (0x20, 5),
                        (0, 6),
                        (0, 7),
                        (1, 0),
                        (1, 1),
                        (1, 2),
                        (1, 3),
                        (1, 4),
                        (1, 5),
                        (1, 6),
                        (1, 7),
                    ];
                    let (f7, f3) = OPS[rng.below(18) as usize];
                    r(f7, f3, rd, rs1, rs2)
                }
                3 | 4 => {
                    let f3 = [0, 2, 3, 4, 6, 7, 1, 5, 5][rng.below(9) as usize];
                    let imm = match f3 {
                        1 => rng.below(32),
                        5 => rng.below(32) | if rng.below(2) == 0 { 0x400 } else { 0 },
                        _ => rng.value(),
                    };
                    i(0x13, f3, rd, rs1, imm)
                }
                5 => (rng.next() & 0xfffff) << 12 | rd << 7 | [0x37, 0x17][rng.below(2) as usize],
                6 => {
                    let f3 = [0, 1, 2, 4, 5][rng.below(5) as usize];
                    i(0x03, f3, rd, BASE_REG, rng.below(DATA_SIZE / 2 - 4))
                }
                7 => s(rng.below(3), BASE_REG, rs2, rng.below(DATA_SIZE / 2 - 4)),
                8 => {
                    let f3 = [0, 1, 4, 5, 6, 7][rng.below(6) as usize];
                    let skip = 1 + rng.below(4);
                    transfers.push((
                        here,
                        here + skip as usize,
                        Box::new(move |off| b(f3, rs1, rs2, off)),
                    ));
                    b(f3, rs1, rs2, 4 * skip)
                }
                9 if rng.below(2) == 0 => {
                    // auipc + jalr to a computed forward target (bit 0 of
                    // the offset is ignored by jalr).
                    let link = 1 + rng.below(BASE_REG - 1);
                    let (skip, bit0) = (2 + rng.below(4), rng.below(2));
                    body.push(auipc(rd, 0));
                    pair_seconds.insert(here + 1);
                    transfers.push((
                        here,
                        here + skip as usize,
                        Box::new(move |off| i(0x67, 0, link, rd, off + bit0)),
                    ));
                    i(0x67, 0, link, rd, 4 * skip + bit0)
                }
                _ => {
                    let skip = 1 + rng.below(4);
                    transfers.push((
                        here,
                        here + skip as usize,
                        Box::new(move |off| jal(rd, off)),
                    ));
                    jal(rd, 4 * skip)
                }
            };
            body.push(word);
        }
        // Never land between an auipc and its jalr: step over the jalr.
        for (from, to, encode) in &transfers {
            if pair_seconds.contains(to) {
                let at = if pair_seconds.contains(&(from + 1)) {
                    from + 1
                } else {
                    *from
                };
                body[at] = encode(4 * (to + 1 - from) as u32);
            }
        }
        code.extend(body);
        // Landing pad for jumps past the end.
        code.extend([0x13, 0x13, 0x13, 0x13]);
        // Dump x1..x30 to the upper half of the buffer, then write it all.
        code.extend([
            i(0x13, 0, BASE_REG, BASE_REG, 1024),
            i(0x13, 0, BASE_REG, BASE_REG, 1024),
        ]);
        for reg in 1..BASE_REG {
            code.push(s(2, BASE_REG, reg, 4 * reg));
        }
        code.extend([
            i(0x13, 0, 10, 0, 1),                        // a0 = 1
            i(0x13, 0, 11, BASE_REG, (-2048i32) as u32), // a1 = data
        ]);
        code.extend(li(12, DATA_SIZE)); // a2 = size
        code.extend([i(0x13, 0, 17, 0, 64), 0x73]); // write
        code.extend([i(0x13, 0, 10, 0, 0), i(0x13, 0, 17, 0, 93), 0x73]); // exit(0)
        code
    }

    #[test]
    fn random_programs_match_qemu() {
        if toolchain::qemu().is_none() {
            eprintln!("note: qemu-riscv32 not found; skipping");
            return;
        }
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("rv32im-fuzz");
        std::fs::create_dir_all(&dir).expect("create temp dir");
        let count: u64 = std::env::var("RV32IM_FUZZ_COUNT")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(150);
        for seed in 1..=count {
            let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
            let code = random_program(&mut rng, 300);
            let code_bytes: Vec<u8> = code.iter().flat_map(|w| w.to_le_bytes()).collect();
            let data: Vec<u8> = (0..DATA_SIZE).map(|_| rng.next() as u8).collect();
            let elf = elfgen::executable(
                CODE,
                &[
                    elfgen::Load {
                        vaddr: CODE,
                        flags: 5,
                        data: &code_bytes,
                        mem_size: code_bytes.len() as u32,
                    },
                    elfgen::Load {
                        vaddr: DATA,
                        flags: 6,
                        data: &data,
                        mem_size: DATA_SIZE,
                    },
                ],
            );
            let path = dir.join(format!("seed{seed}.elf"));
            std::fs::write(&path, &elf).expect("write ELF");
            {
                use std::os::unix::fs::PermissionsExt;
                // qemu-user, like execve, wants the executable bit.
                let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755));
            }
            let program = load_elf(&elf).expect("generated ELF loads");
            let ours = run(&program, b"", 100_000);
            assert_eq!(ours.outcome, Outcome::Exited { code: 0 }, "seed {seed}");
            let Some(qemu) = toolchain::run_qemu(&path, b"") else {
                return;
            };
            assert_eq!(qemu.status, Some(0), "seed {seed}: {qemu:?}");
            if ours.output != qemu.stdout {
                let regs = |out: &[u8]| -> Vec<u32> {
                    out.get(DATA_SIZE as usize / 2 + 4..)
                        .unwrap_or_default()
                        .chunks_exact(4)
                        .take(30)
                        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                        .collect()
                };
                panic!(
                    "seed {seed} differs ({}):\n ours {:x?}\n qemu {:x?}",
                    path.display(),
                    regs(&ours.output),
                    regs(&qemu.stdout)
                );
            }
            let _ = std::fs::remove_file(&path);
        }
    }
}
