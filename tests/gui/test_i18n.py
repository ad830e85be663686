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


def _tr_strings() -> set[str]:
    found = set()
    for source in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr" and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
    return found


def test_spanish_is_complete_with_the_same_placeholders() -> None:
    messages = {m.findtext("source"): m.find("translation") for m in ET.parse(TS).iter("message")}
    assert _tr_strings() <= set(messages), "run build_scripts/update_translations.sh"
    for source, translation in messages.items():
        assert translation is not None and translation.get("type") is None and translation.text, source
        assert set(re.findall(r"\{\w+\}", source or "")) == set(re.findall(r"\{\w+\}", translation.text)), source


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
