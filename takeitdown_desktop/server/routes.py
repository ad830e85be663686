"""The routes of the case API (v1): HTTP in and out; the work is in ``cases``.

What FastAPI cannot see in a route's signature (bodies read as raw bytes, the
Idempotency-Key header checked here, links between operations) is declared next to the
route, so the published OpenAPI document comes from the same code that enforces it.
"""

from __future__ import annotations

import re
from typing import Any, Final

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError

from takeitdown_desktop.server.bodies import parse_json
from takeitdown_desktop.server.cases import CaseService
from takeitdown_desktop.server.errors import ApiError
from takeitdown_desktop.server.models import (
    ALWAYS,
    MAX_ADD_BODY_BYTES,
    MAX_CASE_BODY_BYTES,
    MAX_CURSOR,
    MAX_FEED_LIMIT,
    MAX_PIN_LENGTH,
    MAX_SMALL_BODY_BYTES,
    MIN_FEED_LIMIT,
    NO_STORE_HEADER,
    CaseCreated,
    CaseStatus,
    Feed,
    PinBody,
    ServiceInfo,
    errors,
)
from takeitdown_desktop.server.openapi import BUNDLE_REF, PLATFORM_TOKEN
from takeitdown_desktop.server.throttle import client_key

#: Idempotency keys: 16-128 of letters, digits, - and _ (enough for a random UUID or
#: token, short enough to index).
KEY_PATTERN: Final = "^[A-Za-z0-9_-]{16,128}$"
_KEY_RE: Final = re.compile(KEY_PATTERN)
#: Answers about a case are for its owner only: no cache, shared or private, keeps them
#: (the answer to a create carries the PIN itself).
NO_STORE: Final = {"Cache-Control": "no-store"}

_IDEMPOTENCY_KEY: Final[dict[str, Any]] = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": True,
    "description": "Chosen by the client, once per request it means to make: a retry with the same key and "
    "body gets the first answer again (200) instead of making a second change",
    "schema": {"type": "string", "minLength": 16, "maxLength": 128, "pattern": KEY_PATTERN},
}

_PIN: Final[dict[str, Any]] = {
    "type": "string",
    "maxLength": MAX_PIN_LENGTH,
    "description": "the PIN given when the case was opened",
}


def _body(schema: dict[str, Any], limit: int) -> dict[str, Any]:
    return {
        "requestBody": {
            "required": True,
            "description": f"JSON, at most {limit} bytes (413 beyond)",
            "content": {"application/json": {"schema": schema}},
        }
    }


_PIN_BODY: Final = _body({"$ref": "#/components/schemas/PinBody"}, MAX_SMALL_BODY_BYTES)


def _case_links(status: str) -> dict[str, Any]:
    """From an opened case to what its owner can do next, with its number and PIN."""
    number = {"case_number": "$response.body#/case_number"}
    pin = {"pin": "$response.body#/pin"}
    return {
        "links": {
            "status": {"operationId": "case_status", "parameters": number, "requestBody": pin,
                       "description": f"The status of the case this {status} answer names"},
            "add_items": {
                "operationId": "add_items",
                "parameters": number,
                "requestBody": {**pin, "bundle": {"program": "$response.body#/program"}},
                "description": "Add files of the case's programme to it (the rest of the bundle is the client's)",
            },
            "withdraw": {"operationId": "withdraw", "parameters": number, "requestBody": pin,
                         "description": "Withdraw the case"},
        }
    }


router = APIRouter()


def _cases(request: Request) -> CaseService:
    service: CaseService = request.app.state.cases
    return service


def _client(request: Request) -> str:
    # With --trusted-proxy, uvicorn has already put the address the proxy forwarded here.
    return client_key(request.client.host if request.client else None)


async def _pin(request: Request) -> str:
    """The PIN of a ``{"pin": ...}`` body, read with the same JSON rules as a bundle (a body
    that is not JSON is a 400 invalid_json on every route, never FastAPI's own answer)."""
    value = parse_json(await request.body())
    try:
        return PinBody.model_validate(value, strict=True).pin
    except ValidationError:
        raise ApiError(422, "invalid_request", "Expected an object with a pin.") from None


def _checked_key(request: Request) -> str:
    key = request.headers.get("Idempotency-Key")
    if key is None or not _KEY_RE.fullmatch(key):
        raise ApiError(400, "idempotency_key", "An Idempotency-Key header of 16-128 letters, digits, - or _ is required.")
    return key


@router.get("/v1/service", operation_id="service_info", response_model=ServiceInfo, responses=errors(*ALWAYS), tags=["service"])
def service_info(request: Request) -> ServiceInfo:
    """Who runs this service and what it accepts; shown to the person before sending."""
    return _cases(request).service_info()


@router.post(
    "/v1/cases",
    operation_id="create_case",
    status_code=201,
    response_model=CaseCreated,
    responses={
        201: {"description": "The case was opened", "headers": NO_STORE_HEADER, **_case_links("create")},
        200: {
            "model": CaseCreated,
            "description": "A retry: the case already opened for this key, with the same PIN",
            "headers": NO_STORE_HEADER,
            **_case_links("create"),
        },
        **errors(400, 408, 409, 415, 422, 429, *ALWAYS),
    },
    openapi_extra={"parameters": [_IDEMPOTENCY_KEY], **_body({"$ref": BUNDLE_REF}, MAX_CASE_BODY_BYTES)},
    tags=["cases"],
)
async def create_case(request: Request) -> JSONResponse:
    """Open a case from a hash bundle. The PIN is in this answer only."""
    key = _checked_key(request)
    created, new = await _cases(request).create(key, await request.body(), _client(request))
    return JSONResponse(created.model_dump(), 201 if new else 200, headers=NO_STORE)


@router.post(
    "/v1/cases/{case_number}/status",
    operation_id="case_status",
    response_model=CaseStatus,
    responses={200: {"headers": NO_STORE_HEADER}, **errors(400, 404, 408, 415, 422, 429, *ALWAYS)},
    openapi_extra=_PIN_BODY,
    tags=["cases"],
)
async def case_status(case_number: str, request: Request) -> JSONResponse:
    """The case's status, for the person who has its PIN."""
    status = await _cases(request).status(case_number, await _pin(request), _client(request))
    return JSONResponse(status.model_dump(), headers=NO_STORE)


@router.post(
    "/v1/cases/{case_number}/items",
    operation_id="add_items",
    response_model=CaseStatus,
    responses={
        200: {"description": "A retry: the answer to the first request with this key", "headers": NO_STORE_HEADER},
        201: {"model": CaseStatus, "description": "The files were added", "headers": NO_STORE_HEADER},
        **errors(400, 404, 408, 409, 415, 422, 429, *ALWAYS),
    },
    openapi_extra={
        "parameters": [_IDEMPOTENCY_KEY],
        **_body(
            {
                "type": "object",
                "additionalProperties": False,
                "required": ["pin", "bundle"],
                "properties": {"pin": _PIN, "bundle": {"$ref": BUNDLE_REF}},
            },
            MAX_ADD_BODY_BYTES,
        ),
    },
    tags=["cases"],
)
async def add_items(case_number: str, request: Request) -> JSONResponse:
    """Add more files' fingerprints to an existing, active case of the same programme."""
    key = _checked_key(request)
    status, new = await _cases(request).add(case_number, key, await request.body(), _client(request))
    return JSONResponse(status.model_dump(), 201 if new else 200, headers=NO_STORE)


@router.post(
    "/v1/cases/{case_number}/withdraw",
    operation_id="withdraw",
    response_model=CaseStatus,
    responses={200: {"headers": NO_STORE_HEADER}, **errors(400, 404, 408, 415, 422, 429, *ALWAYS)},
    openapi_extra=_PIN_BODY,
    tags=["cases"],
)
async def withdraw(case_number: str, request: Request) -> JSONResponse:
    """Withdraw a case: its hashes stop being distributed to platforms."""
    status = await _cases(request).withdraw(case_number, await _pin(request), _client(request))
    return JSONResponse(status.model_dump(), headers=NO_STORE)


@router.get(
    "/v1/feed",
    operation_id="feed",
    response_model=Feed,
    responses=errors(401, 422, *ALWAYS),
    openapi_extra={"security": [{PLATFORM_TOKEN: []}]},
    tags=["platforms"],
)
def feed(
    request: Request,
    after: int = Query(0, ge=0, le=MAX_CURSOR, description="The next_cursor of the previous page; 0 to start"),
    limit: int = Query(500, ge=MIN_FEED_LIMIT, le=MAX_FEED_LIMIT, description="Events to read at most"),
) -> Response:
    """Hashes added and removed since ``after``, for a platform's block list.

    A page is a set: each item appears once, with its latest action, and the order
    within a page (by item_ref) says nothing about when or with which other items it
    was sent. Apply a page as a whole, then ask for the next one from ``next_cursor``.
    A page also stops at about 4 MiB of fingerprints (it always holds at least one).
    """
    authorization = request.headers.get("Authorization")
    token = authorization[7:] if authorization and authorization.startswith("Bearer ") else ""
    return Response(_cases(request).feed_page(token, after, limit), media_type="application/json")
