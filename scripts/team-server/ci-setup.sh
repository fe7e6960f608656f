#!/usr/bin/env bash
# Install what the team-server tests need, idempotently: Debian's PostgreSQL, the PowerSync
# service unpacked from ../shared/powersync (sha256 checked), and Node 24 for the service,
# all under .cache/powersync/ (git-ignored). Safe to run on every CI run.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing postgresql from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  # Debian starts a cluster of its own on 5432; ours run in their own data folders.
  service postgresql stop >/dev/null 2>&1 || true
fi

bash scripts/team-server/install-service.sh
