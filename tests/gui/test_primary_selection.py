"""On X11, selecting text puts it in the primary selection, which a middle click pastes
into any window, later, past the clipboard guard. The case number and PIN fields give it
back. Offscreen Qt has no primary selection, so this runs on a real X server (Xvfb)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.gui.test_trace import REPO, display  # noqa: F401 - the fixture

PROBE = r"""
import json, sys
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from takeitdown_desktop.gui.views.done import SecretField
from takeitdown_desktop.gui.views.partials.widgets import PrivateLineEdit

app = QApplication(sys.argv)
clipboard = QGuiApplication.clipboard()


def primary_after(field, how):
    field.setText("12345678")
    field.show()
    QTest.qWaitForWindowExposed(field)
    field.activateWindow()
    field.setFocus()
    clipboard.clear(QClipboard.Mode.Selection)
    if how == "mouse":
        # A drag across the text (QTest's double click sends no last release, which is
        # where QLineEdit copies to PRIMARY).
        left, right = field.rect().topLeft(), field.rect().bottomRight()
        QTest.mousePress(field, Qt.MouseButton.LeftButton, pos=QPoint(left.x() + 1, field.height() // 2))
        QTest.mouseMove(field, QPoint(right.x() - 1, field.height() // 2))
        QTest.mouseRelease(field, Qt.MouseButton.LeftButton, pos=QPoint(right.x() - 1, field.height() // 2))
    else:
        QTest.keyClick(field, Qt.Key.Key_Home)
        QTest.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    QTest.qWait(100)
    seen = {"selected": field.selectedText(), "primary": clipboard.text(QClipboard.Mode.Selection)}
    field.close()
    return seen


print(json.dumps({
    "supported": clipboard.supportsSelection(),
    "plain": primary_after(QLineEdit(), "mouse"),
    "mouse": primary_after(SecretField(), "mouse"),
    "keys": primary_after(SecretField(), "keys"),
    "typed": primary_after(PrivateLineEdit(), "keys"),
}))
"""


def test_selecting_the_pin_leaves_nothing_to_middle_click(display: str) -> None:  # noqa: F811 - the fixture
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=REPO, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["supported"]
    # A plain field shows what the fix is for: the selection is in PRIMARY.
    assert seen["plain"] == {"selected": "12345678", "primary": "12345678"}
    # The PIN field keeps its selection (to copy on purpose) but not in PRIMARY.
    assert seen["mouse"] == {"selected": "12345678", "primary": ""}
    assert seen["keys"] == {"selected": "12345678", "primary": ""}
    # The Check page's case number field, where the person types theirs, does the same.
    assert seen["typed"] == {"selected": "12345678", "primary": ""}
