"""Every string goes through tr(); the Spanish translation is complete and loads."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from takeitdown_desktop.gui.app import install_translators, resources_dir
from takeitdown_desktop.gui.i18n import tr

GUI = Path(__file__).resolve().parents[2] / "takeitdown_desktop" / "gui"
TS = resources_dir() / "i18n" / "takeitdown_es.ts"


CORE = GUI.parent / "core"


def _tr_strings() -> set[str]:
    """Every string the GUI passes to tr(), and every word the core marks for translation."""
    found = set()
    for source in [*GUI.rglob("*.py"), *CORE.rglob("*.py")]:
        for node in ast.walk(ast.parse(source.read_text())):
            name = getattr(node.func, "id", None) if isinstance(node, ast.Call) else None
            if name == "tr" and node.args:  # type: ignore[union-attr]
                arg = node.args[0]  # type: ignore[union-attr]
            elif name == "QT_TRANSLATE_NOOP" and len(node.args) == 2:  # type: ignore[union-attr]
                arg = node.args[1]  # type: ignore[union-attr]
            else:
                continue
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(arg.value)
    return found


def _forms(translation: ET.Element) -> list[str]:
    plural = [f.text or "" for f in translation.iter("numerusform")]
    return plural or [translation.text or ""]


def test_spanish_is_complete_with_the_same_placeholders() -> None:
    messages = {m.findtext("source"): m for m in ET.parse(TS).iter("message")}
    assert _tr_strings() <= set(messages), "run build_scripts/update_translations.sh"
    for source, message in messages.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        for text in _forms(translation):
            assert text, source
            assert set(re.findall(r"\{\w+\}", source or "")) == set(re.findall(r"\{\w+\}", text)), source
            if message.get("numerus") == "yes":
                assert "%n" in text, source


def test_english_plurals(qapp: QApplication) -> None:
    assert tr("%n photo(s)", "", 1) == "1 photo"
    assert tr("%n photo(s)", "", 3) == "3 photos"
    assert tr("%n file(s) will not be sent", "", 1) == "1 file will not be sent"


def test_spanish_loads(qapp: QApplication) -> None:
    translators = install_translators(qapp, "es")
    try:
        assert tr("Start") == "Empezar"
        assert tr("Fingerprinting… {percent}%").format(percent=5) == "Creando la huella digital… 5%"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert tr("Start") == "Start"
