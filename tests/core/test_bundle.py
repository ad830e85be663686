"""The hash bundle: what it carries, its canonical bytes, and its published schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from takeitdown_desktop.core.bundle import BundleError, build_bundle, parse_bundle, validate_bundle
from takeitdown_desktop.core.fingerprint import fingerprint_file
from tests.media_factory import bad_files, good_jpeg

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" / "api" / "bundle.schema.json").read_text())
CLIPS = Path(__file__).resolve().parents[1] / "data" / "videos"


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> list:  # type: ignore[type-arg]
    folder = tmp_path_factory.mktemp("my holiday")
    paths = [good_jpeg(folder / "IMG_0002.jpg", seed=2), good_jpeg(folder / "IMG_0001.jpg", seed=1)]
    bad = bad_files(folder / "bad")["truncated"][0]
    exif_photo = folder / "rotated.jpg"
    from PIL import Image

    from tests.helpers import synthetic_rgb

    exif = Image.Exif()
    exif[0x0112] = 6
    Image.fromarray(synthetic_rgb(100, 150, 3)).save(exif_photo, exif=exif)
    files = [*paths, bad, paths[0], exif_photo, CLIPS / "rotated-phone.mov"]
    return [fingerprint_file(str(p)) for p in files]


def test_bundle_has_fingerprints_only_sorted_and_once(reports: list) -> None:  # type: ignore[type-arg]
    bundle = build_bundle(reports, "adult")
    data = bundle.to_bytes()
    assert bundle.photos == 3 and bundle.videos == 1  # the failed file and the repeat are left out
    shas = [item["sha256"] for item in bundle.items]
    assert shas == sorted(shas)
    for secret in (b"holiday", b"IMG_000", b"rotated", b".jpg", b".mov", b"path", b"size", b"exif"):
        assert secret not in data
    jsonschema.validate(json.loads(data), SCHEMA)
    video = next(i for i in bundle.items if i["kind"] == "video")
    assert video["frames_oriented"] is not None
    assert any(i.get("pdq_oriented") for i in bundle.items if i["kind"] == "image")


def test_canonical_bytes_round_trip(reports: list) -> None:  # type: ignore[type-arg]
    data = build_bundle(reports, "under18").to_bytes()
    assert data == build_bundle(list(reversed(reports)), "under18").to_bytes()  # order-free
    assert parse_bundle(data).to_bytes() == data
    assert data == json.dumps(json.loads(data), sort_keys=True, separators=(",", ":")).encode()


def _bad_variants() -> list[tuple[str, object]]:
    item = {"kind": "image", "md5": "0" * 32, "sha256": "1" * 64, "pdq": {"hash": "2" * 64, "quality": 50}, "pdq_oriented": None, "phash": "3" * 16}
    frame = {"frame": 0, "timestamp": 0.0, "hash": "4" * 64, "quality": 70}
    video = {"kind": "video", "md5": "5" * 32, "sha256": "6" * 64, "frames": [frame], "frames_oriented": None}

    def bundle(*items: object, **top: object) -> dict[str, object]:
        return {"bundle_version": 1, "program": "adult", "items": list(items), **top}

    return [
        ("wrong version", {**bundle(item), "bundle_version": 2}),
        ("unknown program", {**bundle(item), "program": "kids"}),
        ("no items", bundle()),
        ("extra top field", bundle(item, device="laptop")),
        ("file name in item", bundle({**item, "name": "me.jpg"})),
        ("upper-case hex", bundle({**item, "md5": "A" * 32})),
        ("short pdq", bundle({**item, "pdq": {"hash": "2" * 63, "quality": 50}})),
        ("quality too high", bundle({**item, "pdq": {"hash": "2" * 64, "quality": 101}})),
        ("quality as bool", bundle({**item, "pdq": {"hash": "2" * 64, "quality": True}})),
        ("video without frames", bundle({**video, "frames": []})),
        ("frame going back", bundle({**video, "frames": [frame, frame]})),
        ("unknown kind", bundle({**item, "kind": "audio"})),
        ("same file twice", bundle(item, item)),
    ]


@pytest.mark.parametrize(("name", "value"), _bad_variants(), ids=[n for n, _ in _bad_variants()])
def test_invalid_bundles_are_refused(name: str, value: object) -> None:
    with pytest.raises(BundleError):
        validate_bundle(value)
    if name not in ("same file twice", "frame going back", "quality as bool"):  # rules beyond JSON Schema
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(value, SCHEMA)


def test_parse_refuses_non_json() -> None:
    with pytest.raises(BundleError):
        parse_bundle(b"\xff\xfe not json")
