//! Writing `valida run --profile FILE` (format by extension) and the cycle
//! regions of `--stats`.

use std::path::Path;

use valida_vm::Machine;
use valida_vm::debuginfo::DebugInfo;
use valida_vm::profile::{Profile, Region};

/// The output format of a profile file, from its name: `.svg` a
/// flamegraph, `.pb`/`.pprof` pprof protobuf, anything else folded stacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Folded,
    Pprof,
    Svg,
}

impl Format {
    pub fn of(path: &Path) -> Format {
        match path.extension().and_then(|e| e.to_str()) {
            Some("svg") => Format::Svg,
            Some("pb" | "pprof") => Format::Pprof,
            _ => Format::Folded,
        }
    }
}

/// Renders and writes the profile.
pub fn write(profile: &Profile, machine: &Machine, elf: &[u8], path: &Path) -> std::io::Result<()> {
    let debug = DebugInfo::from_elf(elf).ok().flatten();
    let program = machine.program();
    let bytes = match Format::of(path) {
        Format::Folded => profile.folded_with(program, debug.as_ref()).into_bytes(),
        Format::Pprof => profile.pprof_bytes(program, debug.as_ref()),
        Format::Svg => {
            let title = format!(
                "{} ({} instructions)",
                path.file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or("profile"),
                profile.total()
            );
            profile
                .flamegraph_svg(program, debug.as_ref(), &title)
                .map_err(std::io::Error::other)?
        }
    };
    std::fs::write(path, bytes)
}

/// The `--stats` lines of the cycle regions.
pub fn regions_text(regions: &[Region]) -> String {
    let mut out = String::new();
    if regions.is_empty() {
        return out;
    }
    out.push_str("cycle regions (valida_cycle_start/valida_cycle_end):\n");
    let width = regions.iter().map(|r| r.name.len()).max().unwrap_or(0);
    for r in regions {
        out.push_str(&format!(
            "  {:<width$}  {:>14} cycles  {:>8} times",
            r.name, r.cycles, r.count
        ));
        if r.open > 0 {
            out.push_str(&format!("  ({} still open at exit)", r.open));
        }
        out.push('\n');
    }
    out
}
