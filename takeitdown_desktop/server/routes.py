"""The routes of the case API (v1): HTTP in and out; the work is in ``cases``."""

from __future__ import annotations

import re
from typing import Final

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import JSONResponse, Response

from takeitdown_desktop.server.cases import CaseService
from takeitdown_desktop.server.errors import ApiError
from takeitdown_desktop.server.models import (
    ADD_BODY,
    BUNDLE_BODY,
    ERRORS,
    MAX_CURSOR,
    MAX_FEED_LIMIT,
    MIN_FEED_LIMIT,
    CaseCreated,
    CaseStatus,
    Feed,
    PinBody,
    ServiceInfo,
)
from takeitdown_desktop.server.throttle import client_key

_KEY_RE: Final = re.compile(r"[A-Za-z0-9_-]{16,128}")
#: Answers about a case are for its owner only: no cache, shared or private, keeps them
#: (the answer to a create carries the PIN itself).
NO_STORE: Final = {"Cache-Control": "no-store"}

router = APIRouter()


def _cases(request: Request) -> CaseService:
    service: CaseService = request.app.state.cases
    return service


def _client(request: Request) -> str:
    # With --trusted-proxy, uvicorn has already put the address the proxy forwarded here.
    return client_key(request.client.host if request.client else None)


def _checked_key(key: str | None) -> str:
    if key is None or not _KEY_RE.fullmatch(key):
        raise ApiError(400, "idempotency_key", "An Idempotency-Key header of 16-128 letters, digits, - or _ is required.")
    return key


@router.get("/v1/service", response_model=ServiceInfo, tags=["service"])
def service_info(request: Request) -> ServiceInfo:
    """Who runs this service and what it accepts; shown to the person before sending."""
    return _cases(request).service_info()


@router.post(
    "/v1/cases",
    status_code=201,
    response_model=CaseCreated,
    responses={200: {"model": CaseCreated, "description": "A retry: the case already opened for this key"}, **ERRORS},
    openapi_extra=BUNDLE_BODY,
    tags=["cases"],
)
async def create_case(request: Request, idempotency_key: str | None = Header(default=None)) -> JSONResponse:
    """Open a case from a hash bundle. The PIN is in this answer only."""
    key = _checked_key(idempotency_key)
    created, new = await _cases(request).create(key, await request.body(), _client(request))
    return JSONResponse(created.model_dump(), 201 if new else 200, headers=NO_STORE)


@router.post("/v1/cases/{case_number}/status", response_model=CaseStatus, responses=ERRORS, tags=["cases"])
async def case_status(case_number: str, body: PinBody, request: Request) -> JSONResponse:
    """The case's status, for the person who has its PIN."""
    status = await _cases(request).status(case_number, body.pin, _client(request))
    return JSONResponse(status.model_dump(), headers=NO_STORE)


@router.post(
    "/v1/cases/{case_number}/items",
    response_model=CaseStatus,
    responses={201: {"model": CaseStatus}, **ERRORS},
    openapi_extra=ADD_BODY,
    tags=["cases"],
)
async def add_items(case_number: str, request: Request, idempotency_key: str | None = Header(default=None)) -> JSONResponse:
    """Add more files' fingerprints to an existing, active case."""
    key = _checked_key(idempotency_key)
    status, new = await _cases(request).add(case_number, key, await request.body(), _client(request))
    return JSONResponse(status.model_dump(), 201 if new else 200, headers=NO_STORE)


@router.post("/v1/cases/{case_number}/withdraw", response_model=CaseStatus, responses=ERRORS, tags=["cases"])
async def withdraw(case_number: str, body: PinBody, request: Request) -> JSONResponse:
    """Withdraw a case: its hashes stop being distributed to platforms."""
    status = await _cases(request).withdraw(case_number, body.pin, _client(request))
    return JSONResponse(status.model_dump(), headers=NO_STORE)


@router.get("/v1/feed", response_model=Feed, responses=ERRORS, tags=["platforms"])
def feed(
    request: Request,
    authorization: str | None = Header(default=None),
    after: int = Query(0, ge=0, le=MAX_CURSOR, description="The next_cursor of the previous page; 0 to start"),
    limit: int = Query(500, ge=MIN_FEED_LIMIT, le=MAX_FEED_LIMIT, description="Events to read at most"),
) -> Response:
    """Hashes added and removed since ``after``, for a platform's block list.

    A page is a set: each item appears once, with its latest action, and the order
    within a page (by item_ref) says nothing about when or with which other items it
    was sent. Apply a page as a whole, then ask for the next one from ``next_cursor``.
    A page also stops at about 4 MiB of fingerprints (it always holds at least one).
    """
    token = authorization[7:] if authorization and authorization.startswith("Bearer ") else ""
    return Response(_cases(request).feed_page(token, after, limit), media_type="application/json")
