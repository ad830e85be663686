"""Request bodies: a byte limit enforced while reading, and JSON parsed with bounds."""

from __future__ import annotations

import json
import re
from typing import Any, Final

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from takeitdown_desktop.server.errors import ApiError, error_body, send_json, too_large
from takeitdown_desktop.server.models import MAX_ADD_BODY_BYTES, MAX_CASE_BODY_BYTES, MAX_SMALL_BODY_BYTES

_ITEMS_PATH: Final = re.compile(r"/v1/cases/[^/]+/items")
#: Whole numbers in a request never need more digits than this (2**63 has 19).
_MAX_INT_DIGITS: Final = 20


def body_limit(scope: Scope) -> int:
    """The most bytes the route of ``scope`` reads: a bundle where one is sent, else little."""
    if scope["method"] == "POST":
        if scope["path"] == "/v1/cases":
            return MAX_CASE_BODY_BYTES
        if _ITEMS_PATH.fullmatch(scope["path"]):
            return MAX_ADD_BODY_BYTES
    return MAX_SMALL_BODY_BYTES


class BodyLimit:
    """Refuse a body over its route's limit with 413, counting bytes as they arrive.

    A declared Content-Length over the limit is refused before anything is read; a body
    sent in chunks is refused as soon as the count passes the limit, so no more than the
    limit is ever held, whichever way the route reads it.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(scope)
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            error = too_large(limit)
            await send_json(send, 413, error_body(error.code, error.message), error.headers)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise too_large(limit)  # answered by the API's error handler
            return message

        await self.app(scope, counting_receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            if not text.isdigit():
                return None  # the HTTP layer refuses these itself
            return int(text) if len(text) <= 18 else 10**18
    return None


class _NumberTooLarge(ValueError):
    pass


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise _NumberTooLarge
    return int(text)


def _no_constant(_name: str) -> Any:
    raise ValueError("NaN and Infinity are not JSON")


def parse_json(body: bytes) -> Any:
    """Decode a request body. Every failure is a 400 with the JSON error body.

    Whole numbers are bounded before they are converted (a 5,000-digit number would
    otherwise fail deep inside int()), NaN and Infinity are refused, and nesting too
    deep for the parser is a bad request rather than a crash.
    """
    try:
        return json.loads(body, parse_int=_bounded_int, parse_constant=_no_constant)
    except _NumberTooLarge:
        raise ApiError(400, "invalid_json", "A number in the request is too large.") from None
    except RecursionError:
        raise ApiError(400, "invalid_json", "The request is nested too deeply.") from None
    except (UnicodeDecodeError, ValueError):
        raise ApiError(400, "invalid_json", "The request body is not valid JSON.") from None
