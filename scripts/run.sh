#!/usr/bin/env bash
# Quick start: installs what is missing, builds Dossier in release mode and runs the daemon
# on ./var (drop reports into ./var/inbox). Extra arguments go to `dossier run`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
./scripts/install-deps.sh
swift build -c release --product dossier
echo "Dossier: drop reports into $(pwd)/var/inbox; projections appear in $(pwd)/var/projections. Ctrl-C stops."
exec .build/release/dossier run --config Config/dossier.toml --state-dir ./var "$@"
