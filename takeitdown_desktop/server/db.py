"""Storage: SQLAlchemy Core tables, for SQLite (one machine) or PostgreSQL (several).

Nothing stored identifies a person: fingerprints, an unguessable case number, a slow
salted hash of the PIN, and hashes of idempotency keys and platform tokens.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
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
)
from sqlalchemy.engine import Engine

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
)

idempotency = Table(
    "idempotency",
    metadata,
    Column("key_hash", String(64), primary_key=True),
    Column("request_hash", String(64), nullable=False),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
    Column("item_count", Integer, nullable=False),
)

# Wrong-PIN counting, by the case number as typed, whether or not such a case exists
# (so throttling itself does not tell which case numbers are real).
attempts = Table(
    "attempts",
    metadata,
    Column("case_number", String(64), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("locked_until", Float, nullable=False),
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


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers and the writer proceed together; FULL sync means an answer is
    # only sent after the case is on disk, even if the process is killed a moment later.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url`` (sqlite:///path or postgresql://...), tables created."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    kwargs: dict[str, Any] = {"future": True}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
        if url in ("sqlite://", "sqlite:///:memory:"):
            # One connection for every thread: each new connection to ":memory:" would be
            # a new, empty database.
            from sqlalchemy.pool import StaticPool

            kwargs["poolclass"] = StaticPool
    else:
        kwargs.update(pool_size=20, max_overflow=20, pool_pre_ping=True)
    engine = create_engine(url, **kwargs)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    metadata.create_all(engine)
    return engine
