#!/usr/bin/env bash
# Differential testing with YARPGen (v1 and v2): random C programs free of
# undefined behaviour by construction, each printing one checksum.
#
#   scripts/yarpgen.sh [--versions "1 2"] [--count N] [--seed S]
#                      [--opt-levels "0 2"] [--jobs J] [--timeout SECONDS]
#                      [--max-steps N] [--reduce] [--no-save] [--out DIR]
#                      [--src DIR] [--build-only] [--if-available]
#   scripts/yarpgen.sh --replay
#
# YARPGen is not vendored. Its sources come from --src DIR (or $YARPGEN_SRC):
# a git clone of https://github.com/intel/yarpgen, whose `v1` branch is v1
# and whose `main` is v2; without it the script clones that repository into
# the cache. Each version is exported and built (cmake + make, host g++) once
# under $YARPGEN_CACHE (default $HOME/.cache/valida-cc/yarpgen)/build-v1, -v2.
# v1 generates C99 for a 32-bit target (--std=c99 -m 32), v2 C (--std=c).
# With --if-available, a YARPGen that cannot be had (no clone, no network)
# is a note and status 0 instead of an error (for CI).
#
# Program k of version v is generated from seed S+k. It is built four ways:
#   ref     clang-22 riscv32 (RV32IM, ILP32) -O0 + the runtime's RV32 build,
#           run under qemu-riscv32 (scripts/lib/riscv-reference.sh): the
#           checksum every build must print
#   host    host gcc -O0 (LP64; informational: v1's -m 32 programs assume a
#           32-bit long, so "host=differs" there is expected)
#   rv32    the riscv32 reference build at each -O level
#   valida  valida-cc at each -O level, run by `valida run --max-steps`
# and one line per program and level goes to OUT/results.tsv:
#   version seed level class detail
# with class
#   ok       Valida prints the reference checksum
#   valida   Valida differs, rv32 at the same level agrees with ref: a bug in
#            the Valida back end, linker, runtime or VM
#   both     Valida and rv32 agree with each other, not with ref: the shared
#            front/middle end (clang-22's optimiser) at that level
#   riscv    rv32 differs, Valida agrees with ref (not ours)
#   crash    valida-cc failed (compiler crash, LLVM error, link error)
#   timeout  Valida did not finish within --timeout / --max-steps
#   toolarge valida-cc refuses the program cleanly: its data does not fit
#            below Valida's stack (v2 sizes arrays for 64-bit hosts)
#   skip     (level "-") the reference does not build or finish
# Every valida/both/crash/timeout is kept (unless --no-save) under
# tests/yarpgen-regressions/ as yarpgen<v>-<seed>-O<l>.c (one self-contained
# preprocessed C file), .expected (ref's output), .flags and .class; with
# --reduce the .c is first reduced by cvise or creduce keeping the class.
# `scripts/yarpgen.sh --replay` builds every kept case with valida-cc at its
# flags, runs it and compares with .expected (status 1 on a difference; a
# NAME.known file, the reason, marks a bug not fixed yet: reported only).
# The exit status is 1 when such a mismatch was found.
#
# Needs: cmake, make, g++ (to build YARPGen), gcc, clang-22, ld.lld-22,
# qemu-riscv32; cvise or creduce for --reduce. Environment: VALIDA_CC,
# VALIDA_VM, YARPGEN_SRC, YARPGEN_CACHE.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
source scripts/env.sh

VERSIONS="1 2"
COUNT=10
SEED=1
LEVELS="0 2"
JOBS=1
TIMEOUT=120
MAX_STEPS=2000000000
REDUCE=0
SAVE=1
OUT=$ROOT/target/yarpgen
SRC=${YARPGEN_SRC:-}
BUILD_ONLY=0
IF_AVAILABLE=0
REPLAY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --versions) VERSIONS=$2; shift 2 ;;
    --count) COUNT=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --opt-levels) LEVELS=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    --max-steps) MAX_STEPS=$2; shift 2 ;;
    --reduce) REDUCE=1; shift ;;
    --no-save) SAVE=0; shift ;;
    --out) OUT=$2; shift 2 ;;
    --src) SRC=$2; shift 2 ;;
    --build-only) BUILD_ONLY=1; shift ;;
    --if-available) IF_AVAILABLE=1; shift ;;
    --replay) REPLAY=1; shift ;;
    -h|--help) sed -n '2,52p' "$0"; exit 0 ;;
    *) echo "yarpgen.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

CACHE=${YARPGEN_CACHE:-$HOME/.cache/valida-cc/yarpgen}
REG=${YARPGEN_REGRESSIONS:-$ROOT/tests/yarpgen-regressions}

# build_yarpgen <1|2>: exports the version's tree from the git clone and
# builds it once; prints the path of the binary.
build_yarpgen() {
  local v=$1 rev bin=$CACHE/build-v$1/yarpgen
  [[ -x $bin ]] && { echo "$bin"; return 0; }
  for tool in cmake make g++ git; do
    command -v "$tool" >/dev/null || { echo "yarpgen.sh: $tool not found" >&2; return 1; }
  done
  if [[ -z $SRC ]]; then
    SRC=$CACHE/repo
    if [[ ! -d $SRC/.git && ! -f $SRC/HEAD ]]; then
      echo "yarpgen.sh: cloning https://github.com/intel/yarpgen into $SRC" >&2
      git clone -q https://github.com/intel/yarpgen "$SRC" \
        || { echo "yarpgen.sh: git clone failed (pass --src DIR, a clone of intel/yarpgen)" >&2; return 1; }
    fi
  fi
  if [[ $v == 1 ]]; then rev=v1; else rev=main; fi
  git -C "$SRC" rev-parse -q --verify "$rev^{commit}" >/dev/null \
    || rev=origin/$rev
  git -C "$SRC" rev-parse -q --verify "$rev^{commit}" >/dev/null \
    || { echo "yarpgen.sh: $SRC has no branch ${rev#origin/} (v$v)" >&2; return 1; }
  rm -rf "$CACHE/src-v$v" "$CACHE/build-v$v"
  mkdir -p "$CACHE/src-v$v"
  git -C "$SRC" archive "$rev" | tar x -C "$CACHE/src-v$v" || return 1
  git -C "$SRC" rev-parse "$rev" > "$CACHE/src-v$v/COMMIT"
  echo "yarpgen.sh: building YARPGen v$v ($(cut -c1-12 "$CACHE/src-v$v/COMMIT")) in $CACHE/build-v$v" >&2
  cmake -S "$CACHE/src-v$v" -B "$CACHE/build-v$v" -DCMAKE_BUILD_TYPE=Release > "$CACHE/build-v$v.log" 2>&1 \
    && make -C "$CACHE/build-v$v" -j2 >> "$CACHE/build-v$v.log" 2>&1 \
    || { echo "yarpgen.sh: building v$v failed (log $CACHE/build-v$v.log)" >&2; return 1; }
  echo "$bin"
}

# replay: the kept cases, no YARPGen needed.
if [[ $REPLAY == 1 ]]; then
  VCC=${VALIDA_CC:-$ROOT/target/release/valida-cc}
  VM=${VALIDA_VM:-$ROOT/target/release/valida}
  bad=0 n=0
  tmp=$(mktemp -d)
  for c in "$REG"/*.c; do
    [[ -f $c ]] || continue
    rm -f "$tmp/out" "$tmp/log"
    n=$((n + 1))
    name=$(basename "$c" .c)
    # shellcheck disable=SC2046
    if timeout "$TIMEOUT" "$VCC" $(cat "${c%.c}.flags") -w "$c" -o "$tmp/p.elf" > "$tmp/log" 2>&1 \
       && timeout "$TIMEOUT" "$VM" run --max-steps "$MAX_STEPS" --input /dev/null "$tmp/p.elf" > "$tmp/out" 2>/dev/null \
       && cmp -s "$tmp/out" "${c%.c}.expected"; then
      if [[ -f ${c%.c}.known ]]; then echo "$name: passes now; delete $name.known"; else echo "$name: ok"; fi
    elif [[ -f ${c%.c}.known ]]; then
      echo "$name: known failure ($(head -c 120 "${c%.c}.known"))"
    else
      echo "$name: FAILED (printed '$(head -c 60 "$tmp/out" 2>/dev/null | tr '\n' ' ')', expected" \
           "'$(head -c 60 "${c%.c}.expected" | tr '\n' ' ')'; $(head -c 120 "$tmp/log" | tr '\n' ' '))"
      bad=1
    fi
  done
  rm -rf "$tmp"
  echo "yarpgen replay: $n cases in $REG"
  exit $bad
fi

for v in $VERSIONS; do
  [[ $v == 1 || $v == 2 ]] || { echo "yarpgen.sh: --versions takes 1 and/or 2" >&2; exit 2; }
  if ! b=$(build_yarpgen "$v"); then
    [[ $IF_AVAILABLE == 1 ]] && { echo "yarpgen.sh: skipped: YARPGen v$v is not available"; exit 0; }
    exit 2
  fi
  declare "YARPGEN_V$v=$b"
done
[[ $BUILD_ONLY == 1 ]] && exit 0

VCC=${VALIDA_CC:-$ROOT/target/release/valida-cc}
VM=${VALIDA_VM:-$ROOT/target/release/valida}
for exe in "$VCC" "$VM"; do
  [[ -x $exe ]] || { echo "yarpgen.sh: $exe not built (cargo build --release)" >&2; exit 2; }
done
RV32_WHO=yarpgen.sh
source scripts/lib/riscv-reference.sh
if [[ $REDUCE == 1 ]]; then
  REDUCER=$(command -v cvise || command -v creduce) \
    || { echo "yarpgen.sh: --reduce needs cvise or creduce" >&2; exit 2; }
fi

mkdir -p "$OUT"
: > "$OUT/results.tmp"
# -w: YARPGen's code is warning-heavy by design; nothing else is relaxed.
YFLAGS="-w"

# valida_build_run <dir> <level> <src...>: builds and runs the Valida build;
# prints ok, "crash: ...", "timeout" or "run: ...", output in dir/v<level>.out.
valida_build_run() {
  local d=$1 l=$2 s
  shift 2
  # shellcheck disable=SC2086
  if ! timeout "$TIMEOUT" "$VCC" -O"$l" $YFLAGS "$@" -o "$d/v$l.elf" > "$d/v$l.log" 2>&1; then
    s=$?
    [[ $s == 124 ]] && { echo "timeout: compile took over ${TIMEOUT}s"; return; }
    echo "crash: $(grep -m1 -iE 'error|panick|assert' "$d/v$l.log" | cut -c1-160)"; return
  fi
  timeout "$TIMEOUT" "$VM" run --max-steps "$MAX_STEPS" --input /dev/null "$d/v$l.elf" \
    > "$d/v$l.out" 2> "$d/v$l.err"
  s=$?
  if [[ $s == 124 ]] || grep -q 'step-limit\|step limit' "$d/v$l.err"; then echo timeout
  elif [[ $s == 0 ]]; then echo ok
  else echo "run: status $s $(head -c 120 "$d/v$l.err" | tr '\n\t' '  ')"
  fi
}

# save <v> <seed> <level> <class> <dir>: keeps a mismatch as a regression case.
save() {
  local v=$1 seed=$2 l=$3 class=$4 d=$5 c
  [[ $SAVE == 1 ]] || return 0
  c=$REG/yarpgen$v-$seed-O$l
  mkdir -p "$REG"
  # One file: driver.c and func.c share init.h; func.c's definitions are
  # extern in driver.c, so the concatenation is a valid translation unit.
  (cd "$d" && cat driver.c func.c) > "$d/all.c"
  # shellcheck disable=SC2086
  "$CLANG" $RV32_CFLAGS -D__VALIDA__=1 -E -P -I "$d" "$d/all.c" -o "$d/pp.c" 2>/dev/null || cp "$d/all.c" "$d/pp.c"
  cp "$d/ref.out" "$d/pp.expected"
  if [[ $REDUCE == 1 && $class != timeout ]]; then reduce "$l" "$class" "$d" || true; fi
  cp "$d/pp.c" "$c.c"
  cp "$d/pp.expected" "$c.expected"
  echo "-O$l" > "$c.flags"
  echo "$class" > "$c.class"
}

# reduce <level> <class> <dir>: cvise/creduce on dir/pp.c keeping the class.
# The reduced program is no longer UB-free by construction, so the test
# also asks gcc's and clang's sanitizers on the host to find nothing.
reduce() {
  local l=$1 class=$2 d=$3 r=$3/reduce
  rm -rf "$r"; mkdir -p "$r"
  cp "$d/pp.c" "$r/p.c"
  cat > "$r/test.sh" <<EOF
#!/usr/bin/env bash
# interestingness test: class $class at -O$l
export PATH="$PATH"
ulimit -t 120
if [[ $class == crash ]]; then
  timeout 60 "$VCC" -c -O$l -w p.c -o p.o >/dev/null 2>err.txt
  s=\$?; [[ \$s != 0 && \$s != 124 ]] && grep -qF "$(head -c 40 "$d/crash.txt" 2>/dev/null | tr -d '\n"\\$`')" err.txt
  exit \$?
fi
gcc -w -O0 -Werror=uninitialized -Werror=implicit-function-declaration -fsanitize=undefined,address \
  -fno-sanitize-recover=all p.c -o host 2>/dev/null || exit 1
timeout 10 ./host > host.out 2>&1 || exit 1
"$CLANG" $RV32_CFLAGS -O0 -Werror=uninitialized -Werror=return-type -c p.c -o ref.o 2>/dev/null || exit 1
"$LLD" --gc-sections -o ref "$RT/crt0.o" ref.o "$RT/libc.a" || exit 1
timeout 10 "$QEMU" ref > ref.out 2>/dev/null || exit 1
"$CLANG" $RV32_CFLAGS -O$l -c p.c -o rl.o 2>/dev/null || exit 1
"$LLD" --gc-sections -o rl "$RT/crt0.o" rl.o "$RT/libc.a" || exit 1
timeout 10 "$QEMU" rl > rl.out 2>/dev/null || exit 1
timeout 60 "$VCC" -O$l -w p.c -o v.elf >/dev/null 2>&1 || exit 1
timeout 60 "$VM" run --max-steps $MAX_STEPS --input /dev/null v.elf > v.out 2>/dev/null
case $class in
  valida) ! cmp -s v.out ref.out && cmp -s rl.out ref.out ;;
  both) cmp -s v.out rl.out && ! cmp -s v.out ref.out ;;
  *) exit 1 ;;
esac
EOF
  chmod +x "$r/test.sh"
  (cd "$r" && timeout 3600 "$REDUCER" ./test.sh p.c >/dev/null 2>&1)
  if [[ -s $r/p.c ]] && (cd "$r" && ./test.sh >/dev/null 2>&1); then
    cp "$r/p.c" "$d/pp.c"
    [[ $class != crash ]] && cp "$r/ref.out" "$d/pp.expected"
  fi
  return 0
}

# one <version> <seed>: generate, build the references, compare at each level.
one() {
  local v=$1 seed=$2 d=$OUT/work/v$1-$2 gen srcs l bad=0 hostnote class detail vr s
  rm -rf "$d"; mkdir -p "$d"
  if [[ $v == 1 ]]; then
    "$YARPGEN_V1" -q --std=c99 -m 32 -s "$seed" -d "$d" > "$d/gen.log" 2>&1
  else
    "$YARPGEN_V2" --std=c -s "$seed" -o "$d" > "$d/gen.log" 2>&1
  fi
  if [[ $? != 0 || ! -f $d/driver.c || ! -f $d/func.c ]]; then
    printf '%s\t%s\t-\tskip\tyarpgen failed\n' "$v" "$seed" >> "$OUT/results.tmp"; return
  fi
  srcs=("$d/driver.c" "$d/func.c")
  # shellcheck disable=SC2086
  if ! rv32_build "$d" $YFLAGS -O0 -I "$d" "${srcs[@]}"; then
    printf '%s\t%s\t-\tskip\treference does not build: %s\n' "$v" "$seed" \
      "$(grep -m1 error "$d/r.log" | cut -c1-120)" >> "$OUT/results.tmp"; return
  fi
  if ! rv32_run "$d" "$TIMEOUT"; then
    printf '%s\t%s\t-\tskip\treference does not finish\n' "$v" "$seed" >> "$OUT/results.tmp"; return
  fi
  mv "$d/r.out" "$d/ref.out"
  hostnote="host=n/a"
  if gcc -w -O0 -I "$d" "${srcs[@]}" -o "$d/host" 2>/dev/null && timeout 20 "$d/host" > "$d/host.out" 2>/dev/null; then
    if cmp -s "$d/host.out" "$d/ref.out"; then hostnote="host=same"; else hostnote="host=differs"; fi
  fi
  for l in $LEVELS; do
    detail=""
    vr=$(valida_build_run "$d" "$l" $YFLAGS -I "$d" "${srcs[@]}")
    # shellcheck disable=SC2086
    if rv32_build "$d" $YFLAGS -O"$l" -I "$d" "${srcs[@]}" && rv32_run "$d" "$TIMEOUT"; then
      mv "$d/r.out" "$d/r$l.out"
    else
      echo "rv32 -O$l failed" > "$d/r$l.out"
    fi
    case $vr in
      *"program is too large"*)
        # YARPGen v2 sizes arrays for 64-bit hosts: data past Valida's
        # stack region is a limit of the platform, reported cleanly.
        class=toolarge; detail=${vr#crash: } ;;
      crash*) class=crash; detail=${vr#crash: }; echo "$detail" > "$d/crash.txt" ;;
      timeout*) class=timeout; detail=$vr ;;
      *)
        if [[ $vr == ok ]] && cmp -s "$d/v$l.out" "$d/ref.out"; then class=ok
        elif cmp -s "$d/r$l.out" "$d/ref.out"; then class=valida; detail="$vr: $(head -c 60 "$d/v$l.out" | tr '\n' ' ')"
        elif cmp -s "$d/v$l.out" "$d/r$l.out"; then class=both; detail="valida and rv32: $(head -c 60 "$d/v$l.out" | tr '\n' ' ')"
        elif cmp -s "$d/v$l.out" "$d/ref.out"; then class=riscv; detail="rv32: $(head -c 60 "$d/r$l.out" | tr '\n' ' ')"
        else class=valida; detail="valida, rv32 and ref all differ: $vr"
        fi ;;
    esac
    printf '%s\t%s\tO%s\t%s\t%s %s\n' "$v" "$seed" "$l" "$class" "$hostnote" "$detail" >> "$OUT/results.tmp"
    if [[ $class != ok && $class != riscv && $class != toolarge ]]; then
      bad=1
      save "$v" "$seed" "$l" "$class" "$d"
    fi
  done
  [[ $bad == 0 ]] && rm -rf "$d"
  return 0
}

export -f one save reduce valida_build_run
export OUT LEVELS TIMEOUT MAX_STEPS REDUCE SAVE VCC VM REG ROOT YFLAGS
export YARPGEN_V1=${YARPGEN_V1:-} YARPGEN_V2=${YARPGEN_V2:-} REDUCER=${REDUCER:-}

running=0
for v in $VERSIONS; do
  for ((i = 0; i < COUNT; i++)); do
    one "$v" $((SEED + i)) &
    running=$((running + 1))
    if [[ $running -ge $JOBS ]]; then wait -n; running=$((running - 1)); fi
  done
done
wait

sort -k1,1n -k2,2n "$OUT/results.tmp" >> "$OUT/results.tsv"
echo "yarpgen: versions $VERSIONS, seeds $SEED..$((SEED + COUNT - 1)), levels $LEVELS (all results in $OUT/results.tsv)"
echo "version level class count"
awk -F'\t' '{ print "v" $1, $3, $4 }' "$OUT/results.tmp" | sort | uniq -c | awk '{ print $2, $3, $4, $1 }'
if cut -f4 "$OUT/results.tmp" | grep -qvE '^(ok|skip|riscv|toolarge)$'; then
  echo "mismatches (kept in $REG unless --no-save):"
  grep -vP '\t(ok|skip|riscv|toolarge)\t' "$OUT/results.tmp" | sort -k1,1n -k2,2n | sed 's/^/  /'
  exit 1
fi
exit 0
