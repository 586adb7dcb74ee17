# The riscv32 reference build shared by the differential scripts
# (torture.sh, llvm-test-suite.sh, yarpgen.sh): a C program built for
# RV32IM/ILP32 by clang-22 with the runtime's RV32 build (crt0 + libc from
# runtime/build.sh), linked by ld.lld-22 and run under qemu-riscv32. Like
# Valida it is a 32-bit bare-metal target with our libc, so a program that
# fails here too needs something neither target has.
#
# Source it after `cd $ROOT`; it sets CLANG LLD QEMU RT and RV32_CFLAGS,
# checks the tools and builds the runtime. The caller sets ROOT and names
# itself in RV32_WHO (for error messages).

CLANG=${CLANG:-clang-22}
LLD=${LLD:-ld.lld-22}
QEMU=${QEMU:-qemu-riscv32}
RT=$ROOT/runtime/build/rv32
RV32_CFLAGS="--target=riscv32-unknown-elf -march=rv32im -mabi=ilp32 -fsigned-char -nostdlib
             -nostdlibinc -isystem $ROOT/runtime/include"

for tool in "$CLANG" "$LLD" "$QEMU"; do
  command -v "$tool" >/dev/null || { echo "${RV32_WHO:-riscv-reference}: $tool not found" >&2; exit 2; }
done
bash "$ROOT/runtime/build.sh" >/dev/null \
  || { echo "${RV32_WHO:-riscv-reference}: runtime/build.sh failed" >&2; exit 2; }
export CLANG LLD QEMU RT RV32_CFLAGS

# rv32_build DIR FLAGS... SOURCES...: compiles (each source to its own
# object) and links DIR/r.elf; compiler and linker messages go to DIR/r.log.
# Status 0 when it built.
rv32_build() {
  local d=$1 a objs=() srcs=() flags=() i=0
  shift
  for a in "$@"; do
    if [[ $a == *.c && -f $a ]]; then srcs+=("$a"); else flags+=("$a"); fi
  done
  : > "$d/r.log"
  for a in "${srcs[@]}"; do
    i=$((i + 1))
    # shellcheck disable=SC2086
    "$CLANG" $RV32_CFLAGS "${flags[@]}" -c "$a" -o "$d/r$i.o" >> "$d/r.log" 2>&1 || return 1
    objs+=("$d/r$i.o")
  done
  "$LLD" --gc-sections -o "$d/r.elf" "$RT/crt0.o" "${objs[@]}" "$RT/libc.a" >> "$d/r.log" 2>&1
}

# rv32_run DIR TIMEOUT: runs DIR/r.elf with no input, stdout to DIR/r.out,
# stderr appended to DIR/r.log; returns the program's status (124 when it
# ran out of time).
rv32_run() {
  timeout "$2" "$QEMU" "$1/r.elf" > "$1/r.out" 2>> "$1/r.log" < /dev/null
}
export -f rv32_build rv32_run
