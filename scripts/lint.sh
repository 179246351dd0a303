#!/usr/bin/env bash
# Lints Sources and Tests with the toolchain's swift-format (configuration in .swift-format);
# exits non-zero on any finding. Pass --fix to format in place first.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--fix" ]; then swift format --in-place --recursive Sources Tests; fi
swift format lint --strict --recursive Sources Tests
