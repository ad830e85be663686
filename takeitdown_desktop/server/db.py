"""Storage: SQLAlchemy Core tables, for SQLite (one machine) or PostgreSQL (several).

Nothing stored identifies a person: fingerprints, an unguessable case number, a slow
salted hash of the PIN, and hashes of idempotency keys and platform tokens.
"""

from __future__ import annotations

import os
import stat
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, Final

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    inspect,
    make_url,
    select,
    text,
)
from sqlalchemy.engine import Connection, Engine, Row
from sqlalchemy.pool import StaticPool

metadata = MetaData()

cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_number", String(32), nullable=False, unique=True),
    Column("pin_salt", LargeBinary(32), nullable=False),
    Column("pin_hash", LargeBinary(64), nullable=False),
    Column("program", String(16), nullable=False),
    Column("status", String(16), nullable=False),
)

items = Table(
    "items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False, index=True),
    # What platforms see instead of the case number.
    Column("item_ref", String(32), nullable=False, unique=True),
    Column("kind", String(8), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("fingerprints", Text, nullable=False),  # the bundle item, canonical JSON
    Column("active", Boolean, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("item_id", Integer, ForeignKey("items.id"), nullable=False),
    Column("action", String(8), nullable=False),  # "add" or "remove"
    # The event's place in the feed, given when it is published (see CaseService.publish):
    # in a random order within each batch, so that a case's items, which are written
    # together, are not read together.
    Column("pub_seq", BigInteger, nullable=True, unique=True),
)

idempotency = Table(
    "idempotency",
    metadata,
    Column("key_hash", String(64), primary_key=True),
    Column("request_hash", String(64), nullable=False),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
    Column("item_count", Integer, nullable=False),
)

#: What one client address did in the current window: wrong PINs ("pin:ADDRESS") or
#: cases opened ("case:ADDRESS"). In the database, so every server process counts alike.
address_counts = Table(
    "address_counts",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("count", Integer, nullable=False),
    Column("window_start", Float, nullable=False),
)

# Wrong-PIN counting, by the case number as typed, whether or not such a case exists
# (so throttling itself does not tell which case numbers are real).
attempts = Table(
    "attempts",
    metadata,
    Column("case_number", String(64), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("locked_until", Float, nullable=False),
    # When it was last guessed: a case number left alone for a day is forgotten.
    Column("last_guess", Float, nullable=False, server_default="0"),
)

platforms = Table(
    "platforms",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
)

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", LargeBinary, nullable=False),
)


class InsecureDatabase(Exception):
    """The database file can be read by other users of this computer."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Transactions are begun by us (see _begin), not by the sqlite3 module, which would
    # only begin them at the first write: too late for a check-then-write to be safe.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL lets readers and the writer proceed together; FULL sync means an answer is
    # only sent after the case is on disk, even if the process is killed a moment later.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _begin(conn: Connection) -> None:
    # BEGIN IMMEDIATE takes SQLite's write lock at once, so what a transaction reads
    # cannot change before it writes; plain BEGIN for reading.
    immediate = conn.get_execution_options().get("takeitdown_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL, or None (in memory, or not SQLite)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    name = parsed.database or ""
    if name.startswith("file:"):  # a URI filename (uri=true)
        name = name[len("file:") :]
    if name in ("", ":memory:") or parsed.query.get("mode") == "memory":
        return None
    return Path(name)


def _private_file(path: Path) -> None:
    """Create the database file 0600 (its folder 0700 when we make it), or refuse an
    existing one that other users can read: it holds the server secret, the PIN hashes
    and every fingerprint."""
    folder = path.parent
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        folder.chmod(0o700)  # mkdir's mode passes through the umask
    # Through a link, the file is where it points (O_EXCL would refuse a dangling link as
    # an existing file, and SQLite would then create its target with the umask's mode).
    real = Path(os.path.realpath(path))
    try:
        os.close(os.open(real, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))
    except FileExistsError:
        pass
    except FileNotFoundError:
        raise InsecureDatabase(f"The folder for the database file, {real.parent}, does not exist.") from None
    # SQLite gives its -wal and -shm files the main file's mode; check any left over.
    names = {path, real}
    for candidate in (*names, *(Path(f"{p}{suffix}") for p in names for suffix in ("-wal", "-shm", "-journal"))):
        try:
            mode = candidate.stat().st_mode
        except FileNotFoundError:
            continue
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise InsecureDatabase(
                f"The database file {candidate} can be opened by other users of this computer, and it "
                f"holds the server's secret, the PIN hashes and every fingerprint. Make it private with\n"
                f"    chmod 600 {candidate}\nand start the server again."
            )


#: PostgreSQL connections kept open, and how many more a burst may open.
POOL_SIZE: Final = 20
POOL_OVERFLOW: Final = 20


def make_engine(url: str) -> Engine:
    """An engine for ``url``, tables created.

    ``url`` is sqlite:///path (the file is created private, and refused if others can
    read it), ``sqlite://`` (a private database in memory, one connection shared by all
    threads) or postgresql://...
    """
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    kwargs: dict[str, Any] = {}
    sqlite = make_url(url).get_backend_name() == "sqlite"
    if sqlite:
        kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
        path = sqlite_file(url)
        if path is None:
            kwargs["poolclass"] = StaticPool  # every thread must see the same memory
        else:
            _private_file(path)
    else:
        kwargs.update(pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW, pool_pre_ping=True)
    engine = create_engine(url, **kwargs)
    if sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin)
    metadata.create_all(engine)
    _upgrade(engine)
    return engine


def _add_missing_column(engine: Engine, table: str, column: str, *statements: str, **values: Any) -> None:
    """Bring a database made by an earlier version up to date: when ``table`` lacks
    ``column``, run ``statements`` (the first adds it) in one transaction."""
    if any(c["name"] == column for c in inspect(engine).get_columns(table)):
        return
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement), values)


def _upgrade(engine: Engine) -> None:
    # Events get a place in the feed when published; what was in the feed keeps its
    # place (its order there is already known to the platforms).
    _add_missing_column(
        engine,
        "events",
        "pub_seq",
        "ALTER TABLE events ADD COLUMN pub_seq BIGINT",
        "UPDATE events SET pub_seq = seq",
        "CREATE UNIQUE INDEX IF NOT EXISTS events_pub_seq ON events (pub_seq)",
    )
    # Wrong guesses are forgotten a day after the last one; for rows from before, that
    # is unknown, so they count from this start.
    _add_missing_column(
        engine,
        "attempts",
        "last_guess",
        "ALTER TABLE attempts ADD COLUMN last_guess FLOAT NOT NULL DEFAULT 0",
        "UPDATE attempts SET last_guess = :now",
        now=time.time(),
    )


class Database:
    """An engine, and the two ways the case API uses it: reading, and writing safely."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.postgresql = engine.dialect.name == "postgresql"
        self._immediate = engine.execution_options(takeitdown_immediate=True)
        # PostgreSQL reads outside a transaction: under read committed each statement
        # sees its own snapshot anyway, and a read then costs one round trip, not three
        # (BEGIN, the query, ROLLBACK), which every create pays before its scrypt.
        self._reader = engine.execution_options(isolation_level="AUTOCOMMIT") if self.postgresql else engine
        # SQLite has one writer at a time. Waiting for it in SQLite's busy handler means
        # sleeping in steps of up to 100 ms, so writers of this process queue on a lock
        # instead; other processes still wait in SQLite. One shared connection (an
        # in-memory database) must not be used by two threads at once at all.
        sqlite = engine.dialect.name == "sqlite"
        self._writer: threading.Lock | None = threading.Lock() if sqlite else None
        self._shared = sqlite and isinstance(engine.pool, StaticPool)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction in which what is read cannot change before it is written.

        SQLite: BEGIN IMMEDIATE. PostgreSQL: read committed, so writers that check a case
        first lock its row with :meth:`lock_case`.
        """
        with self._writer or nullcontext(), self._immediate.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self._writer if self._shared and self._writer else nullcontext(), self._reader.connect() as conn:
            yield conn

    @staticmethod
    def lock_case(conn: Connection, case_id: int) -> Row[Any]:
        """The case row, locked until the transaction ends (SQLite: already locked)."""
        return conn.execute(select(cases).where(cases.c.id == case_id).with_for_update()).one()

    def serialise_events(self, conn: Connection) -> None:
        """One publisher of events at a time (see CaseService.publish): two on PostgreSQL
        could give two events the same place, or read the highest place stale. Writers of
        events need not take it: an event committed while a batch is published goes into
        the next one. (SQLite: the write transaction already excludes every other.)"""
        if self.postgresql:
            conn.execute(text("SELECT pg_advisory_xact_lock(7391)"))
