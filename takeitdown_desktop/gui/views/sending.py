"""Step 5: sending, and what to do when it did not work."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QProgressBar, QWidget

from takeitdown_desktop.gui.i18n import tr
from takeitdown_desktop.gui.views.partials.widgets import Page, Words, button, heading, paragraph, primary, worded


class SendingPage(Page):
    """Signals: ``retry()``, ``save()``, ``back()``."""

    retry = Signal()
    save = Signal()
    back = Signal()
    speaks_of_case = True

    def __init__(self) -> None:
        super().__init__()
        self.title = heading()
        self.body.addWidget(self.title)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.body.addWidget(self.progress)
        self.message = paragraph()
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.back_button = button()
        self.save_button = button()
        self.retry_button = primary()
        self.main_button = self.retry_button
        self.actions.add_left(self.back_button)
        self.actions.add_right(self.save_button)
        self.actions.add_right(self.retry_button)
        self.back_button.clicked.connect(self.back)
        self.save_button.clicked.connect(self.save)
        self.retry_button.clicked.connect(self.retry)
        # Why sending failed, or None while sending.
        self._failure: Words | None = None
        self.show_sending()
        self.retranslate()

    def retranslate(self) -> None:
        self.progress.setAccessibleName(tr("Sending"))
        self.back_button.setText(tr("Back"))
        self.save_button.setText(tr("Save without sending…"))
        self.retry_button.setText(tr("Try again"))
        self._show_words()

    def _show_words(self) -> None:
        if self._failure is None:
            self.title.setText(tr("Sending the fingerprints…"))
            self.message.setText(tr("This usually takes a few seconds."))
        else:
            self.title.setText(tr("The fingerprints have not been sent yet"))
            self.message.setText(
                worded(self._failure)
                + "\n\n"
                + tr("Nothing is lost: you can try again, or save the fingerprints to send later.")
            )

    def first_focus(self) -> QWidget | None:
        # While sending, the progress bar ("Sending"), not the hidden "Try again".
        return self.progress if self._failure is None else self.retry_button

    def show_sending(self) -> None:
        self._failure = None
        self._show_words()
        self.progress.setVisible(True)
        for b in (self.back_button, self.save_button, self.retry_button):
            b.setVisible(False)
        self.actions.relayout()

    def show_failure(self, text: Words) -> None:
        self._failure = text
        self._show_words()
        self.progress.setVisible(False)
        for b in (self.back_button, self.save_button, self.retry_button):
            b.setVisible(True)
        self.actions.relayout()
        self.retry_button.setFocus()
