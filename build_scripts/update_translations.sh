#!/usr/bin/env bash
# Collects every tr() string of the GUI (and the core's QT_TRANSLATE_NOOP words) into
# resources/i18n/*.ts, keeping existing translations, and compiles them to the .qm files
# the app loads. English has a catalogue of its plural forms only ("1 photo", "2 photos").
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(dirname "$(command -v python)")"
lupdate="${bin}/pyside6-lupdate"
lrelease="${bin}/pyside6-lrelease"
sources=$(find takeitdown_desktop/gui -name '*.py' | sort; grep -l QT_TRANSLATE_NOOP -r takeitdown_desktop/core | sort)
"$lupdate" -no-obsolete -pluralonly -source-language en $sources -ts resources/i18n/takeitdown_en.ts
python build_scripts/english_plurals.py resources/i18n/takeitdown_en.ts
for lang in es; do
    "$lupdate" -no-obsolete -source-language en $sources -ts "resources/i18n/takeitdown_${lang}.ts"
done
for ts in resources/i18n/*.ts; do
    "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
