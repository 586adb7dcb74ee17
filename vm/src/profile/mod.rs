//! Call-stack profiles: instructions executed per call path, written as
//! folded stacks (`_start;main;fib 1234` per line) for flamegraph tools.
//! A `jal` is a call; a `jalv` that lowers fp is a call and one that raises
//! it is a return (the convention of docs/abi.md and of the reference
//! VM's profiler). Runs by single-stepping, so it is slower than `run`.

use std::collections::HashMap;
use std::fmt::Write;

use crate::error::Error;
use crate::exec::{Io, Machine};
use crate::isa::Opcode;
use crate::report::Outcome;

/// One node of the call tree.
struct Node {
    /// Byte address of the function (symbol start, or call target).
    func: u32,
    parent: usize,
    children: HashMap<u32, usize>,
    /// Instructions executed in this function on this path.
    count: u64,
}

/// The call tree built while a program runs.
pub struct Profile {
    nodes: Vec<Node>,
}

impl Profile {
    /// The folded-stack text: one line per call path with its own count.
    pub fn folded(&self, machine: &Machine) -> String {
        let symbols = &machine.program().symbols;
        let name = |addr: u32| match symbols.function_at(addr) {
            Some((s, 0)) => s.name.clone(),
            Some((s, off)) => format!("{}+{off}", s.name),
            None => format!("<{addr:#x}>"),
        };
        let mut lines = Vec::new();
        for (i, node) in self.nodes.iter().enumerate() {
            if node.count == 0 {
                continue;
            }
            let mut path = Vec::new();
            let mut at = i;
            loop {
                path.push(name(self.nodes[at].func));
                if at == 0 {
                    break;
                }
                at = self.nodes[at].parent;
            }
            path.reverse();
            lines.push((path.join(";"), node.count));
        }
        lines.sort();
        let mut out = String::new();
        for (path, count) in lines {
            let _ = writeln!(out, "{path} {count}");
        }
        out
    }
}

/// Runs `machine` to the end, recording the call tree.
pub fn run_profiled(machine: &mut Machine, io: &mut Io<'_>) -> Result<(Outcome, Profile), Error> {
    let root_func = machine
        .program()
        .symbols
        .function_at(0)
        .map_or(0, |(s, _)| s.value);
    let mut nodes = vec![Node {
        func: root_func,
        parent: 0,
        children: HashMap::new(),
        count: 0,
    }];
    let mut current = 0usize;
    loop {
        let opcode = machine
            .program()
            .code
            .get((machine.pc() / 24) as usize)
            .map(|r| r.opcode);
        let fp_before = machine.fp();
        let steps_before = machine.steps();
        let result = machine.step(io)?;
        if machine.steps() > steps_before {
            nodes[current].count += 1;
        }
        if let Some(outcome) = result {
            return Ok((outcome, Profile { nodes }));
        }
        let fp_after = machine.fp();
        let call = match opcode.and_then(Opcode::from_u32) {
            Some(Opcode::Jal) => true,
            Some(Opcode::Jalv) if fp_after < fp_before => true,
            Some(Opcode::Jalv) if fp_after > fp_before => {
                if current != 0 {
                    current = nodes[current].parent;
                }
                false
            }
            _ => false,
        };
        if call {
            let target = machine.pc();
            let func = machine
                .program()
                .symbols
                .function_at(target)
                .map_or(target, |(s, _)| s.value);
            current = match nodes[current].children.get(&func) {
                Some(&child) => child,
                None => {
                    let child = nodes.len();
                    nodes.push(Node {
                        func,
                        parent: current,
                        children: HashMap::new(),
                        count: 0,
                    });
                    nodes[current].children.insert(func, child);
                    child
                }
            };
        }
    }
}
