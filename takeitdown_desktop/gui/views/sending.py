"""Step 5: sending, and what to do when it did not work."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QProgressBar

from takeitdown_desktop.gui.i18n import tr
from takeitdown_desktop.gui.views.partials.widgets import Page, button, heading, paragraph, primary


class SendingPage(Page):
    """Signals: ``retry()``, ``save()``, ``back()``."""

    retry = Signal()
    save = Signal()
    back = Signal()
    speaks_of_case = True

    def __init__(self) -> None:
        super().__init__()
        self.title = heading(tr("Sending the fingerprints…"))
        self.body.addWidget(self.title)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(tr("Sending"))
        self.progress.setTextVisible(False)
        self.body.addWidget(self.progress)
        self.message = paragraph()
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.back_button = button(tr("Back"))
        self.save_button = button(tr("Save without sending…"))
        self.retry_button = primary(tr("Try again"))
        self.main_button = self.retry_button
        self.actions.add_left(self.back_button)
        self.actions.add_right(self.save_button)
        self.actions.add_right(self.retry_button)
        self.back_button.clicked.connect(self.back)
        self.save_button.clicked.connect(self.save)
        self.retry_button.clicked.connect(self.retry)
        self.show_sending()

    def show_sending(self) -> None:
        self.title.setText(tr("Sending the fingerprints…"))
        self.progress.setVisible(True)
        self.message.setText(tr("This usually takes a few seconds."))
        for b in (self.back_button, self.save_button, self.retry_button):
            b.setVisible(False)
        self.actions.relayout()

    def show_failure(self, text: str) -> None:
        self.title.setText(tr("The fingerprints have not been sent yet"))
        self.progress.setVisible(False)
        self.message.setText(
            text + "\n\n" + tr("Nothing is lost: you can try again, or save the fingerprints to send later.")
        )
        for b in (self.back_button, self.save_button, self.retry_button):
            b.setVisible(True)
        self.actions.relayout()
        self.retry_button.setFocus()
