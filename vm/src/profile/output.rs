//! Profile outputs that name frames: folded stacks and flamegraph SVG.
//! With DWARF, a frame's inlined functions appear as frames of their own
//! and each stack ends in its source line (`fib.c:7`).

use std::collections::{BTreeMap, HashMap};

use super::Profile;
use crate::debuginfo::{DebugInfo, demangle};
use crate::program::Program;

/// One source frame of a sample: a function and, for the innermost, its
/// line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub function: String,
    pub file: Option<String>,
    pub line: Option<u32>,
}

/// Names frames at pcs, caching what DWARF says about each pc.
pub struct Namer<'a> {
    program: &'a Program,
    debug: Option<&'a DebugInfo>,
    cache: HashMap<u32, Vec<Named>>,
}

impl<'a> Namer<'a> {
    pub fn new(program: &'a Program, debug: Option<&'a DebugInfo>) -> Namer<'a> {
        Namer {
            program,
            debug,
            cache: HashMap::new(),
        }
    }

    /// The frames at `pc`, innermost (most inlined) first.
    pub fn frames(&mut self, pc: u32) -> &[Named] {
        let (program, debug) = (self.program, self.debug);
        self.cache.entry(pc).or_insert_with(|| {
            let symbol = program.symbols.function_at(pc).map_or_else(
                || format!("<{pc:#x}>"),
                |(s, _)| demangle(&s.name).into_owned(),
            );
            let frames: Vec<Named> = debug
                .map(|d| d.frames(pc))
                .unwrap_or_default()
                .into_iter()
                .map(|f| Named {
                    function: f.function.unwrap_or_else(|| symbol.clone()),
                    file: f.file,
                    line: f.line.filter(|&l| l > 0),
                })
                .collect();
            if frames.is_empty() {
                vec![Named {
                    function: symbol,
                    file: None,
                    line: None,
                }]
            } else {
                frames
            }
        })
    }
}

impl Profile {
    /// Each sample's pc per path level: for every node of the path of
    /// `node` (root first), the pc executing in it (the call site of the
    /// next level, or `pc` for the innermost).
    pub fn pcs_of(&self, node: u32, pc: u32) -> Vec<u32> {
        let path = self.path(node);
        let mut pcs: Vec<u32> = path[1..]
            .iter()
            .map(|&n| self.nodes[n as usize].call_site)
            .collect();
        pcs.push(pc);
        pcs
    }

    /// Folded stacks (`_start;main;fib 1234` per line), sorted. With DWARF,
    /// inlined functions are frames and each line ends with the source
    /// line of the innermost frame.
    pub fn folded_with(&self, program: &Program, debug: Option<&DebugInfo>) -> String {
        let mut namer = Namer::new(program, debug);
        // `;` separates frames and a space precedes the count.
        let clean = |n: &str| n.replace([';', ' '], "_");
        // Per node, the frames of its path above the sample's own pc
        // (the call sites), joined once.
        let mut prefixes: HashMap<u32, String> = HashMap::new();
        let mut lines: BTreeMap<String, u64> = BTreeMap::new();
        for ((node, pc), count) in self.per_pc() {
            let prefix = prefixes.entry(node).or_insert_with(|| {
                let pcs = self.pcs_of(node, pc);
                let sites = &pcs[..pcs.len() - 1];
                let mut names: Vec<String> = Vec::new();
                for &at in sites {
                    names.extend(namer.frames(at).iter().rev().map(|f| clean(&f.function)));
                }
                names.join(";")
            });
            let frames = namer.frames(pc);
            let mut key = prefix.clone();
            for f in frames.iter().rev() {
                if !key.is_empty() {
                    key.push(';');
                }
                key.push_str(&clean(&f.function));
            }
            let leaf_line = frames.first().and_then(|f| {
                let file = f.file.as_deref()?;
                let short = file.rsplit('/').next().unwrap_or(file);
                Some(format!("{short}:{}", f.line?))
            });
            if let Some(line) = leaf_line {
                key.push(';');
                key.push_str(&clean(&line));
            }
            *lines.entry(key).or_default() += count;
        }
        let mut out = String::new();
        for (path, count) in lines {
            out.push_str(&path);
            out.push(' ');
            out.push_str(&count.to_string());
            out.push('\n');
        }
        out
    }

    /// Folded stacks by function only (no DWARF).
    pub fn folded(&self, machine: &crate::exec::Machine) -> String {
        self.folded_with(machine.program(), None)
    }

    /// A flamegraph of the folded stacks, as SVG (rendered by inferno).
    pub fn flamegraph_svg(
        &self,
        program: &Program,
        debug: Option<&DebugInfo>,
        title: &str,
    ) -> Result<Vec<u8>, String> {
        let folded = self.folded_with(program, debug);
        let mut options = inferno::flamegraph::Options::default();
        options.title = title.to_string();
        options.count_name = "instructions".to_string();
        let mut svg = Vec::new();
        inferno::flamegraph::from_lines(&mut options, folded.lines(), &mut svg)
            .map_err(|e| e.to_string())?;
        Ok(svg)
    }
}
