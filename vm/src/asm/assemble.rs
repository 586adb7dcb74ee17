//! Two-pass assembler: lay out sections and labels, then encode
//! instructions and data with every symbol known.

use std::collections::{HashMap, HashSet};

use super::AsmError;
use super::parse::{Operand, Stmt, parse};
use crate::isa::{INSTR_BYTES, Kind, Opcode, RawInstr, canonical_mnemonic, form_by_mnemonic};
use crate::memory::MEM_LIMIT;
use crate::program::{DataSegment, Program, Symbol, SymbolKind, Symbols};

/// Output sections, in memory order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sec {
    Text,
    Rodata,
    Data,
    Bss,
    /// Sections with no place in the executable (`.note*`, `.comment`,
    /// `.debug*`, `.llvm*`): their content is skipped.
    Discard,
}

impl Sec {
    pub const DATA: [Sec; 3] = [Sec::Rodata, Sec::Data, Sec::Bss];

    pub fn name(self) -> &'static str {
        match self {
            Sec::Text => ".text",
            Sec::Rodata => ".rodata",
            Sec::Data => ".data",
            Sec::Bss => ".bss",
            Sec::Discard => "(discarded)",
        }
    }

    fn from_name(name: &str) -> Option<Sec> {
        let matches = |base: &str| name == base || name.starts_with(&format!("{base}."));
        if matches(".text") {
            Some(Sec::Text)
        } else if matches(".rodata") || matches(".srodata") {
            Some(Sec::Rodata)
        } else if matches(".data")
            || matches(".sdata")
            || matches(".init_array")
            || matches(".fini_array")
        {
            Some(Sec::Data)
        } else if matches(".bss") || matches(".sbss") {
            Some(Sec::Bss)
        } else if [".note", ".comment", ".debug", ".llvm", ".riscv"]
            .iter()
            .any(|p| name.starts_with(p))
        {
            Some(Sec::Discard)
        } else {
            None
        }
    }
}

/// A laid-out data section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub sec: Sec,
    pub addr: u32,
    /// File bytes (empty for .bss).
    pub bytes: Vec<u8>,
    /// Size in memory.
    pub size: u32,
    pub align: u32,
    /// Whether any label points into it (then it is kept even if empty).
    pub labelled: bool,
}

/// A symbol of the output with its section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageSymbol {
    pub symbol: Symbol,
    pub sec: Sec,
    pub global: bool,
}

/// The assembled executable before ELF encoding.
#[derive(Clone, Debug, Default)]
pub struct Image {
    pub code: Vec<RawInstr>,
    pub sections: Vec<Section>,
    pub symbols: Vec<ImageSymbol>,
}

impl Image {
    /// The program this image loads as (same as writing and loading the ELF).
    pub fn to_program(&self) -> Program {
        Program {
            code: self.code.clone(),
            segments: self
                .sections
                .iter()
                .filter(|s| s.size > 0)
                .map(|s| DataSegment {
                    addr: s.addr,
                    bytes: s.bytes.clone(),
                    mem_size: s.size,
                    flags: if s.sec == Sec::Rodata { 4 } else { 6 },
                })
                .collect(),
            symbols: Symbols::new(self.symbols.iter().map(|s| s.symbol.clone()).collect()),
        }
    }
}

/// First address data may use (docs/abi.md "Executables").
pub const DATA_START: u32 = 0x10000;

fn err(line: usize, message: impl Into<String>) -> AsmError {
    AsmError {
        line,
        message: message.into(),
    }
}

fn align_up(v: u64, align: u64) -> u64 {
    v.div_ceil(align) * align
}

/// Per-section cursor during layout and emission.
#[derive(Default, Clone)]
struct Cursor {
    size: u64,
    align: u64,
}

/// Assembles source text into an [`Image`].
pub fn assemble(source: &str) -> Result<Image, AsmError> {
    let stmts = parse(source)?;
    // Pass 1: sizes and label offsets.
    let mut cursors: HashMap<Sec, Cursor> = HashMap::new();
    let mut labels: HashMap<String, (Sec, u64, usize)> = HashMap::new();
    let mut label_order: Vec<String> = Vec::new();
    let mut globals: HashSet<String> = HashSet::new();
    // `.type name, @function|@object`: name → is a function.
    let mut typed: HashMap<String, bool> = HashMap::new();
    // Targets of `jal`: the functions of hand-written code.
    let mut called: HashSet<String> = HashSet::new();
    let mut sec = Sec::Text;
    for (line, stmt) in &stmts {
        let line = *line;
        if sec == Sec::Discard && !is_section_switch(stmt) {
            continue;
        }
        let cur = cursors.entry(sec).or_insert(Cursor { size: 0, align: 4 });
        match stmt {
            Stmt::Label(name) => {
                if labels.insert(name.clone(), (sec, cur.size, line)).is_some() {
                    return Err(err(line, format!("label `{name}` defined twice")));
                }
                label_order.push(name.clone());
            }
            Stmt::Instr { mnemonic, operands } => {
                if let (true, Some(Operand::Sym { name, .. })) =
                    (mnemonic == "jal", operands.get(1))
                {
                    called.insert(name.clone());
                }
                if sec != Sec::Text {
                    return Err(err(
                        line,
                        format!(
                            "instruction in {} (instructions belong in .text)",
                            sec.name()
                        ),
                    ));
                }
                cur.size += u64::from(INSTR_BYTES);
            }
            Stmt::Directive { name, args } => {
                if let Some(new) = section_switch(name, args, line)? {
                    sec = new;
                    continue;
                }
                if name == ".type" {
                    if let [Operand::Sym { name, .. }, Operand::Raw(t)] = args.as_slice() {
                        let t = t.trim_start_matches(['@', '%']);
                        typed.insert(name.clone(), t == "function");
                    }
                    continue;
                }
                if name == ".globl" || name == ".global" {
                    for a in args {
                        if let Operand::Sym { name, .. } = a {
                            globals.insert(name.clone());
                        }
                    }
                    continue;
                }
                if name == ".insn" {
                    if sec != Sec::Text {
                        return Err(err(line, ".insn outside .text"));
                    }
                    cur.size += u64::from(INSTR_BYTES);
                    continue;
                }
                let size = data_size(name, args, cur.size, line)?;
                if size > 0 && sec == Sec::Text {
                    if alignment(name, args, line)?.is_some() {
                        // Alignment inside code is meaningless (records are 24 bytes).
                        continue;
                    }
                    return Err(err(
                        line,
                        format!("{name} in .text (code holds only instructions)"),
                    ));
                }
                if let Some(a) = alignment(name, args, line)? {
                    cur.align = cur.align.max(a);
                }
                cur.size += size;
            }
        }
        if cur.size > u64::from(MEM_LIMIT) {
            return Err(err(line, "section too large"));
        }
    }

    // Layout: text at 0, data from DATA_START or the next 4 KiB boundary.
    let text_size = cursors.get(&Sec::Text).map_or(0, |c| c.size);
    let mut base = align_up(text_size, 4096).max(u64::from(DATA_START));
    let mut bases: HashMap<Sec, u64> = HashMap::from([(Sec::Text, 0)]);
    for s in Sec::DATA {
        let c = cursors
            .get(&s)
            .cloned()
            .unwrap_or(Cursor { size: 0, align: 4 });
        base = align_up(base, c.align);
        bases.insert(s, base);
        base += c.size;
    }
    if base > u64::from(MEM_LIMIT) {
        return Err(err(0, "data does not fit below 0x3c000000"));
    }
    let addr_of = |name: &str| -> Option<u64> {
        let (s, off, _) = labels.get(name)?;
        Some(bases.get(s).copied().unwrap_or(0) + off)
    };

    // Pass 2: encode.
    let mut code = Vec::new();
    let mut bytes: HashMap<Sec, Vec<u8>> = HashMap::new();
    let mut sec = Sec::Text;
    for (line, stmt) in &stmts {
        let line = *line;
        if sec == Sec::Discard && !is_section_switch(stmt) {
            continue;
        }
        match stmt {
            Stmt::Label(_) => {}
            Stmt::Instr { mnemonic, operands } => {
                code.push(encode_instr(mnemonic, operands, &addr_of, line)?)
            }
            Stmt::Directive { name, args } => {
                if let Some(new) = section_switch(name, args, line)? {
                    sec = new;
                    continue;
                }
                if name == ".insn" {
                    code.push(encode_insn(args, line)?);
                    continue;
                }
                if sec == Sec::Bss {
                    // .bss has no file bytes: only check that the directive is all zeros.
                    let zero_fill = matches!(args.get(1), None | Some(Operand::Num(0)));
                    let is_space =
                        matches!(name.as_str(), ".zero" | ".space" | ".skip") && zero_fill;
                    if !is_space && alignment(name, args, line)?.is_none() {
                        let mut scratch = Vec::new();
                        emit_data(name, args, &mut scratch, &addr_of, line)?;
                        if scratch.iter().any(|&b| b != 0) {
                            return Err(err(line, "non-zero data in .bss"));
                        }
                    } else if !zero_fill {
                        return Err(err(line, "non-zero data in .bss"));
                    }
                    continue;
                }
                emit_data(name, args, bytes.entry(sec).or_default(), &addr_of, line)?;
            }
        }
    }

    let sections = Sec::DATA
        .iter()
        .map(|&s| {
            let c = cursors
                .get(&s)
                .cloned()
                .unwrap_or(Cursor { size: 0, align: 4 });
            let file = if s == Sec::Bss {
                Vec::new()
            } else {
                bytes.remove(&s).unwrap_or_default()
            };
            Section {
                sec: s,
                addr: bases.get(&s).copied().unwrap_or(0) as u32,
                bytes: file,
                size: c.size as u32,
                align: c.align as u32,
                labelled: labels.values().any(|(ls, _, _)| *ls == s),
            }
        })
        .collect::<Vec<_>>();

    // With `.type` directives present (compiler output), only labels typed
    // @function are functions; in hand-written code, the label at address 0,
    // `.globl` labels and `jal` targets are, other labels are local.
    let any_typed_function = typed.values().any(|&f| f);
    let at_zero = |name: &str| matches!(labels.get(name), Some((Sec::Text, 0, _)));
    let is_function = |name: &str| {
        if any_typed_function {
            typed.get(name) == Some(&true)
        } else {
            at_zero(name) || globals.contains(name) || called.contains(name)
        }
    };
    let symbols = make_symbols(
        &label_order,
        &labels,
        &bases,
        &cursors,
        &globals,
        &is_function,
    );
    // An executable without instructions would only fall off its end.
    if code.is_empty() {
        return Err(err(
            source.lines().count().max(1),
            "no instructions: an executable needs at least one (e.g. `stop`)",
        ));
    }
    Ok(Image {
        code,
        sections,
        symbols,
    })
}

fn is_section_switch(stmt: &Stmt) -> bool {
    matches!(stmt, Stmt::Directive { name, .. } if matches!(name.as_str(), ".section" | ".text" | ".data" | ".rodata" | ".bss"))
}

/// `.text`, `.data`, `.section NAME…` → the section switched to.
fn section_switch(name: &str, args: &[Operand], line: usize) -> Result<Option<Sec>, AsmError> {
    let target = match name {
        ".section" => match args.first() {
            Some(Operand::Sym { name, offset: 0 }) => name.clone(),
            Some(Operand::Raw(r)) => r.clone(),
            Some(Operand::Str(q)) => String::from_utf8_lossy(q).into_owned(),
            _ => return Err(err(line, ".section needs a section name")),
        },
        ".text" | ".data" | ".rodata" | ".bss" => name.to_string(),
        _ => return Ok(None),
    };
    Sec::from_name(&target)
        .map(Some)
        .ok_or_else(|| err(line, format!("unknown section `{target}`")))
}

/// Alignment requested by `.align N` (bytes), `.balign N` or `.p2align N`.
fn alignment(name: &str, args: &[Operand], line: usize) -> Result<Option<u64>, AsmError> {
    let n = match (name, args.first()) {
        (".align" | ".balign", Some(Operand::Num(n))) => *n,
        (".p2align", Some(Operand::Num(n))) if (0..=16).contains(n) => 1 << n,
        (".align" | ".balign" | ".p2align", _) => {
            return Err(err(line, format!("{name} needs a number")));
        }
        _ => return Ok(None),
    };
    if n <= 0 || n > 1 << 16 || n & (n - 1) != 0 {
        return Err(err(
            line,
            format!("alignment {n} is not a power of two up to 65536"),
        ));
    }
    Ok(Some(n as u64))
}

/// Bytes a data directive occupies at offset `at`.
fn data_size(name: &str, args: &[Operand], at: u64, line: usize) -> Result<u64, AsmError> {
    if let Some(a) = alignment(name, args, line)? {
        return Ok(align_up(at, a) - at);
    }
    Ok(match name {
        ".word" | ".long" | ".4byte" => 4 * args.len() as u64,
        ".half" | ".short" | ".2byte" => 2 * args.len() as u64,
        ".byte" => args.len() as u64,
        ".ascii" | ".asciz" | ".string" => {
            let z = u64::from(name != ".ascii");
            let mut n = 0;
            for a in args {
                match a {
                    Operand::Str(s) => n += s.len() as u64 + z,
                    _ => return Err(err(line, format!("{name} needs string literals"))),
                }
            }
            n
        }
        ".zero" | ".space" | ".skip" => match args.first() {
            Some(Operand::Num(n)) if (0..=i64::from(MEM_LIMIT)).contains(n) => *n as u64,
            _ => return Err(err(line, format!("{name} needs a size"))),
        },
        // Accepted and ignored: symbol metadata and assembler bookkeeping.
        ".type" | ".size" | ".file" | ".ident" | ".addrsig" | ".addrsig_sym" | ".local"
        | ".weak" | ".hidden" | ".insn" | ".globl" | ".global" => 0,
        other => return Err(err(line, format!("unknown directive `{other}`"))),
    })
}

fn value_of(
    op: &Operand,
    addr_of: &dyn Fn(&str) -> Option<u64>,
    line: usize,
) -> Result<i64, AsmError> {
    match op {
        Operand::Num(n) => Ok(*n),
        Operand::Sym { name, offset } => {
            let addr =
                addr_of(name).ok_or_else(|| err(line, format!("undefined symbol `{name}`")))?;
            (addr as i64)
                .checked_add(*offset)
                .ok_or_else(|| err(line, format!("offset of `{name}` overflows")))
        }
        other => Err(err(
            line,
            format!("expected a number or symbol, found {other:?}"),
        )),
    }
}

/// Checks that `v` fits a 32-bit word (signed or unsigned) and wraps it.
fn word(v: i64, line: usize) -> Result<i32, AsmError> {
    if (i64::from(i32::MIN)..=i64::from(u32::MAX)).contains(&v) {
        Ok(v as u32 as i32)
    } else {
        Err(err(line, format!("value {v} does not fit in 32 bits")))
    }
}

fn emit_data(
    name: &str,
    args: &[Operand],
    buf: &mut Vec<u8>,
    addr_of: &dyn Fn(&str) -> Option<u64>,
    line: usize,
) -> Result<(), AsmError> {
    if let Some(a) = alignment(name, args, line)? {
        let pad = align_up(buf.len() as u64, a) as usize - buf.len();
        buf.resize(buf.len() + pad, 0);
        return Ok(());
    }
    match name {
        ".word" | ".long" | ".4byte" => {
            for a in args {
                buf.extend_from_slice(&word(value_of(a, addr_of, line)?, line)?.to_le_bytes());
            }
        }
        ".half" | ".short" | ".2byte" => {
            for a in args {
                let v = value_of(a, addr_of, line)?;
                if !(-0x8000..=0xffff).contains(&v) {
                    return Err(err(line, format!("value {v} does not fit in 16 bits")));
                }
                buf.extend_from_slice(&(v as u16).to_le_bytes());
            }
        }
        ".byte" => {
            for a in args {
                let v = value_of(a, addr_of, line)?;
                if !(-0x80..=0xff).contains(&v) {
                    return Err(err(line, format!("value {v} does not fit in a byte")));
                }
                buf.push(v as u8);
            }
        }
        ".ascii" | ".asciz" | ".string" => {
            for a in args {
                if let Operand::Str(s) = a {
                    buf.extend_from_slice(s);
                    if name != ".ascii" {
                        buf.push(0);
                    }
                }
            }
        }
        ".zero" | ".space" | ".skip" => {
            let n = match args.first() {
                Some(Operand::Num(n)) => *n as usize,
                _ => 0,
            };
            let fill = match args.get(1) {
                Some(Operand::Num(f)) => *f as u8,
                _ => 0,
            };
            buf.resize(buf.len() + n, fill);
        }
        _ => {}
    }
    Ok(())
}

/// `.insn opcode, a, b, c, d, e`: a raw record.
fn encode_insn(args: &[Operand], line: usize) -> Result<RawInstr, AsmError> {
    let nums = args
        .iter()
        .map(|a| match a {
            Operand::Num(n) => word(*n, line),
            _ => Err(err(line, ".insn takes six numbers")),
        })
        .collect::<Result<Vec<i32>, _>>()?;
    match nums.as_slice() {
        [op, a, b, c, d, e] => Ok(RawInstr::new(*op as u32, *a, *b, *c, *d, *e)),
        _ => Err(err(line, ".insn takes six numbers: opcode, a, b, c, d, e")),
    }
}

fn encode_instr(
    mnemonic: &str,
    operands: &[Operand],
    addr_of: &dyn Fn(&str) -> Option<u64>,
    line: usize,
) -> Result<RawInstr, AsmError> {
    let form = form_by_mnemonic(canonical_mnemonic(mnemonic))
        .ok_or_else(|| err(line, format!("unknown mnemonic `{mnemonic}`")))?;
    // Extension: `imm32 a(fp), value` / `imm32 a(fp), sym+off`.
    if form.opcode == Opcode::Imm32 && operands.len() == 2 {
        let Operand::Slot(a) = operands[0] else {
            return Err(err(line, "imm32: first operand must be a frame slot N(fp)"));
        };
        let v = word(value_of(&operands[1], addr_of, line)?, line)? as u32;
        let [b0, b1, b2, b3] = v.to_le_bytes().map(i32::from);
        return Ok(RawInstr::new(Opcode::Imm32 as u32, a, b0, b1, b2, b3));
    }
    if operands.len() != form.operands.len() {
        return Err(err(
            line,
            format!(
                "`{}` takes {} operands, found {}",
                form.mnemonic,
                form.operands.len(),
                operands.len()
            ),
        ));
    }
    let mut ops = form.fixed;
    for (i, ((field, kind), op)) in form.operands.iter().zip(operands).enumerate() {
        let n = i + 1;
        let v = match (kind, op) {
            (Kind::Slot, Operand::Slot(off)) => *off,
            (Kind::Slot, _) => {
                return Err(err(
                    line,
                    format!("operand {n} of `{mnemonic}` must be a frame slot N(fp)"),
                ));
            }
            (Kind::Imm, Operand::Num(v)) => word(*v, line)?,
            (Kind::Imm, _) => {
                return Err(err(
                    line,
                    format!("operand {n} of `{mnemonic}` must be a number"),
                ));
            }
            (Kind::Byte, Operand::Num(v)) if (0..=255).contains(v) => *v as i32,
            (Kind::Byte, _) => {
                return Err(err(
                    line,
                    format!("operand {n} of `{mnemonic}` must be a byte 0..255"),
                ));
            }
            (Kind::Target, Operand::Num(_) | Operand::Sym { .. }) => {
                word(value_of(op, addr_of, line)?, line)?
            }
            (Kind::Target, _) => {
                return Err(err(
                    line,
                    format!("operand {n} of `{mnemonic}` must be a label or address"),
                ));
            }
        };
        ops[*field as usize] = v;
    }
    Ok(RawInstr {
        opcode: form.opcode as u32,
        ops,
    })
}

/// Symbols for every label not starting with `.L`; sizes run to the next
/// label of the same kind (functions) or section (objects).
fn make_symbols(
    order: &[String],
    labels: &HashMap<String, (Sec, u64, usize)>,
    bases: &HashMap<Sec, u64>,
    cursors: &HashMap<Sec, Cursor>,
    globals: &HashSet<String>,
    is_function: &dyn Fn(&str) -> bool,
) -> Vec<ImageSymbol> {
    let visible: Vec<(&String, Sec, u64)> = order
        .iter()
        .filter(|n| !n.starts_with(".L"))
        .filter_map(|n| labels.get(n).map(|(s, off, _)| (n, *s, *off)))
        .collect();
    // Per section, the sorted offsets a symbol's size runs up to (functions
    // in text, every label elsewhere): one binary search per symbol, so
    // hundreds of thousands of labels stay fast.
    let mut bounds: HashMap<Sec, Vec<u64>> = HashMap::new();
    for (name, sec, off) in &visible {
        if *sec != Sec::Text || is_function(name) {
            bounds.entry(*sec).or_default().push(*off);
        }
    }
    for offs in bounds.values_mut() {
        offs.sort_unstable();
        offs.dedup();
    }
    visible
        .iter()
        .map(|(name, sec, off)| {
            let end = cursors.get(sec).map_or(*off, |c| c.size);
            let is_func = *sec == Sec::Text && is_function(name);
            // A function runs to the next function; an object to the next label.
            let next = bounds
                .get(sec)
                .and_then(|offs| offs.get(offs.partition_point(|o| o <= off)).copied())
                .unwrap_or(end);
            let base = bases.get(sec).copied().unwrap_or(0);
            ImageSymbol {
                symbol: Symbol {
                    name: (*name).clone(),
                    value: (base + off) as u32,
                    size: (next - off) as u32,
                    kind: match (*sec, is_func) {
                        (Sec::Text, true) => SymbolKind::Function,
                        (Sec::Text, false) => SymbolKind::Other,
                        _ => SymbolKind::Object,
                    },
                },
                sec: *sec,
                global: globals.contains(*name),
            }
        })
        .collect()
}
