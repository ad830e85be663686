"""Limits on guessing PINs, per case number and per client address, and on opening
cases, per client address: all in the database, so that every server process counts
alike (limits kept in each process's memory grew with the number of processes).

A guess is counted *before* its PIN is checked, in the same statement that reads the
count, so concurrent guesses cannot all see "not locked yet". A case number is counted
twice: for the address guessing it (FREE_FAILURES checked before that address is locked
out of it, then one per lock), and for everyone (CASE_FAILURES before it locks for all).
The first keeps one guesser, or a few, from locking the case's owner out: one wrong
guess per lock period kept a case locked for ever when the lock was everyone's. The
second still bounds what many addresses together can try. A right PIN clears both
counts, and gives its address its place back.
"""

from __future__ import annotations

import hashlib
import ipaddress
from typing import Final

from sqlalchemy import ColumnElement, case, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from takeitdown_desktop.server import db

#: Wrong PINs for one case number from one address before that address is locked out
#: of it, and the longest lock (seconds).
FREE_FAILURES: Final = 5
#: Wrong PINs for one case number from all addresses together before it locks for
#: everyone (its owner too): with 10^8 PINs, about one chance in a million a day.
CASE_FAILURES: Final = 100
FIRST_LOCK_SECONDS: Final = 30
MAX_LOCK_SECONDS: Final = 3600
#: Wrong PINs from one client address per window before it is slowed down.
CLIENT_FAILURES: Final = 20
CLIENT_WINDOW_SECONDS: Final = 600
#: Cases one client address may open per window (a person opens one or two; a shared
#: address, a school's say, a few dozen), so that nobody can fill the database.
CASES_PER_ADDRESS: Final = 30
CASES_WINDOW_SECONDS: Final = 3600
#: How far ahead of a request's time a window may start before the clock is taken to
#: have been set back.
CLOCK_SLACK_SECONDS: Final = 300
#: A case number nobody has guessed for this long, and not locked, is forgotten: the
#: database would otherwise keep a row for every number anyone ever tried.
FORGET_GUESSES_SECONDS: Final = 86_400
#: How often the service looks for them (seconds), at the next guess after that.
FORGET_EVERY_SECONDS: Final = 600


def lock_seconds(failures: int, free: int = FREE_FAILURES) -> float:
    """How long a count stays locked after ``failures`` counted guesses."""
    if failures < free:
        return 0.0
    return float(min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** min(failures - free, 20)))


def _lock_until(failures_after: ColumnElement[int], now: float, free: int) -> ColumnElement[float]:
    """SQL for the lock that ``failures_after`` counted guesses set, as a CASE over the
    few lengths below the cap (portable: no power() needed)."""
    steps: list[tuple[ColumnElement[bool], float]] = []
    n = free
    while lock_seconds(n, free) < MAX_LOCK_SECONDS:
        steps.append((failures_after == n, now + lock_seconds(n, free)))
        n += 1
    return case(*steps, else_=now + MAX_LOCK_SECONDS)


def guess_key(case_number: str, client: str) -> str:
    """The row counting one address's guesses at one case number (64 characters, as a
    case number's column holds; a digest, so no address is stored beside a number)."""
    return hashlib.sha256(f"{case_number}\x00{client}".encode()).hexdigest()


def claim_guess(conn: Connection, case_number: str, now: float, free: int = FREE_FAILURES) -> float:
    """Count one guess at ``case_number`` (or a :func:`guess_key`); 0.0 if it may be
    checked, else seconds to wait. ``free``: guesses before the first lock.

    Call inside a write transaction. The guess stays counted as a failure unless
    :func:`forget_guesses` is called after a right PIN.
    """
    dialect_insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    conn.execute(
        dialect_insert(db.attempts)
        .values(case_number=case_number, failures=0, locked_until=0.0, last_guess=now)
        .on_conflict_do_nothing(index_elements=["case_number"])
    )
    counted = db.attempts.c.failures + 1
    claimed = conn.execute(
        update(db.attempts)
        .where(db.attempts.c.case_number == case_number, db.attempts.c.locked_until <= now)
        # The guess that reaches the limit sets the lock itself: the ones racing it are
        # refused by the WHERE above, before their PINs are checked.
        .values(
            failures=counted,
            locked_until=case((counted >= free, _lock_until(counted, now, free)), else_=db.attempts.c.locked_until),
            last_guess=now,
        )
        .returning(db.attempts.c.failures)
    ).first()
    if claimed is not None:
        return 0.0
    locked_until = conn.execute(
        select(db.attempts.c.locked_until).where(db.attempts.c.case_number == case_number)
    ).scalar_one()
    return max(1.0, float(locked_until) - now)


def forget_old_guesses(conn: Connection, now: float) -> None:
    """Drop the case numbers nobody has guessed for FORGET_GUESSES_SECONDS and that are
    not locked (the caller runs this every FORGET_EVERY_SECONDS or so)."""
    conn.execute(
        db.attempts.delete().where(
            db.attempts.c.last_guess < now - FORGET_GUESSES_SECONDS, db.attempts.c.locked_until <= now
        )
    )


def forget_guesses(conn: Connection, case_number: str) -> None:
    conn.execute(db.attempts.delete().where(db.attempts.c.case_number == case_number))


def client_key(host: str | None) -> str:
    """Whom to count: the address, or its /64 for IPv6 (one household or phone has a
    whole /64 to pick addresses from). An IPv4 address seen through a dual-stack socket
    or proxy (``::ffff:a.b.c.d``, or NAT64's ``64:ff9b::a.b.c.d``) is that IPv4 address:
    as a /64, every IPv4 client would share one count."""
    if not host:
        return "unknown"
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return host[:64]
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or (
            ipaddress.IPv4Address(int(address) & 0xFFFFFFFF) if address in _NAT64 else None
        )
        if mapped is not None:
            return str(mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


#: The well-known NAT64 prefix (RFC 6052): the last 32 bits are the IPv4 client.
_NAT64: Final = ipaddress.ip_network("64:ff9b::/96")


def claim_address(conn: Connection, key: str, now: float, limit: int, window: float) -> float:
    """Count one more for ``key`` (what, and which address) in its window; 0.0 if within
    ``limit``, else the seconds until the window ends. Call inside a write transaction:
    the count is read and raised in one statement, so processes racing it cannot all
    see room for one more (and on PostgreSQL, one round trip, not three)."""
    table = db.address_counts
    dialect_insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    stmt = dialect_insert(table).values(key=key, count=1, window_start=now)
    # A window that is over starts again, as does one that starts well ahead of ``now``
    # (the clock was set back). Only well ahead: requests racing each other commit in an
    # order their ``now`` need not follow, and a later one must not reset an earlier's count.
    stale = or_(table.c.window_start <= now - window, table.c.window_start > now + CLOCK_SLACK_SECONDS)
    claimed = conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["key"],
            set_={
                "count": case((stale, 1), else_=table.c.count + 1),
                "window_start": case((stale, now), else_=table.c.window_start),
            },
            where=or_(stale, table.c.count < limit),
        ).returning(table.c.count)
    ).first()
    if claimed is not None:
        return 0.0
    start = conn.execute(select(table.c.window_start).where(table.c.key == key)).scalar_one()
    return max(1.0, float(start) + window - now)


def address_wait(count: int | None, window_start: float | None, now: float, limit: int, window: float) -> float:
    """What :func:`claim_address` would answer, from a count read without writing: 0.0
    if ``key`` may count one more, else the seconds until its window ends. Only a guide
    (the claim itself decides, in the write), so refusing early costs no write."""
    if count is None or window_start is None:
        return 0.0
    if window_start <= now - window or window_start > now + CLOCK_SLACK_SECONDS or count < limit:
        return 0.0
    return max(1.0, float(window_start) + window - now)


def give_back(conn: Connection, key: str) -> None:
    """Take back one count from ``key``: a guess that was right, or never checked."""
    table = db.address_counts
    conn.execute(update(table).where(table.c.key == key, table.c.count > 0).values(count=table.c.count - 1))


def forget_old_addresses(conn: Connection, now: float) -> None:
    """Drop the counts whose window ended long ago (the longest window is an hour)."""
    conn.execute(db.address_counts.delete().where(db.address_counts.c.window_start < now - 2 * CASES_WINDOW_SECONDS))
