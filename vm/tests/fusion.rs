//! Pair fusion (ALU op + beqi/bnei on its result) must not change anything
//! observable: outcome, output, steps, per-instruction counts, memory.

mod common;

use common::FP;
use proptest::prelude::*;
use valida_vm::isa::RawInstr;
use valida_vm::program::Program;
use valida_vm::{Io, Machine, Outcome, RunOptions};

const SLOTS: [i32; 4] = [-4, -8, -12, -16];

fn slot() -> impl Strategy<Value = i32> {
    prop::sample::select(SLOTS.to_vec())
}

/// Random instructions over four slots, with fusable pairs made likely.
fn instr(len: usize) -> impl Strategy<Value = Vec<RawInstr>> {
    let target = (0..len as i32 + 2).prop_map(|i| i * 24);
    let imm = prop_oneof![Just(0i32), Just(1), Just(-1), -5i32..20];
    let alu_op = prop::sample::select(vec![100u32, 101, 107, 104, 115, 117, 118, 116, 111, 103]);
    let one = prop_oneof![
        // ALU register, immediate and left-immediate forms
        (alu_op.clone(), slot(), slot(), slot())
            .prop_map(|(op, a, b, c)| vec![RawInstr::new(op, a, b, c, 0, 0)]),
        (alu_op.clone(), slot(), slot(), imm.clone())
            .prop_map(|(op, a, b, c)| vec![RawInstr::new(op, a, b, c, 0, 1)]),
        (
            prop::sample::select(vec![104u32, 115, 117, 118]),
            slot(),
            imm.clone(),
            slot()
        )
            .prop_map(|(op, a, b, c)| vec![RawInstr::new(op, a, b, c, 1, 0)]),
        // a fusable pair
        (
            alu_op,
            slot(),
            slot(),
            imm.clone(),
            any::<bool>(),
            any::<bool>(),
            target.clone(),
            imm.clone()
        )
            .prop_map(|(op, a, b, c, ri, eq, t, k)| vec![
                RawInstr::new(op, a, b, c, 0, i32::from(ri)),
                RawInstr::new(if eq { 5 } else { 6 }, t, a, k, 0, 1),
            ]),
        (slot(), imm.clone()).prop_map(|(a, v)| vec![RawInstr::new(7, a, v & 0xff, 0, 0, 0)]),
        (target, slot(), imm).prop_map(|(t, b, k)| vec![RawInstr::new(6, t, b, k, 0, 1)]),
    ];
    proptest::collection::vec(one, 1..len).prop_map(|v| {
        let mut code: Vec<RawInstr> = v.into_iter().flatten().collect();
        code.push(RawInstr::new(8, 0, 0, 0, 0, 0));
        code
    })
}

fn run(
    code: &[RawInstr],
    options: &RunOptions,
    fusion: bool,
) -> (Outcome, u64, Vec<u32>, Vec<u64>) {
    let program = Program {
        code: code.to_vec(),
        ..Program::default()
    };
    let mut m = Machine::new_with_fusion(program, options, fusion).expect("machine");
    let (mut input, mut output) = (&[][..], Vec::new());
    let outcome = m.run(&mut Io::new(&mut input, &mut output)).expect("run");
    let slots = SLOTS
        .iter()
        .map(|&o| m.memory().read_word(FP.wrapping_add(o as u32)).unwrap_or(0))
        .collect();
    let report = m.report(outcome.clone(), output, std::time::Instant::now());
    (outcome, m.steps(), slots, report.pc_counts)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn fusion_is_invisible(code in instr(12), max_steps in 0u64..300, count in any::<bool>()) {
        let options = RunOptions { max_steps, initial_fp: FP, count_instructions: count };
        prop_assert_eq!(run(&code, &options, true), run(&code, &options, false));
    }

    #[test]
    fn fusion_is_invisible_near_the_top_of_memory(code in instr(8), max_steps in 0u64..100) {
        // fp such that some slots are out of range: checked mode and traps.
        let options = RunOptions { max_steps, initial_fp: 8, count_instructions: true };
        prop_assert_eq!(run(&code, &options, true), run(&code, &options, false));
    }
}

#[test]
fn single_stepping_a_fused_pair_stops_between_its_halves() {
    let code = vec![
        RawInstr::new(100, -4, -4, 1, 0, 1), // addi -4(fp), -4(fp), 1
        RawInstr::new(6, 0, -4, 3, 0, 1),    // bnei 0, -4(fp), 3
        RawInstr::new(8, 0, 0, 0, 0, 0),
    ];
    let program = Program {
        code,
        ..Program::default()
    };
    let options = RunOptions {
        max_steps: u64::MAX,
        initial_fp: FP,
        count_instructions: true,
    };
    let mut m = Machine::new(program, &options).expect("machine");
    let (mut input, mut output) = (&[][..], Vec::new());
    let mut io = Io::new(&mut input, &mut output);
    let mut pcs = Vec::new();
    loop {
        pcs.push(m.pc());
        if let Some(outcome) = m.step(&mut io).expect("step") {
            assert_eq!(outcome, Outcome::Stopped { exit_code: 0 });
            break;
        }
    }
    assert_eq!(pcs, vec![0, 24, 0, 24, 0, 24, 48]);
    assert_eq!(m.steps(), 7);
}
