"""The app's one window: a stack of pages that a frightened person can walk through."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget

from takeitdown_desktop.core.batch import BatchHasher
from takeitdown_desktop.core.media import Kind
from takeitdown_desktop.core.hashes import PDQ_QUALITY_THRESHOLD as QUALITY_THRESHOLD
from takeitdown_desktop.gui.filelist import FileList
from takeitdown_desktop.gui.jobs import CallJob
from takeitdown_desktop.gui.i18n import tr
from takeitdown_desktop.gui.service import Destination, Receipt, Services
from takeitdown_desktop.gui.settings import AppSettings
from takeitdown_desktop.gui.views.files import FilesPage
from takeitdown_desktop.gui.views.pages import (
    CheckPage,
    DonePage,
    ReviewPage,
    SendingPage,
    SettingsPage,
    WelcomePage,
    WhoPage,
    save_bytes_dialog,
)


@dataclass
class AppContext:
    """Everything the window needs from outside, injected so tests can supply their own."""

    settings: AppSettings
    services: Services
    pool: QThreadPool = field(default_factory=QThreadPool)
    fingerprint_pool: QThreadPool = field(default_factory=QThreadPool)
    hasher: BatchHasher = field(default_factory=BatchHasher)


@dataclass
class Draft:
    """What the person has chosen so far; kept in memory only, dropped on "Start over"."""

    program: str | None = None
    destination: Destination | None = None
    receipt: Receipt | None = None
    payload: bytes | None = None
    idempotency_key: str | None = None


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, icon: QIcon | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(tr("Take It Down"))
        if icon is not None:
            self.setWindowIcon(icon)
        self.resize(880, 680)
        self.setMinimumSize(640, 480)
        self.draft = Draft()
        self._shut_down = False
        self._calls: list[CallJob] = []
        ctx.fingerprint_pool.setMaxThreadCount(2)

        self.files = FileList(ctx.pool, ctx.hasher, ctx.fingerprint_pool, parent=self)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.welcome = WelcomePage(icon)
        self.who = WhoPage()
        self.files_page = FilesPage(self.files)
        self.review = ReviewPage()
        self.sending = SendingPage()
        self.done = DonePage()
        self.check = CheckPage()
        self.settings_page = SettingsPage()
        for page in (
            self.welcome,
            self.who,
            self.files_page,
            self.review,
            self.sending,
            self.done,
            self.check,
            self.settings_page,
        ):
            self.stack.addWidget(page)

        self.welcome.start.connect(lambda: self.show_page(self.who))
        self.welcome.check_case.connect(lambda: self.show_page(self.check))
        self.welcome.settings.connect(self._open_settings)
        self.who.back.connect(lambda: self.show_page(self.welcome))
        self.who.chosen.connect(self._program_chosen)
        self.files_page.back.connect(self._files_back)
        self.files_page.next.connect(self._to_review)
        self.review.back.connect(lambda: self.show_page(self.files_page))
        self.review.send.connect(self._send)
        self.review.save.connect(self._save_payload)
        self.sending.retry.connect(self._send)
        self.sending.save.connect(self._save_payload)
        self.sending.back.connect(lambda: self.show_page(self.review))
        self.done.add_more.connect(self._add_more)
        self.done.start_over.connect(self.start_over)
        self.done.save_receipt.connect(self._save_receipt)
        self.check.back.connect(lambda: self.show_page(self.welcome))
        self.check.check.connect(self._check_case)
        self.check.withdraw.connect(self._withdraw_case)
        self.settings_page.back.connect(lambda: self.show_page(self.welcome))
        self.settings_page.saved.connect(self._save_settings)
        self.settings_page.test.connect(self._test_connection)
        self._refresh_welcome()

    # -- navigation ------------------------------------------------------------------------
    def show_page(self, page: Any) -> None:
        self.stack.setCurrentWidget(page)
        page.entered()

    def current_page(self) -> Any:
        return self.stack.currentWidget()

    def _refresh_welcome(self) -> None:
        self.welcome.set_destination(self.ctx.services.welcome_text(), self.ctx.services.practice_everywhere())

    def _program_chosen(self, program: str) -> None:
        destination = self.ctx.services.destination(program)
        if destination is None:
            self.who.show_no_service(program)
            return
        if self.draft.receipt is not None and self.draft.program != program:
            self.draft.receipt = None  # a new answer means a new case
        self.draft.program = program
        self.draft.destination = destination
        self.show_page(self.files_page)

    def _files_back(self) -> None:
        self.show_page(self.done if self.draft.receipt is not None else self.who)

    def _to_review(self) -> None:
        reports = self.files.done_reports()
        dest = self.draft.destination
        if not reports or dest is None or self.draft.program is None:
            return
        payload = self.ctx.services.payload(reports, self.draft.program)
        if payload != self.draft.payload:
            # New content, new request: a retry of the *same* payload reuses its key so the
            # service never opens a second case for it.
            self.draft.payload = payload
            self.draft.idempotency_key = str(uuid.uuid4())
        photos = sum(1 for r in reports if r.kind is Kind.IMAGE)
        videos = sum(1 for r in reports if r.kind is Kind.VIDEO)
        low = sum(1 for r in reports if r.image is not None and r.image.pdq.quality < QUALITY_THRESHOLD)
        if self.draft.receipt is not None:
            where = tr("They will be added to case {case}.").format(case=self.draft.receipt.case_number)
        else:
            where = self.ctx.services.describe(dest)
        self.review.show_payload(payload, photos, videos, low, where, can_send=True)
        self.show_page(self.review)

    # -- sending ---------------------------------------------------------------------------
    def _run(self, fn: Callable[[], Any], ok: Callable[[Any], None], failed: Callable[[Exception], None]) -> None:
        job = CallJob(fn)
        job.signals.succeeded.connect(ok)
        job.signals.failed.connect(failed)
        job.signals.succeeded.connect(lambda _r, j=job: self._forget(j))
        job.signals.failed.connect(lambda _e, j=job: self._forget(j))
        self._calls.append(job)
        job.setAutoDelete(False)
        self.ctx.pool.start(job)

    def _forget(self, job: CallJob) -> None:
        if job in self._calls:
            self._calls.remove(job)

    def _send(self) -> None:
        dest, payload, key = self.draft.destination, self.draft.payload, self.draft.idempotency_key
        if dest is None or payload is None or key is None:
            return
        self.sending.show_sending()
        self.show_page(self.sending)
        services = self.ctx.services
        receipt = self.draft.receipt
        if receipt is None:
            self._run(lambda: services.create(dest, payload, key), self._sent, self._send_failed)
        else:
            self._run(lambda: services.add(dest, receipt, payload, key), self._sent, self._send_failed)

    def _sent(self, receipt: Receipt) -> None:
        self.draft.receipt = receipt
        self.draft.payload = None
        self.draft.idempotency_key = None
        self.done.show_case(receipt.case_number, receipt.pin)
        self.show_page(self.done)

    def _send_failed(self, exc: Exception) -> None:
        self.sending.show_failure(self.ctx.services.explain(exc))

    def _save_payload(self) -> None:
        if self.draft.payload is not None:
            save_bytes_dialog(self, tr("Save the fingerprints"), "fingerprints.json", self.draft.payload)

    def _save_receipt(self) -> None:
        receipt = self.draft.receipt
        if receipt is None:
            return
        text = tr(
            "Take It Down case receipt\n\nCase number: {case}\nPIN: {pin}\nService: {service}\n\n"
            "Keep this safe. You need the case number and the PIN to check or withdraw the case.\n"
        ).format(case=receipt.case_number, pin=receipt.pin, service=receipt.service)
        save_bytes_dialog(self, tr("Save receipt"), "case-receipt.txt", text.encode("utf-8"))

    def _add_more(self) -> None:
        self.files.clear()
        self.show_page(self.files_page)

    def start_over(self) -> None:
        if self.draft.receipt is not None and self.current_page() is self.done:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(tr("Start over?"))
            box.setText(tr("Have you saved the case number and PIN? They will not be shown again."))
            go = box.addButton(tr("Start over"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(tr("Go back"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not go:
                return
        self.files.clear()
        self.draft = Draft()
        self.done.show_case("", "")
        self.who.under18.setAutoExclusive(False)
        self.who.under18.setChecked(False)
        self.who.adult.setChecked(False)
        self.who.under18.setAutoExclusive(True)
        self.show_page(self.welcome)

    # -- checking a case -------------------------------------------------------------------
    def _check_case(self, case: str, pin: str) -> None:
        dest = self.ctx.services.destination(self.check.selected_program())
        if dest is None:
            self.check.show_result(tr("No service is set up for this kind of case."))
            return
        self.check.show_result(tr("Checking…"))
        services = self.ctx.services
        self._run(lambda: services.status(dest, case, pin), self.check.show_result, self._check_failed)

    def _withdraw_case(self, case: str, pin: str) -> None:
        dest = self.ctx.services.destination(self.check.selected_program())
        if dest is None:
            return
        self.check.show_result(tr("Withdrawing…"))
        services = self.ctx.services
        self._run(lambda: services.withdraw(dest, case, pin), self.check.show_result, self._check_failed)

    def _check_failed(self, exc: Exception) -> None:
        self.check.show_result(self.ctx.services.explain(exc))

    # -- settings --------------------------------------------------------------------------
    def _open_settings(self) -> None:
        for program, field in self.settings_page.fields.items():
            field.setText(self.ctx.settings.endpoint(program) or "")
        index = self.settings_page.language.findData(self.ctx.settings.language)
        self.settings_page.language.setCurrentIndex(max(index, 0))
        self.settings_page.show_message("")
        self.show_page(self.settings_page)

    def _save_settings(self) -> None:
        for program, field in self.settings_page.fields.items():
            url = field.text().strip()
            problem = self.ctx.services.check_url(url) if url else None
            if problem:
                self.settings_page.show_message(problem)
                return
        for program, field in self.settings_page.fields.items():
            self.ctx.settings.set_endpoint(program, field.text().strip() or None)
        language = str(self.settings_page.language.currentData())
        changed_language = language != self.ctx.settings.language
        self.ctx.settings.set_language(language)
        self._refresh_welcome()
        self.settings_page.show_message(
            tr("Saved. The new language is used the next time the app opens.") if changed_language else tr("Saved.")
        )

    def _test_connection(self, program: str, url: str) -> None:
        problem = self.ctx.services.check_url(url) if url else None
        if problem:
            self.settings_page.show_message(problem)
            return
        self.settings_page.show_message(tr("Connecting…"))
        services = self.ctx.services
        dest = services.destination(program, url_override=url or None)
        if dest is None:
            self.settings_page.show_message(tr("No service address is set for this kind of case."))
            return
        self._run(
            lambda: services.describe(dest, fetch=True),
            lambda text: self.settings_page.show_message(tr("Connected. {text}").format(text=text)),
            lambda exc: self.settings_page.show_message(services.explain(exc)),
        )

    # -- closing -----------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop background work and the practice server, and forget everything.

        Runs when the window closes and when the app is asked to quit (e.g. logging
        out), so nothing is left running or on disk either way.
        """
        if self._shut_down:
            return
        self._shut_down = True
        self.files.clear()
        self.files.wait_idle(10_000)
        self.ctx.pool.waitForDone(10_000)
        self.ctx.services.close()
        self.draft = Draft()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.shutdown()
        super().closeEvent(event)
