"""The list of chosen files and their fingerprinting, independent of any widget.

Adding files starts fingerprinting at once, in the background, on all cores. The same
file added twice (same path, or same SHA-256 once known) is listed once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import Enum

import threading
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QImage

from takeitdown_desktop.core.batch import BatchHasher
from takeitdown_desktop.core.errors import ErrorCode
from takeitdown_desktop.core.fingerprint import FileReport, failed_report
from takeitdown_desktop.core.paths import expand_paths
from takeitdown_desktop.gui.tasks import Report, Task, TaskRunner


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


def _preview(path: str) -> QImage:
    """A small preview made in memory (never written to disk); null when none can be made."""
    from takeitdown_desktop.core.preview import preview_rgb

    rgb = preview_rgb(path, 96)
    if rgb is None:
        return QImage()
    h, w, _ = rgb.shape
    # QImage over the numpy buffer, then copied so that it owns its pixels.
    return QImage(rgb.tobytes(), w, h, 3 * w, QImage.Format.Format_RGB888).copy()


@dataclass
class _Batch:
    """Files fingerprinted together by one task; ``stop`` holds input indices to cancel."""

    keys: list[int]
    stop: set[int] = field(default_factory=set)
    task: Task | None = None


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
        runner: TaskRunner,
        hasher: BatchHasher,
        fingerprint_pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        # A batch occupies its thread until all its files are done; keep it apart from
        # the quick jobs so that previews never wait behind a long video.
        self._fingerprint_pool = fingerprint_pool
        self._hasher = hasher
        self._entries: dict[int, Entry] = {}
        self._next_key = 0
        self._batches: list[_Batch] = []

    # -- queries -------------------------------------------------------------------
    def entries(self) -> list[Entry]:
        return list(self._entries.values())

    def entry(self, key: int) -> Entry | None:
        return self._entries.get(key)

    def done_reports(self) -> list[FileReport]:
        return [e.report for e in self._entries.values() if e.state is State.DONE and e.report is not None]

    def finished(self) -> list[Entry]:
        """Every file that has an answer, fingerprinted or failed, in the order added."""
        return [e for e in self._entries.values() if e.state in (State.DONE, State.FAILED) and e.report is not None]

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
            self._runner.call(lambda p=path: _preview(p), lambda image, k=key: self._on_thumbnail(k, image), lambda _e: None)
        if keys:
            self._start_batch(keys)
        return len(keys)

    def remove(self, key: int) -> None:
        entry = self._entries.pop(key, None)
        if entry is None:
            return
        self._stop(key)
        self.removed.emit(key)
        self._emit_busy()

    def cancel(self, key: int) -> None:
        """Stop fingerprinting one file (a long video, say) but keep it listed."""
        self._stop(key)

    def clear(self) -> None:
        for batch in self._batches:
            if batch.task is not None:
                batch.task.cancel()
        for key in list(self._entries):
            self.remove(key)

    def wait_idle(self, timeout_ms: int = -1) -> bool:
        """Block until background work is done (for shutdown and tests)."""
        return self._runner.wait(timeout_ms)

    # -- fingerprinting --------------------------------------------------------------
    def _start_batch(self, keys: list[int]) -> None:
        batch = _Batch(keys)
        paths = [self._entries[k].path for k in keys]
        hasher = self._hasher

        def work(report: Report, cancelled: threading.Event) -> None:
            results = hasher.run(
                paths,
                cancel=cancelled,
                on_file_progress=lambda i, f: report(("progress", batch.keys[i], f)),
                cancel_files=batch.stop,
            )
            for index, result in enumerate(results):
                report(("done", batch.keys[index], result))

        self._batches.append(batch)
        batch.task = self._runner.run(
            work,
            progress=self._on_report,
            done=lambda _r: self._batch_ended(batch),
            failed=lambda _exc: self._batch_failed(batch),
            pool=self._fingerprint_pool,
        )
        self.busy_changed.emit(True)

    def _stop(self, key: int) -> None:
        for batch in self._batches:
            if key in batch.keys:
                batch.stop.add(batch.keys.index(key))
                return

    def _on_report(self, message: Any) -> None:
        what, key, value = message
        if what == "progress":
            self._on_progress(key, value)
        else:
            self._on_done(key, value)

    def _batch_failed(self, batch: _Batch) -> None:
        """A bug of ours stopped the batch: its unfinished files say so, never "waiting" forever."""
        for key in batch.keys:
            entry = self._entries.get(key)
            if entry is not None and entry.state in (State.WAITING, State.WORKING):
                self._on_done(
                    key,
                    failed_report(entry.path, ErrorCode.INTERNAL, "Something went wrong while fingerprinting this file."),
                )
        self._batch_ended(batch)

    def _batch_ended(self, batch: _Batch) -> None:
        if batch in self._batches:
            self._batches.remove(batch)
        self._emit_busy()

    # -- worker reports --------------------------------------------------------------
    def _on_thumbnail(self, key: int, image: QImage) -> None:
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

    def _emit_busy(self) -> None:
        self.busy_changed.emit(self.busy())
