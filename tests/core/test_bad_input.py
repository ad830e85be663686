"""Bad input gets a clear error record with a code and plain words, never an exception."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from takeitdown_desktop.core.errors import ErrorCode, WarningCode
from takeitdown_desktop.core.fingerprint import fingerprint_file
from takeitdown_desktop.core.image import MAX_IMAGE_PIXELS
from tests.media_factory import bad_files, float_rgb_tiff, good_jpeg, png_bomb

CASES = [
    "empty",
    "truncated",
    "random bytes",
    "html named .jpg",
    "svg",
    "decompression bomb",
    "sound",
    "png signature only",
    "dangling symlink",
]


@pytest.mark.parametrize("case", CASES)
def test_bad_file_gets_error_record(tmp_path: Path, case: str) -> None:
    path, code = bad_files(tmp_path)[case]
    report = fingerprint_file(str(path))
    assert report.error is not None
    assert report.error.code == code
    assert report.kind is None and report.image is None
    message = report.error.message
    assert message.endswith(".") and "Error" not in message and "Traceback" not in message
    assert str(path) not in message  # messages never echo paths (they may be shown or logged)


def test_missing_file(tmp_path: Path) -> None:
    report = fingerprint_file(str(tmp_path / "nope.jpg"))
    assert report.error is not None and report.error.code == ErrorCode.NOT_FOUND


def test_directory_named_like_a_photo(tmp_path: Path) -> None:
    folder = tmp_path / "holiday.jpg"
    folder.mkdir()
    report = fingerprint_file(str(folder))
    assert report.error is not None and report.error.code == ErrorCode.NOT_A_FILE


def test_fifo_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    report = fingerprint_file(str(fifo))  # opening a FIFO would block forever
    assert report.error is not None and report.error.code == ErrorCode.NOT_A_FILE


def test_read_error_midway_is_reported() -> None:
    # /proc/self/mem stats as a regular file but fails on read.
    report = fingerprint_file("/proc/self/mem")
    assert report.error is not None and report.error.code in (ErrorCode.UNREADABLE, ErrorCode.EMPTY)


def test_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    import resource

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = fingerprint_file(str(png_bomb(tmp_path / "b.png", 60_000, 60_000)))
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert report.error is not None and report.error.code == ErrorCode.TOO_LARGE
    assert after - before < 50_000  # KB: nothing near 3.6 gigapixels was allocated
    assert str(MAX_IMAGE_PIXELS // 1_000_000) in report.error.message


def test_just_over_the_limit_is_refused_from_the_header(tmp_path: Path) -> None:
    side = int(MAX_IMAGE_PIXELS**0.5) + 1
    report = fingerprint_file(str(png_bomb(tmp_path / "b.png", side, side)))
    assert report.error is not None and report.error.code == ErrorCode.TOO_LARGE


def test_wrong_extension_is_fine(tmp_path: Path) -> None:
    path = good_jpeg(tmp_path / "actually-a-jpeg.png")
    report = fingerprint_file(str(path))
    assert report.error is None and report.image is not None


@pytest.mark.parametrize("name", ["фото отпуск 😀.jpg", "x" * 196 + ".jpg", "space and 'quotes\".jpg"])
def test_awkward_names(tmp_path: Path, name: str) -> None:
    path = good_jpeg(tmp_path / name)
    report = fingerprint_file(str(path))
    assert report.error is None and report.path == str(path)


def test_float_tiff_is_unsupported_not_damaged(tmp_path: Path) -> None:
    report = fingerprint_file(str(float_rgb_tiff(tmp_path / "hdr.tif")))
    assert report.error is not None and report.error.code is ErrorCode.UNSUPPORTED
    assert "JPEG or PNG" in report.error.message
    # The same file cut short is damaged, not merely unsupported.
    cut = tmp_path / "cut.tif"
    cut.write_bytes((tmp_path / "hdr.tif").read_bytes()[:20])
    assert fingerprint_file(str(cut)).error.code is ErrorCode.DAMAGED  # type: ignore[union-attr]


@pytest.mark.parametrize("fmt", ["TIFF", "MPO"])
def test_pictures_after_the_first_are_not_skipped_silently(tmp_path: Path, fmt: str) -> None:
    from PIL import Image

    from tests.helpers import oracle_pdq, synthetic_rgb

    pages = [Image.fromarray(synthetic_rgb(96, 128, seed=i)) for i in range(3)]
    path = tmp_path / f"pages.{fmt.lower()}"
    pages[0].save(path, format=fmt, save_all=True, append_images=pages[1:])
    report = fingerprint_file(str(path))
    assert report.error is None and report.image is not None
    (warning,) = report.warnings
    assert warning.code is WarningCode.MORE_PAGES and warning.value("pages") == 3
    with Image.open(path) as im:  # the first picture, as platforms hash it
        assert str(report.image.pdq.hash) == oracle_pdq(np.asarray(im.convert("RGB")))[0]
