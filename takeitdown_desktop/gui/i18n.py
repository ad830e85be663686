"""Translation of the GUI's words.

Every user-visible string goes through :func:`tr`. ``pyside6-lupdate`` collects calls
to a plain ``tr()`` into the empty context, so that is the context looked up here too
(build_scripts/update_translations.sh refreshes resources/i18n/).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)
