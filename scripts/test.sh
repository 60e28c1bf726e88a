#!/usr/bin/env bash
# The test command: what CI runs and what the README tells you to run.
# Installs what is missing, checks formatting, builds without warnings, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
./scripts/install-deps.sh
echo "== swift format lint --strict"
swift format lint --strict --recursive Package.swift Sources Tests
echo "== swift build (warnings are errors)"
swift build --build-tests
echo "== a throwaway PostgreSQL cluster for the PostgreSQL log's tests"
pg_dir=$(mktemp -d /tmp/dossier-test-pg.XXXXXX)
trap './scripts/pg-cluster.sh stop "$pg_dir" 2>/dev/null || true; rm -rf "$pg_dir"' EXIT
while IFS= read -r setting; do export "${setting?}"; done < <(./scripts/pg-cluster.sh start "$pg_dir")
export DOSSIER_TEST_PG_DIR="$pg_dir" DOSSIER_TEST_PG_CTL="$PWD/scripts/pg-cluster.sh"
echo "== swift test"
swift test --skip-build
echo "== the projection views in real tools (chromium, icalendar, graphviz)"
./scripts/test-views.sh
