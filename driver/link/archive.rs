//! Writing `ar` archives (GNU format), used for the cached runtime library.

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
