"""Small building blocks shared by the pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * (1.6 if level == 1 else 1.2))
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def paragraph(text: str = "", *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)  # nothing in the app opens the network by itself
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def primary(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setDefault(True)
    button.setAutoDefault(True)
    font = button.font()
    font.setPointSizeF(font.pointSizeF() * 1.1)
    button.setFont(font)
    button.setMinimumHeight(button.sizeHint().height() + 8)
    return button


def framed(widget: QWidget) -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    layout.addWidget(widget)
    return frame


class Page(QScrollArea):
    """A page of the flow: scrolls when the window is small or the text large."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(32, 24, 32, 24)
        self.body.setSpacing(14)
        self.setWidget(inner)

    def entered(self) -> None:
        """Called each time the page is shown."""
