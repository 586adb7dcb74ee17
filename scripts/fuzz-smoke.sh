#!/usr/bin/env bash
# Builds the cargo-fuzz targets (fuzz/) and runs each one for a short time
# from a seed corpus, then replays the saved regression inputs as plain
# cargo tests.
#
#   scripts/fuzz-smoke.sh [--seconds S] [--runs N] [--targets "elf_loader exec"]
#                         [--jobs J]
#
# --seconds S   libFuzzer time per target (default 10; a campaign: 300 or more)
# --runs N      N executions per target from a fixed seed (seed 1): the same
#               inputs every time, so CI's verdict does not depend on luck.
#               With --seconds too, whichever ends first (a campaign:
#               `nice -n 19 scripts/fuzz-smoke.sh --seconds 3600 --runs 10000000`)
#
# The targets (see fuzz/src/lib.rs): elf_loader, assembler, object_reader,
# linker, exec. Seeds are made here from the repository (assembly programs
# of vm/tests/programs, their assembled ELF files, objects compiled from
# tests/e2e by valida-cc, the runtime's archive) into fuzz/corpus/<target>
# (not committed), together with fuzz/regressions/<target>. A crash, hang
# (-timeout=60 s: one MEMCPY may sweep the whole 1 GB memory, ~15 s under
# AddressSanitizer) or out-of-memory (-rss_limit_mb=2048) stops with status 1
# and leaves the input in fuzz/artifacts/<target>/: copy it into
# fuzz/regressions/<target>/ once fixed.
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`); the stable toolchain is used
# with RUSTC_BOOTSTRAP=1 for the sanitizer flags cargo-fuzz passes. The
# build shares the repository's target/ directory (so the LLVM target built
# by build.rs is not rebuilt).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
source scripts/env.sh

SECONDS_PER=10
RUNS=
TIMED=
TARGETS="elf_loader assembler object_reader linker exec"
JOBS=${CARGO_BUILD_JOBS:-2}
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) SECONDS_PER=$2; TIMED=1; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --targets) TARGETS=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) echo "fuzz-smoke.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz-smoke.sh: installing cargo-fuzz from crates.io" >&2
  cargo install --locked --quiet cargo-fuzz >&2 ||
    { echo "fuzz-smoke.sh: cargo-fuzz not installed and cargo install cargo-fuzz failed" >&2; exit 2; }
fi
export RUSTC_BOOTSTRAP=1 CARGO_BUILD_JOBS=$JOBS
VCC=${VALIDA_CC:-$ROOT/target/release/valida-cc}
VM=${VALIDA_VM:-$ROOT/target/release/valida}

echo "== regression inputs (cargo test)"
(cd fuzz && cargo test --release --target-dir "$ROOT/target" 2>&1 | grep -E "^test |panicked") || exit 1

echo "== build"
(cd fuzz && cargo fuzz build -O --features fuzzing --target-dir "$ROOT/target" 2>&1 | tail -n 2)
[[ ${PIPESTATUS[0]} == 0 ]] || { echo "fuzz-smoke.sh: cargo fuzz build failed" >&2; exit 1; }

# Seeds, made from the repository.
C=$ROOT/fuzz/corpus
mkdir -p "$C"/{elf_loader,assembler,object_reader,linker,exec}
cp vm/tests/programs/*.s "$C/assembler/" 2>/dev/null
for s in vm/tests/programs/*.s; do
  [[ -x $VM ]] && "$VM" asm "$s" -o "$C/elf_loader/$(basename "$s" .s).elf" >/dev/null 2>&1
done
if [[ -x $VCC ]]; then
  for c in tests/e2e/fibonacci.c tests/e2e/bits.c; do
    [[ -f $c ]] || continue
    n=$(basename "$c" .c)
    "$VCC" -c -O2 "$c" -o "$C/object_reader/$n.o" >/dev/null 2>&1 || continue
    cp "$C/object_reader/$n.o" "$C/linker/$n.o"
    "$VCC" -O2 "$c" -o "$C/elf_loader/$n.elf" >/dev/null 2>&1
  done
fi
for t in elf_loader assembler object_reader linker exec; do
  cp fuzz/regressions/$t/* "$C/$t/" 2>/dev/null
done

budget=()
what=""
if [[ -n $RUNS ]]; then
  budget+=(-runs="$RUNS" -seed=1)
  what="at most $RUNS executions from seed 1"
fi
if [[ -z $RUNS || -n $TIMED ]]; then
  budget+=(-max_total_time="$SECONDS_PER")
  what="${what:+$what, }at most ${SECONDS_PER}s"
fi
status=0
for t in $TARGETS; do
  mkdir -p "fuzz/artifacts/$t"
  log=$ROOT/target/fuzz-$t.log
  (cd fuzz && cargo fuzz run -O --features fuzzing --target-dir "$ROOT/target" "$t" "corpus/$t" -- \
     "${budget[@]}" -timeout=60 -rss_limit_mb=2048 -max_len=65536 \
     -artifact_prefix="artifacts/$t/" -print_final_stats=1) > "$log" 2>&1
  s=$?
  execs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
  secs=$(grep -m1 'Done [0-9]* runs in' "$log" | sed 's/.* in \([0-9]*\) second.*/\1/')
  if [[ $s == 0 ]]; then
    echo "$t: ok, ${execs:-?} executions in ${secs:-?}s ($what)"
  else
    echo "$t: FAILED (status $s; log $log; input in fuzz/artifacts/$t/)"
    grep -m5 -E 'panicked|ERROR|SUMMARY' "$log" | sed 's/^/  /'
    status=1
  fi
done
exit $status
