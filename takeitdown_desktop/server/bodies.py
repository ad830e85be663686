"""Request bodies: a byte limit enforced while reading, and JSON parsed with bounds."""

from __future__ import annotations

import asyncio
import json
import re
import time
from typing import Any, Final

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from takeitdown_desktop.server.errors import ApiError, busy, error_body, send_json, too_large, too_slow
from takeitdown_desktop.server.models import MAX_ADD_BODY_BYTES, MAX_CASE_BODY_BYTES, MAX_SMALL_BODY_BYTES

#: JSON values a request may hold, counted before parsing as the commas, brackets and
#: braces in it (an upper bound). The densest valid bundle, of video frames, spends at
#: least 20 bytes per value; a body of nothing but tiny values ("[[],[],..." or
#: "["a","a",..."), which Python keeps as objects of 50 to 70 bytes each, would
#: otherwise make 32 MiB of JSON into a gigabyte of memory.
MAX_JSON_VALUES: Final = MAX_ADD_BODY_BYTES // 20
#: A body whose sender stops for this long, or sends slower than MIN_BODY_RATE bytes a
#: second over any such stretch after the first, or is not whole after BODY_MAX_SECONDS,
#: is refused: it would hold a connection and its bytes for ever. (Measured over each
#: stretch, not on average: a body sent fast to just under its limit and then a byte at a
#: time would otherwise stay above the average rate for hours.)
BODY_IDLE_SECONDS: Final = 30.0
MIN_BODY_RATE: Final = 1024
BODY_MAX_SECONDS: Final = 600.0
#: Request body bytes this process holds at once, across requests; a body that would go
#: over is refused with 503 and Retry-After (a few dozen bundles at their limit).
MAX_BODY_BYTES_IN_FLIGHT: Final = 256 * 1024 * 1024
BUSY_RETRY_SECONDS: Final = 5

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

    def __init__(
        self,
        app: ASGIApp,
        *,
        in_flight_limit: int = MAX_BODY_BYTES_IN_FLIGHT,
        idle_seconds: float | None = None,
        min_rate: int | None = None,
        max_seconds: float | None = None,
    ) -> None:
        """The deadlines default to this module's constants, as they are when a request comes."""
        self.app = app
        self.in_flight_limit = in_flight_limit
        self.idle_seconds, self.min_rate, self.max_seconds = idle_seconds, min_rate, max_seconds
        self.in_flight = 0  # body bytes held by requests still being answered (one event loop)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(scope)
        declared = _content_length(scope)
        if declared is not None and _has_transfer_encoding(scope):
            # Both framings at once is how requests are smuggled past a proxy that reads
            # the other one: refused, and the connection closed.
            await send_json(
                send, 400, error_body("bad_request", "The request gives both Content-Length and Transfer-Encoding."),
                {"Connection": "close"},
            )
            return
        # Only POSTs take a body: one sent in chunks to anything else (which no route
        # reads) is refused at once, rather than swallowed whatever its length.
        chunked = declared is None and scope["method"] != "POST" and _chunked(scope)
        if (declared is not None and declared > limit) or chunked:
            # Refused before a byte of it is read.
            error = too_large(limit)
            await send_json(send, 413, error_body(error.code, error.message), error.headers)
            return
        idle_seconds = self.idle_seconds if self.idle_seconds is not None else BODY_IDLE_SECONDS
        min_rate = self.min_rate if self.min_rate is not None else MIN_BODY_RATE
        max_seconds = self.max_seconds if self.max_seconds is not None else BODY_MAX_SECONDS
        received = 0
        started = time.monotonic()
        mark_time, mark_bytes = started, 0  # the start of the stretch being measured

        async def counting_receive() -> Message:
            nonlocal received, mark_time, mark_bytes
            try:
                message = await asyncio.wait_for(receive(), idle_seconds)
            except asyncio.TimeoutError:
                raise too_slow() from None
            if message["type"] == "http.request":
                size = len(message.get("body", b""))
                if self.in_flight + size > self.in_flight_limit:
                    raise busy(BUSY_RETRY_SECONDS)
                received += size
                self.in_flight += size
                if received > limit:
                    raise too_large(limit)  # answered by the API's error handler
                now = time.monotonic()
                if message.get("more_body"):
                    if now - started > max_seconds:
                        raise too_slow()
                    if now - mark_time >= idle_seconds:
                        if received - mark_bytes < min_rate * (now - mark_time):
                            raise too_slow()
                        mark_time, mark_bytes = now, received
            return message

        try:
            await self.app(scope, counting_receive, send)
        finally:
            self.in_flight -= received


def _has_transfer_encoding(scope: Scope) -> bool:
    return any(name == b"transfer-encoding" for name, _ in scope["headers"])


def _chunked(scope: Scope) -> bool:
    return any(name == b"transfer-encoding" and b"chunked" in value.lower() for name, value in scope["headers"])


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
    deep for the parser is a bad request rather than a crash, and a body of more values
    than any bundle holds is refused before it is parsed.
    """
    if body.count(b",") + body.count(b"[") + body.count(b"{") > MAX_JSON_VALUES:
        raise ApiError(400, "invalid_json", "The request holds more values than any bundle can.")
    try:
        return json.loads(body, parse_int=_bounded_int, parse_constant=_no_constant)
    except _NumberTooLarge:
        raise ApiError(400, "invalid_json", "A number in the request is too large.") from None
    except RecursionError:
        raise ApiError(400, "invalid_json", "The request is nested too deeply.") from None
    except (UnicodeDecodeError, ValueError):
        raise ApiError(400, "invalid_json", "The request body is not valid JSON.") from None
