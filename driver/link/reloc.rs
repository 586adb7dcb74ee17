//! Applying the Valida relocations of `docs/abi.md`.

use super::layout::{Image, Layout};
use super::read::SectionKind;
use super::{LinkError, Resolved};

pub const R_VALIDA_NONE: u32 = 0;
pub const R_VALIDA_32: u32 = 1;
pub const R_VALIDA_IMM32: u32 = 2;

pub fn apply(res: &Resolved, layout: &Layout, image: &mut Image) -> Result<(), LinkError> {
    for &(oi, si) in &layout.placed {
        let obj = &res.objects[oi];
        let (Some(sec), Some(base)) = (&obj.sections[si], layout.addr[oi][si]) else {
            continue;
        };
        for r in &sec.relocs {
            if r.kind == R_VALIDA_NONE {
                continue;
            }
            let out_of_range = || LinkError::RelocationOutOfRange {
                file: obj.name.clone(),
                section: sec.name.clone(),
                offset: r.offset,
            };
            let width = match r.kind {
                R_VALIDA_32 => 4,
                R_VALIDA_IMM32 => 24,
                kind => {
                    return Err(LinkError::BadRelocation {
                        file: obj.name.clone(),
                        section: sec.name.clone(),
                        kind,
                        offset: r.offset,
                    });
                }
            };
            if sec.kind == SectionKind::Bss || r.offset as usize + width > sec.data.len() {
                return Err(out_of_range());
            }
            // Undefined symbols were reported during resolution; a weak
            // undefined one (or a linker symbol) gets its value here.
            let s = layout.symbol_value(res, oi, r.symbol).unwrap_or(0);
            let value = (i64::from(s) + r.addend) as u32;
            let (buf, seg_base) = if sec.kind == SectionKind::Text {
                (&mut image.text, 0)
            } else {
                (&mut image.data, layout.data_base)
            };
            let place = (base - seg_base + r.offset) as usize;
            let Some(bytes) = buf.get_mut(place..place + width) else {
                return Err(out_of_range());
            };
            match r.kind {
                R_VALIDA_32 => bytes.copy_from_slice(&value.to_le_bytes()),
                _ => {
                    // imm32 record: operand words b, c, d, e hold bytes 0..3.
                    for (k, byte) in value.to_le_bytes().into_iter().enumerate() {
                        let w = 8 + 4 * k;
                        bytes[w..w + 4].copy_from_slice(&u32::from(byte).to_le_bytes());
                    }
                }
            }
        }
    }
    Ok(())
}
