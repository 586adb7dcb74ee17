#!/usr/bin/env bash
# Real C projects from Debian source packages, built with valida-cc through
# their own build systems and checked against their own test data or
# against a native build of the same driver (issue 13, item 6).
#
#   scripts/real-projects.sh [PROJECT...]     default: bzip2 lua zlib libmd
#
# Sources come from `apt-get source` (bookworm, through a private apt source
# list: the system's apt configuration is left alone) into a cache outside
# the repository: $VALIDA_PROJECTS_CACHE, default
# $HOME/.cache/valida-cc/projects. Nothing is vendored. Prints, per project
# and test, PASS/FAIL and the number of Valida instructions executed.
#
# Environment: VALIDA_CC, VALIDA_VM (default: target/release/ of this
# checkout), HOSTCC (gcc), AR (llvm-ar-22), RANLIB (llvm-ranlib-22).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE=$ROOT/scripts/real-projects
CACHE=${VALIDA_PROJECTS_CACHE:-$HOME/.cache/valida-cc/projects}
CC=${VALIDA_CC:-$ROOT/target/release/valida-cc}
VM=${VALIDA_VM:-$ROOT/target/release/valida}
HOSTCC=${HOSTCC:-gcc}
AR=${AR:-llvm-ar-22}
RANLIB=${RANLIB:-llvm-ranlib-22}
[[ -x "$CC" && -x "$VM" ]] || { echo "build valida-cc and valida first (cargo build --release)"; exit 2; }
mkdir -p "$CACHE"
LOG=$CACHE/log
mkdir -p "$LOG" "$CACHE/out" "$CACHE/build"
pass=0 fail=0

apt_opts() {
  echo -o "Dir::Etc::sourcelist=$CACHE/apt/sources.list" -o Dir::Etc::sourceparts=- \
    -o "Dir::State::Lists=$CACHE/apt/lists" -o "Dir::Cache=$CACHE/apt/cache"
}

# fetch PACKAGE: unpacks the Debian source package once; prints its directory.
fetch() {
  local pkg=$1 dir
  dir=$(find "$CACHE/src" -maxdepth 1 -type d -name "$pkg-[0-9]*" 2>/dev/null | head -1)
  if [[ -z "$dir" ]]; then
    mkdir -p "$CACHE/apt/lists/partial" "$CACHE/apt/cache/archives/partial" "$CACHE/src"
    [[ -f "$CACHE/apt/sources.list" ]] ||
      echo "deb-src http://deb.debian.org/debian bookworm main" > "$CACHE/apt/sources.list"
    [[ -n "$(ls "$CACHE/apt/lists" 2>/dev/null | grep Sources || true)" ]] ||
      apt-get $(apt_opts) update > "$LOG/apt-update.txt" 2>&1
    (cd "$CACHE/src" && apt-get $(apt_opts) source "$pkg" > "$LOG/apt-$pkg.txt" 2>&1)
    dir=$(find "$CACHE/src" -maxdepth 1 -type d -name "$pkg-[0-9]*" | head -1)
  fi
  [[ -n "$dir" ]] || { echo "cannot fetch $pkg (see $LOG/apt-$pkg.txt)" >&2; return 1; }
  echo "$dir"
}

# run_valida NAME EXE INPUT EXPECTED [ARG...]: runs EXE with the arguments
# ARG on Valida, its standard input the file INPUT; compares its output with
# the file EXPECTED, reports the instruction count.
run_valida() {
  local name=$1 exe=$2 input=$3 want=$4 out=$CACHE/out/$1 steps
  shift 4
  mkdir -p "$CACHE/out"
  if "$VM" run --stats --input "$input" --output "$out" "$exe" -- "$@" 2> "$out.stats" &&
     cmp -s "$out" "$want"; then
    steps=$(awk '/^instructions:/ {print $2}' "$out.stats")
    printf 'PASS %-28s %12s instructions\n' "$name" "$steps"
    pass=$((pass + 1))
  else
    printf 'FAIL %-28s (output %s, expected %s; %s)\n' "$name" "$out" "$want" "$out.stats"
    fail=$((fail + 1))
  fi
}

bzip2_project() {
  local src
  src=$(fetch bzip2)
  # Its own Makefile builds libbz2.a and bzip2.o (Debian's `bzip2` target
  # links the program against a shared library, which Valida has not: the
  # program is linked with the static one instead).
  make -C "$src" -s clean > /dev/null 2>&1 || true
  make -C "$src" -s CC="$CC" AR="$AR" RANLIB="$RANLIB" CFLAGS="-O2 -D_FILE_OFFSET_BITS=64" \
    libbz2.a bzip2.o > "$LOG/bzip2-make.txt" 2>&1
  "$CC" -O2 -o "$CACHE/out/bzip2" "$src/bzip2.o" "$src/libbz2.a" >> "$LOG/bzip2-make.txt" 2>&1
  # Its own `make test`, each command run on Valida: compress sampleN.ref
  # at level N, decompress sampleN.bz2 (the third with -s, small memory).
  for n in 1 2 3; do
    run_valida "bzip2 -$n sample$n" "$CACHE/out/bzip2" "$src/sample$n.ref" "$src/sample$n.bz2" -$n
  done
  for n in 1 2 3; do
    local flags=-d
    [[ $n == 3 ]] && flags=-ds
    run_valida "bzip2 $flags sample$n" "$CACHE/out/bzip2" "$src/sample$n.bz2" "$src/sample$n.ref" $flags
  done
}

lua_project() {
  local src b=$CACHE/build/lua f objs=() nobjs=()
  src=$(fetch lua5.4)
  # Debian replaces upstream's Makefile with a libtool build of a shared
  # library; the library's sources are compiled directly instead (what
  # upstream's `make generic` does), with the header Debian's build would
  # generate.
  rm -rf "$b" && mkdir -p "$b/native"
  echo '#define DEB_HOST_MULTIARCH "valida"' > "$b/lua5.4-deb-multiarch.h"
  for f in "$src"/src/l*.c; do
    case $(basename "$f") in lua.c | luac.c) continue ;; esac
    "$CC" -O2 -std=gnu99 -I"$b" -c "$f" -o "$b/$(basename "$f" .c).o" >> "$LOG/lua-build.txt" 2>&1
    objs+=("$b/$(basename "$f" .c).o")
    "$HOSTCC" -O2 -std=gnu99 -I"$b" -c "$f" -o "$b/native/$(basename "$f" .c).o"
    nobjs+=("$b/native/$(basename "$f" .c).o")
  done
  "$AR" rcs "$b/liblua.a" "${objs[@]}"
  # The interpreter is Lua's own lua.c; `lua -` runs the script on its
  # standard input (the input tape on Valida), `lua -e CHUNK` a chunk.
  "$CC" -O2 -std=gnu99 -I"$b" "$src/src/lua.c" "$b/liblua.a" -lm -o "$CACHE/out/lua"
  "$HOSTCC" -O2 -std=gnu99 -I"$b" "$src/src/lua.c" "${nobjs[@]}" -lm -o "$b/native/lua"
  for t in "$HERE"/lua/*.lua; do
    local name
    name=$(basename "$t" .lua)
    "$b/native/lua" - < "$t" > "$b/native/$name.out" 2>&1 || true
    run_valida "lua $name" "$CACHE/out/lua" "$t" "$b/native/$name.out" -
  done
  local chunk='print(string.format("%d %s", #arg, table.concat({1, 2.5, "x"}, ",")))'
  "$b/native/lua" -e "$chunk" < /dev/null > "$b/native/chunk.out" 2>&1 || true
  run_valida "lua -e chunk" "$CACHE/out/lua" /dev/null "$b/native/chunk.out" -e "$chunk"
}

zlib_project() {
  local src b=$CACHE/build/zlib
  src=$(fetch zlib)
  # Its own configure script and Makefile, into a copy of the source.
  rm -rf "$b" && cp -r "$src" "$b"
  (cd "$b" && CC="$CC" AR="$AR" RANLIB="$RANLIB" CFLAGS=-O2 ./configure --static &&
    make libz.a example) > "$LOG/zlib-build.txt" 2>&1
  # Its own test program (deflate/inflate, gz* file functions on a file,
  # dictionaries, sync), against the same program built natively; the
  # "compile flags" word encodes type sizes, which differ (ILP32).
  mkdir -p "$b/native"
  "$HOSTCC" -O2 -I"$b" "$b/test/example.c" "$b"/*.c -o "$b/native/example" 2>> "$LOG/zlib-build.txt"
  (cd "$b/native" && ./example) | sed 's/compile flags = 0x[0-9a-f]*/compile flags = */' > "$b/native/example.out"
  "$VM" run --input /dev/null "$b/example" 2> /dev/null |
    sed 's/compile flags = 0x[0-9a-f]*/compile flags = */' > "$b/example.valida.out" || true
  if cmp -s "$b/example.valida.out" "$b/native/example.out"; then
    local steps
    steps=$("$VM" run --stats --input /dev/null --output /dev/null "$b/example" 2>&1 |
      awk '/^instructions:/ {print $2}')
    printf 'PASS %-28s %12s instructions\n' "zlib example" "$steps"
    pass=$((pass + 1))
  else
    printf 'FAIL %-28s (diff %s %s)\n' "zlib example" "$b/example.valida.out" "$b/native/example.out"
    fail=$((fail + 1))
  fi
}

libmd_project() {
  local src b=$CACHE/build/libmd t
  src=$(fetch libmd)
  # Autotools, cross-configured (--host), libtool building the static
  # library only; then its own test suite (`make check`), each test program
  # run on Valida through automake's LOG_COMPILER. cp -a keeps the
  # timestamps, so that automake does not want to regenerate itself.
  rm -rf "$b" && cp -a "$src" "$b"
  (cd "$b" && ./configure --host=riscv32-unknown-elf CC="$CC" AR="$AR" RANLIB="$RANLIB" \
    CFLAGS=-O2 --disable-shared --enable-static && make) > "$LOG/libmd-build.txt" 2>&1
  if (cd "$b" && make check LOG_COMPILER="$VM" LOG_FLAGS=run) > "$LOG/libmd-check.txt" 2>&1; then
    for t in md2 md4 md5 rmd160 sha1 sha2; do
      local steps
      steps=$("$VM" run --stats --input /dev/null --output /dev/null "$b/test/$t" 2>&1 |
        awk '/^instructions:/ {print $2}')
      printf 'PASS %-28s %12s instructions\n' "libmd make check: $t" "$steps"
      pass=$((pass + 1))
    done
  else
    printf 'FAIL %-28s (see %s)\n' "libmd make check" "$LOG/libmd-check.txt"
    fail=$((fail + 1))
  fi
}

projects=("$@")
[[ ${#projects[@]} -gt 0 ]] || projects=(bzip2 lua zlib libmd)
for p in "${projects[@]}"; do
  "${p}_project" || { echo "FAIL $p: build (logs in $LOG)"; fail=$((fail + 1)); }
done
echo "real projects: $pass passed, $fail failed"
[[ $fail == 0 ]]
