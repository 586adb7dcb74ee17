//! `valida bench`.

use clap::Args;
use valida_vm::bench::run_all;

use super::{write_failed, write_stdout};

#[derive(Args)]
pub struct BenchArgs {
    /// Work multiplier (1 takes a few seconds).
    #[arg(long, default_value_t = 1)]
    scale: u32,
    /// Also count executions per instruction (as `run --stats` does).
    #[arg(long)]
    count: bool,
    /// Runs per program; the fastest is reported.
    #[arg(long, default_value_t = 3)]
    repeat: u32,
    /// Disable pair fusion (to measure its effect).
    #[arg(long)]
    no_fusion: bool,
}

pub fn exec(args: BenchArgs) -> u8 {
    match run_all(args.scale, args.count, args.repeat, !args.no_fusion) {
        Ok(results) => {
            let written = write_stdout(|out| {
                for r in results {
                    writeln!(
                        out,
                        "{:<28} {:>12} instr {:>8.3} s wall {:>8.1} M instr/s | {:>8.3} s cpu {:>8.1} M instr/s",
                        r.name,
                        r.steps,
                        r.seconds,
                        r.mips(),
                        r.cpu_seconds,
                        r.cpu_mips()
                    )?;
                }
                Ok(())
            });
            match written {
                Ok(()) => 0,
                Err(e) => write_failed("results to stdout", &e),
            }
        }
        Err(e) => {
            diag!("valida: bench failed: {e}");
            e.exit_status()
        }
    }
}
