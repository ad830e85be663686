"""Settings: where fingerprints are sent, and the language."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from takeitdown_desktop.gui.i18n import LANGUAGES, drawable, tr
from takeitdown_desktop.gui.views.partials.widgets import Page, Words, button, heading, paragraph, primary, worded


class SettingsPage(Page):
    """Signals: ``back()``, ``test(program, url)``, ``saved()``."""

    back = Signal()
    test = Signal(str, str)
    saved = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.title = heading()
        self.body.addWidget(self.title)
        self.intro = paragraph()
        self.body.addWidget(self.intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QLineEdit] = {}
        self.test_buttons: dict[str, QPushButton] = {}
        self.captions: dict[str, QLabel] = {}
        for program in ("under18", "adult"):
            field = QLineEdit()
            field.setPlaceholderText("https://")
            # Addresses read left to right in every language.
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            test = button()
            test.clicked.connect(lambda _=False, p=program: self.test.emit(p, self.fields[p].text().strip()))
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(test)
            holder = QWidget()
            holder.setLayout(row)
            row.setContentsMargins(0, 0, 0, 0)
            # Not wrapped: QFormLayout gives a long caption a row of its own instead.
            self.captions[program] = QLabel()
            form.addRow(self.captions[program], holder)
            self.fields[program] = field
            self.test_buttons[program] = test
        self.language = QComboBox()
        self.language.addItem("", "")
        for code, name in LANGUAGES.items():
            if drawable(code):  # only languages this computer can show (no boxes for words)
                self.language.addItem(name, code)
        self.language_caption = QLabel()
        form.addRow(self.language_caption, self.language)
        self.body.addLayout(form)
        self.message = paragraph()
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.back_button = button()
        self.save_button = primary()
        self.main_button = self.save_button
        self.actions.add_left(self.back_button)
        self.actions.add_right(self.save_button)
        self.back_button.clicked.connect(self.back)
        self.save_button.clicked.connect(self.saved)
        self._message: Words = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("Settings"))
        self.intro.setText(
            tr(
                "Where fingerprints are sent. Leave a field empty to use the service this "
                "version of the app came with."
            )
        )
        for program, label in (
            ("under18", tr("Taken when the person in them was under 18")),
            ("adult", tr("Taken when the person in them was 18 or older")),
        ):
            self.captions[program].setText(label)
            self.fields[program].setAccessibleName(tr("Service address: {kind}").format(kind=label))
            self.test_buttons[program].setText(tr("Test connection"))
            self.test_buttons[program].setAccessibleName(tr("Test connection: {kind}").format(kind=label))
        self.language.setAccessibleName(tr("Language"))
        # Each language keeps its own name; only this first choice is in the current one.
        self.language.setItemText(0, tr("Same as this computer"))
        self.language_caption.setText(tr("Language"))
        self.back_button.setText(tr("Back"))
        self.save_button.setText(tr("Save"))
        self.message.setText(worded(self._message))

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

    def show_message(self, text: Words) -> None:
        self._message = text
        self.message.setText(worded(text))
