#!/usr/bin/env bash
# Builds the runtime for RV32IM and runs its tests.
#
#   runtime/build.sh            build build/rv32/{crt0.o,libc.a}
#   runtime/build.sh test       build, then run every test under qemu-riscv32
#                               (at -O0 and -O2) and the host soft-float check
#   runtime/build.sh rv32       build, then only the qemu tests
#   runtime/build.sh rv32fd     soft-float check built for rv32imfd under qemu
#                               (32-bit builds of the builtins vs RISC-V FP)
#   runtime/build.sh host       only the host checks (soft-float vs hardware,
#                               quad soft-float vs gcc's __float128, printf vs glibc)
#   runtime/build.sh math       only the libm accuracy check against glibc
#   runtime/build.sh valida     the tests on Valida through valida-cc and
#                               `valida run` (VALIDA_CC, VALIDA_VM override)
#
# Environment: CLANG (clang-22), AR (llvm-ar-22), LLD (ld.lld-22),
# OBJCOPY (llvm-objcopy-22),
# QEMU (qemu-riscv32), HOSTCC (gcc), SF_CASES (random soft-float cases, 1000000),
# QF_CASES (random quad soft-float operand pairs, 2000000).
set -euo pipefail
cd "$(dirname "$0")"

CLANG=${CLANG:-clang-22}
AR=${AR:-llvm-ar-22}
LLD=${LLD:-ld.lld-22}
OBJCOPY=${OBJCOPY:-llvm-objcopy-22}
QEMU=${QEMU:-qemu-riscv32}
HOSTCC=${HOSTCC:-gcc}
SF_CASES=${SF_CASES:-1000000}
QF_CASES=${QF_CASES:-2000000}
OUT=build/rv32

# The flags the driver uses for Valida, with the riscv32 target kept.
CFLAGS=(--target=riscv32-unknown-elf -march=rv32im -mabi=ilp32 -fsigned-char
        -std=c11 -ffreestanding -fno-builtin -nostdlib -isystem include
        -ffunction-sections -fdata-sections -Wall -Wextra)

sources() { # sources <part>...
  local part path
  while read -r part path _; do
    [[ -z "$part" || "$part" == \#* ]] && continue
    for want in "$@"; do [[ "$part" == "$want" ]] && echo "$path"; done
  done < sources.txt
}

build_rv32() {
  mkdir -p "$OUT/obj"
  local objs=() src obj
  for src in $(sources libc builtins riscv32); do
    obj="$OUT/obj/$(echo "$src" | tr / _).o"
    "$CLANG" "${CFLAGS[@]}" "${RT_OPT:--O2}" -c "$src" -o "$obj"
    # Weak definitions: a program's own srand/malloc/... wins, as with any libc.
    "$OBJCOPY" --weaken "$obj"
    objs+=("$obj")
  done
  "$CLANG" "${CFLAGS[@]}" "${RT_OPT:--O2}" -c crt/start.c -o "$OUT/crt0.o"
  rm -f "$OUT/libc.a"
  "$AR" rcs "$OUT/libc.a" "${objs[@]}"
  echo "built $OUT/crt0.o $OUT/libc.a"
}

# link_rv32 <test.c> <opt> <exe>
link_rv32() {
  "$CLANG" "${CFLAGS[@]}" "$2" -c "$1" -o "$3.o"
  "$LLD" --gc-sections -o "$3" "$OUT/crt0.o" "$3.o" "$OUT/libc.a"
}

run_tests() {
  local pass=0 fail=0 t name opt exe input want_status status
  mkdir -p "$OUT/tests"
  for t in tests/*.c; do
    name=$(basename "$t" .c)
    for opt in -O0 -O2; do
      exe="$OUT/tests/$name$opt"
      link_rv32 "$t" "$opt" "$exe"
      input=/dev/null
      [[ -f "tests/$name.stdin" ]] && input="tests/$name.stdin"
      want_status=0
      [[ -f "tests/$name.status" ]] && want_status=$(cat "tests/$name.status")
      status=0
      "$QEMU" "$exe" < "$input" > "$exe.out" 2>&1 || status=$?
      if [[ "$status" == "$want_status" ]] && cmp -s "$exe.out" "tests/$name.expected"; then
        pass=$((pass + 1))
      else
        fail=$((fail + 1))
        echo "FAIL $name $opt (status $status, want $want_status)"
        diff "tests/$name.expected" "$exe.out" | head -20 || true
      fi
    done
  done
  echo "rv32 tests: $pass passed, $fail failed"
  [[ $fail == 0 ]]
}

# The soft-float check again, compiled for RV32 with the F and D extensions:
# the builtins as the 32-bit compiler builds them, against RISC-V hardware FP.
run_rv32fd() {
  local d="$OUT/fd" fd=(--target=riscv32-unknown-elf -march=rv32imfd -mabi=ilp32 -fsigned-char
        -std=c11 -ffreestanding -fno-builtin -nostdlib -isystem include -O2)
  mkdir -p "$d"
  "$CLANG" "${fd[@]}" -ffp-contract=off -DSF_CASES="${SF_RV32_CASES:-300000}" -c tests/host/softfloat_host.c -o "$d/check.o"
  "$CLANG" "${fd[@]}" -D'RT_NAME(n)=t_##n' -c builtins/softfloat.c -o "$d/softfloat.o"
  "$LLD" -o "$d/softfloat" "$OUT/crt0.o" "$d/check.o" "$d/softfloat.o" "$OUT/libc.a"
  "$QEMU" "$d/softfloat"
}

# The same tests on Valida: valida-cc (which builds this runtime itself) and
# `valida run`, at -O0 and -O2.
run_valida() {
  local cc=${VALIDA_CC:-} vm=${VALIDA_VM:-} pass=0 fail=0 t name opt exe input want_status status
  for c in ../target/release/valida-cc ../target/debug/valida-cc; do
    [[ -z "$cc" && -x "$c" ]] && cc=$c
  done
  for v in ../target/release/valida ../target/debug/valida; do
    [[ -z "$vm" && -x "$v" ]] && vm=$v
  done
  [[ -n "$cc" && -n "$vm" ]] || { echo "valida-cc/valida not built (set VALIDA_CC, VALIDA_VM)"; return 1; }
  mkdir -p build/valida
  for t in tests/*.c; do
    name=$(basename "$t" .c)
    for opt in -O0 -O2; do
      exe="build/valida/$name$opt"
      if ! "$cc" "$opt" "$t" -o "$exe" 2> "$exe.cc.err"; then
        fail=$((fail + 1))
        echo "FAIL $name $opt: compile error"
        head -5 "$exe.cc.err"
        continue
      fi
      input=/dev/null
      [[ -f "tests/$name.stdin" ]] && input="tests/$name.stdin"
      want_status=0
      [[ -f "tests/$name.status" ]] && want_status=$(cat "tests/$name.status")
      status=0
      "$vm" run --input "$input" "$exe" > "$exe.out" 2> "$exe.err" || status=$?
      # The program's stderr reaches the host's stderr, not the output tape
      # (docs/abi.md, "stderr"): compare stdout followed by it, without the
      # VM's own report (`valida:` lines and the backtrace of a FAIL; the
      # tests write to stderr last, if at all).
      grep -v -E '^valida: |^backtrace:$|^  (#[0-9]|\(frame chain)' "$exe.err" >> "$exe.out" || true
      if [[ "$status" == "$want_status" ]] && cmp -s "$exe.out" "tests/$name.expected"; then
        pass=$((pass + 1))
      else
        fail=$((fail + 1))
        echo "FAIL $name $opt (status $status, want $want_status)"
        diff "tests/$name.expected" "$exe.out" | head -10 || true
      fi
    done
  done
  echo "valida tests: $pass passed, $fail failed"
  [[ $fail == 0 ]]
}

run_host() {
  mkdir -p build/host
  "$HOSTCC" -O2 -ffp-contract=off -frounding-math -I. -D'RT_NAME(n)=t_##n' \
    tests/host/softfloat_host.c builtins/softfloat.c -o build/host/softfloat
  build/host/softfloat "$SF_CASES"
  "$HOSTCC" -O2 -D'RT_NAME(n)=t_##n' tests/host/int64_host.c builtins/int64.c builtins/int32.c -o build/host/int64
  build/host/int64
  "$HOSTCC" -O2 -I. -D'RT_NAME(n)=t_##n' -D'RT_QUAD=__float128' \
    tests/host/softquad_host.c builtins/softquad.c -o build/host/softquad
  build/host/softquad "$QF_CASES"
  "$HOSTCC" -O2 -Ilibc tests/host/format_host.c libc/format.c -o build/host/format
  build/host/format
  "$HOSTCC" -O2 -fno-builtin -Ilibc -c libc/scan.c -o build/host/scan.o
  "$HOSTCC" -O2 -fno-builtin -Ilibc -c libc/format.c -o build/host/format.o
  ld -r build/host/scan.o build/host/format.o -o build/host/strtod.o
  objcopy --redefine-sym strtod=rt_strtod build/host/strtod.o build/host/strtod_rt.o
  "$HOSTCC" -O2 tests/host/strtod_host.c build/host/strtod_rt.o -o build/host/strtod -lm
  build/host/strtod
  "$HOSTCC" -O2 -fno-builtin -c libc/math.c -o build/host/math.o
  "$HOSTCC" -O2 -fno-builtin -c libc/mathfn.c -o build/host/mathfn.o
  "$HOSTCC" -O2 -fno-builtin -ffp-contract=off -DRT_QUAD=__float128 -c libc/mathext.c -o build/host/mathext.o
  ld -r build/host/math.o build/host/mathfn.o build/host/mathext.o "$("$HOSTCC" -print-libgcc-file-name)" -o build/host/libm.o
  objcopy --prefix-symbols=rt_ build/host/libm.o build/host/libm_rt.o
  "$HOSTCC" -O2 tests/host/math_host.c build/host/libm_rt.o -o build/host/math -lm
  build/host/math "${MATH_CASES:-200000}"
}

# Only the libm accuracy check against glibc (MATH_CASES random arguments
# per function and range, 200000 by default).
run_math() {
  mkdir -p build/host
  "$HOSTCC" -O2 -fno-builtin -c libc/math.c -o build/host/math.o
  "$HOSTCC" -O2 -fno-builtin -c libc/mathfn.c -o build/host/mathfn.o
  "$HOSTCC" -O2 -fno-builtin -ffp-contract=off -DRT_QUAD=__float128 -c libc/mathext.c -o build/host/mathext.o
  ld -r build/host/math.o build/host/mathfn.o build/host/mathext.o "$("$HOSTCC" -print-libgcc-file-name)" -o build/host/libm.o
  objcopy --prefix-symbols=rt_ build/host/libm.o build/host/libm_rt.o
  "$HOSTCC" -O2 tests/host/math_host.c build/host/libm_rt.o -o build/host/math -lm
  build/host/math "${MATH_CASES:-200000}"
}

case "${1:-build}" in
  build) build_rv32 ;;
  rv32) build_rv32; run_tests ;;
  test) build_rv32; run_host; run_rv32fd; run_tests ;;
  rv32fd) build_rv32; run_rv32fd ;;
  valida) run_valida ;;
  host) run_host ;;
  math) run_math ;;
  *) echo "usage: $0 [build|test|host]" >&2; exit 2 ;;
esac
