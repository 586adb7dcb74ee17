#!/usr/bin/env bash
# Whole-program builds against the archive path on random programs: each
# csmith program (fixed seeds) is built by valida-cc at -O<level> (a
# whole-program build) and at -O<level> -fno-lto, both run on the VM; the
# output (csmith's checksum) and exit status must be the same. Programs
# that run past the step limit in either build are skipped.
# (scripts/csmith.sh goes through `valida-cc compare`, which links the
# archive: it does not exercise whole-program builds.)
#
#   scripts/lto-csmith.sh [--count N] [--seed S] [--opt-levels "1 2"]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
COUNT=10 SEED=1 LEVELS="2" MAX_STEPS=${MAX_STEPS:-200000000}
while [[ $# -gt 0 ]]; do
  case $1 in
    --count) COUNT=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --opt-levels) LEVELS=$2; shift 2 ;;
    *) echo "lto-csmith.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
CC=${VALIDA_CC:-target/release/valida-cc}
VM=${VALIDA_VM:-target/release/valida}
INC=${CSMITH_INCLUDE:-/usr/include/csmith}
command -v csmith > /dev/null || { echo "lto-csmith.sh: csmith not installed; skipped"; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0 fail=0 skip=0
for ((i = 0; i < COUNT; i++)); do
  seed=$((SEED + i))
  csmith --seed "$seed" -o "$work/p.c" > /dev/null
  for level in $LEVELS; do
    ok=1
    for build in lto archive; do
      flags=(-O"$level" -w -I"$INC")
      [[ $build == archive ]] && flags+=(-fno-lto)
      if ! timeout 300 "$CC" "${flags[@]}" "$work/p.c" -o "$work/$build" 2> "$work/$build.err"; then
        echo "FAIL seed $seed -O$level $build: compile error: $(head -3 "$work/$build.err")"
        ok=0
        continue
      fi
      set +e
      timeout 300 "$VM" run --max-steps "$MAX_STEPS" "$work/$build" > "$work/$build.out" 2> "$work/$build.vmerr" < /dev/null
      echo $? > "$work/$build.status"
      set -e
    done
    if [[ $ok == 0 ]]; then
      fail=$((fail + 1))
    elif grep -qi "step limit\|max-steps\|steps" "$work/lto.vmerr" "$work/archive.vmerr"; then
      skip=$((skip + 1))
    elif cmp -s "$work/lto.out" "$work/archive.out" && cmp -s "$work/lto.status" "$work/archive.status"; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
      echo "FAIL seed $seed -O$level: whole-program $(cat "$work/lto.out") (status $(cat "$work/lto.status")) vs archive $(cat "$work/archive.out") (status $(cat "$work/archive.status"))"
      cp "$work/p.c" "lto-csmith-fail-$seed.c"
    fi
  done
done
echo "lto-csmith: $pass same, $fail differ or fail, $skip over the step limit"
[[ $fail == 0 ]]
