#!/usr/bin/env bash
# LLVM test-suite SingleSource C programs on Valida.
#
#   scripts/llvm-test-suite.sh SUITE [--dirs "SingleSource/UnitTests"]
#                              [--opt-levels "0 2"] [--jobs J] [--sample N]
#                              [--max-steps N] [--timeout SECONDS] [--out DIR]
#
# SUITE is a checkout of https://github.com/llvm/llvm-test-suite (not
# vendored; nothing is fetched here). Every .c file under each of --dirs
# (default SingleSource/UnitTests; SingleSource/Benchmarks works too and is
# built with -DSMALL_PROBLEM_SIZE) that has a .reference_output beside it is
# compiled with valida-cc at each -O level, run by `valida run --max-steps`,
# and its output followed by "exit N" (how the suite writes its reference
# outputs) compared with the reference output. The same program is built
# with the same flags for riscv32 (clang-22 --target=riscv32-unknown-elf
# -march=rv32im -mabi=ilp32, the runtime's RV32 build, qemu-riscv32), whose
# result classifies a Valida failure. One line per program and level in
# OUT/results.tsv:
#   test level class detail
# with class
#   pass   Valida prints the reference output
#   ext    Valida fails and so does the riscv32 reference: not portable to a
#          32-bit bare-metal target with our libc (needs files, threads,
#          a hosted libc, 64-bit long, x86 intrinsics...), not counted
#   known  Valida fails, riscv32 passes, listed with its reason in
#          tests/torture/llvm-test-suite-known-failures.txt
#   fail   Valida fails, riscv32 passes, not listed
# The last line is "N passed, N failed, N skipped" (skipped = ext + known);
# the exit status is 1 when something failed.
#
# Needs: clang-22, ld.lld-22, qemu-riscv32. Environment: VALIDA_CC, VALIDA_VM.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
[[ $# -ge 1 && $1 != -* ]] || { sed -n '2,32p' "$0"; exit 2; }
SUITE=$(cd "$1" && pwd) || exit 2
shift
cd "$ROOT"
source scripts/env.sh

DIRS="SingleSource/UnitTests"
LEVELS="0 2"
JOBS=2
SAMPLE=0
MAX_STEPS=2000000000
TIMEOUT=300
OUT=$ROOT/target/llvm-test-suite
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dirs) DIRS=$2; shift 2 ;;
    --opt-levels) LEVELS=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --sample) SAMPLE=$2; shift 2 ;;
    --max-steps) MAX_STEPS=$2; shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    -h|--help) sed -n '2,32p' "$0"; exit 0 ;;
    *) echo "llvm-test-suite.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

VCC=${VALIDA_CC:-$ROOT/target/release/valida-cc}
VM=${VALIDA_VM:-$ROOT/target/release/valida}
KNOWN=$ROOT/tests/torture/llvm-test-suite-known-failures.txt
for exe in "$VCC" "$VM"; do
  [[ -x $exe ]] || { echo "llvm-test-suite.sh: $exe not built (cargo build --release --workspace)" >&2; exit 2; }
done
RV32_WHO=llvm-test-suite.sh
source scripts/lib/riscv-reference.sh

# Programs: paths relative to SUITE with a reference output.
TESTS=$(cd "$SUITE" && for d in $DIRS; do find "$d" -name '*.c'; done | sort | while read -r f; do
          [[ -f ${f%.c}.reference_output ]] && echo "$f"; done)
if [[ $SAMPLE -gt 0 ]]; then
  TESTS=$(for f in $TESTS; do echo "$(printf %s "$f" | md5sum | cut -c1-32) $f"; done \
          | sort | head -n "$SAMPLE" | cut -d' ' -f2 | sort)
fi

rm -rf "$OUT/work"; mkdir -p "$OUT/work"
export ROOT SUITE OUT VCC VM MAX_STEPS TIMEOUT

# one <test> <level>: prints "test level class detail".
one() {
  local t=$1 l=$2 src=$SUITE/$1 ref=$SUITE/${1%.c}.reference_output d v r s flags
  d=$OUT/work/$(echo "${1%.c}" | tr '/' '_')-O$l
  mkdir -p "$d"
  flags=(-Wno-everything -O"$l" -I "$(dirname "$src")" -DSMALL_PROBLEM_SIZE)
  if ! timeout "$TIMEOUT" "$VCC" "${flags[@]}" "$src" -lm -o "$d/v.elf" > "$d/v.log" 2>&1; then
    v="compile: $(grep -m1 -i 'error' "$d/v.log" | cut -c1-160)"
  else
    timeout "$TIMEOUT" "$VM" run --max-steps "$MAX_STEPS" --input /dev/null "$d/v.elf" > "$d/v.out" 2> "$d/v.err"
    s=$?
    printf 'exit %d\n' "$s" >> "$d/v.out"
    if cmp -s "$d/v.out" "$ref"; then
      v=ok
    elif [[ $s == 124 ]] || grep -q 'step-limit' "$d/v.err"; then
      v="timeout"
    else
      v="output differs (exit $s) $(head -c 120 "$d/v.err" | tr '\n\t' '  ')"
    fi
  fi
  if [[ $v == ok ]]; then printf '%s\t%s\tpass\t\n' "$t" "$l"; return; fi
  r=fail
  if rv32_build "$d" "${flags[@]}" "$src"; then
    rv32_run "$d" "$TIMEOUT"
    printf 'exit %d\n' "$?" >> "$d/r.out"
    cmp -s "$d/r.out" "$ref" && r=ok
  fi
  if [[ $r == ok ]]; then
    printf '%s\t%s\tfail\t%s\n' "$t" "$l" "$v"
  else
    printf '%s\t%s\text\t%s\n' "$t" "$l" "$v"
  fi
}
export -f one

for t in $TESTS; do for l in $LEVELS; do echo "$t $l"; done; done \
  | xargs -P "$JOBS" -n 2 bash -c 'one "$0" "$1"' > "$OUT/results.raw"

# Known failures: "path/test.c LEVELS reason", LEVELS "*" or e.g. "0,2".
awk -F'\t' -v known="$KNOWN" '
  BEGIN {
    while ((getline line < known) > 0) {
      if (line ~ /^[ \t]*(#|$)/) continue
      split(line, f, /[ \t]+/)
      lv[f[1]] = f[2]
    }
  }
  {
    cls = $3
    if (cls == "fail" && ($1 in lv)) {
      n = split(lv[$1], ls, ",")
      for (i = 1; i <= n; i++) if (ls[i] == "*" || ls[i] == $2) cls = "known"
    }
    print $1 "\t" $2 "\t" cls "\t" $4
  }' "$OUT/results.raw" | sort > "$OUT/results.tsv"

echo "level  tests  pass  ext  known  fail  (pass rate of the programs the riscv32 reference passes)"
for l in $LEVELS; do
  awk -F'\t' -v l="$l" '$2 == l { n++; c[$3]++ }
    END { p = c["pass"]+0; base = n - c["ext"];
          printf "-O%-4s %5d %5d %4d %6d %5d  %.1f%%\n", l, n, p, c["ext"]+0, c["known"]+0, c["fail"]+0,
                 base ? 100 * p / base : 0 }' "$OUT/results.tsv"
done
if grep -q $'\tfail\t' "$OUT/results.tsv"; then
  echo "unexpected failures (work files in $OUT/work):"
  grep $'\tfail\t' "$OUT/results.tsv" | sed 's/^/  /'
fi
awk -F'\t' '{ c[$3]++ } END { printf "%d passed, %d failed, %d skipped\n", c["pass"], c["fail"], c["ext"] + c["known"] }' \
  "$OUT/results.tsv"
! grep -q $'\tfail\t' "$OUT/results.tsv"
