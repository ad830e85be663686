"""Fingerprint many files on all cores, in input order, with progress and cancellation.

Work runs in *spawned* worker processes on every platform: that is the only start
method that works the same on Linux, Windows and macOS, and inside a PyInstaller
bundle (whose entry point calls ``multiprocessing.freeze_support()``). A decoder that
crashes takes down one worker, not the app: the pool is rebuilt and the remaining
files are retried one at a time so that only the culprit is reported as failed.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from takeitdown_desktop.core.errors import ErrorCode
from takeitdown_desktop.core.fingerprint import FileReport, failed_report, fingerprint_file

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BatchProgress:
    """``done`` of ``total`` files finished; ``index`` is the input position just finished."""

    index: int
    done: int
    total: int


ProgressCallback = Callable[[BatchProgress], None]


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def _worker_init() -> None:
    # One process per core already; threads inside each worker would only contend.
    try:
        import cv2

        cv2.setNumThreads(1)
    except ImportError:  # pragma: no cover
        pass


def _cancelled(path: str) -> FileReport:
    return failed_report(path, ErrorCode.CANCELLED, "Stopped before this file was fingerprinted.")


def _crashed(path: str) -> FileReport:
    return failed_report(
        path,
        ErrorCode.INTERNAL,
        "Something went wrong while reading this file. It may be damaged in an unusual way.",
    )


class BatchHasher:
    """Runs :func:`fingerprint_file` over many paths.

    ``jobs=0`` runs in the calling process (no workers), for callers that are already
    in a worker of their own.
    """

    def __init__(self, jobs: int | None = None) -> None:
        self.jobs = default_jobs() if jobs is None else max(0, jobs)

    def run(
        self,
        paths: Sequence[str],
        on_progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> Iterator[FileReport]:
        """Yield one report per path, in input order, as soon as it and all before it are done."""
        total = len(paths)
        if total == 0:
            return
        if self.jobs == 0:
            yield from self._run_inline(paths, on_progress, cancel)
            return
        results: dict[int, FileReport] = {}
        next_out = 0
        done = 0

        def finished(index: int, report: FileReport) -> None:
            nonlocal done
            results[index] = report
            done += 1
            if on_progress is not None:
                on_progress(BatchProgress(index, done, total))

        def drain() -> Iterator[FileReport]:
            nonlocal next_out
            while next_out in results:
                yield results.pop(next_out)
                next_out += 1

        pending = list(range(total))
        workers = min(self.jobs, total)
        retry_alone: list[int] = []
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_init) as pool:
            futures: dict[Future[FileReport], int] = {pool.submit(fingerprint_file, paths[i]): i for i in pending}
            while futures:
                if cancel is not None and cancel.is_set():
                    for fut in futures:
                        fut.cancel()
                    break
                ready, _ = wait(futures, timeout=0.1, return_when=FIRST_COMPLETED)
                for fut in ready:
                    index = futures.pop(fut)
                    try:
                        finished(index, fut.result())
                    except BrokenProcessPool:
                        retry_alone.append(index)
                    except Exception:  # a bug of ours must not lose the rest of the batch
                        log.exception("worker failed")
                        finished(index, _crashed(paths[index]))
                yield from drain()
            retry_alone.extend(futures.values())
        # After a crash, isolate: one fresh single-worker pool per file, so that only the
        # file that really brings a worker down is reported as failed.
        for index in sorted(retry_alone):
            if cancel is not None and cancel.is_set():
                finished(index, _cancelled(paths[index]))
                continue
            finished(index, self._run_isolated(paths[index], ctx))
            yield from drain()
        for index in range(total):
            if index not in results and index >= next_out:
                finished(index, _cancelled(paths[index]))
        yield from drain()

    @staticmethod
    def _run_isolated(path: str, ctx: multiprocessing.context.BaseContext) -> FileReport:
        with ProcessPoolExecutor(1, mp_context=ctx, initializer=_worker_init) as pool:
            try:
                return pool.submit(fingerprint_file, path).result()
            except BrokenProcessPool:
                return _crashed(path)

    @staticmethod
    def _run_inline(
        paths: Sequence[str], on_progress: ProgressCallback | None, cancel: threading.Event | None
    ) -> Iterator[FileReport]:
        for index, path in enumerate(paths):
            if cancel is not None and cancel.is_set():
                report = _cancelled(path)
            else:
                report = fingerprint_file(path)
            if on_progress is not None:
                on_progress(BatchProgress(index, index + 1, len(paths)))
            yield report
