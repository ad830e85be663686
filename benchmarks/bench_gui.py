"""Benchmark: how fast the window appears, and how smooth it stays while working.

1. Launch to first paint: ``python -m takeitdown_desktop`` is started cold and reports
   when its window has been painted (best of ``--repeat``).
2. GUI-thread stalls: in one process, the real window fingerprints 50 photos and a
   1-minute 1080p video while a 10 ms timer on the GUI thread measures the longest gap
   between its ticks (a stall is that gap minus 10 ms).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py      # or on a real display

The video clip needs FFmpeg (see setup_reference_tools.sh); without it the stall probe
runs on photos only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def first_paint_seconds() -> float:
    env = {**os.environ, "TAKEITDOWN_REPORT_FIRST_PAINT": "quit"}
    with tempfile.TemporaryDirectory() as home:
        env["XDG_CONFIG_HOME"] = home  # never the developer's own settings
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "takeitdown_desktop"], stdout=subprocess.PIPE, env=env, text=True)
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - start
        proc.wait(timeout=60)
    if line.strip() != "first-paint":
        raise SystemExit("the app did not report its first paint")
    return elapsed


def stall_probe(photos: int) -> tuple[float, float, int]:
    from PySide6.QtCore import QElapsedTimer, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from bench_images import save_photo
    from takeitdown_desktop.core.batch import BatchHasher
    from takeitdown_desktop.gui.app import app_icon, resources_dir
    from takeitdown_desktop.gui.main_window import AppContext, MainWindow
    from takeitdown_desktop.gui.service import Services
    from takeitdown_desktop.gui.settings import AppSettings

    app = QApplication.instance() or QApplication(sys.argv)
    out = HERE / "out" / "gui"
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(photos):
        p = out / f"photo-{i:02d}.jpg"
        if not p.exists():
            save_photo(p, 4000, 3000, seed=500 + i)
        paths.append(str(p))
    video = None
    if shutil.which("ffmpeg"):
        from bench_video import clip

        video = str(clip("1080p", 60))
        paths.append(video)
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings.from_file(str(Path(tmp) / "settings.ini"))
        ctx = AppContext(settings=settings, services=Services(settings, resources_dir()), pool=QThreadPool(), fingerprint_pool=QThreadPool(), hasher=BatchHasher())
        window = MainWindow(ctx, app_icon())
        window.show()
        window.show_page(window.files_page)
        clock = QElapsedTimer()
        gaps: list[float] = []
        last = [0.0]

        def tick() -> None:
            now = clock.nsecsElapsed() / 1e9
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer(interval=10, timeout=tick)
        for _ in range(10):
            app.processEvents()
        import gc

        gc.freeze()  # as the app does once its window is up (gui/app.py)
        clock.start()
        timer.start()
        started = time.perf_counter()
        window.files_page.add_paths(paths)
        while window.files.busy() or not window.files.entries():
            app.processEvents()
            time.sleep(0.001)
        busy_seconds = time.perf_counter() - started
        timer.stop()
        done = len(window.files.done_reports())
        window.close()
    worst = sorted(range(len(gaps)), key=gaps.__getitem__)[-5:]
    print("worst gaps (index of tick, ms):", [(i, round(gaps[i] * 1000)) for i in worst], "of", len(gaps), file=sys.stderr)
    return max(gaps) - 0.010, busy_seconds, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--photos", type=int, default=50)
    args = parser.parse_args()
    paint = min(first_paint_seconds() for _ in range(args.repeat))
    print(f"launch to first painted window: {paint:.2f} s (best of {args.repeat}, platform {os.environ.get('QT_QPA_PLATFORM', 'default')})")
    stall, seconds, done = stall_probe(args.photos)
    print(f"fingerprinted {done} files in {seconds:.1f} s; longest GUI-thread stall: {stall * 1000:.0f} ms")


if __name__ == "__main__":
    main()
