"""Step 1: what the app does, and the promise that the pictures never leave the computer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel

from takeitdown_desktop.gui.i18n import tr
from takeitdown_desktop.gui.views.partials.widgets import Page, button, heading, paragraph, primary


class WelcomePage(Page):
    """Signals: ``start()``, ``check_case()``, ``settings()``."""

    start = Signal()
    check_case = Signal()
    settings = Signal()
    speaks_of_case = True

    def __init__(self, icon: QIcon | None = None) -> None:
        super().__init__()
        top = QHBoxLayout()
        if icon is not None and not icon.isNull():
            logo = QLabel()
            logo.setPixmap(icon.pixmap(64, 64))
            logo.setAccessibleName(tr("Take It Down"))
            top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(heading(tr("Stop intimate photos and videos from spreading")), 1)
        self.body.addLayout(top)
        self.body.addWidget(
            paragraph(
                tr(
                    "This app makes a fingerprint of each photo or video you choose. Only those "
                    "fingerprints are sent, so that websites taking part can recognise the pictures "
                    "and block them."
                )
            )
        )
        promise = paragraph(
            tr("Your photos and videos never leave this computer. Nobody sees them: not us, not the websites.")
        )
        font = promise.font()
        font.setWeight(QFont.Weight.DemiBold)
        promise.setFont(font)
        self.body.addWidget(promise)
        self.destination = paragraph()
        self.body.addWidget(self.destination)
        self.body.addWidget(
            paragraph(tr("To leave the app at once, press Esc twice or use “Quick exit” at the top."))
        )
        self.body.addStretch(1)
        self.settings_button = button(tr("Settings"))
        self.check_button = button(tr("Check an existing case"))
        self.start_button = primary(tr("Start"))
        self.main_button = self.start_button
        self.actions.add_left(self.settings_button)
        self.actions.add_left(self.check_button)
        self.actions.add_right(self.start_button)
        self.start_button.clicked.connect(self.start)
        self.check_button.clicked.connect(self.check_case)
        self.settings_button.clicked.connect(self.settings)

    def set_destination(self, text: str) -> None:
        self.destination.setText(text)
