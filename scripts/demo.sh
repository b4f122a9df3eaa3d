#!/usr/bin/env bash
# Set up cascade and run the main job on the seed cascade.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
seed=workflows/kien-giang-xiv-congress.yaml
events=workflows/events/kien-giang-xiv-congress.jsonl
day=2026-03-31
mkdir -p out
.venv/bin/cascade validate "$seed"
.venv/bin/cascade show "$seed"
.venv/bin/cascade export "$seed" --format json -o out/kien-giang-xiv-congress.json
echo "wrote out/kien-giang-xiv-congress.json"
# draw it: the obligation cascade as SVG (for the web) and PNG (for reports)
.venv/bin/cascade render "$seed" -o out/kien-giang-xiv-congress.svg
.venv/bin/cascade render "$seed" -o out/kien-giang-xiv-congress.png
# track it: replay its events, count the four buckets as of a day, draw them
.venv/bin/cascade status "$seed" --events "$events" --as-of "$day" --by level
.venv/bin/cascade render "$seed" --events "$events" --as-of "$day" --color-by bucket \
    -o out/kien-giang-xiv-congress-status.png
