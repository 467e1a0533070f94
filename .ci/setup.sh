#!/usr/bin/env bash
# Installs everything the tests need on a fresh machine: the Rust toolchain is on the
# machine; the report tests drive real consumers of our output formats.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup-report.sh
