"""The app's one window: a stack of pages that a frightened person can walk through."""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QThreadPool, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from takeitdown_desktop.core.batch import BatchHasher
from takeitdown_desktop.core.case import CaseDraft, Receipt
from takeitdown_desktop.gui.accessibility import Announcer, FocusRing
from takeitdown_desktop.gui.filelist import FileList
from takeitdown_desktop.gui.i18n import Translations, ltr, tr
from takeitdown_desktop.gui.privacy import ClipboardGuard, forget_folders
from takeitdown_desktop.gui.quick_exit import EscapeTwice
from takeitdown_desktop.gui.service import Services
from takeitdown_desktop.gui.settings import AppSettings
from takeitdown_desktop.gui.tasks import TaskRunner
from takeitdown_desktop.gui.views.check import CheckPage
from takeitdown_desktop.gui.views.copy_check import CopyCheckPage
from takeitdown_desktop.gui.views.done import DonePage
from takeitdown_desktop.gui.views.files import FilesPage
from takeitdown_desktop.gui.views.partials.dialogs import confirm, save_bytes
from takeitdown_desktop.gui.views.partials.widgets import Page, Words, button, worded
from takeitdown_desktop.gui.views.review import ReviewPage
from takeitdown_desktop.gui.views.sending import SendingPage
from takeitdown_desktop.gui.views.settings import SettingsPage
from takeitdown_desktop.gui.views.welcome import WelcomePage
from takeitdown_desktop.gui.views.who import WhoPage


@dataclass
class AppContext:
    """Everything the window needs from outside, injected so tests can supply their own."""

    settings: AppSettings
    services: Services
    pool: QThreadPool = field(default_factory=QThreadPool)
    fingerprint_pool: QThreadPool = field(default_factory=QThreadPool)
    hasher: BatchHasher = field(default_factory=BatchHasher)
    # The catalogues in use; switched when the person picks another language. None
    # leaves the language as it is (a window embedded in something else).
    translations: Translations | None = None


class MainWindow(QMainWindow):
    """The pages, and what connects them to the case being made.

    Signals: ``quit_requested()`` after a quick exit has hidden everything and stopped
    the work; the application ends the process on it.
    """

    quit_requested = Signal()

    def __init__(self, ctx: AppContext, icon: QIcon | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        if icon is not None:
            self.setWindowIcon(icon)
        self._fit_to_screen()
        self.draft = CaseDraft()
        self._receipt_kept = False
        self._shut_down = False
        self.quick_exiting = False
        ctx.fingerprint_pool.setMaxThreadCount(2)
        self.runner = TaskRunner(ctx.pool, self)
        self.files = FileList(self.runner, ctx.hasher, ctx.fingerprint_pool, parent=self)
        self.clipboard = ClipboardGuard(self)
        self.announcer = Announcer(self)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        top = QHBoxLayout()
        top.setContentsMargins(24, 8, 24, 0)
        top.addStretch(1)
        self.quick_exit_button = button()
        self.quick_exit_button.clicked.connect(self.quick_exit)
        top.addWidget(self.quick_exit_button)
        layout.addLayout(top)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.welcome = WelcomePage(icon)
        self.who = WhoPage()
        self.files_page = FilesPage(self.files)
        self.review = ReviewPage()
        self.sending = SendingPage()
        self.done = DonePage()
        self.check = CheckPage()
        self.copy_check = CopyCheckPage()
        self._copy_check_from: Page = self.welcome
        self.settings_page = SettingsPage()
        for page in self.pages():
            self.stack.addWidget(page)

        self.welcome.start.connect(lambda: self.show_page(self.who))
        self.welcome.check_case.connect(lambda: self.show_page(self.check))
        self.welcome.check_copy.connect(lambda: self._open_copy_check(self.welcome))
        self.done.check_copy.connect(lambda: self._open_copy_check(self.done))
        self.copy_check.back.connect(self._leave_copy_check)
        self.copy_check.check.connect(self._check_copy)
        self.copy_check.add_copy.connect(self._add_copy)
        self.welcome.settings.connect(self._open_settings)
        self.who.back.connect(lambda: self.show_page(self.welcome))
        self.who.chosen.connect(self._program_chosen)
        self.files_page.back.connect(self._files_back)
        self.files_page.next.connect(self._to_review)
        self.files_page.announce.connect(self.announcer.say)
        self.review.back.connect(lambda: self.show_page(self.files_page))
        self.review.send.connect(self._send)
        self.review.save.connect(self._save_payload)
        self.sending.retry.connect(self._send)
        self.sending.save.connect(self._save_payload)
        self.sending.back.connect(lambda: self.show_page(self.review))
        self.done.add_more.connect(self._add_more)
        self.done.start_over.connect(self.start_over)
        self.done.save_receipt.connect(self._save_receipt)
        self.done.copy.connect(self._copy_receipt)
        self.done.copy_text.connect(self._copy_text)
        self.clipboard.cleared.connect(self.done.show_copy_cleared)
        self.check.back.connect(self._leave_check)
        self.check.check.connect(self._check_case)
        self.check.withdraw.connect(self._withdraw_case)
        self.check.program_changed.connect(lambda: self._mark_practice(self.check))
        self.settings_page.back.connect(lambda: self.show_page(self.welcome))
        self.settings_page.saved.connect(self._save_settings)
        self.settings_page.test.connect(self._test_connection)

        # Files dropped anywhere in the window are added (on the files page), always as
        # a copy: a drop answered with "move" tells a file manager to delete the originals.
        self.setAcceptDrops(True)
        self.escape = EscapeTwice(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.escape)
        self.escape.triggered.connect(self.quick_exit)
        self.focus_ring = FocusRing(self)
        self.retranslate()
        self.show_page(self.welcome)

    def retranslate(self) -> None:
        """The window's own words; each page re-words itself on the same LanguageChange."""
        self.setWindowTitle(tr("Take It Down"))
        self.quick_exit_button.setText(tr("Quick exit"))
        self.quick_exit_button.setToolTip(tr("Close the app at once. Pressing Esc twice does the same."))
        self.quick_exit_button.setAccessibleName(tr("Quick exit: close the app at once"))
        self._refresh_welcome()
        for page in self.pages():
            self._mark_practice(page)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def pages(self) -> list[Page]:
        return [
            self.welcome,
            self.who,
            self.files_page,
            self.review,
            self.sending,
            self.done,
            self.check,
            self.copy_check,
            self.settings_page,
        ]

    def _fit_to_screen(self) -> None:
        """Open at a comfortable size that fits the screen, small laptops included."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 880, 680
        if screen is not None:
            # Leave room for the window's title bar and frame, which are not known yet.
            width, height = min(width, screen.width() - 16), min(height, screen.height() - 48)
        self.resize(width, height)
        self.setMinimumSize(min(560, width), min(400, height))

    # -- navigation ------------------------------------------------------------------------
    def show_page(self, page: Page) -> None:
        self._mark_practice(page)
        old, focus = self.stack.currentWidget(), QApplication.focusWidget()
        if old is not page and focus is not None and old is not None and old.isAncestorOf(focus):
            # Hiding the page that holds the focus makes Qt pass it to the next control it
            # finds, Quick exit, which a screen reader then announced at every page change.
            # The stack (nameless, silent) holds it until the new page takes it.
            self.stack.setFocus(Qt.FocusReason.OtherFocusReason)
        self.stack.setCurrentWidget(page)
        page.entered()

    def current_page(self) -> Any:
        return self.stack.currentWidget()

    def _practice(self, page: Page) -> bool:
        services = self.ctx.services
        if page is self.check:
            dest = services.destination(self.check.selected_program())
            return dest is not None and dest.practice
        if self.draft.endpoint is not None:
            return self.draft.practice
        return services.practice_everywhere()

    def _mark_practice(self, page: Page) -> None:
        page.set_practice(self.ctx.services.practice_banner() if self._practice(page) else None)

    def _refresh_welcome(self) -> None:
        self.welcome.set_destination(self.ctx.services.welcome_text)
        self._mark_practice(self.welcome)

    def _program_chosen(self, program: str) -> None:
        destination = self.ctx.services.destination(program)
        if destination is None:
            self.who.show_no_service(program)
            return
        self.draft.choose(program, destination)
        self.show_page(self.files_page)

    def _files_back(self) -> None:
        self.show_page(self.done if self.draft.receipt is not None else self.who)

    def _to_review(self) -> None:
        entries = self.files.finished()
        dest = self.draft.endpoint
        if not self.files.done_reports() or dest is None or self.draft.program is None:
            return
        reports = [e.report for e in entries if e.report is not None]
        payload = self.draft.prepare(reports, [e.name for e in entries])
        where: Words
        if self.draft.receipt is not None:
            case = self.draft.receipt.case_number
            where = lambda: tr("They will be added to case {case}.").format(case=ltr(case))  # noqa: E731
        else:
            services = self.ctx.services
            where = lambda: services.describe(dest)  # noqa: E731
        self.review.load(payload, self.draft.counts, where)
        self.show_page(self.review)

    # -- sending ---------------------------------------------------------------------------
    def _send(self) -> None:
        if self.draft.payload is None or self.draft.endpoint is None:
            return
        self.sending.show_sending()
        self.show_page(self.sending)
        services, draft = self.ctx.services, self.draft
        self.runner.call(lambda: services.deliver(draft), self._sent, self._send_failed)

    def _sent(self, receipt: Receipt) -> None:
        if self._shut_down:
            return
        first = self.draft.receipt is None
        self.draft.record(receipt)
        if first:
            self._receipt_kept = False
        self.done.load(receipt.case_number, receipt.pin, self.draft.practice)
        self.show_page(self.done)
        self.announcer.say(self.done.title.text())

    def _send_failed(self, exc: Exception) -> None:
        if self._shut_down:
            return
        services = self.ctx.services
        self.sending.show_failure(lambda: services.explain(exc))
        self.announcer.say(self.sending.title.text() + ". " + services.explain(exc), urgent=True)

    def _save_payload(self) -> None:
        if self.draft.payload is not None:
            save_bytes(self, tr("Save the fingerprints"), "fingerprints.json", self.draft.payload)

    def _receipt_text(self, receipt: Receipt) -> str:
        # Plain text, without direction marks: a case number copied from it must paste
        # into a web form as it is.
        if self.draft.practice:
            # Found later, a practice receipt must not read as a case that exists.
            return tr(
                "Take It Down practice receipt\n\nThis was practice: nothing was sent to anyone, and this "
                "practice case disappeared when the app closed.\n\nCase number: {case}\nPIN: {pin}\n"
            ).format(case=receipt.case_number, pin=receipt.pin)
        return tr(
            "Take It Down case receipt\n\nCase number: {case}\nPIN: {pin}\nService: {service}\n\n"
            "Keep this safe. You need the case number and the PIN to check or withdraw the case.\n"
        ).format(case=receipt.case_number, pin=receipt.pin, service=receipt.service)

    def _save_receipt(self) -> None:
        receipt = self.draft.receipt
        if receipt is None:
            return
        text = self._receipt_text(receipt)
        name = "practice-receipt.txt" if self.draft.practice else "case-receipt.txt"
        if save_bytes(self, tr("Save receipt"), name, text.encode("utf-8")):
            self._receipt_kept = True

    def _copy_receipt(self) -> None:
        receipt = self.draft.receipt
        if receipt is None:
            return
        words = (
            tr("Practice case, nothing was sent.\nCase number: {case}\nPIN: {pin}")
            if self.draft.practice
            else tr("Case number: {case}\nPIN: {pin}")
        )
        self._copy_text(words.format(case=receipt.case_number, pin=receipt.pin))

    def _copy_text(self, text: str) -> None:
        """Ctrl+C or Copy in the case number or PIN field: guarded like the Copy button."""
        self.clipboard.copy(text)
        self.done.show_copied()
        self.announcer.say(self.done.copied.text())

    def _add_more(self) -> None:
        self.files_page.reset()
        self.show_page(self.files_page)

    def _unsaved_receipt(self) -> bool:
        """A real case whose PIN the person has not saved (practice cases vanish anyway)."""
        return self.draft.receipt is not None and not self.draft.practice and not self._receipt_kept

    def start_over(self) -> None:
        if self._unsaved_receipt() and not confirm(
            self,
            tr("Start over?"),
            tr("Have you written down or saved the case number and PIN? They will not be shown again."),
            go=tr("Start over"),
            stay=tr("Go back"),
        ):
            return
        self.forget()
        self.show_page(self.welcome)

    def forget(self) -> None:
        """Drop everything about this person's case from the screen and from memory."""
        self.files_page.reset()
        self.draft = CaseDraft()
        self._receipt_kept = False
        self.done.clear()
        self.who.reset()
        self.check.reset()
        self.copy_check.reset()
        self.clipboard.clear()

    # -- checking a case -------------------------------------------------------------------
    def _leave_check(self) -> None:
        self.check.reset()
        self.show_page(self.welcome)

    def _check_case(self, case: str, pin: str) -> None:
        dest = self.ctx.services.destination(self.check.selected_program())
        if dest is None:
            self.check.show_result(lambda: tr("No service is set up for this kind of case."))
            return
        self.check.show_result(lambda: tr("Checking…"))
        services = self.ctx.services
        self.runner.call(lambda: services.status(dest, case, pin), self._check_answered, self._check_failed)

    def _withdraw_case(self, case: str, pin: str) -> None:
        dest = self.ctx.services.destination(self.check.selected_program())
        if dest is None:
            self.check.show_result(lambda: tr("No service is set up for this kind of case."))
            return
        self.check.show_result(lambda: tr("Withdrawing…"))
        services = self.ctx.services
        self.runner.call(lambda: services.withdraw(dest, case, pin), self._check_answered, self._check_failed)

    def _check_answered(self, words: Words) -> None:
        self.check.show_result(words)
        self.announcer.say(worded(words))

    def _check_failed(self, exc: Exception) -> None:
        services = self.ctx.services
        self.check.show_result(lambda: services.explain(exc))
        self.announcer.say(services.explain(exc), urgent=True)

    # -- checking a copy -------------------------------------------------------------------
    def _open_copy_check(self, came_from: Page) -> None:
        from takeitdown_desktop.core.match import original_from_report

        has_case = self.draft.receipt is not None
        # From the done page, the case's own files are the originals, already fingerprinted.
        reports = self.files.done_reports() if has_case else []
        originals = [o for o in map(original_from_report, reports) if o is not None]
        self._copy_check_from = came_from
        self.copy_check.load(originals, has_case=has_case)
        self.show_page(self.copy_check)

    def _leave_copy_check(self) -> None:
        self.copy_check.reset()
        self.show_page(self._copy_check_from)

    def _check_copy(self, copy: str, paths: list[str]) -> None:
        from takeitdown_desktop.core.match import check_copy, load_originals

        given = self.copy_check.given()
        self.copy_check.show_checking()
        self.announcer.say(self.copy_check.verdict.text())

        def work(_report: Any, cancelled: Any) -> Any:
            originals, _unreadable = load_originals(paths, cancelled.is_set)
            originals = [*given, *originals]
            if not originals:
                return None
            return check_copy(copy, originals, cancelled=cancelled.is_set)

        self.runner.run(work, done=self._copy_checked, failed=self._copy_check_failed)

    def _copy_checked(self, check: Any) -> None:
        if self._shut_down:
            return
        if check is None:
            self.copy_check.show_failure(
                lambda: tr("None of the originals could be read, so there is nothing to compare the copy with.")
            )
        else:
            self.copy_check.show_check(check)
        self.announcer.say(self.copy_check.verdict.text())

    def _copy_check_failed(self, _exc: Exception) -> None:
        if self._shut_down:
            return
        self.copy_check.show_failure(lambda: tr("This file could not be read, so it could not be checked."))
        self.announcer.say(self.copy_check.verdict.text(), urgent=True)

    def _add_copy(self, path: str) -> None:
        """Put the copy among the files of the case: the case already open, or a new one
        (the person answers "How old…" first, and finds the copy waiting on the files page)."""
        self.copy_check.reset()
        self.files_page.reset()
        self.files_page.add_paths([path])
        self.show_page(self.files_page if self.draft.receipt is not None else self.who)

    # -- settings --------------------------------------------------------------------------
    def _open_settings(self) -> None:
        settings = self.ctx.settings
        self.settings_page.load({p: settings.endpoint(p) for p in self.settings_page.fields}, settings.language)
        self.show_page(self.settings_page)

    def _save_settings(self) -> None:
        endpoints, language = self.settings_page.values()
        services = self.ctx.services
        for url in endpoints.values():
            if url and services.check_url(url):
                self.settings_page.show_message(lambda u=url: services.check_url(u) or "")
                return
        settings = self.ctx.settings
        changed = False
        for program, url in endpoints.items():
            changed |= settings.set_endpoint(program, url)
        changed_language = settings.set_language(language)
        if changed_language and self.ctx.translations is not None:
            # At once: every page re-words itself on the LanguageChange this sends, and
            # keeps what it shows (the files, the case, the page itself).
            self.ctx.translations.use(language)
        self._refresh_welcome()
        if changed or changed_language:
            self.settings_page.show_message(lambda: tr("Saved."))
        else:
            self.settings_page.show_message(lambda: tr("Nothing has changed, so nothing was saved."))

    def _test_connection(self, program: str, url: str) -> None:
        services = self.ctx.services
        if url and services.check_url(url):
            self.settings_page.show_message(lambda: services.check_url(url) or "")
            return
        dest = services.destination(program, url_override=url or None)
        if dest is None:
            self.settings_page.show_message(lambda: tr("No service address is set for this kind of case."))
            return
        self.settings_page.show_message(lambda: tr("Connecting…"))
        self.runner.call(
            lambda: services.info(dest),
            lambda info: self.settings_page.show_message(
                lambda: tr("Connected. {text}").format(text=services.describe_info(dest, info))
            ),
            lambda exc: self.settings_page.show_message(lambda: services.explain(exc)),
        )

    def open_files(self, paths: list[str]) -> None:
        """Files the app was started with ("Open with" in a file manager): in the list,
        fingerprinted on this computer like any others, waiting on the files page for
        the person to get there; nothing more happens until they do."""
        self.files_page.add_paths(paths)

    # -- drops -------------------------------------------------------------------------------
    def _drop_paths(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
        if self.current_page() is not self.files_page or not event.mimeData().hasUrls():
            return []
        return [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]

    def _take_as_copy(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> bool:
        # Only as a copy: a source that offers nothing but a move would delete its files
        # once the drop is accepted (the app only reads them; the person keeps theirs).
        if not self._drop_paths(event) or not event.possibleActions() & Qt.DropAction.CopyAction:
            event.ignore()
            return False
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        self._take_as_copy(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        self._take_as_copy(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = self._drop_paths(event)
        if self._take_as_copy(event):
            self.files_page.add_paths(paths)

    # -- leaving -----------------------------------------------------------------------------
    def quick_exit(self) -> None:
        """Hide everything now, take back the clipboard, stop the work, and ask to end."""
        if self.quick_exiting:
            return
        self.quick_exiting = True
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.hide()  # a dialog's own event loop ends when it is hidden
        self.clipboard.clear()
        self.shutdown(wait=False)
        self.quit_requested.emit()

    def shutdown(self, wait: bool = True) -> None:
        """Stop background work and the practice server, and forget everything.

        Runs when the window closes, when the app is asked to quit (e.g. logging out) and
        on a quick exit (which does not wait for anything), so nothing is left running.
        """
        if self._shut_down:
            return
        self._shut_down = True
        self.files.clear()
        self.runner.cancel_all()
        if not wait:
            # Worker processes stop between frames, which can take a moment on a large
            # video; a quick exit does not wait for that.
            for child in multiprocessing.active_children():
                child.terminate()
        else:
            self.runner.wait(10_000)
        self.ctx.services.close(wait=wait)
        self.clipboard.clear()
        forget_folders()
        self.draft = CaseDraft()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.quick_exiting and self._unsaved_receipt():
            self.show_page(self.done)
            if not confirm(
                self,
                tr("Close without saving?"),
                tr(
                    "The case number and PIN have not been saved. Without them you cannot check or "
                    "withdraw the case later, and they will not be shown again."
                ),
                go=tr("Close anyway"),
                stay=tr("Go back"),
            ):
                event.ignore()
                return
        self.shutdown()
        super().closeEvent(event)
