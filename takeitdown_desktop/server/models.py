"""What the case API takes and answers: request and response models, and limits."""

from __future__ import annotations

from typing import Any, Final

from pydantic import BaseModel, ConfigDict, Field

from takeitdown_desktop.core.bundle import MAX_BUNDLE_BYTES

API_VERSION: Final = 1
MAX_ITEMS_PER_CASE: Final = 5000

#: Request bodies, in bytes, counted while they are read (before any parsing).
MAX_CASE_BODY_BYTES: Final = MAX_BUNDLE_BYTES
#: Adding wraps a bundle in {"bundle": ..., "pin": ...}.
MAX_ADD_BODY_BYTES: Final = MAX_BUNDLE_BYTES + 4096
#: Everything else (a PIN, or nothing at all).
MAX_SMALL_BODY_BYTES: Final = 1024

#: A feed page stops at this many bytes of fingerprints (but always holds one event),
#: so that a few huge cases cannot make one page, and the server's memory, enormous.
MAX_FEED_PAGE_BYTES: Final = 4 * 1024 * 1024
#: The fewest events a reader may ask for: pages of one event would tell the order.
MIN_FEED_LIMIT: Final = 100
MAX_FEED_LIMIT: Final = 5000
#: Cursors stay within the integers every JSON parser reads exactly (2**53 - 1).
MAX_CURSOR: Final = 2**53 - 1


class ProgramInfo(BaseModel):
    id: str
    name: str


class Limits(BaseModel):
    max_items_per_request: int
    max_items_per_case: int
    max_frames_per_item: int
    max_body_bytes: int


class ServiceInfo(BaseModel):
    api_version: int
    bundle_version: int
    server_version: str
    organisation: str
    programs: list[ProgramInfo]
    accepted_fingerprints: list[str]
    limits: Limits


class CaseCreated(BaseModel):
    case_number: str
    pin: str
    status: str
    items: int
    # Files added later must be for the same programme; a client (or a tester following
    # the document's links) need not remember it.
    program: str = Field(description="the programme of the case: files added to it must be for the same one")


class CaseStatus(BaseModel):
    case_number: str
    status: str
    items: int


#: Longer than any PIN (8 digits), and short enough that any {"pin": ...} fits in
#: MAX_SMALL_BODY_BYTES however its characters are escaped (at most 12 bytes each).
MAX_PIN_LENGTH: Final = 64


class PinBody(BaseModel):
    # Unknown fields are refused, as in an add request: the document says what is taken.
    model_config = ConfigDict(extra="forbid")

    pin: str = Field(max_length=MAX_PIN_LENGTH, description="the PIN given when the case was opened")


class FeedEvent(BaseModel):
    action: str
    item_ref: str
    item: dict[str, Any]
    #: The programme of the item's case (under18 or adult).
    program: str


class Feed(BaseModel):
    events: list[FeedEvent]
    next_cursor: int


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


#: What each error status means; every error answer carries ErrorBody.
ERROR_MEANINGS: Final[dict[int, str]] = {
    400: "A malformed request: a missing or malformed Idempotency-Key (idempotency_key), or a body "
    "that is not JSON, has numbers over 20 digits, NaN, nesting too deep or more values than any bundle holds "
    "(invalid_json)",
    401: "No valid platform token (unauthorised)",
    404: "No case matches this case number and PIN (case_not_found): a wrong PIN and an unknown case look the same",
    408: "The body arrived too slowly: a pause of 30 seconds, under 1 KiB a second over any 30 seconds after "
    "the first, or not whole after 10 minutes (too_slow)",
    409: "A conflict: the Idempotency-Key came with a different request (idempotency_key_reused), the case was "
    "withdrawn (case_withdrawn), the files are for another programme than the case (program_mismatch), the case "
    "would hold too many files (case_full), or a clash with a concurrent request (conflict; try again)",
    413: "The body is over this operation's limit (too_large); the connection is closed",
    415: "The body is declared as something else than JSON: Content-Type, when given, must be application/json "
    "(unsupported_media_type)",
    422: "The body or a parameter is not what the operation takes: a bundle that breaks its schema (invalid_bundle), "
    "a programme this service does not offer (program_not_offered), or a request of the wrong shape (invalid_request)",
    429: "Too many wrong PINs for this case number or from this address (too_many_attempts), or too many cases "
    "opened from this address (too_many_cases); wait Retry-After seconds",
    500: "Something went wrong on the server (internal_error)",
    503: "The server is receiving as many request bodies as it holds at once (busy); try again after Retry-After "
    "seconds",
}

_HEADERS: Final[dict[int, dict[str, Any]]] = {
    401: {"WWW-Authenticate": {"description": "Bearer", "required": True, "schema": {"type": "string"}}},
    503: {
        "Retry-After": {
            "description": "Seconds to wait before trying again",
            "required": True,
            "schema": {"type": "string", "pattern": "^[0-9]+$"},
        }
    },
    429: {
        "Retry-After": {
            "description": "Seconds to wait before trying again",
            "required": True,
            "schema": {"type": "string", "pattern": "^[0-9]+$"},
        }
    },
}

#: Answers about a case are for its owner only (the answer to a create holds the PIN).
NO_STORE_HEADER: Final[dict[str, Any]] = {
    "Cache-Control": {"description": "no-store", "required": True, "schema": {"type": "string", "const": "no-store"}}
}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The error answers an operation gives, for its ``responses``."""
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        out[status] = {"model": ErrorBody, "description": ERROR_MEANINGS[status]}
        if status in _HEADERS:
            out[status]["headers"] = _HEADERS[status]
    return out


#: Every operation: a body over its limit (413), the unexpected (500), and too many bodies
#: arriving at once (503).
ALWAYS: Final = (413, 500, 503)
