"""What the case API takes and answers: request and response models, and limits."""

from __future__ import annotations

from typing import Any, Final

from pydantic import BaseModel

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


class CaseStatus(BaseModel):
    case_number: str
    status: str
    items: int


class PinBody(BaseModel):
    pin: str


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


#: Documented error answers (all of them carry ErrorBody).
ERRORS: Final[dict[int | str, dict[str, Any]]] = {
    code: {"model": ErrorBody} for code in (400, 401, 404, 409, 413, 422, 429, 500)
}

BUNDLE_BODY: Final[dict[str, Any]] = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "bundle.schema.json"}}},
    }
}

ADD_BODY: Final[dict[str, Any]] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["pin", "bundle"],
                    "properties": {
                        "pin": {"type": "string"},
                        "bundle": {"$ref": "bundle.schema.json"},
                    },
                }
            }
        },
    }
}
