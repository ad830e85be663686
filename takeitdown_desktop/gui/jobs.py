"""Background work for the GUI: fingerprinting, thumbnails and service calls.

Workers never touch widgets: each runs on a thread pool (injected, so tests can use
their own) and reports through the signals of a small QObject, which Qt delivers to
the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from takeitdown_desktop.core.batch import BatchHasher

log = logging.getLogger(__name__)


class FingerprintSignals(QObject):
    """Signals:
    - ``progress(key, fraction)``: a video's decoding progress, 0-1.
    - ``done(key, report)``: one file finished (the report may carry an error).
    - ``finished()``: the whole batch ended.
    """

    progress = Signal(int, float)
    done = Signal(int, object)
    finished = Signal()


class FingerprintJob(QRunnable):
    """Fingerprints a batch of files with the core's process pool, off the GUI thread.

    ``keys`` identify the files to the caller (row ids), so reports can be matched up
    however the list has changed meanwhile.
    """

    def __init__(self, keys: Sequence[int], paths: Sequence[str], hasher: BatchHasher) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it to cancel files
        self.keys = list(keys)
        self.paths = list(paths)
        self.hasher = hasher
        self.signals = FingerprintSignals()
        self._cancel_all = threading.Event()
        self._cancel_files: set[int] = set()

    def cancel_key(self, key: int) -> bool:
        """Stop one file (between video frames, or before it starts). True if it is ours."""
        if key in self.keys:
            self._cancel_files.add(self.keys.index(key))
            return True
        return False

    def cancel(self) -> None:
        self._cancel_all.set()

    def run(self) -> None:
        try:
            reports = self.hasher.run(
                self.paths,
                cancel=self._cancel_all,
                on_file_progress=lambda i, f: self.signals.progress.emit(self.keys[i], f),
                cancel_files=self._cancel_files,
            )
            for index, report in enumerate(reports):
                self.signals.done.emit(self.keys[index], report)
        except Exception as exc:  # never let a bug of ours take the app down with it
            log.error("fingerprinting failed: %s", type(exc).__name__)  # no message: it may hold a path
        finally:
            self.signals.finished.emit()


class CallSignals(QObject):
    """Signals:
    - ``succeeded(result)``
    - ``failed(error)``: the exception, for the caller to put in plain words.
    """

    succeeded = Signal(object)
    failed = Signal(object)


class CallJob(QRunnable):
    """Runs one blocking call (a request to the case service, say) off the GUI thread."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = CallSignals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI, which explains it
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
