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
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
target/release/valida bench --dir "$out" "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
