#!/usr/bin/env bash
# Set up cascade and run the main job on the seed cascade.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
seed=workflows/kien-giang-xiv-congress.yaml
mkdir -p out
.venv/bin/cascade validate "$seed"
.venv/bin/cascade show "$seed"
.venv/bin/cascade export "$seed" --format json -o out/kien-giang-xiv-congress.json
echo "wrote out/kien-giang-xiv-congress.json"
# draw it: the obligation cascade as SVG (for the web) and PNG (for reports)
.venv/bin/cascade render "$seed" -o out/kien-giang-xiv-congress.svg
.venv/bin/cascade render "$seed" -o out/kien-giang-xiv-congress.png
