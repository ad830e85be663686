"""Translation of the GUI's words.

Every user-visible string goes through :func:`tr`. ``pyside6-lupdate`` collects calls
to a plain ``tr()`` into the empty context, so that is the context looked up here too;
words that come from the core (marked there with ``QT_TRANSLATE_NOOP("core", …)``) are
looked up with :func:`tr_core`. build_scripts/update_translations.sh refreshes
resources/i18n/.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text``; with ``n``, choose the plural form (``%n`` is the number)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def tr_core(text: str) -> str:
    return QCoreApplication.translate("core", text)
