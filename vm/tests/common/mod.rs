//! Helpers shared by the integration tests.
#![allow(dead_code)]

use valida_vm::asm::assemble::assemble;
use valida_vm::{Io, Machine, Outcome, RunOptions};

/// Initial fp used by the tests (well inside memory, so both positive and
/// negative slot offsets are valid).
pub const FP: u32 = 0x0100_0000;

/// A finished run: outcome, output and the machine for inspection.
pub struct Done {
    pub outcome: Outcome,
    pub output: Vec<u8>,
    pub machine: Machine,
}

impl Done {
    /// The word in slot `off` of the initial frame.
    pub fn slot(&self, off: i32) -> u32 {
        self.word(FP.wrapping_add(off as u32))
    }

    pub fn word(&self, addr: u32) -> u32 {
        self.machine
            .memory()
            .read_word(addr)
            .expect("readable word")
    }

    pub fn trap_kind(&self) -> Option<valida_vm::TrapKind> {
        self.outcome.trap().map(|t| t.kind)
    }
}

pub fn run_with(src: &str, input: &[u8], options: RunOptions) -> Done {
    let program = assemble(src)
        .unwrap_or_else(|e| panic!("assembly failed: {e}\n{src}"))
        .to_program();
    let mut machine = Machine::new(program, &options).expect("machine");
    let mut input = input;
    let mut output = Vec::new();
    let outcome = machine
        .run(&mut Io::new(&mut input, &mut output))
        .expect("host io");
    Done {
        outcome,
        output,
        machine,
    }
}

/// Runs `src` at fp = FP with a generous step limit.
pub fn run(src: &str) -> Done {
    run_input(src, b"")
}

pub fn run_input(src: &str, input: &[u8]) -> Done {
    run_with(
        src,
        input,
        RunOptions {
            max_steps: 10_000_000,
            initial_fp: FP,
            count_instructions: true,
        },
    )
}

/// Runs `body` followed by `stop` and asserts it stopped.
pub fn eval(body: &str) -> Done {
    let done = run(&format!("{body}\n    stop\n"));
    assert_eq!(
        done.outcome,
        Outcome::Stopped { exit_code: 0 },
        "program:\n{body}"
    );
    done
}
