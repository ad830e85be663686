"""The whole flow against the real reference server on loopback (practice mode)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from takeitdown_desktop.core.client import CaseClient
from takeitdown_desktop.server.app import create_app
from takeitdown_desktop.server.db import make_engine
from takeitdown_desktop.server.runner import ThreadedServer
from tests.gui.conftest import answer_file_dialog, answer_next_dialog
from tests.gui.test_files_page import drop
from tests.media_factory import bad_files, good_jpeg

CLIPS = Path(__file__).resolve().parents[1] / "data" / "videos"


def go_to_files(window, qtbot, program: str = "under18") -> None:  # type: ignore[no-untyped-def]
    window.welcome.start_button.click()
    assert window.current_page() is window.who
    (window.who.under18 if program == "under18" else window.who.adult).setChecked(True)
    window.who.next_button.click()
    assert window.current_page() is window.files_page


def wait_files(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.files.entries() and not window.files.busy(), timeout=60_000)


def test_whole_flow_in_practice_mode(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.welcome.banner.isVisible() and "PRACTICE MODE" in window.welcome.banner.label.text()
    go_to_files(window, qtbot)
    photos = [good_jpeg(tmp_path / f"p{i}.jpg", seed=i) for i in range(2)]
    bad = bad_files(tmp_path / "bad")["truncated"][0]
    drop(window.files_page, [*map(str, photos), str(CLIPS / "h264-30fps-bframes.mp4"), str(bad)])
    wait_files(window, qtbot)
    window.files_page.next_button.click()
    assert window.current_page() is window.review
    assert window.review.summary.text() == "Fingerprints of 2 photos and 1 video will be sent."
    # The file that failed is listed, with its reason, rather than silently left out.
    assert window.review.skipped_title.text() == "1 file will not be sent"
    assert "truncated.jpg: Damaged" in window.review.skipped.text()

    # The technical view shows exactly the bytes `export` writes for the same files.
    out = tmp_path / "export.json"
    subprocess.run(
        [sys.executable, "-m", "takeitdown_desktop", "export", *map(str, photos), str(CLIPS / "h264-30fps-bframes.mp4"), "--output", str(out)],
        check=True,
        capture_output=True,
    )
    assert window.review.details.toPlainText().encode("ascii") == out.read_bytes()
    assert not window.review.send_button.isEnabled()  # consent first
    window.review.consent.setChecked(True)
    window.review.send_button.click()
    qtbot.waitUntil(lambda: window.current_page() is window.done, timeout=60_000)
    case, pin = window.done.case_label.text(), window.done.pin_label.text()
    assert len(case) == 19 and len(pin) == 8
    # Practice mode never pretends that a real case exists.
    assert "practice" in window.done.title.text() and "Nothing was sent" in window.done.keep.text()
    assert window.done.banner.isVisible()

    # Add more files to the same case.
    window.done.add_button.click()
    assert window.current_page() is window.files_page and not window.files.entries()
    window.files_page.add_paths([str(good_jpeg(tmp_path / "later.jpg", seed=9))])
    wait_files(window, qtbot)
    window.files_page.next_button.click()
    assert case in window.review.destination.text()
    window.review.consent.setChecked(True)
    window.review.send_button.click()
    qtbot.waitUntil(lambda: window.current_page() is window.done, timeout=60_000)
    assert window.done.case_label.text() == case

    # Check the case, then withdraw it. (A practice case vanishes anyway: no question.)
    window.done.start_over_button.click()
    assert window.current_page() is window.welcome and window.draft.receipt is None
    window.welcome.check_button.click()
    window.check.case_field.setText(case.lower().replace("-", " "))  # as people type it
    window.check.pin_field.setText(pin)
    window.check.check_button.click()
    qtbot.waitUntil(lambda: "open" in window.check.result.text(), timeout=30_000)
    assert "practice case" in window.check.result.text() and "4 files" in window.check.result.text()
    assert window.check.banner.isVisible()
    window.check.pin_field.setText("00000000")
    window.check.check_button.click()
    qtbot.waitUntil(lambda: "No case matches" in window.check.result.text(), timeout=30_000)
    window.check.pin_field.setText(pin)
    answer_next_dialog("Withdraw")
    window.check.withdraw_button.click()
    qtbot.waitUntil(lambda: "withdrawn" in window.check.result.text(), timeout=30_000)

    # Back forgets the case number and PIN.
    window.check.back_button.click()
    assert window.current_page() is window.welcome
    assert window.check.case_field.text() == "" and window.check.pin_field.text() == ""
    # Closing the app stops the practice server, whose database was only ever in memory.
    practice = window.ctx.services._practice
    assert practice is not None and practice.engine.url.database in (None, "", ":memory:")
    window.close()
    assert window.ctx.services._practice is None
    assert window.draft.receipt is None


def test_service_down_then_back_gives_one_case(qtbot, make_window, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'cases.sqlite3'}")
    server = ThreadedServer(create_app(engine, organisation="Test helpline")).start()
    port = server.port
    settings.set_endpoint("adult", server.url)
    settings.set_endpoint("under18", server.url)
    window = make_window()
    server.stop()  # the service goes down before the person sends
    go_to_files(window, qtbot, "adult")
    window.files_page.add_paths([str(good_jpeg(tmp_path / "a.jpg"))])
    wait_files(window, qtbot)
    window.files_page.next_button.click()
    window.review.consent.setChecked(True)
    window.review.send_button.click()
    qtbot.waitUntil(lambda: window.sending.retry_button.isVisible(), timeout=60_000)
    assert not window.sending.banner.isVisible()  # a real service: no practice banner
    assert "could not be reached" in window.sending.message.text()
    assert "Nothing is lost" in window.sending.message.text()
    server = ThreadedServer(create_app(engine, organisation="Test helpline"), port=port).start()
    try:
        window.sending.retry_button.click()
        qtbot.waitUntil(lambda: window.current_page() is window.done, timeout=60_000)
        window.sending.retry_button.click()  # a stray second click must not open another case
        from sqlalchemy import func, select

        from takeitdown_desktop.server import db

        with engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(db.cases)).scalar_one() == 1
        status = CaseClient(server.url).status(window.done.case_label.text(), window.done.pin_label.text())
        assert status.items == 1
    finally:
        server.stop()


def test_settings_validation(qtbot, make_window, settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.welcome.settings_button.click()
    page = window.settings_page
    page.fields["adult"].setText("http://helpline.example.org/api")
    page.save_button.click()
    assert "https://" in page.message.text()
    assert settings.endpoint("adult") is None  # nothing saved
    page.fields["adult"].setText("https://helpline.example.org/api")
    page.save_button.click()
    assert settings.endpoint("adult") == "https://helpline.example.org/api"
    # Only adults configured now: the other answer explains where to get help instead.
    page.back.emit()
    window.welcome.start_button.click()
    window.who.under18.setChecked(True)
    window.who.next_button.click()
    assert window.current_page() is window.who
    assert "Take It Down" in window.who.help.text()


def test_test_connection(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'cases.sqlite3'}")
    server = ThreadedServer(create_app(engine, organisation="Test helpline")).start()
    try:
        window = make_window()
        window.welcome.settings_button.click()
        window.settings_page.fields["adult"].setText(server.url)
        window.settings_page.test_buttons["adult"].click()
        qtbot.waitUntil(lambda: "Connected" in window.settings_page.message.text(), timeout=30_000)
        assert "Test helpline" in window.settings_page.message.text()
    finally:
        server.stop()


def test_save_payload_writes_exactly_the_review_bytes(qtbot, make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    go_to_files(window, qtbot)
    window.files_page.add_paths([str(good_jpeg(tmp_path / "a.jpg"))])
    wait_files(window, qtbot)
    window.files_page.next_button.click()
    target = tmp_path / "saved.json"
    answer_file_dialog(str(target))
    window.review.save_button.click()
    assert target.read_bytes() == window.review.details.toPlainText().encode("ascii")
    assert json.loads(target.read_bytes())["program"] == "under18"


def test_crash_handler_is_calm_and_writes_nothing_identifying(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    import logging
    import sys

    from takeitdown_desktop.gui.app import install_crash_handler

    import threading

    old_hook, old_thread_hook = sys.excepthook, threading.excepthook
    install_crash_handler()
    try:
        answer_next_dialog("OK")
        with caplog.at_level(logging.DEBUG):
            try:
                raise FileNotFoundError("/home/someone/private/photo-of-me.jpg")
            except FileNotFoundError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)
        text = caplog.text
        assert "FileNotFoundError" in text
        assert "photo-of-me" not in text and "/home/someone" not in text
    finally:
        sys.excepthook, threading.excepthook = old_hook, old_thread_hook
