#!/usr/bin/env bash
# What `valida run --profile` costs: builds vm/bench-c/*.c (larger sizes
# where the default runs too briefly to time) and vm/bench-profile/*.c with
# valida-cc -O2, then runs each as a plain run (compiled code), --interp,
# --profile and --interp --profile (the interpreted profiler), and prints
# CPU seconds (user + system, best of REPEAT) and the ratios.
# With VALIDA_BEFORE=PATH (another build's valida), also times its
# --profile (column `before`).
# Usage: scripts/bench-profile.sh [OUT_DIR] [REPEAT]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-${TMPDIR:-/tmp}/valida-bench-profile}"
repeat="${2:-3}"
cd "$root"
source scripts/env.sh
cargo build --release -p valida-vm -p valida-cc >&2
mkdir -p "$out"
declare -A defs=([fib]="-DN=35" [matmul]="-DN=400")
progs=()
for src in vm/bench-c/*.c vm/bench-profile/*.c; do
  name="$(basename "$src" .c)"
  # shellcheck disable=SC2086
  target/release/valida-cc -O2 ${defs[$name]:-} "$src" -o "$out/$name.valida"
  progs+=("$name")
done
valida="$root/target/release/valida"
# Best CPU time of `valida run ARGS... PROG` over $repeat runs.
cpu() {
  local best="" t bin="$valida"
  if [[ "$1" == --before ]]; then bin="$VALIDA_BEFORE"; shift; fi
  for _ in $(seq "$repeat"); do
    t=$( { TIMEFORMAT='%U %S'; time "$bin" run "$@" >/dev/null 2>&1 </dev/null; } 2>&1 | awk '{print $1 + $2}')
    if [[ -z "$best" ]] || awk -v a="$t" -v b="$best" 'BEGIN {exit !(a < b)}'; then best="$t"; fi
  done
  echo "$best"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "-"}'; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
printf '%-10s %8s %8s %9s %10s %8s %8s %8s %9s\n' program jit interp profile interp-prof before prof/jit prof/int old/int
for name in "${progs[@]}"; do
  prog="$out/$name.valida"
  jit=$(cpu "$prog")
  interp=$(cpu --interp "$prog")
  prof=$(cpu --profile "$out/$name.folded" "$prog")
  old=$(cpu --interp --profile "$out/$name.interp.folded" "$prog")
  before=-
  if [[ -n "${VALIDA_BEFORE:-}" ]]; then before=$(cpu --before --profile "$out/$name.before.folded" "$prog"); fi
  if ! cmp -s <(sort "$out/$name.folded") <(sort "$out/$name.interp.folded"); then
    echo "$name: the two profiles differ" >&2
    exit 1
  fi
  printf '%-10s %8s %8s %9s %10s %8s %8s %8s %9s\n' "$name" "$jit" "$interp" "$prof" "$old" "$before" \
    "$(ratio "$prof" "$jit")" "$(ratio "$prof" "$interp")" "$(ratio "$old" "$interp")"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
