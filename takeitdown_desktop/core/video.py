"""Video fingerprints compatible with Meta's vPDQ: one PDQ frame hash a second.

vPDQ decodes every frame with FFmpeg and hashes frame ``i`` (0-based, in the order the
decoder outputs them) when ``i % int(seconds_per_hash * fps) == 0``, with ``fps`` the
stream's average frame rate, as PDQ of the full-resolution RGB frame (luma in float32,
as Meta's C++ computes it). We decode with FFmpeg too (PyAV's bindings) and convert each
chosen frame to RGB exactly as vPDQ asks swscale to: the BT.601 matrix whatever the
stream is tagged with, the range its pixel format implies (full for the ``yuvj``
formats, limited otherwise), area interpolation, and the frame treated as one
progressive picture with no chroma siting, since vPDQ passes swscale bare planes.
Where FFmpeg 8 converts differently from the releases vPDQ is built on (10-bit frames,
8-bit ones of odd height), ``swscale_rgb`` computes the older releases' result.
Phone videos are tagged BT.709 (or BT.2020 HDR) and camcorders record interlaced, so a
decoder that honours the tags, as OpenCV's does, gives other pixels and other hashes.
Decoding and hashing overlap: the hashing runs in a helper thread, which FFmpeg and
numpy let run while the decoder holds no Python lock.

vPDQ hashes one frame a second but decodes them all. Most H.264 video (phones, cameras,
downloads) also holds frames no other frame is predicted from; of those, we decode only
the ones vPDQ hashes, which saves a quarter to a third of the decoding. A frame's number
is its place in the order the decoder shows frames, which for H.264 is the order of the
packets' presentation times, so each packet's place is worked out from the times of the
packets around it before the decoder gets it. Anything that would make that reckoning
unsure (times in decoding order, a packet with no picture or two, a missing or repeated
time, a frame out of place or missing, interlaced fields) sends the file back through
the plain path that decodes every frame.

Frame threads patch up damage in an order that depends on timing, so a damaged file is
decoded again on one thread, and a file's end is checked on one thread, which is where
a file cut short shows it: the same file gives the same answer on any computer.
"""

from __future__ import annotations

import heapq
import logging
import math
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO, Final

import numpy as np
import numpy.typing as npt

from takeitdown_desktop.core import cores, h264, pdq, swscale_rgb
from takeitdown_desktop.core.errors import ErrorCode, FileWarning, FingerprintError, WarningCode
from takeitdown_desktop.core.hashes import PdqHash

if TYPE_CHECKING:
    from av.container import InputContainer
    from av.packet import Packet
    from av.video.frame import VideoFrame
    from av.video.stream import VideoStream

log = logging.getLogger(__name__)

#: vPDQ's default: one frame hash per second of video.
SECONDS_PER_HASH: Final = 1.0
#: vPDQ matching defaults (ThreatExchange ``vpdq``): frame quality and distance.
FRAME_QUALITY_THRESHOLD: Final = 50
FRAME_MATCH_DISTANCE: Final = 31
#: Frames waiting to be hashed; bounds memory whatever the video's length.
_QUEUE_FRAMES: Final = 3
#: Packets read ahead of the decoder when it skips frames, to learn each frame's place in
#: display order first. H.264 shows a frame at most 16 places from where it is decoded.
_LOOKAHEAD: Final = 32

#: The end of a file is checked again from its last key frame, unless that lies further
#: back than this (a stream with one key frame at its start would be decoded twice).
_END_CHECK_SECONDS: Final = 20.0

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


def threatexchange_json(frames: Iterable[FrameHash]) -> str:
    """Frame hashes as python-threatexchange's vPDQ signal stores them: a JSON list of
    ``hash,quality,timestamp`` strings, the timestamp written as its ``VpdqCompactFeature``
    writes it (three significant digits)."""
    import json

    return json.dumps([f"{f.hash},{f.quality},{f.timestamp:.3}" for f in frames])


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


#: The largest frame we convert, in pixels: as for still images, refused from the
#: header, so a crafted file cannot make us allocate gigabytes.
MAX_FRAME_PIXELS: Final = 120_000_000


def _no_video() -> FingerprintError:
    return FingerprintError(ErrorCode.NO_VIDEO, "This file has sound only, no pictures to fingerprint.")


def _unreadable_video() -> FingerprintError:
    return FingerprintError(
        ErrorCode.DAMAGED,
        "This video could not be opened. It may be damaged, only partly downloaded, "
        "or saved in a format this app cannot read.",
    )


def _unsupported_codec() -> FingerprintError:
    return FingerprintError(
        ErrorCode.UNSUPPORTED,
        "This video is saved in a format this app cannot read. Saving it again as an MP4 video may help.",
    )


def _rotate(luma: pdq.Float32Array, rotation: int) -> pdq.Float32Array:
    # ``rotation`` is clockwise, as the picture must be turned to be shown upright.
    turns = {90: -1, 180: 2, 270: 1}[rotation]
    return np.ascontiguousarray(np.rot90(luma, turns))


def hash_frame(
    pixels: npt.NDArray[np.uint8], rotation: int = 0
) -> tuple[pdq.PdqResult, pdq.PdqResult | None]:
    """PDQ of a decoded RGB frame as vPDQ computes it, and of the frame as displayed."""
    luma = pdq.luma_from_rgb(pixels, single=True)
    oriented = None
    if rotation in (90, 180, 270):
        oriented = pdq.pdq_floats_from_luma(_rotate(luma, rotation), consume=True).result()
    return pdq.pdq_floats_from_luma(luma, consume=True).result(), oriented


def frame_step(fps: float, seconds_per_hash: float = SECONDS_PER_HASH) -> int:
    """Hash frame ``i`` when ``i % frame_step(...) == 0``, as vPDQ selects frames."""
    return _frame_step(fps, seconds_per_hash)


def rgb_as_vpdq(frame: VideoFrame) -> npt.NDArray[np.uint8]:
    """The RGB pixels vPDQ hashes for a decoded frame (see the module's docstring).

    vPDQ hands swscale the planes alone, so FFmpeg knows nothing of the frame's tags,
    interlacing or chroma siting; a bare copy of the planes puts us in the same place.
    """
    from av.video.frame import VideoFrame as NewFrame
    from av.video.reformatter import ColorRange, Colorspace, Interpolation

    name = frame.format.name
    if swscale_rgb.needs_own_conversion(name, frame.height):
        # Where FFmpeg 8 converts differently from the FFmpeg vPDQ is built on.
        return swscale_rgb.rgb_from_frame(frame)
    bare = NewFrame(frame.width, frame.height, name)
    for src, dst in zip(frame.planes, bare.planes):
        rows = min(src.buffer_size // src.line_size, dst.buffer_size // dst.line_size)
        width = min(src.line_size, dst.line_size)
        a = np.frombuffer(memoryview(src), np.uint8, count=rows * src.line_size).reshape(rows, src.line_size)
        b = np.frombuffer(memoryview(dst), np.uint8, count=rows * dst.line_size).reshape(rows, dst.line_size)
        b[:, :width] = a[:, :width]
    rgb = bare.reformat(
        format="rgb24",
        src_colorspace=Colorspace.ITU601,
        dst_colorspace=Colorspace.ITU601,
        src_color_range=ColorRange.JPEG if name.startswith("yuvj") else ColorRange.MPEG,
        dst_color_range=ColorRange.JPEG,
        interpolation=Interpolation.AREA,
    )
    pixels: npt.NDArray[np.uint8] = np.asarray(rgb.to_ndarray(), dtype=np.uint8)
    return pixels


def fingerprint_video(
    path: str | BinaryIO,
    *,
    seconds_per_hash: float = SECONDS_PER_HASH,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    skip_frames: bool = True,
    threads: int | None = None,
) -> tuple[VideoFingerprint, list[FileWarning]]:
    """vPDQ-compatible frame hashes of the video at ``path``, with warnings for the person.

    Also used for animated GIFs and PNGs, whose frames FFmpeg shows as vPDQ sees them.
    ``skip_frames=False`` decodes every frame even where fewer would do (see the module's
    docstring), to hold both paths to the same answer or rule one out. ``threads`` is
    the decoder's (one per core by default); the answer does not depend on it.
    """
    shown = _Monotonic(progress)
    skipping, threads = skip_frames, threads or cores.usable()
    while True:
        with _opened(path, threads) as video:
            skip_now = skipping and _may_skip(video)
            try:
                fingerprint, notes, count = _decode_and_hash(video, seconds_per_hash, shown, cancelled, skipping=skip_now)
                # A file cut short (the commonest damage: a copy or download broken off)
                # may end in a frame the skipping path never decodes, or one frame threads
                # pass over without a word; so the end is decoded again on one thread.
                if (
                    (threads == 1 and not skip_now)
                    or count.last_key is None
                    or count.latest is None
                    or count.latest - count.last_key_time > _END_CHECK_SECONDS
                    or not _end_damaged(path, count.last_key, count.latest)
                ):
                    return fingerprint, notes
                raise _Damaged("the end is damaged")
            except _Damaged as exc:
                # Frame threads conceal damage in an order that depends on timing, so a
                # damaged file is read again on one thread: the same hashes every time,
                # on any computer.
                log.debug("decoding every frame on one thread: %s", exc)
                skipping, threads = False, 1
            except _Unsure as exc:
                log.debug("decoding every frame: %s", exc)
                skipping = False
        if not isinstance(path, str):
            path.seek(0)


#: Demuxers of bare H.264 and HEVC streams (.h264, .264, .h265), which have no container.
_BARE_STREAMS: Final = frozenset({"h264", "hevc"})

#: Containers whose packet times are presentation times, as the skipping path needs.
#: AVI and raw streams give times in decoding order, or none.
_TIMED_CONTAINERS: Final = frozenset({"mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm", "mpegts"})


def _may_skip(video: _Video) -> bool:
    # H.264 only: HEVC's "non-reference" mark holds within a temporal layer, so a frame
    # FFmpeg would skip may be one a higher layer is predicted from.
    return video.stream.codec_context.name == "h264" and video.container.format.name in _TIMED_CONTAINERS


def _end_damaged(path: str | BinaryIO, key: int, last: float) -> bool:
    """Whether decoding on one thread from the key frame at ``key`` (in the stream's
    time base) to the end meets damage, or fails to reach the frame at ``last`` seconds."""
    import av

    if not isinstance(path, str):
        path.seek(0)
    with _opened(path, 1) as video:
        stream = video.stream
        ctx = stream.codec_context
        reached = False

        def damaged(packet: Packet[VideoStream]) -> bool:
            nonlocal reached
            for frame in packet.decode():
                if frame.pts is None or frame.pts < key:
                    continue  # shown before the key frame, it may lean on frames before it
                if frame.is_corrupt:
                    return True
                reached = reached or (frame.time is not None and frame.time >= last)
            return False

        try:
            # Some containers (MPEG-TS) seek to just after the frame asked for.
            margin = int(2 / stream.time_base) if stream.time_base else 0
            video.container.seek(key - margin, stream=stream)
            # Only the last packets need decoding in full: before them, H.264 frames no
            # other frame is predicted from are skipped, as on the skipping path.
            pending: deque[Packet[VideoStream]] = deque()
            for packet in _packets(video):
                if packet.is_corrupt:
                    return True
                pending.append(packet)
                if len(pending) > _LOOKAHEAD:
                    ctx.skip_frame = "NONREF" if ctx.name == "h264" else "DEFAULT"
                    if damaged(pending.popleft()):
                        return True
            ctx.skip_frame = "DEFAULT"
            if any(damaged(packet) for packet in pending):
                return True
        except (av.FFmpegError, _BrokenOff):
            return True
    return not reached


class _Unsure(Exception):
    """Skipping frames met something that makes a frame's number unsure."""


class _Damaged(_Unsure):
    """The decoder met damage, skipping frames or on more than one thread: the file is
    read again, every frame, on one thread."""


@dataclass
class _Monotonic:
    """Progress that never goes back, when a file is started again without skipping."""

    report: ProgressFn | None
    shown: float = 0.0

    def __call__(self, fraction: float) -> None:
        if self.report is not None and fraction >= self.shown:
            self.shown = fraction
            self.report(fraction)


@dataclass
class _Video:
    container: InputContainer
    stream: VideoStream
    fps: float
    duration: float
    start: float | None  # the stream's start time, in seconds
    threads: int  # the decoder's


class _opened:
    """The video stream vPDQ reads (the first, not a cover picture), ready to decode."""

    def __init__(self, path: str | BinaryIO, threads: int | None = None) -> None:
        import av

        self.threads = threads or cores.usable()
        try:
            container: InputContainer = av.open(path, "r", metadata_errors="ignore")
        except MemoryError:
            raise FingerprintError(ErrorCode.TOO_LARGE, "This video is too large to fingerprint on this computer.") from None
        except (av.FFmpegError, OSError, ValueError, UnicodeError) as exc:
            log.debug("open failed: %s", type(exc).__name__)
            raise _unreadable_video() from None
        self.container = container

    def __enter__(self) -> _Video:
        import av

        container = self.container
        try:
            # As vPDQ: the first video stream, whatever else the file holds; a cover
            # picture in a sound file is not a video.
            streams = [s for s in container.streams.video if not s.disposition & av.stream.Disposition.attached_pic]
            if not streams:
                raise _no_video()
            stream = streams[0]
            ctx = stream.codec_context
            if ctx is None:
                raise _unsupported_codec()
            width, height = ctx.width, ctx.height
            if width <= 0 or height <= 0:
                raise _unreadable_video()
            if width * height > MAX_FRAME_PIXELS:
                raise FingerprintError(ErrorCode.TOO_LARGE, "This video's pictures are too large to fingerprint.")
            # Frame threads are bit-exact in FFmpeg on intact files and much faster than
            # the slices vPDQ uses; one per core (FFmpeg's own default adds one, which
            # only contends on few cores).
            ctx.thread_type = "FRAME"
            ctx.thread_count = self.threads
            rate = stream.average_rate or stream.base_rate  # vPDQ: avg_frame_rate, else r_frame_rate
            if container.format.name in _BARE_STREAMS and stream.guessed_rate:
                # A bare stream's rate is in its own headers; FFmpeg 5.1, which vPDQ is
                # built on, reports that, where later releases report their 25 fps default.
                rate = stream.guessed_rate
            fps = float(rate) if rate else 0.0
            start = float(stream.start_time * stream.time_base) if stream.start_time is not None and stream.time_base else None
            return _Video(container, stream, fps, _duration_seconds(container, stream), start, self.threads)
        except BaseException:
            container.close()
            raise

    def __exit__(self, *exc: object) -> None:
        self.container.close()


def _duration_seconds(container: InputContainer, stream: VideoStream) -> float:
    if stream.duration is not None and stream.time_base is not None and stream.duration > 0:
        return float(stream.duration * stream.time_base)
    if container.duration is not None and container.duration > 0:
        return container.duration / 1_000_000
    return 0.0


def rotation_of(frame: VideoFrame) -> int:
    # FFmpeg reports the display matrix counter-clockwise; we keep clockwise turns.
    try:
        turn = round(-float(frame.rotation)) % 360
    except (TypeError, ValueError, AttributeError):
        return 0
    return turn if turn in (90, 180, 270) else 0


class _BrokenOff(Exception):
    """The container cannot be read further."""


def _packets(video: _Video) -> Iterator[Packet[VideoStream]]:
    """The video stream's packets. Damage in a transport stream can announce a new
    stream part-way through, which PyAV's demuxer meets with an IndexError: the file
    is read as far as that."""
    packets = video.container.demux(video.stream)
    while True:
        try:
            packet = next(packets)
        except StopIteration:
            return
        except IndexError as exc:
            raise _BrokenOff() from exc
        yield packet


@dataclass
class _Count:
    """What a pass over the packets found: frames in the video, and damage (packets the
    container or decoder refused or marked, frames the decoder had to patch up)."""

    frames: int = 0
    damage: int = 0
    #: The earliest and latest presentation times among the frames, in seconds: how far
    #: the video was read. The skipping path counts the frames it skips too.
    earliest: float | None = None
    latest: float | None = None
    #: The last key frame's time (in the stream's time base, and in seconds), where the
    #: check of the file's end starts.
    last_key: int | None = None
    last_key_time: float = 0.0

    def key_frame(self, packet: Packet[VideoStream]) -> None:
        if packet.pts is not None and packet.time_base:
            self.last_key, self.last_key_time = packet.pts, float(packet.pts * packet.time_base)

    def saw(self, time: float | None) -> None:
        if time is None:
            return
        if self.latest is None or time > self.latest:
            self.latest = time
        if self.earliest is None or time < self.earliest:
            self.earliest = time

    def seconds_read(self, start: float | None) -> float:
        """From the stream's start (times may begin anywhere, even below zero where a
        transport stream's clock wraps round), else from the first frame."""
        if self.latest is None:
            return 0.0
        origin = start if start is not None else self.earliest
        return self.latest - (origin if origin is not None else 0.0)


def _every_frame(video: _Video, count: _Count) -> Iterator[tuple[int, VideoFrame]]:
    """Every frame the decoder gives, numbered as vPDQ numbers them. Raises
    :class:`_Damaged` at the first damage when decoding on more than one thread."""
    import av

    def damaged(what: str) -> None:
        count.damage += 1
        if video.threads > 1:
            raise _Damaged(what)

    try:
        for packet in _packets(video):
            if packet.is_corrupt:
                damaged("the container marks a packet as damaged")
            if packet.is_keyframe:
                count.key_frame(packet)
            try:
                frames = packet.decode()
            except av.FFmpegError:
                # vPDQ stops at the first packet the decoder refuses; the frames after
                # it are still the person's, so keep going and say so.
                damaged("a packet could not be decoded")
                continue
            for frame in frames:
                if frame.is_corrupt:
                    damaged("a frame was patched up")
                count.saw(frame.time)
                yield count.frames, frame
                count.frames += 1
    except (av.FFmpegError, _BrokenOff) as exc:  # the container itself breaks off
        log.debug("demux failed: %s", type(exc).__name__)
        damaged("the file broke off")


@dataclass
class _Places:
    """Each packet's place among the frames in display order, learnt from a window of
    packets ahead: the earliest time in the window that no packet still to come can
    precede takes the next place."""

    ahead: list[int] = field(default_factory=list)  # a heap of presentation times
    place: dict[int, int] = field(default_factory=dict)  # time -> place, until shown
    placed: int = 0
    last: int | None = None

    def add(self, pts: int) -> None:
        heapq.heappush(self.ahead, pts)
        if len(self.ahead) > _LOOKAHEAD:
            self._place_next()

    def finish(self) -> None:
        while self.ahead:
            self._place_next()

    def _place_next(self) -> None:
        pts = heapq.heappop(self.ahead)
        if self.last is not None and pts <= self.last:
            raise _Unsure("a frame's time comes too late or twice")
        self.last = pts
        self.place[pts] = self.placed
        self.placed += 1


def _frames_vpdq_hashes(video: _Video, step: int, count: _Count) -> Iterator[tuple[int, VideoFrame]]:
    """The frames vPDQ hashes, and those others depend on, numbered as vPDQ numbers them.

    H.264 only: a frame it marks as used by no other frame can be skipped without
    changing any other, and its decoder shows frames in the order of their presentation
    times. Raises :class:`_Unsure` when the file breaks what the numbering relies on,
    and :class:`_Damaged` at any sign of damage: the decoder cannot report damage in a
    frame it skips, so a damaged file is read in full.
    """
    import av

    ctx = video.stream.codec_context
    length_size = h264.nal_length_size(ctx.extradata)
    latest: int | None = None  # the latest presentation time so far, in decoding order
    places = _Places()
    # In decoding order until their place is known: (packet, its time or None when an
    # edit list leaves its frame out).
    waiting: deque[tuple[Packet[VideoStream], int | None]] = deque()
    needed: set[int] = set()  # places decoded in full, whose frames must come out
    first_key: int | None = None  # frames up to the first key frame are never skipped
    shown = -1

    def send(packet: Packet[VideoStream], pts: int | None) -> None:
        nonlocal first_key
        if packet.is_keyframe:
            count.key_frame(packet)
            if first_key is None:
                first_key = packet.pts
        if pts is None:
            ctx.skip_frame = "DEFAULT"  # left out of the video, but others may use it
            return
        place = places.place[pts]
        if place % step == 0 or first_key is None or pts <= first_key:
            needed.add(place)
            ctx.skip_frame = "DEFAULT"
        else:
            ctx.skip_frame = "NONREF"

    def decode(packet: Packet[VideoStream] | None) -> Iterator[tuple[int, VideoFrame]]:
        nonlocal shown
        try:
            frames = packet.decode() if packet is not None else ctx.decode(None)
        except av.FFmpegError as exc:
            raise _Damaged("a packet could not be decoded") from exc
        for frame in frames:
            if frame.is_corrupt:
                raise _Damaged("a frame was patched up")
            if frame.interlaced_frame:
                # Fields may come in packets of their own, two to a frame.
                raise _Unsure("interlaced")
            place = places.place.pop(frame.pts, None) if frame.pts is not None else None
            if place is None or place <= shown or any(n < place for n in needed):
                raise _Unsure("a frame came out of place, or one did not come")
            needed.discard(place)
            shown = place
            yield place, frame

    def ready() -> Iterator[tuple[int, VideoFrame]]:
        while waiting and (waiting[0][1] is None or waiting[0][1] in places.place):
            packet, pts = waiting.popleft()
            send(packet, pts)
            yield from decode(packet)

    try:
        for packet in _packets(video):
            if packet.size == 0:
                continue  # the end: flushed below
            if packet.is_corrupt:
                raise _Damaged("the container marks a packet as damaged")
            if packet.pts is None:
                raise _Unsure("a packet without a time")
            try:
                picture = h264.picture(memoryview(packet), length_size)
            except h264.Malformed as exc:
                # Only delimiters or SEI (no frame to count), two pictures, or damage
                # (which the plain path will meet again, and report).
                raise _Unsure(f"a packet the decoder may not make one frame of: {exc}") from None
            if picture.bidirectional and latest is not None and packet.pts > latest:
                # A B-frame comes after a frame shown later than it, so its time is the
                # earlier one; times written in decoding order (AVI, raw streams and
                # files remuxed from them) break this, and so would the numbering.
                raise _Unsure("times in decoding order")
            latest = packet.pts if latest is None else max(latest, packet.pts)
            if packet.is_discard:
                waiting.append((packet, None))
            else:
                places.add(packet.pts)
                waiting.append((packet, packet.pts))
                count.saw(float(packet.pts * packet.time_base))
            yield from ready()
            if len(waiting) > 4 * _LOOKAHEAD:
                raise _Unsure("frames far out of order")
    except (av.FFmpegError, _BrokenOff) as exc:
        raise _Damaged("the file broke off") from exc
    places.finish()
    yield from ready()
    ctx.skip_frame = "DEFAULT"
    yield from decode(None)
    if needed:
        raise _Unsure("a frame did not come")
    count.frames = places.placed


def _decode_and_hash(
    video: _Video,
    seconds_per_hash: float,
    progress: ProgressFn,
    cancelled: CancelledFn | None,
    *,
    skipping: bool,
) -> tuple[VideoFingerprint, list[FileWarning], _Count]:
    fps, duration = video.fps, video.duration
    notes: list[FileWarning] = []
    valid_fps = math.isfinite(fps) and fps > 0
    if not valid_fps:
        notes.append(
            FileWarning(
                WarningCode.NO_FRAME_RATE, "This video does not say how fast it plays, so every frame was fingerprinted."
            )
        )
    step = _frame_step(fps if valid_fps else 0.0, seconds_per_hash)
    todo: queue.Queue[tuple[int, VideoFrame, int] | None] = queue.Queue(_QUEUE_FRAMES)
    stored: list[FrameHash] = []
    shown: list[FrameHash] = []
    failure: list[BaseException] = []
    rotation = 0

    def hasher() -> None:
        while (item := todo.get()) is not None:
            if failure:
                continue  # drain, so the decoder never blocks on a full queue
            index, frame, turn = item
            try:
                a, b = hash_frame(rgb_as_vpdq(frame), turn)
            except BaseException as exc:  # reported by the decoding thread
                failure.append(exc)
                continue
            ts = index / fps if valid_fps else 0.0
            stored.append(FrameHash(index, ts, a.hash, a.quality))
            if b is not None:
                shown.append(FrameHash(index, ts, b.hash, b.quality))

    count = _Count()
    # When every frame is hashed, none can be skipped.
    frames = _frames_vpdq_hashes(video, step, count) if skipping and step > 1 else _every_frame(video, count)
    worker = threading.Thread(target=hasher, name="frame-hasher", daemon=True)
    worker.start()
    try:
        for n, (index, frame) in enumerate(frames):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if failure:
                break
            if n == 0:
                rotation = rotation_of(frame)
            if index % step == 0:
                todo.put((index, frame, rotation))
            if duration > 0 and n % 8 == 0:
                progress(min(count.seconds_read(video.start) / duration, 0.99))
    finally:
        todo.put(None)
        worker.join()
    if failure:
        if isinstance(failure[0], MemoryError):
            raise FingerprintError(ErrorCode.TOO_LARGE, "This video's pictures are too large to fingerprint.")
        raise failure[0]
    if not stored:
        raise FingerprintError(ErrorCode.DAMAGED, "No picture in this video could be read. It may be damaged.")
    # Judged by time, not by a frame count the container may only estimate (edit
    # lists and variable frame rates make those counts wrong for intact files).
    frame_time = 1.0 / fps if valid_fps else 0.0
    reached = count.seconds_read(video.start)
    if duration > 0 and reached + frame_time < duration - max(1.0, duration * 0.05):
        read, total = int(reached + frame_time), int(round(duration))
        notes.append(
            FileWarning(
                WarningCode.PARTLY_READ,
                f"Only part of this video could be read (about {read} of {total} seconds); it may be damaged "
                "or only partly downloaded. The part that was read has been fingerprinted.",
                (("seconds_read", read), ("seconds", total)),
            )
        )
    elif count.damage:
        notes.append(
            FileWarning(
                WarningCode.FRAMES_UNREADABLE,
                "Some pictures in this video could not be read; the others have been fingerprinted.",
            )
        )
    progress(1.0)
    return (
        VideoFingerprint(
            tuple(stored), tuple(shown) if rotation else None, fps if valid_fps else 0.0, count.frames, rotation
        ),
        notes,
        count,
    )
