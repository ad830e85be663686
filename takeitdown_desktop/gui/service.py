"""The GUI's view of the case service: where fingerprints go, and sending them.

Blocking calls here run in background jobs, never on the GUI thread. The HTTP session
is shared and injected; practice mode starts the reference server on loopback with a
throw-away database the first time it is needed, and stops it when the app closes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from takeitdown_desktop.core.case import CaseDraft, Receipt, problem_text
from takeitdown_desktop.core.endpoints import Endpoint, EndpointConfig, check_endpoint, resolve
from takeitdown_desktop.core.errors import CaseServiceError, Problem

if TYPE_CHECKING:  # requests loads on the first call to a service, off the start-up path
    import requests

    from takeitdown_desktop.core.client import CaseClient, ServiceInfo
from takeitdown_desktop.gui.i18n import ltr, tr, tr_core
from takeitdown_desktop.gui.settings import AppSettings

Destination = Endpoint


class Services:
    def __init__(
        self,
        settings: AppSettings,
        resources: Path,
        session: requests.Session | None = None,
        practice_factory: Callable[[], object] | None = None,
        ca_bundle: str | None = None,
    ) -> None:
        self.settings = settings
        self.config = EndpointConfig.load(resources / "endpoints.json")
        self._session = session
        self.ca_bundle = ca_bundle
        self._practice_factory = practice_factory
        self._practice: object | None = None
        self._practice_url: str | None = None
        self._lock = threading.Lock()
        self._info: dict[str, ServiceInfo] = {}

    # -- where ---------------------------------------------------------------------------
    def destination(self, program: str, url_override: str | None = None) -> Destination | None:
        overrides = self.settings.endpoint_overrides()
        if url_override:
            overrides = {**overrides, program: url_override}
        return resolve(program, self.config, overrides)

    def practice_everywhere(self) -> bool:
        return not self.config.urls and not self.settings.endpoint_overrides()

    def practice_banner(self) -> str:
        return tr(
            "PRACTICE MODE: nothing is sent anywhere. A practice service runs on this computer, "
            "and its cases disappear when the app closes."
        )

    def welcome_text(self) -> str:
        if self.practice_everywhere():
            return tr(
                "No service is set up in this version of the app, so you can try every step safely "
                "in practice mode."
            )
        if self.config.organisation:
            return tr(
                "Fingerprints go to {organisation}, and only when you press “Send”, after you have "
                "seen exactly what will be sent."
            ).format(organisation=self.config.organisation)
        return tr("Fingerprints are sent only when you press “Send”, after you have seen exactly what will be sent.")

    def describe(self, dest: Destination, fetch: bool = False) -> str:
        """Who the fingerprints go to. Without ``fetch`` this never touches the network:
        nothing is contacted before the person presses a button that says so."""
        if not fetch:
            if dest.practice:
                return tr("Practice mode: the fingerprints go to a practice service on this computer and nowhere else.")
            if dest.organisation:
                return tr("They will be sent to {organisation}.").format(organisation=dest.organisation)
            return tr("They will be sent to the service at {url}.").format(url=ltr(dest.url or ""))
        return self.describe_info(dest, self.info(dest))  # the "Test connection" button

    def describe_info(self, dest: Destination, info: ServiceInfo) -> str:
        """The service's own name and its programme's (in the service's words)."""
        program = info.program_name(dest.program) or dest.program
        return tr("{organisation} ({program}).").format(organisation=info.organisation, program=program)

    def check_url(self, url: str) -> str | None:
        """A plain-words problem with a typed address, or None when it is acceptable."""
        try:
            check_endpoint(url)
        except CaseServiceError:
            return tr("That address cannot be used. It must start with https:// (http:// only for this computer).")
        return None

    # -- talking to the service (blocking: call from a background job) ----------------------
    def _base_url(self, dest: Destination) -> str:
        if dest.url is not None:
            return dest.url
        with self._lock:
            if self._practice_url is None:
                if self._practice_factory is None:
                    try:
                        from takeitdown_desktop.server.runner import PracticeServer

                        import takeitdown_desktop.server.app  # noqa: F401 - needs the server extra
                    except ImportError:
                        raise CaseServiceError(Problem.PRACTICE_UNAVAILABLE) from None
                    self._practice_factory = PracticeServer
                server = self._practice_factory()
                self._practice_url = server.start()  # type: ignore[attr-defined]
                self._practice = server
            return self._practice_url

    @property
    def session(self) -> requests.Session:
        with self._lock:
            if self._session is None:
                import requests

                self._session = requests.Session()
            return self._session

    def client(self, dest: Destination) -> CaseClient:
        from takeitdown_desktop.core.client import CaseClient

        return CaseClient(self._base_url(dest), self.session, ca_bundle=self.ca_bundle)

    def info(self, dest: Destination) -> ServiceInfo:
        base = self._base_url(dest)
        if base not in self._info:
            self._info[base] = self.client(dest).service_info()
        return self._info[base]

    def deliver(self, draft: CaseDraft) -> Receipt:
        """Open the draft's case or add to it (blocking; the caller records the receipt)."""
        dest = draft.endpoint
        assert dest is not None
        return draft.deliver(self.client(dest), self._service_name(dest))

    # status() and withdraw() answer with how to word the case's state, not the words:
    # they are worded on the GUI thread, and again if the language changes.
    def status(self, dest: Destination, case_number: str, pin: str) -> Callable[[], str]:
        status = self.client(dest).status(case_number, pin)
        return lambda: self._status_text(status.status, status.items, dest.practice)

    def withdraw(self, dest: Destination, case_number: str, pin: str) -> Callable[[], str]:
        status = self.client(dest).withdraw(case_number, pin)
        return lambda: self._status_text(status.status, status.items, dest.practice)

    def _service_name(self, dest: Destination) -> str:
        if dest.practice:
            return tr("Practice mode")
        return dest.organisation or dest.url or ""

    @staticmethod
    def _status_text(status: str, items: int, practice: bool) -> str:
        if practice:
            if status == "withdrawn":
                return tr("This practice case is withdrawn. In practice mode nothing is shared with websites.")
            return tr(
                "This practice case is open with the fingerprints of %n file(s). In practice mode nothing is "
                "shared with websites, and the case disappears when the app closes.",
                "",
                items,
            )
        if status == "withdrawn":
            return tr("This case is withdrawn. Its fingerprints are no longer shared with websites.")
        return tr(
            "This case is active: the fingerprints of %n file(s) are being shared with websites that take part.",
            "",
            items,
        )

    # -- explaining failures ---------------------------------------------------------------
    def explain(self, exc: Exception) -> str:
        text, values = problem_text(exc)
        words = tr_core(text)
        if "reason" in values:
            words += " " + tr_core("It said: {reason}").format(**values)
        return words

    def close(self, wait: bool = True) -> None:
        """Stop the practice server (its cases vanish with it) and close connections."""
        with self._lock:
            if self._practice is not None:
                self._practice.stop(wait=wait)  # type: ignore[attr-defined]
                self._practice = None
                self._practice_url = None
            if self._session is not None:
                self._session.close()
