#!/usr/bin/env bash
# Whole-program build figures (issue #17 item 1): executed instructions of
# the one-byte echo and of hello world, on our VM (`valida run --stats`) and
# on the official Valida v1.0 VM (its PROFILING_PATH opcode total, when it
# is installed: scripts/install-official-valida.sh), static text size in
# instructions, and valida-cc -O2 wall time, whole-program (default) vs
# -fno-lto, plus -O0.
#
#   scripts/lto-figures.sh            table on stdout
#   OFFICIAL=path scripts/lto-figures.sh   another official VM wrapper
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
CC=${VALIDA_CC:-target/release/valida-cc}
VM=${VALIDA_VM:-target/release/valida}
OFFICIAL=${OFFICIAL:-$HOME/.cache/valida-cc/official/valida-official}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/echo.c" <<'EOF'
#include <stdio.h>
int main(void) { putchar(getchar() + 1); return 0; }
EOF
cat > "$work/hello.c" <<'EOF'
#include <stdio.h>
int main(void) { printf("Hello, world! %d\n", 42); return 0; }
EOF
cat > "$work/hello_rt.c" <<'EOF'
#include <stdio.h>
int main(int argc, char **argv) { (void)argv; printf("Hello, world! %d\n", argc * 1234567); return 0; }
EOF
printf 'A' > "$work/in"
: > "$work/empty"

ours() { "$VM" run --stats "$1" < "$2" 2>&1 >/dev/null | sed -n 's/^.*instructions: \([0-9]*\).*$/\1/p' | head -1; }
official() {
  [[ -x "$OFFICIAL" ]] || { echo "-"; return; }
  PROFILING_PATH="$work/prof" "$OFFICIAL" run "$1" "$work/out" "$2" 2>&1 | sed -n 's/^Total: //p'
}
static_size() {
  local hex
  hex=$(llvm-readelf -S "$1" | awk '$3==".text"{print $7}')
  echo $((0x$hex / 24))
}
wall() { # wall FLAGS... SRC: best of 3, "wall s (cpu s)" (cpu: user+sys, children included)
  local best=999 cpu=999 t
  for _ in 1 2 3; do
    t=$( { /usr/bin/time -f "%e %U %S" "$CC" "$@" -o "$work/t.out" 2>&1 >/dev/null; } | tail -1)
    best=$(echo "$t $best" | awk '{print ($1 < $4) ? $1 : $4}')
    cpu=$(echo "$t $cpu" | awk '{c = $2 + $3; print (c < $4) ? c : $4}')
  done
  echo "$best ($cpu)"
}

"$CC" --print-runtime > /dev/null
printf '| program | build | ours | official VM | static instrs |\n|---|---|---:|---:|---:|\n'
for p in echo hello hello_rt; do
  input="$work/empty"; [[ $p == echo ]] && input="$work/in"
  for build in "-O2" "-O2 -fno-lto" "-O0"; do
    # shellcheck disable=SC2086
    "$CC" $build "$work/$p.c" -o "$work/$p.exe"
    printf '| %s | %s | %s | %s | %s |\n' "$p" "$build" "$(ours "$work/$p.exe" "$input")" \
      "$(official "$work/$p.exe" "$input")" "$(static_size "$work/$p.exe")"
  done
done

big=${BIG_C:-tests/csmith-regressions/csmith-1487-O2.c}
printf '\n| compile: wall s (cpu s), best of 3 | -O2 | -O2 -fno-lto | -O0 |\n|---|---:|---:|---:|\n'
for src in "$work/hello.c" "$big"; do
  printf '| %s | %s | %s | %s |\n' "$(basename "$src")" "$(wall -O2 -w "$src")" \
    "$(wall -O2 -fno-lto -w "$src")" "$(wall -O0 -w "$src")"
done
