#!/usr/bin/env bash
# gcc's C torture tests (gcc.c-torture/execute) on Valida.
#
#   scripts/torture.sh [--sample N] [--opt-levels "0 1 2 s"] [--jobs J]
#                      [--max-steps N] [--timeout SECONDS] [--out DIR]
#                      [--only "name.c other.c"] [--fetch-only]
#
# The tests come from Debian's gcc-12 source package, fetched on first use
# with apt-get (a private deb-src list, nothing changed on the system) into
# $TORTURE_CACHE (default $HOME/.cache/valida-cc/torture); only the
# gcc.c-torture/execute directory is extracted. Nothing is vendored.
#
# Each test (the top-level execute/*.c; the ieee/ and builtins/ subdirectories
# need gcc's own harness) is compiled and linked with valida-cc at each -O
# level, then run by `valida run --max-steps`; it passes when the program
# exits 0 (STOP), i.e. neither called abort() nor trapped. The same file is
# built with the same flags for riscv32 (clang-22 --target=riscv32-unknown-elf
# -march=rv32im -mabi=ilp32, the runtime's RV32 build, qemu-riscv32) as the
# reference. One line per test and level in OUT/results.tsv:
#   test level class detail
# with class
#   pass      Valida passes
#   ext       Valida fails and so does the riscv32 reference: the test needs
#             what no 32-bit bare-metal clang target gives (GNU C extensions
#             clang rejects, nested functions, __builtin_apply, a hosted
#             libc, gcc-only builtins): not counted against us
#   known     Valida fails, the reference passes, and tests/torture/
#             known-failures.txt lists the test (with its reason)
#   fail      Valida fails, the reference passes, not listed: a regression
#             or a new bug (compile error, link error, trap, abort, timeout)
# dg-options / dg-additional-options of a test are passed to both compilers.
#
# --sample N takes N tests in a fixed, spread order (sorted by the md5 of the
# name), so a CI run always tests the same ones. The last line is
# "N passed, N failed, N skipped" (failed = class fail; skipped = ext + known);
# the exit status is 1 when something failed.
#
# Needs: apt-get (first fetch only), clang-22, ld.lld-22, qemu-riscv32.
# Environment: VALIDA_CC (target/release/valida-cc), VALIDA_VM
# (target/release/valida), TORTURE_CACHE.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
source scripts/env.sh

SAMPLE=0
LEVELS="0 1 2 s"
JOBS=2
MAX_STEPS=500000000
TIMEOUT=120
OUT=$ROOT/target/torture
ONLY=""
FETCH_ONLY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sample) SAMPLE=$2; shift 2 ;;
    --opt-levels) LEVELS=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --max-steps) MAX_STEPS=$2; shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    --fetch-only) FETCH_ONLY=1; shift ;;
    -h|--help) sed -n '2,40p' "$0"; exit 0 ;;
    *) echo "torture.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

CACHE=${TORTURE_CACHE:-$HOME/.cache/valida-cc/torture}
GCC_SRC_PKG=gcc-12
SUITE=$CACHE/execute
KNOWN=$ROOT/tests/torture/known-failures.txt

# fetch: apt-get source --download-only with a private deb-src list and
# package lists under $CACHE/apt, then the execute directory out of the
# upstream tarball nested in Debian's orig tarball.
fetch() {
  local apt=$CACHE/apt opts orig inner
  mkdir -p "$apt/lists/partial"
  [[ -s $apt/sources.list ]] || echo "deb-src http://deb.debian.org/debian bookworm main" > "$apt/sources.list"
  opts=(-q -o "Dir::Etc::SourceList=$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
        -o "Dir::State::Lists=$apt/lists" -o APT::Sandbox::User=root)
  orig=$(ls "$apt"/${GCC_SRC_PKG}_*.orig.tar.* 2>/dev/null | head -1)
  if [[ -z $orig ]]; then
    echo "torture.sh: fetching the $GCC_SRC_PKG source package (about 90 MB) into $apt" >&2
    apt-get "${opts[@]}" update >/dev/null || { echo "torture.sh: apt-get update failed" >&2; exit 2; }
    (cd "$apt" && apt-get "${opts[@]}" source --download-only "$GCC_SRC_PKG" >/dev/null) \
      || { echo "torture.sh: apt-get source $GCC_SRC_PKG failed" >&2; exit 2; }
    orig=$(ls "$apt"/${GCC_SRC_PKG}_*.orig.tar.* | head -1)
  fi
  inner=$(tar tf "$orig" | awk '/\/gcc-[0-9.]*-dfsg\.tar\.xz$/ && !found { print; found = 1 }')
  [[ -n $inner ]] || { echo "torture.sh: no gcc tarball inside $orig" >&2; exit 2; }
  rm -rf "$CACHE/x"; mkdir -p "$CACHE/x"
  tar xf "$orig" -O "$inner" | tar xJf - -C "$CACHE/x" --wildcards '*/gcc/testsuite/gcc.c-torture/execute/*' \
    || { echo "torture.sh: extracting the torture tests failed" >&2; exit 2; }
  rm -rf "$SUITE"
  mv "$CACHE"/x/*/gcc/testsuite/gcc.c-torture/execute "$SUITE"
  rm -rf "$CACHE/x"
}
[[ -d $SUITE ]] || fetch
[[ $FETCH_ONLY == 1 ]] && { echo "$SUITE"; exit 0; }

VCC=${VALIDA_CC:-$ROOT/target/release/valida-cc}
VM=${VALIDA_VM:-$ROOT/target/release/valida}
for exe in "$VCC" "$VM"; do
  [[ -x $exe ]] || { echo "torture.sh: $exe not built (cargo build --release --workspace)" >&2; exit 2; }
done
RV32_WHO=torture.sh
source scripts/lib/riscv-reference.sh

# The tests, in name order, or a fixed spread sample of them.
if [[ -n $ONLY ]]; then
  TESTS=$ONLY
elif [[ $SAMPLE -gt 0 ]]; then
  TESTS=$(cd "$SUITE" && for f in *.c; do echo "$(printf %s "$f" | md5sum | cut -c1-32) $f"; done \
          | sort | head -n "$SAMPLE" | cut -d' ' -f2 | sort)
else
  TESTS=$(cd "$SUITE" && ls -- *.c)
fi

rm -rf "$OUT/work"; mkdir -p "$OUT/work"
# gcc runs these tests with -w and accepts pre-C99 code (implicit int and
# function declarations) that clang rejects by default: turn those errors
# off for both compilers, as LLVM's own copy of the suite does.
TFLAGS="-Wno-everything -Wno-implicit-function-declaration -Wno-implicit-int -Wno-int-conversion
        -Wno-incompatible-pointer-types -Wno-return-type"
export ROOT SUITE OUT VCC VM MAX_STEPS TIMEOUT TFLAGS

# one <test> <level>: prints "test level class detail".
one() {
  local t=$1 l=$2 d=$OUT/work/${1%.c}-O$2 src=$SUITE/$1 extra v r
  mkdir -p "$d"
  # dg-options and dg-additional-options that are plain -f/-D/-std flags.
  extra=$(grep -ho 'dg-\(additional-\)\?options "[^"]*"' "$src" 2>/dev/null \
          | sed 's/.*"\(.*\)"/\1/' | tr ' ' '\n' | grep -E '^-(f[a-z]|D|std=)' | tr '\n' ' ')
  # shellcheck disable=SC2086
  if ! timeout "$TIMEOUT" "$VCC" -O"$l" $TFLAGS $extra "$src" -o "$d/v.elf" > "$d/v.log" 2>&1; then
    v="compile: $(grep -m1 -i 'error' "$d/v.log" | cut -c1-160)"
  else
    timeout "$TIMEOUT" "$VM" run --max-steps "$MAX_STEPS" --input /dev/null "$d/v.elf" > "$d/v.out" 2> "$d/v.err"
    local s=$?
    if [[ $s == 0 ]]; then v=ok; else v="run: status $s $(head -c 160 "$d/v.err" | tr '\n\t' '  ')"; fi
  fi
  if [[ $v == ok ]]; then printf '%s\t%s\tpass\t\n' "$t" "$l"; return; fi
  # shellcheck disable=SC2086
  if rv32_build "$d" $TFLAGS -O"$l" $extra "$src" && rv32_run "$d" "$TIMEOUT"; then
    r=ok
  else
    r=fail
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

# Known failures: "test.c LEVELS reason", LEVELS being "*" or e.g. "1,2,s".
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

echo "level  tests  pass  ext  known  fail  (pass rate of the tests the riscv32 reference passes)"
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
