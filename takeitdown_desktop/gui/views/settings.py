"""Settings: where fingerprints are sent, and the language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from takeitdown_desktop.gui.i18n import tr
from takeitdown_desktop.gui.views.partials.widgets import Page, button, heading, paragraph, primary



class SettingsPage(Page):
    """Signals: ``back()``, ``test(program, url)``, ``saved()``."""

    back = Signal()
    test = Signal(str, str)
    saved = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.body.addWidget(heading(tr("Settings")))
        self.body.addWidget(
            paragraph(
                tr(
                    "Where fingerprints are sent. Leave a field empty to use the service this "
                    "copy of the app came with."
                )
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QLineEdit] = {}
        self.test_buttons: dict[str, QPushButton] = {}
        for program, label in (("under18", tr("Pictures taken under 18")), ("adult", tr("Pictures of adults"))):
            field = QLineEdit()
            field.setPlaceholderText("https://")
            field.setAccessibleName(tr("Service address: {kind}").format(kind=label))
            test = button(tr("Test connection"))
            test.setAccessibleName(tr("Test connection: {kind}").format(kind=label))
            test.clicked.connect(lambda _=False, p=program: self.test.emit(p, self.fields[p].text().strip()))
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(test)
            holder = QWidget()
            holder.setLayout(row)
            row.setContentsMargins(0, 0, 0, 0)
            form.addRow(label, holder)
            self.fields[program] = field
            self.test_buttons[program] = test
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language"))
        self.language.addItem(tr("Same as this computer"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        form.addRow(tr("Language"), self.language)
        self.body.addLayout(form)
        self.message = paragraph()
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.back_button = button(tr("Back"))
        self.save_button = primary(tr("Save"))
        self.main_button = self.save_button
        self.actions.add_left(self.back_button)
        self.actions.add_right(self.save_button)
        self.back_button.clicked.connect(self.back)
        self.save_button.clicked.connect(self.saved)

    def first_focus(self) -> QWidget | None:
        return self.fields["under18"]

    def load(self, endpoints: dict[str, str | None], language: str) -> None:
        for program, field in self.fields.items():
            field.setText(endpoints.get(program) or "")
        index = self.language.findData(language)
        self.language.setCurrentIndex(max(index, 0))
        self.show_message("")

    def values(self) -> tuple[dict[str, str | None], str]:
        return (
            {p: (f.text().strip() or None) for p, f in self.fields.items()},
            str(self.language.currentData()),
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)
