"""Leaving no trace on a shared computer: file dialogs, Qt's own settings, the clipboard.

- File dialogs are always Qt's own (the platform's dialogs add the chosen files to the
  desktop's "Recent" lists), start in a plain folder, and remember the last folder used
  only in memory.
- Qt's own file dialog saves the folders it visited in the user's "QtProject" settings
  every time it closes; those settings are pointed at a place that cannot exist (or, where
  that is impossible, put back as they were), so it can neither read an earlier person's
  folders nor leave this person's.
- What the app copies (the case number and PIN) is cleared from the clipboard after two
  minutes and when the app closes, and is marked for clipboard managers not to keep.
"""

from __future__ import annotations

import os
import sys

import shiboken6
from PySide6.QtCore import QMimeData, QObject, QSettings, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

# How long copied case details stay on the clipboard.
CLIPBOARD_SECONDS = 120

_last_folder: str | None = None  # in memory only, forgotten when the app closes
_last_save_folder: str | None = None  # where a receipt or list was last saved; the same


_NOWHERE = os.path.join(os.path.abspath(sys.executable), "no-settings-here")


def seal_qt_settings() -> None:
    """Send Qt's own user settings (QtProject.conf: the file dialog's history) nowhere.

    Pointing their folder inside the running program's file (a folder that cannot be
    created) makes every read find nothing and every write fail quietly. That works for
    files (Linux and other Unix desktops); where Qt keeps them in the Windows registry or
    macOS preferences instead, :func:`_restore_dialog_settings` undoes each dialog's write.
    The app's own settings name their file explicitly and are unaffected.
    """
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, _NOWHERE)


def _dialog_settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def _sealed() -> bool:
    return _dialog_settings().fileName().startswith(_NOWHERE)


def _saved_dialog_settings() -> dict[str, object] | None:
    """What Qt's file dialog had stored before, where its writes cannot be sealed off."""
    if _sealed():
        return None
    store = _dialog_settings()
    store.beginGroup("FileDialog")
    return {k: store.value(k) for k in store.childKeys()}


def _restore_dialog_settings(before: dict[str, object] | None) -> None:
    if before is None:
        return
    store = _dialog_settings()
    store.beginGroup("FileDialog")
    for k in store.childKeys():
        if k in before:
            store.setValue(k, before[k])
        else:
            store.remove(k)
    store.endGroup()
    store.sync()


def _start_folder(kind: QStandardPaths.StandardLocation, remembered: str | None) -> str:
    if remembered and os.path.isdir(remembered):
        return remembered
    for location in (kind, QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and os.path.isdir(folder):
            return folder
    return os.path.expanduser("~")


def _run(dialog: QFileDialog, *, saving: bool = False) -> list[str]:
    """Show the dialog; the chosen paths, or none. The dialog is destroyed before this
    returns, because destroying it is when Qt writes its history."""
    before = _saved_dialog_settings()
    try:
        paths = dialog.selectedFiles() if dialog.exec() else []
    finally:
        shiboken6.delete(dialog)
        _restore_dialog_settings(before)
    if paths:
        _remember(paths[0], saving=saving)
    return paths


def _dialog(parent: QWidget | None, title: str, folder: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, folder)
    dialog.setObjectName("fileChooser")
    # Qt's own dialog on every platform: the platform's keep "Recent" lists.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    return dialog


def _remember(path: str, *, saving: bool = False) -> None:
    global _last_folder, _last_save_folder
    folder = path if os.path.isdir(path) else os.path.dirname(path)
    if saving:
        _last_save_folder = folder
    else:
        _last_folder = folder


def choose_files(parent: QWidget | None, title: str) -> list[str]:
    dialog = _dialog(parent, title, _start_folder(QStandardPaths.StandardLocation.PicturesLocation, _last_folder))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def choose_folder(parent: QWidget | None, title: str) -> str | None:
    dialog = _dialog(parent, title, _start_folder(QStandardPaths.StandardLocation.PicturesLocation, _last_folder))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    paths = _run(dialog)
    return paths[0] if paths else None


def choose_save_path(parent: QWidget | None, title: str, suggested_name: str) -> str | None:
    """Where to save a file: starts in Documents, or where the last one was saved; never
    the folder the app was run from, nor the one the photos were chosen in (a receipt
    with its PIN saved beside the photos is found by whoever finds them)."""
    dialog = _dialog(parent, title, _start_folder(QStandardPaths.StandardLocation.DocumentsLocation, _last_save_folder))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(suggested_name)
    paths = _run(dialog, saving=True)
    return paths[0] if paths else None


def forget_folders() -> None:
    global _last_folder, _last_save_folder
    _last_folder = _last_save_folder = None


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
