#!/usr/bin/env bash
# LLVM test-suite SingleSource C programs on Valida.
#
#   scripts/llvm-test-suite.sh SUITE [--dirs "SingleSource/UnitTests"]
#                              [--opt-levels "0 2"] [--jobs J] [--sample N]
#                              [--max-steps N] [--timeout SECONDS] [--out DIR]
#
# SUITE is a checkout of https://github.com/llvm/llvm-test-suite (not
# vendored; nothing is fetched here; `git archive HEAD:SingleSource` of a
# clone plus tools/fpcmp.c is enough). Every .c file under each of --dirs
# (default SingleSource/UnitTests; SingleSource/Benchmarks works too) that
# has a reference output beside it is compiled with valida-cc at each -O
# level with -DSMALL_PROBLEM_SIZE, run by `valida run --max-steps`, and
# checked as the suite's own harness does:
#   - its stdout and stderr together, followed by "exit N", is the output;
#   - the reference is NAME.reference_output.small when it exists (the
#     SMALL_PROBLEM_SIZE one), else NAME.reference_output;
#   - the settings of the CMakeLists.txt files from the program's directory
#     up to SingleSource: CFLAGS appended there (-I, -D, -ffp-contract=off;
#     with ${CMAKE_SOURCE_DIR} the suite), HASH_PROGRAM_OUTPUT (the output's
#     md5 is compared), FP_TOLERANCE / FP_ABSTOLERANCE (numbers within the
#     tolerance are equal: the suite's own tools/fpcmp.c, built here with
#     the host cc); add_definitions(-D...) are compile flags too, and a
#     file's own one-word set(VAR value) variables are expanded in CFLAGS
#     (PolyBench's utilities/polybench.h holds all of polybench.c).
# The same program is built with the same flags for riscv32 (scripts/lib/
# riscv-reference.sh: clang-22 rv32im, the runtime's RV32 build, qemu),
# whose result classifies a Valida failure. One line per program and level
# in OUT/results.tsv:
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
# Needs: clang-22, ld.lld-22, qemu-riscv32, cc (fpcmp). Environment:
# VALIDA_CC, VALIDA_VM.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
[[ $# -ge 1 && $1 != -* ]] || { sed -n '2,46p' "$0"; exit 2; }
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
    -h|--help) sed -n '2,46p' "$0"; exit 0 ;;
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
          [[ -f ${f%.c}.reference_output || -f ${f%.c}.reference_output.small ]] && echo "$f"; done)
if [[ $SAMPLE -gt 0 ]]; then
  TESTS=$(for f in $TESTS; do echo "$(printf %s "$f" | md5sum | cut -c1-32) $f"; done \
          | sort | head -n "$SAMPLE" | cut -d' ' -f2 | sort)
fi

rm -rf "$OUT/work"; mkdir -p "$OUT/work"
FPCMP=$OUT/fpcmp
[[ -f $SUITE/tools/fpcmp.c ]] || { echo "llvm-test-suite.sh: $SUITE/tools/fpcmp.c not found" >&2; exit 2; }
cc -O2 -w "$SUITE/tools/fpcmp.c" -o "$FPCMP" -lm || { echo "llvm-test-suite.sh: building fpcmp failed" >&2; exit 2; }
export ROOT SUITE OUT VCC VM MAX_STEPS TIMEOUT FPCMP

# settings <test>: prints the CMake settings that apply to the test, one
# "KEY value" per line (CFLAG, HASH, FP_TOLERANCE, FP_ABSTOLERANCE),
# from the CMakeLists.txt of its directory and every parent below SUITE.
settings() {
  local dir=$SUITE/$(dirname "$1") c vars
  while [[ $dir == "$SUITE"/* ]]; do
    c=$dir/CMakeLists.txt
    if [[ -f $c ]]; then
      # ${VAR} of a one-word set(VAR value) in the same file (Polybench's
      # set(POLYBENCH_UTILS ...)) is expanded, as CMake does.
      vars=$(sed -n 's/^ *set(\([A-Za-z_]*\) \([^ )]*\) *)$/s|${\1}|\2|g;/p' "$c")
      sed -n 's/^ *list(APPEND CFLAGS \(.*\))/\1/p' "$c" | sed "$vars" | sed 's/-I /-I/g' | tr ' ' '\n' \
        | grep -E '^-(I|D|ffp-contract|std=)' | grep -v '^-DHAS_' \
        | sed "s|\${CMAKE_SOURCE_DIR}|$SUITE|; s/^/CFLAG /"
      grep -qE '^ *set\(HASH_PROGRAM_OUTPUT 1\)' "$c" && echo "HASH 1"
      sed -n 's/^ *set(\(FP_TOLERANCE\|FP_ABSTOLERANCE\) \([^)]*\))/\1 \2/p' "$c"
      sed -n 's/^ *add_definitions(-D\(FP_ABSTOLERANCE\)=\([^)]*\))/\1 \2/p' "$c"
      # add_definitions(-D...) is a compile flag too (PolyBench's sources
      # use FP_ABSTOLERANCE).
      sed -n 's/^ *add_definitions(\(-D[^)]*\))/CFLAG \1/p' "$c"
    fi
    dir=$(dirname "$dir")
  done
}

# check <output> <test's settings file> <reference>: the suite's verdict.
check() {
  local out=$1 set=$2 ref=$3 args=()
  if grep -q '^HASH ' "$set"; then
    md5sum < "$out" | cut -d' ' -f1 > "$out.hash"
    out=$out.hash
  fi
  grep -q '^FP_TOLERANCE ' "$set" && args+=(-r "$(awk '$1 == "FP_TOLERANCE" { print $2; exit }' "$set")")
  grep -q '^FP_ABSTOLERANCE ' "$set" && args+=(-a "$(awk '$1 == "FP_ABSTOLERANCE" { print $2; exit }' "$set")")
  "$FPCMP" "${args[@]}" "$out" "$ref" > /dev/null 2>&1
}

# one <test> <level>: prints "test level class detail".
one() {
  local t=$1 l=$2 src=$SUITE/$1 ref d v r s flags srcs
  ref=$SUITE/${1%.c}.reference_output
  [[ -f $ref.small ]] && ref=$ref.small
  d=$OUT/work/$(echo "${1%.c}" | tr '/' '_')-O$l
  mkdir -p "$d"
  settings "$t" > "$d/settings"
  flags=(-Wno-everything -O"$l" -I "$(dirname "$src")" -DSMALL_PROBLEM_SIZE)
  while read -r k val; do [[ $k == CFLAG ]] && flags+=("$val"); done < "$d/settings"
  srcs=("$src")
  if ! timeout "$TIMEOUT" "$VCC" "${flags[@]}" "${srcs[@]}" -lm -o "$d/v.elf" > "$d/v.log" 2>&1; then
    v="compile: $(grep -m1 -i 'error' "$d/v.log" | cut -c1-160)"
  else
    timeout "$TIMEOUT" "$VM" run --max-steps "$MAX_STEPS" --input /dev/null "$d/v.elf" > "$d/v.out" 2>&1
    s=$?
    printf 'exit %d\n' "$s" >> "$d/v.out"
    if check "$d/v.out" "$d/settings" "$ref"; then
      v=ok
    elif [[ $s == 124 ]] || grep -q 'step-limit' "$d/v.out"; then
      v="timeout"
    else
      v="output differs (exit $s) $(grep -m1 -iE 'trap|error|fail' "$d/v.out" | head -c 120 | tr '\n\t' '  ')"
    fi
  fi
  if [[ $v == ok ]]; then printf '%s\t%s\tpass\t\n' "$t" "$l"; return; fi
  r=fail
  if rv32_build "$d" "${flags[@]}" "${srcs[@]}"; then
    timeout "$TIMEOUT" "$QEMU" "$d/r.elf" > "$d/r.out" 2>&1 < /dev/null
    printf 'exit %d\n' "$?" >> "$d/r.out"
    check "$d/r.out" "$d/settings" "$ref" && r=ok
  fi
  if [[ $r == ok ]]; then
    printf '%s\t%s\tfail\t%s\n' "$t" "$l" "$v"
  else
    printf '%s\t%s\text\t%s\n' "$t" "$l" "$v"
  fi
}
export -f one settings check

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
