"""Fingerprints of a still image: PDQ (stored and displayed orientation) and pHash."""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from collections.abc import Iterator
from typing import TYPE_CHECKING, BinaryIO, Final

import numpy as np
import numpy.typing as npt
from PIL import Image

from takeitdown_desktop.core import pdq
from takeitdown_desktop.core.pdq import PdqResult
from takeitdown_desktop.core.errors import ErrorCode, FileWarning, FingerprintError, WarningCode
from takeitdown_desktop.core.hashes import PHash
from takeitdown_desktop.core.phash import phash as phash_of
from takeitdown_desktop.core.media import MediaType

if TYPE_CHECKING:
    from takeitdown_desktop.core.video import FrameHash

log = logging.getLogger(__name__)

#: The largest image we decode, in pixels (width x height). Phone cameras save up to
#: 108 MP in their high-resolution modes; anything above this is refused from the file
#: header, before any pixel memory is allocated, so a crafted "decompression bomb" (a
#: tiny file that claims billions of pixels) cannot exhaust the computer's memory.
MAX_IMAGE_PIXELS: Final = 120_000_000

#: Pillow plugins allowed per sniffed format, so a file is only ever parsed by the
#: decoder its content calls for (never, say, by a plugin that runs Ghostscript).
PILLOW_FORMATS: Final = {
    "jpeg": ["JPEG", "MPO"],
    "png": ["PNG"],
    "gif": ["GIF"],
    "bmp": ["BMP", "DIB"],
    "tiff": ["TIFF"],
    "webp": ["WEBP"],
    "heif": ["HEIF"],
    "avif": ["AVIF", "HEIF"],
}

_EXIF_ORIENTATION: Final = 0x0112
#: Frames of an animated image looked at, at most (a GIF can claim millions).
MAX_ANIMATION_FRAMES: Final = 100_000

LOW_QUALITY_WARNING: Final = (
    "This picture has very little detail, so its fingerprint is less reliable: "
    "platforms may not be able to recognise copies of it."
)

_heif_ready = False


def prepare_pillow(media: MediaType) -> None:
    global _heif_ready
    # Pillow's own bomb check raises above twice its limit; align it with ours.
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    # Pillow allocates images in blocks of 16 MB by default, and lends its pixels without
    # a copy only when they are in one block. Blocks as large as the largest image we
    # accept make every image one allocation of its own size (no memory is reserved
    # beyond it), so PDQ's luma can read the pixels in place.
    set_block_size = getattr(getattr(Image, "core", None), "set_block_size", None)
    if set_block_size is not None:
        set_block_size(-(-4 * MAX_IMAGE_PIXELS // 4096) * 4096)  # a whole number of pages
    # Keep one freed block for the next picture: photos in a batch are mostly the same
    # size, and reusing the memory saves the kernel clearing and mapping every page of it
    # again (a tenth of a 12 MP photo's time). A worker keeps at most that one block.
    set_blocks_max = getattr(getattr(Image, "core", None), "set_blocks_max", None)
    if set_blocks_max is not None:
        set_blocks_max(1)
    if media.format in ("heif", "avif") and not _heif_ready:
        # Loaded only when a HEIF file turns up: libheif is large and most photos are JPEG.
        try:
            import pillow_heif

            pillow_heif.register_heif_opener()
        except ImportError:  # pragma: no cover - a build without HEIF support
            log.warning("HEIF support is not available")
        _heif_ready = True


@dataclass(frozen=True, slots=True)
class ImageFingerprint:
    """What platforms compare for a photo. Nothing here can be turned back into pixels."""

    pdq: PdqResult
    #: PDQ of the picture as displayed, when EXIF says it is stored rotated or flipped.
    pdq_oriented: PdqResult | None
    phash: PHash


def _damaged(kind: str) -> FingerprintError:
    return FingerprintError(
        ErrorCode.DAMAGED,
        f"This {kind} file could not be opened. It may be damaged or only partly downloaded.",
    )


def _too_large() -> FingerprintError:
    return FingerprintError(
        ErrorCode.TOO_LARGE,
        f"This picture is too large to fingerprint safely "
        f"(more than {MAX_IMAGE_PIXELS // 1_000_000} million pixels).",
    )


def open_image(stream: BinaryIO, media: MediaType) -> Image.Image:
    """Open and fully decode an image, refusing oversized ones before decoding."""
    prepare_pillow(media)
    formats = PILLOW_FORMATS.get(media.format)
    if formats is None:
        raise FingerprintError(ErrorCode.UNSUPPORTED, "This kind of picture is not supported.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(stream, formats=formats)
            width, height = im.size
            if width <= 0 or height <= 0:
                raise _damaged(media.format.upper())
            if width * height > MAX_IMAGE_PIXELS:
                raise _too_large()
            im.load()
    except FingerprintError:
        raise
    except (Image.DecompressionBombError, MemoryError):
        raise _too_large() from None
    except Exception as exc:  # Pillow raises many types for malformed data
        log.debug("decode failed: %s", type(exc).__name__)
        if media.format == "tiff" and _intact_tiff(stream):
            raise FingerprintError(
                ErrorCode.UNSUPPORTED,
                "This TIFF picture is stored in a way this app cannot read (for example with "
                "floating-point colours). Saving it again as a JPEG or PNG will let it be fingerprinted.",
            ) from None
        raise _damaged(media.format.upper()) from None
    return im


def _intact_tiff(stream: BinaryIO) -> bool:
    """Whether a TIFF that Pillow refused has a readable first directory with a size:
    then it is a kind of TIFF we cannot read (float or unusual samples), not a damaged one."""
    from PIL import TiffImagePlugin

    try:
        stream.seek(0)
        header = stream.read(8)
        ifd = TiffImagePlugin.ImageFileDirectory_v2(header)
        stream.seek(ifd.next)
        ifd.load(stream)
        return int(ifd.get(256, 0)) > 0 and int(ifd.get(257, 0)) > 0
    except Exception:  # anything unreadable in the directory means damaged after all
        return False


def _orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(_EXIF_ORIENTATION, 1)
    except Exception:  # malformed EXIF must not cost the person their fingerprint
        return 1
    return value if isinstance(value, int) and 2 <= value <= 8 else 1


def orient(array: npt.NDArray[np.generic], orientation: int) -> npt.NDArray[np.generic]:
    """A view of ``array`` (rows first) as displayed, like ``ImageOps.exif_transpose``."""
    if orientation == 2:
        return array[:, ::-1]
    if orientation == 3:
        return array[::-1, ::-1]
    if orientation == 4:
        return array[::-1, :]
    if orientation == 5:
        return array.swapaxes(0, 1)
    if orientation == 6:
        return array.swapaxes(0, 1)[:, ::-1]
    if orientation == 7:
        return array[::-1, ::-1].swapaxes(0, 1)
    if orientation == 8:
        return array.swapaxes(0, 1)[::-1, :]
    return array


def _rgb_strips(im: Image.Image, rows: int = 64) -> Iterator[npt.NDArray[np.uint8]]:
    # Strips keep the RGB copy small and in cache instead of one full-size array.
    width, height = im.size
    for top in range(0, height, rows):
        yield np.asarray(im.crop((0, top, width, min(height, top + rows))))


def _pdq_in_place(rgb: Image.Image) -> pdq.PdqFloats | None:
    """PDQ of an RGB image read where Pillow holds it, with no luma image at all (a
    quarter of the memory of the decoded picture saved); None where that cannot be done."""
    width, height = rgb.size
    try:
        return pdq.pdq_floats_from_arrow(rgb, height, width)
    except (ValueError, AttributeError):  # numpy fallback, several blocks, an older Pillow
        return None


def _luma(rgb: Image.Image) -> pdq.Float32Array:
    """PDQ's luma of an RGB image: read in place when Pillow can lend the pixels."""
    width, height = rgb.size
    try:
        return pdq.luma_from_arrow(rgb, height, width)
    except (ValueError, AttributeError):  # numpy fallback, several blocks, an older Pillow
        return pdq.luma_from_strips(_rgb_strips(rgb), height, width)


def _animation_frames(im: Image.Image, stream: BinaryIO, media: MediaType) -> tuple[FrameHash, ...]:
    """vPDQ-style frame hashes of an animated GIF, PNG or WebP, one a second."""
    from takeitdown_desktop.core.video import FrameHash, fingerprint_video, frame_step, hash_frame

    if media.format in ("gif", "png"):
        # vPDQ reads these through FFmpeg, which composes frames its own way (a
        # transparent GIF pixel shows the frame below or white, where Pillow gives
        # black); the video path gives exactly FFmpeg's frames.
        stream.seek(0)
        video, _ = fingerprint_video(stream)
        return video.frames
    # FFmpeg cannot decode animated WebP, so there is no vPDQ output to equal: take
    # libwebp's frames with vPDQ's rule, the frame rate being frames over total time.
    count = min(int(getattr(im, "n_frames", 1)), MAX_ANIMATION_FRAMES)
    durations = []
    for i in range(count):
        im.seek(i)
        im.load()  # WebP reports a frame's duration only once the frame is loaded
        durations.append(max(0.0, float(im.info.get("duration", 0) or 0)))
    total = sum(durations) / 1000.0
    # Browsers show frames without a duration for 0.1 s; so do we.
    fps = count / total if total > 0 else 10.0
    step = frame_step(fps)
    frames = []
    for i in range(0, count, step):
        im.seek(i)
        stored, _ = hash_frame(np.asarray(im.convert("RGB")))
        frames.append(FrameHash(i, i / fps, stored.hash, stored.quality))
    return tuple(frames)


def fingerprint_image(
    stream: BinaryIO, media: MediaType
) -> tuple[ImageFingerprint, tuple[FrameHash, ...] | None, list[FileWarning]]:
    """PDQ, oriented PDQ and pHash of the image in ``stream`` (and, for an animation,
    frame hashes as for a video), with warnings for the person."""
    im = open_image(stream, media)
    notes: list[FileWarning] = []
    rgb = im
    frames = None
    animated = getattr(im, "n_frames", 1) > 1 and media.format in ("gif", "webp", "png")
    # Multi-page TIFFs and MPO (a phone's stereo or depth pair) hold more than one
    # picture; platforms hash the first, as we do, but the person should know.
    pages = int(getattr(im, "n_frames", 1)) if media.format in ("tiff", "jpeg") else 1
    try:
        try:
            phash = PHash(phash_of(im))
        except ValueError:
            # A few rare modes (LAB) have no direct conversion to greyscale, so the
            # reference call itself fails; go through RGB as any platform would have to.
            phash = PHash(phash_of(im.convert("RGB")))
        orientation = _orientation(im)
        # The reference drops alpha and maps every mode through Pillow's convert("RGB").
        if im.mode != "RGB":
            rgb = im.convert("RGB")
            if not animated:
                im.close()  # free the decoded pixels early; only the RGB copy is read now
        stored_floats = _pdq_in_place(rgb) if orientation == 1 else None
        luma = _luma(rgb) if stored_floats is None else None
        if animated:
            frames = _animation_frames(im, stream, media)
    except MemoryError:
        raise _too_large() from None
    except Exception as exc:
        log.debug("conversion failed: %s", type(exc).__name__)
        raise _damaged(media.format.upper()) from None
    finally:
        im.close()
        rgb.close()
    del im, rgb  # free the decoded pixels before the filter passes allocate their buffer

    oriented = None
    if luma is not None:
        # Luma is per pixel, so orienting it equals orienting the RGB image first.
        displayed = np.ascontiguousarray(orient(luma, orientation)) if orientation != 1 else None
        stored_floats = pdq.pdq_floats_from_luma(luma, consume=True)
        del luma
        oriented = pdq.pdq_floats_from_luma(displayed, consume=True).result() if displayed is not None else None
    assert stored_floats is not None
    stored = stored_floats.result()
    if stored.quality < pdq.QUALITY_THRESHOLD:
        notes.append(FileWarning(WarningCode.LOW_QUALITY, LOW_QUALITY_WARNING))
    if pages > 1:
        notes.append(
            FileWarning(
                WarningCode.MORE_PAGES,
                f"This file holds {pages} pictures; only the first one was fingerprinted. "
                "To include the others, save each as a separate photo and add it.",
                (("pages", pages),),
            )
        )
    return ImageFingerprint(stored, oriented, phash), frames, notes
