"""The GUI's view of the case service: where fingerprints go, and sending them.

Blocking calls here run in background jobs, never on the GUI thread. The HTTP session
is shared and injected; practice mode starts the reference server on loopback with a
throw-away database the first time it is needed, and stops it when the app closes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from takeitdown_desktop.core.endpoints import Endpoint, EndpointConfig, check_endpoint, resolve
from takeitdown_desktop.core.errors import CaseServiceError, Problem
from takeitdown_desktop.core.fingerprint import FileReport

if TYPE_CHECKING:  # requests loads on the first call to a service, off the start-up path
    import requests

    from takeitdown_desktop.core.client import CaseClient, ServiceInfo
from takeitdown_desktop.gui.i18n import tr
from takeitdown_desktop.gui.settings import AppSettings

Destination = Endpoint


@dataclass(frozen=True)
class Receipt:
    case_number: str
    pin: str
    service: str


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

    def welcome_text(self) -> str:
        if self.practice_everywhere():
            return tr(
                "PRACTICE MODE: no service is set up in this copy of the app, so you can try every "
                "step safely. Nothing is sent anywhere; a practice service runs on this computer."
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
            return tr("They will be sent to the service at {url}.").format(url=dest.url)
        info = self.info(dest)  # the "Test connection" button
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

    def payload(self, reports: Sequence[FileReport], program: str) -> bytes:
        from takeitdown_desktop.core.bundle import build_bundle

        return build_bundle(reports, program).to_bytes()

    def create(self, dest: Destination, payload: bytes, key: str) -> Receipt:
        receipt = self.client(dest).create_case(payload, key)
        return Receipt(receipt.case_number, receipt.pin, self._service_name(dest))

    def add(self, dest: Destination, receipt: Receipt, payload: bytes, key: str) -> Receipt:
        self.client(dest).add_items(receipt.case_number, receipt.pin, payload, key)
        return receipt

    def status(self, dest: Destination, case_number: str, pin: str) -> str:
        status = self.client(dest).status(case_number, pin)
        return self._status_text(status.status, status.items)

    def withdraw(self, dest: Destination, case_number: str, pin: str) -> str:
        status = self.client(dest).withdraw(case_number, pin)
        return self._status_text(status.status, status.items)

    def _service_name(self, dest: Destination) -> str:
        if dest.practice:
            return tr("Practice mode")
        return dest.organisation or dest.url or ""

    @staticmethod
    def _status_text(status: str, items: int) -> str:
        if status == "withdrawn":
            return tr("This case is withdrawn. Its fingerprints are no longer shared with websites.")
        return tr("This case is active: the fingerprints of {count} file(s) are being shared with websites that take part.").format(count=items)

    # -- explaining failures ---------------------------------------------------------------
    def explain(self, exc: Exception) -> str:
        if not isinstance(exc, CaseServiceError):
            return tr("Something went wrong. Please try again.")
        texts = {
            Problem.OFFLINE: tr("This computer does not seem to be connected to the internet. Check the connection and try again."),
            Problem.UNREACHABLE: tr("The service could not be reached or did not answer in time. It may be busy; please try again in a little while."),
            Problem.TLS: tr("The connection to the service is not secure (its certificate could not be checked), so nothing was sent. This can happen on some public Wi-Fi networks."),
            Problem.INSECURE_URL: tr("The service address is not safe to use. Check it in Settings."),
            Problem.WRONG_CASE_OR_PIN: tr("No case matches this case number and PIN. Check both and try again."),
            Problem.THROTTLED: tr("Too many attempts with a wrong PIN. Please wait a while before trying again."),
            Problem.REJECTED: tr("The service did not accept the fingerprints."),
            Problem.BAD_RESPONSE: tr("The service gave an answer this app could not understand. Please try again later."),
            Problem.PRACTICE_UNAVAILABLE: tr(
                "Practice mode is not included in this copy of the app. Set a service address in Settings."
            ),
        }
        text = texts[exc.problem]
        if exc.problem is Problem.REJECTED and exc.detail:
            text += " " + tr("It said: {reason}").format(reason=exc.detail)
        return text

    def close(self) -> None:
        with self._lock:
            if self._practice is not None:
                self._practice.stop()  # type: ignore[attr-defined]
                self._practice = None
                self._practice_url = None
            if self._session is not None:
                self._session.close()
