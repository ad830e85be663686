""""Does this copy match?": the verdicts agree with python-threatexchange's own PDQ
matcher on copies changed as they are online, and the README's table is those results."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from takeitdown_desktop.core.bundle import build_bundle
from takeitdown_desktop.core.fingerprint import fingerprint_file
from takeitdown_desktop.core.match import (
    Reason,
    check_copy,
    check_report,
    original_from_report,
    read_fingerprint_file,
)
from takeitdown_desktop.core.media import Kind
from tests.helpers import oracle_pdq
from tests.match_corpus import markdown_table, photo_like, run
from tests.media_factory import good_jpeg

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.mark.slow
def test_verdicts_agree_with_threatexchange_and_the_readme_shows_them(tmp_path: Path) -> None:
    pytest.importorskip("threatexchange", reason="the platform extra (python-threatexchange) is not installed")
    outcomes, others = run(tmp_path)
    disagree = [(o.change.name, o.original.name, o.covered, o.threatexchange) for o in outcomes if o.covered != o.threatexchange]
    assert disagree == []
    assert [(c.name, o.name) for c, o, ours, theirs in others if ours or theirs] == []  # another picture never matches
    table = markdown_table(outcomes)
    assert table in README.read_text(encoding="utf-8"), "README's table is out of date; it should read:\n" + table


def test_the_eight_orientations_are_the_hashes_of_the_turned_picture(tmp_path: Path) -> None:
    from takeitdown_desktop.core.match import _copy_orientations

    path = tmp_path / "p.png"
    rgb = photo_like(120, 200, seed=7)  # even filter windows: DCT-derived variants would be off here
    Image.fromarray(rgb).save(path)
    turned = _copy_orientations(str(path))
    with Image.open(path) as im:
        # The Pillow operations py-tx's PhotoContent.all_simple_rotations uses, hashed by Meta's C++.
        expected = {
            "original": im,
            "rotate90": im.rotate(90, expand=True),
            "rotate180": im.rotate(180, expand=True),
            "rotate270": im.rotate(270, expand=True),
            "flip_x": im.transpose(Image.Transpose.FLIP_TOP_BOTTOM),
            "flip_y": im.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
            "flip_plus1": im.transpose(Image.Transpose.ROTATE_270).transpose(Image.Transpose.FLIP_LEFT_RIGHT),
            "flip_minus1": im.transpose(Image.Transpose.ROTATE_90).transpose(Image.Transpose.FLIP_LEFT_RIGHT),
        }
        assert turned == {name: oracle_pdq(np.asarray(v.convert("RGB"))) for name, v in expected.items()}


def test_a_fingerprint_file_gives_the_same_verdicts_as_the_originals(tmp_path: Path) -> None:
    originals = [tmp_path / f"o{i}.png" for i in range(2)]
    for i, path in enumerate(originals):
        Image.fromarray(photo_like(240, 320, seed=30 + i)).save(path)
    mirrored = tmp_path / "mirrored.jpg"
    ImageOps.mirror(Image.open(originals[1])).save(mirrored, quality=80)
    unrelated = tmp_path / "unrelated.png"
    Image.fromarray(photo_like(240, 320, seed=99)).save(unrelated)
    reports = [fingerprint_file(str(p)) for p in originals]
    bundle = tmp_path / "fingerprints.json"
    bundle.write_bytes(build_bundle(reports, "adult").to_bytes())
    from_file = read_fingerprint_file(str(bundle))
    assert from_file is not None and len(from_file) == 2
    from_photos = [o for o in map(original_from_report, reports) if o is not None]
    assert read_fingerprint_file(str(originals[0])) is None  # a photo is not a fingerprint file
    for copy, covered in ((originals[0], True), (mirrored, True), (unrelated, False)):
        a, b = check_copy(str(copy), from_file), check_copy(str(copy), from_photos)
        assert (a.covered, a.reason, a.pdq_distance, a.orientation) == (b.covered, b.reason, b.pdq_distance, b.orientation)
        assert a.covered is covered
    same = check_copy(str(originals[0]), from_file)
    assert same.reason is Reason.SAME_FILE and same.closest is not None and same.closest.label.startswith("fingerprints.json #")
    assert check_copy(str(mirrored), from_file).orientation == "flip_y"


def test_a_plain_copy_is_not_covered_because_platforms_cannot_match_it(tmp_path: Path) -> None:
    original = good_jpeg(tmp_path / "o.jpg", seed=3)
    plain = tmp_path / "plain.png"
    Image.new("RGB", (320, 240), (128, 128, 128)).save(plain)
    known = original_from_report(fingerprint_file(str(original)))
    assert known is not None
    check = check_copy(str(plain), [known])
    assert not check.covered and check.reason is Reason.TOO_PLAIN and check.copy_quality is not None and check.copy_quality < 50


def panning_clip(path: Path, seed: int, frames: int = 150) -> Path:
    """Five seconds of a photo-like picture panning slowly, in MJPEG."""
    import av

    base = photo_like(480, 640, seed=seed)
    with av.open(str(path), "w", format="avi") as out:
        stream = out.add_stream("mjpeg", rate=30)
        stream.width, stream.height, stream.pix_fmt = 640, 480, "yuvj420p"
        for i in range(frames):
            out.mux(stream.encode(av.VideoFrame.from_ndarray(np.roll(base, i, axis=1), format="rgb24")))
        out.mux(stream.encode(None))
    return path


def reencode_smaller(source: Path, target: Path) -> Path:
    """``source`` at half size in another codec, as a site re-encodes an upload."""
    import av

    with av.open(str(source)) as src, av.open(str(target), "w") as out:
        stream = src.streams.video[0]
        encoder = out.add_stream("mpeg4", rate=stream.average_rate)
        encoder.width, encoder.height, encoder.pix_fmt = stream.width // 2, stream.height // 2, "yuv420p"
        encoder.bit_rate = 2_000_000
        for frame in src.decode(stream):
            small = frame.reformat(width=encoder.width, height=encoder.height, format="yuv420p")
            small.pts = None
            out.mux(encoder.encode(small))
        out.mux(encoder.encode(None))
    return target


@pytest.mark.slow
def test_videos_match_by_their_frames_both_ways(tmp_path: Path) -> None:
    original = panning_clip(tmp_path / "original.avi", seed=4)
    smaller = reencode_smaller(original, tmp_path / "smaller.mp4")
    other = panning_clip(tmp_path / "other.avi", seed=8)
    photo = good_jpeg(tmp_path / "photo.jpg")
    known = original_from_report(fingerprint_file(str(original)))
    assert known is not None and known.kind is Kind.VIDEO
    check = check_copy(str(smaller), [known])
    assert check.covered and check.reason is Reason.VPDQ
    assert check.copy_percent is not None and check.original_percent is not None
    assert min(check.copy_percent, check.original_percent) >= 80
    assert not check_copy(str(other), [known]).covered
    assert check_copy(str(photo), [known]).reason is Reason.NO_ORIGINALS
    same = check_copy(str(original), [known])
    assert same.covered and same.reason is Reason.SAME_FILE


def test_match_command_prints_one_json_line_per_copy(tmp_path: Path) -> None:
    original = tmp_path / "original.png"
    Image.fromarray(photo_like(240, 320, seed=12)).save(original)
    copy = tmp_path / "copy.jpg"
    Image.open(original).resize((160, 120)).save(copy, quality=70)
    unrelated = tmp_path / "unrelated.png"
    Image.fromarray(photo_like(240, 320, seed=13)).save(unrelated)
    missing = tmp_path / "missing.jpg"
    export = subprocess.run(
        [sys.executable, "-m", "takeitdown_desktop", "export", str(original), "--output", str(tmp_path / "fp.json")],
        capture_output=True, text=True, timeout=120,
    )
    assert export.returncode == 0, export.stderr
    for against in (str(tmp_path / "fp.json"), str(original)):
        proc = subprocess.run(
            [sys.executable, "-m", "takeitdown_desktop", "match", "--against", against, str(copy), str(unrelated), str(missing)],
            capture_output=True, text=True, timeout=120,
        )
        assert proc.returncode == 1  # one copy could not be read
        lines = [json.loads(line) for line in proc.stdout.splitlines()]
        assert [r["path"] for r in lines] == [str(copy), str(unrelated), str(missing)]
        assert [r["result"] for r in lines] == ["covered", "not covered: add it", "could not be checked"]
        assert lines[0]["reason"] == "pdq" and lines[0]["pdq_distance"] <= 31
        assert lines[0]["closest"] in ("fp.json #1", str(original))
        assert lines[1]["pdq_distance"] > 31 and lines[2]["error"]["code"] == "not_found"
    bad = tmp_path / "bad.json"
    bad.write_text('{"bundle_version": 1}')
    proc = subprocess.run(
        [sys.executable, "-m", "takeitdown_desktop", "match", "--against", str(bad), str(copy)],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 1 and "not a valid fingerprint file" in proc.stderr and proc.stdout == ""
