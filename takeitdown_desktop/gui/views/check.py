"""Check on a case, or withdraw it, with its number and PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from takeitdown_desktop.gui.i18n import tr
from takeitdown_desktop.gui.views.partials.dialogs import confirm
from takeitdown_desktop.gui.views.partials.widgets import Page, PrivateLineEdit, Words, button, heading, paragraph, primary, worded


class CheckPage(Page):
    """Signals: ``back()``, ``check(case, pin)``, ``withdraw(case, pin)``, ``program_changed()``."""

    back = Signal()
    check = Signal(str, str)
    withdraw = Signal(str, str)
    program_changed = Signal()
    speaks_of_case = True

    def __init__(self) -> None:
        super().__init__()
        self.title = heading()
        self.body.addWidget(self.title)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.case_field = PrivateLineEdit()
        self.pin_field = QLineEdit()
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.case_field, self.pin_field):
            # Case numbers and PINs read left to right in every language.
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.program = QComboBox()
        self.program.addItem("", "under18")
        self.program.addItem("", "adult")
        self.case_caption, self.pin_caption, self.program_caption = QLabel(), QLabel(), QLabel()
        form.addRow(self.case_caption, self.case_field)
        form.addRow(self.pin_caption, self.pin_field)
        form.addRow(self.program_caption, self.program)
        self.body.addLayout(form)
        self.result = paragraph()
        self.body.addWidget(self.result)
        self.body.addStretch(1)
        self.back_button = button()
        self.withdraw_button = button()
        self.check_button = primary()
        self.main_button = self.check_button
        self.actions.add_left(self.back_button)
        self.actions.add_right(self.withdraw_button)
        self.actions.add_right(self.check_button)
        self.back_button.clicked.connect(self.back)
        self.check_button.clicked.connect(lambda: self.check.emit(*self._fields()))
        self.withdraw_button.clicked.connect(self._confirm_withdraw)
        self.program.currentIndexChanged.connect(lambda _i: self.program_changed.emit())
        for f in (self.case_field, self.pin_field):
            f.textChanged.connect(self._update)
        self._result: Words = ""
        self._update()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("Check an existing case"))
        self.case_field.setAccessibleName(tr("Case number"))
        self.pin_field.setAccessibleName(tr("PIN"))
        self.program.setAccessibleName(tr("Service"))
        self.program.setItemText(0, tr("Taken when the person in them was under 18"))
        self.program.setItemText(1, tr("Taken when the person in them was 18 or older"))
        self.case_caption.setText(tr("Case number"))
        self.pin_caption.setText(tr("PIN"))
        self.program_caption.setText(tr("Service"))
        self.back_button.setText(tr("Back"))
        self.withdraw_button.setText(tr("Withdraw this case…"))
        self.check_button.setText(tr("Check", "button: ask the service how the case stands"))
        self.result.setText(worded(self._result))

    def first_focus(self) -> QWidget | None:
        return self.case_field

    def _fields(self) -> tuple[str, str]:
        return self.case_field.text().strip(), self.pin_field.text().strip()

    def selected_program(self) -> str:
        return str(self.program.currentData())

    def _update(self) -> None:
        case, pin = self._fields()
        self.check_button.setEnabled(bool(case and pin))
        self.withdraw_button.setEnabled(bool(case and pin))

    def _confirm_withdraw(self) -> None:
        if confirm(
            self,
            tr("Withdraw this case?"),
            tr(
                "This is a practice case: nothing was shared with any website. Withdrawing it shows how "
                "withdrawing works, and cannot be undone."
            )
            if self.practice
            else tr(
                "If you withdraw the case, its fingerprints stop being shared with websites and "
                "they will no longer block these pictures. This cannot be undone."
            ),
            go=tr("Withdraw"),
            stay=tr("Keep the case"),
        ):
            self.withdraw.emit(*self._fields())

    def show_result(self, text: Words) -> None:
        self._result = text
        self.result.setText(worded(text))

    def reset(self) -> None:
        """Forget the case number, the PIN and the answer: nothing stays on screen."""
        self.case_field.clear()
        self.pin_field.clear()
        self.show_result("")
        self.program.setCurrentIndex(0)
