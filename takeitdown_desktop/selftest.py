"""``takeitdown-desktop --self-test``: prove a build works before anyone downloads it.

Fingerprints a photo and a short clip in each video format the app claims (made here,
in memory and a temporary folder, by the encoders inside the bundle) and compares them
with pinned values; opens and withdraws a case on the practice server; loads every
catalogue; paints the main window offscreen. A missing hidden import, codec, Qt plugin
or catalogue fails here, with the step named, instead of on a frightened person's laptop.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from takeitdown_desktop.core.fingerprint import FileReport

#: PDQ hash, quality and pHash of the self-test photo.
PHOTO = ("26ffdd8202ff7d80d72a2875a2df2c77aa5d0e67a0590e66f0590e7660590666", 100, "88334d374d334d73")
#: Per codec, the vPDQ frame hashes (frame, hash) of the self-test clip. They depend on
#: the encoders inside PyAV as well as on our decoding: a PyAV upgrade re-pins them
#: (tests/test_selftest.py checks them against Meta's C++ PDQ of FFmpeg's own frames).
VIDEOS: dict[str, list[tuple[int, str]]] = {
    "h264": [
        (0, "aa7710fda85600f755807f2a572aff82eb295d883d157d2a5512b5287b2adf02"),
        (4, "fec955826afe7582d52aa257e0d7a25d78554a770a70aa5f027f8074f01f4871"),
        (8, "3d20d06f9f027520a257aadf75a000f53db88add0f9c8af7c78348fa70e362d9"),
    ],
    "hevc": [
        (0, "aa7720fdaa5600ff55807f2a532a7f82bb297580bd157d2a551297283f2adf02"),
        (4, "fec855820aff7d82d52a2277e0d7a25d785508750e70a85f027fa254f81f4877"),
        (8, "1d2090731f82f7208257a2dd75a000f53db8a2dd8f9edaf5c78748fe70e368c9"),
    ],
    "vp9": [
        (0, "aa7702fde85600ff5582ff2a532af782ab295588bd157daa551295287f2a9d02"),
        (4, "dac955820afefd82552aa057f0d7a25dfa5542758e70aa57027fa055f01f4a71"),
        (8, "1d20d07f9f02f520a2572adf75a000d53db8a2df0f9caaf5c78300fa70e366dd"),
    ],
    "av1": [
        (0, "aa7700fda85600f755807d2a572a7fa2eb295d88bd157d2a5512b5287f2adf02"),
        (4, "fec8558a0afe7582d52aa257e0d5a25d7a554a770a70aa5f027fa054f81f4873"),
        (8, "1d20c07f1f02f5208257aadf75a008f53db8aadd8f9cdaf5c78308f270e368d9"),
    ],
}

_CODECS = {"h264": ("libx264", "mp4"), "hevc": ("libx265", "mp4"), "vp9": ("libvpx-vp9", "webm"), "av1": ("libsvtav1", "mp4")}


def picture(height: int, width: int, seed: int) -> object:
    """A photo-like picture from integer arithmetic only, the same on every machine."""
    import numpy as np

    y, x = np.mgrid[0:height, 0:width].astype(np.int64)
    s = seed * 7919 + 17
    disc = ((x - width * (s % 7 + 2) // 10) ** 2 + (y - height * (s % 5 + 3) // 10) ** 2) < (min(width, height) // 3) ** 2
    bar = ((x + 2 * y + s) // max(width // 8, 1)) % 2 == 0
    noise = ((x * 73856093) ^ (y * 19349663) ^ (s * 83492791)) % 23 - 11
    r = (x * 255) // max(width - 1, 1) + 60 * disc + noise
    g = (y * 255) // max(height - 1, 1) + 40 * bar - 30 * disc + noise
    b = 255 - (r + g) // 2 + 50 * bar + noise
    return np.clip(np.stack([r, g, b], axis=-1), 0, 255).astype(np.uint8)


def make_photo(folder: Path) -> Path:
    from PIL import Image

    path = folder / "photo.png"
    Image.fromarray(picture(480, 640, seed=3)).save(path)  # type: ignore[call-overload]
    return path


def make_clip(folder: Path, codec: str) -> Path:
    """Twelve frames at 4 fps (vPDQ hashes frames 0, 4 and 8), one thread: the same bytes each time."""
    import av
    import numpy as np

    encoder, container = _CODECS[codec]
    os.environ.setdefault("SVT_LOG", "1")  # SVT-AV1 otherwise prints its settings
    path = folder / f"clip-{codec}.{container}"
    base = picture(144, 192, seed=5)
    with av.open(str(path), "w") as out:
        stream = out.add_stream(encoder, rate=4)
        stream.width, stream.height, stream.pix_fmt = 192, 144, "yuv420p"
        stream.thread_count = 1
        if codec == "h264":
            stream.options = {"x264-params": "threads=1:lookahead-threads=1"}
        elif codec == "hevc":
            stream.options = {"x265-params": "log-level=none:pools=none:frame-threads=1"}
        for i in range(12):
            frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(np.roll(base, i * 8, axis=1)), format="rgb24")  # type: ignore[call-overload]
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    return path


def _check_photo_report(report: FileReport) -> None:
    if report.image is None:
        raise AssertionError(f"not fingerprinted: {report.error}")
    got = (str(report.image.pdq.hash), report.image.pdq.quality, str(report.image.phash))
    if got != PHOTO:
        raise AssertionError(f"photo fingerprint {got} is not the pinned {PHOTO}")


def _check_photo(folder: Path) -> str:
    from takeitdown_desktop.core.fingerprint import fingerprint_file

    _check_photo_report(fingerprint_file(str(make_photo(folder))))
    from takeitdown_desktop.core import phash

    return f"PDQ and pHash as pinned (pHash through {phash.implementation()})"


def _check_workers(folder: Path) -> str:
    """Worker processes start in this build, spawned as the app starts them and forked as
    the command line does where it can."""
    from takeitdown_desktop.core.batch import BatchHasher

    photo = str(make_photo(folder))
    methods = []
    for fork in (True, False):  # forking first: a finished pool leaves a thread for a moment
        hasher = BatchHasher(2, fork_workers=fork)
        for report in hasher.run([photo, photo]):
            _check_photo_report(report)
        methods.append(hasher.start_method())
    return f"workers started by {' and by '.join(methods)}"


def _check_video(folder: Path, codec: str) -> str:
    from takeitdown_desktop.core.fingerprint import fingerprint_file

    report = fingerprint_file(str(make_clip(folder, codec)))
    if report.frames is None:
        raise AssertionError(f"not fingerprinted: {report.error}")
    got = [(f.frame, str(f.hash)) for f in report.frames]
    if got != VIDEOS[codec]:
        raise AssertionError(f"frame hashes {got} are not the pinned {VIDEOS[codec]}")
    return f"frames {', '.join(str(f) for f, _ in got)} as pinned"


def _check_case(folder: Path) -> str:
    from takeitdown_desktop.core.bundle import build_bundle
    from takeitdown_desktop.core.client import CaseClient, new_idempotency_key
    from takeitdown_desktop.core.fingerprint import fingerprint_file
    from takeitdown_desktop.server.runner import PracticeServer

    server = PracticeServer()
    try:
        client = CaseClient(server.start())
        program = client.service_info().programs[0].id
        bundle = build_bundle([fingerprint_file(str(make_photo(folder)))], program)
        receipt = client.create_case(bundle.to_bytes(), new_idempotency_key())
        status = client.withdraw(receipt.case_number, receipt.pin)
        if status.status != "withdrawn":
            raise AssertionError(f"case is {status.status} after withdrawing")
    finally:
        server.stop()
    return "opened and withdrawn on the practice server"


def _check_window(_: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QTranslator
    from PySide6.QtWidgets import QApplication

    from takeitdown_desktop.gui.app import build_window, install_translators, resources_dir
    from takeitdown_desktop.gui.i18n import LANGUAGES
    from takeitdown_desktop.gui.privacy import seal_qt_settings

    seal_qt_settings()
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    missing = [code for code in LANGUAGES if not QTranslator().load(f"takeitdown_{code}", str(resources_dir() / "i18n"))]
    if missing:
        raise AssertionError(f"catalogues missing: {', '.join(missing)}")
    translations = install_translators(app, "ar")  # right to left, Qt's own words too
    window = build_window(translations)
    window.resize(1024, 600)  # type: ignore[attr-defined]
    image = window.grab().toImage()  # type: ignore[attr-defined]
    window.close()  # type: ignore[attr-defined]
    colours = {image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)}
    if image.isNull() or image.width() < 1024 or len(colours) < 4:
        raise AssertionError("the window painted nothing")
    return f"painted {image.width()}x{image.height()}, {len(LANGUAGES)} catalogues, Qt's words: {translations.qt_loaded}"


def run() -> int:
    steps: list[tuple[str, Callable[[Path], str]]] = [("photo", _check_photo), ("workers", _check_workers)]
    steps += [(f"video {codec}", lambda folder, c=codec: _check_video(folder, c)) for codec in _CODECS]
    steps += [("practice case", _check_case), ("window", _check_window)]
    failed = 0
    with tempfile.TemporaryDirectory(prefix="takeitdown-self-test-") as tmp:
        for name, step in steps:
            started = time.monotonic()
            try:
                detail = step(Path(tmp))
            except Exception as exc:  # report every step, then fail
                failed += 1
                print(f"FAIL {name}: {type(exc).__name__}: {exc}", flush=True)
            else:
                print(f"ok   {name}: {detail} ({time.monotonic() - started:.1f} s)", flush=True)
    print("self-test passed" if not failed else f"self-test FAILED: {failed} of {len(steps)} steps", flush=True)
    return 1 if failed else 0
