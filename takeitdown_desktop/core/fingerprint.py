"""Fingerprint one file: recognise it by content, hash its bytes, then its pixels."""

from __future__ import annotations

import io
import logging
import os
import stat
import threading
from dataclasses import dataclass
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from takeitdown_desktop.core.digests import FileDigests, digests_of_stream
from takeitdown_desktop.core.errors import ErrorCode, FileError, FileWarning, FingerprintError
from takeitdown_desktop.core.media import SNIFF_BYTES, Kind, MediaType, sniff

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # the real imports are deferred: numpy and Pillow stay out of the CLI parent
    from takeitdown_desktop.core.image import ImageFingerprint
    from takeitdown_desktop.core.video import FrameHash, ProgressFn

    CancelledFn = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class FileReport:
    """Everything learned about one input file; exactly one line of ``hash`` output."""

    path: str
    kind: Kind | None = None
    digests: FileDigests | None = None
    image: ImageFingerprint | None = None
    #: vPDQ frame hashes: of a video, or of an animated image's frames.
    frames: tuple[FrameHash, ...] | None = None
    #: Frame hashes as displayed, when the video container says it is rotated.
    frames_oriented: tuple[FrameHash, ...] | None = None
    warnings: tuple[FileWarning, ...] = ()
    error: FileError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "kind": self.kind.value if self.kind in (Kind.IMAGE, Kind.VIDEO) else None,
            "md5": self.digests.md5 if self.digests else None,
            "sha256": self.digests.sha256 if self.digests else None,
        }
        if self.image is not None:
            out["pdq"] = self.image.pdq.to_json()
            out["pdq_oriented"] = self.image.pdq_oriented.to_json() if self.image.pdq_oriented else None
            out["phash"] = self.image.phash
        if self.frames is not None:
            out["frames"] = [f.to_json() for f in self.frames]
            out["frames_oriented"] = [f.to_json() for f in self.frames_oriented] if self.frames_oriented else None
        out["warnings"] = [w.to_json() for w in self.warnings]
        out["error"] = self.error.to_json() if self.error else None
        return out


def failed_report(path: str, code: ErrorCode, message: str, **kwargs: Any) -> FileReport:
    return FileReport(path=path, error=FileError(code, message), **kwargs)


def _unsupported_message(media: MediaType) -> str:
    if media.kind is Kind.AUDIO:
        return "This is a sound file. Only photos and videos can be fingerprinted."
    return "This file is not a photo or video that this app can read."


def fingerprint_file(
    path: str, progress: ProgressFn | None = None, cancelled: CancelledFn | None = None, *, skip_frames: bool = True
) -> FileReport:
    """Fingerprint ``path``. Never raises for a bad file: the report carries the error.

    ``progress`` gets fractions 0-1 while a video decodes; ``cancelled`` is polled
    between video frames, and a cancelled file gets a ``cancelled`` error.
    ``skip_frames=False``: a video decodes every frame (see core/video.py).
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            return failed_report(path, ErrorCode.NOT_FOUND, "This shortcut points to a file that no longer exists.")
        return failed_report(path, ErrorCode.NOT_FOUND, "This file could not be found. It may have been moved or deleted.")
    except PermissionError:
        return failed_report(path, ErrorCode.PERMISSION_DENIED, "This computer does not allow this file to be opened.")
    except (OSError, ValueError):
        return failed_report(path, ErrorCode.UNREADABLE, "This file could not be read.")
    if stat.S_ISDIR(info.st_mode):
        return failed_report(path, ErrorCode.NOT_A_FILE, "This is a folder, not a photo or video.")
    if not stat.S_ISREG(info.st_mode):
        return failed_report(path, ErrorCode.NOT_A_FILE, "This is not an ordinary file, so it cannot be fingerprinted.")
    try:
        with open(path, "rb") as stream:
            head = stream.read(SNIFF_BYTES)
            if not head:
                return failed_report(path, ErrorCode.EMPTY, "This file is empty.")
            media = sniff(head)
            if media.kind is Kind.VIDEO:
                return _video_report(path, stream, progress, cancelled, skip_frames)
            stream.seek(0)
            digests = digests_of_stream(stream)
            if media.kind is not Kind.IMAGE:
                return failed_report(path, ErrorCode.UNSUPPORTED, _unsupported_message(media), digests=digests)
            stream.seek(0)
            try:
                from takeitdown_desktop.core.image import fingerprint_image

                image, frames, notes = fingerprint_image(stream, media)
            except FingerprintError as exc:
                return FileReport(path=path, digests=digests, error=exc.error)
            return FileReport(
                path=path, kind=Kind.IMAGE, digests=digests, image=image, frames=frames, warnings=tuple(notes)
            )
    except PermissionError:
        return failed_report(path, ErrorCode.PERMISSION_DENIED, "This computer does not allow this file to be opened.")
    except MemoryError:
        return failed_report(path, ErrorCode.TOO_LARGE, "This file is too large to fingerprint on this computer.")
    except OSError:
        return failed_report(path, ErrorCode.UNREADABLE, "This file could not be read from the disk.")


def _video_report(
    path: str,
    stream: io.BufferedReader,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
    skip_frames: bool,
) -> FileReport:
    from takeitdown_desktop.core.video import Cancelled, fingerprint_video

    # A video's digests are read beside the decoding (hashlib lets go of the interpreter
    # lock), rather than before it: a phone video is hundreds of megabytes.
    found: list[FileDigests | BaseException] = []

    def read_digests() -> None:
        try:
            stream.seek(0)
            found.append(digests_of_stream(stream))
        except BaseException as exc:  # re-raised below, where the caller handles OSError
            found.append(exc)

    reader = threading.Thread(target=read_digests, name="file-digests", daemon=True)
    reader.start()
    try:
        video, notes = fingerprint_video(path, progress=progress, cancelled=cancelled, skip_frames=skip_frames)
    except FingerprintError as exc:
        return FileReport(path=path, digests=_joined(reader, found), error=exc.error)
    except Cancelled:
        return failed_report(
            path, ErrorCode.CANCELLED, "Stopped before this file was fingerprinted.", digests=_joined(reader, found)
        )
    return FileReport(
        path=path,
        kind=Kind.VIDEO,
        digests=_joined(reader, found),
        frames=video.frames,
        frames_oriented=video.frames_oriented,
        warnings=tuple(notes),
    )


def _joined(reader: threading.Thread, found: list[FileDigests | BaseException]) -> FileDigests:
    reader.join()
    result = found[0]
    if isinstance(result, BaseException):
        raise result
    return result
