"""Drives the real app, started the way a person starts it, through the whole flow.

Run by test_trace.py in a separate process on an X display:
``python -m tests.gui.trace_driver MODE PHOTO VIDEO`` where MODE is ``flow`` (add, fingerprint,
review, send, copy, check, withdraw, quick exit) or ``send-and-wait`` (stops while the
request is in flight, to be killed). It prints one line per stage for the test to follow.
"""

from __future__ import annotations

import faulthandler
import os
import sys
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QPushButton, QWidget

Step = Iterator[Callable[[], object] | None]


def say(stage: str) -> None:
    sys.stdout.write(stage + "\n")
    sys.stdout.flush()


def window() -> QWidget:
    from takeitdown_desktop.gui.main_window import MainWindow

    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))


def key(k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or QApplication.activeWindow() or window()
    QTest.keyClick(target, k, modifiers)


def choose_with_keyboard(path: str) -> Step:
    """Ctrl+O, then the full path typed into Qt's own file dialog, then Enter."""
    QTimer.singleShot(0, lambda: key(Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier))
    yield lambda: isinstance(QApplication.activeModalWidget(), QFileDialog)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog), "the platform's dialog was used"
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None and name.isVisible()
    name.setFocus()
    # Pasted in one go: typed key by key, the dialog follows each "/" into that folder
    # and offers completions, which the synthetic keys here cannot steer as a hand would.
    name.setText(path)
    # The dialog lists folders in the background; until it has seen the file, Enter waits,
    # so press it again a moment later, as a person would.
    for _ in range(50):
        QTest.keyClick(QApplication.activePopupWidget() or name, Qt.Key.Key_Return)
        deadline = time.monotonic() + 0.2
        yield lambda: QApplication.activeModalWidget() is None or time.monotonic() > deadline
        if QApplication.activeModalWidget() is None:
            return
    from PySide6.QtWidgets import QPushButton as B

    raise AssertionError(
        f"the file dialog did not take the typed path: {name.text()!r} in {dialog.directory().path()!r}, "
        f"{[(b.text(), b.isEnabled()) for b in dialog.findChildren(B)]}"
    )


def flow(mode: str, photo: str, video: str) -> Step:
    yield lambda: any(w.isVisible() for w in QApplication.topLevelWidgets())
    w = window()
    # No window manager runs on the test's X server to activate a new window, as desktops do.
    w.activateWindow()
    yield w.isActiveWindow
    say("started")
    key(Qt.Key.Key_Return)  # Start
    yield lambda: w.current_page() is w.who
    key(Qt.Key.Key_Space)  # the first answer
    key(Qt.Key.Key_Return)
    yield lambda: w.current_page() is w.files_page
    yield from choose_with_keyboard(photo)
    yield from choose_with_keyboard(video)
    yield lambda: len(w.files.entries()) == 2 and not w.files.busy()
    assert len(w.files.done_reports()) == 2, [e.report for e in w.files.entries()]
    say("fingerprinted")
    key(Qt.Key.Key_Return)  # Continue, from the file list
    yield lambda: w.current_page() is w.review
    key(Qt.Key.Key_Space)  # consent
    key(Qt.Key.Key_Return)  # Send
    yield lambda: w.current_page() is w.sending
    say("sending")
    if mode == "send-and-wait":
        while True:  # until killed
            yield None
    yield lambda: w.current_page() is w.done
    case, pin = w.done.case_label.text(), w.done.pin_label.text()
    say("case opened")
    w.done.copy_button.click()
    w.done.start_over_button.click()  # a practice case: no question asked
    yield lambda: w.current_page() is w.welcome
    w.welcome.check_button.click()
    w.check.case_field.setText(case)
    w.check.pin_field.setText(pin)
    w.check.check_button.click()
    yield lambda: "open" in w.check.result.text()
    say("checked")

    def withdraw() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == "Withdraw").click()

    QTimer.singleShot(0, lambda: w.check.withdraw_button.click())
    yield lambda: isinstance(QApplication.activeModalWidget(), QMessageBox)
    withdraw()
    yield lambda: "withdrawn" in w.check.result.text()
    say("withdrawn")
    say(f"quick exit {time.monotonic()}")
    key(Qt.Key.Key_Escape)
    key(Qt.Key.Key_Escape)
    yield None


def run_steps(steps: Step) -> None:
    """Advance ``steps`` whenever the condition it waits for holds, polling the event loop."""
    waiting: list[Callable[[], object] | None] = [None]

    def tick() -> None:
        try:
            while waiting[0] is None or waiting[0]():
                waiting[0] = next(steps)
                if waiting[0] is not None:  # on stderr, which the test shows if a step never comes
                    code = getattr(waiting[0], "__code__", None)
                    sys.stderr.write(f"waiting at line {code.co_firstlineno if code else waiting[0]}\n")
                if waiting[0] is None:
                    break
        except StopIteration:
            return
        except Exception as exc:  # report and end: the test reads the reason
            say(f"driver failed: {type(exc).__name__}: {exc}")
            QApplication.exit(3)
            return
        QTimer.singleShot(20, tick)

    QTimer.singleShot(0, tick)


def main() -> int:
    mode, photo, video = sys.argv[1:4]
    # If a step never comes, the test kills this process after two minutes; say first
    # where every thread was, so the failure shows what the app was waiting for.
    faulthandler.dump_traceback_later(100)
    # The real app's start-up, on an application object made first so that the driver can
    # schedule its steps; main() uses it as it is.
    app = QApplication(sys.argv[:1])
    run_steps(flow(mode, photo, video))
    from takeitdown_desktop.gui.app import main as app_main

    code = app_main()
    app.processEvents()
    return code


if __name__ == "__main__":
    sys.exit(main())
