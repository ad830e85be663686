"""Connections that cannot be held open for nothing.

uvicorn times out a connection only between requests (``timeout_keep_alive``): one that
never sends a request, or sends its head a byte now and then, stays open for ever, and a
thousand of them use up the process's file descriptors and take the service down for
everyone. So a connection must deliver a whole request head within ``head_seconds`` of
opening (or of its last response), and no more than ``max_connections`` are open at
once: the rest are closed as soon as they are accepted. Slow bodies are handled where
they are read (``bodies.BodyLimit``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import resource
from typing import Any, Final

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from takeitdown_desktop.server import audit
from takeitdown_desktop.server.throttle import client_key

log = logging.getLogger(__name__)

#: A request head (request line and headers) must arrive within this many seconds.
HEAD_SECONDS: Final = 10.0
#: Connections open at once; more are closed on arrival. Each takes a file descriptor.
MAX_CONNECTIONS: Final = 1000
#: Descriptors kept for the database, log files and the like, beyond the connections.
_SPARE_DESCRIPTORS: Final = 128


class _SaidByAudit(logging.Filter):
    """Drops uvicorn's own line for each request that is not valid HTTP: an attacker can
    send those as fast as the network allows, and the log would fill with them. The
    ``bad_request`` security event says the same, at a bounded rate (audit.py)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != "Invalid HTTP request received."


_SAID_BY_AUDIT = _SaidByAudit()


def timed_protocol(head_seconds: float = HEAD_SECONDS, max_connections: int = MAX_CONNECTIONS) -> type[H11Protocol]:
    """uvicorn's h11 protocol with a deadline for request heads and a cap on connections."""
    uvicorn_log = logging.getLogger("uvicorn.error")
    if _SAID_BY_AUDIT not in uvicorn_log.filters:
        uvicorn_log.addFilter(_SAID_BY_AUDIT)

    class TimedH11Protocol(H11Protocol):
        _head_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            if len(self.connections) > max_connections:
                transport.close()  # answered with nothing: the count is back down at once
                audit.event("connections_full", self._client())
                return
            self._arm()

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self.cycle is not None and not self.cycle.response_complete:
                self._disarm()  # the head is in; the body has deadlines of its own

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _arm(self) -> None:
            self._disarm()
            self._head_timer = self.loop.call_later(head_seconds, self._head_too_slow)

        def _disarm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _head_too_slow(self) -> None:
            self._head_timer = None
            if self.cycle is None or self.cycle.response_complete:
                self.transport.close()
                if self.cycle is None:  # never sent a request (not one left idle after its answer)
                    audit.event("head_too_slow", self._client())

        def _client(self) -> str:
            return client_key(self.client[0] if self.client else None)

        def send_400_response(self, msg: str) -> None:
            # Not valid HTTP: answered in the API's JSON like every other error, not in
            # uvicorn's plain text.
            body = json.dumps(
                {"error": {"code": "bad_request", "message": "The request is not valid HTTP."}}
            ).encode()
            headers = [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ]
            try:
                for event in (h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
                              h11.Data(data=body), h11.EndOfMessage()):
                    self.transport.write(self.conn.send(event))
            except h11.LocalProtocolError:
                pass  # too late in the exchange for an answer
            self.transport.close()
            audit.event("bad_request", self._client())

    return TimedH11Protocol


def raise_descriptor_limit() -> int:
    """Let this process open as many files as the system allows it (the soft limit is
    often 1024, the hard one far more); returns the limit now in force."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else max(soft, 65536)
    if wanted > soft:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
            soft = wanted
        except (ValueError, OSError):
            log.warning("could not raise the open-file limit above %d", soft)
    return soft


def serving_options(head_seconds: float = HEAD_SECONDS, max_connections: int | None = None) -> dict[str, Any]:
    """uvicorn settings for a server facing the internet: the protocol above, with the
    cap kept below the descriptors this process may open."""
    limit = raise_descriptor_limit()
    cap = max(16, limit - _SPARE_DESCRIPTORS)
    connections = min(max_connections or MAX_CONNECTIONS, cap)
    return {"http": timed_protocol(head_seconds, connections)}
