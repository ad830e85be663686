"""Fill the English catalogue's plural forms from the source text.

Source strings say "%n photo(s)"; English shows "1 photo" and "2 photos". The singular
drops "(s)" and the plural spells it out; a few sentences also change a verb, listed here.
Run by update_translations.sh; only unfinished entries are filled.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

#: Words that change in the singular besides the noun, as (plural, singular).
SINGULAR_VERBS = {
    "%n photo(s) have very little detail": ("have", "has"),
}


def forms(source: str) -> tuple[str, str]:
    singular = source.replace("(s)", "")
    for start, (plural_word, singular_word) in SINGULAR_VERBS.items():
        if source.startswith(start):
            singular = singular.replace(f" {plural_word} ", f" {singular_word} ", 1)
    return singular, source.replace("(s)", "s")


def main(path: str) -> int:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if message.get("numerus") != "yes" or translation is None:
            continue
        if translation.get("type") != "unfinished":
            continue
        for child in list(translation):
            translation.remove(child)
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        del translation.attrib["type"]
    root = tree.getroot()
    root.set("language", "en")
    root.set("sourcelanguage", "en")
    ET.indent(tree, space="    ")
    Path(path).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
