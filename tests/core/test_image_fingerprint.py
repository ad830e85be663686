"""Fingerprints of image files: pinned golden values, every supported format, orientation."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from takeitdown_desktop.core.errors import WarningCode
from takeitdown_desktop.core import pdq
from takeitdown_desktop.core.fingerprint import FileReport, fingerprint_file
from takeitdown_desktop.core.hashes import PdqHash, PHash
from takeitdown_desktop.core.image import LOW_QUALITY_WARNING
from takeitdown_desktop.core.media import Kind
from tests.helpers import oracle_pdq, synthetic_rgb

# (height, width, seed) -> md5, sha256, pdq, quality, phash of the BMP file. BMP is
# uncompressed, so its bytes (and so MD5/SHA-256) are as stable as the pixels.
GOLDEN = {
    (480, 640, 1): (
        "7a1553494e35a952a8045bc17876a7c3",
        "80fdb20430c7d07728b3b9465df7627104cf5e48d1adc31f0dc8b8dc25955e05",
        "80ffd58a02df57aaf52a027f42ff225d0a55427da857aa552a55555a555a2a65",
        100,
        "8253252d5555755f",
    ),
    (333, 517, 2): (
        "347cc7b32d831db4e17d7c33a5ea6de1",
        "e09f0ff78629353eeeff7b2f5b71f995a37999b4a829f96fd22b207b98510ce6",
        "57024751df02eb54ff82ff00aa5500ffaa5582d78ac30ad70ec72ec78ec39cc3",
        100,
        "a061717571757175",
    ),
    (1000, 750, 3): (
        "8c24f738012f3f0e3bf7a9a79579bf4e",
        "674255dd41a4852ad2b67a316746de16538a69627e2ba3cf7ea8c1826ab7f10a",
        "20df8a7528cfaaf128cf82f930e68ad9a8f602d908f6e2dd8ef9a8c68ef038c6",
        100,
        "8231073d4f75374d",
    ),
}


def check_against_references(report: FileReport, path: Path) -> None:
    """PDQ equals Meta's C++ on Pillow's RGB; pHash and digests equal imagehash and hashlib."""
    assert report.error is None, report.error
    assert report.kind is Kind.IMAGE
    assert report.image is not None
    with Image.open(path) as im:
        expected = oracle_pdq(np.asarray(im.convert("RGB")))
    assert (report.image.pdq.hash, report.image.pdq.quality) == expected
    import imagehash

    with Image.open(path) as im:
        # LAB has no direct greyscale conversion in Pillow; pHash then goes through RGB.
        assert report.image.phash == str(imagehash.phash(im.convert("RGB") if im.mode == "LAB" else im))
    data = path.read_bytes()
    assert report.digests is not None
    assert report.digests.md5 == hashlib.md5(data).hexdigest()
    assert report.digests.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("key", sorted(GOLDEN), ids=lambda k: "x".join(map(str, k)))
def test_golden_values(tmp_path: Path, key: tuple[int, int, int]) -> None:
    path = tmp_path / "golden.bmp"
    Image.fromarray(synthetic_rgb(*key)).save(path)
    report = fingerprint_file(str(path))
    md5, sha256, pdq_hex, quality, phash = GOLDEN[key]
    assert report.digests is not None and report.image is not None
    assert (report.digests.md5, report.digests.sha256) == (md5, sha256)
    assert (report.image.pdq.hash, report.image.pdq.quality, report.image.phash) == (pdq_hex, quality, phash)
    assert report.image.pdq_oriented is None
    check_against_references(report, path)


SAVE_OPTIONS = {
    "jpeg": {"format": "JPEG", "quality": 90},
    "jpeg-progressive-444": {"format": "JPEG", "quality": 95, "progressive": True, "subsampling": 0},
    "png": {"format": "PNG"},
    "webp-lossy": {"format": "WEBP", "quality": 80},
    "webp-lossless": {"format": "WEBP", "lossless": True},
    "gif": {"format": "GIF"},
    "bmp": {"format": "BMP"},
    "tiff": {"format": "TIFF", "compression": "tiff_deflate"},
    "heic": {"format": "HEIF", "quality": 90},
    "avif": {"format": "AVIF", "quality": 80},
}


@pytest.mark.parametrize("kind", sorted(SAVE_OPTIONS))
def test_every_supported_format(tmp_path: Path, kind: str) -> None:
    if kind == "heic":
        import pillow_heif

        pillow_heif.register_heif_opener()
    from PIL import features

    if kind == "avif" and not features.check("avif"):
        pytest.skip("this Pillow build cannot write AVIF")
    options = dict(SAVE_OPTIONS[kind])
    path = tmp_path / "picture.bin"  # the name says nothing: content decides
    Image.fromarray(synthetic_rgb(240, 320, seed=7)).save(path, **options)
    check_against_references(fingerprint_file(str(path)), path)


# PA cannot be saved by Pillow; the shared reference covers it through WebP.
MODES = ["1", "L", "LA", "P", "RGB", "RGBA", "CMYK", "YCbCr", "LAB", "I", "I;16", "F"]


@pytest.mark.parametrize("mode", MODES)
def test_every_pillow_mode(tmp_path: Path, mode: str) -> None:
    base = Image.fromarray(synthetic_rgb(200, 280, seed=11))
    if mode == "LA":
        im = base.convert("L").convert("LA")
    elif mode == "I;16":
        im = Image.fromarray(np.asarray(base.convert("L")).astype(np.uint16) * 257)
    else:
        im = base.convert(mode)
    assert im.mode == mode
    path = tmp_path / "mode.tif"
    im.save(path)
    report = fingerprint_file(str(path))
    check_against_references(report, path)


def test_transparent_png_drops_alpha_like_the_reference(tmp_path: Path) -> None:
    rgba = np.dstack([synthetic_rgb(150, 150, 4), np.tile(np.arange(150, dtype=np.uint8), (150, 1))])
    path = tmp_path / "alpha.png"
    Image.fromarray(rgba, "RGBA").save(path)
    check_against_references(fingerprint_file(str(path)), path)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation(tmp_path: Path, orientation: int) -> None:
    path = tmp_path / "phone.jpg"
    exif = Image.Exif()
    exif[0x0112] = orientation
    Image.fromarray(synthetic_rgb(300, 400, seed=5)).save(path, quality=90, exif=exif)
    report = fingerprint_file(str(path))
    check_against_references(report, path)  # the stored orientation is the canonical one
    assert report.image is not None
    if orientation == 1:
        assert report.image.pdq_oriented is None
        return
    with Image.open(path) as im:
        shown = np.asarray(ImageOps.exif_transpose(im).convert("RGB"))
    assert report.image.pdq_oriented is not None
    assert (report.image.pdq_oriented.hash, report.image.pdq_oriented.quality) == oracle_pdq(shown)


def test_animated_gif_first_frame(tmp_path: Path) -> None:
    frames = [Image.fromarray(synthetic_rgb(120, 160, seed=s)).convert("P") for s in range(3)]
    path = tmp_path / "anim.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0)
    check_against_references(fingerprint_file(str(path)), path)


def test_low_quality_picture_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "flat.png"
    Image.new("RGB", (200, 200), (90, 90, 90)).save(path)
    report = fingerprint_file(str(path))
    check_against_references(report, path)
    assert report.image is not None and report.image.pdq.quality < pdq.QUALITY_THRESHOLD
    assert [(w.code, w.message) for w in report.warnings] == [(WarningCode.LOW_QUALITY, LOW_QUALITY_WARNING)]


def test_tiny_picture_hashes_to_zero(tmp_path: Path) -> None:
    path = tmp_path / "tiny.png"
    Image.fromarray(synthetic_rgb(3, 4)).save(path)
    report = fingerprint_file(str(path))
    check_against_references(report, path)
    assert report.image is not None and report.image.pdq.hash == PdqHash.zero()


def test_json_record_shape(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    Image.fromarray(synthetic_rgb(64, 64)).save(path)
    record = fingerprint_file(str(path)).to_json()
    assert list(record) == ["path", "kind", "md5", "sha256", "pdq", "pdq_oriented", "phash", "warnings", "error"]
    assert record["kind"] == "image"
    assert set(record["pdq"]) == {"hash", "quality"}
    PdqHash(record["pdq"]["hash"])
    PHash(record["phash"])


@pytest.mark.parametrize("bad", ["", "abc", "A" * 64, "g" * 64, "0" * 63])
def test_hash_strings_are_validated(bad: str) -> None:
    with pytest.raises(ValueError):
        PdqHash(bad)


def test_stream_and_file_agree(tmp_path: Path) -> None:
    from takeitdown_desktop.core.image import fingerprint_image
    from takeitdown_desktop.core.media import sniff

    buf = io.BytesIO()
    Image.fromarray(synthetic_rgb(90, 110, 2)).save(buf, format="PNG")
    path = tmp_path / "x.png"
    path.write_bytes(buf.getvalue())
    from_stream, _, _ = fingerprint_image(io.BytesIO(buf.getvalue()), sniff(buf.getvalue()[:512]))
    assert fingerprint_file(str(path)).image == from_stream
