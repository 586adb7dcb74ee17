#!/usr/bin/env bash
# Runs the lit suite of the LLVM target (lit/) against the llc plugin and
# prints a final line `N passed, N failed`; exits non-zero on any failure.
# Extra arguments go to lit (e.g. a test path, or -v).
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
plugin="${VALIDA_LLC_PLUGIN:-target/llvm-target/build/ValidaPlugin.so}"
if [ ! -f "$plugin" ]; then
  bash scripts/build-target.sh >&2 || exit 1
fi
lit="$LLVM_SYS_221_PREFIX/bin/lit"
paths=("$@")
[ ${#paths[@]} -eq 0 ] && paths=(lit)
out=$(mktemp)
"$lit" -sv "${paths[@]}" 2>&1 | tee "$out"
status=${PIPESTATUS[0]}
passed=$(grep -cE '^PASS: ' "$out" || true)
xfail=$(grep -cE '^XFAIL: ' "$out" || true)
failed=$(grep -cE '^(FAIL|XPASS|UNRESOLVED|TIMEOUT): ' "$out" || true)
# lit -s prints only failures; count passes from its summary instead.
summary_pass=$(grep -oE 'Passed *: *[0-9]+' "$out" | grep -oE '[0-9]+' | tail -1)
summary_xfail=$(grep -oE 'Expectedly Failed *: *[0-9]+' "$out" | grep -oE '[0-9]+' | tail -1)
[ -n "$summary_pass" ] && passed=$summary_pass
[ -n "$summary_xfail" ] && xfail=$summary_xfail
passed=$((passed + xfail))
rm -f "$out"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
echo "$passed passed, $failed failed"
exit "$status"
