"""Batch hashing in worker processes: order, progress, cancellation, resilience."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from takeitdown_desktop.core.batch import INLINE_PHOTO_BYTES, BatchHasher, BatchProgress, _is_small_photo
from takeitdown_desktop.core.errors import ErrorCode
from takeitdown_desktop.core.fingerprint import fingerprint_file
from tests.media_factory import bad_files, good_jpeg


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("photos")
    return [str(good_jpeg(folder / f"p{i:02d}.jpg", seed=i, size=(300 + 7 * i, 400))) for i in range(10)]


def test_order_and_results_match_single_file_api(photos: list[str], tmp_path: Path) -> None:
    bad = [str(p) for p, _ in bad_files(tmp_path).values()]
    paths = [photos[0], bad[0], photos[1], bad[1], *photos[2:5], bad[2]]
    progress: list[BatchProgress] = []
    reports = list(BatchHasher(jobs=2).run(paths, on_progress=progress.append))
    assert [r.path for r in reports] == paths
    assert reports == [fingerprint_file(p) for p in paths]
    assert sorted(p.index for p in progress) == list(range(len(paths)))
    assert [p.done for p in progress] == list(range(1, len(paths) + 1))
    assert all(p.total == len(paths) for p in progress)


def test_inline_mode_gives_the_same_records(photos: list[str]) -> None:
    assert list(BatchHasher(jobs=0).run(photos[:3])) == list(BatchHasher(jobs=2).run(photos[:3]))


def test_one_photo_inline_gives_the_same_record(photos: list[str]) -> None:
    progress: list[BatchProgress] = []
    reports = list(BatchHasher(jobs=2, inline_one_photo=True).run(photos[:1], on_progress=progress.append))
    assert reports == list(BatchHasher(jobs=2).run(photos[:1]))
    assert progress == [BatchProgress(0, 1, 1)]


def test_only_a_small_photo_is_hashed_inline(photos: list[str], tmp_path: Path) -> None:
    assert _is_small_photo(photos[0])
    big = tmp_path / "big.jpg"
    with open(big, "wb") as f:  # sparse: a photo's header, then a size past the limit
        f.write(Path(photos[0]).read_bytes()[:512])
        f.truncate(INLINE_PHOTO_BYTES + 1)
    # Files whose header says "image" (damaged, too large) count as photos: the inline
    # run reports them as a worker would.
    not_photos = [p for p, code in bad_files(tmp_path / "bad").values() if code in ("empty", "unsupported", "not_found")]
    for path in [*not_photos, big, tmp_path / "missing.jpg", tmp_path]:
        assert not _is_small_photo(str(path)), path


def test_empty_batch() -> None:
    assert list(BatchHasher(jobs=2).run([])) == []


def test_cancel_before_start_cancels_everything(photos: list[str]) -> None:
    cancel = threading.Event()
    cancel.set()
    reports = list(BatchHasher(jobs=2).run(photos, cancel=cancel))
    assert [r.path for r in reports] == photos
    assert all(r.error is not None and r.error.code == ErrorCode.CANCELLED for r in reports)


def test_cancel_midway_keeps_finished_work(photos: list[str]) -> None:
    cancel = threading.Event()

    def on_progress(p: BatchProgress) -> None:
        if p.done >= 2:
            cancel.set()

    reports = list(BatchHasher(jobs=1).run(photos, on_progress=on_progress, cancel=cancel))
    assert [r.path for r in reports] == photos
    finished = [r for r in reports if r.error is None]
    cancelled = [r for r in reports if r.error is not None and r.error.code == ErrorCode.CANCELLED]
    assert len(finished) >= 2 and cancelled
    assert len(finished) + len(cancelled) == len(photos)
    # Finished work is the real thing, not a placeholder.
    assert finished[0] == fingerprint_file(finished[0].path)


def _worker_pids() -> list[int]:
    """Our spawned pool workers (not the multiprocessing resource tracker)."""
    pids: list[int] = []
    for task in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{task}/children") as f:
                children = [int(p) for p in f.read().split()]
        except OSError:
            continue
        for pid in children:
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    if b"spawn_main" in f.read():
                        pids.append(pid)
            except OSError:
                pass
    return pids


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="needs Linux /proc to find worker processes")
def test_a_worker_killed_midway_loses_no_file(photos: list[str]) -> None:
    killed: list[int] = []

    def on_progress(p: BatchProgress) -> None:
        if not killed:
            pids = _worker_pids()
            if pids:
                os.kill(pids[0], signal.SIGKILL)
                killed.append(pids[0])

    reports = list(BatchHasher(jobs=2).run(photos, on_progress=on_progress))
    assert killed
    assert [r.path for r in reports] == photos
    assert all(r.error is None for r in reports), [r.error for r in reports]


_FORKED_RUN = """
import json, os, signal, sys
from takeitdown_desktop.core.batch import BatchHasher, BatchProgress
hasher = BatchHasher(2, fork_workers=True)
method = hasher.start_method()
paths = sys.argv[1:]
killed = []

def on_progress(p: BatchProgress) -> None:
    # A forked worker that dies is handled as a spawned one is.
    if not killed:
        children = [int(c) for c in open(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read().split()]
        if children:
            os.kill(children[0], signal.SIGKILL)
            killed.append(children[0])

reports = [r.to_json() for r in hasher.run(paths, on_progress=on_progress)]
print(json.dumps({"method": method, "killed": bool(killed), "reports": reports}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_forked_workers_give_the_same_records(photos: list[str], tmp_path: Path) -> None:
    """The command line's way: one thread of BLAS, workers forked from a process that
    has imported everything; same records as spawned workers, and a killed one is survived."""
    bad = [str(p) for p, _ in bad_files(tmp_path).values()]
    paths = [*photos[:6], bad[0]]
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    done = subprocess.run(
        [sys.executable, "-c", _FORKED_RUN, *paths], env=env, capture_output=True, text=True, timeout=300, check=True
    )
    answer = json.loads(done.stdout)
    assert answer["method"] == "fork"
    assert answer["killed"]
    assert answer["reports"] == [r.to_json() for r in BatchHasher(jobs=2).run(paths)]
    assert done.stderr == ""


def test_workers_are_spawned_beside_other_threads() -> None:
    """A process with threads (as the app has) never forks, whatever it asks."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert BatchHasher(2, fork_workers=True).start_method() == "spawn"
    finally:
        stop.set()
        other.join()
    assert BatchHasher(2).start_method() == "spawn"


@pytest.mark.parametrize("method", ["spawn", "fork"])
def test_workers_die_with_a_killed_app(tmp_path: Path, method: str) -> None:
    """After kill -9 (Force Quit, out of memory) a worker lived on under PID 1, reading the
    private file to its end, then idling for ever. Now it ends within a second or two."""
    script = f"""
import multiprocessing, os, sys, time
from concurrent.futures import ProcessPoolExecutor
from takeitdown_desktop.core import batch

if __name__ == "__main__":
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context({method!r}),
                               initializer=batch._worker_init, initargs=(None,))
    pid = pool.submit(os.getpid).result(timeout=60)
    pool.submit(time.sleep, 300)  # as a worker busy with a long video
    print(pid, flush=True)
    time.sleep(300)
"""
    app = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=tmp_path,
                           env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    assert app.stdout is not None
    worker = int(app.stdout.readline())
    os.kill(worker, 0)  # alive while the app is
    app.send_signal(signal.SIGKILL)
    app.wait(timeout=30)
    app.stdout.close()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if not _running(worker):
            return
        time.sleep(0.05)
    raise AssertionError(f"worker {worker} outlived the app")


def _running(pid: int) -> bool:
    """Alive and not a zombie (an orphan's exit is reaped by PID 1, which may be slow to)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except FileNotFoundError:
        return False
