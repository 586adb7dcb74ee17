//! What a run produced: its outcome, output and instruction counts.

use std::time::Duration;

use crate::isa::{Opcode, form_for};
use crate::program::Program;
use crate::trap::Trap;

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// STOP; `exit_code` is the low byte of `__valida_exit_code` (0 if the
    /// program has no such symbol).
    Stopped { exit_code: u8 },
    /// FAIL.
    Failed,
    /// A trap (where the reference VM would panic, or the step limit).
    Trapped(Trap),
}

impl Outcome {
    /// Exit status of `valida run`: STOP → exit code, FAIL → 1, trap → 110+.
    pub fn exit_status(&self) -> u8 {
        match self {
            Outcome::Stopped { exit_code } => *exit_code,
            Outcome::Failed => 1,
            Outcome::Trapped(t) => t.kind.exit_status(),
        }
    }

    pub fn trap(&self) -> Option<&Trap> {
        match self {
            Outcome::Trapped(t) => Some(t),
            _ => None,
        }
    }
}

/// Everything about one finished run.
#[derive(Clone, Debug)]
pub struct RunReport {
    pub outcome: Outcome,
    /// Bytes written by WRITE (empty when output went to a host stream).
    pub output: Vec<u8>,
    /// Instructions executed (a trapping instruction is not counted).
    pub steps: u64,
    /// Executions per instruction index (empty if counting was off).
    pub pc_counts: Vec<u64>,
    /// Executions per mnemonic, most frequent first (empty if counting was off).
    pub opcode_counts: Vec<(&'static str, u64)>,
    /// Executions per enclosing function symbol, most frequent first
    /// (`<no symbol>` for code before the first function).
    pub function_counts: Vec<(String, u64)>,
    pub elapsed: Duration,
}

impl RunReport {
    pub fn new(
        outcome: Outcome,
        output: Vec<u8>,
        steps: u64,
        pc_counts: Vec<u64>,
        program: &Program,
        elapsed: Duration,
    ) -> RunReport {
        let mut by_name: Vec<(&'static str, u64)> = Vec::new();
        for (raw, &n) in program.code.iter().zip(&pc_counts) {
            if n == 0 {
                continue;
            }
            let name = match form_for(raw) {
                Some(form) => form.mnemonic,
                None => Opcode::from_u32(raw.opcode).map_or("<unknown>", Opcode::name),
            };
            match by_name.iter_mut().find(|(m, _)| *m == name) {
                Some(entry) => entry.1 += n,
                None => by_name.push((name, n)),
            }
        }
        by_name.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(y.0)));
        let mut by_function: Vec<(String, u64)> = Vec::new();
        for (i, &n) in pc_counts.iter().enumerate() {
            if n == 0 {
                continue;
            }
            let name = program
                .symbols
                .function_at(Program::pc_of(i))
                .map_or("<no symbol>", |(s, _)| s.name.as_str());
            match by_function.last_mut() {
                Some(last) if last.0 == name => last.1 += n,
                _ => match by_function.iter_mut().find(|(m, _)| m == name) {
                    Some(entry) => entry.1 += n,
                    None => by_function.push((name.to_string(), n)),
                },
            }
        }
        by_function.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
        RunReport {
            outcome,
            output,
            steps,
            pc_counts,
            opcode_counts: by_name,
            function_counts: by_function,
            elapsed,
        }
    }

    /// Millions of instructions per second of wall time.
    pub fn mips(&self) -> f64 {
        let secs = self.elapsed.as_secs_f64();
        if secs > 0.0 {
            self.steps as f64 / secs / 1e6
        } else {
            0.0
        }
    }

    /// Multi-line statistics as printed by `valida run --stats`.
    pub fn stats_text(&self) -> String {
        let mut s = format!(
            "instructions: {}\nwall time: {:.3} s\nspeed: {:.1} M instr/s\n",
            self.steps,
            self.elapsed.as_secs_f64(),
            self.mips()
        );
        if !self.opcode_counts.is_empty() {
            s.push_str("per opcode:\n");
            for (name, n) in &self.opcode_counts {
                let pct = if self.steps > 0 {
                    100.0 * *n as f64 / self.steps as f64
                } else {
                    0.0
                };
                s.push_str(&format!("  {name:<10} {n:>14} {pct:6.2}%\n"));
            }
        }
        if !self.function_counts.is_empty() {
            s.push_str("per function (top 20):\n");
            for (name, n) in self.function_counts.iter().take(20) {
                let pct = if self.steps > 0 {
                    100.0 * *n as f64 / self.steps as f64
                } else {
                    0.0
                };
                s.push_str(&format!("  {name:<24} {n:>14} {pct:6.2}%\n"));
            }
        }
        s
    }
}
