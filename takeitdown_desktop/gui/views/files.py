"""Step 3: add photos and videos (drop, or choose), watch them being fingerprinted."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from takeitdown_desktop.core.errors import ErrorCode
from takeitdown_desktop.core.hashes import PDQ_QUALITY_THRESHOLD as QUALITY_THRESHOLD
from takeitdown_desktop.gui.filelist import Entry, FileList, State
from takeitdown_desktop.gui.i18n import tr
from takeitdown_desktop.gui.widgets import Page, heading, paragraph, primary


def error_text(code: str) -> str:
    """What went wrong with a file, in plain words (the GUI's own, translatable)."""
    messages = {
        ErrorCode.NOT_FOUND: tr("Not found: it may have been moved or deleted."),
        ErrorCode.NOT_A_FILE: tr("Not a photo or video."),
        ErrorCode.PERMISSION_DENIED: tr("This computer does not allow it to be opened."),
        ErrorCode.UNREADABLE: tr("Could not be read from the disk."),
        ErrorCode.EMPTY: tr("The file is empty."),
        ErrorCode.UNSUPPORTED: tr("Not supported: this is not a photo or video this app can read."),
        ErrorCode.DAMAGED: tr("Damaged or only partly downloaded, so it could not be read."),
        ErrorCode.TOO_LARGE: tr("Too large to fingerprint safely."),
        ErrorCode.NO_VIDEO: tr("Sound only: there are no pictures in it."),
        ErrorCode.CANCELLED: tr("Stopped."),
        ErrorCode.INTERNAL: tr("Something went wrong while reading it."),
    }
    return messages.get(ErrorCode(code) if code in ErrorCode._value2member_map_ else ErrorCode.INTERNAL, tr("Could not be read."))


def status_text(entry: Entry) -> str:
    if entry.state is State.WAITING:
        return tr("Waiting")
    if entry.state is State.WORKING:
        return tr("Fingerprinting… {percent}%").format(percent=int(entry.progress * 100))
    report = entry.report
    if entry.state is State.FAILED and report is not None and report.error is not None:
        return error_text(report.error.code.value)
    if report is not None and report.image is not None and report.image.pdq.quality < QUALITY_THRESHOLD:
        return tr("Done, but this picture has very little detail, so websites may not recognise copies of it.")
    if report is not None and report.warnings:
        return tr("Done, but only part of it could be read.")
    return tr("Done")


def kind_text(entry: Entry) -> str:
    report = entry.report
    if report is None or report.kind is None:
        return ""
    return tr("Video") if report.kind.value == "video" else tr("Photo")


class DropZone(QFrame):
    """A large target for files and folders. Signals: ``dropped(paths)``."""

    dropped = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(110)
        layout = QVBoxLayout(self)
        self.label = QLabel(tr("Drag photos, videos or folders here"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.label.setFont(font)
        layout.addWidget(self.label)
        self.setAccessibleName(tr("Drop area for photos and videos"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


_EXISTED = "__file_existed__"


def _forget_dialog_history(before: dict[str, object]) -> None:
    """Qt's own file dialog records recent folders in its settings; put them back as
    they were, so no trace of where the person keeps these files is left behind."""
    store = QSettings(QSettings.Scope.UserScope, "QtProject")
    store.beginGroup("FileDialog")
    for key in store.childKeys():
        if key in before:
            store.setValue(key, before[key])
        else:
            store.remove(key)
    store.endGroup()
    store.sync()
    path = store.fileName()
    del store
    if not before.get(_EXISTED) and os.path.isfile(path) and os.path.getsize(path) == 0:
        os.remove(path)  # Qt created it just now: leave no empty file behind either


def _dialog_history() -> dict[str, object]:
    store = QSettings(QSettings.Scope.UserScope, "QtProject")
    existed = os.path.exists(store.fileName())
    store.beginGroup("FileDialog")
    try:
        return {_EXISTED: existed, **{k: store.value(k) for k in store.childKeys()}}
    finally:
        store.endGroup()


class FilesPage(Page):
    """Signals: ``back()``, ``next()``."""

    back = Signal()
    next = Signal()

    def __init__(self, files: FileList) -> None:
        super().__init__()
        self.files = files
        self.body.addWidget(heading(tr("Add the photos and videos")))
        self.body.addWidget(
            paragraph(
                tr(
                    "Each file is fingerprinted here, on this computer. The files themselves "
                    "are not copied or sent anywhere."
                )
            )
        )
        self.drop = DropZone()
        self.drop.dropped.connect(self.add_paths)
        self.body.addWidget(self.drop)

        choose = QHBoxLayout()
        self.choose_files = QPushButton(tr("Choose files…"))
        self.choose_folder = QPushButton(tr("Choose a folder…"))
        self.choose_files.clicked.connect(self._pick_files)
        self.choose_folder.clicked.connect(self._pick_folder)
        choose.addWidget(self.choose_files)
        choose.addWidget(self.choose_folder)
        choose.addStretch(1)
        self.body.addLayout(choose)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("File"), tr("Kind"), tr("Status")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setIconSize(self.tree.iconSize().expandedTo(QPixmap(48, 48).size()))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.setWordWrap(True)
        self.tree.setMinimumHeight(160)
        self.body.addWidget(self.tree, 1)

        actions = QHBoxLayout()
        self.remove_button = QPushButton(tr("Remove"))
        self.stop_button = QPushButton(tr("Stop fingerprinting"))
        self.clear_button = QPushButton(tr("Clear all"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.stop_button.clicked.connect(self._stop_selected)
        self.clear_button.clicked.connect(self.files.clear)
        for b in (self.remove_button, self.stop_button, self.clear_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.body.addLayout(actions)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree, activated=self._remove_selected)

        self.note = paragraph()
        self.body.addWidget(self.note)
        nav = QHBoxLayout()
        self.back_button = QPushButton(tr("Back"))
        self.next_button = primary(tr("Continue"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        self.body.addLayout(nav)

        self._items: dict[int, QTreeWidgetItem] = {}
        files.added.connect(self._on_added)
        files.changed.connect(self._on_changed)
        files.removed.connect(self._on_removed)
        files.duplicate.connect(self._on_duplicate)
        files.busy_changed.connect(lambda _busy: self._update_buttons())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self._clear_note = QTimer(self, singleShot=True, interval=6000, timeout=lambda: self.note.setText(""))
        self._update_buttons()

    # -- adding ------------------------------------------------------------------------
    def add_paths(self, paths: list[str]) -> None:
        """The one way in for files: drops and both "Choose" buttons end here."""
        self.files.add_paths(paths)
        self._update_buttons()

    def _pick_files(self) -> None:
        history = _dialog_history()
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Choose photos and videos"))
        _forget_dialog_history(history)
        if paths:
            self.add_paths(paths)

    def _pick_folder(self) -> None:
        history = _dialog_history()
        folder = QFileDialog.getExistingDirectory(self, tr("Choose a folder"))
        _forget_dialog_history(history)
        if folder:
            self.add_paths([folder])

    # -- list ----------------------------------------------------------------------------
    def _on_added(self, key: int) -> None:
        entry = self.files.entry(key)
        if entry is None:
            return
        item = QTreeWidgetItem([entry.name, "", status_text(entry)])
        item.setData(0, Qt.ItemDataRole.UserRole, key)
        item.setToolTip(0, entry.name)
        self._items[key] = item
        self.tree.addTopLevelItem(item)

    def _on_changed(self, key: int) -> None:
        entry = self.files.entry(key)
        item = self._items.get(key)
        if entry is None or item is None:
            return
        item.setText(1, kind_text(entry))
        text = status_text(entry)
        item.setText(2, text)
        item.setToolTip(2, text)
        if entry.thumbnail is not None and item.icon(0).isNull():
            from PySide6.QtGui import QIcon

            item.setIcon(0, QIcon(QPixmap.fromImage(entry.thumbnail)))
        self._update_buttons()

    def _on_removed(self, key: int) -> None:
        item = self._items.pop(key, None)
        if item is not None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        self._update_buttons()

    def _on_duplicate(self, name: str) -> None:
        self.note.setText(tr("“{name}” is already in the list, so it was not added again.").format(name=name))
        self._clear_note.start()

    def _selected_keys(self) -> list[int]:
        return [int(i.data(0, Qt.ItemDataRole.UserRole)) for i in self.tree.selectedItems()]

    def _remove_selected(self) -> None:
        for key in self._selected_keys():
            self.files.remove(key)

    def _stop_selected(self) -> None:
        for key in self._selected_keys():
            self.files.cancel(key)

    def _update_buttons(self) -> None:
        entries = self.files.entries()
        selected = self._selected_keys()
        self.remove_button.setEnabled(bool(selected))
        self.stop_button.setEnabled(
            any((e := self.files.entry(k)) is not None and e.state in (State.WAITING, State.WORKING) for k in selected)
        )
        self.clear_button.setEnabled(bool(entries))
        done = len(self.files.done_reports())
        self.next_button.setEnabled(done > 0 and not self.files.busy())
        if self.files.busy():
            self.next_button.setToolTip(tr("Wait until every file has been fingerprinted."))
        elif done == 0:
            self.next_button.setToolTip(tr("Add at least one photo or video."))
        else:
            self.next_button.setToolTip("")
