"""Every error the case API gives is the same JSON body, unexpected ones included."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from takeitdown_desktop.server import audit
from takeitdown_desktop.server.throttle import client_key

log = logging.getLogger(__name__)


class ApiError(StarletteHTTPException):
    """An answer other than success, worded for the person who will read it.

    An HTTPException, so that FastAPI passes it through unchanged even when it is raised
    while FastAPI itself reads a body (it turns other exceptions there into a bare 400).
    """

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status, message, headers or {})
        self.status, self.code, self.message = status, code, message


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def not_found() -> ApiError:
    # The same answer for an unknown case and a wrong PIN: nothing to learn by guessing.
    return ApiError(404, "case_not_found", "No case matches this case number and PIN.")


def too_many_attempts(wait: float) -> ApiError:
    return ApiError(
        429,
        "too_many_attempts",
        "Too many wrong PINs. Please wait and try again.",
        {"Retry-After": str(int(wait) + 1)},
    )


def too_large(limit: int) -> ApiError:
    # Closed rather than drained: whatever else the client sends is not wanted.
    return ApiError(413, "too_large", f"The request is larger than {limit} bytes.", {"Connection": "close"})


def too_many_cases(wait: float) -> ApiError:
    return ApiError(
        429,
        "too_many_cases",
        "Too many cases were opened from this address. Please wait and try again.",
        {"Retry-After": str(int(wait) + 1)},
    )


def too_slow() -> ApiError:
    return ApiError(408, "too_slow", "The request arrived too slowly. Please try again on a better connection.")


def busy(wait: int) -> ApiError:
    return ApiError(
        503, "busy", "The service is busy. Please try again in a moment.", {"Retry-After": str(wait), "Connection": "close"}
    )


_INTERNAL = error_body("internal_error", "Something went wrong on the server. Please try again later.")


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message), exc.status, headers=exc.headers or None)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, _exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(error_body("invalid_request", "The request is not in the expected form."), 422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(error_body("http_error", str(exc.detail)), exc.status_code, headers=exc.headers)


class CatchAll:
    """Outermost layer: an unexpected error becomes the JSON 500 body, never a traceback.

    Starlette's own last-resort handler answers in plain text and hands the exception on
    to the server, which logs its traceback; a database error's text can hold hashes,
    so only the kind of error is logged here.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        status = 0

        async def tracking_send(message: Message) -> None:
            nonlocal started, status
            if message["type"] == "http.response.start":
                started, status = True, int(message["status"])
            elif message["type"] == "http.response.body" and status >= 400:
                _audit(scope, message.get("body", b""))
                status = 0  # the first part of a body holds the whole error
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except ClientDisconnect:
            # The client went away mid-request: nothing to answer, nothing wrong here
            # (logged as an error, every dropped phone connection filled the log).
            log.debug("client disconnected before its request was read")
        except Exception as exc:  # noqa: BLE001 - the point of this layer
            log.error("unexpected %s while answering a request", type(exc).__name__)
            if started:
                return  # half an answer was sent; the server closes the connection
            await send_json(send, 500, _INTERNAL)


def _audit(scope: Scope, body: bytes) -> None:
    """Log an error answer that is a security event (audit.SECURITY_CODES)."""
    try:
        code = json.loads(body)["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return
    if code in audit.SECURITY_CODES:
        client = scope.get("client")
        audit.event(code, client_key(client[0] if client else None))


async def send_json(send: Send, status: int, body: dict[str, Any], headers: Mapping[str, str] | None = None) -> None:
    """Answer from plain ASGI middleware (outside FastAPI's handlers)."""
    data = json.dumps(body).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    raw += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": data})
