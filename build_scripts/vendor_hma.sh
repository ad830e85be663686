#!/usr/bin/env bash
# Brings Meta's Hasher-Matcher-Actioner (OpenMediaMatch) into tests/hma/vendor/, at the
# commit pinned below, for tests/server/test_hma.py: the exchange is tried against the
# platform software that will run it. OpenMediaMatch is not published on PyPI and the
# tests must run where only the package registries are reachable, so its source is kept
# in the repository (BSD licence, beside it); its dependencies come from PyPI (the test
# extra). Run again after changing COMMIT.
#
#   bash build_scripts/vendor_hma.sh                 # from GitHub
#   bash build_scripts/vendor_hma.sh /path/to/clone  # from a local clone of ThreatExchange
set -euo pipefail
COMMIT=baefb4ed67b6cdc1d4c82dbaef858d50866ac424
cd "$(dirname "$0")/.."
dest=tests/hma/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ $# -ge 1 ]]; then
    git -C "$1" archive --format=tar "$COMMIT" LICENSE hasher-matcher-actioner/src/OpenMediaMatch | tar -x -C "$work"
else
    curl -fsSL "https://codeload.github.com/facebook/ThreatExchange/tar.gz/${COMMIT}" |
        tar -xz -C "$work" --strip-components=1 "ThreatExchange-${COMMIT}/LICENSE" "ThreatExchange-${COMMIT}/hasher-matcher-actioner/src/OpenMediaMatch"
fi
rm -rf "$dest"
mkdir -p "$dest"
mv "$work/hasher-matcher-actioner/src/OpenMediaMatch" "$dest/"
cp "$work/LICENSE" "$dest/LICENSE"
# Its own tests and the browser UI's scripts are not needed to run it.
rm -rf "$dest/OpenMediaMatch/tests" "$dest/OpenMediaMatch/static/js"
echo "$COMMIT" > "$dest/COMMIT"
echo "OpenMediaMatch at ${COMMIT} in ${dest}"
