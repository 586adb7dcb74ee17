//! `valida bench`.

use std::path::PathBuf;

use clap::Args;
use valida_vm::bench::{run_all, table};

use super::{write_failed, write_stdout};

#[derive(Args)]
pub struct BenchArgs {
    /// Work multiplier of the built-in programs (1 takes a few seconds).
    #[arg(long, default_value_t = 1)]
    scale: u32,
    /// Also count executions per instruction (as `run --stats` does).
    #[arg(long)]
    count: bool,
    /// Runs per program and executor; the fastest is reported.
    #[arg(long, default_value_t = 3)]
    repeat: u32,
    /// Disable pair fusion in the interpreter (to measure its effect).
    #[arg(long)]
    no_fusion: bool,
    /// Also measure each DIR/NAME.valida, against DIR/NAME.native if
    /// present (see scripts/bench-vm.sh).
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
    /// Skip the built-in assembly programs.
    #[arg(long)]
    no_builtin: bool,
}

pub fn exec(args: BenchArgs) -> u8 {
    let rows = run_all(
        args.scale,
        args.count,
        args.repeat,
        !args.no_fusion,
        !args.no_builtin,
        args.dir.as_deref(),
    );
    match rows {
        Ok(rows) => match write_stdout(|out| out.write_all(table(&rows).as_bytes())) {
            Ok(()) => 0,
            Err(e) => write_failed("results to stdout", &e),
        },
        Err(e) => {
            diag!("valida: bench failed: {e}");
            e.exit_status()
        }
    }
}
