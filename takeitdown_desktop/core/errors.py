"""Per-file errors with a stable code and a message in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ErrorCode(StrEnum):
    """Stable, machine-readable reasons a file could not be fingerprinted."""

    NOT_FOUND = "not_found"
    NOT_A_FILE = "not_a_file"
    PERMISSION_DENIED = "permission_denied"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    UNSUPPORTED = "unsupported"
    DAMAGED = "damaged"
    TOO_LARGE = "too_large"
    NO_VIDEO = "no_video"
    CANCELLED = "cancelled"
    INTERNAL = "internal_error"


@dataclass(frozen=True, slots=True)
class FileError:
    """Why one file has no fingerprint. ``message`` is written for the person, not a developer."""

    code: ErrorCode
    message: str

    def to_json(self) -> dict[str, str]:
        return {"code": self.code.value, "message": self.message}


class FingerprintError(Exception):
    """Raised inside the core for a file that cannot be fingerprinted; becomes a FileError."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.error = FileError(code, message)


class Problem(StrEnum):
    """Why a request failed, in terms the app can explain to a person."""

    OFFLINE = "offline"  # the name could not be looked up: usually no internet
    UNREACHABLE = "unreachable"  # refused, timed out, or went away
    TLS = "tls"  # the connection is not secure or the certificate is not trusted
    INSECURE_URL = "insecure_url"  # http:// to another computer, or not a web address
    WRONG_CASE_OR_PIN = "wrong_case_or_pin"
    THROTTLED = "throttled"  # too many wrong PINs: wait
    REJECTED = "rejected"  # the service said no (and why)
    BAD_RESPONSE = "bad_response"  # the answer was not what the protocol says
    PRACTICE_UNAVAILABLE = "practice_unavailable"  # built without the practice server


class CaseServiceError(Exception):
    """A failed request: ``problem`` says what kind, ``detail`` the service's words if any."""

    def __init__(self, problem: Problem, detail: str = "", *, status: int | None = None, code: str | None = None, retry_after: float | None = None) -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail
        self.status = status
        self.code = code
        self.retry_after = retry_after
