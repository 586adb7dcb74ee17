#!/usr/bin/env bash
# Compile time of `valida-cc -c` against clang-22 compiling the same file for
# riscv32 (rv32im, the same headers and flags), side by side in one run.
# Prints a markdown table: CPU seconds (user+sys, children included, best of
# --repeat) per file and level, the ratio, and the geometric mean per level.
#
#   bash scripts/compile-time.sh [--repeat N] [--levels "0 2"] [FILE.c ...]
#
# Without files: the largest C files of the real projects the
# scripts/real-projects.sh cache holds (Lua, bzip2, zlib; ~1,000-2,000
# lines each), and csmith programs of fixed seeds when csmith is installed.
# CPU time (perf's task-clock) rather than wall time, so a busy machine
# changes the figures less.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
repeat=3
levels="0 2"
files=()
while (($#)); do
  case "$1" in
    --repeat) repeat="$2"; shift 2 ;;
    --levels) levels="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) files+=("$1"); shift ;;
  esac
done

source scripts/env.sh
cargo build --release -p valida-cc >&2
cc="$root/target/release/valida-cc"
clang="${CLANG:-clang-22}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ((${#files[@]} == 0)); then
  src="${VALIDA_PROJECTS_DIR:-$HOME/.cache/valida-cc/projects}/src"
  for f in lua5.4-*/src/lvm.c lua5.4-*/src/lparser.c lua5.4-*/src/lcode.c \
           lua5.4-*/src/lstrlib.c bzip2-*/blocksort.c bzip2-*/decompress.c \
           bzip2-*/compress.c zlib-*/deflate.c zlib-*/inflate.c; do
    for p in "$src"/$f; do [ -f "$p" ] && files+=("$p"); done
  done
  if command -v csmith >/dev/null; then
    inc=$(ls -d /usr/include/csmith* 2>/dev/null | head -1)
    for seed in 1 2 3; do
      csmith --seed "$seed" --max-funcs 30 >"$work/csmith-$seed.c" 2>/dev/null || continue
      files+=("$work/csmith-$seed.c")
    done
  fi
  ((${#files[@]})) || { echo "compile-time: no input files (run scripts/real-projects.sh or pass files)" >&2; exit 1; }
fi

# The runtime is built on first use; do it before timing.
"$cc" --print-file-name=libc.a >/dev/null

# Include flags per file: its own directory, and csmith's headers.
csmith_inc=$(ls -d /usr/include/csmith* 2>/dev/null | head -1 || true)
# Debian's Lua includes a generated multiarch header (as real-projects.sh).
echo '#define DEB_HOST_MULTIARCH "valida"' >"$work/lua5.4-deb-multiarch.h"
common=(-w -I"$csmith_inc" -I"$work")

# Best CPU time in seconds (task-clock of the process and its children, from
# perf stat; /usr/bin/time's user+sys where perf is missing) of `repeat` runs.
cpu_once() {
  if command -v perf >/dev/null; then
    perf stat -x, -e task-clock -o "$work/t" -- "$@" >/dev/null 2>"$work/err" || return 1
    awk -F, '$3 == "task-clock" {printf "%.4f\n", $1 / 1000}' "$work/t"
  else
    /usr/bin/time -f "%U %S" -o "$work/t" "$@" >/dev/null 2>"$work/err" || return 1
    awk '{print $1 + $2}' "$work/t"
  fi
}
best_cpu() {
  local best="" t
  for _ in $(seq "$repeat"); do
    t=$(cpu_once "$@") || { echo "compile-time: failed: $*" >&2; sed -n 1,5p "$work/err" >&2; return 1; }
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN{exit !(a < b)}'; then best=$t; fi
  done
  echo "$best"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
echo "| file | lines | level | valida-cc -c (s) | clang-22 riscv32 -c (s) | ratio |"
echo "|---|---:|---|---:|---:|---:|"
declare -A logsum count
for f in "${files[@]}"; do
  name=$(basename "$f")
  [[ $f == "$work"/* ]] || name=$(basename "$(dirname "$f")")/$name
  lines=$(wc -l <"$f")
  inc=(-I"$(dirname "$f")")
  for level in $levels; do
    v=$(best_cpu "$cc" -O"$level" -c "${common[@]}" "${inc[@]}" "$f" -o "$work/v.o")
    r=$(best_cpu "$clang" --target=riscv32-unknown-elf -march=rv32im -mabi=ilp32 \
      -fsigned-char -nostdlibinc -isystem "$root/runtime/include" -ffp-contract=off \
      -O"$level" -c "${common[@]}" "${inc[@]}" "$f" -o "$work/r.o")
    ratio=$(awk -v a="$v" -v b="$r" 'BEGIN{printf "%.2f", (b > 0 ? a / b : 0)}')
    echo "| $name | $lines | -O$level | $v | $r | $ratio |"
    logsum[$level]=$(awk -v s="${logsum[$level]:-0}" -v x="$ratio" 'BEGIN{print s + log(x)}')
    count[$level]=$(( ${count[$level]:-0} + 1 ))
  done
done
for level in $levels; do
  awk -v s="${logsum[$level]}" -v n="${count[$level]}" -v l="$level" \
    'BEGIN{printf "| geomean | | -O%s | | | **%.2f** |\n", l, exp(s / n)}'
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
