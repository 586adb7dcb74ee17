#!/usr/bin/env bash
# Installs the official Valida v1.0.0 VM and prover (Lita's prebuilt binary)
# into a cache, idempotently, and prints the path of a wrapper that runs it:
#
#   official=$(bash scripts/install-official-valida.sh) && "$official" run prog out.txt in.txt
#
# Where it comes from: the crates.io package `valida-vm-api-linux-x86` 1.0.0
# ships `binary/valida.gz`, a dispatcher that unpacks a CPU flavour into a
# memfd and execs it. The flavour needs glibc >= 2.39, newer than this
# Debian's, so Debian trixie's libc6 is downloaded with a private apt sources
# list and unpacked (not installed), and the flavour is run through that
# loader. The flavour is captured from the dispatcher's memfd under gdb
# (stopped at the exec), because the dispatcher's own exec would use the
# system loader.
#
# Cache: ${VALIDA_OFFICIAL_DIR:-$HOME/.cache/valida-cc/official}. Exits 0 and
# prints the wrapper path on success; exits 1 with one line on stderr naming
# the step that failed (tests then skip with that message).
set -euo pipefail

dir="${VALIDA_OFFICIAL_DIR:-$HOME/.cache/valida-cc/official}"
wrapper="$dir/valida-official"
if [ -x "$wrapper" ] && "$wrapper" --help >/dev/null 2>&1; then
  echo "$wrapper"
  exit 0
fi

fail() { echo "install-official-valida: $*" >&2; exit 1; }
mkdir -p "$dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. The crate, through cargo (the ordinary client of crates.io).
mkdir -p "$work/fetch/src"
cat >"$work/fetch/Cargo.toml" <<'EOF'
[package]
name = "fetch-official-valida"
version = "0.0.0"
edition = "2021"
[dependencies]
valida-vm-api-linux-x86 = "=1.0.0"
EOF
: >"$work/fetch/src/lib.rs"
(cd "$work/fetch" && cargo fetch --quiet) || fail "cargo could not fetch valida-vm-api-linux-x86 1.0.0 from crates.io"
crate=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/valida-vm-api-linux-x86-1.0.0 2>/dev/null | head -1)
[ -n "$crate" ] && [ -f "$crate/binary/valida.gz" ] || fail "valida-vm-api-linux-x86 1.0.0 has no binary/valida.gz"
gzip -dc "$crate/binary/valida.gz" >"$work/dispatcher"
chmod +x "$work/dispatcher"
# The crate's two test programs (Lita's clang build of a C program) are the
# public binaries the conformance tests run.
mkdir -p "$dir/test_data"
cp "$crate"/test_data/* "$dir/test_data/"

# 2. glibc 2.41 from Debian trixie, unpacked into the cache.
if [ ! -x "$dir/glibc/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2" ]; then
  apt="$work/apt"
  mkdir -p "$apt/etc" "$apt/state/lists/partial" "$apt/cache/archives/partial"
  : >"$apt/state/status"
  cat >"$apt/etc/trixie.sources" <<'EOF'
Types: deb
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  opts=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$apt/etc"
        -o "Dir::Etc::Preferences=/dev/null" -o "Dir::Etc::PreferencesParts=$apt/etc"
        -o "Dir::State=$apt/state" -o "Dir::State::status=$apt/state/status"
        -o "Dir::Cache=$apt/cache" -o "APT::Sandbox::User=root")
  apt-get "${opts[@]}" update -qq >/dev/null 2>&1 || fail "apt-get update of Debian trixie failed"
  (cd "$work" && apt-get "${opts[@]}" download libc6 >/dev/null 2>&1) || fail "apt-get download libc6 (trixie) failed"
  rm -rf "$dir/glibc"
  dpkg-deb -x "$work"/libc6_*.deb "$dir/glibc" || fail "cannot unpack trixie's libc6"
fi
lib="$dir/glibc/usr/lib/x86_64-linux-gnu"

# 3. The flavour the dispatcher picks, captured from its memfd at the exec.
command -v gdb >/dev/null || {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gdb >/dev/null 2>&1 ||
    fail "gdb is needed to unpack the official binary and could not be installed"
}
cat >"$work/capture.gdb" <<EOF
set pagination off
catch syscall execveat
run
python import gdb, shutil; shutil.copyfile('/proc/%d/fd/3' % gdb.selected_inferior().pid, '$work/flavour')
kill
quit
EOF
gdb -q -batch -x "$work/capture.gdb" --args "$lib/ld-linux-x86-64.so.2" --library-path "$lib" \
  "$work/dispatcher" --help >/dev/null 2>&1 || true
[ -s "$work/flavour" ] || fail "could not capture the VM from the dispatcher (gdb)"
install -m 755 "$work/flavour" "$dir/valida-v1.0.0"

cat >"$wrapper" <<EOF
#!/bin/sh
# The official Valida v1.0.0 binary, run through Debian trixie's glibc loader.
exec "$lib/ld-linux-x86-64.so.2" --library-path "$lib" "$dir/valida-v1.0.0" "\$@"
EOF
chmod +x "$wrapper"
"$wrapper" --help >/dev/null 2>&1 || fail "the captured binary does not run"
echo "$wrapper"
