"""Questions and file choosers that pages share."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from takeitdown_desktop.gui import privacy
from takeitdown_desktop.gui.i18n import tr


def confirm(parent: QWidget, title: str, text: str, go: str, stay: str) -> bool:
    """Ask before something that cannot be undone. The safe answer (``stay``) is the
    default, so Enter, Esc and closing the box all keep things as they are."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    go_button = box.addButton(go, QMessageBox.ButtonRole.DestructiveRole)
    stay_button = box.addButton(stay, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay_button)
    box.setEscapeButton(stay_button)
    stay_button.setFocus()
    box.exec()
    return box.clickedButton() is go_button


def save_bytes(parent: QWidget, title: str, suggested: str, data: bytes) -> bool:
    """Ask where to save ``data`` and write it; True when written."""
    path = privacy.choose_save_path(parent, title, suggested)
    if not path:
        return False
    try:
        with open(path, "wb") as f:
            f.write(data)
    except OSError:
        QMessageBox.warning(parent, title, tr("The file could not be saved there. Please choose another place."))
        return False
    return True
