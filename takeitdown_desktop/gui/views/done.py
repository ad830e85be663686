"""Step 6: the case number and PIN, and what happens next."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QMenu, QWidget

from takeitdown_desktop.gui.i18n import tr
from takeitdown_desktop.gui.views.partials.widgets import Page, PrivateLineEdit, button, heading, paragraph, primary


class SecretField(PrivateLineEdit):
    """A read-only case number or PIN whose copies go through the app's clipboard guard.

    QLineEdit's own Ctrl+C and right-click Copy put the text on the clipboard unmarked
    for clipboard managers and never took it back (the primary selection: see
    PrivateLineEdit). Signals: ``copy_requested(text)``."""

    copy_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setDragEnabled(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(QKeySequence.StandardKey.Cut):
            self.copy_requested.emit(self.selectedText() or self.text())
            event.accept()
            return
        super().keyPressEvent(event)

    def menu(self) -> QMenu:
        """The right-click menu: Copy (through the guard) and Select all, nothing else."""
        menu = QMenu(self)
        menu.addAction(tr("Copy", "to the clipboard"), lambda: self.copy_requested.emit(self.selectedText() or self.text()))
        menu.addAction(tr("Select all"), self.selectAll)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        menu = self.menu()
        menu.exec(event.globalPos())
        menu.deleteLater()


class DonePage(Page):
    """Signals: ``add_more()``, ``start_over()``, ``save_receipt()``, ``copy()``, ``check_copy()``."""

    add_more = Signal()
    check_copy = Signal()
    start_over = Signal()
    save_receipt = Signal()
    copy = Signal()
    # Text the person copied from the case number or PIN field themselves.
    copy_text = Signal(str)
    speaks_of_case = True

    def __init__(self) -> None:
        super().__init__()
        self.title = heading()
        self.body.addWidget(self.title)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        big = QFont()
        big.setPointSizeF(big.pointSizeF() * 2.0)
        big.setWeight(QFont.Weight.Bold)
        self.case_label = SecretField()
        self.pin_label = SecretField()
        for field in (self.case_label, self.pin_label):
            field.copy_requested.connect(self.copy_text)
            field.setFont(big)
            field.setFrame(False)
            # Case numbers and PINs read left to right in every language.
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            field.setMinimumHeight(field.sizeHint().height())
        self.case_caption = QLabel()
        self.pin_caption = QLabel()
        form.addRow(self.case_caption, self.case_label)
        form.addRow(self.pin_caption, self.pin_label)
        self.body.addLayout(form)
        row = QHBoxLayout()
        self.copy_button = button()
        self.receipt_button = primary()
        self.copied = QLabel()
        self.copied.setWordWrap(True)
        row.addWidget(self.receipt_button)
        row.addWidget(self.copy_button)
        row.addWidget(self.copied, 1)
        self.body.addLayout(row)
        self.keep = paragraph()
        self.next_steps = paragraph()
        self.body.addWidget(self.keep)
        self.body.addWidget(self.next_steps)
        self.body.addStretch(1)
        self.start_over_button = button()
        self.add_button = button()
        self.check_copy_button = button()
        # No main button: Enter on arrival saved the receipt, and a second Enter put the
        # PIN in a file (once beside the photos). Saving is a choice, never the default.
        self.main_button = None
        self.actions.add_left(self.start_over_button)
        self.actions.add_right(self.check_copy_button)
        self.actions.add_right(self.add_button)
        self.copy_button.clicked.connect(self.copy)
        self.receipt_button.clicked.connect(self.save_receipt)
        self.add_button.clicked.connect(self.add_more)
        self.check_copy_button.clicked.connect(self.check_copy)
        self.start_over_button.clicked.connect(self.start_over)
        self._copied_timer = QTimer(self, singleShot=True, interval=120_000, timeout=self.show_copy_cleared)
        self._practice = False
        self._copied_shown = False
        self.retranslate()

    def retranslate(self) -> None:
        self.case_label.setAccessibleName(tr("Case number"))
        self.pin_label.setAccessibleName(tr("PIN"))
        self.case_caption.setText(tr("Case number"))
        self.pin_caption.setText(tr("PIN"))
        self.copy_button.setText(tr("Copy", "to the clipboard"))
        self.copy_button.setToolTip(tr("The copy is removed from the clipboard after two minutes."))
        self.receipt_button.setText(tr("Save receipt…"))
        self.start_over_button.setText(tr("Start over"))
        self.add_button.setText(tr("Add more files to this case"))
        self.check_copy_button.setText(tr("Check a copy"))
        self.copied.setText(tr("Copied. It will be removed from the clipboard in two minutes.") if self._copied_shown else "")
        self._show_words()

    def first_focus(self) -> QWidget | None:
        return self.case_label  # read first, and Enter there does nothing

    def load(self, case_number: str, pin: str, practice: bool) -> None:
        self.case_label.setText(case_number)
        self.pin_label.setText(pin)
        self._copied_shown = False
        self.copied.setText("")
        self._practice = practice
        self._show_words()

    def _show_words(self) -> None:
        if self._practice:
            self.title.setText(tr("Done: your practice case is open"))
            self.keep.setText(
                tr(
                    "This is only practice: the case exists on this computer until the app closes. "
                    "Nothing was sent to any website and nothing will be blocked."
                )
            )
            self.next_steps.setText(
                tr(
                    "With a real service, this is where you would write down the case number and PIN. "
                    "You can try checking or withdrawing this practice case before you close the app."
                )
            )
        else:
            self.title.setText(tr("Done: your case is open"))
            self.keep.setText(
                tr(
                    "Write down or save the case number and PIN now. The PIN is shown only once "
                    "and cannot be recovered: it is not stored anywhere, so nobody else can use "
                    "your case. You need both to check the case or to withdraw it."
                )
            )
            self.next_steps.setText(
                tr(
                    "What happens next: websites that take part receive the fingerprints and "
                    "block uploads that match them. Edited, cropped or filtered copies may look "
                    "different enough to need their own submission: you can add them to this case."
                )
            )

    def clear(self) -> None:
        self.case_label.clear()
        self.pin_label.clear()
        self.show_copy_cleared()
        self._copied_timer.stop()

    def show_copied(self) -> None:
        self._copied_shown = True
        self.copied.setText(tr("Copied. It will be removed from the clipboard in two minutes."))
        self._copied_timer.start()

    def show_copy_cleared(self) -> None:
        self._copied_shown = False
        self.copied.setText("")
