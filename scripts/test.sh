#!/usr/bin/env bash
# Set up and run every test tier: unit (fake embedder), real bundled model, real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install -q -r requirements.txt
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
    echo "installing Chromium for the browser tests (apt-get install -y chromium)"
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium
fi
python3 -m pytest "$@"
