"""Phone-style and awkward videos against Meta's vPDQ: BT.709 and HDR tags, 10-bit,
interlaced, AV1, variable frame rate, edit lists, animated GIF and WebP, sound only.

The corpus is made here with FFmpeg's own command line (CI installs it), with other
sources and settings than the committed clips and the benchmarks use.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from takeitdown_desktop.core import pdq, swscale_rgb, video
from takeitdown_desktop.core.errors import ErrorCode, WarningCode
from takeitdown_desktop.core.fingerprint import FileReport, fingerprint_file
from takeitdown_desktop.core.media import Kind
from takeitdown_desktop.core.video import frame_step
from tests.helpers import oracle_pdq
from tests.media_factory import (
    PHONE_CORPUS,
    SKIPPING_CORPUS,
    TIMING_CORPUS,
    damaged_corpus,
    missing_encoders,
    phone_corpus,
    skipping_corpus,
    timing_corpus,
)
from tests.vpdq_oracles import Frames, LegacySwscale, live_vpdq, replayed_vpdq, system_swscale_version

VIDEOS = sorted(
    {n for n in PHONE_CORPUS if n != "hevc-hlg-10bit.mov"}
    | {"hevc-hlg-10bit-rotated.mov", "edit-list.mp4", "transparent.gif"}
)
#: Files whose frames swscale converts with its general scaler, where FFmpeg 8 changed
#: the chroma rule (core/swscale_rgb.py): 10-bit, and 8-bit of odd height.
OWN_CONVERSION = {"hevc-hlg-10bit-rotated.mov", "h264-10bit.mp4", "vp9-10bit-odd.webm", "vp9-odd.webm", "mjpeg-odd.avi"}


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        pytest.skip("FFmpeg's command line is needed to make the phone-video corpus (CI installs it)")
    if missing := missing_encoders(ffmpeg):
        pytest.skip(f"this FFmpeg lacks encoders the corpus needs: {', '.join(missing)} (Debian's ffmpeg has them)")
    return phone_corpus(tmp_path_factory.mktemp("phone-videos"), ffmpeg)


@pytest.fixture(scope="session")
def ours(corpus: dict[str, Path]) -> dict[str, FileReport]:
    return {name: fingerprint_file(str(path)) for name, path in corpus.items()}


@pytest.fixture(scope="session")
def meta(request: pytest.FixtureRequest, corpus: dict[str, Path]) -> dict[str, Frames | str]:
    run: Callable[[list[str]], dict[str, Frames | str]] = live_vpdq(request)
    answers = run([str(corpus[name]) for name in VIDEOS])
    return {name: answers[str(corpus[name])] for name in VIDEOS}


def rows(report: FileReport) -> Frames:
    assert report.error is None, report.error
    assert report.frames is not None
    return [(f.frame, f.quality, str(f.hash)) for f in report.frames]


@pytest.mark.parametrize("name", sorted(set(VIDEOS) - OWN_CONVERSION))
def test_identical_to_vpdq_replayed_on_our_ffmpeg(name: str, corpus: dict[str, Path], ours: dict[str, FileReport]) -> None:
    """vPDQ's own decode-and-convert calls, made on the FFmpeg we ship, give our hashes."""
    pytest.importorskip("pdqhash")
    assert rows(ours[name]) == replayed_vpdq(str(corpus[name]))


@pytest.mark.parametrize("name", sorted(OWN_CONVERSION))
def test_own_conversion_with_ffmpeg8_rule_is_ffmpeg8(name: str, corpus: dict[str, Path]) -> None:
    """Our conversion, switched to FFmpeg 8's chroma rule, gives the pixels the FFmpeg we
    ship gives when called as vPDQ calls it, on every frame vPDQ hashes: the filters,
    tables and rounding are swscale's, and only the rule differs (checked against vPDQ
    on the system's FFmpeg in the next test)."""
    import av

    sws = LegacySwscale()
    with av.open(str(corpus[name])) as container:
        stream = container.streams.video[0]
        step = frame_step(float(stream.average_rate or stream.base_rate))
        for number, frame in enumerate(container.decode(stream)):
            if number % step == 0:
                assert swscale_rgb.needs_own_conversion(frame.format.name, frame.height)
                assert np.array_equal(swscale_rgb.rgb_from_frame(frame, weighted_chroma=True), sws.rgb(frame)), number


@pytest.mark.parametrize(
    ("fmt", "bits", "width", "height"),
    [
        ("yuv420p10le", 10, 64, 48), ("yuv420p10le", 10, 33, 17), ("yuv420p10le", 10, 1, 35),
        ("yuv420p10le", 10, 35, 1), ("yuv420p10le", 10, 1279, 719), ("yuv420p12le", 12, 66, 30),
        ("yuv420p12le", 12, 17, 33), ("yuv420p", 8, 64, 47), ("yuv420p", 8, 3, 3), ("yuvj420p", 8, 130, 71),
    ],
)
def test_own_conversion_on_random_frames(fmt: str, bits: int, width: int, height: int) -> None:
    """The same against FFmpeg 8 on noise, at sizes and depths no video here has."""
    import av

    rng = np.random.default_rng(width * height)
    frame = av.VideoFrame(width, height, fmt)
    for plane, (w, h) in zip(frame.planes, [(width, height)] + [((width + 1) // 2, (height + 1) // 2)] * 2):
        samples = rng.integers(0, 1 << bits, (h, w)).astype("<u2" if bits > 8 else np.uint8)
        rows = np.frombuffer(memoryview(plane), np.uint8).reshape(-1, plane.line_size)
        rows[:h, : samples.nbytes // h] = samples.view(np.uint8).reshape(h, -1)
    assert np.array_equal(swscale_rgb.rgb_from_frame(frame, weighted_chroma=True), LegacySwscale().rgb(frame))


@pytest.mark.parametrize("name", VIDEOS)
def test_identical_to_meta_vpdq(name: str, ours: dict[str, FileReport], meta: dict[str, Frames | str]) -> None:
    """Meta's vpdq package, built on this machine's FFmpeg: same frames, 0 bits apart."""
    theirs = meta[name]
    assert not isinstance(theirs, str), theirs
    mine = rows(ours[name])
    assert [f[0] for f in mine] == [f[0] for f in theirs]
    distances = [pdq.hamming(a[2], b[2]) for a, b in zip(mine, theirs)]
    version = system_swscale_version()
    if name in OWN_CONVERSION and version is not None and version >= (9,):
        # vpdq built on FFmpeg 8 or newer (libswscale 9) blends chroma lines with weights
        # where every earlier release, and so we, take the nearest or the plain average:
        # a few bits apart (see core/swscale_rgb.py).
        assert max(distances) <= 8, distances
    else:
        assert distances == [0] * len(mine)
        assert [f[1] for f in mine] == [f[1] for f in theirs]


def test_phone_videos_get_no_false_warnings(ours: dict[str, FileReport]) -> None:
    for name in VIDEOS:
        assert ours[name].warnings == (), (name, ours[name].warnings)


def test_hdr_phone_video_gives_displayed_frames(ours: dict[str, FileReport]) -> None:
    report = ours["hevc-hlg-10bit-rotated.mov"]
    assert report.frames_oriented is not None and report.frames is not None
    assert [f.frame for f in report.frames_oriented] == [f.frame for f in report.frames]
    assert all(a.hash != b.hash for a, b in zip(report.frames, report.frames_oriented))


def test_same_file_twice_in_one_run_gives_the_same_hashes(corpus: dict[str, Path]) -> None:
    # Interlaced frames were once hashed from whatever memory held.
    for name in ("mpeg2-interlaced.ts", "h264-interlaced.mts"):
        first, second = fingerprint_file(str(corpus[name])), fingerprint_file(str(corpus[name]))
        assert rows(first) == rows(second)
        assert len({f[2] for f in rows(first)}) == len(rows(first))  # real, distinct pictures


def test_animated_webp_hashes_every_second_of_frames(corpus: dict[str, Path], ours: dict[str, FileReport]) -> None:
    """FFmpeg cannot decode animated WebP, so libwebp's frames (through Pillow) with vPDQ's
    rule are the reference: frames over total time, one frame a second, Meta's C++ PDQ."""
    report = ours["animated.webp"]
    with Image.open(corpus["animated.webp"]) as im:
        durations = []
        for i in range(im.n_frames):
            im.seek(i)
            im.load()
            durations.append(im.info["duration"])
        step = frame_step(im.n_frames / (sum(durations) / 1000))
        expected = []
        for i in range(0, im.n_frames, step):
            im.seek(i)
            digest, quality = oracle_pdq(np.asarray(im.convert("RGB")))
            expected.append((i, quality, digest))
    assert step > 1 and len(expected) > 1
    assert rows(report) == expected


@pytest.mark.parametrize("name", ["sound-only.mkv", "sound-only.webm", "sound-only.ts"])
def test_sound_only_containers_say_no_video(name: str, ours: dict[str, FileReport]) -> None:
    report = ours[name]
    assert report.error is not None and report.error.code is ErrorCode.NO_VIDEO


# --- decoding only the frames vPDQ hashes (core/video.py) ----------------------------


@pytest.fixture(scope="session")
def skipping(tmp_path_factory: pytest.TempPathFactory, corpus: dict[str, Path]) -> dict[str, Path]:
    ffmpeg = shutil.which("ffmpeg")
    assert ffmpeg is not None  # the corpus fixture skips without it
    made = skipping_corpus(tmp_path_factory.mktemp("frame-skipping"), ffmpeg)
    return made | {name: path for name, path in corpus.items() if name.endswith((".mp4", ".mts", ".mov", ".mkv"))}


SKIPPING_NAMES = sorted(
    {*SKIPPING_CORPUS, "cut-open-gop.mp4", "cut-inside-gop.ts", "swapped-times.mkv", "repeated-times.mkv"}
    | {n for n in VIDEOS if n.endswith((".mp4", ".mts", ".mov", ".mkv"))}
)


@pytest.mark.parametrize("seconds_per_hash", [1.0, 0.1])
@pytest.mark.parametrize("name", SKIPPING_NAMES)
def test_skipping_frames_changes_nothing(name: str, seconds_per_hash: float, skipping: dict[str, Path]) -> None:
    """Frame numbers, hashes, qualities, counts and warnings are those of decoding every
    frame, whatever the frame structure, cut or timing (one frame in 3 hashed, too)."""
    path = str(skipping[name])
    assert video.fingerprint_video(path, seconds_per_hash=seconds_per_hash) == video.fingerprint_video(
        path, seconds_per_hash=seconds_per_hash, skip_frames=False
    )


def frames_shown_when_skipping(path: Path) -> tuple[int, int]:
    """(frames the decoder gave, frames in the video) on the skipping path."""
    with video._opened(str(path)) as v:
        count = video._Count()
        shown = sum(1 for _ in video._frames_vpdq_hashes(v, video.frame_step(v.fps), count))
        return shown, count.frames


@pytest.mark.parametrize(
    "name", ["bframes16-open-gop.mp4", "flat-bframes.mkv", "open-gop.ts", "weighted-24fps.mov", "cut-open-gop.mp4",
             "h264-bt709-limited.mp4", "variable-rate.mp4", "edit-list.mp4"]
)
def test_frames_no_other_frame_uses_are_not_decoded(name: str, skipping: dict[str, Path]) -> None:
    shown, total = frames_shown_when_skipping(skipping[name])
    assert total > 0 and shown < 0.8 * total, (shown, total)


def test_without_b_frames_every_frame_is_decoded(skipping: dict[str, Path]) -> None:
    shown, total = frames_shown_when_skipping(skipping["no-bframes.mp4"])
    assert shown == total == 120


@pytest.mark.parametrize("name", ["repeated-times.mkv", "h264-interlaced.mts"])
def test_skipping_gives_way_where_numbering_would_be_unsure(name: str, skipping: dict[str, Path]) -> None:
    """Repeated times, and fields that may come two packets to a frame: every frame is
    decoded instead (the equality test above holds the result to it)."""
    with pytest.raises(video._Unsure):
        frames_shown_when_skipping(skipping[name])


# --- times that cannot be trusted, bare streams, damage -------------------------------


@pytest.fixture(scope="session")
def timing(tmp_path_factory: pytest.TempPathFactory, corpus: dict[str, Path]) -> dict[str, Path]:
    ffmpeg = shutil.which("ffmpeg")
    assert ffmpeg is not None  # the corpus fixture skips without it
    return timing_corpus(tmp_path_factory.mktemp("timing"), ffmpeg)


TIMING_NAMES = sorted(
    {*TIMING_CORPUS, "annexb.h264", "from-avi.mp4", "from-avi.mov", "from-avi.mkv", "from-raw.mp4", "from-raw.mov",
     }
)


@pytest.fixture(scope="session")
def meta_timing(request: pytest.FixtureRequest, timing: dict[str, Path]) -> dict[str, Frames | str]:
    run: Callable[[list[str]], dict[str, Frames | str]] = live_vpdq(request)
    answers = run([str(timing[name]) for name in TIMING_NAMES])
    return {name: answers[str(timing[name])] for name in TIMING_NAMES}


@pytest.mark.parametrize("name", TIMING_NAMES)
def test_untrusted_times_identical_to_meta_vpdq(name: str, timing: dict[str, Path], meta_timing: dict[str, Frames | str]) -> None:
    """Times in decoding order, bare streams, remuxes, delimiter-only packets, a clock
    that wraps, 2.5 and 5 frames a second: Meta's vpdq, frame for frame, 0 bits."""
    theirs = meta_timing[name]
    assert not isinstance(theirs, str), theirs
    report = fingerprint_file(str(timing[name]))
    assert report.warnings == ()
    assert rows(report) == theirs


@pytest.mark.parametrize("name", TIMING_NAMES)
def test_untrusted_times_identical_to_vpdq_replayed(name: str, timing: dict[str, Path]) -> None:
    """The same against vPDQ's loop on our own FFmpeg, where Meta's package cannot be built."""
    pytest.importorskip("pdqhash")
    mine = rows(fingerprint_file(str(timing[name])))
    theirs = replayed_vpdq(str(timing[name]), ffmpeg51_rate=True)
    assert [f[0] for f in mine] == [f[0] for f in theirs]
    # The pdqhash package rounds a rare frame's median a bit differently from vPDQ's own
    # PDQ (rate-5.mov, 2 bits); Meta's vpdq, in the test above, holds us to 0 bits.
    assert max(pdq.hamming(a[2], b[2]) for a, b in zip(mine, theirs)) <= 4
    assert video.fingerprint_video(str(timing[name])) == video.fingerprint_video(str(timing[name]), skip_frames=False)


@pytest.mark.parametrize("name", ["from-avi.mp4", "from-avi.mov", "from-avi.mkv", "from-raw.mp4"])
def test_times_in_decoding_order_are_caught_before_any_frame_is_skipped(name: str, timing: dict[str, Path]) -> None:
    with pytest.raises(video._Unsure, match="decoding order"):
        frames_shown_when_skipping(timing[name])


def test_packets_without_a_picture_are_not_counted_as_frames(timing: dict[str, Path]) -> None:
    """FFmpeg refuses a packet with no picture in it (vPDQ then gives up on the file);
    a skipped one it passes over in silence. Neither is a frame: the frames and hashes
    are those of the file without such packets, and the person is told."""
    with pytest.raises(video._Unsure, match="one frame"):
        frames_shown_when_skipping(timing["delimiters-only.mkv"])
    plain, _ = video.fingerprint_video(str(timing["rate-2.5.mp4"]))
    for threads in (1, 2):
        fingerprint, notes = video.fingerprint_video(str(timing["delimiters-only.mkv"]), threads=threads)
        assert fingerprint.frames == plain.frames and fingerprint.frames_decoded == plain.frames_decoded == 60
        assert [n.code for n in notes] == [WarningCode.FRAMES_UNREADABLE]


@pytest.mark.parametrize("name", ["annexb.h264", "annexb.264", "bluray.m2ts"])
def test_bare_streams_and_m2ts_are_read(name: str, timing: dict[str, Path]) -> None:
    report = fingerprint_file(str(timing[name]))
    assert report.error is None and report.kind is Kind.VIDEO
    assert report.frames is not None and len(report.frames) >= 6


@pytest.fixture(scope="session")
def damaged(tmp_path_factory: pytest.TempPathFactory, timing: dict[str, Path], skipping: dict[str, Path]) -> dict[str, Path]:
    return damaged_corpus(tmp_path_factory.mktemp("damaged"), timing | skipping)


DAMAGED_NAMES = [
    "spoilt-flat-bframes.mkv", "spoilt-weighted-24fps.mov", "spoilt-open-gop.ts", "spoilt-from-avi.mp4",
    "cut-short-open-gop.ts", "cut-short-flat-bframes.mkv", "cut-short-bluray.m2ts", "spoilt-hevc.mkv", "cut-short-hevc.mkv",
]


@pytest.mark.parametrize("name", DAMAGED_NAMES)
def test_damaged_files_are_flagged_and_read_alike_on_any_number_of_threads(name: str, damaged: dict[str, Path]) -> None:
    """Frame threads patch damage up in an order that depends on timing, and a skipped
    frame cannot say it is damaged: a damaged file is said to be so, and read the same
    (frames, hashes, counts, words) whether skipping or not, on 1, 2 or 8 threads."""
    answers = [
        video.fingerprint_video(str(damaged[name]), skip_frames=skip, threads=threads)
        for skip in (True, False)
        for threads in (1, 2, 8)
    ]
    assert all(answer == answers[0] for answer in answers[1:])
    fingerprint, notes = answers[0]
    assert fingerprint.frames and {n.code for n in notes} & {WarningCode.FRAMES_UNREADABLE, WarningCode.PARTLY_READ}


def test_intact_files_are_not_flagged(timing: dict[str, Path], skipping: dict[str, Path]) -> None:
    """The end check and the damage signals stay quiet on every intact H.264 file."""
    for name, path in {**timing, **skipping}.items():
        if name.startswith(("sound-only", "delimiters-only")) or name.endswith((".gif", ".webp")):
            continue
        _, notes = video.fingerprint_video(str(path), threads=2)
        assert notes == [], name
