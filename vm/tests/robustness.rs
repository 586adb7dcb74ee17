//! Arbitrary instruction streams never panic the VM (run these in debug
//! builds too: arithmetic overflow would panic there).

use proptest::prelude::*;
use valida_vm::isa::{Opcode, RawInstr};
use valida_vm::program::{DataSegment, Program};
use valida_vm::{Io, Machine, RunOptions};

fn operand() -> impl Strategy<Value = i32> {
    prop_oneof![
        4 => (-16i32..16).prop_map(|v| v * 4),
        2 => 0i32..300,
        1 => any::<i32>(),
        1 => prop::sample::select(vec![0x10000, 0x3BFF_FFFC, 0x3C00_0000, -1, i32::MIN, i32::MAX]),
    ]
}

fn record() -> impl Strategy<Value = RawInstr> {
    let opcode = prop_oneof![
        8 => prop::sample::select(Opcode::ALL.to_vec()).prop_map(|o| o as u32),
        1 => any::<u32>(),
    ];
    let flag = prop_oneof![Just(0i32), Just(1), any::<i32>()];
    (opcode, operand(), operand(), operand(), flag.clone(), flag)
        .prop_map(|(op, a, b, c, d, e)| RawInstr::new(op, a, b, c, d, e))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn random_programs_never_panic(
        code in proptest::collection::vec(record(), 0..16),
        fp in prop::sample::select(vec![0u32, 8, 0x0100_0000, 0x3BFF_FFF8, 0x3BFF_FFFC, 0xFFFF_FFF0]),
        count in any::<bool>(),
        input in proptest::collection::vec(any::<u8>(), 0..4),
    ) {
        let program = Program {
            code,
            segments: vec![DataSegment { addr: 0x10000, bytes: vec![1, 2, 3, 4, 5], mem_size: 64, flags: 6 }],
            ..Program::default()
        };
        let options = RunOptions { max_steps: 300, initial_fp: fp, count_instructions: count };
        let mut m = Machine::new(program, &options).expect("machine");
        let mut input = &input[..];
        let mut output = Vec::new();
        let outcome = m.run(&mut Io::new(&mut input, &mut output)).expect("run");
        prop_assert!(m.steps() <= 300);
        let _ = outcome.to_owned();
        if let Some(t) = outcome.trap() {
            prop_assert!(!t.to_string().is_empty());
        }
    }
}
