#!/usr/bin/env bash
# Runs every test: Rust unit/integration tests for all crates, then the lit
# suite of the LLVM target. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
source scripts/env.sh

cargo build --release --workspace --all-targets
cargo test --release --workspace
if [ -f lit/lit.cfg.py ]; then
  bash scripts/lit.sh
fi
