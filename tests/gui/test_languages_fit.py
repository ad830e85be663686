"""Every page, in the pseudo-locale (every string about 40% longer) and in Arabic (right to
left), at 1024x600: no label, button, header or status cell is clipped or elided."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from takeitdown_desktop.core.errors import ErrorCode
from takeitdown_desktop.gui.i18n import PSEUDO, Translations, tr
from takeitdown_desktop.gui.views.files import error_text
from tests.gui.conftest import clipped, clipped_cells, fill_every_page


def every_status() -> list[str]:
    """Every text the status column can show, in the current language."""
    return [
        tr("Waiting"),
        tr("Fingerprinting… {percent}%").format(percent=100),
        tr("Done"),
        tr("Done, but this picture has very little detail, so websites may not recognise copies of it."),
        tr("Done, but only part of it could be read."),
        *(error_text(code.value) for code in ErrorCode),
    ]


@pytest.mark.parametrize("code", [PSEUDO, "ar", "es"])
def test_every_page_fits_in_the_longest_words(qtbot, make_window, tmp_path: Path, translations: Translations, code: str) -> None:  # type: ignore[no-untyped-def]
    translations.use(code)
    window = make_window()
    window.resize(1024, 600)
    fill_every_page(window, qtbot, tmp_path)
    QApplication.sendPostedEvents()
    if code == "ar":
        assert window.isRightToLeft()
    for page in window.pages():
        window.show_page(page)
        QApplication.processEvents()
        name = f"{code} {type(page).__name__}"
        assert window.width() <= 1024 and window.height() <= 600, name
        for widget in page.findChildren(QWidget):
            if widget.isVisible() and not isinstance(widget, QLineEdit):
                assert not clipped(widget), f"{name}: {type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
        assert not page.scroll.horizontalScrollBar().isVisible(), name
    # The file list: its statuses as they are, then every status it can show.
    window.show_page(window.files_page)
    tree = window.files_page.tree
    assert tree.topLevelItemCount() == 4
    QApplication.processEvents()
    assert clipped_cells(tree, [1, 2]) == [], code
    item = tree.topLevelItem(0)
    for status in every_status():
        item.setText(2, status)
        QApplication.processEvents()
        assert clipped_cells(tree, [1, 2]) == [], (code, status)
    assert tree.layoutDirection() == (Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight)
