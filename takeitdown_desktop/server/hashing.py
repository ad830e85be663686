"""PIN hashing (scrypt, slow by design) on a few threads, shared fairly between clients.

scrypt releases the GIL, so one thread per core runs them in parallel; more threads
would only add memory (16 MiB each). Work is taken from the waiting clients in turn,
so one address sending many guesses cannot make everyone else wait behind them, and
no database connection is held while a PIN is hashed.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict, deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from takeitdown_desktop.core import cores
from takeitdown_desktop.server import security

T = TypeVar("T")


class FairPool:
    """Runs callables on ``workers`` daemon threads, one client's queue at a time in turn."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._cond = threading.Condition()
        self._queues: OrderedDict[str, deque[tuple[Callable[[], Any], Future[Any]]]] = OrderedDict()
        self._threads: list[threading.Thread] = []

    def submit(self, client: str, fn: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        with self._cond:
            self._queues.setdefault(client, deque()).append((fn, future))
            if len(self._threads) < self.workers:
                thread = threading.Thread(target=self._work, name="pin-hashing", daemon=True)
                self._threads.append(thread)
                thread.start()
            self._cond.notify()
        return future

    async def run(self, client: str, fn: Callable[[], T]) -> T:
        return await asyncio.wrap_future(self.submit(client, fn))

    def _work(self) -> None:
        while True:
            with self._cond:
                while not self._queues:
                    self._cond.wait()
                client, queue = next(iter(self._queues.items()))
                fn, future = queue.popleft()
                if queue:
                    self._queues.move_to_end(client)  # the others go first
                else:
                    del self._queues[client]
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn())
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting request
                future.set_exception(exc)


_pool: FairPool | None = None
_pool_lock = threading.Lock()


def pool() -> FairPool:
    """The process's one pool: the cores are shared by every app in the process."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = FairPool(cores.usable())
        return _pool


async def hash_pin(client: str, pin: str, salt: bytes) -> bytes:
    return await pool().run(client, lambda: security.hash_pin(pin, salt))


async def check_pin(client: str, pin: str, salt: bytes, expected: bytes) -> bool:
    return await pool().run(client, lambda: security.check_pin(pin, salt, expected))
