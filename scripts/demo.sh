#!/usr/bin/env bash
# Builds everything, compiles examples/hello.c with valida-cc and runs it on
# the Valida VM with statistics.
#   bash scripts/demo.sh [-O2] [file.c]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
source scripts/env.sh

OPT="${1:--O2}"
SRC="${2:-examples/hello.c}"
OUT="target/demo/$(basename "${SRC%.c}")"
mkdir -p target/demo

echo "==> building valida-cc and the valida VM (release)"
cargo build --release -p valida-cc -p valida-vm

echo "==> valida-cc $OPT $SRC -o $OUT"
./target/release/valida-cc -v "$OPT" "$SRC" -o "$OUT"

echo "==> valida run $OUT"
set +e
./target/release/valida run --stats --input /dev/null "$OUT"
status=$?
set -e
echo "==> exit status $status"
exit "$status"
