"""Client for the case API: every request through one method, errors with a kind.

TLS is always verified and plain HTTP is refused except to this computer (loopback).
Connection failures, timeouts, 5xx and 429 answers are retried with backoff (honouring
Retry-After). That is safe for the POSTs too: creating and adding carry an idempotency
key, so a retry after a lost answer gets the same case back instead of a second one.

Proxies: requests to this computer (practice mode, a local server) never go through a
proxy, whatever HTTP_PROXY, HTTPS_PROXY or ALL_PROXY say, because a proxy would see the
PIN in plain HTTP. Requests to other computers use those variables (and NO_PROXY) as
most programs do, so that people behind a proxy can send; those are HTTPS, tunnelled
through the proxy, which sees only the service's host name.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import quote, urlsplit

import requests

from takeitdown_desktop.core.endpoints import check_endpoint, is_loopback
from takeitdown_desktop.core.errors import CaseServiceError, Problem

log = logging.getLogger(__name__)

#: (connect, read) seconds.
DEFAULT_TIMEOUT: Final = (10.0, 60.0)
DEFAULT_RETRIES: Final = 4
#: A server that asks to wait longer than this is not waited for: the call fails at once.
MAX_RETRY_AFTER: Final = 120.0
#: Every proxy setting requests may take from the environment, mapped to None: requests
#: keeps these over the environment's and then drops them, so no proxy is used.
_NO_PROXY: Final[dict[str, Any]] = {"http": None, "https": None, "all": None}


@dataclass(frozen=True)
class Program:
    id: str
    name: str


@dataclass(frozen=True)
class ServiceInfo:
    organisation: str
    programs: tuple[Program, ...]
    api_version: int
    bundle_version: int
    accepted_fingerprints: tuple[str, ...]
    limits: dict[str, int]

    def program_name(self, program_id: str) -> str | None:
        return next((p.name for p in self.programs if p.id == program_id), None)


@dataclass(frozen=True)
class CaseReceipt:
    case_number: str
    pin: str
    status: str
    items: int


@dataclass(frozen=True)
class CaseStatus:
    case_number: str
    status: str
    items: int


@dataclass(frozen=True)
class FeedEvent:
    action: str
    item_ref: str
    item: dict[str, Any]
    #: The programme of the item's case; "" from a service that does not say.
    program: str = ""


@dataclass(frozen=True)
class FeedPage:
    """A set of events: each item once, in no meaningful order; apply it as a whole."""

    events: tuple[FeedEvent, ...]
    next_cursor: int


@dataclass(frozen=True)
class Waiting:
    """A request failed and will be tried again after ``seconds`` (for showing progress)."""

    problem: Problem
    seconds: float
    #: The attempt about to be made (2 for the first retry) and how many there may be.
    attempt: int
    attempts: int
    #: True when the service itself asked to wait this long (Retry-After).
    asked_by_service: bool


def new_idempotency_key() -> str:
    # Hex, not base64: a key that began with "-" would read as an option when typed
    # after --idempotency-key to finish a submission by hand.
    return secrets.token_hex(24)


class CaseClient:
    """Talks to one case service. The HTTP session is injected (one per app)."""

    def __init__(
        self,
        base_url: str,
        session: requests.Session | None = None,
        *,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        retries: int = DEFAULT_RETRIES,
        backoff: float = 0.5,
        ca_bundle: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
        give_up_after: float | None = None,
        on_wait: Callable[[Waiting], None] | None = None,
    ) -> None:
        """``give_up_after`` bounds each call, waits and retries included (seconds; None:
        only the retries bound it); ``on_wait`` hears of each wait before a retry."""
        self.base_url = check_endpoint(base_url)
        host = urlsplit(self.base_url).hostname or ""
        # Per request rather than on the session: the session is shared with other uses.
        self._proxies: dict[str, Any] | None = dict(_NO_PROXY) if is_loopback(host) else None
        self.session = session or requests.Session()
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        # Verification is never turned off; a private CA can be added for test servers.
        self.verify: bool | str = ca_bundle or True
        self.sleep = sleep
        self.give_up_after = give_up_after
        self.on_wait = on_wait

    # -- the API ---------------------------------------------------------------------------
    def service_info(self) -> ServiceInfo:
        data = self._request("GET", "/v1/service")
        try:
            return ServiceInfo(
                organisation=str(data["organisation"]),
                programs=tuple(Program(str(p["id"]), str(p["name"])) for p in data["programs"]),
                api_version=int(data["api_version"]),
                bundle_version=int(data["bundle_version"]),
                accepted_fingerprints=tuple(str(x) for x in data["accepted_fingerprints"]),
                limits={str(k): int(v) for k, v in data["limits"].items()},
            )
        except (KeyError, TypeError, ValueError):
            raise CaseServiceError(Problem.BAD_RESPONSE, "service information is incomplete") from None

    def create_case(self, bundle_bytes: bytes, idempotency_key: str) -> CaseReceipt:
        """Open a case. Sends exactly ``bundle_bytes``; retry-safe under the same key."""
        data = self._request("POST", "/v1/cases", body=bundle_bytes, idempotency_key=idempotency_key)
        return self._receipt(data)

    def add_items(self, case_number: str, pin: str, bundle_bytes: bytes, idempotency_key: str) -> CaseStatus:
        body = b'{"bundle":' + bundle_bytes + b',"pin":' + _json_string(pin) + b"}"
        data = self._request("POST", f"/v1/cases/{_segment(case_number)}/items", body=body, idempotency_key=idempotency_key)
        return self._status(data)

    def status(self, case_number: str, pin: str) -> CaseStatus:
        body = b'{"pin":' + _json_string(pin) + b"}"
        return self._status(self._request("POST", f"/v1/cases/{_segment(case_number)}/status", body=body))

    def withdraw(self, case_number: str, pin: str) -> CaseStatus:
        body = b'{"pin":' + _json_string(pin) + b"}"
        return self._status(self._request("POST", f"/v1/cases/{_segment(case_number)}/withdraw", body=body))

    def feed(self, token: str, after: int = 0, limit: int = 500) -> FeedPage:
        data = self._request("GET", f"/v1/feed?after={int(after)}&limit={int(limit)}", token=token)
        try:
            events = tuple(
                FeedEvent(str(e["action"]), str(e["item_ref"]), dict(e["item"]), str(e.get("program", "")))
                for e in data["events"]
            )
            return FeedPage(events, int(data["next_cursor"]))
        except (KeyError, TypeError, ValueError):
            raise CaseServiceError(Problem.BAD_RESPONSE, "the feed page is incomplete") from None

    # -- plumbing --------------------------------------------------------------------------
    @staticmethod
    def _receipt(data: dict[str, Any]) -> CaseReceipt:
        try:
            return CaseReceipt(str(data["case_number"]), str(data["pin"]), str(data["status"]), int(data["items"]))
        except (KeyError, TypeError, ValueError):
            raise CaseServiceError(Problem.BAD_RESPONSE, "the answer has no case number") from None

    @staticmethod
    def _status(data: dict[str, Any]) -> CaseStatus:
        try:
            return CaseStatus(str(data["case_number"]), str(data["status"]), int(data["items"]))
        except (KeyError, TypeError, ValueError):
            raise CaseServiceError(Problem.BAD_RESPONSE, "the answer has no case status") from None

    def _request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        idempotency_key: str | None = None,
        token: str | None = None,
    ) -> dict[str, Any]:
        """The one way out: timeouts, TLS verification, retries and typed errors."""
        headers = {"Accept": "application/json", "User-Agent": "takeitdown-desktop"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        # A POST without an idempotency key is still safe to repeat here: status and
        # withdraw change nothing the second time.
        url = self.base_url + path
        started = time.monotonic()
        last: CaseServiceError | None = None
        for attempt in range(self.retries + 1):
            if attempt:
                assert last is not None
                asked = last.retry_after is not None
                delay = last.retry_after if last.retry_after is not None else self.backoff * 2 ** (attempt - 1)
                if delay > MAX_RETRY_AFTER or not self._time_left(started, delay):
                    break  # told to wait longer than is sensible, or past the time allowed
                if self.on_wait is not None:
                    self.on_wait(Waiting(last.problem, delay, attempt + 1, self.retries + 1, asked))
                self.sleep(delay)
            timeout = self._timeout(started)
            if timeout is None:
                break
            try:
                response = self.session.request(
                    method,
                    url,
                    data=body,
                    headers=headers,
                    timeout=timeout,
                    verify=self.verify,
                    allow_redirects=False,
                    # A copy: requests fills the dict it is given with the environment's.
                    proxies=dict(self._proxies) if self._proxies is not None else None,
                )
            except requests.exceptions.SSLError as exc:
                raise CaseServiceError(Problem.TLS, type(exc).__name__) from None
            except requests.exceptions.ConnectionError as exc:
                problem = Problem.OFFLINE if _name_lookup_failed(exc) else Problem.UNREACHABLE
                last = CaseServiceError(problem, "could not connect")
                continue
            except requests.exceptions.Timeout:
                last = CaseServiceError(Problem.UNREACHABLE, "no answer in time")
                continue
            except requests.exceptions.RequestException as exc:
                raise CaseServiceError(Problem.UNREACHABLE, type(exc).__name__) from None
            error = self._error_of(response)
            if error is None:
                return self._json(response)
            if response.status_code == 429 or response.status_code >= 500:
                last = error
                continue
            raise error
        if last is None:
            last = CaseServiceError(Problem.UNREACHABLE, "no answer in time")
        raise last

    def _time_left(self, started: float, wait: float = 0.0) -> bool:
        """Whether waiting ``wait`` more seconds still leaves time for a request."""
        if self.give_up_after is None:
            return True
        return time.monotonic() - started + wait < self.give_up_after

    def _timeout(self, started: float) -> tuple[float, float] | None:
        """This attempt's (connect, read) timeouts, cut to the time left; None if none is."""
        if self.give_up_after is None:
            return self.timeout
        left = self.give_up_after - (time.monotonic() - started)
        if left <= 0:
            return None
        return min(self.timeout[0], left), min(self.timeout[1], left)

    @staticmethod
    def _json(response: requests.Response) -> dict[str, Any]:
        try:
            data = response.json()
        except ValueError:
            raise CaseServiceError(Problem.BAD_RESPONSE, "the answer is not JSON", status=response.status_code) from None
        if not isinstance(data, dict):
            raise CaseServiceError(Problem.BAD_RESPONSE, "unexpected answer", status=response.status_code)
        return data

    @staticmethod
    def _error_of(response: requests.Response) -> CaseServiceError | None:
        status = response.status_code
        if 200 <= status < 300:
            return None
        code = message = ""
        try:
            detail = response.json().get("error", {})
            code, message = str(detail.get("code", "")), str(detail.get("message", ""))
        except (ValueError, AttributeError):
            pass
        retry_after = _retry_after(response.headers.get("Retry-After"))
        if status == 404 and code == "case_not_found":
            return CaseServiceError(Problem.WRONG_CASE_OR_PIN, message, status=status, code=code)
        if status == 429:
            return CaseServiceError(Problem.THROTTLED, message, status=status, code=code, retry_after=retry_after)
        if status >= 500:
            return CaseServiceError(Problem.UNREACHABLE, message or f"server error {status}", status=status, code=code, retry_after=retry_after)
        if 300 <= status < 400:
            return CaseServiceError(Problem.BAD_RESPONSE, "the service tried to redirect the request", status=status)
        return CaseServiceError(Problem.REJECTED, message or f"refused ({status})", status=status, code=code)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: rare for APIs; fall back to our own backoff


def _name_lookup_failed(exc: BaseException) -> bool:
    text = repr(exc)
    return "NameResolutionError" in text or "Name or service not known" in text or "getaddrinfo failed" in text or "nodename nor servname" in text


def _json_string(value: str) -> bytes:
    import json

    return json.dumps(value).encode("ascii")


def _segment(case_number: str) -> str:
    return quote(case_number.strip(), safe="")
