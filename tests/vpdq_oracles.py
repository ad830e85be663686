"""Two independent answers to "what would vPDQ say about this video?".

1. Meta's own ``vpdq`` package, built against the FFmpeg development libraries of this
   machine (CI installs Debian's), run in a child process so that its FFmpeg never
   shares a process with the one inside PyAV. Built once into pytest's cache folder.
2. vPDQ's decoding loop replayed step by step on the FFmpeg inside PyAV: the same
   stream choice, frame rate, frame numbering and the same legacy swscale call
   (``sws_getContext`` + ``sws_scale`` on the bare planes, SWS_AREA, RGB24) through
   ctypes, with Meta's C++ PDQ (``pdqhash``) on the result. It shows that the app's own
   conversion path gives what vPDQ would give when built on that FFmpeg.

The two differ from each other only where FFmpeg itself changed between versions (see
``ffmpeg_swscale_version``): FFmpeg 5.1 rounds 10-bit 4:2:0 chroma to one line or the
average of two where later versions interpolate.
"""

from __future__ import annotations

import ctypes
import glob
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from tests.helpers import oracle_pdq

Frames = list[tuple[int, int, str]]  # frame number, quality, hash

_VPDQ_VERSION = "0.2.5"
_RUN_VPDQ = """
import json, sys, vpdq
out = {}
for path in sys.argv[1:]:
    try:
        out[path] = [[f.frame_number, f.quality, f.hex] for f in vpdq.computeHash(path, seconds_per_hash=1)]
    except Exception as exc:
        out[path] = str(exc)
print(json.dumps(out))
"""


def system_swscale_version() -> tuple[int, ...] | None:
    """libswscale's version on this machine (what a vpdq built here links), if known."""
    try:
        text = subprocess.run(
            ["pkg-config", "--modversion", "libswscale"], check=True, capture_output=True, text=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return tuple(int(part) for part in text.strip().split(".") if part.isdigit())


def build_vpdq(cache: Path) -> Path | None:
    """A folder holding Meta's vpdq (importable with PYTHONPATH), or None if it cannot be built."""
    target = cache / f"vpdq-{_VPDQ_VERSION}"
    if (target / "vpdq").exists() or any(target.glob("vpdq*.so")):
        return target
    if system_swscale_version() is None or shutil.which("g++") is None:
        return None
    shutil.rmtree(target, ignore_errors=True)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-input", "--target", str(target), f"vpdq=={_VPDQ_VERSION}"],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0 or _vpdq_fails(target):
        shutil.rmtree(target, ignore_errors=True)
        return None
    return target


def _vpdq_fails(folder: Path) -> str | None:
    """Why a built vpdq cannot run here (say, FFmpeg libraries present when it was built
    and gone since), or None."""
    env = dict(os.environ, PYTHONPATH=str(folder))
    done = subprocess.run([sys.executable, "-c", "import vpdq"], capture_output=True, text=True, env=env)
    return None if done.returncode == 0 else (done.stderr.strip().splitlines() or ["import failed"])[-1]


def meta_vpdq(folder: Path) -> Callable[[list[str]], dict[str, Frames | str]]:
    def run(paths: list[str]) -> dict[str, Frames | str]:
        env = dict(os.environ, PYTHONPATH=str(folder))
        done = subprocess.run(
            [sys.executable, "-c", _RUN_VPDQ, *paths], check=True, capture_output=True, text=True, env=env
        )
        raw = json.loads(done.stdout)
        return {p: (v if isinstance(v, str) else [tuple(f) for f in v]) for p, v in raw.items()}

    return run


def live_vpdq(request: pytest.FixtureRequest) -> Callable[[list[str]], dict[str, Frames | str]]:
    """Meta's vpdq, or a skip saying what it needs. Only the README's test command runs
    on a fresh machine; CI (.ci/run) installs what the build needs first."""
    cached = Path(request.config.cache.mkdir("vpdq-oracle")) / f"vpdq-{_VPDQ_VERSION}"
    if cached.exists() and _vpdq_fails(cached):
        shutil.rmtree(cached, ignore_errors=True)  # built on another machine or FFmpeg
    folder = build_vpdq(cached.parent)
    if folder is None:
        pytest.skip(
            "Meta's vpdq could not be built and run here: it needs FFmpeg's development libraries "
            "(libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libavfilter-dev libavdevice-dev "
            "libswresample-dev), pkg-config and g++, which .ci/run installs"
        )
    return meta_vpdq(folder)


class LegacySwscale:
    """libswscale inside PyAV, called the way vPDQ calls it."""

    SWS_AREA = 0x20

    def __init__(self) -> None:
        import av

        base = Path(av.__file__).resolve().parent
        found = {
            name: sorted(glob.glob(str(base.parent / "av.libs" / f"lib{name}-*")) + glob.glob(str(base / ".dylibs" / f"lib{name}*")))
            for name in ("swscale", "avutil")
        }
        if not found["swscale"] or not found["avutil"]:
            pytest.skip("PyAV's own FFmpeg libraries were not found beside it")
        self.avutil = ctypes.CDLL(found["avutil"][0])
        self.sws = ctypes.CDLL(found["swscale"][0])
        self.avutil.av_get_pix_fmt.restype = ctypes.c_int
        self.avutil.av_get_pix_fmt.argtypes = [ctypes.c_char_p]
        self.sws.sws_getContext.restype = ctypes.c_void_p
        self.sws.sws_getContext.argtypes = [ctypes.c_int] * 7 + [ctypes.c_void_p] * 3
        self.sws.sws_scale.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_int)] + [
            ctypes.c_int,
            ctypes.c_int,
            ctypes.POINTER(ctypes.c_void_p),
            ctypes.POINTER(ctypes.c_int),
        ]
        self.sws.sws_freeContext.argtypes = [ctypes.c_void_p]
        self.rgb24 = self.avutil.av_get_pix_fmt(b"rgb24")

    def rgb(self, frame: object) -> np.ndarray:
        w, h = frame.width, frame.height  # type: ignore[attr-defined]
        fmt = self.avutil.av_get_pix_fmt(frame.format.name.encode())  # type: ignore[attr-defined]
        ctx = self.sws.sws_getContext(w, h, fmt, w, h, self.rgb24, self.SWS_AREA, None, None, None)
        assert ctx
        try:
            planes = list(frame.planes)  # type: ignore[attr-defined]
            src = (ctypes.c_void_p * 4)(*([p.buffer_ptr for p in planes] + [None] * (4 - len(planes))))
            strides = (ctypes.c_int * 4)(*([p.line_size for p in planes] + [0] * (4 - len(planes))))
            stride = (w * 3 + 63) // 64 * 64
            out = np.zeros((h, stride), np.uint8)
            dst = (ctypes.c_void_p * 4)(out.ctypes.data, None, None, None)
            dst_strides = (ctypes.c_int * 4)(stride, 0, 0, 0)
            self.sws.sws_scale(ctx, src, strides, 0, h, dst, dst_strides)
            return out[:, : w * 3].reshape(h, w, 3)
        finally:
            self.sws.sws_freeContext(ctx)


def replayed_vpdq(path: str, *, ffmpeg51_rate: bool = False) -> Frames:
    """vPDQ's loop (filehasher.cpp) on PyAV's FFmpeg, with Meta's C++ PDQ.

    ``ffmpeg51_rate``: take a bare stream's frame rate from its headers, as FFmpeg 5.1
    reports it, where later releases report their 25 fps default (see core/video.py).
    """
    import av

    sws = LegacySwscale()
    out: Frames = []
    with av.open(path) as container:
        stream = container.streams.video[0]
        rate = stream.average_rate or stream.base_rate
        if ffmpeg51_rate and container.format.name in ("h264", "hevc"):
            rate = stream.guessed_rate
        step = max(int(float(rate)), 1)
        number = 0
        for frame in container.decode(stream):
            if number % step == 0:
                digest, quality = oracle_pdq(sws.rgb(frame))
                out.append((number, quality, digest))
            number += 1
    return out
