"""GUI fixtures: a window with a temporary settings file and the real practice server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QPushButton, QStyle, QTreeWidget, QWidget

from takeitdown_desktop.core.batch import BatchHasher
from takeitdown_desktop.gui.app import install_translators, resources_dir
from takeitdown_desktop.gui.i18n import Translations
from takeitdown_desktop.gui.main_window import AppContext, MainWindow
from takeitdown_desktop.gui.privacy import seal_qt_settings
from takeitdown_desktop.gui.service import Services
from takeitdown_desktop.gui.settings import AppSettings

# As the app does at start-up (gui/app.py): Qt's own settings go nowhere, Qt's own dialogs.
seal_qt_settings()
QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> Iterator[Translations]:
    """The English catalogue (plural forms), as the app loads it; the one set of
    catalogues of the run, which a test may switch (``language``) but gets back as it was."""
    translations = install_translators(qapp, "en")
    yield translations
    translations.clear()


@pytest.fixture
def translations(english: Translations) -> Iterator[Translations]:
    """The run's catalogues, back in English after the test, whatever it switched to."""
    yield english
    english.use("en")
    QApplication.sendPostedEvents()  # the LanguageChange, before the next test's widgets


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings.from_file(str(tmp_path / "settings.ini"))


@pytest.fixture
def make_window(qtbot, settings: AppSettings, translations: Translations) -> Iterator:  # type: ignore[no-untyped-def]
    made: list[MainWindow] = []

    def make(services: Services | None = None, resources: Path | None = None) -> MainWindow:
        services = services or Services(settings, resources or resources_dir())
        ctx = AppContext(
            settings=settings,
            services=services,
            pool=QThreadPool(),
            fingerprint_pool=QThreadPool(),
            hasher=BatchHasher(jobs=2),
            translations=translations,
        )
        window = MainWindow(ctx)
        window.resize(900, 700)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        # A test may end on a real case whose PIN was never saved; closing would ask.
        window.forget()
        window.close()
        window.deleteLater()


def answer_next_dialog(button_text: str) -> None:
    """Click ``button_text`` in the next modal message box, as a person would."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        for button in box.findChildren(QPushButton):
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in the dialog")

    QTimer.singleShot(0, click)


def answer_file_dialog(path: str) -> None:
    """Put ``path`` in the next file chooser's name box and press Enter, as a person would
    (again a moment later if the dialog had not yet listed the folder)."""
    from PySide6.QtWidgets import QFileDialog, QLineEdit
    from pytestqt.qtbot import QtBot

    tries = [0]

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            if tries[0] == 0:
                QTimer.singleShot(20, answer)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None, "not Qt's own file dialog"
        if tries[0] == 0:
            name.setText(path)
        tries[0] += 1
        QtBot.keyClick(name, Qt.Key.Key_Return)
        if tries[0] < 100:
            QTimer.singleShot(100, answer)

    QTimer.singleShot(0, answer)


def activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Make ``window`` the active one, as a desktop does for a window just opened."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


def fill_every_page(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Bring pages into the state where they show the most (a list with a photo done, one
    with too little detail and files that failed; a failure; a case; an answer)."""
    from PIL import Image

    from takeitdown_desktop.core.case import PROBLEM_MESSAGES
    from takeitdown_desktop.core.errors import Problem
    from takeitdown_desktop.gui.i18n import tr, tr_core
    from tests.media_factory import good_jpeg, truncated_jpeg

    flat = tmp_path / "flat.jpg"
    Image.new("RGB", (64, 64), (120, 120, 120)).save(flat)
    unknown = tmp_path / "notes.pdf"
    unknown.write_bytes(b"%PDF-1.4 not a photo")
    window.draft.choose("under18", window.ctx.services.destination("under18"))
    window.files_page.add_paths(
        [str(good_jpeg(tmp_path / "a-photo-with-a-rather-long-name.jpg")), str(flat), str(unknown), str(truncated_jpeg(tmp_path / "cut.jpg"))]
    )
    qtbot.waitUntil(lambda: not window.files.busy(), timeout=60_000)
    window.files_page.next_button.click()
    # The longest of the service's problems, in the current language.
    window.sending.show_failure(lambda: tr_core(PROBLEM_MESSAGES[Problem.TLS]))
    window.done.load("TID-ABCD-EFGH-JKLM", "12345678", practice=False)
    window.check.show_result(
        lambda: tr("This case is active: the fingerprints of %n file(s) are being shared with websites that take part.", "", 3)
    )
    # A copy that needs adding: the longest verdict, the closest original and its button.
    from takeitdown_desktop.core.match import CopyCheck, Original, Reason
    from takeitdown_desktop.core.media import Kind

    long_name = str(tmp_path / "a-photo-with-a-rather-long-name.jpg")
    original = Original(long_name, Kind.IMAGE, "0" * 32, "0" * 64, (("0" * 64, 100),), "0" * 16)
    window.copy_check.load([original] * 3, has_case=True)
    window.copy_check.set_copy(str(tmp_path / "screenshot-of-a-copy-found-online-2024-05-01.png"))
    window.copy_check.set_originals([str(tmp_path / "fingerprints-of-the-first-case.json"), long_name])
    window.copy_check.show_check(
        CopyCheck(long_name, Kind.IMAGE, False, Reason.TOO_DIFFERENT, original, pdq_distance=108, orientation="original", copy_quality=100)
    )


def clipped(widget: QWidget) -> bool:
    """Whether a label's or button's words do not fit the room it was given."""
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        if widget.wordWrap():
            return widget.height() < widget.heightForWidth(widget.width()) - 1
        return widget.width() < widget.sizeHint().width() - 1
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.width() < widget.sizeHint().width() - 1 or widget.height() < widget.sizeHint().height() - 1
    return False


def clipped_cells(tree: QTreeWidget, columns: list[int]) -> list[str]:
    """The header labels and the texts of ``columns`` that do not fit their cells (too
    wide for the column, or wrapped onto more lines than the row is tall)."""
    bad = []
    header = tree.header()
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    for column in range(tree.columnCount()):
        label = tree.headerItem().text(column)
        needed = header.fontMetrics().horizontalAdvance(label) + 2 * margin
        if needed > header.sectionSize(column):
            bad.append(f"header {label!r}")
    metrics = tree.fontMetrics()
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        height = tree.visualItemRect(item).height()
        for column in columns:
            text = item.text(column)
            width = header.sectionSize(column) - 2 * margin
            if not item.icon(column).isNull():
                width -= tree.iconSize().width() + margin
            flags = Qt.TextFlag.TextWordWrap if tree.wordWrap() else Qt.TextFlag.TextSingleLine
            room = metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), flags, text)
            if text and (room.width() > width or room.height() > height):
                bad.append(f"cell {text!r}")
    return bad
