#!/usr/bin/env bash
# Collects every tr() string of the GUI (and the core's and launcher's QT_TRANSLATE_NOOP words) into
# resources/i18n/*.ts, keeping existing translations, and compiles them to the .qm files
# the app loads. English has a catalogue of its plural forms only ("1 photo", "2 photos").
# The languages are those of LANGUAGES in takeitdown_desktop/gui/i18n.py; a new one gets
# its catalogue here, with the plural forms Qt knows for it (from the file's name).
#
# A new or changed string is left "unfinished" in every catalogue until a translator
# fills it in (Qt Linguist: pyside6-linguist resources/i18n/takeitdown_xx.ts, or any
# editor); tests/gui/test_i18n.py fails until then.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(dirname "$(command -v python)")"
lupdate="${bin}/pyside6-lupdate"
lrelease="${bin}/pyside6-lrelease"
# The launcher's words (build_scripts/entry.py) too: it reads them from the .ts itself.
sources=$(find takeitdown_desktop/gui -name '*.py' | sort; grep -l QT_TRANSLATE_NOOP -r takeitdown_desktop/core | sort; echo build_scripts/entry.py)
"$lupdate" -no-obsolete -pluralonly -source-language en $sources -ts resources/i18n/takeitdown_en.ts
python build_scripts/english_plurals.py resources/i18n/takeitdown_en.ts
languages=$(python -c 'from takeitdown_desktop.gui.i18n import LANGUAGES; print(" ".join(c for c in LANGUAGES if c != "en"))')
for lang in $languages; do
    "$lupdate" -no-obsolete -source-language en $sources -ts "resources/i18n/takeitdown_${lang}.ts"
done
for ts in resources/i18n/*.ts; do
    "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
