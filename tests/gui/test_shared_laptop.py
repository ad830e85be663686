"""Safe on a shared laptop: drops only copy, no trace of chosen folders, safe defaults in
questions that cannot be undone, quick exit, the clipboard taken back, nothing kept."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from takeitdown_desktop.gui import privacy
from takeitdown_desktop.gui.filelist import State
from takeitdown_desktop.gui.settings import AppSettings
from tests.conftest import TEST_HOME
from tests.gui.conftest import activate, answer_file_dialog
from tests.gui.test_files_page import drop, statuses, wait_idle
from tests.gui.test_flow import go_to_files, wait_files
from tests.media_factory import good_jpeg

CLIPS = Path(__file__).resolve().parents[1] / "data" / "videos"


def files_in(folder: str) -> set[str]:
    return {os.path.relpath(os.path.join(d, n), folder) for d, _, names in os.walk(folder) for n in names}


def send_a_photo(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """From the start to the last page: one photo fingerprinted, consented to and sent."""
    go_to_files(window, qtbot)
    window.files_page.add_paths([str(good_jpeg(tmp_path / "a.jpg"))])
    wait_files(window, qtbot)
    window.files_page.next_button.click()
    window.review.consent.setChecked(True)
    window.review.send_button.click()
    qtbot.waitUntil(lambda: window.current_page() is window.done, timeout=60_000)


def test_drops_are_copies_wherever_they_land(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    photos = [good_jpeg(tmp_path / f"p{i}.jpg", seed=i) for i in range(3)]
    # Not on a page that cannot take files: nothing is accepted there.
    from tests.gui.test_files_page import QDragEnterEvent, QMimeData, QUrl, warnings

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photos[0]))])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.windowHandle(), enter)
    assert not enter.isAccepted()
    go_to_files(window, qtbot)
    page = window.files_page
    # A file manager proposing a move is answered "copy", on the drop zone, the heading and the list.
    assert drop(page, [str(photos[0])]) == Qt.DropAction.CopyAction
    assert drop(page, [str(photos[1])], on=page.next_button) == Qt.DropAction.CopyAction
    assert drop(page, [str(photos[2])], on=page.tree.viewport()) == Qt.DropAction.CopyAction
    wait_idle(qtbot, page)
    assert set(statuses(page)) == {"p0.jpg", "p1.jpg", "p2.jpg"}
    assert all(p.exists() for p in photos)


def test_file_chooser_is_qts_own_and_remembers_nothing(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = files_in(TEST_HOME)
    window = make_window()
    go_to_files(window, qtbot)
    photo = good_jpeg(tmp_path / "PRIVATE_beach.jpg")
    activate(qtbot, window)
    answer_file_dialog(str(photo))  # fails unless it is Qt's own dialog
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert [e.path for e in window.files.entries()] == [str(photo)]
    wait_files(window, qtbot)
    # Nothing written anywhere in the home folder: no QtProject.conf, no recently-used list.
    assert files_in(TEST_HOME) == before
    # The folder is remembered while the app runs, and forgotten when it closes.
    assert privacy._last_folder == str(tmp_path)
    window.close()
    assert privacy._last_folder is None


def test_receipt_is_saved_from_documents_not_the_working_folder(qtbot, make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    window = make_window()
    seen: list[str] = []

    def look() -> None:
        from PySide6.QtWidgets import QFileDialog

        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog.directory().absolutePath())
        dialog.reject()

    QTimer.singleShot(0, look)
    # The photos were chosen in a folder of their own: the receipt must not go there.
    photos = tmp_path / "photos"
    photos.mkdir()
    monkeypatch.setattr(privacy, "_last_folder", str(photos))
    privacy.choose_save_path(window, "Save receipt", "case-receipt.txt")
    assert seen and seen[0] not in (str(tmp_path), str(photos))
    assert seen[0].startswith(TEST_HOME)


def click_in_dialog(text: str) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == text).click()


def press_in_dialog(key: Qt.Key, seen: list[str]) -> None:
    """Press ``key`` in the next message box (Enter, Esc), noting its default button."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.defaultButton().text())
        QTest.keyClick(box.focusWidget() or box, key)

    QTimer.singleShot(0, press)


def test_enter_never_confirms_what_cannot_be_undone(qtbot, make_window, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.fakes import live_server

    with live_server(tmp_path) as server:
        settings.set_endpoint("under18", server.url)
        window = make_window()
        send_a_photo(window, qtbot, tmp_path)
        case, pin = window.done.case_label.text(), window.done.pin_label.text()
        # Start over with an unsaved PIN: Enter keeps it on screen.
        seen: list[str] = []
        press_in_dialog(Qt.Key.Key_Return, seen)
        window.done.start_over_button.click()
        assert seen == ["Go back"] and window.current_page() is window.done
        # Closing the window with an unsaved PIN asks, and Enter stays.
        press_in_dialog(Qt.Key.Key_Return, seen)
        window.close()
        assert seen[-1] == "Go back" and window.isVisible()
        # Withdraw: Enter and Esc keep the case.
        window.forget()
        window.show_page(window.check)
        window.check.case_field.setText(case)
        window.check.pin_field.setText(pin)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
            press_in_dialog(key, seen)
            window.check.withdraw_button.click()
            assert seen[-1] == "Keep the case"
        window.check.check_button.click()
        qtbot.waitUntil(lambda: "active" in window.check.result.text(), timeout=30_000)


def test_quick_exit_hides_everything_at_once(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    go_to_files(window, qtbot)
    window.files_page.add_paths([str(CLIPS / "h264-30fps-bframes.mp4"), str(good_jpeg(tmp_path / "a.jpg"))])
    window.clipboard.copy("Case number: 1234")
    requested: list[bool] = []
    window.quit_requested.connect(lambda: requested.append(True))
    activate(qtbot, window)
    window.files_page.tree.setFocus()
    start = time.perf_counter()
    QTest.keyClick(window.files_page.tree, Qt.Key.Key_Escape)
    assert window.isVisible()  # one Esc is not enough
    QTest.keyClick(window.files_page.tree, Qt.Key.Key_Escape)
    elapsed = time.perf_counter() - start
    assert not window.isVisible() and requested == [True]
    assert QGuiApplication.clipboard().text() == ""
    assert elapsed < 0.2, elapsed
    assert window.draft.program is None and not window.files.entries()
    # Background work ends: worker processes gone, every task reported.
    qtbot.waitUntil(lambda: not multiprocessing.active_children() and window.runner.running() == 0, timeout=30_000)


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no keyboard grab for popups
def test_esc_esc_with_a_menu_open_is_still_two_presses(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """A popup (a context menu, a file dialog's path completion) takes keys before the
    focus widget; the first Esc, which closes it, was not counted, so a third was needed."""
    from PySide6.QtWidgets import QMenu

    window = make_window()
    activate(qtbot, window)
    menu = QMenu(window)
    menu.addAction("Something")
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu, timeout=5_000)
    QTest.keyClick(menu, Qt.Key.Key_Escape)  # where the key goes while the menu is open
    assert not menu.isVisible() and window.isVisible()
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    assert not window.isVisible() and window.quick_exiting


def test_quick_exit_from_a_dialog_and_from_the_button(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show_page(window.check)
    window.check.case_field.setText("TID-1234")
    window.check.pin_field.setText("12345678")
    withdrawn: list[tuple[str, str]] = []
    window.check.withdraw.connect(lambda *a: withdrawn.append(a))

    def escape_twice() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, escape_twice)
            return
        QTest.keyClick(box.focusWidget() or box, Qt.Key.Key_Escape)  # closes the question
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)

    QTimer.singleShot(0, escape_twice)
    window.check.withdraw_button.click()
    assert window.quick_exiting and not window.isVisible() and withdrawn == []
    assert all(not w.isVisible() for w in QApplication.topLevelWidgets())
    other = make_window()
    for page in other.pages():
        other.show_page(page)
        assert other.quick_exit_button.isVisible()
    other.quick_exit_button.click()
    assert not other.isVisible()


def test_copied_case_details_leave_the_clipboard(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    clipboard = QGuiApplication.clipboard()
    window.clipboard.copy("Case number: TID-1\nPIN: 1")
    assert clipboard.text().startswith("Case number")
    assert window.clipboard._timer.interval() == 120_000
    window.clipboard._timer.timeout.emit()  # two minutes later
    assert clipboard.text() == ""
    # What the person copied since is theirs: left alone.
    window.clipboard.copy("Case number: TID-2")
    clipboard.setText("a shopping list")
    window.clipboard.clear()
    assert clipboard.text() == "a shopping list"


def test_copy_says_so_on_the_done_page(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    send_a_photo(window, qtbot, tmp_path)
    said: list[str] = []
    window.announcer.said.connect(said.append)
    window.done.copy_button.click()
    assert window.done.copied.text().startswith("Copied")
    assert said and said[-1].startswith("Copied")
    assert window.done.pin_label.text() in QGuiApplication.clipboard().text()
    # Pasted elsewhere, a practice case does not pass for a real one.
    assert QGuiApplication.clipboard().text().startswith("Practice case, nothing was sent.\nCase number: ")
    window.close()  # a practice case: closing does not ask
    assert QGuiApplication.clipboard().text() == ""


def test_copying_the_pin_with_the_keyboard_or_the_menu_is_guarded_too(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Selecting the PIN and pressing Ctrl+C, or right-click Copy, put it on the clipboard
    unmarked for clipboard managers and left it there for good."""
    window = make_window()
    send_a_photo(window, qtbot, tmp_path)
    clipboard = QGuiApplication.clipboard()
    pin = window.done.pin_label
    pin.setFocus()
    pin.selectAll()
    QTest.keyClick(pin, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == pin.text()
    assert clipboard.mimeData().hasFormat("x-kde-passwordManagerHint")  # marked: managers keep no copy
    assert window.done.copied.text().startswith("Copied")
    window.clipboard._timer.timeout.emit()  # two minutes later
    assert clipboard.text() == ""
    # The right-click menu: only the guarded Copy, and Select all.
    menu = window.done.case_label.menu()
    assert [a.text() for a in menu.actions()] == ["Copy", "Select all"]
    menu.actions()[0].trigger()
    assert clipboard.text() == window.done.case_label.text()
    assert clipboard.mimeData().hasFormat("x-kde-passwordManagerHint")
    window.close()
    assert clipboard.text() == ""


def test_settings_are_written_only_when_changed(qtbot, make_window, settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.welcome.settings_button.click()
    window.settings_page.save_button.click()
    assert not os.path.exists(settings.file_name())
    assert "Nothing has changed" in window.settings_page.message.text()
    window.settings_page.fields["adult"].setText("https://helpline.example.org")
    window.settings_page.save_button.click()
    assert os.path.exists(settings.file_name())


def test_the_settings_folder_does_not_name_the_app(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Whoever lists ~/.config must not learn from a folder's name that this app was used."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    AppSettings.from_app().set_language("fr")
    written = files_in(str(tmp_path / "config"))
    assert written == {os.path.join("hash-helper", "settings.ini")}
    assert AppSettings.from_app().language == "fr"


def test_earlier_settings_move_out_of_the_app_named_folder(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    earlier = config / "takeitdown-desktop" / "takeitdown-desktop.ini"
    earlier.parent.mkdir(parents=True)
    earlier.write_text("[endpoints]\nadult=https://helpline.example.org\n\n[ui]\nlanguage=uk\n")
    settings = AppSettings.from_app()
    assert settings.language == "uk" and settings.endpoint("adult") == "https://helpline.example.org"
    assert files_in(str(config)) == {os.path.join("hash-helper", "settings.ini")}
    assert os.stat(settings.file_name()).st_mode & 0o077 == 0
    # Settings already in the plain folder win; the earlier file only goes.
    earlier.parent.mkdir()
    earlier.write_text("[ui]\nlanguage=pl\n")
    assert AppSettings.from_app().language == "uk"
    assert not earlier.parent.exists()


def test_a_batch_that_breaks_marks_its_files_failed(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Worker processes that cannot be started (here: no interpreter where one is expected)
    # make the whole batch raise; its files must say so rather than wait for ever.
    # One file: with two, CPython's pool may still be spawning its second worker while its
    # manager thread shuts the broken pool down, and that thread then dies on "dictionary
    # changed size during iteration" (a stdlib race, after the futures have already failed).
    from multiprocessing import spawn

    window = make_window()
    go_to_files(window, qtbot)
    old = spawn.get_executable()
    spawn.set_executable(str(tmp_path / "no-python-here"))
    try:
        window.files_page.add_paths([str(good_jpeg(tmp_path / "p.jpg", seed=1))])
        qtbot.waitUntil(lambda: not window.files.busy(), timeout=30_000)
    finally:
        spawn.set_executable(old)
    assert all(e.state is State.FAILED for e in window.files.entries())
    assert set(statuses(window.files_page).values()) == {"Something went wrong while reading it."}
    icon = window.files_page.tree.topLevelItem(0).icon(0)
    assert not icon.isNull()  # failed rows carry an icon, not only words


def test_withdrawing_a_practice_case_says_it_is_practice(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """The question read like a real case's ("stop being shared with websites")."""
    window = make_window()
    window.show_page(window.check)
    assert window.check.practice  # the tests' services are practice mode
    window.check.case_field.setText("TID-1234")
    window.check.pin_field.setText("12345678")
    texts: list[str] = []

    def read_and_keep() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_keep)
            return
        texts.append(box.text())
        click_in_dialog("Keep the case")

    QTimer.singleShot(0, read_and_keep)
    window.check.withdraw_button.click()
    assert texts and texts[0].startswith("This is a practice case: nothing was shared with any website.")



def test_a_practice_receipt_and_copy_check_say_it_is_practice(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Found in Documents later, a practice receipt read like a real case ("Keep this
    safe"); Check a copy said websites "will recognise" a copy nobody has the prints of."""
    window = make_window()
    send_a_photo(window, qtbot, tmp_path)
    saved = tmp_path / "kept.txt"
    answer_file_dialog(str(saved))
    window.done.receipt_button.click()
    text = saved.read_text(encoding="utf-8")
    assert text.startswith("Take It Down practice receipt") and "nothing was sent" in text
    assert window.done.case_label.text() in text and "Keep this safe" not in text

    window.done.check_copy_button.click()
    page = window.copy_check
    page.set_copy(str(tmp_path / "a.jpg"))  # the very photo that was "sent"
    page.check_button.click()
    qtbot.waitUntil(lambda: page.verdict.text().startswith("Yes"), timeout=60_000)
    assert "Practice mode: nothing was shared with websites" in page.detail.text()
