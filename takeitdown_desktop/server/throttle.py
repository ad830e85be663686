"""Limits on guessing PINs: per case number (in the database) and per client address.

A guess is counted *before* its PIN is checked, in the same statement that reads the
count, so concurrent guesses cannot all see "not locked yet": at most FREE_FAILURES
guesses are checked for a case number before it locks, then one per lock. A right
PIN clears the count again.
"""

from __future__ import annotations

import ipaddress
import threading
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import Final

from sqlalchemy import ColumnElement, case, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from takeitdown_desktop.server import db

#: Wrong PINs for one case number before it is locked, and the longest lock (seconds).
FREE_FAILURES: Final = 5
FIRST_LOCK_SECONDS: Final = 30
MAX_LOCK_SECONDS: Final = 3600
#: Wrong PINs from one client address per window before it is slowed down.
CLIENT_FAILURES: Final = 20
CLIENT_WINDOW_SECONDS: Final = 600
#: Client addresses remembered at most; the least recently seen are forgotten first.
MAX_CLIENTS: Final = 50_000
#: A case number nobody has guessed for this long, and not locked, is forgotten: the
#: database would otherwise keep a row for every number anyone ever tried.
FORGET_GUESSES_SECONDS: Final = 86_400
#: How often the service looks for them (seconds), at the next guess after that.
FORGET_EVERY_SECONDS: Final = 600


def lock_seconds(failures: int) -> float:
    """How long a case number stays locked after ``failures`` counted guesses."""
    if failures < FREE_FAILURES:
        return 0.0
    return float(min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** min(failures - FREE_FAILURES, 20)))


def _lock_until(failures_after: ColumnElement[int], now: float) -> ColumnElement[float]:
    """SQL for the lock that ``failures_after`` counted guesses set, as a CASE over the
    few lengths below the cap (portable: no power() needed)."""
    steps: list[tuple[ColumnElement[bool], float]] = []
    n = FREE_FAILURES
    while lock_seconds(n) < MAX_LOCK_SECONDS:
        steps.append((failures_after == n, now + lock_seconds(n)))
        n += 1
    return case(*steps, else_=now + MAX_LOCK_SECONDS)


def claim_guess(conn: Connection, case_number: str, now: float) -> float:
    """Count one guess at ``case_number``; 0.0 if it may be checked, else seconds to wait.

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
            locked_until=case((counted >= FREE_FAILURES, _lock_until(counted, now)), else_=db.attempts.c.locked_until),
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


@dataclass
class _Client:
    failures: deque[float] = field(default_factory=deque)
    checking: int = 0


class ClientThrottle:
    """Wrong PINs per client address, in this process, in a sliding window.

    Guesses being checked right now count too, so a burst from one address cannot get
    more than CLIENT_FAILURES checked; a right PIN gives its place back. Addresses with
    nothing left to count are forgotten, and at most MAX_CLIENTS are kept.
    """

    def __init__(self, limit: int = CLIENT_FAILURES, window: float = CLIENT_WINDOW_SECONDS, max_clients: int = MAX_CLIENTS) -> None:
        self.limit, self.window, self.max_clients = limit, window, max_clients
        self._lock = threading.Lock()
        self._clients: OrderedDict[str, _Client] = OrderedDict()

    def __len__(self) -> int:
        return len(self._clients)

    def claim(self, client: str, now: float) -> float:
        """0.0 and the guess is counted, or the seconds to wait before guessing again."""
        with self._lock:
            self._expire(now)
            entry = self._clients.get(client)
            if entry is None:
                entry = self._clients[client] = _Client()
                while len(self._clients) > self.max_clients:
                    self._clients.popitem(last=False)
            self._clients.move_to_end(client)
            if len(entry.failures) + entry.checking >= self.limit:
                if len(entry.failures) >= self.limit:
                    return entry.failures[0] + self.window - now
                return 1.0  # guesses still being checked may yet turn out right
            entry.checking += 1
            return 0.0

    def settle(self, client: str, now: float, *, wrong: bool) -> None:
        """A claimed guess was checked (or not checked after all, ``wrong=False``)."""
        with self._lock:
            entry = self._clients.get(client)
            if entry is None:
                return
            entry.checking = max(0, entry.checking - 1)
            if wrong:
                entry.failures.append(now)
            elif not entry.failures and not entry.checking:
                del self._clients[client]

    def _expire(self, now: float) -> None:
        # Least recently seen first: stop at the first address still being counted.
        while self._clients:
            client, entry = next(iter(self._clients.items()))
            while entry.failures and entry.failures[0] <= now - self.window:
                entry.failures.popleft()
            if entry.failures or entry.checking:
                return
            del self._clients[client]
