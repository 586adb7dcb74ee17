#!/usr/bin/env bash
# Interpreter vs JIT vs native: builds the C programs of vm/bench-c/ with
# gcc -O2 (NAME.native) and valida-cc -O2 (NAME.valida), then runs
# `valida bench --dir` on them (plus the built-in assembly programs).
# Usage: scripts/bench-vm.sh [OUT_DIR] [extra valida bench flags...]
# Times are CPU seconds (the machine may be shared), best of --repeat.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-${TMPDIR:-/tmp}/valida-bench-vm}"
shift || true
cd "$root"
source scripts/env.sh
cargo build --release -p valida-vm -p valida-cc >&2
mkdir -p "$out"
for src in vm/bench-c/*.c; do
  name="$(basename "$src" .c)"
  gcc -O2 -o "$out/$name.native" "$src"
  target/release/valida-cc -O2 "$src" -o "$out/$name.valida"
done
# A generated 200,000-instruction program (straight-line blocks of ALU ops,
# a word store and a branch) for the compile-time rate.
awk 'BEGIN {
  srand(1); split("-4 -8 -12 -16 -20 -24 -28 -32", s, " ");
  split("add xor mul lt", op, " ");
  print "_start:\n    imm32 -40(fp), buf\n    imm32 -4(fp), 1";
  for (b = 0; b < 18182; b++) {
    for (k = 0; k < 7; k++) {
      a = s[int(rand() * 8) + 1]; x = s[int(rand() * 8) + 1]; y = s[int(rand() * 8) + 1];
      if (k % 3 == 0) print "    addi " a "(fp), " x "(fp), " int(rand() * 100) - 50;
      else print "    " op[int(rand() * 4) + 1] " " a "(fp), " x "(fp), " y "(fp)";
    }
    print "    andi -36(fp), -4(fp), 1020\n    add -44(fp), -40(fp), -36(fp)\n    sw -44(fp), -8(fp)";
    print "    beqi L" b ", -12(fp), 7\nL" b ":";
  }
  print "    stop\n    .bss\nbuf:\n    .zero 1024";
}' > "$out/compile-200k.s"
target/release/valida asm -o "$out/compile-200k.valida" "$out/compile-200k.s"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
target/release/valida bench --dir "$out" "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
