#!/usr/bin/env bash
# Lints the sources with the toolchain's swift-format (configuration in .swift-format).
# Pass --fix to format in place first.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--fix" ]; then swift format --in-place --recursive Sources Tests; fi
swift format lint --recursive Sources Tests
