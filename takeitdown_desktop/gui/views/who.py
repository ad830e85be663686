"""Step 2: how old the person in the pictures was, which decides where fingerprints go."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QWidget

from takeitdown_desktop.gui.i18n import tr
from takeitdown_desktop.gui.views.partials.widgets import Choice, Page, button, heading, paragraph, primary


class WhoPage(Page):
    """Signals: ``back()``, ``chosen(program)`` with "under18" or "adult"."""

    back = Signal()
    chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.title = heading()
        self.body.addWidget(self.title)
        self.intro = paragraph()
        self.body.addWidget(self.intro)
        self.under18 = Choice("", radio=True)
        self.adult = Choice("", radio=True)
        self.group = QButtonGroup(self)
        self.group.addButton(self.under18.button)
        self.group.addButton(self.adult.button)
        self.body.addWidget(self.under18)
        self.body.addWidget(self.adult)
        self.not_sure = paragraph()
        self.body.addWidget(self.not_sure)
        self.help = paragraph(rich=True)
        self.body.addWidget(self.help)
        self.body.addStretch(1)
        self.back_button = button()
        self.next_button = primary()
        self.main_button = self.next_button
        self.actions.add_left(self.back_button)
        self.actions.add_right(self.next_button)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self._continue)
        self.under18.button.toggled.connect(self._update)
        self.adult.button.toggled.connect(self._update)
        self._no_service: str | None = None
        self._update()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("How old was the person in them?"))
        self.intro.setText(
            tr(
                "What counts is their age when the pictures were taken, not today. If you are "
                "helping someone, answer for them. The answer decides which service receives "
                "the fingerprints."
            )
        )
        self.under18.setText(tr("Under 18 in at least one of the pictures"))
        self.adult.setText(tr("18 or older in all of the pictures"))
        self.not_sure.setText(tr("If you are not sure, choose “under 18”."))
        self.back_button.setText(tr("Back"))
        self.next_button.setText(tr("Continue"))
        if self._no_service is not None:
            self.show_no_service(self._no_service)

    def first_focus(self) -> QWidget | None:
        checked = self.group.checkedButton()
        return checked if checked is not None else self.under18.button

    def program(self) -> str | None:
        if self.under18.isChecked():
            return "under18"
        if self.adult.isChecked():
            return "adult"
        return None

    def reset(self) -> None:
        self.group.setExclusive(False)
        self.under18.setChecked(False)
        self.adult.setChecked(False)
        self.group.setExclusive(True)
        self._no_service = None
        self.help.setText("")

    def _update(self) -> None:
        self.next_button.setEnabled(self.program() is not None)
        self._no_service = None
        self.help.setText("")

    def _continue(self) -> None:
        program = self.program()
        if program:
            self.chosen.emit(program)

    def show_no_service(self, program: str) -> None:
        """No service is set up for this answer: say where such help is found instead."""
        self._no_service = program
        if program == "under18":
            text = tr(
                "This version of the app has no service set up for pictures taken before the person in them turned 18. "
                "NCMEC's free Take It Down service does the same in a web browser: "
                "takeitdown.ncmec.org. If you are in danger, please talk to someone you trust "
                "or call your local emergency number."
            )
        else:
            text = tr(
                "This version of the app has no service set up for adults. StopNCII.org does the "
                "same for free in a web browser. You can also set a service address in Settings."
            )
        self.help.setText(text)
