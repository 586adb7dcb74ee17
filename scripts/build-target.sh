#!/usr/bin/env bash
# Builds the LLVM target (llvm-target/) directly with cmake + ninja into
# target/llvm-target/build, the same directory the root build.rs uses, for fast
# C++ iteration: incremental rebuilds, no cargo involved.
# Outputs: target/llvm-target/build/{libValidaTarget.a,ValidaPlugin.so}
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
build=target/llvm-target/build
if [ ! -f "$build/build.ninja" ]; then
  cmake -S llvm-target -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DLLVM_DIR="$LLVM_SYS_221_PREFIX/lib/cmake/llvm"
fi
ninja -C "$build" "$@"
