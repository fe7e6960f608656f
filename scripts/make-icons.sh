#!/usr/bin/env bash
# Regenerates the committed icon files from the SVG sources in assets/icons/src.
# Needs Debian's librsvg2-bin, imagemagick and icnsutils (a one-off step, not part of CI).
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" src/app.svg -o "png/${size}x${size}.png"
done
cp png/512x512.png app.png
convert png/16x16.png png/24x24.png png/32x32.png png/48x48.png png/64x64.png png/128x128.png png/256x256.png app.ico
png2icns app.icns png/16x16.png png/32x32.png png/48x48.png png/128x128.png png/256x256.png png/512x512.png >/dev/null
for state in online paused offline; do
  rsvg-convert -w 16 -h 16 "src/tray-$state.svg" -o "tray/$state.png"
  rsvg-convert -w 32 -h 32 "src/tray-$state.svg" -o "tray/$state@2x.png"
done
