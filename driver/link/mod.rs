//! The Valida linker: reads ELF32 relocatable objects and `ar` archives,
//! resolves symbols (pulling archive members on demand), lays the sections
//! out as `docs/abi.md` says, applies `R_VALIDA_*` relocations and writes
//! an ELF32 executable that the Valida VM loads.

pub mod archive;
mod debug;
mod layout;
mod map;
pub mod read;
mod reloc;
#[doc(hidden)]
pub mod testobj;
mod write;

use std::collections::{HashMap, HashSet};
use std::fmt;

use read::{Binding, Object, SymDef};

/// Initial frame pointer of the VM and top of the stack.
pub const STACK_TOP: u32 = 0x3BFF_FFF8;
/// Value of `__valida_null_guard`: the VM traps loads/stores below it in
/// executables that define the symbol (no data is placed below 0x10000).
pub const NULL_GUARD: u32 = 0x1000;
/// Size reserved for the stack below [`STACK_TOP`].
pub const STACK_SIZE: u32 = 0x0800_0000;
/// Lowest address of the data segments.
pub const DATA_MIN: u32 = 0x1_0000;
/// Bytes per instruction record.
pub const INSTR_BYTES: u32 = 24;

/// Symbols the linker defines when no input does.
pub const LINKER_SYMBOLS: &[&str] = &[
    "__init_array_start",
    "__init_array_end",
    "__fini_array_start",
    "__fini_array_end",
    "__heap_start",
    "__heap_end",
    "__stack_top",
    "__stack_limit",
    "__valida_null_guard",
];

/// One reference to an undefined symbol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub file: String,
    pub function: Option<String>,
    /// Whether `function` names data (an initialiser) rather than code.
    pub in_data: bool,
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.function {
            Some(name) if self.in_data => write!(f, "{} in object {}", self.file, name),
            Some(name) => write!(f, "{} in function {}", self.file, name),
            None => write!(f, "{}", self.file),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error("{file}: {message}")]
    Malformed { file: String, message: String },
    #[error("undefined symbol: {symbol} (referenced by {})", refs_text(.references))]
    Undefined {
        symbol: String,
        references: Vec<Reference>,
    },
    #[error("duplicate symbol: {symbol} (defined in {first} and in {second})")]
    Duplicate {
        symbol: String,
        first: String,
        second: String,
    },
    #[error("undefined symbol: {0} (the entry point; link the runtime's start code or define it)")]
    NoEntry(String),
    #[error(
        "{file}: relocation of type {kind} at offset {offset:#x} in section {section} is not supported"
    )]
    BadRelocation {
        file: String,
        section: String,
        kind: u32,
        offset: u32,
    },
    #[error("{file}: relocation at offset {offset:#x} lies outside section {section}")]
    RelocationOutOfRange {
        file: String,
        section: String,
        offset: u32,
    },
    #[error("program is too large: {0}")]
    TooLarge(String),
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\nerror: "))]
    Many(Vec<LinkError>),
}

fn refs_text(refs: &[Reference]) -> String {
    let mut s = refs
        .iter()
        .take(3)
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    if refs.len() > 3 {
        s.push_str(&format!(" and {} more", refs.len() - 3));
    }
    s
}

/// An input of the link, in command-line order.
#[derive(Debug, Clone)]
pub enum Input {
    Object { name: String, bytes: Vec<u8> },
    Archive { name: String, bytes: Vec<u8> },
}

#[derive(Debug, Clone)]
pub struct LinkOptions {
    /// The symbol placed at address 0 (`_start`).
    pub entry: String,
    /// Drop sections nothing reachable from the entry refers to.
    pub gc_sections: bool,
    /// `-u SYM`: pulled from archives and kept like the entry point.
    pub undefined: Vec<String>,
    /// `--defsym SYM=VALUE`: VALUE is a number or another symbol's name.
    pub defsym: Vec<(String, String)>,
    /// `--wrap SYM`: undefined `SYM` means `__wrap_SYM`, undefined
    /// `__real_SYM` means `SYM`.
    pub wrap: Vec<String>,
    /// Produce a link map ([`link_with_map`]).
    pub map: bool,
}

impl Default for LinkOptions {
    fn default() -> Self {
        LinkOptions {
            entry: "_start".into(),
            gc_sections: true,
            undefined: Vec::new(),
            defsym: Vec::new(),
            wrap: Vec::new(),
            map: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    Common,
    Weak,
    Strong,
}

/// Where a global symbol is defined.
#[derive(Debug, Clone, Copy)]
pub(crate) struct GlobalDef {
    pub obj: usize,
    pub sym: usize,
    strength: Strength,
}

/// The result of symbol resolution: the objects that take part and the
/// definition chosen for every global name.
pub(crate) struct Resolved {
    pub objects: Vec<Object>,
    pub globals: HashMap<String, GlobalDef>,
}

impl Resolved {
    /// The definition a relocation against `(obj, sym)` refers to, as
    /// `(object, symbol)` indices, or `None` if it is undefined.
    pub fn definition(&self, obj: usize, sym: usize) -> Option<(usize, usize)> {
        let s = &self.objects[obj].symbols[sym];
        if s.binding == Binding::Local {
            return Some((obj, sym));
        }
        self.globals.get(&s.name).map(|d| (d.obj, d.sym))
    }
}

/// Links `inputs` into an executable image (the bytes of an ELF file).
pub fn link(inputs: Vec<Input>, options: &LinkOptions) -> Result<Vec<u8>, LinkError> {
    link_with_map(inputs, options).map(|(image, _)| image)
}

/// As [`link`]; also returns the link map when `options.map` is set.
pub fn link_with_map(
    inputs: Vec<Input>,
    options: &LinkOptions,
) -> Result<(Vec<u8>, Option<String>), LinkError> {
    let resolved = resolve(inputs, options)?;
    let mut roots = vec![options.entry.clone()];
    roots.extend(options.undefined.iter().cloned());
    let live = layout::live_sections(&resolved, &roots, options.gc_sections);
    let mut errors = undefined_references(&resolved, &live);
    match errors.len() {
        0 => {}
        1 => return Err(errors.remove(0)),
        _ => return Err(LinkError::Many(errors)),
    }
    let layout = layout::Layout::compute(&resolved, options, &live)?;
    let mut image = layout::Image::new(&resolved, &layout);
    reloc::apply(&resolved, &layout, &mut image)?;
    let map = options.map.then(|| map::render(&resolved, &layout, &live));
    let dwarf = debug::link_debug(&resolved, &layout)?;
    Ok((write::write_executable(&resolved, &layout, &image, &dwarf), map))
}

/// `--wrap`: renames the undefined references of one object.
fn apply_wrap(obj: &mut Object, wrap: &[String]) {
    if wrap.is_empty() {
        return;
    }
    for s in &mut obj.symbols {
        if s.def != SymDef::Undefined {
            continue;
        }
        if wrap.contains(&s.name) {
            s.name = format!("__wrap_{}", s.name);
        } else if let Some(real) = s.name.strip_prefix("__real_")
            && wrap.iter().any(|w| w == real)
        {
            s.name = real.to_string();
        }
    }
}

/// A number as GNU ld reads it in `--defsym` (decimal, or 0x hex).
fn parse_number(v: &str) -> Option<u32> {
    match v.strip_prefix("0x").or(v.strip_prefix("0X")) {
        Some(hex) => u32::from_str_radix(hex, 16).ok(),
        None => v.parse().ok(),
    }
}

/// The object holding the absolute `--defsym` symbols.
fn defsym_object(defsym: &[(String, String)]) -> Object {
    let symbols = defsym
        .iter()
        .filter_map(|(name, v)| {
            parse_number(v).map(|value| read::Symbol {
                name: name.clone(),
                binding: Binding::Global,
                kind: read::SymKind::NoType,
                def: SymDef::Absolute,
                value,
                size: 0,
            })
        })
        .collect();
    Object {
        name: "--defsym".into(),
        sections: Vec::new(),
        symbols,
        debug: Vec::new(),
    }
}

fn resolve(inputs: Vec<Input>, options: &LinkOptions) -> Result<Resolved, LinkError> {
    let entry = options.entry.as_str();
    let mut objects = Vec::new();
    let mut archives = Vec::new();
    for input in inputs {
        match input {
            Input::Object { name, bytes } => {
                let mut obj = Object::parse(&name, &bytes)?;
                apply_wrap(&mut obj, &options.wrap);
                objects.push(obj);
            }
            Input::Archive { name, bytes } => archives.push(read::read_archive(&name, &bytes)?),
        }
    }
    if !options.defsym.is_empty() {
        objects.push(defsym_object(&options.defsym));
    }

    let mut globals: HashMap<String, GlobalDef> = HashMap::new();
    let mut errors = Vec::new();
    for idx in 0..objects.len() {
        add_globals(&objects, idx, &mut globals, &mut errors);
    }
    // Symbol aliases of --defsym, and -u, need their targets.
    let aliases: Vec<(&String, &String)> = options
        .defsym
        .iter()
        .filter(|(_, v)| parse_number(v).is_none())
        .map(|(n, v)| (n, v))
        .collect();

    // Archive members: first definition wins, pulled in until nothing changes.
    let mut index: HashMap<&str, (usize, usize)> = HashMap::new();
    for (a, members) in archives.iter().enumerate() {
        for (m, member) in members.iter().enumerate() {
            for name in &member.defines {
                index.entry(name.as_str()).or_insert((a, m));
            }
        }
    }
    let mut pulled: HashSet<(usize, usize)> = HashSet::new();
    let mut wanted: Vec<String> = vec![entry.to_string()];
    wanted.extend(options.undefined.iter().cloned());
    wanted.extend(aliases.iter().map(|(_, v)| (*v).clone()));
    let mut scanned = 0;
    loop {
        while scanned < objects.len() {
            for s in &objects[scanned].symbols {
                if s.def == SymDef::Undefined && s.binding == Binding::Global {
                    wanted.push(s.name.clone());
                }
            }
            scanned += 1;
        }
        let mut changed = false;
        for name in std::mem::take(&mut wanted) {
            if globals.contains_key(&name) {
                continue;
            }
            if let Some(&(a, m)) = index.get(name.as_str())
                && pulled.insert((a, m))
            {
                let mut obj = archives[a][m].object.clone();
                apply_wrap(&mut obj, &options.wrap);
                objects.push(obj);
                let idx = objects.len() - 1;
                add_globals(&objects, idx, &mut globals, &mut errors);
                changed = true;
            }
        }
        if !changed && scanned == objects.len() {
            break;
        }
    }

    for (name, target) in aliases {
        match globals.get(target.as_str()).copied() {
            Some(def) => {
                globals.insert(name.clone(), def);
            }
            None => errors.push(LinkError::Undefined {
                symbol: target.clone(),
                references: vec![Reference {
                    file: format!("--defsym {name}={target}"),
                    function: None,
                    in_data: false,
                }],
            }),
        }
    }

    if !globals.contains_key(entry) {
        errors.insert(0, LinkError::NoEntry(entry.to_string()));
    }

    match errors.len() {
        0 => Ok(Resolved { objects, globals }),
        1 => Err(errors.remove(0)),
        _ => Err(LinkError::Many(errors)),
    }
}

/// Undefined-symbol errors for the relocations of live sections against
/// strong undefined globals (a dead section's references do not count).
fn undefined_references(res: &Resolved, live: &[Vec<bool>]) -> Vec<LinkError> {
    let mut undefined: Vec<(String, Vec<Reference>)> = Vec::new();
    let mut undefined_pos: HashMap<String, usize> = HashMap::new();
    for (oi, obj) in res.objects.iter().enumerate() {
        for (shndx, sec) in obj.sections.iter().enumerate() {
            let Some(sec) = sec else { continue };
            if !live[oi][shndx] {
                continue;
            }
            for r in &sec.relocs {
                let s = &obj.symbols[r.symbol];
                if s.def != SymDef::Undefined
                    || s.binding != Binding::Global
                    || res.globals.contains_key(&s.name)
                    || LINKER_SYMBOLS.contains(&s.name.as_str())
                {
                    continue;
                }
                let reference = Reference {
                    file: obj.name.clone(),
                    function: obj.enclosing_symbol(shndx, r.offset).map(str::to_string),
                    in_data: sec.kind != read::SectionKind::Text,
                };
                let pos = *undefined_pos.entry(s.name.clone()).or_insert_with(|| {
                    undefined.push((s.name.clone(), Vec::new()));
                    undefined.len() - 1
                });
                if !undefined[pos].1.contains(&reference) {
                    undefined[pos].1.push(reference);
                }
            }
        }
    }
    undefined
        .into_iter()
        .map(|(symbol, references)| LinkError::Undefined { symbol, references })
        .collect()
}

fn add_globals(
    objects: &[Object],
    idx: usize,
    globals: &mut HashMap<String, GlobalDef>,
    errors: &mut Vec<LinkError>,
) {
    let obj = &objects[idx];
    for (si, s) in obj.symbols.iter().enumerate() {
        if s.binding == Binding::Local || s.name.is_empty() {
            continue;
        }
        let strength = match (s.def, s.binding) {
            (SymDef::Undefined | SymDef::Ignored | SymDef::Debug(_), _) => continue,
            (SymDef::Common { .. }, _) => Strength::Common,
            (_, Binding::Weak) => Strength::Weak,
            _ => Strength::Strong,
        };
        let new = GlobalDef {
            obj: idx,
            sym: si,
            strength,
        };
        match globals.get(&s.name).copied() {
            None => {
                globals.insert(s.name.clone(), new);
            }
            Some(old) => {
                if old.strength == Strength::Strong && strength == Strength::Strong {
                    errors.push(LinkError::Duplicate {
                        symbol: s.name.clone(),
                        first: objects[old.obj].name.clone(),
                        second: obj.name.clone(),
                    });
                } else if strength > old.strength
                    || (strength == Strength::Common
                        && old.strength == Strength::Common
                        && s.size > objects[old.obj].symbols[old.sym].size)
                {
                    globals.insert(s.name.clone(), new);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
