//! `ar` archives (GNU format): writing them (the cached runtime library) and
//! turning a GNU thin archive (`ar T`, what Meson and some Makefiles make)
//! into an ordinary one, since a thin archive names its members' files
//! instead of holding them.

use std::path::Path;

const THIN_MAGIC: &[u8] = b"!<thin>\n";
const HEADER_LEN: usize = 60;

/// Whether `bytes` is a GNU thin archive.
pub fn is_thin(bytes: &[u8]) -> bool {
    bytes.starts_with(THIN_MAGIC)
}

/// Reads the member files a thin archive at `path` names (relative to the
/// archive's directory) and returns an ordinary archive holding them.
pub fn flatten_thin(path: &Path, bytes: &[u8]) -> Result<Vec<u8>, String> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut pos = THIN_MAGIC.len();
    let mut long_names: &[u8] = &[];
    let mut members = Vec::new();
    while pos < bytes.len() {
        if bytes[pos] == b'\n' {
            pos += 1;
            continue;
        }
        let header = bytes
            .get(pos..pos + HEADER_LEN)
            .ok_or_else(|| format!("truncated member header at byte {pos}"))?;
        if &header[58..60] != b"`\n" {
            return Err(format!("bad member header at byte {pos}"));
        }
        let field =
            |r: std::ops::Range<usize>| String::from_utf8_lossy(&header[r]).trim().to_string();
        let name = field(0..16);
        let size: usize = field(48..58)
            .parse()
            .map_err(|_| format!("bad member size at byte {pos}"))?;
        pos += HEADER_LEN;
        // Only the symbol table and the long-name table are stored inline.
        if name == "/" || name == "/SYM64/" || name == "//" {
            let data = bytes
                .get(pos..pos + size)
                .ok_or_else(|| format!("member {name:?} runs past the end"))?;
            if name == "//" {
                long_names = data;
            }
            pos += size + size % 2;
            continue;
        }
        let file = match name.strip_prefix('/') {
            Some(offset) => {
                let offset: usize = offset
                    .parse()
                    .map_err(|_| format!("bad long-name reference {name:?}"))?;
                let rest = long_names
                    .get(offset..)
                    .ok_or_else(|| format!("long-name reference {name:?} past the table"))?;
                let end = rest
                    .windows(2)
                    .position(|w| w == b"/\n")
                    .unwrap_or(rest.len());
                String::from_utf8_lossy(&rest[..end]).into_owned()
            }
            None => name.trim_end_matches('/').to_string(),
        };
        let member_path = dir.join(&file);
        let data = std::fs::read(&member_path)
            .map_err(|e| format!("member {}: {e}", member_path.display()))?;
        if data.len() != size {
            return Err(format!(
                "member {} is {} bytes, the archive says {size} (rebuild the archive)",
                member_path.display(),
                data.len()
            ));
        }
        let short = Path::new(&file)
            .file_name()
            .map_or(file.clone(), |f| f.to_string_lossy().into_owned());
        members.push((short, data));
    }
    Ok(write_archive(&members))
}

/// Builds an archive holding `members` (name, contents) in order.
pub fn write_archive(members: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = b"!<arch>\n".to_vec();
    // GNU long-name table for names that do not fit in 15 characters.
    let mut long_names = Vec::new();
    let mut header_names = Vec::new();
    for (name, _) in members {
        if name.len() <= 15 && !name.contains('/') {
            header_names.push(format!("{name}/"));
        } else {
            header_names.push(format!("/{}", long_names.len()));
            long_names.extend_from_slice(name.replace('/', "_").as_bytes());
            long_names.extend_from_slice(b"/\n");
        }
    }
    if !long_names.is_empty() {
        push_member(&mut out, "//", &long_names);
    }
    for ((_, data), header_name) in members.iter().zip(&header_names) {
        push_member(&mut out, header_name, data);
    }
    out
}

fn push_member(out: &mut Vec<u8>, name: &str, data: &[u8]) {
    let header = format!(
        "{:<16}{:<12}{:<6}{:<6}{:<8}{:<10}`\n",
        name,
        0,
        0,
        0,
        if name == "//" {
            String::new()
        } else {
            "644".to_string()
        },
        data.len()
    );
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(data);
    if data.len() % 2 == 1 {
        out.push(b'\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(name: &str, size: usize) -> String {
        format!("{name:<16}{:<12}{:<6}{:<6}{:<8}{size:<10}`\n", 0, 0, 0, 644)
    }

    /// A thin archive as GNU ar writes it: a long-name table inline, then
    /// one header per member file (a short name and a long path).
    fn thin(a_len: usize, b_len: usize) -> Vec<u8> {
        let long = "sub/long_member_name.o/\n";
        let mut out = THIN_MAGIC.to_vec();
        out.extend(header("//", long.len()).as_bytes());
        out.extend(long.as_bytes());
        out.extend(header("a.o/", a_len).as_bytes());
        out.extend(header("/0", b_len).as_bytes());
        out
    }

    #[test]
    fn thin_archive_members_are_read_from_their_files() {
        let dir = std::env::temp_dir().join(format!("valida-thin-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("a.o"), b"AAA").unwrap();
        std::fs::write(dir.join("sub/long_member_name.o"), b"BBBB").unwrap();
        let bytes = thin(3, 4);
        assert!(is_thin(&bytes));
        let flat = flatten_thin(&dir.join("libx.a"), &bytes).unwrap();
        assert_eq!(
            flat,
            write_archive(&[
                ("a.o".into(), b"AAA".to_vec()),
                ("long_member_name.o".into(), b"BBBB".to_vec())
            ])
        );
        // A member file that changed since the archive was made is an error.
        let err = flatten_thin(&dir.join("libx.a"), &thin(3, 5)).unwrap_err();
        assert!(err.contains("the archive says 5"), "{err}");
        std::fs::remove_file(dir.join("a.o")).unwrap();
        let err = flatten_thin(&dir.join("libx.a"), &thin(3, 4)).unwrap_err();
        assert!(err.contains("a.o"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn truncated_thin_archive_is_an_error() {
        let bytes = thin(3, 4);
        let cut = &bytes[..THIN_MAGIC.len() + 20];
        let err = flatten_thin(Path::new("libx.a"), cut).unwrap_err();
        assert!(err.contains("truncated member header"), "{err}");
        let cut = &bytes[..THIN_MAGIC.len() + HEADER_LEN + 5];
        let err = flatten_thin(Path::new("libx.a"), cut).unwrap_err();
        assert!(err.contains("runs past the end"), "{err}");
    }
}
