"""Quick exit: Esc pressed twice, anywhere in the app, or the button at the top.

Someone may walk in. The window must be gone at once, with nothing on screen or on the
clipboard that tells what the app was for.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

# Two presses of Esc within this many seconds leave the app.
DOUBLE_PRESS_SECONDS = 1.0


class EscapeTwice(QObject):
    """Watches every key press in the app (dialogs too) for Esc pressed twice.

    Signals: ``triggered()``.
    """

    triggered = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() != Qt.Key.Key_Escape or event.isAutoRepeat():
            return False
        # An application filter sees a key press once for every widget it passes through
        # on its way up; count it only where it first arrives.
        # An open popup (a menu, a file dialog's path completion) gets keys before the
        # focus widget: counting only the focus widget's made a third Esc necessary.
        first = (
            QApplication.activePopupWidget()
            or QApplication.focusWidget()
            or QApplication.activeModalWidget()
            or QApplication.activeWindow()
        )
        if not isinstance(watched, QWidget) or (first is not None and watched is not first):
            return False
        now = time.monotonic()
        if self._last is not None and now - self._last <= DOUBLE_PRESS_SECONDS:
            self._last = None
            self.triggered.emit()
            return True
        self._last = now
        return False  # the first Esc still closes a dialog or a menu as usual
