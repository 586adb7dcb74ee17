//! Variables as values: DWARF types, location expressions evaluated against
//! a frame (the frame base is fp, DWARF register 0), formatting in C-like
//! notation, and the small expression language of `print`/`x`/`watch`
//! (`name`, `a.b`, `p->f`, `a[i]`, `*p`, `&x`, numbers, `$fp`, `$pc`).

use gimli::{AttributeValue, DwAte, Reader as _};

use super::symbols::{Location, Symbols, TypeRef, Variable};
use crate::memory::Memory;

/// A type, with typedefs and qualifiers looked through.
#[derive(Clone, Debug)]
pub enum Ty {
    Base {
        name: String,
        encoding: DwAte,
        size: u32,
    },
    Pointer {
        name: String,
        target: Option<TypeRef>,
    },
    Struct {
        name: String,
        size: u32,
        members: Vec<Member>,
    },
    /// Dimensions outermost first; `None`: unknown length.
    Array {
        name: String,
        elem: TypeRef,
        dims: Vec<Option<u32>>,
    },
    Enum {
        name: String,
        size: u32,
        values: Vec<(String, i64)>,
    },
    Other {
        name: String,
        size: u32,
    },
}

#[derive(Clone, Debug)]
pub struct Member {
    pub name: String,
    pub offset: u32,
    pub ty: TypeRef,
}

impl Ty {
    fn int() -> Ty {
        Ty::Base {
            name: "int".into(),
            encoding: gimli::DW_ATE_signed,
            size: 4,
        }
    }

    pub fn name(&self) -> &str {
        match self {
            Ty::Base { name, .. }
            | Ty::Pointer { name, .. }
            | Ty::Struct { name, .. }
            | Ty::Array { name, .. }
            | Ty::Enum { name, .. }
            | Ty::Other { name, .. } => name,
        }
    }
}

/// Where a value is.
#[derive(Clone, Debug)]
pub enum Place {
    Memory(u32),
    /// A value that is in no memory (a constant, `&x`, `$fp`).
    Immediate(u64),
    Unavailable(String),
}

#[derive(Clone, Debug)]
pub struct Value {
    pub place: Place,
    pub ty: Ty,
}

/// The frame a value is looked up in.
#[derive(Clone, Copy)]
pub struct Frame<'a> {
    pub pc: u32,
    pub fp: u32,
    pub mem: &'a Memory,
}

/// Elements of an array shown at most.
const MAX_ELEMENTS: usize = 32;
/// Bytes of a string shown at most.
const MAX_STRING: u32 = 200;

impl Symbols {
    /// A type by reference, typedefs and qualifiers looked through (the
    /// name kept is the outermost typedef's).
    pub fn resolve(&self, r: TypeRef) -> Ty {
        self.resolve_depth(r, None, 0)
    }

    fn resolve_depth(&self, r: TypeRef, alias: Option<String>, depth: u32) -> Ty {
        let unknown = |why: &str| Ty::Other {
            name: why.into(),
            size: 0,
        };
        let Some(unit) = self.units.get(r.unit) else {
            return unknown("?");
        };
        let Ok(entry) = unit.entry(r.offset) else {
            return unknown("?");
        };
        let attr_u32 = |at| {
            entry
                .attr_value(at)
                .and_then(|v| v.udata_value())
                .map(|v| v as u32)
        };
        let name = self.die_string(r.unit, &entry, gimli::DW_AT_name);
        let target = match entry.attr_value(gimli::DW_AT_type) {
            Some(AttributeValue::UnitRef(offset)) => Some(TypeRef {
                unit: r.unit,
                offset,
            }),
            _ => None,
        };
        let size = attr_u32(gimli::DW_AT_byte_size);
        let tag = entry.tag();
        match tag {
            gimli::DW_TAG_typedef
            | gimli::DW_TAG_const_type
            | gimli::DW_TAG_volatile_type
            | gimli::DW_TAG_restrict_type
            | gimli::DW_TAG_atomic_type => {
                let alias = alias.or(if tag == gimli::DW_TAG_typedef {
                    name
                } else {
                    None
                });
                match target {
                    Some(t) if depth < 16 => self.resolve_depth(t, alias, depth + 1),
                    _ => Ty::Other {
                        name: alias.unwrap_or_else(|| "void".into()),
                        size: 0,
                    },
                }
            }
            gimli::DW_TAG_base_type => Ty::Base {
                name: alias.or(name).unwrap_or_else(|| "?".into()),
                encoding: match entry.attr_value(gimli::DW_AT_encoding) {
                    Some(AttributeValue::Encoding(e)) => e,
                    _ => gimli::DW_ATE_signed,
                },
                size: size.unwrap_or(4),
            },
            gimli::DW_TAG_pointer_type
            | gimli::DW_TAG_reference_type
            | gimli::DW_TAG_rvalue_reference_type => Ty::Pointer {
                name: alias.or(name).unwrap_or_else(|| {
                    let inner = target.map_or("void".into(), |t| self.type_name(t));
                    format!("{inner} *")
                }),
                target,
            },
            gimli::DW_TAG_structure_type | gimli::DW_TAG_union_type | gimli::DW_TAG_class_type => {
                Ty::Struct {
                    name: alias.or(name).unwrap_or_else(|| "struct".into()),
                    size: size.unwrap_or(0),
                    members: self.members(r),
                }
            }
            gimli::DW_TAG_array_type => {
                let mut dims = Vec::new();
                if let Ok(mut tree) = unit.entries_tree(Some(r.offset))
                    && let Ok(root) = tree.root()
                {
                    let mut children = root.children();
                    while let Ok(Some(child)) = children.next() {
                        let e = child.entry();
                        if e.tag() != gimli::DW_TAG_subrange_type {
                            continue;
                        }
                        let count = e
                            .attr_value(gimli::DW_AT_count)
                            .and_then(|v| v.udata_value())
                            .or_else(|| {
                                e.attr_value(gimli::DW_AT_upper_bound)
                                    .and_then(|v| v.udata_value())
                                    .map(|u| u + 1)
                            });
                        dims.push(count.map(|c| c as u32));
                    }
                }
                let Some(elem) = target else {
                    return unknown("array");
                };
                let dim_text: String = dims
                    .iter()
                    .map(|d| d.map_or("[]".to_string(), |n| format!("[{n}]")))
                    .collect();
                Ty::Array {
                    name: alias.unwrap_or_else(|| format!("{}{dim_text}", self.type_name(elem))),
                    elem,
                    dims,
                }
            }
            gimli::DW_TAG_enumeration_type => {
                let mut values = Vec::new();
                if let Ok(mut tree) = unit.entries_tree(Some(r.offset))
                    && let Ok(root) = tree.root()
                {
                    let mut children = root.children();
                    while let Ok(Some(child)) = children.next() {
                        let e = child.entry();
                        if e.tag() != gimli::DW_TAG_enumerator {
                            continue;
                        }
                        let n = self.die_string(r.unit, e, gimli::DW_AT_name);
                        let v = match e.attr_value(gimli::DW_AT_const_value) {
                            Some(AttributeValue::Sdata(v)) => Some(v),
                            Some(v) => v.udata_value().map(|u| u as i64),
                            None => None,
                        };
                        if let (Some(n), Some(v)) = (n, v) {
                            values.push((n, v));
                        }
                    }
                }
                Ty::Enum {
                    name: alias.or(name).unwrap_or_else(|| "enum".into()),
                    size: size.unwrap_or(4),
                    values,
                }
            }
            _ => Ty::Other {
                name: alias.or(name).unwrap_or_else(|| format!("<{tag}>")),
                size: size.unwrap_or(0),
            },
        }
    }

    fn die_string(
        &self,
        unit: usize,
        entry: &gimli::DebuggingInformationEntry<super::symbols::Reader>,
        at: gimli::DwAt,
    ) -> Option<String> {
        let v = entry.attr_value(at)?;
        let r = self.dwarf.attr_string(&self.units[unit], v).ok()?;
        Some(r.to_string_lossy().ok()?.into_owned())
    }

    fn members(&self, r: TypeRef) -> Vec<Member> {
        let mut out = Vec::new();
        let unit = &self.units[r.unit];
        let Ok(mut tree) = unit.entries_tree(Some(r.offset)) else {
            return out;
        };
        let Ok(root) = tree.root() else { return out };
        let mut children = root.children();
        while let Ok(Some(child)) = children.next() {
            let e = child.entry();
            if e.tag() != gimli::DW_TAG_member {
                continue;
            }
            let Some(AttributeValue::UnitRef(offset)) = e.attr_value(gimli::DW_AT_type) else {
                continue;
            };
            let name = self
                .die_string(r.unit, e, gimli::DW_AT_name)
                .unwrap_or_else(|| "<anonymous>".into());
            let offset_in = e
                .attr_value(gimli::DW_AT_data_member_location)
                .and_then(|v| v.udata_value())
                .unwrap_or(0) as u32;
            out.push(Member {
                name,
                offset: offset_in,
                ty: TypeRef {
                    unit: r.unit,
                    offset,
                },
            });
        }
        out
    }

    pub fn type_name(&self, r: TypeRef) -> String {
        self.resolve(r).name().to_string()
    }

    pub fn size_of(&self, ty: &Ty) -> u32 {
        match ty {
            Ty::Base { size, .. } | Ty::Struct { size, .. } | Ty::Enum { size, .. } => *size,
            Ty::Other { size, .. } => *size,
            Ty::Pointer { .. } => 4,
            Ty::Array { elem, dims, .. } => {
                let n: u32 = dims.iter().map(|d| d.unwrap_or(0)).product();
                n.saturating_mul(self.size_of(&self.resolve(*elem)))
            }
        }
    }

    /// Where `var` is in `frame`.
    pub fn locate(&self, var: &Variable, frame: Frame<'_>) -> Place {
        let expr = match &var.location {
            Location::Expr(e) => e.clone(),
            Location::List(list) => {
                match list
                    .iter()
                    .find(|(b, e, _)| frame.pc >= *b && frame.pc < *e)
                {
                    Some((_, _, e)) => e.clone(),
                    None => return Place::Unavailable("optimized out".into()),
                }
            }
            Location::None => return Place::Unavailable("optimized out".into()),
        };
        match self.evaluate(var.unit, expr, frame) {
            Ok(place) => place,
            Err(why) => Place::Unavailable(why),
        }
    }

    fn evaluate(
        &self,
        u: usize,
        expr: gimli::Expression<super::symbols::Reader>,
        frame: Frame<'_>,
    ) -> Result<Place, String> {
        use gimli::EvaluationResult as R;
        let unit = &self.units[u];
        let mut eval = expr.evaluation(unit.encoding());
        let err = |e: gimli::Error| format!("location: {e}");
        let mut result = eval.evaluate().map_err(err)?;
        loop {
            result = match result {
                R::Complete => break,
                R::RequiresFrameBase => eval.resume_with_frame_base(u64::from(frame.fp)),
                R::RequiresRegister { register, .. } if register.0 == 0 => {
                    eval.resume_with_register(gimli::Value::Generic(u64::from(frame.fp)))
                }
                R::RequiresIndexedAddress { index, .. } => {
                    let a = self.dwarf.address(unit, index).map_err(err)?;
                    eval.resume_with_indexed_address(a)
                }
                R::RequiresRelocatedAddress(a) => eval.resume_with_relocated_address(a),
                R::RequiresMemory { address, .. } => {
                    let w = frame
                        .mem
                        .read_word(address as u32)
                        .map_err(|_| format!("location reads {address:#x}"))?;
                    eval.resume_with_memory(gimli::Value::Generic(u64::from(w)))
                }
                other => return Err(format!("unsupported location ({other:?})")),
            }
            .map_err(err)?;
        }
        let pieces = eval.result();
        let [piece] = pieces.as_slice() else {
            return Err("location in pieces".into());
        };
        Ok(match &piece.location {
            gimli::Location::Address { address } => Place::Memory(*address as u32),
            gimli::Location::Register { register } if register.0 == 0 => {
                Place::Immediate(u64::from(frame.fp))
            }
            gimli::Location::Value { value } => {
                Place::Immediate(value.to_u64(u64::MAX).unwrap_or(0))
            }
            gimli::Location::Empty => Place::Unavailable("optimized out".into()),
            other => return Err(format!("unsupported location ({other:?})")),
        })
    }

    /// A variable's value in `frame`.
    pub fn value_of(&self, var: &Variable, frame: Frame<'_>) -> Value {
        Value {
            place: self.locate(var, frame),
            ty: var.ty.map_or(
                Ty::Other {
                    name: "void".into(),
                    size: 0,
                },
                |t| self.resolve(t),
            ),
        }
    }

    /// The variables visible at `pc`: the innermost function's parameters
    /// and the locals whose block contains pc (inner ones shadow outer).
    pub fn locals_at(&self, pc: u32) -> Vec<&Variable> {
        let Some(f) = self.function_at(pc) else {
            return Vec::new();
        };
        let mut out: Vec<&Variable> = Vec::new();
        // Innermost scope first: narrower ranges shadow.
        let mut candidates: Vec<&Variable> = f
            .variables
            .iter()
            .filter(|v| v.scope.is_empty() || v.scope.iter().any(|&(b, e)| pc >= b && pc < e))
            .collect();
        candidates.sort_by_key(|v| v.scope.iter().map(|(b, e)| e - b).min().unwrap_or(u32::MAX));
        for v in candidates {
            if !out.iter().any(|o| o.name == v.name) {
                out.push(v);
            }
        }
        // Declaration order for display: parameters first.
        out.sort_by_key(|v| {
            (
                !v.parameter,
                f.variables
                    .iter()
                    .position(|w| std::ptr::eq(w, *v))
                    .unwrap_or(0),
            )
        });
        out
    }

    fn bytes(&self, place: &Place, offset: u32, len: u32, mem: &Memory) -> Option<Vec<u8>> {
        match place {
            Place::Memory(a) => (0..len)
                .map(|i| mem.read_byte(a.wrapping_add(offset + i)).ok())
                .collect(),
            Place::Immediate(v) => {
                let b = v.to_le_bytes();
                b.get(offset as usize..(offset + len) as usize)
                    .map(<[u8]>::to_vec)
            }
            Place::Unavailable(_) => None,
        }
    }

    fn scalar(&self, value: &Value, mem: &Memory) -> Option<u64> {
        let size = self.size_of(&value.ty).clamp(1, 8);
        let b = self.bytes(&value.place, 0, size, mem)?;
        let mut w = [0u8; 8];
        w[..b.len()].copy_from_slice(&b);
        Some(u64::from_le_bytes(w))
    }

    /// A value in C notation (`{x = 1, y = 2}`, `0x1000 "text"`, `65 'A'`).
    pub fn format(&self, value: &Value, mem: &Memory) -> String {
        self.format_depth(value, mem, 0)
    }

    fn format_depth(&self, value: &Value, mem: &Memory, depth: u32) -> String {
        if let Place::Unavailable(why) = &value.place {
            return format!("<{why}>");
        }
        let unreadable = || match value.place {
            Place::Memory(a) => format!("<unreadable at {a:#x}>"),
            _ => "<unreadable>".into(),
        };
        match &value.ty {
            Ty::Base { encoding, size, .. } => {
                let Some(raw) = self.scalar(value, mem) else {
                    return unreadable();
                };
                let bits = size * 8;
                let sext = |v: u64| -> i64 {
                    if bits >= 64 {
                        v as i64
                    } else {
                        ((v << (64 - bits)) as i64) >> (64 - bits)
                    }
                };
                match *encoding {
                    gimli::DW_ATE_boolean => (raw != 0).to_string(),
                    gimli::DW_ATE_signed_char | gimli::DW_ATE_unsigned_char if *size == 1 => {
                        let n = if *encoding == gimli::DW_ATE_signed_char {
                            sext(raw)
                        } else {
                            raw as i64
                        };
                        format!("{n} {}", char_literal(raw as u8))
                    }
                    gimli::DW_ATE_UTF => match char::from_u32(raw as u32) {
                        Some(c) => format!("{:?}", c),
                        None => format!("{raw:#x}"),
                    },
                    gimli::DW_ATE_float if *size == 4 => format!("{}", f32::from_bits(raw as u32)),
                    gimli::DW_ATE_float if *size == 8 => format!("{}", f64::from_bits(raw)),
                    gimli::DW_ATE_signed | gimli::DW_ATE_signed_char => sext(raw).to_string(),
                    _ => raw.to_string(),
                }
            }
            Ty::Enum { values, .. } => {
                let Some(raw) = self.scalar(value, mem) else {
                    return unreadable();
                };
                let n = raw as i64;
                values
                    .iter()
                    .find(|(_, v)| *v == n || (*v as u32) == raw as u32)
                    .map_or(n.to_string(), |(name, _)| name.clone())
            }
            Ty::Pointer { target, .. } => {
                let Some(raw) = self.scalar(value, mem) else {
                    return unreadable();
                };
                let addr = raw as u32;
                let is_char = target.is_some_and(|t| is_char(&self.resolve(t)));
                if is_char && addr != 0 {
                    match read_c_string(mem, addr) {
                        Some(s) => format!("{addr:#x} {s}"),
                        None => format!("{addr:#x}"),
                    }
                } else {
                    format!("{addr:#x}")
                }
            }
            Ty::Struct { name, members, .. } => {
                if let Some(s) = self.rust_str(name, value, mem) {
                    return s;
                }
                if depth >= 3 {
                    return "{...}".into();
                }
                let fields: Vec<String> = self
                    .children(value)
                    .iter()
                    .map(|(n, v)| format!("{n} = {}", self.format_depth(v, mem, depth + 1)))
                    .collect();
                if fields.is_empty() && !members.is_empty() {
                    return unreadable();
                }
                format!("{{{}}}", fields.join(", "))
            }
            Ty::Array { elem, dims, .. } => {
                if dims.len() == 1
                    && is_char(&self.resolve(*elem))
                    && let Place::Memory(addr) = value.place
                {
                    let n = dims[0].unwrap_or(0).min(MAX_STRING);
                    let bytes: Option<Vec<u8>> = (0..n)
                        .map(|i| mem.read_byte(addr.wrapping_add(i)).ok())
                        .collect();
                    if let Some(bytes) = bytes {
                        let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
                        return string_literal(&bytes[..end]);
                    }
                }
                if depth >= 3 {
                    return "{...}".into();
                }
                let elems = self.children(value);
                let mut parts: Vec<String> = elems
                    .iter()
                    .map(|(_, v)| self.format_depth(v, mem, depth + 1))
                    .collect();
                let total: u32 = dims.first().copied().flatten().unwrap_or(0);
                if total as usize > parts.len() {
                    parts.push("...".into());
                }
                format!("{{{}}}", parts.join(", "))
            }
            Ty::Other { name, .. } => format!("<{name}>"),
        }
    }

    /// Rust `&str` (a struct of `data_ptr` and `length`) as its text.
    fn rust_str(&self, name: &str, value: &Value, mem: &Memory) -> Option<String> {
        if name != "&str" {
            return None;
        }
        let Place::Memory(at) = value.place else {
            return None;
        };
        let ptr = mem.read_word(at).ok()?;
        let len = mem.read_word(at.wrapping_add(4)).ok()?.min(MAX_STRING);
        let bytes: Vec<u8> = (0..len)
            .map(|i| mem.read_byte(ptr.wrapping_add(i)).ok())
            .collect::<Option<_>>()?;
        Some(string_literal(&bytes))
    }

    /// The parts of a struct (members) or array (elements, at most
    /// [`MAX_ELEMENTS`]), or the target of a pointer to a struct or array.
    pub fn children(&self, value: &Value) -> Vec<(String, Value)> {
        let base = match value.place {
            Place::Memory(a) => Some(a),
            _ => None,
        };
        match &value.ty {
            Ty::Struct { members, .. } => {
                let Some(base) = base else { return Vec::new() };
                members
                    .iter()
                    .map(|m| {
                        (
                            m.name.clone(),
                            Value {
                                place: Place::Memory(base.wrapping_add(m.offset)),
                                ty: self.resolve(m.ty),
                            },
                        )
                    })
                    .collect()
            }
            Ty::Array { .. } => {
                let Some(base) = base else { return Vec::new() };
                let (elem_ty, stride, count) = self.array_element(&value.ty);
                (0..count.min(MAX_ELEMENTS as u32))
                    .map(|i| {
                        (
                            format!("[{i}]"),
                            Value {
                                place: Place::Memory(base.wrapping_add(i * stride)),
                                ty: elem_ty.clone(),
                            },
                        )
                    })
                    .collect()
            }
            _ => Vec::new(),
        }
    }

    /// An array's element type (a sub-array for more dimensions), stride
    /// and length.
    fn array_element(&self, ty: &Ty) -> (Ty, u32, u32) {
        let Ty::Array { elem, dims, .. } = ty else {
            return (ty.clone(), 0, 0);
        };
        let count = dims.first().copied().flatten().unwrap_or(0);
        let elem_ty = if dims.len() > 1 {
            let rest = dims[1..].to_vec();
            let text: String = rest
                .iter()
                .map(|d| d.map_or("[]".to_string(), |n| format!("[{n}]")))
                .collect();
            Ty::Array {
                name: format!("{}{text}", self.type_name(*elem)),
                elem: *elem,
                dims: rest,
            }
        } else {
            self.resolve(*elem)
        };
        let stride = self.size_of(&elem_ty);
        (elem_ty, stride, count)
    }

    /// Evaluates a `print` expression in a frame; `locals` are the
    /// variables visible there.
    pub fn eval(
        &self,
        text: &str,
        frame: Frame<'_>,
        locals: &[&Variable],
    ) -> Result<Value, String> {
        let tokens = tokenize(text)?;
        let mut p = Parser {
            tokens,
            pos: 0,
            symbols: self,
            frame,
            locals,
        };
        let v = p.unary()?;
        if p.pos != p.tokens.len() {
            return Err(format!(
                "unexpected `{}` in `{text}`",
                p.tokens[p.pos].text()
            ));
        }
        Ok(v)
    }
}

fn is_char(ty: &Ty) -> bool {
    matches!(ty, Ty::Base { encoding, size: 1, .. }
        if *encoding == gimli::DW_ATE_signed_char || *encoding == gimli::DW_ATE_unsigned_char)
}

fn char_literal(b: u8) -> String {
    match b {
        b'\'' => "'\\''".into(),
        b'\\' => "'\\\\'".into(),
        0x20..=0x7e => format!("'{}'", b as char),
        b'\n' => "'\\n'".into(),
        b'\t' => "'\\t'".into(),
        0 => "'\\0'".into(),
        _ => format!("'\\x{b:02x}'"),
    }
}

fn string_literal(bytes: &[u8]) -> String {
    let mut s = String::from("\"");
    for &b in bytes {
        match b {
            b'"' => s.push_str("\\\""),
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\t' => s.push_str("\\t"),
            0x20..=0x7e => s.push(b as char),
            _ => s.push_str(&format!("\\x{b:02x}")),
        }
    }
    s.push('"');
    s
}

fn read_c_string(mem: &Memory, addr: u32) -> Option<String> {
    let mut bytes = Vec::new();
    for i in 0..MAX_STRING {
        let b = mem.read_byte(addr.wrapping_add(i)).ok()?;
        if b == 0 {
            return Some(string_literal(&bytes));
        }
        bytes.push(b);
    }
    Some(format!("{}...", string_literal(&bytes)))
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Ident(String),
    Number(u64),
    Register(String),
    Punct(&'static str),
}

impl Token {
    fn text(&self) -> String {
        match self {
            Token::Ident(s) => s.clone(),
            Token::Number(n) => n.to_string(),
            Token::Register(r) => format!("${r}"),
            Token::Punct(p) => (*p).to_string(),
        }
    }
}

fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_alphabetic() || c == b'_' || c == b'$' {
            let start = i;
            i += 1;
            while i < bytes.len()
                && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b':')
            {
                i += 1;
            }
            let word = &text[start..i];
            out.push(match word.strip_prefix('$') {
                Some(r) => Token::Register(r.to_string()),
                None => Token::Ident(word.to_string()),
            });
        } else if c.is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            let word = &text[start..i];
            let n = match word.strip_prefix("0x").or_else(|| word.strip_prefix("0X")) {
                Some(h) => u64::from_str_radix(h, 16),
                None => word.parse(),
            }
            .map_err(|_| format!("bad number `{word}`"))?;
            out.push(Token::Number(n));
        } else {
            let two = text.get(i..i + 2);
            if two == Some("->") {
                out.push(Token::Punct("->"));
                i += 2;
                continue;
            }
            let p = match c {
                b'.' => ".",
                b'[' => "[",
                b']' => "]",
                b'(' => "(",
                b')' => ")",
                b'*' => "*",
                b'&' => "&",
                b'+' => "+",
                b'-' => "-",
                _ => return Err(format!("unexpected character `{}`", c as char)),
            };
            out.push(Token::Punct(p));
            i += 1;
        }
    }
    if out.is_empty() {
        return Err("empty expression".into());
    }
    Ok(out)
}

struct Parser<'a, 'm> {
    tokens: Vec<Token>,
    pos: usize,
    symbols: &'a Symbols,
    frame: Frame<'m>,
    locals: &'a [&'a Variable],
}

impl Parser<'_, '_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn eat(&mut self, p: &str) -> bool {
        if self.peek()
            == Some(&Token::Punct(match p {
                "." => ".",
                "->" => "->",
                "[" => "[",
                "]" => "]",
                "(" => "(",
                ")" => ")",
                "*" => "*",
                "&" => "&",
                "+" => "+",
                "-" => "-",
                _ => return false,
            }))
        {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// `unary (('+' | '-') number)*`: address arithmetic, in bytes.
    fn unary(&mut self) -> Result<Value, String> {
        let mut v = self.prefix()?;
        loop {
            let sign: i64 = if self.eat("+") {
                1
            } else if self.eat("-") {
                -1
            } else {
                return Ok(v);
            };
            let rhs = self.prefix()?;
            let a = self.as_number(&v)?;
            let b = self.as_number(&rhs)?;
            let scale = match &v.ty {
                Ty::Pointer {
                    target: Some(t), ..
                } => u64::from(self.symbols.size_of(&self.symbols.resolve(*t)).max(1)),
                _ => 1,
            };
            let n = (a as i64).wrapping_add(sign * (b as i64) * scale as i64) as u64;
            v = Value {
                place: Place::Immediate(n & 0xffff_ffff),
                ty: if matches!(v.ty, Ty::Pointer { .. }) {
                    v.ty
                } else {
                    Ty::int()
                },
            };
        }
    }

    fn prefix(&mut self) -> Result<Value, String> {
        if self.eat("*") {
            let v = self.prefix()?;
            return self.deref(&v, 0);
        }
        if self.eat("&") {
            let v = self.prefix()?;
            let Place::Memory(a) = v.place else {
                return Err("cannot take the address of a value not in memory".into());
            };
            return Ok(Value {
                place: Place::Immediate(u64::from(a)),
                ty: Ty::Pointer {
                    name: format!("{} *", v.ty.name()),
                    target: None,
                },
            });
        }
        self.postfix()
    }

    fn postfix(&mut self) -> Result<Value, String> {
        let mut v = self.primary()?;
        loop {
            if self.eat(".") {
                let name = self.ident()?;
                // Through a pointer too: Rust's `p.x` on a reference.
                if matches!(v.ty, Ty::Pointer { .. }) {
                    v = self.deref(&v, 0)?;
                }
                v = self.member(&v, &name)?;
            } else if self.eat("->") {
                let name = self.ident()?;
                let target = self.deref(&v, 0)?;
                v = self.member(&target, &name)?;
            } else if self.eat("[") {
                let index = self.unary()?;
                if !self.eat("]") {
                    return Err("missing `]`".into());
                }
                let i = self.as_number(&index)?;
                v = self.index(&v, i)?;
            } else {
                return Ok(v);
            }
        }
    }

    fn primary(&mut self) -> Result<Value, String> {
        let Some(tok) = self.peek().cloned() else {
            return Err("expression ends early".into());
        };
        self.pos += 1;
        match tok {
            Token::Number(n) => Ok(Value {
                place: Place::Immediate(n),
                ty: Ty::int(),
            }),
            Token::Register(r) => {
                let n = match r.as_str() {
                    "fp" => self.frame.fp,
                    "pc" => self.frame.pc,
                    _ => return Err(format!("no register ${r} (there are $fp and $pc)")),
                };
                Ok(Value {
                    place: Place::Immediate(u64::from(n)),
                    ty: Ty::Base {
                        name: "unsigned int".into(),
                        encoding: gimli::DW_ATE_unsigned,
                        size: 4,
                    },
                })
            }
            Token::Ident(name) => {
                if name == "fp" || name == "pc" {
                    self.pos -= 1;
                    self.tokens[self.pos] = Token::Register(name);
                    return self.primary();
                }
                let var = self
                    .locals
                    .iter()
                    .copied()
                    .find(|v| v.name == name)
                    .or_else(|| self.symbols.globals.iter().find(|g| g.name == name));
                match var {
                    Some(v) => Ok(self.symbols.value_of(v, self.frame)),
                    None => Err(format!("no variable `{name}` here")),
                }
            }
            Token::Punct("(") => {
                let v = self.unary()?;
                if !self.eat(")") {
                    return Err("missing `)`".into());
                }
                Ok(v)
            }
            Token::Punct(p) => Err(format!("unexpected `{p}`")),
        }
    }

    fn ident(&mut self) -> Result<String, String> {
        match self.peek().cloned() {
            Some(Token::Ident(s)) => {
                self.pos += 1;
                Ok(s)
            }
            _ => Err("expected a member name".into()),
        }
    }

    fn as_number(&self, v: &Value) -> Result<u64, String> {
        match &v.ty {
            Ty::Base { .. } | Ty::Pointer { .. } | Ty::Enum { .. } => self
                .symbols
                .scalar(v, self.frame.mem)
                .ok_or_else(|| "value cannot be read".into()),
            Ty::Array { .. } => match v.place {
                Place::Memory(a) => Ok(u64::from(a)),
                _ => Err("array not in memory".into()),
            },
            _ => Err(format!("`{}` is not a number", v.ty.name())),
        }
    }

    /// `*v` (or `v[i]` with `offset` elements).
    fn deref(&self, v: &Value, offset: u64) -> Result<Value, String> {
        let target = match &v.ty {
            Ty::Pointer { target, .. } => target.map(|t| self.symbols.resolve(t)),
            Ty::Array { .. } => return self.index(v, offset),
            _ => None,
        };
        let addr = self.as_number(v)? as u32;
        let ty = target.unwrap_or(Ty::int());
        let stride = self.symbols.size_of(&ty).max(1);
        Ok(Value {
            place: Place::Memory(addr.wrapping_add((offset as u32).wrapping_mul(stride))),
            ty,
        })
    }

    fn index(&self, v: &Value, i: u64) -> Result<Value, String> {
        match &v.ty {
            Ty::Array { .. } => {
                let Place::Memory(base) = v.place else {
                    return Err("array not in memory".into());
                };
                let (elem, stride, _) = self.symbols.array_element(&v.ty);
                Ok(Value {
                    place: Place::Memory(base.wrapping_add((i as u32).wrapping_mul(stride))),
                    ty: elem,
                })
            }
            Ty::Pointer { .. } => self.deref(v, i),
            other => Err(format!("cannot index `{}`", other.name())),
        }
    }

    fn member(&self, v: &Value, name: &str) -> Result<Value, String> {
        let Ty::Struct {
            members, name: ty, ..
        } = &v.ty
        else {
            return Err(format!("`{}` has no members", v.ty.name()));
        };
        let Some(m) = members.iter().find(|m| m.name == name) else {
            return Err(format!("`{ty}` has no member `{name}`"));
        };
        let Place::Memory(base) = v.place else {
            return Err("struct not in memory".into());
        };
        Ok(Value {
            place: Place::Memory(base.wrapping_add(m.offset)),
            ty: self.symbols.resolve(m.ty),
        })
    }
}
