#!/bin/sh
# One-off: renders scripts/icon.svg (drawn for this project) to media/icon.png, 128x128,
# the Marketplace icon. Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -eu
cd "$(dirname "$0")/.."
rsvg-convert --width 128 --height 128 --format png --output media/icon.png scripts/icon.svg
echo "wrote media/icon.png"
