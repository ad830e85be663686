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
#: The vPDQ frame hashes (frame, hash) of the self-test clip. Every codec carries the
#: same frames, losslessly, so one pin serves them all (tests/test_selftest.py checks it
#: against Meta's C++ PDQ of FFmpeg's own frames).
CLIP = [
    (0, "aa7700fda85600ff5582ff2a572a7782eb295588bd157d2a551297287f2add02"),
    (4, "fec955820afe7582d52aa277e0d7a25d7a554a750a70aa5f027f8054f81f4875"),
    (8, "1d28d07f1f02f520a257aadf75a000d53db8a2df0f9ccaf5c78348f270e362d9"),
]

#: Encoder, container and the options that make each one lossless (and single-threaded).
_CODECS: dict[str, tuple[str, str, dict[str, str]]] = {
    "h264": ("libx264", "mp4", {"x264-params": "threads=1:lookahead-threads=1:qp=0"}),
    "hevc": ("libx265", "mp4", {"x265-params": "lossless=1:log-level=none:pools=none:frame-threads=1"}),
    "vp9": ("libvpx-vp9", "webm", {"lossless": "1"}),
    "av1": ("libsvtav1", "mp4", {"svtav1-params": "lossless=1"}),
}
CODECS = tuple(_CODECS)


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


def _clip_planes(number: int) -> list[object]:
    """Frame ``number`` of the self-test clip as Y, U and V planes, from integers only.

    The encoders never convert colours: swscale's RGB to YUV would be one more place
    where a machine's SIMD could change a value.
    """
    import numpy as np

    rgb = np.roll(picture(144, 192, seed=5), number * 8, axis=1).astype(np.int32)  # type: ignore[call-overload]
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    y = ((66 * r + 129 * g + 25 * b + 128) >> 8) + 16
    u = ((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128
    v = ((112 * r - 94 * g - 18 * b + 128) >> 8) + 128

    def half(p: object) -> object:
        return (p[0::2, 0::2] + p[1::2, 0::2] + p[0::2, 1::2] + p[1::2, 1::2] + 2) >> 2  # type: ignore[index]

    return [y.astype(np.uint8), half(u).astype(np.uint8), half(v).astype(np.uint8)]  # type: ignore[attr-defined]


def make_clip(folder: Path, codec: str) -> Path:
    """Twelve frames at 4 fps (vPDQ hashes frames 0, 4 and 8), encoded losslessly.

    Lossy encoders choose differently on different processors (x264's output changes with
    the instruction set it finds), so a lossy clip's pins would hold on one machine only.
    Lossless, every machine decodes the very planes given here.
    """
    import av
    import numpy as np

    encoder, container, options = _CODECS[codec]
    os.environ.setdefault("SVT_LOG", "1")  # SVT-AV1 otherwise prints its settings
    path = folder / f"clip-{codec}.{container}"
    with av.open(str(path), "w") as out:
        stream = out.add_stream(encoder, rate=4)
        stream.width, stream.height, stream.pix_fmt = 192, 144, "yuv420p"
        stream.thread_count = 1
        stream.options = dict(options)
        for i in range(12):
            frame = av.VideoFrame(192, 144, "yuv420p")
            for plane, values in zip(frame.planes, _clip_planes(i)):
                rows, cols = values.shape  # type: ignore[attr-defined]
                view = np.frombuffer(memoryview(plane), np.uint8)[: rows * plane.line_size].reshape(rows, plane.line_size)
                view[:, :cols] = values
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

    if getattr(sys, "frozen", False) and phash.implementation() != "pocketfft":
        # The installers leave out imagehash and the SciPy it imports (build_scripts/*.spec).
        raise AssertionError("pHash cannot use SciPy's pocketfft binding in this build")

    return f"PDQ and pHash as pinned (pHash through {phash.implementation()}, resize {phash.resize_implementation()})"


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
    if got != CLIP:
        raise AssertionError(f"frame hashes {got} are not the pinned {CLIP}")
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
    folder = resources_dir() / "i18n"
    missing = [code for code in LANGUAGES if not QTranslator().load(f"takeitdown_{code}", str(folder))]
    # The launcher reads the .ts itself when Qt cannot start (build_scripts/entry.py).
    missing += [f"{code}.ts" for code in LANGUAGES if code != "en" and not (folder / f"takeitdown_{code}.ts").is_file()]
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
    steps += [(f"video {codec}", lambda folder, c=codec: _check_video(folder, c)) for codec in CODECS]
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
