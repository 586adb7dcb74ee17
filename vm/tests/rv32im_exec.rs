//! Instruction semantics on hand-encoded RV32IM programs.

mod rv32im {
    use valida_vm::rv32im::{Class, Machine, Op, Outcome, Program, Stop, Trap, decode, run};

    const BASE: u32 = 0x1_0000;
    /// Start of the zeroed read-write page `Program::from_words` adds.
    fn data_page(words: usize) -> u32 {
        (BASE + 4 * words as u32).div_ceil(4096) * 4096
    }

    // ---- encoders ------------------------------------------------------------
    fn r(f7: u32, rs2: u32, rs1: u32, f3: u32, rd: u32, opc: u32) -> u32 {
        f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opc
    }
    fn i(imm: i32, rs1: u32, f3: u32, rd: u32, opc: u32) -> u32 {
        ((imm as u32) & 0xfff) << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opc
    }
    fn s(imm: i32, rs2: u32, rs1: u32, f3: u32) -> u32 {
        let imm = imm as u32;
        (imm >> 5 & 0x7f) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | (imm & 0x1f) << 7 | 0x23
    }
    fn b(off: i32, rs2: u32, rs1: u32, f3: u32) -> u32 {
        let o = off as u32;
        (o >> 12 & 1) << 31
            | (o >> 5 & 0x3f) << 25
            | rs2 << 20
            | rs1 << 15
            | f3 << 12
            | (o >> 1 & 0xf) << 8
            | (o >> 11 & 1) << 7
            | 0x63
    }
    fn jal(rd: u32, off: i32) -> u32 {
        let o = off as u32;
        (o >> 20 & 1) << 31
            | (o >> 1 & 0x3ff) << 21
            | (o >> 11 & 1) << 20
            | (o >> 12 & 0xff) << 12
            | rd << 7
            | 0x6f
    }
    fn jalr(rd: u32, rs1: u32, imm: i32) -> u32 {
        i(imm, rs1, 0, rd, 0x67)
    }
    fn lui(rd: u32, imm20: u32) -> u32 {
        imm20 << 12 | rd << 7 | 0x37
    }
    fn auipc(rd: u32, imm20: u32) -> u32 {
        imm20 << 12 | rd << 7 | 0x17
    }
    fn addi(rd: u32, rs1: u32, imm: i32) -> u32 {
        i(imm, rs1, 0, rd, 0x13)
    }
    /// `li rd, value` as lui + addi.
    fn li(rd: u32, value: u32) -> [u32; 2] {
        let lo = ((value & 0xfff) as i32) << 20 >> 20;
        let hi = value.wrapping_sub(lo as u32) >> 12;
        [lui(rd, hi), addi(rd, rd, lo)]
    }
    fn op(f7: u32, f3: u32, rd: u32, rs1: u32, rs2: u32) -> u32 {
        r(f7, rs2, rs1, f3, rd, 0x33)
    }
    const ECALL: u32 = 0x73;
    const EBREAK: u32 = 0x0010_0073;

    /// Runs `words` followed by EBREAK and returns the registers at the EBREAK.
    fn regs_after(words: &[u32]) -> [u32; 32] {
        let mut code = words.to_vec();
        code.push(EBREAK);
        let program = Program::from_words(BASE, &code);
        let mut m = Machine::new(&program, b"");
        match m.run(10_000) {
            Stop::Trap(Trap::Breakpoint { pc }) => assert_eq!(pc, BASE + 4 * words.len() as u32),
            other => panic!("expected ebreak, got {other:?} ({})", describe(&m, other)),
        }
        m.regs
    }

    fn describe(m: &Machine<'_>, stop: Stop) -> String {
        match stop {
            Stop::Trap(t) => m.describe(t).to_string(),
            other => format!("{other:?}"),
        }
    }

    /// Result in x10 of `f7/f3` OP applied to `a` (x11) and `b` (x12).
    fn alu(f7: u32, f3: u32, a: u32, b: u32) -> u32 {
        let mut code = Vec::new();
        code.extend(li(11, a));
        code.extend(li(12, b));
        code.push(op(f7, f3, 10, 11, 12));
        regs_after(&code)[10]
    }

    #[test]
    fn li_helper_and_lui_auipc() {
        for v in [
            0,
            1,
            0x7ff,
            0x800,
            0xfff,
            0x1234_5678,
            0x8000_0000,
            0xffff_ffff,
            0xdead_beef,
        ] {
            assert_eq!(regs_after(&li(5, v))[5], v, "{v:#x}");
        }
        let regs = regs_after(&[lui(1, 0xfffff), auipc(2, 1), auipc(3, 0xfffff)]);
        assert_eq!(regs[1], 0xffff_f000);
        assert_eq!(regs[2], BASE + 4 + 0x1000);
        assert_eq!(regs[3], (BASE + 8).wrapping_add(0xffff_f000));
    }

    #[test]
    fn initial_stack_is_linux_like() {
        let r = regs_after(&[
            i(0, 2, 2, 5, 0x03),
            i(4, 2, 2, 6, 0x03),
            i(8, 2, 2, 7, 0x03),
        ]);
        assert_eq!(r[2], valida_vm::rv32im::INITIAL_SP);
        assert_eq!(r[2] % 16, 0);
        assert_eq!(
            (r[5], r[6], r[7]),
            (0, 0, 0),
            "argc = 0, argv[0] = NULL, envp[0] = NULL"
        );
    }

    #[test]
    fn x0_stays_zero() {
        let regs = regs_after(&[addi(0, 0, 5), lui(0, 1), op(0, 0, 0, 0, 0), addi(1, 0, 0)]);
        assert_eq!(regs[0], 0);
        assert_eq!(regs[1], 0);
    }

    #[test]
    fn register_register_alu() {
        let (m1, min, max) = (u32::MAX, 0x8000_0000, 0x7fff_ffff);
        assert_eq!(alu(0, 0, 5, m1), 4); // add
        assert_eq!(alu(0x20, 0, 5, 7), (-2i32) as u32); // sub
        assert_eq!(alu(0, 1, 1, 33), 2); // sll uses low 5 bits
        assert_eq!(alu(0, 2, m1, 0), 1); // slt signed
        assert_eq!(alu(0, 3, m1, 0), 0); // sltu
        assert_eq!(alu(0, 4, 0xf0f0, 0xff00), 0x0ff0); // xor
        assert_eq!(alu(0, 5, min, 31), 1); // srl
        assert_eq!(alu(0x20, 5, min, 31), m1); // sra
        assert_eq!(alu(0x20, 5, max, 4), 0x07ff_ffff);
        assert_eq!(alu(0, 6, 0xf0, 0x0f), 0xff); // or
        assert_eq!(alu(0, 7, 0xf0, 0x3c), 0x30); // and
    }

    #[test]
    fn register_immediate_alu() {
        let code = [
            addi(1, 0, -1),
            i(-1, 0, 2, 2, 0x13),         // slti x2, x0, -1 → 0
            i(-1, 0, 3, 3, 0x13),         // sltiu x3, x0, -1 → 1 (imm is 0xffffffff)
            i(0x7ff, 1, 4, 4, 0x13),      // xori → !0x7ff
            i(0x100, 0, 6, 5, 0x13),      // ori
            i(-16, 1, 7, 6, 0x13),        // andi → 0xfffffff0
            i(31, 1, 1, 7, 0x13),         // slli 31
            i(28, 1, 5, 8, 0x13),         // srli 28
            i(0x400 | 28, 1, 5, 9, 0x13), // srai 28
            i(2047, 0, 0, 10, 0x13),
            i(-2048, 0, 0, 11, 0x13),
        ];
        let r = regs_after(&code);
        assert_eq!(
            r[1..=11],
            [
                u32::MAX,
                0,
                1,
                !0x7ff,
                0x100,
                0xffff_fff0,
                0x8000_0000,
                0xf,
                u32::MAX,
                2047,
                (-2048i32) as u32
            ]
        );
    }

    #[test]
    fn m_extension_edge_cases() {
        let (min, m1) = (0x8000_0000u32, u32::MAX);
        // mul family
        assert_eq!(
            alu(1, 0, 0x1234_5678, 0x9abc_def0),
            0x1234_5678u32.wrapping_mul(0x9abc_def0)
        );
        assert_eq!(alu(1, 1, min, min), 0x4000_0000); // mulh
        assert_eq!(alu(1, 1, m1, 1), m1);
        assert_eq!(alu(1, 2, m1, m1), m1); // mulhsu: -1 * (2^32-1) → high word -1
        assert_eq!(alu(1, 2, 2, m1), 1);
        assert_eq!(alu(1, 3, m1, m1), 0xffff_fffe); // mulhu
        // division by zero
        assert_eq!(alu(1, 4, 7, 0), m1); // div
        assert_eq!(alu(1, 4, min, 0), m1);
        assert_eq!(alu(1, 5, 7, 0), m1); // divu
        assert_eq!(alu(1, 6, 7, 0), 7); // rem
        assert_eq!(alu(1, 6, (-7i32) as u32, 0), (-7i32) as u32);
        assert_eq!(alu(1, 7, 7, 0), 7); // remu
        // overflow
        assert_eq!(alu(1, 4, min, m1), min);
        assert_eq!(alu(1, 6, min, m1), 0);
        // rounding toward zero and sign of remainder
        assert_eq!(alu(1, 4, (-7i32) as u32, 2), (-3i32) as u32);
        assert_eq!(alu(1, 6, (-7i32) as u32, 2), m1);
        assert_eq!(alu(1, 6, 7, (-2i32) as u32), 1);
        assert_eq!(alu(1, 5, m1, 2), 0x7fff_ffff);
        assert_eq!(alu(1, 7, m1, 10), 5);
    }

    #[test]
    fn loads_and_stores_all_widths() {
        let data = data_page(40);
        let mut code = Vec::new();
        code.extend(li(1, data));
        code.extend(li(2, 0x8081_82f3));
        code.push(s(0, 2, 1, 2)); // sw
        code.push(s(4, 2, 1, 1)); // sh
        code.push(s(7, 2, 1, 0)); // sb
        code.push(i(0, 1, 0, 3, 0x03)); // lb  0xf3 → sign-extended
        code.push(i(0, 1, 4, 4, 0x03)); // lbu
        code.push(i(2, 1, 1, 5, 0x03)); // lh 0x8081
        code.push(i(2, 1, 5, 6, 0x03)); // lhu
        code.push(i(0, 1, 2, 7, 0x03)); // lw
        code.push(i(4, 1, 2, 8, 0x03)); // lw of sh + 0 + sb at byte 7
        code.push(i(1, 1, 2, 9, 0x03)); // misaligned lw
        code.push(i(3, 1, 1, 10, 0x03)); // misaligned lh
        let r = regs_after(&code);
        assert_eq!(r[3], 0xffff_fff3);
        assert_eq!(r[4], 0xf3);
        assert_eq!(r[5], 0xffff_8081);
        assert_eq!(r[6], 0x8081);
        assert_eq!(r[7], 0x8081_82f3);
        assert_eq!(r[8], 0xf300_82f3);
        assert_eq!(r[9], 0xf380_8182);
        assert_eq!(r[10], 0xffff_f380);
    }

    #[test]
    fn branches() {
        // For each branch: x10 counts taken branches.
        let cases: [(u32, u32, u32, bool); 12] = [
            (0, 5, 5, true),
            (0, 5, 6, false),
            (1, 5, 6, true),
            (1, 5, 5, false),
            (4, u32::MAX, 0, true),
            (4, 0, u32::MAX, false),
            (5, 0, u32::MAX, true),
            (5, 3, 3, true),
            (6, 0, u32::MAX, true),
            (6, u32::MAX, 0, false),
            (7, u32::MAX, 0, true),
            (7, 1, 2, false),
        ];
        for (f3, a, bb, taken) in cases {
            let mut code = Vec::new();
            code.extend(li(11, a));
            code.extend(li(12, bb));
            code.push(b(8, 12, 11, f3)); // skip next if taken
            code.push(addi(10, 0, 1)); // not-taken marker
            code.push(addi(13, 0, 1));
            let r = regs_after(&code);
            assert_eq!(r[10] == 0, taken, "funct3 {f3} {a:#x} {bb:#x}");
            assert_eq!(r[13], 1);
        }
        // backward branch loop: count to 10
        let code = [addi(5, 0, 10), addi(6, 6, 1), b(-4, 5, 6, 1)];
        assert_eq!(regs_after(&code)[6], 10);
    }

    #[test]
    fn jal_and_jalr_link_and_target() {
        let code = [
            jal(1, 8),      // 0: → 8, ra = 4
            addi(5, 0, 1),  // 4: skipped
            auipc(6, 0),    // 8: x6 = BASE+8
            jalr(7, 6, 13), // 12: → (BASE+8+13) & !1 = BASE+20, x7 = BASE+16
            addi(5, 0, 2),  // 16: skipped
            jalr(0, 0, 0),  // 20: placeholder replaced below
        ];
        let mut code = code.to_vec();
        code[5] = addi(8, 0, 3);
        let r = regs_after(&code);
        assert_eq!(r[1], BASE + 4);
        assert_eq!(r[5], 0);
        assert_eq!(r[7], BASE + 16);
        assert_eq!(r[8], 3);
        // jalr with rd == rs1 uses the old rs1
        let r = regs_after(&[auipc(1, 0), jalr(1, 1, 12), addi(5, 0, 9)]);
        assert_eq!(r[1], BASE + 8);
        assert_eq!(r[5], 0);
    }

    fn trap(words: &[u32]) -> (Trap, String) {
        let program = Program::from_words(BASE, words);
        let mut m = Machine::new(&program, b"");
        match m.run(1000) {
            Stop::Trap(t) => (t, m.describe(t).to_string()),
            other => panic!("expected a trap, got {other:?}"),
        }
    }

    #[test]
    fn traps_name_pc_word_and_disassembly() {
        let (t, msg) = trap(&[addi(1, 0, 1), 0xffff_ffff]);
        assert_eq!(
            t,
            Trap::IllegalInstruction {
                pc: BASE + 4,
                word: 0xffff_ffff
            }
        );
        assert_eq!(msg, "illegal instruction 0xffffffff at pc 0x00010004");

        let (t, msg) = trap(&[i(0, 0, 2, 1, 0x03)]); // lw ra, 0(zero)
        assert_eq!(
            t,
            Trap::LoadFault {
                pc: BASE,
                addr: 0,
                size: 4
            }
        );
        assert!(msg.ends_with(": lw ra, 0x0(zero)"), "{msg}");

        let (t, _) = trap(&[s(0, 0, 0, 0)]);
        assert_eq!(
            t,
            Trap::StoreFault {
                pc: BASE,
                addr: 0,
                size: 1
            }
        );

        // store into our own (read-execute) text
        let mut code = li(1, BASE).to_vec();
        code.push(s(0, 0, 1, 2));
        assert_eq!(
            trap(&code).0,
            Trap::StoreFault {
                pc: BASE + 8,
                addr: BASE,
                size: 4
            }
        );

        // jump to unmapped memory: the fetch faults at the target
        assert_eq!(
            trap(&[lui(1, 0x40000), jalr(0, 1, 0)]).0,
            Trap::FetchFault { pc: 0x4000_0000 }
        );
        // jump to the data page: mapped but not executable
        let data = data_page(3);
        let mut code = li(1, data).to_vec();
        code.push(jalr(0, 1, 0));
        assert_eq!(trap(&code).0, Trap::FetchFault { pc: data });
        // misaligned targets
        assert_eq!(
            trap(&[jal(0, 6)]).0,
            Trap::MisalignedJump {
                pc: BASE,
                target: BASE + 6
            }
        );
        assert_eq!(
            trap(&[addi(1, 0, 2), b(2, 0, 0, 0)]).0,
            Trap::MisalignedJump {
                pc: BASE + 4,
                target: BASE + 6
            }
        );
        assert_eq!(
            trap(&[addi(1, 0, 2), jalr(0, 1, 1)]).0,
            Trap::MisalignedJump {
                pc: BASE + 4,
                target: 2
            }
        );
        // running off the end of the text into the zero-filled rest of the page
        assert_eq!(
            trap(&[addi(1, 0, 1)]).0,
            Trap::IllegalInstruction {
                pc: BASE + 4,
                word: 0
            }
        );
        // ebreak and unknown syscall
        assert_eq!(trap(&[EBREAK]).0, Trap::Breakpoint { pc: BASE });
        let (t, msg) = trap(&[addi(17, 0, 222), ECALL]);
        assert_eq!(
            t,
            Trap::UnknownSyscall {
                pc: BASE + 4,
                number: 222
            }
        );
        assert!(msg.contains("unsupported system call 222"), "{msg}");
    }

    #[test]
    fn writable_text_runs_self_modifying_code() {
        use valida_vm::rv32im::{Perm, Segment};
        // x1 = address of slot; store `addi x5, x0, 42` over the slot, run it.
        let mut code = vec![auipc(1, 0), addi(1, 1, 20)];
        code.extend(li(6, addi(5, 0, 42)));
        code.push(s(0, 6, 1, 2));
        code.push(addi(5, 0, 1)); // slot (overwritten before it runs)
        code.push(EBREAK);
        let data: Vec<u8> = code.iter().flat_map(|w| w.to_le_bytes()).collect();
        let rwx = Perm::RX.union(Perm::W);
        let segment = Segment {
            vaddr: BASE,
            mem_size: data.len() as u32,
            data,
            perm: rwx,
        };
        let program = Program::from_segments(BASE, vec![segment]);
        assert_eq!(
            program.predecoded_len(),
            0,
            "writable text is decoded on fetch"
        );
        let mut m = Machine::new(&program, b"");
        assert_eq!(m.run(100), Stop::Trap(Trap::Breakpoint { pc: BASE + 24 }));
        assert_eq!(m.regs[5], 42);
    }

    #[test]
    fn fence_is_a_no_op() {
        let r = regs_after(&[0x0ff0_000f, 0x0000_100f, addi(1, 0, 1)]);
        assert_eq!(r[1], 1);
    }

    #[test]
    fn syscalls_write_read_exit_brk() {
        let data = data_page(40);
        let mut code = Vec::new();
        // read(0, data, 8)
        code.extend([addi(10, 0, 0)]);
        code.extend(li(11, data));
        code.extend([addi(12, 0, 8), addi(17, 0, 63), ECALL, addi(20, 10, 0)]);
        // write(1, data, 3); write(2, data+3, 2)
        code.extend([addi(10, 0, 1)]);
        code.extend(li(11, data));
        code.extend([addi(12, 0, 3), addi(17, 0, 64), ECALL]);
        code.extend([addi(10, 0, 2), addi(11, 11, 3), addi(12, 0, 2), ECALL]);
        // brk(0), brk(+0x10000) then store at the old break
        code.extend([addi(10, 0, 0), addi(17, 0, 214), ECALL, addi(21, 10, 0)]);
        code.extend(li(5, 0x10000));
        code.extend([
            op(0, 0, 10, 21, 5),
            ECALL,
            addi(22, 10, 0),
            s(0, 17, 21, 2),
            i(0, 21, 2, 23, 0x03),
        ]);
        // exit_group(300)
        code.extend([addi(10, 0, 300), addi(17, 0, 94), ECALL]);
        let program = Program::from_words(BASE, &code);
        let report = run(&program, b"abcdef", 1000);
        assert_eq!(report.outcome, Outcome::Exited { code: 300 });
        assert_eq!(report.outcome.exit_code().map(|c| c as u8), Some(44));
        assert_eq!(report.output, b"abc");
        assert_eq!(report.stderr, b"de");
        assert_eq!(report.combined, b"abcde");
        let mut m = Machine::new(&program, b"abcdef");
        let _ = m.run(1000);
        assert_eq!(m.regs[20], 6, "read returns what was available");
        assert_eq!(m.regs[21], program.brk_start);
        assert_eq!(m.regs[22], program.brk_start + 0x10000);
        assert_eq!(m.regs[23], 214, "heap memory is usable");
    }

    #[test]
    fn step_limit_and_resume() {
        let program = Program::from_words(BASE, &[addi(1, 1, 1), jal(0, -4)]);
        let mut m = Machine::new(&program, b"");
        assert_eq!(m.run(101), Stop::StepLimit);
        assert_eq!(m.steps(), 101);
        assert_eq!(m.regs[1], 51);
        assert_eq!(m.run(1), Stop::StepLimit);
        assert_eq!(m.regs[1], 51);
        assert_eq!(m.run(1), Stop::StepLimit);
        assert_eq!(m.regs[1], 52);
        let report = run(&program, b"", 1000);
        assert_eq!(report.outcome, Outcome::StepLimit);
        assert_eq!(report.steps, 1000);
    }

    #[test]
    fn counts_per_op_and_class() {
        let program = Program::from_words(
            BASE,
            &[
                addi(1, 0, 3),
                op(1, 0, 2, 1, 1),
                op(1, 4, 3, 2, 1),
                addi(1, 1, -1),
                b(-12, 0, 1, 1),
                addi(17, 0, 93),
                ECALL,
            ],
        );
        let report = run(&program, b"", 1000);
        assert_eq!(report.outcome, Outcome::Exited { code: 0 });
        assert_eq!(report.steps, 1 + 3 * 4 + 2);
        assert_eq!(report.counts.get(Op::Mul), 3);
        assert_eq!(report.counts.get(Op::Div), 3);
        assert_eq!(report.counts.get(Op::Ecall), 1);
        let classes = report.counts.by_class();
        let get = |c: Class| classes.iter().find(|(k, _)| *k == c).map(|(_, n)| *n);
        assert_eq!(get(Class::AluImm), Some(5));
        assert_eq!(get(Class::Branch), Some(3));
        assert_eq!(get(Class::System), Some(1));
        assert_eq!(report.counts.total(), report.steps);
    }

    #[test]
    fn decoder_round_trips_encoders() {
        assert_eq!(decode(jal(1, -2048)).map(|d| d.imm), Some(-2048));
        assert_eq!(decode(jal(1, 0xffffe)).map(|d| d.imm), Some(0xffffe));
        assert_eq!(
            decode(b(-4096, 1, 2, 7)).map(|d| (d.op, d.imm)),
            Some((Op::Bgeu, -4096))
        );
        assert_eq!(
            decode(s(-2048, 3, 4, 1)).map(|d| (d.op, d.imm, d.rs1, d.rs2)),
            Some((Op::Sh, -2048, 4, 3))
        );
    }
}
