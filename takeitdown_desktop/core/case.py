"""The case in progress: what the person chose, what will be sent, and what came back.

Qt-free, so that the app and the command line's ``submit`` send in exactly one way: the
same bundle bytes, one idempotency key per distinct payload (a retry of the same payload
can never open a second case), and one table that words every kind of failure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from takeitdown_desktop.core.endpoints import Endpoint
from takeitdown_desktop.core.errors import CaseServiceError, ErrorCode, Problem
from takeitdown_desktop.core.fingerprint import FileReport
from takeitdown_desktop.core.hashes import PDQ_QUALITY_THRESHOLD
from takeitdown_desktop.core.media import Kind

if TYPE_CHECKING:  # requests loads only when something is sent
    from takeitdown_desktop.core.client import CaseClient


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name translation tools look for
    """Marks ``text`` for the translators; the GUI translates it in ``context``, the
    command line prints it as it is."""
    return text


# What each kind of failure means for the person, in plain words (English source text;
# the GUI shows the translation, context "core").
PROBLEM_MESSAGES: dict[Problem, str] = {
    Problem.OFFLINE: QT_TRANSLATE_NOOP(
        "core",
        "This computer does not seem to be connected to the internet. Check the connection and try again.",
    ),
    Problem.UNREACHABLE: QT_TRANSLATE_NOOP(
        "core",
        "The service could not be reached or did not answer in time. It may be busy; please try again in a little while.",
    ),
    Problem.TLS: QT_TRANSLATE_NOOP(
        "core",
        "The connection to the service is not secure (its certificate could not be checked), so nothing was sent. "
        "This can happen on some public Wi-Fi networks.",
    ),
    Problem.INSECURE_URL: QT_TRANSLATE_NOOP(
        "core",
        "The service address is not safe to use: an address on another computer must start with https://.",
    ),
    Problem.WRONG_CASE_OR_PIN: QT_TRANSLATE_NOOP(
        "core", "No case matches this case number and PIN. Check both and try again."
    ),
    # A case number is locked after wrong PINs from anyone, so its owner may see this
    # having typed nothing wrong.
    Problem.THROTTLED: QT_TRANSLATE_NOOP(
        "core",
        "Too many wrong PINs were tried, so checking is paused for a while, even with the right PIN. "
        "Your case is not affected. Please try again later.",
    ),
    Problem.REJECTED: QT_TRANSLATE_NOOP("core", "The service did not accept the fingerprints."),
    Problem.BAD_RESPONSE: QT_TRANSLATE_NOOP(
        "core", "The service gave an answer this app could not understand. Please try again later."
    ),
    Problem.PRACTICE_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "core", "Practice mode is not included in this version of the app. Set a service address in Settings."
    ),
}
UNEXPECTED_PROBLEM = QT_TRANSLATE_NOOP("core", "Something went wrong. Please try again.")
# THROTTLED when the service counted cases, not PINs (a school or a library shares one
# internet address among many people).
TOO_MANY_CASES = QT_TRANSLATE_NOOP(
    "core",
    "The service is not taking more cases from this internet connection for now: many were opened "
    "from it in the last hour. Your fingerprints were not kept. Please try again later.",
)
# Added after the REJECTED message when the service said why.
SERVICE_SAID = QT_TRANSLATE_NOOP("core", "It said: {reason}")


@dataclass(frozen=True)
class Receipt:
    """What the person must keep: shown once, never stored by the app."""

    case_number: str
    pin: str
    # Who holds the case, in words ("Practice mode", an organisation or an address).
    service: str
    # As the service last answered: "active" or "withdrawn", and how many files it holds.
    status: str = "active"
    items: int = 0


@dataclass(frozen=True)
class Skipped:
    """A file that will not be sent, and why (an error code the caller words)."""

    name: str
    code: ErrorCode


@dataclass(frozen=True)
class Counts:
    """What a payload holds, for the review page and the command line's summary."""

    photos: int = 0
    videos: int = 0
    low_quality: int = 0
    skipped: tuple[Skipped, ...] = ()

    @classmethod
    def of(cls, reports: Sequence[FileReport], names: Sequence[str] | None = None) -> Counts:
        names = names if names is not None else [r.path for r in reports]
        ok = [r for r in reports if r.error is None]
        return cls(
            photos=sum(1 for r in ok if r.kind is Kind.IMAGE),
            videos=sum(1 for r in ok if r.kind is Kind.VIDEO),
            low_quality=sum(1 for r in ok if r.image is not None and r.image.pdq.quality < PDQ_QUALITY_THRESHOLD),
            skipped=tuple(Skipped(n, r.error.code) for n, r in zip(names, reports) if r.error is not None),
        )


@dataclass
class CaseDraft:
    """One person's case, from the first answer to the receipt; kept in memory only."""

    program: str | None = None
    endpoint: Endpoint | None = None
    payload: bytes | None = None
    idempotency_key: str | None = None
    receipt: Receipt | None = None
    counts: Counts = field(default_factory=Counts)

    @property
    def adding(self) -> bool:
        """True when what is sent next goes into the case already open."""
        return self.receipt is not None

    @property
    def practice(self) -> bool:
        return self.endpoint is not None and self.endpoint.practice

    def choose(self, program: str, endpoint: Endpoint) -> None:
        """The person answered "when were they taken?"; another answer means another case."""
        if self.receipt is not None and program != self.program:
            self.receipt = None
        self.program = program
        self.endpoint = endpoint

    def prepare(self, reports: Sequence[FileReport], names: Sequence[str] | None = None) -> bytes:
        """Build the bundle of the fingerprinted files (failed ones are counted, not sent).

        The idempotency key changes only when the payload does: a retry of the same
        payload reuses its key, so the service never opens a second case for it.
        """
        from takeitdown_desktop.core.bundle import build_bundle
        from takeitdown_desktop.core.client import new_idempotency_key

        if self.program is None:
            raise ValueError("choose a programme first")
        self.counts = Counts.of(reports, names)
        payload = build_bundle([r for r in reports if r.error is None], self.program).to_bytes()
        if payload != self.payload or self.idempotency_key is None:
            self.payload = payload
            self.idempotency_key = new_idempotency_key()
        return payload

    def use_payload(self, payload: bytes, idempotency_key: str | None = None) -> None:
        """Send ``payload`` as it is (a file written by ``export``), resuming under
        ``idempotency_key`` when an earlier attempt may have reached the service."""
        from takeitdown_desktop.core.client import new_idempotency_key

        self.payload = payload
        self.idempotency_key = idempotency_key or new_idempotency_key()

    def deliver(self, client: CaseClient, service: str, pin: str | None = None) -> Receipt:
        """Open the case, or add to the one already open, without changing the draft;
        blocking, so the app calls it off the GUI thread and records the answer on it.

        ``pin`` is needed only to add to a case this draft did not open itself.
        """
        if self.payload is None or self.idempotency_key is None:
            raise ValueError("nothing prepared to send")
        if self.receipt is not None:
            status = client.add_items(self.receipt.case_number, pin or self.receipt.pin, self.payload, self.idempotency_key)
            return replace(self.receipt, status=status.status, items=status.items)
        got = client.create_case(self.payload, self.idempotency_key)
        return Receipt(got.case_number, got.pin, service, got.status, got.items)

    def record(self, receipt: Receipt) -> None:
        """The service has the payload: the next one is a new request with a new key."""
        self.receipt = receipt
        self.payload = None
        self.idempotency_key = None


def problem_text(exc: BaseException) -> tuple[str, dict[str, str]]:
    """The message for a failed request and its values, still untranslated."""
    if not isinstance(exc, CaseServiceError):
        return UNEXPECTED_PROBLEM, {}
    values = {"reason": exc.detail} if exc.problem is Problem.REJECTED and exc.detail else {}
    if exc.problem is Problem.THROTTLED and exc.code == "too_many_cases":
        return TOO_MANY_CASES, values
    return PROBLEM_MESSAGES[exc.problem], values


def explain(exc: BaseException) -> str:
    """The failure in plain English (the command line's words)."""
    text, values = problem_text(exc)
    if "reason" in values:
        text += " " + SERVICE_SAID.format(**values)
    return text
