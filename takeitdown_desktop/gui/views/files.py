"""Step 3: add photos and videos (drop, or choose), watch them being fingerprinted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from takeitdown_desktop.core.errors import ErrorCode, WarningCode
from takeitdown_desktop.core.hashes import PDQ_QUALITY_THRESHOLD as QUALITY_THRESHOLD
from takeitdown_desktop.gui import privacy
from takeitdown_desktop.gui.filelist import Entry, FileList, State
from takeitdown_desktop.gui.i18n import line_start, tr
from takeitdown_desktop.gui.views.partials.widgets import Page, Words, button, heading, paragraph, primary, worded


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
    if report is not None:
        codes = {w.code: w for w in report.warnings}
        if WarningCode.PARTLY_READ in codes:
            return tr("Done, but only part of it could be read.")
        if WarningCode.FRAMES_UNREADABLE in codes:
            return tr("Done, but some of its pictures could not be read.")
        if WarningCode.MORE_PAGES in codes:
            pages = codes[WarningCode.MORE_PAGES].value("pages")
            return tr("Done, but only the first of its %n picture(s) was fingerprinted.", "", pages)
    return tr("Done")


def kind_text(entry: Entry) -> str:
    report = entry.report
    if report is None or report.kind is None:
        return ""
    return tr("Video") if report.kind.value == "video" else tr("Photo")


class WrapToColumn(QStyledItemDelegate):
    """Rows tall enough for their words wrapped at the column's width.

    A tree view asks its delegate for a row's height without saying how wide the column
    is, so a long status (a long translation, large text) would be cut off at one line;
    this gives the width, and the page lays the rows out again when a column resizes."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 - Qt API
        sized = QStyleOptionViewItem(option)
        # A valid rect (a height too), or the style ignores its width.
        sized.rect = QRect(0, 0, self._tree.header().sectionSize(index.column()), max(option.rect.height(), 1))
        return super().sizeHint(sized, index)


class DropZone(QFrame):
    """Where to drop files, in words. Drops land anywhere in the window (the window takes
    them), so this only shows the way."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(80)
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.label.setFont(font)
        layout.addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(tr("Drag photos, videos or folders into this window"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def blurred(image: QImage, size: int = 48) -> QImage:
    """A preview too blurred to show anything but colours: shrunk to a few pixels, then
    smoothly enlarged, so that nobody looking over a shoulder sees the picture."""
    tiny = image.scaled(5, 5, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return tiny.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class FilesPage(Page):
    """Signals: ``back()``, ``next()``, ``announce(text)`` for a screen reader."""

    back = Signal()
    next = Signal()
    announce = Signal(str)

    def __init__(self, files: FileList) -> None:
        super().__init__()
        self.files = files
        self.title = heading()
        self.body.addWidget(self.title)
        self.intro = paragraph()
        self.body.addWidget(self.intro)
        self.drop = DropZone()
        self.body.addWidget(self.drop)

        choose = QHBoxLayout()
        self.choose_files = button()
        self.choose_folder = button()
        self.choose_files.clicked.connect(self.pick_files)
        self.choose_folder.clicked.connect(self.pick_folder)
        self.show_previews = button()
        self.show_previews.setCheckable(True)
        self.show_previews.toggled.connect(self._previews_toggled)
        choose.addWidget(self.choose_files)
        choose.addWidget(self.choose_folder)
        choose.addStretch(1)
        choose.addWidget(self.show_previews)
        self.body.addLayout(choose)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setIconSize(QSize(48, 48))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.setWordWrap(True)
        # File names have no spaces to wrap at: cut in the middle, keeping the extension
        # (the full name is the cell's tooltip).
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setItemDelegate(WrapToColumn(self.tree))
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.setMinimumHeight(120)
        self.body.addWidget(self.tree, 1)

        actions = QHBoxLayout()
        self.remove_button = button()
        self.stop_button = button()
        self.clear_button = button()
        self.remove_button.clicked.connect(self._remove_selected)
        self.stop_button.clicked.connect(self._stop_selected)
        self.clear_button.clicked.connect(self.files.clear)
        for b in (self.remove_button, self.stop_button, self.clear_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.body.addLayout(actions)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree, activated=self._remove_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self, activated=self.pick_files)
        QShortcut(QKeySequence("Ctrl+Shift+O"), self, activated=self.pick_folder)

        self.note = paragraph()
        self.body.addWidget(self.note)
        self.back_button = button()
        self.next_button = primary()
        self.main_button = self.next_button
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.actions.add_left(self.back_button)
        self.actions.add_right(self.next_button)

        self._items: dict[int, QTreeWidgetItem] = {}
        self._was_busy = False
        files.added.connect(self._on_added)
        files.changed.connect(self._on_changed)
        files.removed.connect(self._on_removed)
        files.duplicate.connect(self._on_duplicate)
        files.busy_changed.connect(self._on_busy)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self._clear_note = QTimer(self, singleShot=True, interval=6000, timeout=lambda: self._show_note(""))
        self._note: Words = ""
        self._update_buttons()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("Add the photos and videos"))
        self.intro.setText(
            tr(
                "Each file is fingerprinted here, on this computer. The files themselves "
                "are not copied or sent anywhere."
            )
        )
        self.choose_files.setText(tr("Choose files…"))
        self.choose_folder.setText(tr("Choose a folder…"))
        # The shortcuts in Qt's words for the language ("Strg+O" in German).
        native = QKeySequence.SequenceFormat.NativeText
        self.choose_files.setToolTip(QKeySequence(QKeySequence.StandardKey.Open).toString(native))
        self.choose_folder.setToolTip(QKeySequence("Ctrl+Shift+O").toString(native))
        self._previews_toggled(self.show_previews.isChecked(), icons=False)
        self.show_previews.setToolTip(tr("Previews stay blurred until you choose to see them."))
        self.tree.setAccessibleName(tr("Files to fingerprint"))
        self.tree.setHeaderLabels([tr("File"), tr("Kind"), tr("Status")])
        for key, item in self._items.items():
            entry = self.files.entry(key)
            if entry is not None:
                item.setText(1, kind_text(entry))
                item.setText(2, status_text(entry))
                item.setToolTip(2, item.text(2))
        self.remove_button.setText(tr("Remove"))
        self.stop_button.setText(tr("Stop fingerprinting"))
        self.clear_button.setText(tr("Clear all"))
        self.back_button.setText(tr("Back"))
        self.next_button.setText(tr("Continue"))
        self.note.setText(worded(self._note))
        self._update_buttons()

    def _show_note(self, words: Words) -> None:
        self._note = words
        self.note.setText(worded(words))

    def first_focus(self) -> QWidget | None:
        if self.next_button.isEnabled():
            return self.next_button
        return self.tree if self.files.entries() else self.choose_files

    # -- adding ------------------------------------------------------------------------
    def add_paths(self, paths: list[str]) -> None:
        """The one way in for files: drops and both "Choose" buttons end here."""
        if self.files.add_paths(paths):
            # The list shows what was added; Enter from there is Continue once it is ready.
            # Moving the focus lays out and repaints the list and its focus ring: done on
            # the next pass of the event loop, so that adding many files is not one long
            # pause of the window.
            QTimer.singleShot(0, self, lambda: self.tree.setFocus(Qt.FocusReason.OtherFocusReason))
        self._update_buttons()

    def pick_files(self) -> None:
        paths = privacy.choose_files(self, tr("Choose photos and videos"))
        if paths:
            self.add_paths(paths)

    def pick_folder(self) -> None:
        folder = privacy.choose_folder(self, tr("Choose a folder"))
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

    def _icon(self, entry: Entry) -> QIcon:
        if entry.state is State.FAILED:
            return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if entry.thumbnail is None:
            return QIcon()
        image = entry.thumbnail if self.show_previews.isChecked() else blurred(entry.thumbnail)
        return QIcon(QPixmap.fromImage(image))

    def _on_changed(self, key: int) -> None:
        entry = self.files.entry(key)
        item = self._items.get(key)
        if entry is None or item is None:
            return
        item.setText(1, kind_text(entry))
        text = status_text(entry)
        item.setText(2, text)
        item.setToolTip(2, text)
        item.setIcon(0, self._icon(entry))
        # No announcement per file: it named the file, and a screen reader speaks aloud to
        # anyone in the room. The count is announced when the work ends; each file's
        # status is in the list, read when the person moves to it.
        self._update_buttons()

    def _previews_toggled(self, shown: bool, icons: bool = True) -> None:
        self.show_previews.setText(tr("Blur previews") if shown else tr("Show previews"))
        if not icons:
            return
        for key, item in self._items.items():
            entry = self.files.entry(key)
            if entry is not None:
                item.setIcon(0, self._icon(entry))

    def _on_removed(self, key: int) -> None:
        item = self._items.pop(key, None)
        if item is not None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        self._update_buttons()

    def _on_duplicate(self, name: str) -> None:
        self._show_note(lambda: line_start(tr("“{name}” is already in the list, so it was not added again.").format(name=name)))
        self._clear_note.start()

    def _on_busy(self, busy: bool) -> None:
        self._update_buttons()
        was_busy, self._was_busy = self._was_busy, busy
        if was_busy and not busy and self.files.entries():
            done = len(self.files.done_reports())
            self.announce.emit(tr("Fingerprinting finished: %n file(s) ready.", "", done))

    def _selected_keys(self) -> list[int]:
        return [int(i.data(0, Qt.ItemDataRole.UserRole)) for i in self.tree.selectedItems()]

    def _remove_selected(self) -> None:
        for key in self._selected_keys():
            self.files.remove(key)

    def _stop_selected(self) -> None:
        for key in self._selected_keys():
            self.files.cancel(key)

    def reset(self) -> None:
        self.files.clear()
        self._show_note("")
        self.show_previews.setChecked(False)

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
