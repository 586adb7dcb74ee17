#!/usr/bin/env bash
# Runs the e2e corpus (tests/e2e, every -O level) once per Valida
# optimisation switch, each pass or lowering choice turned off in turn
# (the `cl::opt`s listed in llvm-target/README.md; -valida-use-memcpy turns
# the execution-only MEMCPY lowering on, -valida-inline-copy-stores=0 sends
# every block copy of known size to the runtime), and prints one line per
# switch and a final `N passed, N failed` over the switches.
#
#   scripts/passes-off.sh [SWITCH...]     (default: all of them)
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
switches=("$@")
if [[ ${#switches[@]} -eq 0 ]]; then
  switches=(
    -valida-disable-fold-operands
    -valida-disable-sink-defs
    -valida-disable-redundant-mask
    -valida-disable-coalescing
    -valida-use-slot-alloc=false
    -valida-disable-slot-sharing
    -valida-disable-slot-copy-prop
    -valida-disable-reuse-call-distance
    -valida-use-memcpy
    -valida-inline-copy-stores=0
    -valida-select-by-branch=false
    -valida-unroll=false
    -valida-disable-rebase-offsets
    -valida-disable-arg-homing
    -valida-loop-term-fold=false
    -valida-lsr-insns-first
  )
fi
cargo build --release -p valida-cc >/dev/null 2>&1 || { echo "passes-off: build failed" >&2; exit 2; }
passed=0 failed=0
for s in "${switches[@]}"; do
  log=$(mktemp)
  if VALIDA_E2E_MLLVM="$s" cargo test --release -q -p valida-cc --test e2e >"$log" 2>&1; then
    echo "ok    $s: $(grep -m1 -o '[0-9]* passed' "$log") (e2e, -O0 -O1 -O2 -O3 -Os)"
    passed=$((passed + 1))
  else
    echo "FAIL  $s"; grep -E "panicked|differs|trap" "$log" | head -5
    failed=$((failed + 1))
  fi
  rm -f "$log"
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
