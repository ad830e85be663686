"""The keyboard contract (README), and every page walked as a screen reader and a small
screen would: names, focus, tab order, the focus ring, 1024x600, 200% text, dark palette."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from takeitdown_desktop.gui.accessibility import MIN_CONTRAST, RING_WIDTH, contrast
from tests.gui.conftest import activate, answer_file_dialog, clipped, fill_every_page
from tests.media_factory import good_jpeg


def press(window: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key, where the keyboard focus is (as a person types)."""
    QTest.keyClick(window.focusWidget() or window, key, modifiers)


def test_the_whole_flow_with_the_keyboard_alone(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    activate(qtbot, window)
    assert window.focusWidget() is window.welcome.start_button
    press(window, Qt.Key.Key_Return)
    assert window.current_page() is window.who and window.focusWidget() is window.who.under18.button
    press(window, Qt.Key.Key_Return)  # nothing chosen yet: Continue is off
    assert window.current_page() is window.who
    press(window, Qt.Key.Key_Space)
    press(window, Qt.Key.Key_Return)
    assert window.current_page() is window.files_page
    photo = good_jpeg(tmp_path / "a.jpg")
    answer_file_dialog(str(photo))
    press(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.files.done_reports()) == 1 and not window.files.busy(), timeout=60_000)
    press(window, Qt.Key.Key_Return)  # from the file list: Continue
    assert window.current_page() is window.review and window.focusWidget() is window.review.consent.button
    press(window, Qt.Key.Key_Return)  # no consent yet
    assert window.current_page() is window.review
    press(window, Qt.Key.Key_Space)
    press(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() is window.done, timeout=60_000)
    case, pin = window.done.case_label.text(), window.done.pin_label.text()
    assert window.focusWidget() is window.done.case_label
    # Enter, Enter (still pressing on from Send) saves nothing: saving the PIN to a file is
    # a choice, not the page's default (it once landed beside the photos).
    press(window, Qt.Key.Key_Return)
    press(window, Qt.Key.Key_Return)
    qtbot.wait(200)
    assert QApplication.activeModalWidget() is None and window.current_page() is window.done
    # To "Check an existing case": Start over, then Tab to its button on the welcome page.
    window.done.start_over_button.setFocus()
    press(window, Qt.Key.Key_Return)  # a focused button takes Enter itself
    assert window.current_page() is window.welcome
    while window.focusWidget() is not window.welcome.check_button:
        press(window, Qt.Key.Key_Tab)
    press(window, Qt.Key.Key_Space)
    assert window.current_page() is window.check and window.focusWidget() is window.check.case_field
    QTest.keyClicks(window.check.case_field, case)
    press(window, Qt.Key.Key_Tab)
    QTest.keyClicks(window.focusWidget(), pin)
    press(window, Qt.Key.Key_Return)  # Enter in the PIN field checks
    qtbot.waitUntil(lambda: "open" in window.check.result.text(), timeout=30_000)
    # Esc twice: gone.
    press(window, Qt.Key.Key_Escape)
    press(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else widget.accessibleName()


def tab_stops(window: QWidget) -> Iterator[QWidget]:
    """Every widget Tab reaches on the current page, in order, once round."""
    first = window.focusWidget()
    assert first is not None
    seen = [first]
    yield first
    for _ in range(200):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        now = window.focusWidget()
        if now is first or now in seen:
            return
        seen.append(now)
        yield now


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_page_named_focused_and_ringed(qtbot, make_window, tmp_path: Path, dark: bool) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    old_palette = app.palette()
    if dark:
        app.setPalette(dark_palette())
    try:
        window = make_window()
        activate(qtbot, window)
        fill_every_page(window, qtbot, tmp_path)
        for page in window.pages():
            window.show_page(page)
            start = window.focusWidget()
            assert start is not None and start is not window and page.isAncestorOf(start), type(page).__name__
            for widget in tab_stops(window):
                where = f"{type(page).__name__}: {type(widget).__name__} {widget.objectName()}"
                # No invisible stops: every stop is a visible control with a name.
                assert widget.isVisible() and widget.isEnabled(), where
                assert not isinstance(widget, QAbstractScrollArea) or widget.__class__.__name__ in (
                    "QTreeWidget",
                    "QPlainTextEdit",
                ), where
                assert accessible_name(widget).strip(), where
                if isinstance(widget, QComboBox):
                    assert widget.accessibleName() and widget.accessibleName() != widget.currentText(), where
                # The ring: around the focused control, 2 px, at least 3:1 against the window.
                ring = window.focus_ring
                assert ring.isVisible() and ring.widget() is widget, where
                outer = ring.geometry()
                inner = widget.geometry()
                inner.moveTopLeft(widget.mapTo(ring.parentWidget(), widget.rect().topLeft()))
                assert outer.contains(inner), where
                colour = ring.colour()
                assert contrast(colour, window.palette().color(QPalette.ColorRole.Window)) >= MIN_CONTRAST, where
        assert RING_WIDTH >= 2
        # The practice banner's colours come from the palette.
        banner = window.welcome.banner
        assert banner.backgroundRole() == QPalette.ColorRole.ToolTipBase
    finally:
        app.setPalette(old_palette)


def dark_palette() -> QPalette:
    p = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        (QPalette.ColorRole.Highlight, "#2a5d8f"),  # too faint on #2b2b2b: the ring must not use it
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.ToolTipBase, "#4a4000"),
        (QPalette.ColorRole.ToolTipText, "#fff4c2"),
    ):
        p.setColor(role, QColor(colour))
    return p


@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100%", "200%"])
def test_every_page_fits_1024x600(qtbot, make_window, tmp_path: Path, scale: float) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    old_font = app.font()
    font = QFont(old_font)
    font.setPointSizeF(old_font.pointSizeF() * scale)
    app.setFont(font)
    try:
        window = make_window()
        window.resize(1024, 600)
        fill_every_page(window, qtbot, tmp_path)
        for page in window.pages():
            window.show_page(page)
            qtbot.waitUntil(lambda: window.size().width() <= 1024 and window.size().height() <= 600, timeout=2_000)
            QApplication.processEvents()
            name = type(page).__name__
            assert window.minimumSizeHint().width() <= 1024 and window.minimumSizeHint().height() <= 600, name
            # The main action is in view without scrolling.
            if page.main_button is not None and page.main_button.isVisibleTo(page):
                top_left = page.main_button.mapTo(window, page.main_button.rect().topLeft())
                assert window.rect().contains(top_left) and top_left.y() + page.main_button.height() <= window.height(), name
            # Words fit: nothing cut off; and the page never needs sideways scrolling.
            for widget in page.findChildren(QWidget):
                if widget.isVisible() and not isinstance(widget, QLineEdit):
                    assert not clipped(widget), f"{name}: {type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
            assert not page.scroll.horizontalScrollBar().isVisible(), name
    finally:
        app.setFont(old_font)


def test_status_changes_are_announced(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.fakes import free_port

    window = make_window()
    said: list[str] = []
    window.announcer.said.connect(said.append)
    window.draft.choose("under18", window.ctx.services.destination("under18"))
    window.show_page(window.files_page)
    window.files_page.add_paths([str(good_jpeg(tmp_path / "private name.jpg"))])
    qtbot.waitUntil(lambda: not window.files.busy(), timeout=60_000)
    assert "Fingerprinting finished: 1 file ready." in said
    # Never a file's name: a screen reader speaks it aloud, to anyone in the room.
    assert not any("private name" in s for s in said), said
    window.settings_page.fields["under18"].setText(f"http://127.0.0.1:{free_port()}")
    window._save_settings()
    window._program_chosen("under18")
    window.files_page.next_button.click()
    window.review.consent.setChecked(True)
    window.review.send_button.click()
    qtbot.waitUntil(lambda: window.sending.retry_button.isVisible(), timeout=60_000)
    assert any(s.startswith("The fingerprints have not been sent yet") for s in said)


def test_the_case_number_and_pin_come_first_on_the_last_page(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The focus arrives on the case number; Tab goes on to the PIN, then saving and
    copying them, and only then to the footer (the fields came after it)."""
    window = make_window()
    activate(qtbot, window)
    fill_every_page(window, qtbot, tmp_path)
    window.show_page(window.done)
    done = window.done
    stops = list(tab_stops(window))
    assert stops[:4] == [done.case_label, done.pin_label, done.receipt_button, done.copy_button]
    assert stops[-1] is window.quick_exit_button


def test_changing_page_never_stops_on_quick_exit_on_the_way(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Hiding the page that held the focus let Qt pass it to the next control it found,
    Quick exit, before the new page took it: a screen reader said "Quick exit" at every
    page change. The focus goes from the old page's control to the new one's directly."""
    window = make_window()
    activate(qtbot, window)
    fill_every_page(window, qtbot, tmp_path)
    focused: list[QWidget] = []
    QApplication.instance().focusChanged.connect(lambda _old, new: focused.append(new))
    for page in window.pages():
        focused.clear()
        window.show_page(page)
        assert window.quick_exit_button not in focused, type(page).__name__
        assert window.focusWidget() is not window.quick_exit_button


def test_while_sending_the_focus_is_on_the_progress_not_a_hidden_button(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """"Try again" is hidden while sending, yet it took the focus and a screen reader
    read it out. The focus is on the progress bar ("Sending") until sending fails."""
    window = make_window()
    activate(qtbot, window)
    page = window.sending
    page.show_sending()
    window.show_page(page)
    assert window.focusWidget() is page.progress and page.progress.accessibleName() == "Sending"
    assert not page.retry_button.isVisible() and not page.retry_button.hasFocus()
    page.show_failure("The service did not answer.")
    assert window.focusWidget() is page.retry_button and page.retry_button.isVisible()
