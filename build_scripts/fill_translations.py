"""Fill unfinished strings of the .ts catalogues from a JSON file, then compile them.

    python build_scripts/fill_translations.py drafts.json

``drafts.json`` maps a language code to ``{source text: translation}``; a plural
message takes a list with one text per plural form of that language, in Qt's order.
Only messages still marked unfinished are touched, so a reviewed translation is never
overwritten; a source the catalogue does not have is reported, not added.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
MESSAGE = re.compile(r"(<message( numerus=\"yes\")?>.*?</message>)", re.S)


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def fill(lang: str, drafts: dict[str, str | list[str]]) -> list[str]:
    path = I18N / f"takeitdown_{lang}.ts"
    text = path.read_text(encoding="utf-8")
    missing = set(drafts)

    def replace(match: re.Match[str]) -> str:
        block = match.group(1)
        source = re.search(r"<source>(.*?)</source>", block, re.S)
        if source is None or 'type="unfinished"' not in block:
            return block
        key = html.unescape(source.group(1))
        if key not in drafts:
            return block
        missing.discard(key)
        value = drafts[key]
        indent = re.search(r"\n(\s*)<translation", block)
        pad = indent.group(1) if indent else "        "
        if match.group(2):  # plural: one numerusform per form
            forms = value if isinstance(value, list) else [value]
            inner = "".join(f"\n{pad}    <numerusform>{_escape(f)}</numerusform>" for f in forms)
            translation = f"<translation>{inner}\n{pad}</translation>"
        else:
            translation = f"<translation>{_escape(str(value))}</translation>"
        return re.sub(r"<translation type=\"unfinished\">.*?</translation>|<translation type=\"unfinished\"/>", translation, block, flags=re.S)

    path.write_text(MESSAGE.sub(replace, text), encoding="utf-8")
    return sorted(missing)


def main() -> None:
    drafts = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    for lang, entries in drafts.items():
        for source in fill(lang, entries):
            print(f"{lang}: not in the catalogue (or already finished): {source!r}", file=sys.stderr)
    bin_dir = Path(sys.executable).parent
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run([str(bin_dir / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    main()
