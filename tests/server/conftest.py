"""Server fixtures: the real server on loopback, on SQLite or (when configured) PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from takeitdown_desktop.core.bundle import build_bundle
from takeitdown_desktop.core.fingerprint import fingerprint_file
from tests.fakes import LiveServer, live_server
from tests.media_factory import good_jpeg


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    # Tests here open hundreds of cases from one address; the limit has tests of its own.
    with live_server(tmp_path, limits={"cases_per_address": 100_000}) as live:
        yield live


@pytest.fixture(scope="session")
def fingerprinted(tmp_path_factory: pytest.TempPathFactory) -> list:  # type: ignore[type-arg]
    folder = tmp_path_factory.mktemp("private photos of someone")
    clips = Path(__file__).resolve().parents[1] / "data" / "videos"
    paths = [good_jpeg(folder / f"secret-name-{i}.jpg", seed=i) for i in range(3)]
    return [fingerprint_file(str(p)) for p in [*paths, clips / "h264-30fps-bframes.mp4"]]


@pytest.fixture
def payload(fingerprinted: list) -> bytes:  # type: ignore[type-arg]
    return build_bundle(fingerprinted, "under18").to_bytes()


def other_payload(seed: int) -> bytes:
    """A small valid bundle whose content differs by ``seed`` (no files needed)."""
    import hashlib

    h = hashlib.sha256(str(seed).encode()).hexdigest()
    item = {
        "kind": "image",
        "md5": h[:32],
        "sha256": h,
        "pdq": {"hash": h, "quality": 90},
        "pdq_oriented": None,
        "phash": h[:16],
    }
    from takeitdown_desktop.core.bundle import canonical_bytes

    return canonical_bytes({"bundle_version": 1, "program": "adult", "items": [item]})


def bundle_of(seeds: range | list[int], program: str = "adult") -> bytes:
    """A valid bundle of one small image item per seed."""
    import json

    from takeitdown_desktop.core.bundle import canonical_bytes

    items = sorted((json.loads(other_payload(s))["items"][0] for s in seeds), key=lambda i: i["sha256"])
    return canonical_bytes({"bundle_version": 1, "program": program, "items": items})


def video_bundle(seed: int, frames: int) -> bytes:
    """A valid bundle of one video item with ``frames`` frame hashes (about 110 bytes each)."""
    import hashlib

    from takeitdown_desktop.core.bundle import canonical_bytes

    h = hashlib.sha256(b"video %d" % seed).hexdigest()
    item = {
        "kind": "video",
        "md5": h[:32],
        "sha256": h,
        "frames": [{"frame": i, "timestamp": float(i), "hash": h, "quality": 90} for i in range(frames)],
        "frames_oriented": None,
    }
    return canonical_bytes({"bundle_version": 1, "program": "adult", "items": [item]})
