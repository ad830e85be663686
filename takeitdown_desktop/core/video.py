"""Video fingerprints compatible with Meta's vPDQ: one PDQ frame hash a second.

vPDQ decodes every frame with FFmpeg and hashes frame ``i`` (0-based, in the order the
decoder outputs them) when ``i % int(seconds_per_hash * fps) == 0``, with ``fps`` the
stream's average frame rate, as PDQ of the full-resolution RGB frame (luma in float32,
as Meta's C++ computes it). OpenCV's FFmpeg backend gives us the same frames in the
same order; frames that are not hashed are only decoded (``grab``), never converted.
Decoding and hashing overlap: the hashing runs in a helper thread, which numpy and
OpenCV let run while the decoder holds no Python lock.
"""

from __future__ import annotations

import logging
import math
import os
import queue
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

from takeitdown_desktop.core import pdq
from takeitdown_desktop.core.errors import ErrorCode, FingerprintError
from takeitdown_desktop.core.hashes import PdqHash
from takeitdown_desktop.core.media import MediaType

log = logging.getLogger(__name__)

#: vPDQ's default: one frame hash per second of video.
SECONDS_PER_HASH: Final = 1.0
#: vPDQ matching defaults (ThreatExchange ``vpdq``): frame quality and distance.
FRAME_QUALITY_THRESHOLD: Final = 50
FRAME_MATCH_DISTANCE: Final = 31
#: Frames waiting to be hashed; bounds memory whatever the video's length.
_QUEUE_FRAMES: Final = 3

ProgressFn = Callable[[float], None]
CancelledFn = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class FrameHash:
    """The PDQ hash of one video frame, as vPDQ reports it."""

    frame: int
    timestamp: float
    hash: PdqHash
    quality: int

    def to_json(self) -> dict[str, object]:
        return {"frame": self.frame, "timestamp": self.timestamp, "hash": str(self.hash), "quality": self.quality}

    def vpdq_line(self) -> str:
        """One line of vPDQ's own text format: ``frame,quality,hash,timestamp``."""
        return f"{self.frame},{self.quality},{self.hash},{self.timestamp:.3f}"


@dataclass(frozen=True, slots=True)
class VideoFingerprint:
    frames: tuple[FrameHash, ...]
    #: Frame hashes of the picture as displayed, when the container says it is rotated.
    frames_oriented: tuple[FrameHash, ...] | None
    fps: float
    frames_decoded: int
    rotation: int


class Cancelled(Exception):
    """The person stopped fingerprinting this file."""


def vpdq_text(frames: Iterable[FrameHash]) -> str:
    """Frame hashes in vPDQ's text format, one line per frame, for Meta's tools."""
    return "".join(f.vpdq_line() + "\n" for f in frames)


def parse_vpdq_text(text: str) -> list[FrameHash]:
    """Read vPDQ's text format (``frame,quality,hash,timestamp`` per line)."""
    frames = []
    for line in text.splitlines():
        if not line.strip():
            continue
        frame, quality, hash_hex, timestamp = line.strip().split(",")
        frames.append(FrameHash(int(frame), float(timestamp), PdqHash(hash_hex), int(quality)))
    return frames


@dataclass(frozen=True, slots=True)
class VideoMatch:
    """Share of each side's usable frames that have a close frame on the other side."""

    query_percent: float
    target_percent: float

    def is_match(self, percent: float = 80.0) -> bool:
        return self.query_percent >= percent and self.target_percent >= percent


def match_frames(
    query: Sequence[FrameHash],
    target: Sequence[FrameHash],
    *,
    max_distance: int = FRAME_MATCH_DISTANCE,
    min_quality: int = FRAME_QUALITY_THRESHOLD,
) -> VideoMatch:
    """Compare two videos' frame hashes the way vPDQ's brute-force matcher does.

    Frames below ``min_quality`` are dropped; a frame matches when some frame on the
    other side is within ``max_distance`` bits (inclusive, as PDQ thresholds are
    quoted; vPDQ's C++ takes an exclusive tolerance, so its "31" is ``max_distance=30``).
    """
    q = [int(f.hash, 16) for f in query if f.quality >= min_quality]
    t = [int(f.hash, 16) for f in target if f.quality >= min_quality]
    if not q or not t:
        return VideoMatch(0.0, 0.0)

    def matched(a: list[int], b: list[int]) -> int:
        return sum(1 for x in a if any((x ^ y).bit_count() <= max_distance for y in b))

    return VideoMatch(matched(q, t) * 100.0 / len(q), matched(t, q) * 100.0 / len(t))


def _frame_step(fps: float, seconds_per_hash: float) -> int:
    step = int(seconds_per_hash * fps) if math.isfinite(fps) else 0
    return step if step > 0 else 1  # vPDQ: every frame when the product truncates to 0


def _opencv_path(path: str) -> str:
    # OpenCV opens files through a narrow-character API; on Windows a name outside the
    # ANSI code page would fail, so use the 8.3 short form of such paths there.
    if sys.platform != "win32" or path.isascii():
        return path
    import ctypes

    buffer = ctypes.create_unicode_buffer(32768)
    kernel32 = getattr(ctypes, "windll").kernel32  # only exists on Windows
    if kernel32.GetShortPathNameW(path, buffer, len(buffer)):
        return buffer.value
    return path


def _iso_handler_types(path: str, limit: int = 64 << 20) -> set[bytes] | None:
    """Track handler types ('vide', 'soun', ...) of an MP4/MOV file, or None if unknown.

    Lets a sound-only file get a precise message instead of "cannot be opened".
    """
    containers = {b"moov", b"trak", b"mdia"}
    found: set[bytes] = set()
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size

            def walk(start: int, end: int, depth: int) -> None:
                pos = start
                while pos + 8 <= end and depth < 6:
                    f.seek(pos)
                    header = f.read(16)
                    if len(header) < 8:
                        return
                    box_size = int.from_bytes(header[:4], "big")
                    kind = header[4:8]
                    head_len = 8
                    if box_size == 1 and len(header) >= 16:
                        box_size, head_len = int.from_bytes(header[8:16], "big"), 16
                    elif box_size == 0:
                        box_size = end - pos
                    if box_size < head_len:
                        return
                    if kind in containers:
                        walk(pos + head_len, min(pos + box_size, end), depth + 1)
                    elif kind == b"hdlr":
                        f.seek(pos + head_len + 8)
                        found.add(f.read(4))
                    pos += box_size

            walk(0, min(size, limit) if size > limit else size, 0)
    except OSError:
        return None
    return found or None


def _no_video() -> FingerprintError:
    return FingerprintError(ErrorCode.NO_VIDEO, "This file has sound only, no pictures to fingerprint.")


def _unreadable_video() -> FingerprintError:
    return FingerprintError(
        ErrorCode.DAMAGED,
        "This video could not be opened. It may be damaged, only partly downloaded, "
        "or saved in a format this app cannot read.",
    )


def _rotate(luma: pdq.Float32Array, rotation: int) -> pdq.Float32Array:
    # As displayed: OpenCV's auto-orientation turns 90 clockwise, 270 counter-clockwise.
    turns = {90: -1, 180: 2, 270: 1}[rotation]
    return np.ascontiguousarray(np.rot90(luma, turns))


def hash_frame(
    pixels: npt.NDArray[np.uint8], rotation: int = 0, *, bgr: bool = True
) -> tuple[pdq.PdqResult, pdq.PdqResult | None]:
    """PDQ of a decoded frame as vPDQ computes it, and of the frame as displayed."""
    luma = pdq.luma_from_rgb(pixels, bgr=bgr, single=True)
    oriented = None
    if rotation in (90, 180, 270):
        oriented = pdq.pdq_floats_from_luma(_rotate(luma, rotation), consume=True).result()
    return pdq.pdq_floats_from_luma(luma, consume=True).result(), oriented


def frame_step(fps: float, seconds_per_hash: float = SECONDS_PER_HASH) -> int:
    """Hash frame ``i`` when ``i % frame_step(...) == 0``, as vPDQ selects frames."""
    return _frame_step(fps, seconds_per_hash)


def fingerprint_video(
    path: str,
    media: MediaType,
    *,
    seconds_per_hash: float = SECONDS_PER_HASH,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> tuple[VideoFingerprint, list[str]]:
    """vPDQ-compatible frame hashes of the video at ``path``, with warnings for the person."""
    import cv2

    if media.format in ("mp4", "mov"):
        handlers = _iso_handler_types(path)
        if handlers is not None and b"vide" not in handlers:
            raise _no_video()
    cap = cv2.VideoCapture(_opencv_path(path), cv2.CAP_FFMPEG)
    try:
        if not cap.isOpened():
            raise _unreadable_video()
        # Stored frames, as vPDQ hashes them; the rotation is applied separately.
        cap.set(cv2.CAP_PROP_ORIENTATION_AUTO, 0)
        fps = float(cap.get(cv2.CAP_PROP_FPS))
        rotation = int(cap.get(cv2.CAP_PROP_ORIENTATION_META)) % 360
        if rotation not in (0, 90, 180, 270):
            rotation = 0
        expected = int(cap.get(cv2.CAP_PROP_FRAME_COUNT))
        return _decode_and_hash(cap, fps, rotation, expected, seconds_per_hash, progress, cancelled)
    finally:
        cap.release()


def _decode_and_hash(
    cap: object,
    fps: float,
    rotation: int,
    expected: int,
    seconds_per_hash: float,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> tuple[VideoFingerprint, list[str]]:
    notes: list[str] = []
    valid_fps = math.isfinite(fps) and fps > 0
    if not valid_fps:
        notes.append("This video does not say how fast it plays, so every frame was fingerprinted.")
    step = _frame_step(fps if valid_fps else 0.0, seconds_per_hash)
    todo: queue.Queue[tuple[int, npt.NDArray[np.uint8]] | None] = queue.Queue(_QUEUE_FRAMES)
    stored: list[FrameHash] = []
    shown: list[FrameHash] = []
    failure: list[BaseException] = []

    def hasher() -> None:
        while (item := todo.get()) is not None:
            if failure:
                continue  # drain, so the decoder never blocks on a full queue
            index, bgr = item
            try:
                a, b = hash_frame(bgr, rotation)
            except BaseException as exc:  # reported by the decoding thread
                failure.append(exc)
                continue
            ts = index / fps if valid_fps else 0.0
            stored.append(FrameHash(index, ts, a.hash, a.quality))
            if b is not None:
                shown.append(FrameHash(index, ts, b.hash, b.quality))

    worker = threading.Thread(target=hasher, name="frame-hasher", daemon=True)
    worker.start()
    decoded = 0
    unreadable_frames = 0
    try:
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if failure:
                break
            if not cap.grab():  # type: ignore[attr-defined]
                break
            if decoded % step == 0:
                ok, frame = cap.retrieve()  # type: ignore[attr-defined]
                if ok and frame is not None and frame.ndim == 3 and frame.shape[2] == 3:
                    todo.put((decoded, frame))
                else:
                    unreadable_frames += 1
            decoded += 1
            if progress is not None and expected > 0 and decoded % 8 == 0:
                progress(min(decoded / expected, 0.99))
    finally:
        todo.put(None)
        worker.join()
    if failure:
        if isinstance(failure[0], MemoryError):
            raise FingerprintError(ErrorCode.TOO_LARGE, "This video's pictures are too large to fingerprint.")
        raise failure[0]
    if not stored:
        if decoded == 0:
            raise FingerprintError(ErrorCode.DAMAGED, "No picture in this video could be read. It may be damaged.")
        raise FingerprintError(ErrorCode.DAMAGED, "The pictures in this video could not be read.")
    if expected > 0 and decoded < expected - max(2, expected // 50):
        notes.append(
            f"Only part of this video could be read ({decoded} of about {expected} frames); "
            "it may be damaged or only partly downloaded. The part that was read has been fingerprinted."
        )
    elif unreadable_frames:
        notes.append("Some pictures in this video could not be read; the others have been fingerprinted.")
    if progress is not None:
        progress(1.0)
    return (
        VideoFingerprint(
            tuple(stored), tuple(shown) if rotation else None, fps if valid_fps else 0.0, decoded, rotation
        ),
        notes,
    )
