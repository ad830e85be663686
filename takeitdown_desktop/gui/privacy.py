"""Leaving no trace on a shared computer: file dialogs, Qt's own settings, the clipboard.

- File dialogs are always Qt's own (the platform's dialogs add the chosen files to the
  desktop's "Recent" lists), start in a plain folder, and remember the last folder used
  only in memory.
- Qt's own file dialog saves the folders it visited in the user's "QtProject" settings
  every time it closes; those settings are pointed at a place that cannot exist, so it can
  neither read an earlier person's folders nor write this person's.
- What the app copies (the case number and PIN) is cleared from the clipboard after two
  minutes and when the app closes, and is marked for clipboard managers not to keep.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QMimeData, QObject, QSettings, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

#: How long copied case details stay on the clipboard.
CLIPBOARD_SECONDS = 120

_last_folder: str | None = None  # in memory only, forgotten when the app closes


def seal_qt_settings() -> None:
    """Send Qt's own user settings (QtProject.conf: the file dialog's history) nowhere.

    Qt writes them in the default format to the user's configuration folder; making INI the
    default (so the same applies on every platform) and pointing its user folder inside
    the running program's file (a folder that cannot be created) makes every such write
    fail quietly. The app's own settings name their file explicitly and are unaffected.
    """
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    nowhere = os.path.join(os.path.abspath(sys.executable), "no-settings-here")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, nowhere)


def _start_folder(kind: QStandardPaths.StandardLocation) -> str:
    if _last_folder and os.path.isdir(_last_folder):
        return _last_folder
    for location in (kind, QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and os.path.isdir(folder):
            return folder
    return os.path.expanduser("~")


def _dialog(parent: QWidget | None, title: str, folder: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, folder)
    dialog.setObjectName("fileChooser")
    # Qt's own dialog on every platform: the platform's keep "Recent" lists.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    return dialog


def _remember(path: str) -> None:
    global _last_folder
    _last_folder = path if os.path.isdir(path) else os.path.dirname(path)


def choose_files(parent: QWidget | None, title: str) -> list[str]:
    dialog = _dialog(parent, title, _start_folder(QStandardPaths.StandardLocation.PicturesLocation))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    try:
        if not dialog.exec():
            return []
        paths = dialog.selectedFiles()
    finally:
        dialog.deleteLater()
    if paths:
        _remember(paths[0])
    return paths


def choose_folder(parent: QWidget | None, title: str) -> str | None:
    dialog = _dialog(parent, title, _start_folder(QStandardPaths.StandardLocation.PicturesLocation))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    try:
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        folder = dialog.selectedFiles()[0]
    finally:
        dialog.deleteLater()
    _remember(folder)
    return folder


def choose_save_path(parent: QWidget | None, title: str, suggested_name: str) -> str | None:
    """Where to save a file: starts in Documents (never the folder the app was run from)."""
    dialog = _dialog(parent, title, _start_folder(QStandardPaths.StandardLocation.DocumentsLocation))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(suggested_name)
    try:
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        path = dialog.selectedFiles()[0]
    finally:
        dialog.deleteLater()
    _remember(path)
    return path


def forget_folders() -> None:
    global _last_folder
    _last_folder = None


class ClipboardGuard(QObject):
    """Puts text on the clipboard and takes it off again.

    Signals: ``cleared()`` when what the app copied has been removed.
    """

    cleared = Signal()

    def __init__(self, parent: QObject | None = None, seconds: int = CLIPBOARD_SECONDS) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        self._timer = QTimer(self, singleShot=True, interval=seconds * 1000)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        # Ask clipboard managers and history not to keep it: KDE's Klipper reads the
        # first, Windows' clipboard history and cloud clipboard the other two.
        mime.setData("x-kde-passwordManagerHint", b"secret")
        mime.setData('application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"', b"\x01")
        mime.setData('application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"', b"\x00\x00\x00\x00")
        QGuiApplication.clipboard().setMimeData(mime)
        self._ours = text
        self._timer.start()

    def holds_ours(self) -> bool:
        return self._ours is not None and QGuiApplication.clipboard().text() == self._ours

    def clear(self) -> None:
        """Empty the clipboard if it still holds what the app put there (and only then)."""
        self._timer.stop()
        if self.holds_ours():
            QGuiApplication.clipboard().clear()
        if self._ours is not None:
            self._ours = None
            self.cleared.emit()
