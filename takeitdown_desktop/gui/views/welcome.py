"""Step 1: what the app does, and the promise that the pictures never leave the computer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel

from takeitdown_desktop.gui.i18n import tr
from takeitdown_desktop.gui.views.partials.widgets import Page, Words, button, heading, paragraph, primary, worded


class WelcomePage(Page):
    """Signals: ``start()``, ``check_case()``, ``check_copy()``, ``settings()``."""

    start = Signal()
    check_case = Signal()
    check_copy = Signal()
    settings = Signal()
    speaks_of_case = True

    def __init__(self, icon: QIcon | None = None) -> None:
        super().__init__()
        top = QHBoxLayout()
        self.logo: QLabel | None = None
        if icon is not None and not icon.isNull():
            self.logo = QLabel()
            self.logo.setPixmap(icon.pixmap(64, 64))
            top.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        self.title = heading()
        top.addWidget(self.title, 1)
        self.body.addLayout(top)
        self.what = paragraph()
        self.body.addWidget(self.what)
        self.promise = paragraph()
        font = self.promise.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.promise.setFont(font)
        self.body.addWidget(self.promise)
        self.destination = paragraph()
        self.body.addWidget(self.destination)
        self.leave = paragraph()
        self.body.addWidget(self.leave)
        self.body.addStretch(1)
        self.settings_button = button()
        self.check_button = button()
        self.copy_button = button()
        self.start_button = primary()
        self.main_button = self.start_button
        self.actions.add_left(self.settings_button)
        self.actions.add_left(self.check_button)
        self.actions.add_left(self.copy_button)
        self.actions.add_right(self.start_button)
        self.start_button.clicked.connect(self.start)
        self.check_button.clicked.connect(self.check_case)
        self.copy_button.clicked.connect(self.check_copy)
        self.settings_button.clicked.connect(self.settings)
        self._destination: Words = ""
        self.retranslate()

    def retranslate(self) -> None:
        if self.logo is not None:
            self.logo.setAccessibleName(tr("Take It Down"))
        self.title.setText(tr("Help stop intimate photos and videos from spreading"))
        self.what.setText(
            tr(
                "This app makes a fingerprint of each photo or video you choose. Only those "
                "fingerprints are sent, so that websites taking part can recognise the pictures "
                "and block them."
            )
        )
        self.promise.setText(
            tr("Your photos and videos never leave this computer. Nobody sees them: not us, not the websites.")
        )
        self.destination.setText(worded(self._destination))
        self.leave.setText(tr("To leave the app at once, press Esc twice or use “Quick exit” at the top."))
        self.settings_button.setText(tr("Settings"))
        self.check_button.setText(tr("Check an existing case"))
        self.copy_button.setText(tr("Check a copy"))
        self.start_button.setText(tr("Start"))

    def set_destination(self, text: Words) -> None:
        self._destination = text
        self.destination.setText(worded(text))
