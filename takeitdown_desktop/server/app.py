"""The case API (v1): service information, cases, and the platforms' hash feed."""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any, Final

from fastapi import FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from takeitdown_desktop import __version__
from takeitdown_desktop.core.bundle import (
    BUNDLE_VERSION,
    MAX_BUNDLE_BYTES,
    MAX_FRAMES_PER_ITEM,
    MAX_ITEMS,
    PROGRAMS,
    BundleError,
    canonical_bytes,
    validate_bundle,
)
from takeitdown_desktop.server import db, security

log = logging.getLogger(__name__)

API_VERSION: Final = 1
MAX_ITEMS_PER_CASE: Final = 5000
#: Wrong PINs for one case number before it is locked, and the longest lock (seconds).
FREE_FAILURES: Final = 5
MAX_LOCK_SECONDS: Final = 3600
#: Wrong PINs from one client address per window before it is slowed down.
CLIENT_FAILURES: Final = 20
CLIENT_WINDOW_SECONDS: Final = 600
_KEY_RE: Final = re.compile(r"[A-Za-z0-9_-]{16,128}")
_PIN_RE: Final = re.compile(r"[0-9]{1,16}")
_WRAPPER_OVERHEAD: Final = 4096


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers or {}


def _not_found() -> ApiError:
    # The same answer for an unknown case and a wrong PIN: nothing to learn by guessing.
    return ApiError(404, "case_not_found", "No case matches this case number and PIN.")


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
    seq: int
    action: str
    item_ref: str
    item: dict[str, Any]


class Feed(BaseModel):
    events: list[FeedEvent]
    next_cursor: int


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 404, 409, 413, 422, 429)
}
_BUNDLE_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "bundle.schema.json"}}},
    }
}
_ADD_BODY = {
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


@dataclass
class _ClientThrottle:
    """Wrong PINs per client address (in this process), in a sliding window."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    seen: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))

    def blocked_for(self, client: str, now: float) -> float:
        with self.lock:
            q = self.seen[client]
            while q and q[0] < now - CLIENT_WINDOW_SECONDS:
                q.popleft()
            return (q[0] + CLIENT_WINDOW_SECONDS - now) if len(q) >= CLIENT_FAILURES else 0.0

    def failed(self, client: str, now: float) -> None:
        with self.lock:
            self.seen[client].append(now)


def _secret(engine: Engine) -> bytes:
    with engine.begin() as conn:
        row = conn.execute(select(db.meta.c.value).where(db.meta.c.key == "pin_secret")).first()
        if row is not None:
            return bytes(row[0])
        value = secrets.token_bytes(32)
        try:
            conn.execute(insert(db.meta).values(key="pin_secret", value=value))
        except IntegrityError:
            pass
    with engine.begin() as conn:  # another process may have won the race
        return bytes(conn.execute(select(db.meta.c.value).where(db.meta.c.key == "pin_secret")).scalar_one())


def create_app(
    engine: Engine,
    *,
    organisation: str = "Practice service",
    programs: dict[str, str] | None = None,
) -> FastAPI:
    """The API over ``engine``. ``programs`` maps programme ids to names shown to people."""
    programs = programs or {"under18": "Pictures taken under 18", "adult": "Pictures of adults"}
    unknown = set(programs) - set(PROGRAMS)
    if unknown:
        raise ValueError(f"unknown programmes: {', '.join(sorted(unknown))}")
    secret = _secret(engine)
    dummy_salt = os.urandom(16)
    dummy_hash = security.hash_pin("0", dummy_salt)
    throttle = _ClientThrottle()
    app = FastAPI(
        title="Take It Down case API",
        version=str(API_VERSION),
        description=(
            "Anonymous cases made of fingerprints (hashes) only. A case is opened from a hash "
            "bundle and answered with a case number and a PIN that is shown once. Creating and "
            "adding are idempotent under the client's Idempotency-Key."
        ),
    )

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse({"error": {"code": exc.code, "message": exc.message}}, exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"error": {"code": "invalid_request", "message": "The request is not in the expected form."}}, 422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": {"code": "http_error", "message": str(exc.detail)}}, exc.status_code)

    async def read_json(request: Request, limit: int) -> Any:
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise ApiError(413, "too_large", f"The request is larger than {limit} bytes.")
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > limit:
                raise ApiError(413, "too_large", f"The request is larger than {limit} bytes.")
        try:
            return json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise ApiError(400, "invalid_json", "The request body is not valid JSON.") from None

    def checked_bundle(value: Any) -> Any:
        try:
            bundle = validate_bundle(value)
        except BundleError as exc:
            raise ApiError(422, "invalid_bundle", str(exc)) from None
        if bundle.program not in programs:
            raise ApiError(422, "program_not_offered", "This service does not take cases for that programme.")
        return bundle

    def checked_key(key: str | None) -> str:
        if key is None or not _KEY_RE.fullmatch(key):
            raise ApiError(400, "idempotency_key", "An Idempotency-Key header of 16-128 letters, digits, - or _ is required.")
        return key

    def serialise_events(conn: Connection) -> None:
        # Platforms read the feed by sequence number, so events must become visible in
        # that order; PostgreSQL could commit concurrent writers out of order otherwise.
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(7391)"))

    def insert_items(conn: Connection, case_id: int, bundle_items: Any) -> int:
        serialise_events(conn)
        existing = set(conn.execute(select(db.items.c.sha256).where(db.items.c.case_id == case_id)).scalars())
        added = 0
        for item in bundle_items:
            if item["sha256"] in existing:
                continue
            existing.add(item["sha256"])
            item_id = conn.execute(
                insert(db.items).values(
                    case_id=case_id,
                    item_ref=secrets.token_hex(12),
                    kind=item["kind"],
                    sha256=item["sha256"],
                    fingerprints=canonical_bytes(item).decode("ascii"),
                    active=True,
                )
            ).inserted_primary_key[0]
            conn.execute(insert(db.events).values(item_id=item_id, action="add"))
            added += 1
        return added

    def item_count(conn: Connection, case_id: int) -> int:
        return int(conn.execute(select(func.count()).select_from(db.items).where(db.items.c.case_id == case_id)).scalar_one())

    def verify(conn: Connection, case_number: str, pin: str, client: str) -> Any:
        now = time.time()
        number = security.normalise_case_number(case_number)[:64]
        wait = throttle.blocked_for(client, now)
        row = conn.execute(select(db.attempts).where(db.attempts.c.case_number == number)).first()
        if row is not None and row.locked_until > now:
            wait = max(wait, row.locked_until - now)
        if wait > 0:
            raise ApiError(429, "too_many_attempts", "Too many wrong PINs. Please wait and try again.", {"Retry-After": str(int(wait) + 1)})
        case = conn.execute(select(db.cases).where(db.cases.c.case_number == number)).first()
        if _PIN_RE.fullmatch(pin) and case is not None:
            ok = security.check_pin(pin, case.pin_salt, case.pin_hash)
        else:
            security.check_pin(pin[:64], dummy_salt, dummy_hash)  # same work either way
            ok = False
        if ok:
            if row is not None:
                conn.execute(db.attempts.delete().where(db.attempts.c.case_number == number))
            return case
        failures = (row.failures if row is not None else 0) + 1
        locked = now + min(MAX_LOCK_SECONDS, 30 * 2 ** (failures - FREE_FAILURES)) if failures >= FREE_FAILURES else 0.0
        # Recorded in a transaction of its own: the caller's is rolled back by the error.
        with engine.begin() as record:
            if row is None:
                try:
                    with record.begin_nested():  # a savepoint: PostgreSQL aborts on errors
                        record.execute(insert(db.attempts).values(case_number=number, failures=failures, locked_until=locked))
                except IntegrityError:
                    row = True  # a concurrent failure created it; count on top of that
            if row is not None:
                record.execute(
                    update(db.attempts)
                    .where(db.attempts.c.case_number == number)
                    .values(failures=db.attempts.c.failures + 1, locked_until=locked)
                )
        throttle.failed(client, now)
        raise _not_found()

    def client_of(request: Request) -> str:
        return request.client.host if request.client else "unknown"

    @app.get("/v1/service", response_model=ServiceInfo, tags=["service"])
    def service_info() -> ServiceInfo:
        """Who runs this service and what it accepts; shown to the person before sending."""
        return ServiceInfo(
            api_version=API_VERSION,
            bundle_version=BUNDLE_VERSION,
            server_version=__version__,
            organisation=organisation,
            programs=[ProgramInfo(id=k, name=v) for k, v in programs.items()],
            accepted_fingerprints=["pdq", "pdq_oriented", "phash", "md5", "sha256", "vpdq"],
            limits=Limits(
                max_items_per_request=MAX_ITEMS,
                max_items_per_case=MAX_ITEMS_PER_CASE,
                max_frames_per_item=MAX_FRAMES_PER_ITEM,
                max_body_bytes=MAX_BUNDLE_BYTES,
            ),
        )

    @app.post(
        "/v1/cases",
        status_code=201,
        response_model=CaseCreated,
        responses={200: {"model": CaseCreated, "description": "A retry: the case already opened for this key"}, **_ERRORS},
        openapi_extra=_BUNDLE_BODY,
        tags=["cases"],
    )
    async def create_case(request: Request, idempotency_key: str | None = Header(default=None)) -> JSONResponse:
        """Open a case from a hash bundle. The PIN is in this answer only."""
        key = checked_key(idempotency_key)
        bundle = checked_bundle(await read_json(request, MAX_BUNDLE_BYTES))
        return await run_in_threadpool(_create, key, bundle)

    def _create(key: str, bundle: Any) -> JSONResponse:
        key_hash = security.sha256_hex(key)
        request_hash = security.sha256_hex(b"create\x00" + bundle.to_bytes())
        pin = security.pin_for(secret, key)
        for _ in range(3):
            try:
                with engine.begin() as conn:
                    seen = conn.execute(select(db.idempotency).where(db.idempotency.c.key_hash == key_hash)).first()
                    if seen is not None:
                        if seen.request_hash != request_hash:
                            raise ApiError(409, "idempotency_key_reused", "This Idempotency-Key was used for a different request.")
                        case = conn.execute(select(db.cases).where(db.cases.c.id == seen.case_id)).one()
                        body = CaseCreated(case_number=case.case_number, pin=pin, status=case.status, items=item_count(conn, case.id))
                        return JSONResponse(body.model_dump(), 200)
                    salt = os.urandom(16)
                    case_id = conn.execute(
                        insert(db.cases).values(
                            case_number=security.new_case_number(),
                            pin_salt=salt,
                            pin_hash=security.hash_pin(pin, salt),
                            program=bundle.program,
                            status="active",
                        )
                    ).inserted_primary_key[0]
                    added = insert_items(conn, case_id, bundle.items)
                    conn.execute(insert(db.idempotency).values(key_hash=key_hash, request_hash=request_hash, case_id=case_id, item_count=added))
                    number = conn.execute(select(db.cases.c.case_number).where(db.cases.c.id == case_id)).scalar_one()
                # Committed: only now is the case number given out.
                return JSONResponse(CaseCreated(case_number=number, pin=pin, status="active", items=added).model_dump(), 201)
            except IntegrityError:
                continue  # a concurrent retry with the same key (or a case-number clash): look again
        raise ApiError(409, "conflict", "The request clashed with another; please try again.")

    @app.post("/v1/cases/{case_number}/status", response_model=CaseStatus, responses=_ERRORS, tags=["cases"])
    def case_status(case_number: str, body: PinBody, request: Request) -> CaseStatus:
        """The case's status, for the person who has its PIN."""
        with engine.begin() as conn:
            case = verify(conn, case_number, body.pin, client_of(request))
            return CaseStatus(case_number=case.case_number, status=case.status, items=item_count(conn, case.id))

    @app.post(
        "/v1/cases/{case_number}/items",
        response_model=CaseStatus,
        responses={201: {"model": CaseStatus}, **_ERRORS},
        openapi_extra=_ADD_BODY,
        tags=["cases"],
    )
    async def add_items(case_number: str, request: Request, idempotency_key: str | None = Header(default=None)) -> JSONResponse:
        """Add more files' fingerprints to an existing, active case."""
        key = checked_key(idempotency_key)
        value = await read_json(request, MAX_BUNDLE_BYTES + _WRAPPER_OVERHEAD)
        if not isinstance(value, dict) or set(value) != {"pin", "bundle"} or not isinstance(value["pin"], str):
            raise ApiError(422, "invalid_request", "Expected an object with a pin and a bundle.")
        bundle = checked_bundle(value["bundle"])
        return await run_in_threadpool(_add, case_number, value["pin"], key, bundle, client_of(request))

    def _add(case_number: str, pin: str, key: str, bundle: Any, client: str) -> JSONResponse:
        key_hash = security.sha256_hex(key)
        request_hash = security.sha256_hex(b"add\x00" + case_number.encode() + b"\x00" + bundle.to_bytes())
        for _ in range(3):
            try:
                with engine.begin() as conn:
                    case = verify(conn, case_number, pin, client)
                    seen = conn.execute(select(db.idempotency).where(db.idempotency.c.key_hash == key_hash)).first()
                    if seen is not None:
                        if seen.request_hash != request_hash or seen.case_id != case.id:
                            raise ApiError(409, "idempotency_key_reused", "This Idempotency-Key was used for a different request.")
                        return JSONResponse(CaseStatus(case_number=case.case_number, status=case.status, items=item_count(conn, case.id)).model_dump(), 200)
                    if case.status != "active":
                        raise ApiError(409, "case_withdrawn", "This case was withdrawn; please open a new one.")
                    if case.program != bundle.program:
                        raise ApiError(422, "program_mismatch", "These fingerprints are for a different programme than the case.")
                    if item_count(conn, case.id) + len(bundle.items) > MAX_ITEMS_PER_CASE:
                        raise ApiError(422, "case_full", f"A case holds at most {MAX_ITEMS_PER_CASE} files.")
                    added = insert_items(conn, case.id, bundle.items)
                    conn.execute(insert(db.idempotency).values(key_hash=key_hash, request_hash=request_hash, case_id=case.id, item_count=added))
                    total = item_count(conn, case.id)
                return JSONResponse(CaseStatus(case_number=case.case_number, status="active", items=total).model_dump(), 201)
            except IntegrityError:
                continue
        raise ApiError(409, "conflict", "The request clashed with another; please try again.")

    @app.post("/v1/cases/{case_number}/withdraw", response_model=CaseStatus, responses=_ERRORS, tags=["cases"])
    def withdraw(case_number: str, body: PinBody, request: Request) -> CaseStatus:
        """Withdraw a case: its hashes stop being distributed to platforms."""
        with engine.begin() as conn:
            case = verify(conn, case_number, body.pin, client_of(request))
            if case.status != "withdrawn":
                serialise_events(conn)
                conn.execute(update(db.cases).where(db.cases.c.id == case.id).values(status="withdrawn"))
                active = conn.execute(select(db.items.c.id).where(db.items.c.case_id == case.id, db.items.c.active)).scalars().all()
                for item_id in active:
                    conn.execute(insert(db.events).values(item_id=item_id, action="remove"))
                conn.execute(update(db.items).where(db.items.c.case_id == case.id).values(active=False))
            return CaseStatus(case_number=case.case_number, status="withdrawn", items=item_count(conn, case.id))

    @app.get("/v1/feed", response_model=Feed, responses=_ERRORS, tags=["platforms"])
    def feed(
        authorization: str | None = Header(default=None),
        after: int = Query(0, ge=0, description="The next_cursor of the previous page; 0 to start"),
        limit: int = Query(500, ge=1, le=5000),
    ) -> Feed:
        """Hashes added and removed since ``after``, in order, for a platform's block list."""
        token = authorization[7:] if authorization and authorization.startswith("Bearer ") else ""
        with engine.connect() as conn:
            known = conn.execute(select(db.platforms.c.name).where(db.platforms.c.token_hash == security.sha256_hex(token))).first()
            if not token or known is None:
                raise ApiError(401, "unauthorised", "A valid platform token is required.", {"WWW-Authenticate": "Bearer"})
            rows = conn.execute(
                select(db.events.c.seq, db.events.c.action, db.items.c.item_ref, db.items.c.fingerprints)
                .join(db.items, db.items.c.id == db.events.c.item_id)
                .where(db.events.c.seq > after)
                .order_by(db.events.c.seq)
                .limit(limit)
            ).all()
        events = [FeedEvent(seq=r.seq, action=r.action, item_ref=r.item_ref, item=json.loads(r.fingerprints)) for r in rows]
        return Feed(events=events, next_cursor=events[-1].seq if events else after)

    return app


def add_platform(engine: Engine, name: str) -> str:
    """Register a platform and return its new feed token (shown once; stored hashed)."""
    token = security.new_token()
    with engine.begin() as conn:
        conn.execute(db.platforms.delete().where(db.platforms.c.name == name))
        conn.execute(insert(db.platforms).values(name=name, token_hash=security.sha256_hex(token)))
    return token
