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


class WarningCode(StrEnum):
    """Stable reasons a fingerprint deserves a word of caution; the GUI words each."""

    LOW_QUALITY = "low_quality"  # too little detail: copies may not be recognised
    PARTLY_READ = "partly_read"  # the video ends early (damaged or partly downloaded)
    FRAMES_UNREADABLE = "frames_unreadable"  # some video pictures could not be decoded
    NO_FRAME_RATE = "no_frame_rate"  # the video gives no frame rate: every frame hashed
    MORE_PAGES = "more_pages"  # a multi-page TIFF or MPO: only the first picture hashed


@dataclass(frozen=True, slots=True)
class FileWarning:
    """A caution about one file's fingerprint: a code, the values that go with it
    (``seconds_read`` and ``seconds``; ``pages``), and the English sentence the command
    line prints."""

    code: WarningCode
    message: str
    values: tuple[tuple[str, int], ...] = ()

    def value(self, name: str, default: int = 0) -> int:
        return dict(self.values).get(name, default)

    def to_json(self) -> dict[str, object]:
        return {"code": self.code.value, "message": self.message, **dict(self.values)}


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
