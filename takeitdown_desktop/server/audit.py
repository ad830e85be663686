"""Security events, logged for the people who run the service, at a bounded rate.

What an operator needs to see an attack (who is guessing PINs, opening cases in bulk,
trying feed tokens, holding connections), on the logger
``takeitdown_desktop.server.security`` at WARNING. Each line names the event and the
client address as the limits count it (an IPv6 /64), never a case number, PIN, token,
file hash or body. An attacker can cause events faster than anyone reads them, so each
kind is logged at most EVENTS_PER_MINUTE times a minute, and a line then says how many
more there were.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Final

log = logging.getLogger("takeitdown_desktop.server.security")

EVENTS_PER_MINUTE: Final = 20
_WINDOW_SECONDS: Final = 60.0

#: Error codes the API answers with that are worth an operator's attention.
SECURITY_CODES: Final = frozenset(
    {
        "too_many_attempts",  # wrong PINs: a case number or an address locked
        "too_many_cases",  # an address opening cases in bulk
        "unauthorised",  # a wrong feed token
        "too_slow",  # a body trickled in
        "too_large",
        "busy",  # bodies in flight at the memory budget
        "bad_request",  # not valid HTTP (request smuggling tries), or a Host not ours
    }
)


class _Limiter:
    def __init__(self, per_window: int = EVENTS_PER_MINUTE, window: float = _WINDOW_SECONDS) -> None:
        self.per_window, self.window = per_window, window
        self._lock = threading.Lock()
        self._started: dict[str, float] = {}
        self._counts: dict[str, int] = {}

    def admit(self, kind: str, now: float) -> tuple[bool, int]:
        """(log this one?, events of this kind left unlogged in the window just ended)."""
        with self._lock:
            unlogged = 0
            if now - self._started.get(kind, -self.window) >= self.window:
                unlogged = max(0, self._counts.get(kind, 0) - self.per_window)
                self._started[kind], self._counts[kind] = now, 0
            self._counts[kind] += 1
            return self._counts[kind] <= self.per_window, unlogged


_limiter = _Limiter()


def event(kind: str, client: str) -> None:
    """Log one security event of ``kind`` from ``client`` (an address as counted)."""
    admitted, unlogged = _limiter.admit(kind, time.monotonic())
    if unlogged:
        log.warning("%d more %s events in the minute before, not logged one by one", unlogged, kind)
    if admitted:
        log.warning("%s from %s", kind, client)
