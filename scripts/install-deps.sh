#!/usr/bin/env bash
# Installs the Debian packages Dossier needs that a fresh machine with Swift lacks.
# Safe to run again: it installs only what is missing.
set -euo pipefail
# libinotifytools0-dev: the inbox watcher. postgresql: the PostgreSQL log backend's tests start a
# throwaway cluster of their own (scripts/pg-cluster.sh); the package's own cluster is not used.
needed=(libinotifytools0-dev postgresql)
missing=()
for pkg in "${needed[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
fi
