//! Lexing and parsing of assembly lines into statements.

use super::AsmError;
use super::print::is_identifier;

/// One operand or directive argument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Operand {
    /// `N(fp)`.
    Slot(i32),
    /// A number.
    Num(i64),
    /// `name`, `name+N` or `name-N`.
    Sym { name: String, offset: i64 },
    /// A string literal, unescaped.
    Str(Vec<u8>),
    /// Anything else (e.g. `@function`, section flags).
    Raw(String),
}

/// One statement of a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stmt {
    Label(String),
    Instr {
        mnemonic: String,
        operands: Vec<Operand>,
    },
    Directive {
        name: String,
        args: Vec<Operand>,
    },
}

/// Parses a whole source into (line number, statement) pairs.
pub fn parse(source: &str) -> Result<Vec<(usize, Stmt)>, AsmError> {
    let mut out = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let line_no = i + 1;
        parse_line(line, line_no, &mut out).map_err(|message| AsmError {
            line: line_no,
            message,
        })?;
    }
    Ok(out)
}

fn parse_line(line: &str, line_no: usize, out: &mut Vec<(usize, Stmt)>) -> Result<(), String> {
    let mut rest = strip_comment(line).trim();
    // Leading labels: `name:`.
    while let Some(colon) = label_end(rest) {
        let name = &rest[..colon];
        out.push((line_no, Stmt::Label(name.to_string())));
        rest = rest[colon + 1..].trim_start();
    }
    if rest.is_empty() {
        return Ok(());
    }
    let (head, tail) = match rest.find(|c: char| c.is_whitespace()) {
        Some(i) => (&rest[..i], rest[i..].trim()),
        None => (rest, ""),
    };
    let args = split_args(tail)?
        .into_iter()
        .map(|a| parse_operand(&a))
        .collect::<Result<Vec<_>, _>>()?;
    let stmt = if head.starts_with('.') {
        Stmt::Directive {
            name: head.to_ascii_lowercase(),
            args,
        }
    } else {
        Stmt::Instr {
            mnemonic: head.to_ascii_lowercase(),
            operands: args,
        }
    };
    out.push((line_no, stmt));
    Ok(())
}

/// The index of the `:` ending a leading label, if the line starts with one.
fn label_end(s: &str) -> Option<usize> {
    let colon = s.find(':')?;
    is_identifier(&s[..colon]).then_some(colon)
}

/// Removes a `;` comment (not inside a string literal).
fn strip_comment(line: &str) -> &str {
    let mut in_str = false;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_str => escaped = true,
            '"' => in_str = !in_str,
            ';' if !in_str => return &line[..i],
            _ => {}
        }
    }
    line
}

/// Splits on commas outside string literals.
fn split_args(s: &str) -> Result<Vec<String>, String> {
    if s.trim().is_empty() {
        return Ok(Vec::new());
    }
    let mut parts = Vec::new();
    let mut cur = String::new();
    let (mut in_str, mut escaped) = (false, false);
    for c in s.chars() {
        match c {
            _ if escaped => {
                escaped = false;
                cur.push(c);
            }
            '\\' if in_str => {
                escaped = true;
                cur.push(c);
            }
            '"' => {
                in_str = !in_str;
                cur.push(c);
            }
            ',' if !in_str => parts.push(std::mem::take(&mut cur).trim().to_string()),
            _ => cur.push(c),
        }
    }
    if in_str {
        return Err("unterminated string literal".into());
    }
    parts.push(cur.trim().to_string());
    if parts.iter().any(String::is_empty) {
        return Err("empty operand".into());
    }
    Ok(parts)
}

/// Parses a decimal, `0x` hex, `0b` binary or `'c'` number, optionally negative.
pub fn parse_number(s: &str) -> Option<i64> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let value = if let Some(h) = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        i64::from_str_radix(h, 16).ok()?
    } else if let Some(b) = digits.strip_prefix("0b") {
        i64::from_str_radix(b, 2).ok()?
    } else if digits.len() == 3 && digits.starts_with('\'') && digits.ends_with('\'') {
        i64::from(*digits.as_bytes().get(1)?)
    } else if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse::<i64>().ok()?
    } else {
        return None;
    };
    Some(if neg { -value } else { value })
}

fn parse_operand(s: &str) -> Result<Operand, String> {
    if s.starts_with('"') {
        return unescape(s).map(Operand::Str);
    }
    if let Some(inner) = s.strip_suffix("(fp)") {
        let off = if inner.is_empty() {
            Some(0)
        } else {
            parse_number(inner)
        };
        return match off.and_then(|v| i32::try_from(v).ok()) {
            Some(v) => Ok(Operand::Slot(v)),
            None => Err(format!("bad frame offset `{s}`")),
        };
    }
    if let Some(v) = parse_number(s) {
        return Ok(Operand::Num(v));
    }
    // name, name+N, name-N
    let split = s
        .char_indices()
        .skip(1)
        .find(|&(_, c)| c == '+' || c == '-')
        .map(|(i, _)| i);
    let (name, offset) = match split {
        Some(i) => match parse_number(&s[i..]) {
            Some(off) => (&s[..i], off),
            // Not `sym±N` (e.g. `.note.GNU-stack`): left for the user to judge.
            None => return Ok(Operand::Raw(s.to_string())),
        },
        None => (s, 0),
    };
    if is_identifier(name) {
        Ok(Operand::Sym {
            name: name.to_string(),
            offset,
        })
    } else {
        Ok(Operand::Raw(s.to_string()))
    }
}

/// Decodes a string literal with C escapes.
fn unescape(s: &str) -> Result<Vec<u8>, String> {
    let body = s
        .strip_prefix('"')
        .and_then(|b| b.strip_suffix('"'))
        .ok_or_else(|| format!("bad string literal {s}"))?;
    let bytes = body.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        if b != b'\\' {
            out.push(b);
            continue;
        }
        let Some(&e) = bytes.get(i) else {
            return Err("dangling backslash".into());
        };
        i += 1;
        match e {
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b'r' => out.push(b'\r'),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                let mut n = 1;
                while n < 3 && matches!(bytes.get(i), Some(b'0'..=b'7')) {
                    v = v * 8 + u32::from(bytes[i] - b'0');
                    i += 1;
                    n += 1;
                }
                out.push(v as u8);
            }
            b'x' => {
                let start = i;
                while i < bytes.len() && i - start < 2 && bytes[i].is_ascii_hexdigit() {
                    i += 1;
                }
                let hex = std::str::from_utf8(&bytes[start..i]).map_err(|e| e.to_string())?;
                out.push(u8::from_str_radix(hex, 16).map_err(|_| "bad \\x escape".to_string())?);
            }
            other => out.push(other),
        }
    }
    Ok(out)
}
