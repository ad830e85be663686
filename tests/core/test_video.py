"""Video fingerprints against Meta's vPDQ: frame choice, hashes, rotation, bad videos."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import threading
from pathlib import Path

import numpy as np
import pytest

from takeitdown_desktop.core import pdq
from takeitdown_desktop.core.batch import BatchHasher
from takeitdown_desktop.core.errors import ErrorCode, WarningCode
from takeitdown_desktop.core.fingerprint import fingerprint_file
from takeitdown_desktop.core.media import Kind
from takeitdown_desktop.core.video import (
    FrameHash,
    frame_step,
    hash_frame,
    match_frames,
    parse_vpdq_text,
    vpdq_text,
)
from tests.helpers import REFERENCE, require_reference, synthetic_rgb
from tests.vpdq_oracles import live_vpdq

CLIPS = Path(__file__).resolve().parents[1] / "data" / "videos"
# Meta's vpdq (built against FFmpeg) on the small generated clips in tests/data/videos.
EXPECTED = json.loads((CLIPS / "expected.json").read_text())

# SHA-256 of Meta's vpdq output, in its text format, for the shared sample videos.
VPDQ_SHARED = {
    "chair-19-sd-bar.mp4": "5c822ed645816e971c2ad99565895c1bff673d50a53605040241b7b57bb8578a",
    "chair-20-sd-bar.mp4": "7a70b1434f0f4febf53e88e575d0da0901c55c73d31a9921ff8475ee2b31f87b",
    "chair-22-sd-sepia-bar.mp4": "0d296f68700231c4b60210aa2ab41bd7cec5ab34ff140f30f18f7e382b8b3905",
    "chair-orig-22-sd-bar.mp4": "1decd05cc9492fdd513d225e884e55136ae957f172fc72478c10b81a702fd9a6",
    "doorknob-hd-no-bar.mp4": "3638773db81b1e8e2d0cc31c0cabf13915a7ee120dc6f276355929c2d68f1f23",
    "pattern-hd-no-bar.mp4": "b9ff7f64e8ef21e9abae54208df8798337a6e1b641675d49796f061646e1bf0c",
    "pattern-longer-no-bar.mp4": "516127c4bf8ef486222800e45530736c31cb075551d2920d04c55a6aa77463da",
    "pattern-sd-grey-bar.mp4": "a99ed33fb5a8f8f58500d7e8c47dd93cbf4b9682de910f5973a1aab6a48b0d91",
    "pattern-sd-with-large-logo-bar.mp4": "f3945e26d02a19a59c1346adfbd56123d0ed58fa861a12c64215b4642bd4e18e",
    "pattern-sd-with-small-logo-bar.mp4": "eedb3afeae20a491b89bf8c92a0ddc8b88e5987e62414fd6e7dfa900487c5fe2",
    "test-padded-dimensions.mp4": "323366f7ea62effbf241c6ab3efc2e7102bc0f2a7299bf2cd2fa6a5fb0324edc",
}


def rows(frames: tuple[FrameHash, ...] | None) -> list[list[object]]:
    assert frames is not None
    return [[f.frame, f.quality, str(f.hash), round(f.timestamp, 3)] for f in frames]


@pytest.mark.parametrize("clip", sorted(EXPECTED))
def test_clips_are_identical_to_vpdq(clip: str) -> None:
    """H.264 (30 and 29.97 fps, B-frames), HEVC, VP9, MJPEG, a rotated phone clip, half a second."""
    report = fingerprint_file(str(CLIPS / clip))
    assert report.error is None and report.kind is Kind.VIDEO
    assert rows(report.frames) == EXPECTED[clip]
    assert report.warnings == ()
    record = report.to_json()
    assert list(record) == ["path", "kind", "md5", "sha256", "frames", "frames_oriented", "warnings", "error"]
    assert record["md5"] == hashlib.md5((CLIPS / clip).read_bytes()).hexdigest()


def test_frame_choice_at_29_97_fps() -> None:
    # int(29.97) == 29: vPDQ hashes frames 0, 29, 58, ... at NTSC rates.
    assert [row[0] for row in EXPECTED["h264-29.97fps.mp4"]] == [0, 29, 58, 87, 116]
    assert frame_step(30000 / 1001) == 29 and frame_step(0.5) == 1 and frame_step(float("nan")) == 1


def _shared_samples() -> list[str]:
    folder = REFERENCE / "vpdq" / "sample-videos"
    return sorted(p.name for p in folder.glob("*.mp4")) if folder.exists() else []


@pytest.mark.parametrize("name", _shared_samples() or ["absent"])
def test_shared_samples(name: str) -> None:
    video = require_reference("vpdq", "sample-videos", name)
    report = fingerprint_file(str(video))
    assert report.error is None and report.frames is not None
    # Bit-identical to Meta's vpdq as built against current FFmpeg.
    assert hashlib.sha256(vpdq_text(report.frames).encode()).hexdigest() == VPDQ_SHARED[name]
    # The upstream sample files list every frame; vPDQ's one-a-second choice is a subset.
    upstream = {f.frame: f for f in parse_vpdq_text((video.parents[1] / "sample-hashes" / f"{video.stem}.txt").read_text())}
    step = frame_step(30.0)
    assert [f.frame for f in report.frames] == [i for i in sorted(upstream) if i % step == 0]
    # Those files were made with an older FFmpeg whose colour conversion rounds a little
    # differently; Meta's own vpdq today is 1.3 bits from them on average, 6 at most, as
    # we are. Upstream's own regression tolerance is < 31 bits.
    distances = [
        pdq.hamming(f.hash, upstream[f.frame].hash)
        for f in report.frames
        if f.quality >= 50 and upstream[f.frame].quality >= 50
    ]
    assert distances and max(distances) <= 6 and np.mean(distances) <= 2.6


def test_clips_against_meta_vpdq_live(request: pytest.FixtureRequest) -> None:
    """Meta's vpdq, built on this machine's FFmpeg (see tests/vpdq_oracles.py), on every clip."""
    run = live_vpdq(request)
    answers = run([str(CLIPS / clip) for clip in sorted(EXPECTED)])
    for clip in sorted(EXPECTED):
        ours = fingerprint_file(str(CLIPS / clip)).frames
        assert ours is not None
        assert [(f.frame, f.quality, str(f.hash)) for f in ours] == answers[str(CLIPS / clip)]


def test_rotated_clip_also_gives_displayed_frames() -> None:
    """The displayed frames, as FFmpeg's own command line turns them, hashed by Meta's C++."""
    pdqhash = pytest.importorskip("pdqhash")
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        pytest.skip("FFmpeg's command line is not installed (CI installs it)")
    clip = CLIPS / "rotated-phone.mov"
    report = fingerprint_file(str(clip))
    assert report.frames_oriented is not None and report.frames is not None
    assert [f.frame for f in report.frames_oriented] == [f.frame for f in report.frames]
    # ffmpeg turns the picture as the display matrix says before any filter runs; the
    # scale filter then converts with vPDQ's BT.601 matrix and area interpolation.
    raw = subprocess.run(
        [ffmpeg, "-v", "error", "-i", str(clip), "-vf", "scale=in_color_matrix=bt601:flags=area",
         "-pix_fmt", "rgb24", "-f", "rawvideo", "-"],
        check=True, capture_output=True,
    ).stdout
    frames = np.frombuffer(raw, np.uint8).reshape(-1, 320, 240, 3)  # shown upright: portrait
    for f in report.frames_oriented:
        vector, quality = pdqhash.compute(np.ascontiguousarray(frames[f.frame]))
        expected = f"{int(''.join(str(int(b)) for b in vector), 2):064x}"
        assert (str(f.hash), f.quality) == (expected, quality)
    record = report.to_json()
    assert record["frames_oriented"] and len(record["frames_oriented"]) == len(record["frames"])


def test_half_second_clip_has_its_first_frame() -> None:
    report = fingerprint_file(str(CLIPS / "half-second.mp4"))
    assert report.frames is not None and [f.frame for f in report.frames] == [0]


def test_truncated_video_keeps_what_decodes(tmp_path: Path) -> None:
    data = (CLIPS / "h264-30fps-bframes.mp4").read_bytes()  # index at the front
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: int(len(data) * 0.55)])
    full = fingerprint_file(str(CLIPS / "h264-30fps-bframes.mp4"))
    report = fingerprint_file(str(cut))
    assert report.error is None and report.frames is not None and full.frames is not None
    assert 1 <= len(report.frames) < len(full.frames)
    assert report.frames == full.frames[: len(report.frames)]
    (warning,) = report.warnings
    assert warning.code is WarningCode.PARTLY_READ and warning.value("seconds") == 4
    assert 1 <= warning.value("seconds_read") < 4 and "Only part of this video" in warning.message


def test_truncated_video_without_index_is_an_error(tmp_path: Path) -> None:
    data = (CLIPS / "hevc-25fps.mp4").read_bytes()  # index at the end: nothing to go on
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: len(data) // 2])
    report = fingerprint_file(str(cut))
    assert report.error is not None and report.error.code == ErrorCode.DAMAGED
    assert report.digests is not None  # the bytes were still hashed


@pytest.mark.parametrize(("name", "code"), [("sound-only-mp4.mp4", ErrorCode.NO_VIDEO), ("sound-only.m4a", ErrorCode.UNSUPPORTED)])
def test_sound_only(name: str, code: ErrorCode) -> None:
    report = fingerprint_file(str(CLIPS / name))
    assert report.error is not None and report.error.code == code
    assert "sound" in report.error.message


def test_video_header_followed_by_garbage(tmp_path: Path) -> None:
    head = (CLIPS / "h264-30fps-bframes.mp4").read_bytes()[:32]
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(head + np.random.default_rng(3).integers(0, 256, 50_000, dtype=np.uint8).tobytes())
    report = fingerprint_file(str(bad))
    assert report.error is not None and report.error.code == ErrorCode.DAMAGED


def test_progress_and_cancel() -> None:
    seen: list[float] = []
    report = fingerprint_file(str(CLIPS / "h264-29.97fps.mp4"), progress=seen.append)
    assert report.error is None
    assert seen and seen == sorted(seen) and seen[-1] == 1.0
    stop = threading.Event()

    def progress(fraction: float) -> None:
        stop.set()

    report = fingerprint_file(str(CLIPS / "h264-29.97fps.mp4"), progress=progress, cancelled=stop.is_set)
    assert report.error is not None and report.error.code == ErrorCode.CANCELLED


def test_vpdq_text_round_trip() -> None:
    report = fingerprint_file(str(CLIPS / "vp9-24fps.webm"))
    assert report.frames is not None
    text = vpdq_text(report.frames)
    assert text.splitlines()[1].startswith("24,") and text.splitlines()[1].endswith(",1.000")
    assert tuple(parse_vpdq_text(text)) == tuple(
        FrameHash(f.frame, round(f.timestamp, 3), f.hash, f.quality) for f in report.frames
    )


def test_matching_the_way_vpdq_does() -> None:
    a = fingerprint_file(str(CLIPS / "h264-30fps-bframes.mp4")).frames
    b = fingerprint_file(str(CLIPS / "h264-29.97fps.mp4")).frames
    assert a is not None and b is not None
    assert match_frames(a, a).is_match()
    assert match_frames(a, a).query_percent == 100.0
    # The two clips open on the same picture, so that frame finds its match.
    assert match_frames(a[:1], b).query_percent == 100.0
    low = [FrameHash(f.frame, f.timestamp, f.hash, 10) for f in a]
    assert match_frames(low, a).query_percent == 0.0  # low-quality frames are dropped
    unrelated = [FrameHash(0, 0.0, pdq.pdq_from_rgb(synthetic_rgb(240, 320, 9)).hash, 100)]
    assert match_frames(unrelated, a).query_percent == 0.0


def test_animated_gif_is_an_image_with_frames(tmp_path: Path) -> None:
    from PIL import Image

    frames = [Image.fromarray(synthetic_rgb(120, 160, seed=s)) for s in range(25)]
    path = tmp_path / "anim.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0)
    report = fingerprint_file(str(path))
    assert report.kind is Kind.IMAGE and report.image is not None and report.frames is not None
    assert [f.frame for f in report.frames] == [0, 10, 20]  # 10 frames a second
    assert [f.timestamp for f in report.frames] == [0.0, 1.0, 2.0]
    with Image.open(path) as im:
        for f in report.frames:
            im.seek(f.frame)
            expected = hash_frame(np.asarray(im.convert("RGB")))[0]
            assert (f.hash, f.quality) == (expected.hash, expected.quality)
    assert "frames" in report.to_json()


@pytest.fixture(scope="module")
def long_clip(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A few hundred frames of MJPEG."""
    from tests.media_factory import mjpeg_clip

    return str(mjpeg_clip(tmp_path_factory.mktemp("long") / "long.avi", 450))


def test_batch_reports_frame_progress_and_cancels_one_video(long_clip: str, tmp_path: Path) -> None:
    from tests.media_factory import good_jpeg

    photo = str(good_jpeg(tmp_path / "p.jpg"))
    progress: list[tuple[int, float]] = []
    reports = list(BatchHasher(jobs=2).run([long_clip, photo], on_file_progress=lambda i, f: progress.append((i, f))))
    assert all(r.error is None for r in reports)
    assert reports[0].frames is not None and [f.frame for f in reports[0].frames] == list(range(0, 450, 30))
    assert any(i == 0 for i, _ in progress)
    cancel_files: set[int] = set()

    def on_file_progress(index: int, fraction: float) -> None:
        cancel_files.add(index)  # stop the video as soon as it reports progress

    reports = list(BatchHasher(jobs=2).run([long_clip, photo], on_file_progress=on_file_progress, cancel_files=cancel_files))
    assert reports[0].error is not None and reports[0].error.code == ErrorCode.CANCELLED
    assert reports[1].error is None  # the other file is not affected
