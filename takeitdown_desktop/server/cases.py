"""Case operations: open, add to, check and withdraw a case; the platforms' feed.

Every change of a case is one write transaction that locks what it checks (see
``Database.write`` and ``Database.lock_case``), so a check and the write it allows
cannot be interleaved with another request. PINs are hashed and checked outside any
transaction, on the fair hashing pool, holding no database connection.
"""

from __future__ import annotations

import asyncio
import functools
import json
import os
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Final, TypeVar

from sqlalchemy import BigInteger, Insert, bindparam, exists, func, insert, literal, select, update
from sqlalchemy.engine import Connection, Engine, Row
from sqlalchemy.exc import IntegrityError

from takeitdown_desktop import __version__
from takeitdown_desktop.core.bundle import (
    BUNDLE_VERSION,
    MAX_BUNDLE_BYTES,
    MAX_FRAMES_PER_ITEM,
    MAX_ITEMS,
    PROGRAMS,
    Bundle,
    BundleError,
    canonical_bytes,
    validate_bundle,
)
from takeitdown_desktop.server import db, hashing, security
from takeitdown_desktop.server.bodies import parse_json
from takeitdown_desktop.server.errors import ApiError, not_found, too_many_attempts, too_many_cases
from takeitdown_desktop.server.models import (
    API_VERSION,
    MAX_FEED_PAGE_BYTES,
    MAX_ITEMS_PER_CASE,
    MAX_PIN_LENGTH,
    CaseCreated,
    CaseStatus,
    Limits,
    ProgramInfo,
    ServiceInfo,
)
from takeitdown_desktop.server.throttle import (
    CASE_FAILURES,
    CASES_PER_ADDRESS,
    CASES_WINDOW_SECONDS,
    CLIENT_FAILURES,
    CLIENT_WINDOW_SECONDS,
    FORGET_EVERY_SECONDS,
    address_wait,
    claim_address,
    claim_guess,
    forget_guesses,
    forget_old_addresses,
    forget_old_guesses,
    give_back,
    guess_key,
)

_PIN_RE: Final = re.compile(r"[0-9]{1,16}")
DEFAULT_PROGRAMS: Final = {"under18": "Pictures taken under 18", "adult": "Pictures of adults"}

L = TypeVar("L")
R = TypeVar("R")
T = TypeVar("T")

#: Bodies up to this size are parsed on the event loop (well under a millisecond);
#: larger ones on a database thread.
PARSE_INLINE_BYTES: Final = 16 * 1024
#: Threads for database work, as many as the PostgreSQL pool can have connections.
DB_THREADS: Final = db.POOL_SIZE + db.POOL_OVERFLOW
_executor: ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()


async def _in_thread(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)`` on a database thread.

    A plain executor, not Starlette's ``run_in_threadpool``: anyio's cancel scopes and
    capacity limiter cost more Python per call than the short transactions themselves,
    and every create makes two such calls while scrypt has the cores.
    """
    global _executor
    if _executor is None:
        with _executor_lock:
            if _executor is None:
                _executor = ThreadPoolExecutor(DB_THREADS, thread_name_prefix="case-db")
    return await asyncio.get_running_loop().run_in_executor(_executor, functools.partial(fn, *args, **kwargs))


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


def add_platform(engine: Engine, name: str) -> str:
    """Register a platform and return its new feed token (shown once; stored hashed)."""
    token = security.new_token()
    with engine.begin() as conn:
        conn.execute(db.platforms.delete().where(db.platforms.c.name == name))
        conn.execute(insert(db.platforms).values(name=name, token_hash=security.sha256_hex(token)))
    return token


def _new_id(conn: Connection, statement: Insert) -> int:
    key = conn.execute(statement).inserted_primary_key
    assert key is not None
    return int(key[0])


def _nothing_to_lock(_conn: Connection) -> None:
    """A new case checks nothing that exists: writers of events need not wait for each
    other either, since events get their place in the feed only when published."""


def _reused() -> ApiError:
    return ApiError(409, "idempotency_key_reused", "This Idempotency-Key was used for a different request.")


class CaseService:
    """The operations of the case API over one database, for the routes to call."""

    def __init__(
        self,
        engine: Engine,
        *,
        organisation: str,
        programs: dict[str, str] | None = None,
        wrong_pins_per_address: int = CLIENT_FAILURES,
        cases_per_address: int = CASES_PER_ADDRESS,
    ) -> None:
        self.programs = dict(programs or DEFAULT_PROGRAMS)
        unknown = set(self.programs) - set(PROGRAMS)
        if unknown:
            raise ValueError(f"unknown programmes: {', '.join(sorted(unknown))}")
        self.organisation = organisation
        self.db = db.Database(engine)
        self.secret = _secret(engine)
        self._dummy_salt = os.urandom(16)
        self._parsing = threading.Lock()
        self._forget_after = 0.0  # when wrong guesses are next looked through
        self._dummy_hash = security.hash_pin("0", self._dummy_salt)
        self.wrong_pins_per_address = wrong_pins_per_address
        self.cases_per_address = cases_per_address
        #: PINs actually hashed and compared, right or wrong (guesses refused are not).
        self.pin_checks = 0

    def service_info(self) -> ServiceInfo:
        return ServiceInfo(
            api_version=API_VERSION,
            bundle_version=BUNDLE_VERSION,
            server_version=__version__,
            organisation=self.organisation,
            programs=[ProgramInfo(id=k, name=v) for k, v in self.programs.items()],
            accepted_fingerprints=["pdq", "pdq_oriented", "phash", "md5", "sha256", "vpdq"],
            limits=Limits(
                max_items_per_request=MAX_ITEMS,
                max_items_per_case=MAX_ITEMS_PER_CASE,
                max_frames_per_item=MAX_FRAMES_PER_ITEM,
                max_body_bytes=MAX_BUNDLE_BYTES,
            ),
        )

    # -- checking what comes in ---------------------------------------------------------
    def checked_bundle(self, value: Any) -> Bundle:
        try:
            bundle = validate_bundle(value)
        except BundleError as exc:
            raise ApiError(422, "invalid_bundle", str(exc)) from None
        if bundle.program not in self.programs:
            raise ApiError(422, "program_not_offered", "This service does not take cases for that programme.")
        return bundle

    # Parsing, checking and canonical bytes of a bundle of up to 32 MiB take a while:
    # large bodies are parsed on a worker thread, not on the event loop, and one at a
    # time, so that bundles sent at once cannot add up the memory their parsing takes.
    def _parse_create(self, body: bytes) -> tuple[Bundle, bytes]:
        bundle = self.checked_bundle(parse_json(body))
        return bundle, bundle.to_bytes()

    async def _parsed(self, parse: Callable[[bytes], T], body: bytes) -> T:
        """``parse(body)``: a small body at once on the event loop; a large one on a
        thread, one at a time (each can take hundreds of megabytes while parsed), so that
        the event loop keeps answering everyone else meanwhile."""
        if len(body) <= PARSE_INLINE_BYTES:
            return parse(body)

        def one_at_a_time() -> T:
            with self._parsing:
                return parse(body)

        return await _in_thread(one_at_a_time)

    def _parse_add(self, body: bytes) -> tuple[str, Bundle, bytes]:
        value = parse_json(body)
        if (
            not isinstance(value, dict)
            or set(value) != {"pin", "bundle"}
            or not isinstance(value["pin"], str)
            or len(value["pin"]) > MAX_PIN_LENGTH
        ):
            raise ApiError(422, "invalid_request", "Expected an object with a pin and a bundle.")
        bundle = self.checked_bundle(value["bundle"])
        return value["pin"], bundle, bundle.to_bytes()

    # -- PINs ---------------------------------------------------------------------------
    async def verify(self, case_number: str, pin: str, client: str) -> Row[Any]:
        """The case, if ``pin`` is its PIN; else 404 (or 429 while guessing is locked).

        Unknown case numbers cost the same work and are throttled the same way, so
        nothing tells them apart from real ones.
        """
        number = security.normalise_case_number(case_number)[:64]
        address = f"pin:{client}"
        wait, case = await _in_thread(self._claim, number, address, time.time())
        if wait > 0:
            raise too_many_attempts(wait)
        checked = False
        try:
            self.pin_checks += 1
            if case is not None and _PIN_RE.fullmatch(pin):
                ok = await hashing.check_pin(client, pin, case.pin_salt, case.pin_hash)
            else:
                await hashing.check_pin(client, pin[:64], self._dummy_salt, self._dummy_hash)  # same work
                ok = False
            checked = True
            if not ok:
                raise not_found()
            await _in_thread(self._forget, number, address)
            assert case is not None
            return case
        finally:
            if not checked:  # stopped before its PIN was checked: the address gets its place back
                await _in_thread(self._give_back, address)

    def _claim(self, number: str, address: str, now: float) -> tuple[float, Row[Any] | None]:
        """Count the guess for its address, then for its case number; in one transaction."""
        with self.db.write() as conn:
            if not 0 <= self._forget_after - now <= FORGET_EVERY_SECONDS:  # due (or the clock was set back)
                self._forget_after = now + FORGET_EVERY_SECONDS
                forget_old_guesses(conn, now)
                forget_old_addresses(conn, now)
            wait = claim_address(conn, address, now, self.wrong_pins_per_address, CLIENT_WINDOW_SECONDS)
            if wait > 0:
                return wait, None
            # This address's guesses at this number first: one guesser locks only itself out.
            wait = claim_guess(conn, guess_key(number, address), now)
            if wait == 0:
                wait = claim_guess(conn, number, now, free=CASE_FAILURES)  # everyone's
            if wait > 0:
                give_back(conn, address)  # not checked: it costs the address nothing
                return wait, None
            return 0.0, conn.execute(select(db.cases).where(db.cases.c.case_number == number)).first()

    def _forget(self, number: str, address: str) -> None:
        with self.db.write() as conn:
            # In _claim's order (the address's row, then the number's): in the other order,
            # two requests from one address for one case deadlocked each other on PostgreSQL.
            give_back(conn, address)
            forget_guesses(conn, guess_key(number, address))
            forget_guesses(conn, number)

    def _give_back(self, address: str) -> None:
        with self.db.write() as conn:
            give_back(conn, address)

    def _before_create(self, key: str, address: str) -> tuple[bool, float]:
        """Whether ``key`` opened a case already, and how long ``address`` must wait to
        open another (0.0: not at all). One read, one statement, before the PIN is hashed:
        on PostgreSQL each round trip here costs the whole burst."""
        counts = db.address_counts
        query = select(
            exists().where(db.idempotency.c.key_hash == security.sha256_hex(key)).label("seen"),
            select(counts.c.count).where(counts.c.key == address).scalar_subquery().label("count"),
            select(counts.c.window_start).where(counts.c.key == address).scalar_subquery().label("start"),
        )
        with self.db.read() as conn:
            row = conn.execute(query).one()
        return bool(row.seen), address_wait(row.count, row.start, time.time(), self.cases_per_address, CASES_WINDOW_SECONDS)

    # -- writing ------------------------------------------------------------------------
    def _idempotent_write(
        self,
        key: str,
        request_hash: str,
        *,
        lock: Callable[[Connection], L],
        write: Callable[[Connection, L], tuple[R, int, int]],
        replay: Callable[[Connection, L, Row[Any]], R],
    ) -> tuple[R, bool]:
        """Do ``write`` once per Idempotency-Key: (its result, True), or for a key seen
        before, (``replay``, False) and a 409 if the key came with a different request.

        In one write transaction: ``lock`` first (what the write will check), then the
        key is looked up, then ``write`` returns (result, case id, items added). Retried
        once on a uniqueness clash the locks do not cover (a case number drawn twice).
        """
        key_hash = security.sha256_hex(key)
        for attempt in range(2):
            try:
                with self.db.write() as conn:
                    locked = lock(conn)
                    seen = conn.execute(select(db.idempotency).where(db.idempotency.c.key_hash == key_hash)).first()
                    if seen is not None:
                        if seen.request_hash != request_hash:
                            raise _reused()
                        return replay(conn, locked, seen), False
                    result, case_id, added = write(conn, locked)
                    conn.execute(
                        insert(db.idempotency).values(
                            key_hash=key_hash, request_hash=request_hash, case_id=case_id, item_count=added
                        )
                    )
                # Committed: only now is the answer given out.
                return result, True
            except IntegrityError:
                if attempt:
                    raise ApiError(409, "conflict", "The request clashed with another; please try again.") from None
        raise AssertionError("unreachable")

    def _insert_items(self, conn: Connection, case_id: int, bundle_items: Iterable[dict[str, Any]], *, new_case: bool = False) -> int:
        existing: set[str] = set()
        if not new_case:
            existing.update(conn.execute(select(db.items.c.sha256).where(db.items.c.case_id == case_id)).scalars())
        added = 0
        for item in bundle_items:
            if item["sha256"] in existing:
                continue
            existing.add(item["sha256"])
            item_id = _new_id(
                conn,
                insert(db.items).values(
                    case_id=case_id,
                    item_ref=secrets.token_hex(12),
                    kind=item["kind"],
                    sha256=item["sha256"],
                    fingerprints=canonical_bytes(item).decode("ascii"),
                    active=True,
                ),
            )
            conn.execute(insert(db.events).values(item_id=item_id, action="add"))
            added += 1
        return added

    @staticmethod
    def _item_count(conn: Connection, case_id: int) -> int:
        return int(conn.execute(select(func.count()).select_from(db.items).where(db.items.c.case_id == case_id)).scalar_one())

    # -- the operations -----------------------------------------------------------------
    async def create(self, key: str, body: bytes, client: str) -> tuple[CaseCreated, bool]:
        """Open a case (True), or the one already opened under ``key`` (False)."""
        bundle, canonical = await self._parsed(self._parse_create, body)
        # Checked before the PIN is hashed, so an address over its limit costs no scrypt;
        # counted in the transaction that opens the case, so only a case opened counts. A
        # retry of a case already opened is answered whatever the count says.
        address = f"case:{client}"
        seen, wait = await _in_thread(self._before_create, key, address)
        if not seen and wait > 0:
            raise too_many_cases(wait)
        return await self._create(key, bundle, canonical, client, count_as=address)

    async def _create(
        self, key: str, bundle: Bundle, canonical: bytes, client: str, count_as: str
    ) -> tuple[CaseCreated, bool]:
        request_hash = security.sha256_hex(b"create\x00" + canonical)
        pin = security.pin_for(self.secret, key)
        salt = os.urandom(16)
        # Hashed before the transaction: a write lock is never held for 50 ms of scrypt.
        pin_hash = await hashing.hash_pin(client, pin, salt)

        def write(conn: Connection, _locked: None) -> tuple[CaseCreated, int, int]:
            # Only a new case counts (a replay never reaches here). Processes racing past
            # the read above are stopped here, after their scrypt but before any write.
            wait = claim_address(conn, count_as, time.time(), self.cases_per_address, CASES_WINDOW_SECONDS)
            if wait > 0:
                raise too_many_cases(wait)
            number = security.new_case_number()
            case_id = _new_id(
                conn,
                insert(db.cases).values(
                    case_number=number, pin_salt=salt, pin_hash=pin_hash, program=bundle.program, status="active"
                ),
            )
            added = self._insert_items(conn, case_id, bundle.items, new_case=True)
            return CaseCreated(case_number=number, pin=pin, status="active", items=added, program=bundle.program), case_id, added

        def replay(conn: Connection, _locked: None, seen: Row[Any]) -> CaseCreated:
            case = conn.execute(select(db.cases).where(db.cases.c.id == seen.case_id)).one()
            return CaseCreated(
                case_number=case.case_number, pin=pin, status=case.status, items=self._item_count(conn, case.id), program=case.program
            )

        return await _in_thread(
            self._idempotent_write, key, request_hash, lock=_nothing_to_lock, write=write, replay=replay
        )

    async def add(self, case_number: str, key: str, body: bytes, client: str) -> tuple[CaseStatus, bool]:
        """Add files to an active case (True), or the answer to an earlier try (False)."""
        pin, bundle, canonical = await self._parsed(self._parse_add, body)
        case = await self.verify(case_number, pin, client)
        request_hash = security.sha256_hex(b"add\x00" + case.case_number.encode() + b"\x00" + canonical)

        def lock(conn: Connection) -> Row[Any]:
            return self.db.lock_case(conn, case.id)  # withdrawing waits for this, and vice versa

        def write(conn: Connection, locked: Row[Any]) -> tuple[CaseStatus, int, int]:
            if locked.status != "active":
                raise ApiError(409, "case_withdrawn", "This case was withdrawn; please open a new one.")
            # 409 rather than 422: the request is well formed, the case's state refuses it.
            if locked.program != bundle.program:
                raise ApiError(409, "program_mismatch", "These fingerprints are for a different programme than the case.")
            count = self._item_count(conn, locked.id)
            if count + len(bundle.items) > MAX_ITEMS_PER_CASE:
                raise ApiError(409, "case_full", f"A case holds at most {MAX_ITEMS_PER_CASE} files.")
            added = self._insert_items(conn, locked.id, bundle.items)
            return CaseStatus(case_number=locked.case_number, status="active", items=count + added), locked.id, added

        def replay(conn: Connection, locked: Row[Any], seen: Row[Any]) -> CaseStatus:
            if seen.case_id != locked.id:
                raise _reused()
            return CaseStatus(case_number=locked.case_number, status=locked.status, items=self._item_count(conn, locked.id))

        return await _in_thread(self._idempotent_write, key, request_hash, lock=lock, write=write, replay=replay)

    async def status(self, case_number: str, pin: str, client: str) -> CaseStatus:
        case = await self.verify(case_number, pin, client)
        return await _in_thread(self._status, case.id)

    def _status(self, case_id: int) -> CaseStatus:
        with self.db.read() as conn:
            case = conn.execute(select(db.cases).where(db.cases.c.id == case_id)).one()
            return CaseStatus(case_number=case.case_number, status=case.status, items=self._item_count(conn, case_id))

    async def withdraw(self, case_number: str, pin: str, client: str) -> CaseStatus:
        case = await self.verify(case_number, pin, client)
        return await _in_thread(self._withdraw, case.id)

    def _withdraw(self, case_id: int) -> CaseStatus:
        with self.db.write() as conn:
            case = self.db.lock_case(conn, case_id)  # an add in progress finishes first
            if case.status != "withdrawn":
                conn.execute(update(db.cases).where(db.cases.c.id == case_id).values(status="withdrawn"))
                # In item_ref order (random), not the order the items were added in.
                live = conn.execute(
                    select(db.items.c.id).where(db.items.c.case_id == case_id, db.items.c.active).order_by(db.items.c.item_ref)
                ).scalars().all()
                if live:
                    conn.execute(insert(db.events), [{"item_id": item_id, "action": "remove"} for item_id in live])
                conn.execute(update(db.items).where(db.items.c.case_id == case_id).values(active=False))
            return CaseStatus(case_number=case.case_number, status="withdrawn", items=self._item_count(conn, case_id))

    # -- the platforms' feed ------------------------------------------------------------
    def publish(self) -> None:
        """Give every event not yet in the feed its place there, in a random order.

        A case's items are written together (opened together, withdrawn together), so
        events numbered in writing order would let a reader who steps the cursor one
        event at a time tell which fingerprints belong to one person. Events are
        therefore published when the feed is read, all those written since the last
        read at once, in the order of their items' random references (an item's add
        before its remove). What a reader can still learn is which events were published
        in the same batch, as it could from when it saw them.
        """
        unpublished = select(db.events.c.seq).where(db.events.c.pub_seq.is_(None)).limit(1)
        with self.db.read() as conn:
            if conn.execute(unpublished).first() is None:
                return  # the usual poll: nothing new, and no write lock taken
        with self.db.write() as conn:
            self.db.serialise_events(conn)
            pending = conn.execute(
                select(db.events.c.seq)
                .join(db.items, db.items.c.id == db.events.c.item_id)
                .where(db.events.c.pub_seq.is_(None))
                .order_by(db.items.c.item_ref, db.events.c.seq)
            ).scalars().all()
            if not pending:
                return
            top = conn.execute(select(func.coalesce(func.max(db.events.c.pub_seq), 0))).scalar_one()
            conn.execute(
                update(db.events).where(db.events.c.seq == bindparam("event")).values(pub_seq=bindparam("place")),
                [{"event": seq, "place": top + i} for i, seq in enumerate(pending, start=1)],
            )

    def feed_page(self, token: str, after: int, limit: int) -> bytes:
        """One page of the feed as JSON bytes (see the route for what a page promises)."""
        with self.db.read() as conn:
            known = conn.execute(
                select(db.platforms.c.name).where(db.platforms.c.token_hash == security.sha256_hex(token))
            ).first()
        if not token or known is None:
            raise ApiError(401, "unauthorised", "A valid platform token is required.", {"WWW-Authenticate": "Bearer"})
        self.publish()
        with self.db.read() as conn:
            # Cursors go up to 2**53 - 1: compared as 64-bit integers, since PostgreSQL
            # would otherwise take the cursor for the column's 32-bit type and fail.
            cursor = literal(after, BigInteger)
            place = db.events.c.pub_seq
            # Sizes first, so that only a page's worth of fingerprints is ever loaded.
            sizes = conn.execute(
                select(place, func.length(db.items.c.fingerprints))
                .join(db.items, db.items.c.id == db.events.c.item_id)
                .where(place > cursor)
                .order_by(place)
                .limit(limit)
            ).all()
            last, total = after, 0
            for seq, size in sizes:
                if total and total + size > MAX_FEED_PAGE_BYTES:
                    break
                last, total = seq, total + size
            rows = conn.execute(
                select(db.events.c.action, db.items.c.item_ref, db.items.c.fingerprints, db.cases.c.program)
                .join(db.items, db.items.c.id == db.events.c.item_id)
                .join(db.cases, db.cases.c.id == db.items.c.case_id)
                .where(place > cursor, place <= literal(last, BigInteger))
                .order_by(place)
            ).all()
        # A page is a set: each item once, with its latest action, ordered by item_ref
        # (random), so neither order nor position links the items of one case. The
        # programme is there because a platform acts differently on pictures of a child.
        latest = {row.item_ref: row for row in rows}
        events = b",".join(
            b'{"action":%s,"item":%s,"item_ref":%s,"program":%s}'
            % (
                json.dumps(latest[ref].action).encode(),
                latest[ref].fingerprints.encode("ascii"),
                json.dumps(ref).encode(),
                json.dumps(latest[ref].program).encode(),
            )
            for ref in sorted(latest)
        )
        return b'{"events":[%s],"next_cursor":%d}' % (events, last)
