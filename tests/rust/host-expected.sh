#!/bin/sh
# Regenerates NAME.out / NAME.status of tests/rust/NAME.rs by building the
# program natively with std (a shim stands in for valida_rt) and running it.
# Usage: tests/rust/host-expected.sh NAME...   (panic tests' files, and NAME.err
# where the test checks stderr, are hand-written)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for name in "$@"; do
  src="$here/$name.rs"
  {
    cat <<'SHIM'
#[allow(unused_imports)]
mod valida_rt {
    pub use std::{print, println, eprint, eprintln, dbg};
    pub fn exit(code: i32) -> ! { std::process::exit(code) }
    pub mod io {
        use std::io::Read;
        pub fn read_byte() -> Option<u8> { let mut b = [0u8]; match std::io::stdin().read(&mut b) { Ok(1) => Some(b[0]), _ => None } }
        pub fn read_to_end() -> Vec<u8> { let mut v = Vec::new(); let _ = std::io::stdin().read_to_end(&mut v); v }
        pub fn read_line() -> Option<String> {
            let mut v = Vec::new();
            loop { match read_byte() { Some(b'\n') => break, Some(b) => v.push(b), None if v.is_empty() => return None, None => break } }
            Some(String::from_utf8_lossy(&v).into_owned())
        }
    }
    pub trait Termination { fn report(self) -> i32; }
    impl Termination for () { fn report(self) -> i32 { 0 } }
    impl Termination for i32 { fn report(self) -> i32 { self } }
    impl<T: Termination, E: std::fmt::Debug> Termination for Result<T, E> {
        fn report(self) -> i32 { match self { Ok(v) => v.report(), Err(e) => { eprintln!("Error: {e:?}"); 1 } } }
    }
    #[macro_export]
    macro_rules! entry { ($p:path) => { pub extern "C" fn valida_main() -> i32 { $crate::valida_rt::Termination::report($p()) } }; }
    pub use crate::entry;
}
fn main() { std::process::exit(valida_main()) }
SHIM
    sed -e '/^#!\[no_std\]/d' -e '/^#!\[no_main\]/d' -e '/#\[unsafe(no_mangle)\]/d' \
        -e 's/pub extern "C" fn main() -> i32/pub extern "C" fn valida_main() -> i32/' "$src"
  } > "$work/$name.rs"
  /usr/bin/rustc --edition 2024 -A warnings -O -o "$work/$name" "$work/$name.rs"
  input=/dev/null
  [ -f "$here/$name.in" ] && input="$here/$name.in"
  set +e
  "$work/$name" < "$input" > "$here/$name.out"
  echo $? > "$here/$name.status"
  set -e
  echo "$name: status $(cat "$here/$name.status")"
done
