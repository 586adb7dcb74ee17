//! `valida-cc compare file.c|prog.rs [-O…] [--input F] [--json]`: the
//! program built for Valida and for RV32IM from the same optimised IR, both
//! run, stdout, stderr, exit statuses and instruction counts compared. Exit status 0 when they
//! match, 1 when they do not (or on an error).

use std::fs;

use crate::cli::CompareArgs;
use crate::codegen::init::set_llvm_options;
use crate::compare::json::Json;
use crate::compare::{self, CompareError, CompareOptions, Comparison, Side, rv_runtime};
use crate::error::{Error, Result};

fn driver_error(e: CompareError) -> Error {
    match e {
        CompareError::Driver(e) => e,
        other => Error::Usage(other.to_string()),
    }
}

/// Entry point of `compare`.
pub fn exec(args: &CompareArgs) -> Result<i32> {
    set_llvm_options(&args.compile.llvm_options())?;
    if args.build_rv32_runtime {
        rv_runtime::ensure(args.riscv_ir, args.compile.verbose).map_err(driver_error)?;
        return Ok(0);
    }
    let input = match &args.input {
        Some(p) => fs::read(p).map_err(|e| Error::io(p, e))?,
        None => Vec::new(),
    };
    let options = CompareOptions {
        compile: args.compile.clone(),
        riscv_ir: args.riscv_ir,
        keep: args.keep.clone(),
    };
    let builds = compare::build(&args.inputs, &options).map_err(driver_error)?;
    let result = compare::run(&builds, &input, args.max_steps).map_err(driver_error)?;
    let name = args
        .inputs
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(" ");
    if args.json {
        println!("{}", to_json(&name, args, &result));
    } else {
        print!("{}", to_text(&name, args, &result));
    }
    Ok(if result.matches() { 0 } else { 1 })
}

fn side_json(s: &Side) -> Json {
    Json::obj(vec![
        ("outcome", Json::Str(s.outcome.clone())),
        ("exit_status", Json::Num(f64::from(s.exit_status))),
        ("executed", Json::Num(s.steps as f64)),
        ("static_user", Json::Num(s.static_user as f64)),
        ("static_total", Json::Num(s.static_total as f64)),
        ("seconds", Json::Num(s.elapsed.as_secs_f64())),
        ("mips", Json::Num((s.mips() * 100.0).round() / 100.0)),
        (
            "trace_cells",
            s.trace_cells.map_or(Json::Null, |c| Json::Num(c as f64)),
        ),
        (
            "memory_ops",
            s.memory_ops.map_or(Json::Null, |c| Json::Num(c as f64)),
        ),
        (
            "stdout",
            Json::Str(String::from_utf8_lossy(&s.output).into_owned()),
        ),
        (
            "stderr",
            Json::Str(String::from_utf8_lossy(&s.stderr).into_owned()),
        ),
    ])
}

/// The `--json` object.
pub fn to_json(name: &str, args: &CompareArgs, r: &Comparison) -> Json {
    Json::obj(vec![
        ("program", Json::Str(name.to_string())),
        ("opt", Json::Str(args.compile.opt.clang_flag().to_string())),
        ("riscv_ir", Json::Str(args.riscv_ir.name().to_string())),
        (
            "mllvm",
            Json::Arr(args.compile.mllvm.iter().cloned().map(Json::Str).collect()),
        ),
        ("match", Json::Bool(r.matches())),
        ("stdout_match", Json::Bool(r.output_matches())),
        ("stderr_match", Json::Bool(r.stderr_matches())),
        ("status_match", Json::Bool(r.status_matches())),
        ("ratio", Json::Num((r.ratio() * 10000.0).round() / 10000.0)),
        (
            "static_ratio",
            Json::Num((r.static_ratio() * 10000.0).round() / 10000.0),
        ),
        ("valida", side_json(&r.valida)),
        ("riscv", side_json(&r.riscv)),
    ])
}

/// Where two streams first differ: (line number from 1, Valida's line, RV32's line).
fn first_difference(a: &[u8], b: &[u8]) -> Option<(usize, String, String)> {
    let la: Vec<&[u8]> = a.split(|&c| c == b'\n').collect();
    let lb: Vec<&[u8]> = b.split(|&c| c == b'\n').collect();
    (0..la.len().max(lb.len())).find_map(|i| {
        let x = la.get(i).copied();
        let y = lb.get(i).copied();
        (x != y).then(|| {
            let show = |l: Option<&[u8]>| {
                l.map_or_else(
                    || "<end of output>".to_string(),
                    |l| format!("{:?}", String::from_utf8_lossy(l)),
                )
            };
            (i + 1, show(x), show(y))
        })
    })
}

/// The human-readable report.
pub fn to_text(name: &str, args: &CompareArgs, r: &Comparison) -> String {
    let mut s = format!(
        "{name} ({}, RISC-V IR: {})\n",
        args.compile.opt.clang_flag(),
        args.riscv_ir.name()
    );
    s.push_str(&format!("{:<22}{:>18}{:>18}\n", "", "Valida", "RV32IM"));
    let row = |label: &str, v: String, w: String| format!("{label:<22}{v:>18}{w:>18}\n");
    s.push_str(&row(
        "outcome",
        r.valida.outcome.clone(),
        r.riscv.outcome.clone(),
    ));
    s.push_str(&row(
        "executed instructions",
        r.valida.steps.to_string(),
        r.riscv.steps.to_string(),
    ));
    s.push_str(&row(
        "static (program)",
        r.valida.static_user.to_string(),
        r.riscv.static_user.to_string(),
    ));
    s.push_str(&row(
        "static (executable)",
        r.valida.static_total.to_string(),
        r.riscv.static_total.to_string(),
    ));
    s.push_str(&row(
        "proof trace cells",
        r.valida
            .trace_cells
            .map_or_else(|| "-".into(), |c| c.to_string()),
        "-".into(),
    ));
    s.push_str(&row(
        "proof memory operations",
        r.valida
            .memory_ops
            .map_or_else(|| "-".into(), |c| c.to_string()),
        "-".into(),
    ));
    s.push_str(&row(
        "M instr/s",
        format!("{:.1}", r.valida.mips()),
        format!("{:.1}", r.riscv.mips()),
    ));
    s.push_str(&format!(
        "Valida/RV32IM: executed {:.3}, static {:.3}\n",
        r.ratio(),
        r.static_ratio()
    ));
    if r.matches() {
        s.push_str(&format!(
            "match: same output ({} bytes), stderr ({} bytes) and exit status {}\n",
            r.valida.output.len(),
            r.valida.stderr.len(),
            r.valida.exit_status
        ));
    } else {
        if !r.status_matches() {
            s.push_str(&format!(
                "MISMATCH: exit status {} (Valida) vs {} (RV32IM)\n",
                r.valida.exit_status, r.riscv.exit_status
            ));
        }
        if let Some((line, v, w)) = first_difference(&r.valida.output, &r.riscv.output) {
            s.push_str(&format!(
                "MISMATCH: output differs at line {line}:\n  Valida: {v}\n  RV32IM: {w}\n"
            ));
        }
        if let Some((line, v, w)) = first_difference(&r.valida.stderr, &r.riscv.stderr) {
            s.push_str(&format!(
                "MISMATCH: stderr differs at line {line}:\n  Valida: {v}\n  RV32IM: {w}\n"
            ));
        }
    }
    s
}
