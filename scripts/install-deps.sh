#!/usr/bin/env bash
# Installs what building and testing Dyad needs on Debian/Ubuntu, only where missing:
# libgraphviz-dev and pkg-config (the CGraphviz system library), and Python's jsonschema
# (schema checks in the tests), networkx (reads back `dyad export` output in the tests), and for the
# `dyad serve` browser test headless Chromium, its driver and Python's selenium. Safe to run again.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

if ! pkg-config --exists libgvc 2>/dev/null; then
    echo "Installing libgraphviz-dev and pkg-config with apt..."
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libgraphviz-dev pkg-config >/dev/null
fi

if ! python3 -c "import jsonschema, referencing" 2>/dev/null; then
    echo "Installing Python's jsonschema with pip..."
    python3 -m pip install --quiet jsonschema || python3 -m pip install --quiet --break-system-packages jsonschema
fi

if ! python3 -c "import networkx" 2>/dev/null; then
    echo "Installing Python's networkx with pip..."
    python3 -m pip install --quiet networkx || python3 -m pip install --quiet --break-system-packages networkx
fi

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    echo "Installing chromium and chromium-driver with apt (browser test of dyad serve)..."
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi

if ! python3 -c "import selenium" 2>/dev/null; then
    echo "Installing Python's selenium with pip..."
    python3 -m pip install --quiet selenium || python3 -m pip install --quiet --break-system-packages selenium
fi
