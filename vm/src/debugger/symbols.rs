//! What the debugger reads from DWARF besides addr2line's pc → line: the
//! line table with its statement and prologue-end flags (where `step`
//! stops and where `break FUNCTION` lands), and every function's variables
//! and the program's globals with their location expressions.

use std::collections::BTreeMap;
use std::rc::Rc;

use gimli::{AttributeValue, EndianRcSlice, LittleEndian, Reader as _, UnitOffset};

use crate::debuginfo::{DebugInfoError, demangle, load_dwarf, path_matches};

pub type Reader = EndianRcSlice<LittleEndian>;

/// Addresses from here up are tombstones (code the linker dropped), not code.
const TOMBSTONE: u32 = 0xFFFF_0000;
pub type Dwarf = gimli::Dwarf<Reader>;
pub type Unit = gimli::Unit<Reader>;

/// A type DIE: its unit (index into [`Symbols::units`]) and offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TypeRef {
    pub unit: usize,
    pub offset: UnitOffset<usize>,
}

/// One row of the line table that starts a statement.
#[derive(Clone, Debug)]
pub struct LineRow {
    pub addr: u32,
    pub file: Rc<str>,
    pub line: u32,
    /// A place `step` and `next` stop: a statement start past its
    /// function's prologue.
    pub stop: bool,
}

/// Where a variable lives.
#[derive(Clone, Debug)]
pub enum Location {
    /// One expression, valid wherever the variable is in scope.
    Expr(gimli::Expression<Reader>),
    /// A location list: `(begin, end, expression)`.
    List(Vec<(u32, u32, gimli::Expression<Reader>)>),
    /// No location (optimised out).
    None,
}

/// A variable or parameter.
#[derive(Clone, Debug)]
pub struct Variable {
    pub name: String,
    pub ty: Option<TypeRef>,
    pub location: Location,
    pub unit: usize,
    pub parameter: bool,
    /// Address ranges of the enclosing lexical block; empty: the whole
    /// function.
    pub scope: Vec<(u32, u32)>,
}

/// A function with code (a concrete, not inlined, subprogram).
#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub ranges: Vec<(u32, u32)>,
    pub unit: usize,
    pub return_type: Option<TypeRef>,
    pub variables: Vec<Variable>,
    /// First address past the prologue (the `prologue_end` row), if marked.
    pub body: Option<u32>,
}

impl Function {
    pub fn contains(&self, pc: u32) -> bool {
        self.ranges.iter().any(|&(b, e)| pc >= b && pc < e)
    }

    pub fn low(&self) -> u32 {
        self.ranges.iter().map(|r| r.0).min().unwrap_or(0)
    }
}

/// The debugger's view of the DWARF of one executable.
pub struct Symbols {
    pub dwarf: Dwarf,
    pub units: Vec<Unit>,
    /// Statement rows by address.
    rows: BTreeMap<u32, LineRow>,
    /// Ends of line-table sequences (an address there has no line).
    ends: Vec<u32>,
    pub functions: Vec<Function>,
    pub globals: Vec<Variable>,
}

impl Symbols {
    /// Reads the DWARF of an ELF executable; `Ok(None)` without `-g`.
    pub fn from_elf(bytes: &[u8]) -> Result<Option<Symbols>, DebugInfoError> {
        let Some(dwarf) = load_dwarf(bytes)? else {
            return Ok(None);
        };
        let mut units = Vec::new();
        let mut headers = dwarf.units();
        while let Some(header) = headers.next()? {
            units.push(dwarf.unit(header)?);
        }
        let mut symbols = Symbols {
            dwarf,
            units,
            rows: BTreeMap::new(),
            ends: Vec::new(),
            functions: Vec::new(),
            globals: Vec::new(),
        };
        let mut prologue_ends = Vec::new();
        for u in 0..symbols.units.len() {
            symbols.read_lines(u, &mut prologue_ends)?;
            symbols.read_entries(u)?;
        }
        symbols.ends.sort_unstable();
        prologue_ends.sort_unstable();
        // Rows from a function's entry up to its prologue end are not stops;
        // the first prologue-end row in its range is where `break F` lands.
        for f in &mut symbols.functions {
            let low = f.low();
            let body = prologue_ends
                .iter()
                .copied()
                .find(|&a| a >= low && f.ranges.iter().any(|&(b, e)| a >= b && a < e));
            f.body = body;
            if let Some(body) = body {
                for (_, row) in symbols.rows.range_mut(low..body) {
                    row.stop = false;
                }
            }
        }
        Ok(Some(symbols))
    }

    /// No units: what a program without `-g` has (numbers and `$fp` still
    /// evaluate).
    pub fn empty() -> Result<Symbols, DebugInfoError> {
        let dwarf = gimli::Dwarf::load(|_| {
            Ok::<_, gimli::Error>(EndianRcSlice::new(Rc::from(&[][..]), LittleEndian))
        })?;
        Ok(Symbols {
            dwarf,
            units: Vec::new(),
            rows: BTreeMap::new(),
            ends: Vec::new(),
            functions: Vec::new(),
            globals: Vec::new(),
        })
    }

    fn read_lines(&mut self, u: usize, prologue_ends: &mut Vec<u32>) -> Result<(), gimli::Error> {
        let unit = &self.units[u];
        let Some(program) = unit.line_program.clone() else {
            return Ok(());
        };
        let mut names: BTreeMap<u64, Rc<str>> = BTreeMap::new();
        let mut rows = program.rows();
        while let Some((header, row)) = rows.next_row()? {
            if row.address() >= u64::from(TOMBSTONE) {
                continue;
            }
            let addr = row.address() as u32;
            if row.end_sequence() {
                self.ends.push(addr);
                continue;
            }
            if row.prologue_end() {
                prologue_ends.push(addr);
            }
            let Some(line) = row.line() else { continue };
            if !row.is_stmt() {
                continue;
            }
            let index = row.file_index();
            let file = match names.get(&index) {
                Some(f) => f.clone(),
                None => {
                    let name: Rc<str> = match header.file(index) {
                        Some(entry) => Rc::from(file_path(&self.dwarf, unit, header, entry)),
                        None => Rc::from("??"),
                    };
                    names.insert(index, name.clone());
                    name
                }
            };
            self.rows.insert(
                addr,
                LineRow {
                    addr,
                    file,
                    line: line.get() as u32,
                    stop: true,
                },
            );
        }
        Ok(())
    }

    fn read_entries(&mut self, u: usize) -> Result<(), gimli::Error> {
        let unit = &self.units[u];
        let mut tree = unit.entries_tree(None)?;
        let root = tree.root()?;
        let mut functions = Vec::new();
        let mut globals = Vec::new();
        walk_scope(&self.dwarf, unit, u, root, &mut functions, &mut globals)?;
        self.functions.extend(functions);
        self.globals.extend(globals);
        Ok(())
    }

    /// The statement row starting exactly at `pc`, if `step` may stop there.
    pub fn stop_at(&self, pc: u32) -> Option<&LineRow> {
        self.rows.get(&pc).filter(|r| r.stop)
    }

    /// The statement row covering `pc` (the last one at or before it, unless
    /// a sequence ends between them).
    pub fn row_for(&self, pc: u32) -> Option<&LineRow> {
        let (_, row) = self.rows.range(..=pc).next_back()?;
        let ended = self.ends.iter().any(|&end| end > row.addr && end <= pc);
        (!ended).then_some(row)
    }

    /// Addresses where `break FILE:LINE` stops: the stops of that line, or
    /// if it has no code, of the next line that has (and which line that is).
    pub fn line_breakpoints(&self, file: &str, line: u32) -> Option<(u32, Vec<u32>)> {
        let mut best: Option<u32> = None;
        for row in self.rows.values() {
            if row.stop && row.line >= line && path_matches(&row.file, file) {
                best = Some(best.map_or(row.line, |b| b.min(row.line)));
            }
        }
        let found = best?;
        let mut addrs: Vec<u32> = self
            .rows
            .values()
            .filter(|r| r.stop && r.line == found && path_matches(&r.file, file))
            .map(|r| r.addr)
            .collect();
        // One stop per function: a line's later statement rows (a loop's
        // increment) are reached after its first.
        addrs.sort_unstable();
        let mut kept: Vec<u32> = Vec::new();
        for a in addrs {
            let f = self.function_at(a).map(|f| f.low());
            if !kept
                .iter()
                .any(|&k| self.function_at(k).map(|f| f.low()) == f)
            {
                kept.push(a);
            }
        }
        Some((found, kept))
    }

    /// The function whose code contains `pc`.
    pub fn function_at(&self, pc: u32) -> Option<&Function> {
        self.functions.iter().find(|f| f.contains(pc))
    }

    /// A function by name (demangled, or its last path component for Rust).
    pub fn function_named(&self, name: &str) -> Option<&Function> {
        self.functions.iter().find(|f| f.name == name).or_else(|| {
            self.functions
                .iter()
                .find(|f| f.name.rsplit("::").next() == Some(name))
        })
    }
}

/// A line-table file's path (its directory joined in front if relative).
fn file_path(
    dwarf: &Dwarf,
    unit: &Unit,
    header: &gimli::LineProgramHeader<Reader>,
    entry: &gimli::FileEntry<Reader>,
) -> String {
    let text = |v: AttributeValue<Reader>| -> Option<String> {
        let r = dwarf.attr_string(unit, v).ok()?;
        Some(r.to_string_lossy().ok()?.into_owned())
    };
    let name = text(entry.path_name()).unwrap_or_else(|| "??".into());
    if name.starts_with('/') {
        return name;
    }
    let comp_dir = unit
        .comp_dir
        .as_ref()
        .and_then(|d| d.to_string_lossy().ok().map(|c| c.into_owned()));
    let joined = match entry.directory(header).and_then(text) {
        Some(dir) if !dir.is_empty() => format!("{}/{name}", dir.trim_end_matches('/')),
        _ => name,
    };
    // A relative directory is relative to the compilation directory.
    match comp_dir {
        Some(c) if !joined.starts_with('/') && !c.is_empty() => {
            format!("{}/{joined}", c.trim_end_matches('/'))
        }
        _ => joined,
    }
}

/// A DIE's name, following `DW_AT_abstract_origin`/`DW_AT_specification`
/// within the unit; Rust linkage names are demangled.
fn die_name(
    dwarf: &Dwarf,
    unit: &Unit,
    entry: &gimli::DebuggingInformationEntry<Reader>,
) -> Option<String> {
    if let Some(v) = entry.attr_value(gimli::DW_AT_name) {
        let r = dwarf.attr_string(unit, v).ok()?;
        return Some(r.to_string_lossy().ok()?.into_owned());
    }
    for at in [gimli::DW_AT_abstract_origin, gimli::DW_AT_specification] {
        if let Some(AttributeValue::UnitRef(off)) = entry.attr_value(at) {
            let origin = unit.entry(off).ok()?;
            return die_name(dwarf, unit, &origin);
        }
    }
    None
}

/// A DIE's `DW_AT_type`, following its abstract origin if it has none.
fn die_type(
    unit: &Unit,
    u: usize,
    entry: &gimli::DebuggingInformationEntry<Reader>,
) -> Option<TypeRef> {
    if let Some(AttributeValue::UnitRef(offset)) = entry.attr_value(gimli::DW_AT_type) {
        return Some(TypeRef { unit: u, offset });
    }
    for at in [gimli::DW_AT_abstract_origin, gimli::DW_AT_specification] {
        if let Some(AttributeValue::UnitRef(off)) = entry.attr_value(at) {
            let origin = unit.entry(off).ok()?;
            return die_type(unit, u, &origin);
        }
    }
    None
}

fn die_ranges(
    dwarf: &Dwarf,
    unit: &Unit,
    entry: &gimli::DebuggingInformationEntry<Reader>,
) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    if let Ok(mut ranges) = dwarf.die_ranges(unit, entry) {
        while let Ok(Some(r)) = ranges.next() {
            // Code the linker dropped has a tombstone address (-1).
            if r.end > r.begin && r.begin < u64::from(TOMBSTONE) {
                out.push((r.begin as u32, r.end as u32));
            }
        }
    }
    out
}

fn variable(
    dwarf: &Dwarf,
    unit: &Unit,
    u: usize,
    entry: &gimli::DebuggingInformationEntry<Reader>,
    scope: &[(u32, u32)],
) -> Option<Variable> {
    let name = die_name(dwarf, unit, entry)?;
    let location = match entry.attr_value(gimli::DW_AT_location) {
        Some(AttributeValue::Exprloc(expr)) => Location::Expr(expr),
        Some(v) => match dwarf.attr_locations(unit, v) {
            Ok(Some(mut list)) => {
                let mut entries = Vec::new();
                while let Ok(Some(e)) = list.next() {
                    entries.push((e.range.begin as u32, e.range.end as u32, e.data));
                }
                Location::List(entries)
            }
            _ => Location::None,
        },
        None => Location::None,
    };
    Some(Variable {
        name,
        ty: die_type(unit, u, entry),
        location,
        unit: u,
        parameter: entry.tag() == gimli::DW_TAG_formal_parameter,
        scope: scope.to_vec(),
    })
}

/// Collects functions and globals under a node (the unit, a namespace).
fn walk_scope(
    dwarf: &Dwarf,
    unit: &Unit,
    u: usize,
    node: gimli::EntriesTreeNode<'_, '_, Reader>,
    functions: &mut Vec<Function>,
    globals: &mut Vec<Variable>,
) -> Result<(), gimli::Error> {
    let mut children = node.children();
    while let Some(child) = children.next()? {
        let entry = child.entry().clone();
        match entry.tag() {
            gimli::DW_TAG_subprogram => {
                let ranges = die_ranges(dwarf, unit, &entry);
                if ranges.is_empty() {
                    // A declaration or abstract instance: its children may
                    // still hold nested items (Rust impls), not code.
                    walk_scope(dwarf, unit, u, child, functions, globals)?;
                    continue;
                }
                let name = die_name(dwarf, unit, &entry)
                    .map(|n| demangle(&n).into_owned())
                    .unwrap_or_else(|| "??".into());
                let mut variables = Vec::new();
                collect_locals(dwarf, unit, u, child, &[], &mut variables)?;
                functions.push(Function {
                    name,
                    ranges,
                    unit: u,
                    return_type: die_type(unit, u, &entry),
                    variables,
                    body: None,
                });
            }
            gimli::DW_TAG_variable => {
                if let Some(v) = variable(dwarf, unit, u, &entry, &[])
                    && !matches!(v.location, Location::None)
                {
                    globals.push(v);
                }
            }
            gimli::DW_TAG_namespace
            | gimli::DW_TAG_structure_type
            | gimli::DW_TAG_class_type
            | gimli::DW_TAG_union_type => {
                walk_scope(dwarf, unit, u, child, functions, globals)?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// A function's parameters and variables, lexical blocks included
/// (inlined calls' variables are left out).
fn collect_locals(
    dwarf: &Dwarf,
    unit: &Unit,
    u: usize,
    node: gimli::EntriesTreeNode<'_, '_, Reader>,
    scope: &[(u32, u32)],
    out: &mut Vec<Variable>,
) -> Result<(), gimli::Error> {
    let mut children = node.children();
    while let Some(child) = children.next()? {
        let entry = child.entry().clone();
        match entry.tag() {
            gimli::DW_TAG_formal_parameter | gimli::DW_TAG_variable => {
                if let Some(v) = variable(dwarf, unit, u, &entry, scope) {
                    out.push(v);
                }
            }
            gimli::DW_TAG_lexical_block => {
                let ranges = die_ranges(dwarf, unit, &entry);
                let inner = if ranges.is_empty() {
                    scope.to_vec()
                } else {
                    ranges
                };
                collect_locals(dwarf, unit, u, child, &inner, out)?;
            }
            _ => {}
        }
    }
    Ok(())
}
