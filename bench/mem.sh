#!/usr/bin/env bash
# Micro-benchmark of the runtime's block routines (bench/mem/membench.c):
# executed instructions of one call, call included, for 1 KiB (N) at several
# destination/source alignments, measured on `valida run --stats` as
# (executed with REPS calls - executed with none) / REPS.
#
#   bash bench/mem.sh              print a markdown table
#   N=4096 bash bench/mem.sh       other size
#   EXTRA="-mvalida-memcpy" ...    extra valida-cc flags
# VALIDA_CC / VALIDA_VM override the tools; VALIDA_RUNTIME_DIR another runtime.
set -euo pipefail
cd "$(dirname "$0")/.."
CC=${VALIDA_CC:-target/release/valida-cc}
VM=${VALIDA_VM:-target/release/valida}
N=${N:-1024}
REPS=${REPS:-4}
read -r -a EXTRA <<< "${EXTRA:-}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

executed() { # executed <exe>: total executed instructions
  "$VM" run "$1" --stats < /dev/null 2>&1 >/dev/null |
    awk '/instructions/ { gsub(",", ""); for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+$/) { print $i; exit } }'
}

per_call() { # per_call <OP> <dst offset> <src offset>
  local r exe counts=()
  for r in "$REPS" 0; do
    exe="$WORK/m$r"
    "$CC" -O2 "${EXTRA[@]}" -DOP_"$1" -DN="$N" -DDOFF="$2" -DSOFF="$3" -DREPS="$r" \
      bench/mem/membench.c -o "$exe"
    counts+=("$(executed "$exe")")
  done
  echo $(( (counts[0] - counts[1]) / REPS ))
}

echo "| routine ($N bytes) | dst+0 src+0 | dst+1 src+1 | dst+0 src+1 | dst+2 src+3 |"
echo "|---|---:|---:|---:|---:|"
for op in MEMCPY MEMSET MEMCMP; do
  echo "| ${op,,} | $(per_call $op 0 0) | $(per_call $op 1 1) | $(per_call $op 0 1) | $(per_call $op 2 3) |"
done
# memmove: the source overlaps, 4 or 3 bytes above (forward) or below (backward).
echo "| memmove, src = dst+4 / dst+3 | $(per_call MEMMOVE 0 4) | $(per_call MEMMOVE 1 4) | $(per_call MEMMOVE 0 3) | $(per_call MEMMOVE 2 3) |"
echo "| memmove, src = dst-4 / dst-3 | $(per_call MEMMOVE 8 -4) | $(per_call MEMMOVE 9 -4) | $(per_call MEMMOVE 8 -3) | $(per_call MEMMOVE 10 -3) |"
echo "| strlen (string at dst) | $(per_call STRLEN 0 0) | $(per_call STRLEN 1 0) | | |"
for op in STRCPY STRCMP; do
  echo "| ${op,,} | $(per_call $op 0 0) | $(per_call $op 1 1) | $(per_call $op 0 1) | $(per_call $op 2 3) |"
done
