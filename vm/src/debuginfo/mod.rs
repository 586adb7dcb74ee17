//! Source-level information from the DWARF sections of an executable
//! (`valida-cc -g`): pc → function, file:line and inlined frames, read with
//! gimli and addr2line. Code addresses in DWARF are byte addresses
//! (24 × instruction index), like every Valida code address.

pub mod backtrace;
pub mod report;

use std::borrow::Cow;
use std::rc::Rc;

use addr2line::Context;
use gimli::{EndianRcSlice, LittleEndian, SectionId};
use goblin::elf::Elf;

type Reader = EndianRcSlice<LittleEndian>;

/// Why the DWARF of an executable could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DebugInfoError {
    #[error("not a valid ELF file: {0}")]
    Elf(#[from] goblin::error::Error),
    #[error("section {name} lies outside the file")]
    SectionOutOfFile { name: String },
    #[error("malformed DWARF: {0}")]
    Dwarf(#[from] gimli::Error),
}

/// One source-level frame at a pc: a function, and where in it. A pc inside
/// inlined code has several, innermost first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceFrame {
    /// Demangled function name (without a Rust hash suffix).
    pub function: Option<String>,
    pub file: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
    /// Whether this frame was inlined into the next one.
    pub inlined: bool,
}

impl SourceFrame {
    /// `file:line` (or `file:line:column`), if the line is known.
    pub fn location(&self) -> Option<String> {
        let file = self.file.as_deref()?;
        let line = self.line?;
        Some(match self.column {
            Some(c) if c > 0 => format!("{file}:{line}:{c}"),
            _ => format!("{file}:{line}"),
        })
    }
}

/// The DWARF of one executable.
pub struct DebugInfo {
    context: Context<Reader>,
}

impl DebugInfo {
    /// Reads the DWARF sections of an ELF executable. `Ok(None)` when it has
    /// no line table (built without `-g`).
    pub fn from_elf(bytes: &[u8]) -> Result<Option<DebugInfo>, DebugInfoError> {
        let Some(dwarf) = load_dwarf(bytes)? else {
            return Ok(None);
        };
        let context = Context::from_dwarf(dwarf)?;
        Ok(Some(DebugInfo { context }))
    }

    /// Source frames at `pc`, innermost (most inlined) first; empty when
    /// DWARF says nothing about `pc`.
    pub fn frames(&self, pc: u32) -> Vec<SourceFrame> {
        let mut out = Vec::new();
        let Ok(mut frames) = self.context.find_frames(u64::from(pc)).skip_all_loads() else {
            return out;
        };
        while let Ok(Some(frame)) = frames.next() {
            let function = frame.function.as_ref().and_then(|f| {
                let raw = f.raw_name().ok()?;
                Some(demangle(&raw).into_owned())
            });
            let (file, line, column) = match &frame.location {
                Some(loc) => (loc.file.map(str::to_string), loc.line, loc.column),
                None => (None, None, None),
            };
            out.push(SourceFrame {
                function,
                file,
                line,
                column,
                inlined: true,
            });
        }
        if let Some(last) = out.last_mut() {
            last.inlined = false;
        }
        out
    }

    /// The line-table location of `pc` (no inlining information).
    pub fn line(&self, pc: u32) -> Option<(String, u32)> {
        let loc = self.context.find_location(u64::from(pc)).ok()??;
        Some((loc.file?.to_string(), loc.line?))
    }

    /// Every address range of the line table that belongs to `file:line`
    /// (the file matched by its path's suffix, `x.c` finds `dir/x.c`), as
    /// `(begin, end)` byte addresses.
    pub fn line_ranges(&self, file: &str, line: u32) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        let Ok(rows) = self.context.find_location_range(0, u64::from(u32::MAX)) else {
            return out;
        };
        for (begin, len, loc) in rows {
            if loc.line == Some(line) && loc.file.is_some_and(|f| path_matches(f, file)) {
                out.push((begin as u32, (begin + len) as u32));
            }
        }
        out
    }
}

/// The DWARF sections of an ELF executable; `Ok(None)` when it has no
/// line table (built without `-g`).
pub fn load_dwarf(bytes: &[u8]) -> Result<Option<gimli::Dwarf<Reader>>, DebugInfoError> {
    let elf = Elf::parse(bytes)?;
    let mut has_lines = false;
    let mut section = |id: SectionId| -> Result<Reader, DebugInfoError> {
        let wanted = id.name();
        for sh in &elf.section_headers {
            if elf.shdr_strtab.get_at(sh.sh_name) != Some(wanted) {
                continue;
            }
            let start = usize::try_from(sh.sh_offset).unwrap_or(usize::MAX);
            let data = usize::try_from(sh.sh_size)
                .ok()
                .and_then(|n| start.checked_add(n))
                .and_then(|end| bytes.get(start..end))
                .ok_or_else(|| DebugInfoError::SectionOutOfFile {
                    name: wanted.to_string(),
                })?;
            if id == SectionId::DebugLine && !data.is_empty() {
                has_lines = true;
            }
            return Ok(EndianRcSlice::new(Rc::from(data), LittleEndian));
        }
        Ok(EndianRcSlice::new(Rc::from(&[][..]), LittleEndian))
    };
    let dwarf = gimli::Dwarf::load(&mut section)?;
    Ok(has_lines.then_some(dwarf))
}

/// Whether `path` names `wanted`: equal, or ends with `/wanted`.
pub fn path_matches(path: &str, wanted: &str) -> bool {
    path == wanted
        || path
            .strip_suffix(wanted)
            .is_some_and(|rest| rest.ends_with('/'))
}

/// Demangles a Rust symbol name (without the hash); other names unchanged.
pub fn demangle(name: &str) -> Cow<'_, str> {
    match rustc_demangle::try_demangle(name) {
        Ok(d) => Cow::Owned(format!("{d:#}")),
        Err(_) => Cow::Borrowed(name),
    }
}
