"""The hash bundle: the only thing about the files that ever leaves the computer.

A bundle carries a programme and, per file, its fingerprints: nothing else. No file
name, path, size, date, EXIF field or anything about the person or the device, and
items are sorted by SHA-256 so even the order in which files were chosen is not told.
Its bytes are canonical JSON, so ``export`` writes exactly what ``submit`` sends and
the app can show those very bytes before anything is sent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from takeitdown_desktop.core.endpoints import PROGRAMS as _PROGRAMS
from takeitdown_desktop.core.fingerprint import FileReport
from takeitdown_desktop.core.media import Kind

BUNDLE_VERSION: Final = 1
#: Programmes a bundle may be for: pictures taken before the person was 18, or adults.
PROGRAMS: Final = _PROGRAMS
#: Files in one bundle (one request) and frames per video, at most.
MAX_ITEMS: Final = 1000
MAX_FRAMES_PER_ITEM: Final = 36_000  # ten hours at one hash a second
#: Largest frame index: any parser reads it exactly (a 4,000-digit one became Infinity).
MAX_FRAME_INDEX: Final = 2**31 - 1
#: Largest request body a server must accept for a full bundle.
MAX_BUNDLE_BYTES: Final = 32 * 1024 * 1024

_HEX = {n: re.compile(f"[0-9a-f]{{{n}}}") for n in (16, 32, 64)}


class BundleError(ValueError):
    """A bundle that does not follow the schema; the message says what is wrong."""


@dataclass(frozen=True)
class Bundle:
    program: str
    items: tuple[dict[str, Any], ...]

    def to_json(self) -> dict[str, Any]:
        return {"bundle_version": BUNDLE_VERSION, "program": self.program, "items": list(self.items)}

    def to_bytes(self) -> bytes:
        """Canonical bytes: sorted keys, no spaces, ASCII only."""
        return canonical_bytes(self.to_json())

    @property
    def photos(self) -> int:
        return sum(1 for i in self.items if i["kind"] == "image")

    @property
    def videos(self) -> int:
        return sum(1 for i in self.items if i["kind"] == "video")


def canonical_bytes(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False).encode("ascii")


def _pdq(value: Any) -> dict[str, Any] | None:
    return None if value is None else {"hash": str(value.hash), "quality": int(value.quality)}


def _frames(frames: Iterable[Any] | None) -> list[dict[str, Any]] | None:
    if frames is None:
        return None
    return [
        {"frame": int(f.frame), "timestamp": round(float(f.timestamp), 3), "hash": str(f.hash), "quality": int(f.quality)}
        for f in frames
    ]


def item_from_report(report: FileReport) -> dict[str, Any] | None:
    """The fingerprints of one fingerprinted file, or None for a file that failed."""
    if report.error is not None or report.digests is None:
        return None
    item: dict[str, Any] = {"md5": str(report.digests.md5), "sha256": str(report.digests.sha256)}
    if report.kind is Kind.IMAGE and report.image is not None:
        item["kind"] = "image"
        item["pdq"] = _pdq(report.image.pdq)
        item["pdq_oriented"] = _pdq(report.image.pdq_oriented)
        item["phash"] = str(report.image.phash)
        if report.frames:
            item["frames"] = _frames(report.frames)
    elif report.kind is Kind.VIDEO and report.frames is not None:
        item["kind"] = "video"
        item["frames"] = _frames(report.frames)
        item["frames_oriented"] = _frames(report.frames_oriented)
    else:
        return None
    return item


def build_bundle(reports: Iterable[FileReport], program: str) -> Bundle:
    """A bundle of every successfully fingerprinted file, each once, in SHA-256 order."""
    items: dict[str, dict[str, Any]] = {}
    for report in reports:
        item = item_from_report(report)
        if item is not None:
            items.setdefault(item["sha256"], item)
    bundle = Bundle(program, tuple(items[k] for k in sorted(items)))
    validate_bundle(bundle.to_json())
    return bundle


# -- validation (shared by the client, `submit --bundle` and the server) --------------


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise BundleError(message)


def _check_keys(obj: Mapping[str, Any], required: set[str], optional: set[str], where: str) -> None:
    keys = set(obj)
    missing = required - keys
    extra = keys - required - optional
    _require(not missing, f"{where}: missing {', '.join(sorted(missing))}")
    _require(not extra, f"{where}: unexpected field {', '.join(sorted(extra))}")


def _check_hex(value: Any, length: int, where: str) -> None:
    _require(isinstance(value, str) and bool(_HEX[length].fullmatch(value)), f"{where}: expected {length} lowercase hex digits")


def _whole(value: Any) -> int | None:
    """``value`` as a whole number, or None. JSON has one kind of number, and JSON Schema's
    "integer" is any number without a fraction, so 19.0 is 19; true is not a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _check_quality(value: Any, where: str) -> None:
    quality = _whole(value)
    _require(quality is not None and 0 <= quality <= 100, f"{where}: quality must be 0-100")


def _check_pdq(value: Any, where: str, nullable: bool) -> None:
    if value is None and nullable:
        return
    _require(isinstance(value, dict), f"{where}: expected an object")
    _check_keys(value, {"hash", "quality"}, set(), where)
    _check_hex(value["hash"], 64, f"{where}.hash")
    _check_quality(value["quality"], f"{where}.quality")


def _check_frames(value: Any, where: str, nullable: bool) -> None:
    if value is None and nullable:
        return
    _require(isinstance(value, list), f"{where}: expected a list")
    _require(0 < len(value) <= MAX_FRAMES_PER_ITEM, f"{where}: 1 to {MAX_FRAMES_PER_ITEM} frames")
    last = -1
    for n, frame in enumerate(value):
        here = f"{where}[{n}]"
        _require(isinstance(frame, dict), f"{here}: expected an object")
        _check_keys(frame, {"frame", "timestamp", "hash", "quality"}, set(), here)
        index, ts = _whole(frame["frame"]), frame["timestamp"]
        _require(
            index is not None and last < index <= MAX_FRAME_INDEX,
            f"{here}.frame: increasing whole numbers up to {MAX_FRAME_INDEX}",
        )
        _require(isinstance(ts, (int, float)) and not isinstance(ts, bool) and 0 <= ts < 1e7, f"{here}.timestamp: seconds")
        _check_hex(frame["hash"], 64, f"{here}.hash")
        _check_quality(frame["quality"], f"{here}.quality")
        assert index is not None
        last = index


def validate_item(item: Any, where: str = "item") -> None:
    _require(isinstance(item, dict), f"{where}: expected an object")
    kind = item.get("kind")
    if kind == "image":
        _check_keys(item, {"kind", "md5", "sha256", "pdq", "pdq_oriented", "phash"}, {"frames"}, where)
        _check_pdq(item["pdq"], f"{where}.pdq", nullable=False)
        _check_pdq(item["pdq_oriented"], f"{where}.pdq_oriented", nullable=True)
        _check_hex(item["phash"], 16, f"{where}.phash")
        if "frames" in item:
            _check_frames(item["frames"], f"{where}.frames", nullable=False)
    elif kind == "video":
        _check_keys(item, {"kind", "md5", "sha256", "frames", "frames_oriented"}, set(), where)
        _check_frames(item["frames"], f"{where}.frames", nullable=False)
        _check_frames(item["frames_oriented"], f"{where}.frames_oriented", nullable=True)
    else:
        raise BundleError(f"{where}.kind: must be image or video")
    _check_hex(item["md5"], 32, f"{where}.md5")
    _check_hex(item["sha256"], 64, f"{where}.sha256")


def validate_bundle(value: Any) -> Bundle:
    """Check a decoded bundle against the schema (docs/api/bundle.schema.json)."""
    _require(isinstance(value, dict), "bundle: expected an object")
    _check_keys(value, {"bundle_version", "program", "items"}, set(), "bundle")
    # Not ==: true is equal to 1 in Python but is not a number in JSON.
    _require(_whole(value["bundle_version"]) == BUNDLE_VERSION, f"bundle_version: this is version {BUNDLE_VERSION}")
    _require(value["program"] in PROGRAMS, f"program: one of {', '.join(PROGRAMS)}")
    items = value["items"]
    _require(isinstance(items, list) and 0 < len(items) <= MAX_ITEMS, f"items: 1 to {MAX_ITEMS} items")
    seen: set[str] = set()
    for n, item in enumerate(items):
        validate_item(item, f"items[{n}]")
        _require(item["sha256"] not in seen, f"items[{n}]: the same file twice")
        seen.add(item["sha256"])
    return Bundle(value["program"], tuple(_whole_numbers(item) for item in items))


def _whole_numbers(item: dict[str, Any]) -> dict[str, Any]:
    """A checked item with its qualities and frame indexes written as whole numbers
    (19.0 becomes 19), so that equal bundles have equal canonical bytes."""

    def pdq(value: Any) -> Any:
        return None if value is None else {**value, "quality": _whole(value["quality"])}

    def frames(value: Any) -> Any:
        if value is None:
            return None
        return [{**f, "frame": _whole(f["frame"]), "quality": _whole(f["quality"])} for f in value]

    out = dict(item)
    for key in ("pdq", "pdq_oriented"):
        if key in out:
            out[key] = pdq(out[key])
    for key in ("frames", "frames_oriented"):
        if key in out:
            out[key] = frames(out[key])
    return out


def parse_bundle(data: bytes) -> Bundle:
    """Decode and validate bundle bytes (a file from ``export``, say)."""
    _require(len(data) <= MAX_BUNDLE_BYTES, "bundle: too large")
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BundleError("bundle: not valid JSON") from None
    return validate_bundle(value)
