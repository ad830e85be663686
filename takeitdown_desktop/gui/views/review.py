"""Step 4: what will be sent, in plain words and byte for byte, and what will not."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from takeitdown_desktop.core.case import Counts
from takeitdown_desktop.gui.i18n import line_start, tr
from takeitdown_desktop.gui.views.files import error_text
from takeitdown_desktop.gui.views.partials.widgets import Choice, Page, Words, button, heading, paragraph, primary, worded


def files_text(counts: Counts) -> str:
    if counts.photos and counts.videos:
        return tr("Fingerprints of {photos} and {videos} will be sent.").format(
            photos=tr("%n photo(s)", "", counts.photos), videos=tr("%n video(s)", "", counts.videos)
        )
    if counts.videos:
        return tr("Fingerprints of %n video(s) will be sent.", "", counts.videos)
    return tr("Fingerprints of %n photo(s) will be sent.", "", counts.photos)


class ReviewPage(Page):
    """Signals: ``back()``, ``send()``, ``save()``."""

    back = Signal()
    send = Signal()
    save = Signal()
    speaks_of_case = True

    def __init__(self) -> None:
        super().__init__()
        self.title = heading()
        self.body.addWidget(self.title)
        self.summary = paragraph()
        self.body.addWidget(self.summary)
        self.nothing_else = paragraph()
        self.body.addWidget(self.nothing_else)
        self.destination = paragraph()
        self.body.addWidget(self.destination)
        self.low_quality = paragraph()
        self.body.addWidget(self.low_quality)
        self.skipped_title = heading("", level=2)
        self.skipped = paragraph()
        self.body.addWidget(self.skipped_title)
        self.body.addWidget(self.skipped)
        self.details_toggle = button()
        self.details_toggle.setCheckable(True)
        self.body.addWidget(self.details_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setVisible(False)
        self.details.setMinimumHeight(140)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        self.details.setFont(mono)
        self.details_toggle.toggled.connect(self._toggle_details)
        self.body.addWidget(self.details, 1)
        self.consent = Choice("")
        self.body.addWidget(self.consent)
        self.body.addStretch(0)
        self.back_button = button()
        self.save_button = button()
        self.send_button = primary()
        self.main_button = self.send_button
        self.actions.add_left(self.back_button)
        self.actions.add_right(self.save_button)
        self.actions.add_right(self.send_button)
        self.back_button.clicked.connect(self.back)
        self.save_button.clicked.connect(self.save)
        self.send_button.clicked.connect(self.send)
        self.consent.button.toggled.connect(self._update)
        self._counts = Counts()
        self._destination: Words = ""
        self._update()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("Check what will be sent"))
        self.nothing_else.setText(tr("No pictures, no file names, nothing about you or this computer."))
        self._toggle_details(self.details_toggle.isChecked())
        self.details.setAccessibleName(tr("The exact data that will be sent"))
        self.consent.setText(tr("I am the person in these pictures, or I am helping them and they agree."))
        self.back_button.setText(tr("Back"))
        self.save_button.setText(tr("Save without sending…"))
        self.save_button.setToolTip(
            tr("Keep the fingerprints in a file, to send later or from another device. Nothing is sent.")
        )
        self.send_button.setText(tr("Send the fingerprints"))
        self._show_counts()

    def first_focus(self) -> QWidget | None:
        return self.consent.button

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_toggle.setText(tr("Hide the exact data") if shown else tr("Show the exact data (technical)"))

    def load(self, payload: bytes, counts: Counts, destination: Words) -> None:
        self._counts = counts
        self._destination = destination
        self._show_counts()
        self.details.setPlainText(payload.decode("ascii"))
        self.details_toggle.setChecked(False)
        self.consent.setChecked(False)
        self._update()

    def _show_counts(self) -> None:
        counts = self._counts
        self.summary.setText(files_text(counts))
        self.destination.setText(worded(self._destination))
        self.low_quality.setText(
            tr(
                "%n photo(s) have very little detail, so websites may not recognise every copy.",
                "",
                counts.low_quality,
            )
            if counts.low_quality
            else ""
        )
        self.low_quality.setVisible(bool(counts.low_quality))
        skipped = counts.skipped
        self.skipped_title.setText(tr("%n file(s) will not be sent", "", len(skipped)) if skipped else "")
        self.skipped.setText(
            "\n".join(
                line_start(tr("{name}: {reason}").format(name=s.name, reason=error_text(s.code.value))) for s in skipped
            )
        )
        self.skipped_title.setVisible(bool(skipped))
        self.skipped.setVisible(bool(skipped))

    def _update(self) -> None:
        self.send_button.setEnabled(self.consent.isChecked())
