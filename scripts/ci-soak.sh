#!/usr/bin/env bash
# Runs CI (`.ci/run`) on fresh clones of HEAD, several times in a row, the way CI runs it
# (CI=true, no standard input), with one extra core kept busy during the first BUSY runs.
# Usage: scripts/ci-soak.sh [RUNS=5] [BUSY=3]. Prints one line per run and a summary; logs stay
# in the printed folder. Exits non-zero if any run failed.
set -uo pipefail
runs=${1:-5}
busy=${2:-3}
top=$(git rev-parse --show-toplevel)
head=$(git -C "$top" rev-parse --short HEAD)
work=$(mktemp -d /tmp/shiftdesk-soak.XXXXXX)

# The load: stress-ng from Debian where it can be installed, a shell busy loop otherwise.
if ! command -v stress-ng >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq stress-ng >/dev/null 2>&1 || true
fi
start_load() {
  if command -v stress-ng >/dev/null 2>&1; then
    stress-ng --cpu 1 --timeout 0 --quiet >/dev/null 2>&1 &
  else
    ( while :; do :; done ) >/dev/null 2>&1 &
  fi
  echo $!
}

# CI finds shared/ beside its clone (../shared): give the clones the same neighbour.
[ -d "$top/../shared" ] && ln -s "$(cd "$top/../shared" && pwd)" "$work/shared"

echo "soak: ${runs} runs of .ci/run on ${head} (${busy} with one core kept busy), logs in ${work}"
failed=0
for i in $(seq 1 "$runs"); do
  clone="$work/run$i"
  git clone -q "$top" "$clone"
  load=""
  label="quiet"
  if [ "$i" -le "$busy" ]; then load=$(start_load); label="busy (one core loaded)"; fi
  started=$(date +%s)
  (cd "$clone" && CI=true bash .ci/run </dev/null >"$work/run$i.log" 2>&1)
  rc=$?
  [ -n "$load" ] && kill "$load" 2>/dev/null && wait "$load" 2>/dev/null
  took=$(( $(date +%s) - started ))
  closing=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$work/run$i.log" | tail -1)
  kills=$(grep -E '^kills: ' "$work/run$i.log" | tail -1)
  echo "run $i/${runs} ${label}: exit ${rc} in ${took} s; ${closing:-no closing line}; ${kills:-no kill summary}"
  sed -n '/^Slowest end-to-end tests/,/^$/p' "$work/run$i.log" | sed 's/^/    /'
  [ "$rc" -eq 0 ] || failed=$((failed + 1))
  rm -rf "$clone"
done
echo "soak: $((runs - failed)) of ${runs} runs passed on ${head}"
[ "$failed" -eq 0 ]
