"""Seeing where the keyboard is, and hearing what changed: a focus ring and announcements."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QAccessible, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollBar, QWidget

# WCAG 2.2 (1.4.11, 2.4.13): a focus indicator at least 2 px thick with 3:1 contrast.
RING_WIDTH = 2
MIN_CONTRAST = 3.0


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def ring_colour(palette: QPalette) -> QColor:
    """The theme's highlight colour, or the text colour where the highlight is too faint
    against the window (some dark themes): always at least 3:1 against the background."""
    background = palette.color(QPalette.ColorRole.Window)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    if contrast(highlight, background) >= MIN_CONTRAST:
        return highlight
    return palette.color(QPalette.ColorRole.WindowText)


class FocusRing(QWidget):
    """A 2-px ring around whichever control has the keyboard focus, in any style.

    A transparent layer over the window that follows the focused control as it moves,
    resizes or scrolls; it takes no clicks and no focus.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._target: QWidget | None = None
        self._scrollbars: list[QScrollBar] = []
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._follow)

    def colour(self) -> QColor:
        return ring_colour(self.palette())

    def widget(self) -> QWidget | None:
        return self._target

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._target is not None:
            self._target.removeEventFilter(self)
        for bar in self._scrollbars:
            bar.valueChanged.disconnect(self._place)
        self._scrollbars = []
        self._target = new if new is not None and new.window() is self._window and new is not self else None
        if self._target is None:
            self.hide()
            return
        self._target.installEventFilter(self)
        parent = self._target.parentWidget()
        while parent is not None and parent is not self._window:
            if isinstance(parent, QAbstractScrollArea):
                self._scrollbars += [parent.verticalScrollBar(), parent.horizontalScrollBar()]
            parent = parent.parentWidget()
        for bar in self._scrollbars:
            bar.valueChanged.connect(self._place)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self._place()
        return False

    def _place(self, *_: object) -> None:
        target = self._target
        if target is None or not target.isVisible():
            self.hide()
            return
        margin = RING_WIDTH + 1
        top_left = target.mapTo(self._window, QPoint(0, 0))
        self.setGeometry(QRect(top_left, target.size()).adjusted(-margin, -margin, margin, margin))
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.colour(), RING_WIDTH))
        half = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)


class Announcer(QObject):
    """Tells a screen reader about a change that has no focus of its own (a file done,
    sending failed).

    Signals: ``said(text)``, each announcement as it is made.
    """

    said = Signal(str)

    def __init__(self, source: QWidget) -> None:
        super().__init__(source)
        self._source = source

    def say(self, text: str, urgent: bool = False) -> None:
        if not text:
            return
        from PySide6.QtGui import QAccessibleAnnouncementEvent

        event = QAccessibleAnnouncementEvent(self._source, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive if urgent else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
        self.said.emit(text)
