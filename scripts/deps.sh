#!/usr/bin/env bash
# Installs the Debian 12 packages prepl needs, only those missing. Sourced by practice and test.
# `deps.sh --fuzz` adds the clang and libFuzzer that only scripts/fuzz needs (clang 19: clang 14 and 16 have
# concepts too old for libstdc++ 12's <expected>).
set -euo pipefail
prepl_packages=(g++ cmake make pkg-config libsqlite3-dev liblua5.4-dev nlohmann-json3-dev libfmt-dev
  doctest-dev libcli11-dev libvalijson-dev libboost-math-dev libedit-dev libstemmer-dev sqlite3 tmux python3 bc ccache)
if [ "${1:-}" = "--fuzz" ]; then
  prepl_packages+=(clang-19 libclang-rt-19-dev)
fi
missing=()
for p in "${prepl_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "prepl: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
