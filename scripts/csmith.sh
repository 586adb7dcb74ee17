#!/usr/bin/env bash
# Differential testing with csmith: random C programs built by valida-cc
# (Valida) and, through `valida-cc compare`, for RV32IM from the same IR,
# checked against two references built without our pipeline:
#   ref   clang-22 --target=riscv32 -O0 + ld.lld + the runtime's RV32 build
#         (runtime/build.sh), run under qemu-riscv32: ILP32 like Valida, the
#         checksum the program must print;
#   host  host gcc -O0 (LP64: `long` is 64 bits, so a program may
#         legitimately print another checksum; informational only).
#
#   scripts/csmith.sh [--count N] [--seed S] [--opt-levels "0 1 2 3"]
#                     [--jobs J] [--timeout SECONDS] [--max-steps N]
#                     [--ref-timeout SECONDS]
#                     [--reduce] [--no-save] [--out DIR]
#                     [--csmith-args "--float --max-funcs 8"]
#
# Every program is generated from seed S, S+1, … (so a run is reproducible).
# Per program and -O level, the result is one line of OUT/results.tsv:
#   seed level class valida_steps rv32_steps detail
# with class one of
#   ok            Valida, RV32IM and ref print the same thing
#   valida        Valida differs from ref, RV32IM agrees with ref: a bug in
#                 the Valida back end, linker, runtime or VM
#   riscv         RV32IM differs from ref, Valida agrees (our RISC-V path)
#   both          Valida and RV32IM agree with each other but not with ref:
#                 the shared optimised IR (middle end or front end) or UB
#   crash         valida-cc failed (compiler crash, LLVM error, link error)
#   timeout       compare did not finish within the timeout / step limit
#   ub            a mismatch in a program UBSan finds undefined on the host
#                 (csmith's packed structs give misaligned pointers, which
#                 Valida traps on): not a compiler bug, not saved
# Programs whose reference does not finish within --ref-timeout seconds
# (default 20) are skipped (class skip); about one csmith program in five
# never ends, so a shorter limit makes a long campaign much faster. Each mismatch (valida, riscv, both, crash, timeout) is kept under
# tests/csmith-regressions/ (unless --no-save) as csmith-<seed>-O<l>.c
# (preprocessed, self-contained), .expected (ref's output) and .flags; with
# --reduce it is first reduced with creduce. The exit status is 1 when a
# mismatch was found.
#
# Needs: csmith, libcsmith-dev (headers), clang-22, ld.lld-22, qemu-riscv32,
# gcc, jq; creduce for --reduce. Environment: VALIDA_CC (default
# target/release/valida-cc), CSMITH_INCLUDE (/usr/include/csmith).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
source scripts/env.sh

COUNT=10
SEED=1
LEVELS="0 1 2 3"
JOBS=1
TIMEOUT=60
REF_TIMEOUT=20
MAX_STEPS=2000000000
REDUCE=0
SAVE=1
OUT=$ROOT/target/csmith
CSMITH_ARGS=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --count) COUNT=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --opt-levels) LEVELS=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    --ref-timeout) REF_TIMEOUT=$2; shift 2 ;;
    --max-steps) MAX_STEPS=$2; shift 2 ;;
    --reduce) REDUCE=1; shift ;;
    --no-save) SAVE=0; shift ;;
    --out) OUT=$2; shift 2 ;;
    --csmith-args) CSMITH_ARGS=$2; shift 2 ;;
    -h|--help) sed -n '2,40p' "$0"; exit 0 ;;
    *) echo "csmith.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

VCC=${VALIDA_CC:-$ROOT/target/release/valida-cc}
INC=${CSMITH_INCLUDE:-/usr/include/csmith}
REG=$ROOT/tests/csmith-regressions
CLANG=${CLANG:-clang-22}
LLD=${LLD:-ld.lld-22}
QEMU=${QEMU:-qemu-riscv32}
RV_FLAGS=(--target=riscv32-unknown-elf -march=rv32im -mabi=ilp32 -fsigned-char
          -nostdlib -nostdlibinc -isystem "$ROOT/runtime/include" -I "$INC" -w
          -Wno-incompatible-pointer-types)

for tool in csmith "$CLANG" "$LLD" "$QEMU" gcc jq; do
  command -v "$tool" >/dev/null || { echo "csmith.sh: $tool not found" >&2; exit 2; }
done
[[ -f "$INC/csmith.h" ]] || { echo "csmith.sh: $INC/csmith.h not found (apt-get install libcsmith-dev)" >&2; exit 2; }
[[ -x "$VCC" ]] || { echo "csmith.sh: $VCC not built (cargo build --release -p valida-cc)" >&2; exit 2; }

# The reference's runtime: the runtime's own RV32 build (plain clang -O2).
bash runtime/build.sh >/dev/null || { echo "csmith.sh: runtime/build.sh failed" >&2; exit 2; }
RT=$ROOT/runtime/build/rv32
mkdir -p "$OUT"
RESULTS=$OUT/results.tsv
: > "$OUT/results.tmp"

# save <seed> <level> <class> <dir>: keeps a mismatch as a regression test.
save() {
  local seed=$1 level=$2 class=$3 d=$4 name="csmith-$1-O$2"
  [[ $SAVE == 1 ]] || return 0
  mkdir -p "$REG"
  "$CLANG" "${RV_FLAGS[@]}" -D__VALIDA__=1 -E -P "$d/p.c" -o "$d/pp.c" 2>/dev/null || cp "$d/p.c" "$d/pp.c"
  if [[ $REDUCE == 1 && $class != timeout ]]; then
    reduce "$seed" "$level" "$class" "$d" || true
  fi
  cp "$d/pp.c" "$REG/$name.c"
  cp "$d/ref.out" "$REG/$name.expected"
  echo "-O$level" > "$REG/$name.flags"
  echo "$class" > "$REG/$name.class"
}

# reduce <seed> <level> <class> <dir>: creduce on pp.c keeping the mismatch.
reduce() {
  local seed=$1 level=$2 class=$3 d=$4 r=$4/reduce
  mkdir -p "$r"
  cp "$d/pp.c" "$r/p.c"
  cat > "$r/test.sh" <<EOF
#!/usr/bin/env bash
# creduce interestingness test for csmith seed $seed at -O$level ($class).
export PATH="$PATH"
ulimit -t 120
if [[ $class == crash ]]; then
  timeout 60 "$VCC" -c -O$level -Wno-everything p.c -o p.o >/dev/null 2>err.txt
  s=\$?; [[ \$s != 0 && \$s != 124 ]] && grep -qF "$(head -c 40 "$d/crash.txt" 2>/dev/null | tr -d '\n"\\$`')" err.txt
  exit \$?
fi
gcc -w -O0 -fsanitize=undefined,address -fno-sanitize-recover=all p.c -o host 2>/dev/null || exit 1
timeout 10 ./host > host.out 2>&1 || exit 1
"$CLANG" ${RV_FLAGS[*]} -O0 -Werror=uninitialized -Werror=return-type -c p.c -o ref.o 2>/dev/null || exit 1
"$LLD" --gc-sections -o ref "$RT/crt0.o" ref.o "$RT/libc.a" || exit 1
timeout 10 "$QEMU" ref > ref.out 2>/dev/null || exit 1
timeout 60 "$VCC" compare -O$level --json --max-steps $MAX_STEPS -Wno-everything p.c > c.json 2>/dev/null
[[ -s c.json ]] || exit 1
jq -j .valida.stdout c.json > v.out; jq -j .riscv.stdout c.json > r.out
case $class in
  valida) ! cmp -s v.out ref.out && cmp -s r.out ref.out ;;
  riscv) cmp -s v.out ref.out && ! cmp -s r.out ref.out ;;
  both) cmp -s v.out r.out && ! cmp -s v.out ref.out ;;
  *) exit 1 ;;
esac
EOF
  chmod +x "$r/test.sh"
  (cd "$r" && timeout 3600 creduce --n 1 ./test.sh p.c >/dev/null 2>&1)
  if [[ -s "$r/p.c" ]] && (cd "$r" && ./test.sh >/dev/null 2>&1); then
    cp "$r/p.c" "$d/pp.c"
    if [[ $class != crash ]]; then cp "$r/ref.out" "$d/ref.out"; fi
  fi
}

# ub_check <dir> <level>: true when the program has undefined behaviour a
# sanitizer sees: UBSan on the host (LP64), then, since struct layouts differ
# there, UBSan in trap mode (alignment, null, shift, bounds, signed overflow)
# in an ILP32 riscv32 build under qemu (misaligned accesses through pointers
# to packed members are the usual finding). Whether such a pointer is
# misaligned depends on where the linker put the packed object, so when
# Valida trapped on a misaligned access, the alignment check is also
# compiled into the Valida build itself (valida-cc -O<level>
# -fsanitize=alignment -fsanitize-trap=alignment): the check fails (FAIL,
# status 1) before the access when the C program dereferences a misaligned
# pointer.
ub_check() {
  local d=$1 level=$2
  if [[ ! -f "$d/ub.txt" ]]; then
    : > "$d/ub.txt"
    if gcc -w -O0 -fsanitize=undefined -I "$INC" "$d/p.c" -o "$d/ub" 2>/dev/null; then
      timeout 20 "$d/ub" 2>&1 >/dev/null | grep -m1 "runtime error" > "$d/ub.txt"
    fi
    if [[ ! -s "$d/ub.txt" ]] \
       && "$CLANG" "${RV_FLAGS[@]}" -O0 -fsanitize=alignment,null,shift,bounds,signed-integer-overflow \
            -fsanitize-trap=all -c "$d/p.c" -o "$d/ubrv.o" 2>/dev/null \
       && "$LLD" --gc-sections -o "$d/ubrv" "$RT/crt0.o" "$d/ubrv.o" "$RT/libc.a" 2>/dev/null; then
      timeout 20 "$QEMU" "$d/ubrv" >/dev/null 2>&1
      local s=$?
      if [[ $s == 132 || $s == 133 ]]; then
        echo "ILP32 UBSan trap (riscv32 -fsanitize-trap, qemu status $s)" > "$d/ub.txt"
      fi
    fi
  fi
  if [[ ! -s "$d/ub.txt" ]] && grep -q 'trap misaligned-access' "$d/O$level.json" 2>/dev/null; then
    timeout "$TIMEOUT" "$VCC" run -O"$level" -I "$INC" -Wno-everything -fsanitize=alignment \
      -fsanitize-trap=alignment "$d/p.c" >/dev/null 2>&1
    if [[ $? == 1 ]]; then
      echo "alignment sanitizer compiled into the Valida build (-O$level) fails: misaligned pointer dereference" > "$d/ub.txt"
    fi
  fi
  [[ -s "$d/ub.txt" ]]
}

# one <seed>: generate, build the references, compare at each level.
one() {
  local seed=$1 d=$OUT/work/$1 level
  rm -rf "$d"; mkdir -p "$d"
  # shellcheck disable=SC2086
  if ! csmith --seed "$seed" $CSMITH_ARGS -o "$d/p.c" >/dev/null 2>&1; then
    echo -e "$seed\t-\tskip\t0\t0\tcsmith failed" >> "$OUT/results.tmp"; return
  fi
  if ! "$CLANG" "${RV_FLAGS[@]}" -O0 -c "$d/p.c" -o "$d/ref.o" 2>"$d/ref.err" \
     || ! "$LLD" --gc-sections -o "$d/ref" "$RT/crt0.o" "$d/ref.o" "$RT/libc.a" 2>>"$d/ref.err"; then
    echo -e "$seed\t-\tskip\t0\t0\treference does not build" >> "$OUT/results.tmp"; return
  fi
  if ! timeout "$REF_TIMEOUT" "$QEMU" "$d/ref" > "$d/ref.out" 2>/dev/null; then
    echo -e "$seed\t-\tskip\t0\t0\treference does not finish" >> "$OUT/results.tmp"; rm -rf "$d"; return
  fi
  # The host build only when the reference finishes (a program that never
  # ends would cost its timeout twice).
  local host="?"
  if gcc -w -O0 -I "$INC" "$d/p.c" -o "$d/host" 2>/dev/null && timeout 10 "$d/host" > "$d/host.out" 2>/dev/null; then
    host=ok
  fi
  local hostnote="host=differs(LP64)"
  [[ $host == ok ]] && cmp -s "$d/host.out" "$d/ref.out" && hostnote="host=same"
  [[ $host != ok ]] && hostnote="host=n/a"
  local bad=0
  for level in $LEVELS; do
    local j=$d/O$level.json class detail="" vs=0 rs=0 s
    timeout "$TIMEOUT" nice -n 10 "$VCC" compare -O"$level" --json --max-steps "$MAX_STEPS" \
      -I "$INC" -Wno-everything "$d/p.c" > "$j" 2> "$d/O$level.err"
    s=$?
    if [[ $s == 124 ]]; then
      class=timeout; detail="compare took over ${TIMEOUT}s"
    elif ! jq -e . "$j" >/dev/null 2>&1; then
      class=crash; detail=$(grep -m1 -i "error" "$d/O$level.err" | cut -c1-200)
      [[ -z $detail ]] && detail="exit $s"
      echo "$detail" > "$d/crash.txt"
    else
      jq -j .valida.stdout "$j" > "$d/v$level.out"; jq -j .riscv.stdout "$j" > "$d/r$level.out"
      vs=$(jq .valida.executed "$j"); rs=$(jq .riscv.executed "$j")
      local vo ro
      vo=$(jq -r .valida.outcome "$j"); ro=$(jq -r .riscv.outcome "$j")
      local v_ok=0 r_ok=0
      cmp -s "$d/v$level.out" "$d/ref.out" && v_ok=1
      cmp -s "$d/r$level.out" "$d/ref.out" && r_ok=1
      if [[ $vo == *step* || $ro == *step* ]]; then class=timeout; detail="step limit: valida $vo; rv32 $ro"
      elif [[ $v_ok == 1 && $r_ok == 1 ]]; then class=ok
      elif [[ $r_ok == 1 ]]; then class=valida; detail="valida: $vo $(head -c 60 "$d/v$level.out" | tr '\n' ' ')"
      elif [[ $v_ok == 1 ]]; then class=riscv; detail="rv32: $ro $(head -c 60 "$d/r$level.out" | tr '\n' ' ')"
      else class=both; detail="valida: $vo; rv32: $ro"
      fi
    fi
    if [[ $class != ok && $class != crash ]] && ub_check "$d" "$level"; then
      class=ub; detail="UB: $(head -c 150 "$d/ub.txt") -- $detail"
    fi
    echo -e "$seed\tO$level\t$class\t$vs\t$rs\t$hostnote $detail" >> "$OUT/results.tmp"
    if [[ $class != ok && $class != ub ]]; then
      bad=1
      save "$seed" "$level" "$class" "$d"
    fi
  done
  [[ $bad == 0 ]] && rm -rf "$d"
  return 0
}

export -f one save reduce ub_check
export OUT CSMITH_ARGS LEVELS TIMEOUT REF_TIMEOUT MAX_STEPS REDUCE SAVE VCC INC REG CLANG LLD QEMU RT ROOT
export RV_FLAGS_STR="${RV_FLAGS[*]}"

running=0
for ((i = 0; i < COUNT; i++)); do
  one $((SEED + i)) &
  running=$((running + 1))
  if [[ $running -ge $JOBS ]]; then wait -n; running=$((running - 1)); fi
done
wait

sort -n "$OUT/results.tmp" >> "$RESULTS"
echo "csmith: $(cut -f1 "$OUT/results.tmp" | sort -u | wc -l) programs (seeds $SEED..$((SEED + COUNT - 1))), results in $RESULTS"
cut -f2,3 "$OUT/results.tmp" | sort | uniq -c | sort -k2
if cut -f3 "$OUT/results.tmp" | grep -qvE '^(ok|skip|ub)$'; then
  grep -vP '\t(ok|skip|ub)\t' "$OUT/results.tmp" | sort -n
  exit 1
fi
exit 0
