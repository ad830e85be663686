"""Small building blocks shared by the pages: text, buttons that wrap, and the page frame."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QClipboard, QFont, QGuiApplication, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


# Words on screen, or how to word them: a page keeps the latter for what it shows
# after the fact (an answer, a failure), so that a change of language re-words it too.
Words = str | Callable[[], str]


def worded(words: Words) -> str:
    return words() if callable(words) else words


def heading(text: str = "", level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * (1.6 if level == 1 else 1.2))
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def paragraph(text: str = "", *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)  # nothing in the app opens the network by itself
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def button(text: str = "") -> QPushButton:
    """A button that takes Enter when it has the focus, as in a dialog."""
    b = QPushButton(text)
    b.setAutoDefault(True)
    return b


def primary(text: str = "") -> QPushButton:
    """The page's main action: Enter activates it from anywhere on the page."""
    b = button(text)
    b.setDefault(True)
    font = b.font()
    font.setWeight(QFont.Weight.DemiBold)
    b.setFont(font)
    return b


class PrivateLineEdit(QLineEdit):
    """A field for a case number or PIN. On X11 merely selecting text puts it in the
    primary selection, which a middle click pastes into any window, later, past the
    clipboard guard; this field gives the selection back at once. The text stays
    selected, to be copied on purpose."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        super().keyPressEvent(event)
        self._keep_out_of_primary()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        super().mouseReleaseEvent(event)  # where QLineEdit copies a selection to PRIMARY
        self._keep_out_of_primary()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        super().mouseDoubleClickEvent(event)
        self._keep_out_of_primary()

    def _keep_out_of_primary(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)


class _LabelClicks(QObject):
    """Clicking the words of a wrapped check box or radio button toggles it."""

    def __init__(self, target: QAbstractButton) -> None:
        super().__init__(target)
        self.target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.LeftButton and self.target.isEnabled():
                self.target.click()
                self.target.setFocus(Qt.FocusReason.MouseFocusReason)
                return True
        return False


_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _LeavesEnterToPage:
    """Space or the arrow keys answer it; Enter is left to the page's main action (some
    desktops, GNOME's among them, would otherwise let Enter press check boxes too)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in _ENTER:
            event.ignore()
        else:
            super().keyPressEvent(event)  # type: ignore[misc]

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in _ENTER:
            event.ignore()
        else:
            super().keyReleaseEvent(event)  # type: ignore[misc]


class _Check(_LeavesEnterToPage, QCheckBox):
    pass


class _Radio(_LeavesEnterToPage, QRadioButton):
    pass


class Choice(QWidget):
    """A check box or radio button whose words wrap, as long sentences and large text need.

    The button itself carries the full sentence as its accessible name; the words are
    shown by a label beside it, which a click toggles too.
    """

    def __init__(self, text: str, radio: bool = False) -> None:
        super().__init__()
        self.button: QCheckBox | QRadioButton = _Radio() if radio else _Check()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.installEventFilter(_LabelClicks(self.button))
        self.label.setBuddy(self.button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.label.setText(text)
        self.button.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()

    # The button's state, for callers that treat this like the button itself.
    def isChecked(self) -> bool:  # noqa: N802
        return self.button.isChecked()

    def setChecked(self, checked: bool) -> None:  # noqa: N802
        self.button.setChecked(checked)


class ActionBar(QWidget):
    """The buttons at the foot of a page: one row, or one button a line when the window is
    too narrow for the words (large text, long translations), with the main action first."""

    def __init__(self) -> None:
        super().__init__()
        self._left: list[QWidget] = []
        self._right: list[QWidget] = []
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(24, 8, 24, 12)
        self._stacked = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def add_left(self, widget: QWidget) -> None:
        self._left.append(widget)
        self._rebuild()

    def add_right(self, widget: QWidget) -> None:
        self._right.append(widget)
        self._rebuild()

    def _visible(self, widgets: list[QWidget]) -> list[QWidget]:
        return [w for w in widgets if not w.isHidden()]

    def _one_row_width(self) -> int:
        widgets = self._visible(self._left + self._right)
        margins = self._layout.contentsMargins()
        spacing = self._layout.spacing() if self._layout.spacing() >= 0 else 6
        return sum(w.sizeHint().width() for w in widgets) + spacing * len(widgets) + margins.left() + margins.right()

    def _rebuild(self) -> None:
        while self._layout.count():
            self._layout.takeAt(0)
        if self._stacked:
            self._layout.setDirection(QBoxLayout.Direction.TopToBottom)
            for w in [*reversed(self._right), *self._left]:
                self._layout.addWidget(w)
        else:
            self._layout.setDirection(QBoxLayout.Direction.LeftToRight)
            for w in self._left:
                self._layout.addWidget(w)
            self._layout.addStretch(1)
            for w in self._right:
                self._layout.addWidget(w)
        self.updateGeometry()

    def relayout(self) -> None:
        """Choose one row or a stack for the current width (also after words change)."""
        stacked = self.width() < self._one_row_width()
        if stacked != self._stacked:
            self._stacked = stacked
            self._rebuild()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        self.relayout()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.relayout()
        return super().event(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        widest = max((w.sizeHint().width() for w in self._visible(self._left + self._right)), default=0)
        margins = self._layout.contentsMargins()
        return QSize(widest + margins.left() + margins.right(), self._layout.minimumSize().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._one_row_width(), self._layout.sizeHint().height())


class PracticeBanner(QFrame):
    """Says, on every page that speaks of a case, that nothing here is real.

    Its colours come from the palette (the tooltip roles, pale in light themes and dark in
    dark ones), so it reads in every theme."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        font = self.label.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.label.setFont(font)
        layout.addWidget(self.label, 1)
        self.hide()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)


class Page(QWidget):
    """A page of the flow: its words scroll when the window is small or the text large,
    while its buttons stay in view at the foot.

    Subclasses put their content in ``body``, their buttons in ``actions``, name their
    ``main_button`` (what Enter does) and say which control takes the focus on arrival.
    """

    # Pages that speak of a case show the practice banner in practice mode.
    speaks_of_case = False

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = PracticeBanner()
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(24, 8, 24, 0)
        banner_row.addWidget(self.banner)
        outer.addLayout(banner_row)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a tab stop of its own: focusing a control inside scrolls it into view.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(24, 16, 24, 8)
        self.body.setSpacing(12)
        self.scroll.setWidget(inner)
        outer.addWidget(self.scroll, 1)
        self.actions = ActionBar()
        outer.addWidget(self.actions)
        self.main_button: QPushButton | None = None
        # Whether what this page speaks of is practice mode's (see set_practice).
        self.practice = False

    def retranslate(self) -> None:
        """Set every word on the page in the current language: called once the page is
        built, and again whenever the language changes (what the page shows stays)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def first_focus(self) -> QWidget | None:
        """The control that needs an answer first; by default the main action."""
        return self.main_button

    def entered(self) -> None:
        """Called each time the page is shown: put the focus where the person starts."""
        target = self.first_focus()
        if target is not None and target.isEnabled() and target.isVisibleTo(self):
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(target)
        elif self.main_button is not None and self.main_button.isEnabled() and self.main_button.isVisibleTo(self):
            # Never a hidden button: a screen reader announced it all the same.
            self.main_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_practice(self, text: str | None) -> None:
        self.practice = bool(text)
        self.banner.setVisible(bool(text) and self.speaks_of_case)
        if text:
            self.banner.set_text(text)

    def activate_main(self) -> bool:
        b = self.main_button
        if b is not None and b.isEnabled() and b.isVisibleTo(self):
            b.click()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Reached only when the focused control did not use the key itself: a focused
        # button takes Enter first, a line edit or check box passes it on to here.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.activate_main():
            event.accept()
            return
        super().keyPressEvent(event)
