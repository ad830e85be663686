#!/usr/bin/env bash
# Collects every tr() string of the GUI into resources/i18n/*.ts (keeping existing
# translations) and compiles them to the .qm files the app loads.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(dirname "$(command -v python)")"
lupdate="${bin}/pyside6-lupdate"
lrelease="${bin}/pyside6-lrelease"
sources=$(find takeitdown_desktop/gui -name '*.py' | sort)
for lang in es; do
    "$lupdate" -no-obsolete $sources -ts "resources/i18n/takeitdown_${lang}.ts"
    "$lrelease" "resources/i18n/takeitdown_${lang}.ts" -qm "resources/i18n/takeitdown_${lang}.qm"
done
