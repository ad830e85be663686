"""Does this copy match? Compare a file found online with the originals, offline.

The verdict is the one platforms reach: a photo is recognised when the PDQ hashes are
within 31 bits and both have quality 50 or more (py-tx's ``PdqSignal`` and its index),
checking the copy as found and its seven turned or mirrored versions (py-tx's
``match --rotations``); a video when vPDQ's matcher finds 80% of the frames of each in
the other; and any file when its bytes are the same (MD5, SHA-256). pHash distance is
reported too, for services that compare it, but does not decide.

The originals are files (fingerprinted here) or a fingerprint file written by
``export`` (only fingerprints: a copy can be checked without the originals at hand).
Results carry codes and numbers; the command line and the app put them in words.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from takeitdown_desktop.core.bundle import BundleError, parse_bundle
from takeitdown_desktop.core.errors import ErrorCode, FileError
from takeitdown_desktop.core.fingerprint import FileReport, fingerprint_file
from takeitdown_desktop.core.hashes import PdqHash
from takeitdown_desktop.core.media import Kind

#: py-tx's PDQ thresholds (``PDQ_CONFIDENT_MATCH_THRESHOLD``, ``PdqSignal.QUALITY_THRESHOLD``).
PDQ_MATCH_DISTANCE: Final = 31
PDQ_MIN_QUALITY: Final = 50
#: vPDQ: frames within 31 bits (inclusive), quality 50 or more, 80% of each side's frames.
VIDEO_MATCH_PERCENT: Final = 80.0
#: A fingerprint file is JSON; anything else given as an original is fingerprinted.
_MAX_FINGERPRINT_FILE: Final = 32 * 1024 * 1024

Frames = tuple[tuple[int, float, str, int], ...]  # frame, timestamp, hash, quality


class Reason(enum.Enum):
    """Why a copy is or is not covered."""

    SAME_FILE = "same_file"  # the same bytes (MD5 / SHA-256)
    PDQ = "pdq"  # a photo within PDQ's distance
    VPDQ = "vpdq"  # a video whose frames match both ways
    TOO_DIFFERENT = "too_different"  # the closest original is too far
    TOO_PLAIN = "too_plain"  # the copy's picture has too little detail for PDQ (quality < 50)
    NO_ORIGINALS = "no_originals"  # no original of the same kind (photo / video) to compare
    UNREADABLE = "unreadable"  # the copy could not be fingerprinted


@dataclass(frozen=True, slots=True)
class Original:
    """One original's fingerprints, from a file or from a fingerprint file."""

    #: The file's path, or ``fingerprints.json #3`` for the third item of a fingerprint file.
    label: str
    kind: Kind
    md5: str
    sha256: str
    #: PDQ hashes with their quality: as stored and, when EXIF turns it, as displayed.
    pdq: tuple[tuple[str, int], ...] = ()
    phash: str | None = None
    #: Video frame hashes: as stored and, when the container turns it, as displayed.
    frames: tuple[Frames, ...] = ()


@dataclass(frozen=True, slots=True)
class CopyCheck:
    """The verdict for one copy, with the closest original and how close it is."""

    path: str
    kind: Kind | None
    covered: bool
    reason: Reason
    closest: Original | None = None
    #: Photos: bits between the PDQ hashes (0-256), in the best of the eight orientations.
    pdq_distance: int | None = None
    #: Which of the copy's orientations was closest ("original", "flip_y", "rotate90", ...).
    orientation: str | None = None
    copy_quality: int | None = None
    phash_distance: int | None = None
    #: Videos: share of the copy's frames found in the original, and of the original's in the copy.
    copy_percent: float | None = None
    original_percent: float | None = None
    error: FileError | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind.value if self.kind in (Kind.IMAGE, Kind.VIDEO) else None,
            "covered": self.covered,
            "reason": self.reason.value,
            "closest": self.closest.label if self.closest else None,
            "pdq_distance": self.pdq_distance,
            "orientation": self.orientation,
            "copy_quality": self.copy_quality,
            "phash_distance": self.phash_distance,
            "copy_percent": None if self.copy_percent is None else round(self.copy_percent, 1),
            "original_percent": None if self.original_percent is None else round(self.original_percent, 1),
            "error": self.error.to_json() if self.error else None,
        }


# -- originals -------------------------------------------------------------------------


def _frames_of(value: Any) -> Frames:
    return tuple((int(f["frame"]), float(f["timestamp"]), str(f["hash"]), int(f["quality"])) for f in value)


def originals_from_items(items: Iterable[dict[str, Any]], source: str) -> list[Original]:
    """The originals in a bundle's items (as ``export`` writes and ``submit`` sends them)."""
    out = []
    for n, item in enumerate(items, 1):
        pdq = tuple((p["hash"], int(p["quality"])) for p in (item.get("pdq"), item.get("pdq_oriented")) if p)
        frames = tuple(_frames_of(f) for f in (item.get("frames"), item.get("frames_oriented")) if f)
        kind = Kind.IMAGE if item["kind"] == "image" else Kind.VIDEO
        out.append(
            Original(
                label=f"{source} #{n}",
                kind=kind,
                md5=item["md5"],
                sha256=item["sha256"],
                pdq=pdq,
                phash=item.get("phash"),
                frames=frames if kind is Kind.VIDEO else (),
            )
        )
    return out


def original_from_report(report: FileReport) -> Original | None:
    """The original a fingerprinted file gives, or None when it failed."""
    if report.error is not None or report.digests is None:
        return None
    if report.kind is Kind.IMAGE and report.image is not None:
        image = report.image
        pdq = tuple((str(p.hash), p.quality) for p in (image.pdq, image.pdq_oriented) if p is not None)
        return Original(report.path, Kind.IMAGE, str(report.digests.md5), str(report.digests.sha256), pdq, str(image.phash))
    if report.kind is Kind.VIDEO and report.frames is not None:
        frames = tuple(
            tuple((f.frame, f.timestamp, str(f.hash), f.quality) for f in variant)
            for variant in (report.frames, report.frames_oriented)
            if variant
        )
        return Original(report.path, Kind.VIDEO, str(report.digests.md5), str(report.digests.sha256), frames=frames)
    return None


def read_fingerprint_file(path: str) -> list[Original] | None:
    """The originals in a fingerprint file, or None when ``path`` is not one (a photo, say).

    Raises BundleError for a file that is JSON but not a valid fingerprint file, and
    OSError when it cannot be read."""
    with open(path, "rb") as stream:
        head = stream.read(1)
        if head not in (b"{", b" ", b"\n", b"\r", b"\t"):
            return None
        data = head + stream.read(_MAX_FINGERPRINT_FILE)
    try:
        bundle = parse_bundle(data)
    except BundleError:
        if data.lstrip().startswith(b"{"):
            raise
        return None
    return originals_from_items(bundle.items, os.path.basename(path) or path)


def load_originals(paths: Sequence[str], cancelled: Callable[[], bool] | None = None) -> tuple[list[Original], int]:
    """The originals in ``paths`` (fingerprint files, photos, videos, folders of them),
    one after another, and how many could not be read."""
    from takeitdown_desktop.core.paths import expand_paths

    originals: list[Original] = []
    unreadable = 0
    for path in expand_paths(paths):
        if cancelled is not None and cancelled():
            break
        try:
            found = read_fingerprint_file(path)
        except (BundleError, OSError):
            unreadable += 1
            continue
        if found is None:
            original = original_from_report(fingerprint_file(path, cancelled=cancelled))
            if original is None:
                unreadable += 1
            else:
                originals.append(original)
        else:
            originals.extend(found)
    return originals, unreadable


# -- the comparison --------------------------------------------------------------------


def _distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


#: The copy's eight orientations, named as py-tx's ``RotationType`` names them, as
#: changes of the picture's pixel rows and columns.
_ORIENTATIONS: Final[dict[str, Callable[[Any], Any]]] = {
    "original": lambda a: a,
    "rotate90": lambda a: a[:, ::-1].T,  # a quarter turn anticlockwise, as Pillow's rotate(90)
    "rotate180": lambda a: a[::-1, ::-1],
    "rotate270": lambda a: a[::-1].T,
    "flip_x": lambda a: a[::-1],  # upside down
    "flip_y": lambda a: a[:, ::-1],  # mirrored
    "flip_plus1": lambda a: a.T,
    "flip_minus1": lambda a: a[::-1, ::-1].T,
}


def _copy_orientations(path: str) -> dict[str, tuple[str, int]]:
    """The PDQ of the copy turned and mirrored the eight simple ways.

    Each is hashed from the turned pixels, as py-tx's ``match --rotations`` does, rather
    than derived from the DCT as Meta's ``pdqDihedralHash256es`` (``PdqFloats.dihedral``)
    derives them: PDQ's downsampling filter is not symmetric when its window is even,
    so on detailed pictures the derived hashes sit up to ~30 bits from the hash of the
    turned picture itself, which is what a platform computes."""
    import numpy as np

    from takeitdown_desktop.core import pdq
    from takeitdown_desktop.core.image import open_image
    from takeitdown_desktop.core.media import SNIFF_BYTES, sniff

    with open(path, "rb") as stream:
        media = sniff(stream.read(SNIFF_BYTES))
        stream.seek(0)
        im = open_image(stream, media)
        try:
            # Stored orientation, as py-tx reads a file: its eight variants include the
            # displayed one whatever EXIF says.
            rgb = im if im.mode == "RGB" else im.convert("RGB")
            luma = pdq.luma_from_rgb(np.asarray(rgb))
        finally:
            im.close()
    out = {}
    for name, turn in _ORIENTATIONS.items():
        # A copy each time: the filter works in place on what it is given.
        result = pdq.pdq_floats_from_luma(np.array(turn(luma), order="C"), consume=True).result()
        out[name] = (str(result.hash), result.quality)
    return out


def _check_image(path: str, report: FileReport, originals: Sequence[Original]) -> CopyCheck:
    assert report.image is not None
    candidates = [o for o in originals if o.kind is Kind.IMAGE and o.pdq]
    if not candidates:
        return CopyCheck(path, Kind.IMAGE, False, Reason.NO_ORIGINALS, copy_quality=report.image.pdq.quality)
    oriented = _copy_orientations(path)
    quality = report.image.pdq.quality
    # (distance, orientation, original, its quality) for every pair of hashes.
    pairs = [
        (_distance(copy_hash, digest), name, original, original_quality)
        for original in candidates
        for digest, original_quality in original.pdq
        for name, (copy_hash, _) in oriented.items()
    ]
    # An original below quality 50 is not in platforms' lists (py-tx leaves it out too),
    # so it is the closest only when there is nothing else.
    usable = [p for p in pairs if p[3] >= PDQ_MIN_QUALITY] or pairs
    distance, orientation, closest, original_quality = min(usable, key=lambda p: p[0])
    phash = None
    if closest.phash is not None:
        phash = _distance(str(report.image.phash), closest.phash)
    covered = distance <= PDQ_MATCH_DISTANCE and quality >= PDQ_MIN_QUALITY and original_quality >= PDQ_MIN_QUALITY
    if covered:
        reason = Reason.PDQ
    elif quality < PDQ_MIN_QUALITY:
        reason = Reason.TOO_PLAIN
    else:
        reason = Reason.TOO_DIFFERENT
    return CopyCheck(
        path, Kind.IMAGE, covered, reason, closest, distance, orientation, quality, phash
    )


def _video_match(copy: Frames, original: Frames) -> tuple[float, float]:
    from takeitdown_desktop.core.video import FrameHash, match_frames

    def as_frames(frames: Frames) -> list[FrameHash]:
        return [FrameHash(f, t, PdqHash(h), q) for f, t, h, q in frames]

    m = match_frames(as_frames(copy), as_frames(original))
    return m.query_percent, m.target_percent


def _check_video(path: str, report: FileReport, originals: Sequence[Original]) -> CopyCheck:
    candidates = [o for o in originals if o.kind is Kind.VIDEO and o.frames]
    if not candidates:
        return CopyCheck(path, Kind.VIDEO, False, Reason.NO_ORIGINALS)
    copies = [tuple((f.frame, f.timestamp, str(f.hash), f.quality) for f in v) for v in (report.frames, report.frames_oriented) if v]
    best: tuple[float, float, float, Original] | None = None  # (weaker side, copy %, original %, original)
    for original in candidates:
        for theirs in original.frames:
            for ours in copies:
                copy_pct, original_pct = _video_match(ours, theirs)
                key = (min(copy_pct, original_pct), copy_pct, original_pct, original)
                if best is None or key[0] > best[0]:
                    best = key
    assert best is not None
    weaker, copy_pct, original_pct, closest = best
    covered = weaker >= VIDEO_MATCH_PERCENT
    reason = Reason.VPDQ if covered else Reason.TOO_DIFFERENT
    return CopyCheck(path, Kind.VIDEO, covered, reason, closest, copy_percent=copy_pct, original_percent=original_pct)


def check_report(report: FileReport, originals: Sequence[Original]) -> CopyCheck:
    """The verdict for a copy already fingerprinted (``report``)."""
    path = report.path
    if report.error is not None or report.digests is None:
        error = report.error or FileError(ErrorCode.UNREADABLE, "This file could not be read.")
        return CopyCheck(path, report.kind, False, Reason.UNREADABLE, error=error)
    for original in originals:
        if original.sha256 == report.digests.sha256 or original.md5 == report.digests.md5:
            return CopyCheck(path, report.kind, True, Reason.SAME_FILE, original, pdq_distance=0 if report.kind is Kind.IMAGE else None)
    if report.kind is Kind.IMAGE and report.image is not None:
        try:
            return _check_image(path, report, originals)
        except Exception as exc:  # the file changed or vanished since it was fingerprinted
            from takeitdown_desktop.core.errors import FingerprintError

            if isinstance(exc, FingerprintError):
                return CopyCheck(path, Kind.IMAGE, False, Reason.UNREADABLE, error=exc.error)
            if isinstance(exc, OSError):
                return CopyCheck(path, Kind.IMAGE, False, Reason.UNREADABLE, error=FileError(ErrorCode.UNREADABLE, "This file could not be read."))
            raise
    if report.kind is Kind.VIDEO and report.frames is not None:
        return _check_video(path, report, originals)
    return CopyCheck(path, report.kind, False, Reason.UNREADABLE, error=FileError(ErrorCode.UNSUPPORTED, "This file is not a photo or video that this app can read."))


def check_copy(path: str, originals: Sequence[Original], cancelled: Callable[[], bool] | None = None) -> CopyCheck:
    """Fingerprint the copy at ``path`` and compare it with ``originals``."""
    return check_report(fingerprint_file(path, cancelled=cancelled), originals)
