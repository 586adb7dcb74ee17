#!/usr/bin/env bash
# Benchmark report: every program of bench/programs/ through `valida-cc
# compare` at -O2 (Valida vs RV32IM from the same optimised IR), with each
# Valida optimisation pass switched off in turn, and frame sizes; writes
# bench/RESULTS.md. Extra arguments go to `valida-cc bench` (e.g. `--no-passes`,
# `--only sha256`, `-O3`, `-o FILE`, `--json FILE`).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
if [[ -z "${VALIDA_CC:-}" ]]; then
  cargo build --release -p valida-cc -p valida-vm
  VALIDA_CC=target/release/valida-cc
fi
nice -n 10 "$VALIDA_CC" bench "$@"
