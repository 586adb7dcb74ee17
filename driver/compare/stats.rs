//! Static instruction counts from ELF symbol tables.

use std::collections::BTreeSet;

use goblin::elf::Elf;
use goblin::elf::sym::STT_FUNC;

/// Names of the functions an object defines.
pub fn defined_functions(object: &[u8]) -> Vec<String> {
    let Ok(elf) = Elf::parse(object) else {
        return Vec::new();
    };
    elf.syms
        .iter()
        .filter(|s| s.st_type() == STT_FUNC && s.st_shndx != 0)
        .filter_map(|s| elf.strtab.get_at(s.st_name).map(str::to_string))
        .collect()
}

/// (instructions in the functions named in `user`, instructions in every
/// function) of an executable whose instructions are `width` bytes.
pub fn static_counts(exe: &[u8], width: u64, user: &BTreeSet<String>) -> (u64, u64) {
    let Ok(elf) = Elf::parse(exe) else {
        return (0, 0);
    };
    let mut seen = BTreeSet::new();
    let (mut in_user, mut total) = (0, 0);
    for s in elf.syms.iter() {
        if s.st_type() != STT_FUNC || s.st_shndx == 0 || !seen.insert(s.st_value) {
            continue;
        }
        let n = s.st_size / width;
        total += n;
        if elf
            .strtab
            .get_at(s.st_name)
            .is_some_and(|name| user.contains(name))
        {
            in_user += n;
        }
    }
    (in_user, total)
}
