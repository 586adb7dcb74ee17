//! DWARF sections: every input `.debug_*` section is appended to the output
//! section of the same name (in input order), and its `R_VALIDA_32`
//! relocations are applied. DWARF sections are not loaded: a reference to
//! another debug section resolves to the offset of the input section inside
//! its output section (`.debug_info` → `.debug_abbrev`, `.debug_str`, …); a
//! reference to code or data resolves to the final address. A reference to
//! code dropped by section garbage collection gets the tombstone
//! 0xFFFFFFFF, which DWARF readers skip (the 0 of a plain zero would alias
//! `_start`).

use std::collections::HashMap;

use super::layout::Layout;
use super::read::SymDef;
use super::reloc::{R_VALIDA_32, R_VALIDA_NONE};
use super::{LinkError, Resolved};

/// The value written for references to discarded code or data.
pub const TOMBSTONE: u32 = u32::MAX;

/// An output DWARF section.
#[derive(Debug, Clone)]
pub struct DebugOut {
    pub name: String,
    pub data: Vec<u8>,
}

fn align_up(v: usize, a: usize) -> usize {
    v.div_ceil(a.max(1)) * a.max(1)
}

/// Concatenates and relocates the DWARF sections of the linked objects.
pub fn link_debug(res: &Resolved, layout: &Layout) -> Result<Vec<DebugOut>, LinkError> {
    let mut out: Vec<DebugOut> = Vec::new();
    // (object, ELF index) -> (output section, offset inside it)
    let mut placed: HashMap<(usize, usize), (usize, usize)> = HashMap::new();
    for (oi, obj) in res.objects.iter().enumerate() {
        for d in &obj.debug {
            let o = match out.iter().position(|o| o.name == d.name) {
                Some(o) => o,
                None => {
                    out.push(DebugOut {
                        name: d.name.clone(),
                        data: Vec::new(),
                    });
                    out.len() - 1
                }
            };
            let buf = &mut out[o].data;
            let at = align_up(buf.len(), d.align as usize);
            buf.resize(at, 0);
            buf.extend_from_slice(&d.data);
            placed.insert((oi, d.index), (o, at));
        }
    }

    for (oi, obj) in res.objects.iter().enumerate() {
        for d in &obj.debug {
            let Some(&(o, base)) = placed.get(&(oi, d.index)) else {
                continue;
            };
            for r in &d.relocs {
                match r.kind {
                    R_VALIDA_NONE => continue,
                    R_VALIDA_32 => {}
                    kind => {
                        return Err(LinkError::BadRelocation {
                            file: obj.name.clone(),
                            section: d.name.clone(),
                            kind,
                            offset: r.offset,
                        });
                    }
                }
                let s = match res.definition(oi, r.symbol) {
                    Some((doi, dsi)) => {
                        let sym = &res.objects[doi].symbols[dsi];
                        match sym.def {
                            SymDef::Debug(idx) => placed
                                .get(&(doi, idx))
                                .map(|&(_, off)| (off as u32).wrapping_add(sym.value)),
                            _ => layout.symbol_value(res, oi, r.symbol),
                        }
                    }
                    None => layout.symbol_value(res, oi, r.symbol),
                };
                let value = match s {
                    Some(s) => (i64::from(s) + r.addend) as u32,
                    None => TOMBSTONE,
                };
                let place = base + r.offset as usize;
                let inside = r.offset as usize + 4 <= d.data.len();
                let Some(bytes) = out[o].data.get_mut(place..place + 4).filter(|_| inside) else {
                    return Err(LinkError::RelocationOutOfRange {
                        file: obj.name.clone(),
                        section: d.name.clone(),
                        offset: r.offset,
                    });
                };
                bytes.copy_from_slice(&value.to_le_bytes());
            }
        }
    }
    Ok(out)
}
