# Sourced by the scripts: tool locations shared by every build and test.
export LLVM_SYS_221_PREFIX=/usr/lib/llvm-22
export PATH="/usr/lib/llvm-22/bin:$PATH"
