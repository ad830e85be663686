"""Small previews of photos and videos, made in memory only (never written to disk)."""

from __future__ import annotations

import logging
import warnings

import numpy as np
import numpy.typing as npt

from takeitdown_desktop.core.media import SNIFF_BYTES, Kind, sniff

log = logging.getLogger(__name__)


def preview_rgb(path: str, max_side: int = 96) -> npt.NDArray[np.uint8] | None:
    """An RGB preview no larger than ``max_side``, as the picture is displayed, or None.

    Made from as little decoding as possible (JPEG draft mode, a video's first frame)
    and under the same size limits as fingerprinting, so a hostile file cannot use the
    preview to exhaust memory.
    """
    try:
        with open(path, "rb") as f:
            media = sniff(f.read(SNIFF_BYTES))
    except OSError:
        return None
    try:
        if media.kind is Kind.IMAGE:
            return _image_preview(path, media.format, max_side)
        if media.kind is Kind.VIDEO:
            return _video_preview(path, max_side)
    except Exception as exc:  # a preview is a nicety; never let it fail loudly
        log.debug("no preview: %s", type(exc).__name__)
    return None


def _image_preview(path: str, fmt: str, max_side: int) -> npt.NDArray[np.uint8] | None:
    from PIL import Image, ImageOps

    from takeitdown_desktop.core.image import MAX_IMAGE_PIXELS, PILLOW_FORMATS, prepare_pillow
    from takeitdown_desktop.core.media import MediaType

    prepare_pillow(MediaType(Kind.IMAGE, fmt))
    formats = PILLOW_FORMATS.get(fmt)
    if formats is None:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with Image.open(path, formats=formats) as im:
            if im.width * im.height > MAX_IMAGE_PIXELS:
                return None
            im.draft("RGB", (max_side * 2, max_side * 2))  # JPEG: decode at 1/2..1/8 scale
            shown = ImageOps.exif_transpose(im.convert("RGB"))
            shown.thumbnail((max_side, max_side))
            return np.asarray(shown)


def _video_preview(path: str, max_side: int) -> npt.NDArray[np.uint8] | None:
    import cv2

    from takeitdown_desktop.core.video import _opencv_path

    cap = cv2.VideoCapture(_opencv_path(path), cv2.CAP_FFMPEG)
    try:
        ok, frame = cap.read()  # OpenCV turns it the way it is shown
    finally:
        cap.release()
    if not ok or frame is None:
        return None
    h, w = frame.shape[:2]
    scale = max_side / max(h, w)
    small = cv2.resize(frame, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(small[:, :, ::-1])
