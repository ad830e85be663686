"""The steps of the flow other than adding files: welcome, who, review, sending, done,
check a case, and settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from takeitdown_desktop.gui.i18n import tr
from takeitdown_desktop.gui.widgets import Page, heading, paragraph, primary


def _nav(back_text: str | None, next_text: str | None) -> tuple[QHBoxLayout, QPushButton | None, QPushButton | None]:
    row = QHBoxLayout()
    back = QPushButton(back_text) if back_text else None
    nxt = primary(next_text) if next_text else None
    if back:
        row.addWidget(back)
    row.addStretch(1)
    if nxt:
        row.addWidget(nxt)
    return row, back, nxt


class WelcomePage(Page):
    """Signals: ``start()``, ``check_case()``, ``settings()``."""

    start = Signal()
    check_case = Signal()
    settings = Signal()

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
        self.banner = QFrame()
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.addWidget(self.destination)
        self.body.addWidget(self.banner)
        self.body.addStretch(1)
        row = QHBoxLayout()
        self.settings_button = QPushButton(tr("Settings"))
        self.check_button = QPushButton(tr("Check an existing case"))
        self.start_button = primary(tr("Start"))
        row.addWidget(self.settings_button)
        row.addWidget(self.check_button)
        row.addStretch(1)
        row.addWidget(self.start_button)
        self.body.addLayout(row)
        self.start_button.clicked.connect(self.start)
        self.check_button.clicked.connect(self.check_case)
        self.settings_button.clicked.connect(self.settings)

    def set_destination(self, text: str, practice: bool = False) -> None:
        self.destination.setText(text)
        # Practice mode is unmistakable: a framed, tinted note rather than plain text.
        self.banner.setFrameShape(QFrame.Shape.StyledPanel if practice else QFrame.Shape.NoFrame)
        self.banner.setStyleSheet(
            "QFrame { background: #fff4c2; border: 1px solid #d9b84a; border-radius: 6px; } QLabel { color: #3d3200; border: none; }"
            if practice
            else ""
        )


class WhoPage(Page):
    """Signals: ``back()``, ``chosen(program)`` with "under18" or "adult"."""

    back = Signal()
    chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.body.addWidget(heading(tr("When were they taken?")))
        self.body.addWidget(
            paragraph(
                tr(
                    "There are two services: one for pictures taken before the person in them "
                    "was 18, and one for adults. Your answer decides where the fingerprints go."
                )
            )
        )
        self.under18 = QRadioButton(tr("I was under 18 in some or all of them"))
        self.adult = QRadioButton(tr("I was 18 or older in all of them"))
        group = QButtonGroup(self)
        group.addButton(self.under18)
        group.addButton(self.adult)
        self.body.addWidget(self.under18)
        self.body.addWidget(self.adult)
        self.body.addWidget(paragraph(tr("If you are not sure, choose “under 18”.")))
        self.help = paragraph(rich=True)
        self.body.addWidget(self.help)
        self.body.addStretch(1)
        row, back, nxt = _nav(tr("Back"), tr("Continue"))
        assert back is not None and nxt is not None
        self.next_button = nxt
        back.clicked.connect(self.back)
        nxt.clicked.connect(self._continue)
        self.body.addLayout(row)
        self.under18.toggled.connect(self._update)
        self.adult.toggled.connect(self._update)
        self._update()

    def program(self) -> str | None:
        if self.under18.isChecked():
            return "under18"
        if self.adult.isChecked():
            return "adult"
        return None

    def _update(self) -> None:
        self.next_button.setEnabled(self.program() is not None)

    def _continue(self) -> None:
        program = self.program()
        if program:
            self.chosen.emit(program)

    def show_no_service(self, program: str) -> None:
        """No service is set up for this answer: say where such help is found instead."""
        if program == "under18":
            text = tr(
                "This copy of the app has no service set up for pictures taken under 18. "
                "NCMEC's free Take It Down service does the same in a web browser: "
                "takeitdown.ncmec.org. If you are in danger, please talk to someone you trust "
                "or call your local emergency number."
            )
        else:
            text = tr(
                "This copy of the app has no service set up for adults. StopNCII.org does the "
                "same for free in a web browser. You can also set a service address in Settings."
            )
        self.help.setText(text)


class ReviewPage(Page):
    """Signals: ``back()``, ``send()``, ``save()``."""

    back = Signal()
    send = Signal()
    save = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.body.addWidget(heading(tr("Check what will be sent")))
        self.summary = paragraph()
        self.body.addWidget(self.summary)
        self.destination = paragraph()
        self.body.addWidget(self.destination)
        self.low_quality = paragraph()
        self.body.addWidget(self.low_quality)
        self.details_toggle = QPushButton(tr("Show the exact data (technical)"))
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
        self.consent = QCheckBox(
            tr("I am the person in these photos and videos, or I am helping them and they agree.")
        )
        self.body.addWidget(self.consent)
        self.body.addStretch(0)
        row = QHBoxLayout()
        self.back_button = QPushButton(tr("Back"))
        self.save_button = QPushButton(tr("Save the fingerprints to a file instead…"))
        self.send_button = primary(tr("Send the fingerprints"))
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.send_button)
        self.body.addLayout(row)
        self.back_button.clicked.connect(self.back)
        self.save_button.clicked.connect(self.save)
        self.send_button.clicked.connect(self.send)
        self.consent.toggled.connect(self._update)
        self._can_send = True
        self._update()

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_toggle.setText(
            tr("Hide the exact data") if shown else tr("Show the exact data (technical)")
        )

    def show_payload(self, payload: bytes, photos: int, videos: int, low_quality: int, destination: str, can_send: bool) -> None:
        self.summary.setText(
            tr(
                "{photos} photo(s) and {videos} video(s). Only their fingerprints are sent: "
                "no pictures, no file names, nothing about you or this computer."
            ).format(photos=photos, videos=videos)
        )
        self.destination.setText(destination)
        self.low_quality.setText(
            tr(
                "{count} photo(s) have very little detail. Their fingerprints are less reliable, "
                "so websites may not recognise every copy."
            ).format(count=low_quality)
            if low_quality
            else ""
        )
        self.details.setPlainText(payload.decode("ascii"))
        self.consent.setChecked(False)
        self._can_send = can_send
        self._update()

    def _update(self) -> None:
        self.send_button.setEnabled(self._can_send and self.consent.isChecked())


class SendingPage(Page):
    """Signals: ``retry()``, ``save()``, ``back()``."""

    retry = Signal()
    save = Signal()
    back = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.title = heading(tr("Sending the fingerprints…"))
        self.body.addWidget(self.title)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.body.addWidget(self.progress)
        self.message = paragraph()
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        row = QHBoxLayout()
        self.back_button = QPushButton(tr("Back"))
        self.save_button = QPushButton(tr("Save to a file…"))
        self.retry_button = primary(tr("Try again"))
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.retry_button)
        self.body.addLayout(row)
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

    def show_failure(self, text: str) -> None:
        self.title.setText(tr("The fingerprints have not been sent yet"))
        self.progress.setVisible(False)
        self.message.setText(
            text + "\n\n" + tr("Nothing is lost: you can try again, or save the fingerprints to send later.")
        )
        for b in (self.back_button, self.save_button, self.retry_button):
            b.setVisible(True)


class DonePage(Page):
    """Signals: ``add_more()``, ``start_over()``, ``save_receipt()``."""

    add_more = Signal()
    start_over = Signal()
    save_receipt = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.body.addWidget(heading(tr("Done: your case is open")))
        form = QFormLayout()
        big = QFont()
        big.setPointSizeF(big.pointSizeF() * 2.0)
        big.setWeight(QFont.Weight.Bold)
        self.case_label = QLineEdit()
        self.pin_label = QLineEdit()
        for field in (self.case_label, self.pin_label):
            field.setReadOnly(True)
            field.setFont(big)
            field.setFrame(False)
            field.setMinimumHeight(field.sizeHint().height())
        form.addRow(tr("Case number"), self.case_label)
        form.addRow(tr("PIN"), self.pin_label)
        self.body.addLayout(form)
        row = QHBoxLayout()
        self.copy_button = QPushButton(tr("Copy"))
        self.receipt_button = QPushButton(tr("Save receipt…"))
        row.addWidget(self.copy_button)
        row.addWidget(self.receipt_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(
            paragraph(
                tr(
                    "Write down or save the case number and PIN now. The PIN is shown only once "
                    "and cannot be recovered: it is not stored anywhere, so nobody else can use "
                    "your case. You need both to check the case or to withdraw it."
                )
            )
        )
        self.body.addWidget(
            paragraph(
                tr(
                    "What happens next: websites that take part receive the fingerprints and "
                    "block uploads that match them. Edited, cropped or filtered copies may look "
                    "different enough to need their own submission: you can add them to this case."
                )
            )
        )
        self.body.addStretch(1)
        nav = QHBoxLayout()
        self.start_over_button = QPushButton(tr("Start over"))
        self.add_button = primary(tr("Add more files to this case"))
        nav.addWidget(self.start_over_button)
        nav.addStretch(1)
        nav.addWidget(self.add_button)
        self.body.addLayout(nav)
        self.copy_button.clicked.connect(self._copy)
        self.receipt_button.clicked.connect(self.save_receipt)
        self.add_button.clicked.connect(self.add_more)
        self.start_over_button.clicked.connect(self.start_over)

    def show_case(self, case_number: str, pin: str) -> None:
        self.case_label.setText(case_number)
        self.pin_label.setText(pin)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(
            tr("Case number: {case}\nPIN: {pin}").format(case=self.case_label.text(), pin=self.pin_label.text())
        )


class CheckPage(Page):
    """Signals: ``back()``, ``check(case, pin)``, ``withdraw(case, pin)``."""

    back = Signal()
    check = Signal(str, str)
    withdraw = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.body.addWidget(heading(tr("Check an existing case")))
        form = QFormLayout()
        self.case_field = QLineEdit()
        self.case_field.setPlaceholderText(tr("Case number"))
        self.pin_field = QLineEdit()
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setPlaceholderText(tr("PIN"))
        self.program = QComboBox()
        self.program.addItem(tr("Pictures taken under 18"), "under18")
        self.program.addItem(tr("Pictures of adults"), "adult")
        form.addRow(tr("Case number"), self.case_field)
        form.addRow(tr("PIN"), self.pin_field)
        form.addRow(tr("Service"), self.program)
        self.body.addLayout(form)
        self.result = paragraph()
        self.body.addWidget(self.result)
        self.body.addStretch(1)
        row = QHBoxLayout()
        self.back_button = QPushButton(tr("Back"))
        self.withdraw_button = QPushButton(tr("Withdraw this case…"))
        self.check_button = primary(tr("Check"))
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.withdraw_button)
        row.addWidget(self.check_button)
        self.body.addLayout(row)
        self.back_button.clicked.connect(self.back)
        self.check_button.clicked.connect(lambda: self.check.emit(*self._fields()))
        self.withdraw_button.clicked.connect(self._confirm_withdraw)
        for f in (self.case_field, self.pin_field):
            f.textChanged.connect(self._update)
        self._update()

    def _fields(self) -> tuple[str, str]:
        return self.case_field.text().strip(), self.pin_field.text().strip()

    def selected_program(self) -> str:
        return str(self.program.currentData())

    def _update(self) -> None:
        case, pin = self._fields()
        self.check_button.setEnabled(bool(case and pin))
        self.withdraw_button.setEnabled(bool(case and pin))

    def _confirm_withdraw(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Withdraw this case?"))
        box.setText(
            tr(
                "If you withdraw the case, its fingerprints stop being shared with websites and "
                "they will no longer block these pictures. This cannot be undone."
            )
        )
        withdraw = box.addButton(tr("Withdraw"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("Keep the case"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is withdraw:
            self.withdraw.emit(*self._fields())

    def show_result(self, text: str) -> None:
        self.result.setText(text)

    def entered(self) -> None:
        self.result.setText("")


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
        self.fields: dict[str, QLineEdit] = {}
        self.test_buttons: dict[str, QPushButton] = {}
        for program, label in (("under18", tr("Pictures taken under 18")), ("adult", tr("Pictures of adults"))):
            field = QLineEdit()
            field.setPlaceholderText("https://")
            test = QPushButton(tr("Test connection"))
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
        self.language.addItem(tr("Same as this computer"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        form.addRow(tr("Language"), self.language)
        self.body.addLayout(form)
        self.message = paragraph()
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        row2, back, save = _nav(tr("Back"), tr("Save"))
        assert back is not None and save is not None
        self.save_button = save
        back.clicked.connect(self.back)
        save.clicked.connect(self.saved)
        self.body.addLayout(row2)

    def show_message(self, text: str) -> None:
        self.message.setText(text)


def save_bytes_dialog(parent: QWidget, title: str, suggested: str, data: bytes) -> bool:
    """Ask where to save ``data`` and write it; True when written."""
    from takeitdown_desktop.gui.views.files import _dialog_history, _forget_dialog_history

    history = _dialog_history()
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested)
    _forget_dialog_history(history)
    if not path:
        return False
    try:
        with open(path, "wb") as f:
            f.write(data)
    except OSError:
        QMessageBox.warning(parent, title, tr("The file could not be saved there. Please choose another place."))
        return False
    return True
