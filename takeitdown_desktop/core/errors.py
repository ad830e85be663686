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
