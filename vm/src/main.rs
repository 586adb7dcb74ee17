//! `valida`: run, assemble, disassemble and benchmark Valida programs.

fn main() -> std::process::ExitCode {
    valida_vm_cli::main()
}

#[path = "cli/mod.rs"]
mod valida_vm_cli;
