#!/usr/bin/env bash
# Installs the system packages valida-cc needs. Idempotent: does nothing when
# everything is already present.
set -euo pipefail

packages=(
  llvm-22-dev llvm-22-tools clang-22 lld-22 libclang-rt-22-dev
  cmake ninja-build meson
  libzstd-dev zlib1g-dev libxml2-dev libffi-dev libedit-dev libcurl4-openssl-dev
  qemu-user csmith libcsmith-dev creduce jq
  rustc-web cargo-web rust-web-src
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
