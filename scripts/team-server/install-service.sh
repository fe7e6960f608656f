#!/usr/bin/env bash
# Unpack the PowerSync service build and install Node 24 into .cache/powersync/ once.
# The archive comes from POWERSYNC_TARBALL or ../shared/powersync/; its sha256 is checked
# before anything is unpacked, so a damaged or swapped archive is never run.
set -euo pipefail
cd "$(dirname "$0")/../.."

version=1.25.0
expected_sha=67a8030ecdfeb01c160f48bf13a98f68970360313583b3f2461182a7de02881d
cache=.cache/powersync
tarball=${POWERSYNC_TARBALL:-../shared/powersync/powersync-service-$version.tgz}
mkdir -p "$cache"

if [ ! -f "$cache/ps-deploy/.unpacked-$version" ]; then
  if [ ! -f "$tarball" ]; then
    echo "PowerSync service archive not found at $tarball (set POWERSYNC_TARBALL)" >&2
    exit 1
  fi
  actual_sha=$(sha256sum "$tarball" | cut -d' ' -f1)
  if [ "$actual_sha" != "$expected_sha" ]; then
    echo "PowerSync archive $tarball has sha256 $actual_sha, expected $expected_sha: refusing to unpack" >&2
    exit 1
  fi
  echo "Unpacking PowerSync service $version into $cache"
  rm -rf "$cache/ps-deploy"
  tar xzf "$tarball" -C "$cache"
  touch "$cache/ps-deploy/.unpacked-$version"
fi

if [ ! -x "$cache/node24/node_modules/.bin/node" ]; then
  echo "Installing Node 24 for the service into $cache/node24"
  npm install --prefix "$cache/node24" --no-audit --no-fund --no-save node@24 >/dev/null
fi
"$cache/node24/node_modules/.bin/node" --version
