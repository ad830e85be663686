"""Fingerprint many files on all cores, in input order, with progress and cancellation.

Work runs in *spawned* worker processes by default: that is the only start method that
works the same on Linux, Windows and macOS, inside a PyInstaller bundle (whose entry
point calls ``multiprocessing.freeze_support()``) and beside Qt's threads. The command
line, a process of one thread, may ask for *forked* workers on Linux instead: they
inherit numpy, Pillow and SciPy already imported, where each spawned worker spends
about 0.4 s of a core importing them again, as much as hashing three 12 MP photos.
A decoder that crashes takes down one worker, not the app: the pool is rebuilt and the
remaining files are retried one at a time so that only the culprit is reported as failed.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import multiprocessing.queues
import os
import queue
import stat
import sys
import threading
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from takeitdown_desktop.core import cores
from takeitdown_desktop.core.errors import ErrorCode
from takeitdown_desktop.core.fingerprint import FileReport, failed_report, fingerprint_file
from takeitdown_desktop.core.media import SNIFF_BYTES, Kind, sniff

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BatchProgress:
    """``done`` of ``total`` files finished; ``index`` is the input position just finished."""

    index: int
    done: int
    total: int


ProgressCallback = Callable[[BatchProgress], None]


def default_jobs() -> int:
    return cores.usable()


#: A lone photo up to this size is fingerprinted without starting a worker (see BatchHasher).
INLINE_PHOTO_BYTES = 64 * 1024 * 1024


def _is_small_photo(path: str) -> bool:
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > INLINE_PHOTO_BYTES:
            return False
        with open(path, "rb") as f:
            head = f.read(SNIFF_BYTES)
    except (OSError, ValueError):
        return False  # the worker will report why, as it does for any file
    return sniff(head).kind is Kind.IMAGE


def release_process_helpers() -> None:
    """Stop and reap multiprocessing's resource tracker, if this process started one.

    Every process pool starts that helper process (it removes semaphores left behind by
    crashed processes). Left alone it outlives its parent by a moment, when nobody is
    left to reap it: under a parent that adopts orphans (a service manager, a container's
    init, a test runner) it stays behind as a zombie. Call when no pool is running, just
    before the program exits.
    """
    if "multiprocessing.resource_tracker" not in sys.modules:
        return  # no pool was ever used here
    import gc
    from multiprocessing import resource_tracker

    # Finalise the pools' semaphores first: the tracker warns about any still registered.
    gc.collect()
    # A private method, but the one the standard library's own tests use for this; if a
    # future Python drops it, the tracker is merely left to exit on its own as before.
    stop = getattr(getattr(resource_tracker, "_resource_tracker", None), "_stop", None)
    if stop is not None:
        try:
            stop()
        except (OSError, ChildProcessError):  # already gone
            pass


def _threads_in_process() -> int:
    """Threads of this process as the kernel counts them (C libraries' included), or 0."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("Threads:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _fork_context() -> multiprocessing.context.BaseContext | None:
    """A context that forks workers, after importing what they need, if that is safe here.

    Safe means Linux (macOS's system libraries do not survive a fork) and a process of
    exactly one thread once everything is imported: a fork copies no other thread, so a
    lock one of them held would stay locked in the worker for ever. numpy's OpenBLAS
    starts threads of its own unless ``OPENBLAS_NUM_THREADS=1`` was set before it loaded,
    as the command line does.
    """
    if not sys.platform.startswith("linux") or "fork" not in multiprocessing.get_all_start_methods():
        return None
    from PIL import Image

    import takeitdown_desktop.core.image  # noqa: F401
    import takeitdown_desktop.core.video  # noqa: F401
    from takeitdown_desktop.core import phash

    Image.init()  # every format plugin, as opening a file would
    phash.prepare()  # loads and checks what pHash needs
    if _threads_in_process() != 1:
        return None
    return multiprocessing.get_context("fork")


FileProgressCallback = Callable[[int, float], None]


class _WorkerLink:
    """What a worker shares with the parent: stop flags and a progress channel.

    Created per batch in the parent and handed to each spawned worker at start-up.
    """

    def __init__(self, ctx: multiprocessing.context.BaseContext, total: int) -> None:
        self.stop_all = ctx.Event()
        self.stop_file = ctx.RawArray("b", total)
        self.progress: multiprocessing.queues.Queue[tuple[int, float]] = ctx.Queue()


_link: _WorkerLink | None = None


def _worker_init(link: _WorkerLink | None = None) -> None:
    global _link
    _link = link
    _die_with_parent()


def _die_with_parent() -> None:
    """End this worker as soon as the app is gone, however it went.

    A worker outlives a killed app (Force Quit, kill -9, out of memory) under PID 1,
    reading the private file to the end and then idling for ever. multiprocessing
    gives each child its parent's sentinel, a pipe end that becomes readable when the
    parent exits: a thread waits on it (on every system, spawn or fork). Not Linux's
    parent-death signal: it fires when the *thread* that started the worker ends, and
    workers are started from whichever thread submitted the first file."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(1)  # no clean-up to wait for: nothing of this worker's is worth keeping

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


def _work(index: int, path: str, skip_frames: bool = True) -> FileReport:
    """Runs in a worker: one file, with its progress and stop flag wired to the parent."""
    link = _link
    if link is None:
        return fingerprint_file(path, skip_frames=skip_frames)
    last = [0.0]

    def progress(fraction: float) -> None:
        # A few updates a second are plenty for a progress bar and cheap to send.
        now = time.monotonic()
        if now - last[0] >= 0.2 or fraction >= 1.0:
            last[0] = now
            link.progress.put((index, fraction))

    def cancelled() -> bool:
        return link.stop_all.is_set() or bool(link.stop_file[index])

    if cancelled():
        return _cancelled(path)
    return fingerprint_file(path, progress=progress, cancelled=cancelled, skip_frames=skip_frames)


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

    With ``inline_one_photo``, a batch of a single photo (up to :data:`INLINE_PHOTO_BYTES`)
    is also fingerprinted in the calling process: one file gains nothing from a pool,
    and starting a worker (a new interpreter importing numpy, Pillow and SciPy) costs
    more than hashing a phone photo. The price is that a decoder crash on that file
    ends the caller, so the command line opts in and the app, which must survive any
    file, does not.

    ``fork_workers`` forks the workers where that is safe (see :func:`_fork_context`)
    and spawns them elsewhere; only a caller without threads of its own may ask.

    ``skip_frames=False`` makes videos decode every frame (see core/video.py), to rule
    the faster path out when a video's fingerprints are in doubt.
    """

    def __init__(
        self,
        jobs: int | None = None,
        *,
        inline_one_photo: bool = False,
        fork_workers: bool = False,
        skip_frames: bool = True,
    ) -> None:
        self.jobs = default_jobs() if jobs is None else max(0, jobs)
        self.inline_one_photo = inline_one_photo
        self.fork_workers = fork_workers
        self.skip_frames = skip_frames
        self._last_method: str | None = None

    def start_method(self) -> str:
        """How the last run started its workers, or before any run how one would: "fork" or "spawn".

        Asking again after a run is no answer: a finished pool's threads linger a moment,
        and while they do, forking is not safe.
        """
        return self._last_method or self._context().get_start_method()

    def _context(self) -> multiprocessing.context.BaseContext:
        forking = _fork_context() if self.fork_workers else None
        return forking or multiprocessing.get_context("spawn")

    def run(
        self,
        paths: Sequence[str],
        on_progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        *,
        on_file_progress: FileProgressCallback | None = None,
        cancel_files: Collection[int] | None = None,
    ) -> Iterator[FileReport]:
        """Yield one report per path, in input order, as soon as it and all before it are done.

        ``cancel`` stops the whole batch and ``cancel_files`` (a set the caller may add
        input indices to while this runs) stops single files, between files or, for a
        video, between frames. ``on_file_progress(index, fraction)`` follows a video's
        decoding. Callbacks run in the thread iterating this generator.
        """
        total = len(paths)
        if total == 0:
            return
        if self.jobs == 0 or (self.inline_one_photo and total == 1 and _is_small_photo(paths[0])):
            yield from self._run_inline(paths, on_progress, cancel, on_file_progress, cancel_files, self.skip_frames)
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

        ctx = self._context()
        self._last_method = ctx.get_start_method()
        link = _WorkerLink(ctx, total)
        forwarded: set[int] = set()

        def relay() -> None:
            """Pass stop requests to the workers and their progress to the caller."""
            if cancel is not None and cancel.is_set():
                link.stop_all.set()
            for index in list(cancel_files or ()):
                if index not in forwarded and 0 <= index < total:
                    forwarded.add(index)
                    link.stop_file[index] = 1
            while True:
                try:
                    index, fraction = link.progress.get_nowait()
                except queue.Empty:
                    break
                if on_file_progress is not None and index not in results:
                    on_file_progress(index, fraction)

        workers = min(self.jobs, total)
        retry_alone: list[int] = []
        # Files are handed to the pool a few at a time rather than all at once: waiting
        # on every outstanding future after each result made a long batch quadratic in
        # the parent (a few hundred milliseconds of a core over 600 photos), and files
        # not yet handed over are cancelled without asking the pool.
        window = 2 * workers + 2
        upcoming = iter(range(total))
        try:
            with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_init, initargs=(link,)) as pool:
                futures: dict[Future[FileReport], int] = {}

                def top_up() -> None:
                    while len(futures) < window:
                        index = next(upcoming, None)
                        if index is None:
                            return
                        if link.stop_all.is_set() or index in forwarded:
                            finished(index, _cancelled(paths[index]))
                            continue
                        try:
                            futures[pool.submit(_work, index, paths[index], self.skip_frames)] = index
                        except BrokenProcessPool:
                            retry_alone.append(index)
                            retry_alone.extend(upcoming)  # the isolating retries below take them

                relay()
                top_up()
                while futures:
                    relay()
                    if link.stop_all.is_set():
                        # Queued files are dropped; running ones stop at their next frame.
                        for fut, index in list(futures.items()):
                            if fut.cancel():
                                del futures[fut]
                                finished(index, _cancelled(paths[index]))
                    for fut, index in list(futures.items()):
                        if index in forwarded and fut.cancel():
                            del futures[fut]
                            finished(index, _cancelled(paths[index]))
                    ready, _ = wait(futures, timeout=0.05, return_when=FIRST_COMPLETED)
                    for fut in ready:
                        index = futures.pop(fut)
                        try:
                            finished(index, fut.result())
                        except BrokenProcessPool:
                            retry_alone.append(index)
                        except CancelledError:
                            finished(index, _cancelled(paths[index]))
                        except Exception as exc:  # a bug of ours must not lose the rest of the batch
                            # The kind only: a message or traceback could name the person's files.
                            log.error("worker failed: %s", type(exc).__name__)
                            finished(index, _crashed(paths[index]))
                    top_up()
                    yield from drain()
                retry_alone.extend(futures.values())
            # After a crash, isolate: one fresh single-worker pool per file, so that only
            # the file that really brings a worker down is reported as failed.
            for index in sorted(retry_alone):
                relay()
                if link.stop_all.is_set() or index in forwarded:
                    finished(index, _cancelled(paths[index]))
                else:
                    finished(index, self._run_isolated(index, paths[index], ctx, link, self.skip_frames))
                yield from drain()
            yield from drain()
        finally:
            link.progress.close()
            link.progress.join_thread()

    @staticmethod
    def _run_isolated(
        index: int, path: str, ctx: multiprocessing.context.BaseContext, link: _WorkerLink, skip_frames: bool
    ) -> FileReport:
        with ProcessPoolExecutor(1, mp_context=ctx, initializer=_worker_init, initargs=(link,)) as pool:
            try:
                return pool.submit(_work, index, path, skip_frames).result()
            except BrokenProcessPool:
                return _crashed(path)

    @staticmethod
    def _run_inline(
        paths: Sequence[str],
        on_progress: ProgressCallback | None,
        cancel: threading.Event | None,
        on_file_progress: FileProgressCallback | None,
        cancel_files: Collection[int] | None,
        skip_frames: bool,
    ) -> Iterator[FileReport]:
        for index, path in enumerate(paths):

            def stopped(i: int = index) -> bool:
                return (cancel is not None and cancel.is_set()) or (cancel_files is not None and i in cancel_files)

            def progress(fraction: float, i: int = index) -> None:
                if on_file_progress is not None:
                    on_file_progress(i, fraction)

            report = _cancelled(path) if stopped() else fingerprint_file(path, progress, stopped, skip_frames=skip_frames)
            if on_progress is not None:
                on_progress(BatchProgress(index, index + 1, len(paths)))
            yield report
