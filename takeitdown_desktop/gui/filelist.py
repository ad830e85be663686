"""The list of chosen files and their fingerprinting, independent of any widget.

Adding files starts fingerprinting at once, in the background, on all cores. The same
file added twice (same path, or same SHA-256 once known) is listed once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from takeitdown_desktop.core.batch import BatchHasher
from takeitdown_desktop.core.fingerprint import FileReport
from takeitdown_desktop.core.paths import expand_paths
from takeitdown_desktop.gui.jobs import FingerprintJob


class State(Enum):
    WAITING = "waiting"
    WORKING = "working"
    DONE = "done"
    FAILED = "failed"


@dataclass
class Entry:
    key: int
    path: str
    state: State = State.WAITING
    progress: float = 0.0
    report: FileReport | None = None
    thumbnail: QImage | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return os.path.basename(self.path) or self.path


class _ThumbSignals(QObject):
    """Signals: ``ready(key, image)``, a null image when no preview could be made."""

    ready = Signal(int, QImage)


class _ThumbJob(QRunnable):
    def __init__(self, key: int, path: str) -> None:
        super().__init__()
        # Kept alive by FileList until it reports: a runnable collected while its
        # signals are in flight is a use-after-free in the bindings.
        self.setAutoDelete(False)
        self.key, self.path = key, path
        self.signals = _ThumbSignals()

    def run(self) -> None:
        from takeitdown_desktop.core.preview import preview_rgb

        image = QImage()
        rgb = preview_rgb(self.path, 96)
        if rgb is not None:
            h, w, _ = rgb.shape
            # QImage over the numpy buffer, then copied so it owns its pixels.
            image = QImage(rgb.tobytes(), w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        self.signals.ready.emit(self.key, image)


class FileList(QObject):
    """Signals:
    - ``added(key)``, ``changed(key)``, ``removed(key)``: one entry.
    - ``duplicate(name)``: a file was not added again because it is already listed.
    - ``busy_changed(bool)``: whether any file is still being fingerprinted.
    """

    added = Signal(int)
    changed = Signal(int)
    removed = Signal(int)
    duplicate = Signal(str)
    busy_changed = Signal(bool)

    def __init__(
        self,
        pool: QThreadPool,
        hasher: BatchHasher,
        fingerprint_pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool  # previews
        # A batch occupies its thread until all its files are done; keep it apart from
        # the quick jobs so previews never wait behind a long video.
        self._fingerprint_pool = fingerprint_pool or pool
        self._hasher = hasher
        self._entries: dict[int, Entry] = {}
        self._next_key = 0
        self._jobs: list[FingerprintJob] = []
        self._thumb_jobs: dict[int, _ThumbJob] = {}

    # -- queries -------------------------------------------------------------------
    def entries(self) -> list[Entry]:
        return list(self._entries.values())

    def entry(self, key: int) -> Entry | None:
        return self._entries.get(key)

    def done_reports(self) -> list[FileReport]:
        return [e.report for e in self._entries.values() if e.state is State.DONE and e.report is not None]

    def busy(self) -> bool:
        return any(e.state in (State.WAITING, State.WORKING) for e in self._entries.values())

    # -- changes -------------------------------------------------------------------
    def add_paths(self, paths: list[str]) -> int:
        """Add files and folders (searched recursively); returns how many files were new."""
        known = {os.path.realpath(e.path) for e in self._entries.values()}
        keys: list[int] = []
        for path in expand_paths(paths):
            real = os.path.realpath(path)
            if real in known:
                self.duplicate.emit(os.path.basename(path))
                continue
            known.add(real)
            key = self._next_key
            self._next_key += 1
            self._entries[key] = Entry(key, path)
            keys.append(key)
            self.added.emit(key)
            self._start_thumbnail(key, path)
        if keys:
            job = FingerprintJob(keys, [self._entries[k].path for k in keys], self._hasher)
            job.signals.progress.connect(self._on_progress)
            job.signals.done.connect(self._on_done)
            job.signals.finished.connect(lambda j=job: self._on_job_finished(j))
            self._jobs.append(job)
            self._fingerprint_pool.start(job)
            self.busy_changed.emit(True)
        return len(keys)

    def remove(self, key: int) -> None:
        entry = self._entries.pop(key, None)
        if entry is None:
            return
        for job in self._jobs:
            if job.cancel_key(key):
                break
        self.removed.emit(key)
        self._emit_busy()

    def cancel(self, key: int) -> None:
        """Stop fingerprinting one file (a long video, say) but keep it listed."""
        for job in self._jobs:
            if job.cancel_key(key):
                break

    def clear(self) -> None:
        for job in self._jobs:
            job.cancel()
        for key in list(self._entries):
            self.remove(key)

    def wait_idle(self, timeout_ms: int = -1) -> bool:
        """Block until background work is done (for shutdown and tests)."""
        return self._fingerprint_pool.waitForDone(timeout_ms) and self._pool.waitForDone(timeout_ms)

    # -- worker reports --------------------------------------------------------------
    def _start_thumbnail(self, key: int, path: str) -> None:
        job = _ThumbJob(key, path)
        job.signals.ready.connect(self._on_thumbnail)
        self._thumb_jobs[key] = job
        self._pool.start(job)

    def _on_thumbnail(self, key: int, image: QImage) -> None:
        self._thumb_jobs.pop(key, None)
        entry = self._entries.get(key)
        if entry is not None and not image.isNull():
            entry.thumbnail = image
            self.changed.emit(key)

    def _on_progress(self, key: int, fraction: float) -> None:
        entry = self._entries.get(key)
        if entry is not None and entry.state in (State.WAITING, State.WORKING):
            entry.state = State.WORKING
            entry.progress = fraction
            self.changed.emit(key)

    def _on_done(self, key: int, report: FileReport) -> None:
        entry = self._entries.get(key)
        if entry is None:
            return  # removed meanwhile
        entry.report = report
        entry.state = State.DONE if report.error is None else State.FAILED
        entry.progress = 1.0
        if report.digests is not None and report.error is None:
            twin = next(
                (
                    e
                    for e in self._entries.values()
                    if e.key != key and e.report is not None and e.report.digests == report.digests
                ),
                None,
            )
            if twin is not None:
                # Same bytes under another name: one fingerprint is enough.
                self._entries.pop(key)
                self.removed.emit(key)
                self.duplicate.emit(entry.name)
                self._emit_busy()
                return
        self.changed.emit(key)
        self._emit_busy()

    def _on_job_finished(self, job: FingerprintJob) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        self._emit_busy()

    def _emit_busy(self) -> None:
        self.busy_changed.emit(self.busy())
