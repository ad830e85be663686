"""The GUI's one way to run background work.

A task is a plain function run on a thread pool (injected, so tests can use their own).
It never touches widgets: it reports through the signals of a small QObject, which Qt
delivers on the GUI thread. The runner keeps every task alive until it has reported (a
runnable collected while its signals are in flight is a use-after-free in the
bindings), and counts what is still running, for shutdown and tests.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

# What a task is given to report progress with: any value, delivered on the GUI thread.
Report = Callable[[Any], None]


class _TaskSignals(QObject):
    """Signals:
    - ``progress(value)``: whatever the task reported on the way.
    - ``succeeded(result)``
    - ``failed(error)``: the exception, for the caller to put in plain words.
    - ``ended()``: after either of the two above.
    """

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    ended = Signal()


class Task(QRunnable):
    """One function on the pool. ``cancel`` sets an event the function may watch."""

    def __init__(self, fn: Callable[[Report, threading.Event], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner owns it until it reports
        self.fn = fn
        self.signals = _TaskSignals()
        self.cancelled = threading.Event()

    def cancel(self) -> None:
        self.cancelled.set()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit, self.cancelled)
        except Exception as exc:  # handed to the GUI, which explains it and marks what failed
            # The kind only: a message could name the person's files.
            log.warning("background task failed: %s", type(exc).__name__)
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.ended.emit()


class TaskRunner(QObject):
    """Starts tasks and keeps them until they report.

    Signals: ``idle()`` when the last running task has reported.
    """

    idle = Signal()

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._tasks: set[Task] = set()
        self._pools: set[QThreadPool] = {pool}

    def run(
        self,
        fn: Callable[[Report, threading.Event], Any],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
        progress: Callable[[Any], None] | None = None,
        pool: QThreadPool | None = None,
    ) -> Task:
        """Run ``fn(report, cancelled)`` in the background; the callbacks run on the GUI thread.

        ``pool`` keeps long work (a batch of files) apart from quick work (previews,
        requests), so that the quick never waits behind the long.
        """
        task = Task(fn)
        if progress is not None:
            task.signals.progress.connect(progress)
        if done is not None:
            task.signals.succeeded.connect(done)
        if failed is not None:
            task.signals.failed.connect(failed)
        task.signals.ended.connect(lambda t=task: self._ended(t))
        self._tasks.add(task)
        pool = pool or self._pool
        self._pools.add(pool)
        pool.start(task)
        return task

    def call(
        self, fn: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[Exception], None]
    ) -> Task:
        """Run one blocking call (a request to the case service, say)."""
        return self.run(lambda _report, _cancelled: fn(), done=done, failed=failed)

    def running(self) -> int:
        return len(self._tasks)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until every task has finished running (reports may still be queued)."""
        return all(pool.waitForDone(timeout_ms) for pool in list(self._pools))

    def _ended(self, task: Task) -> None:
        self._tasks.discard(task)
        if not self._tasks:
            self.idle.emit()
