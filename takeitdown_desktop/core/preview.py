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
    import av

    from takeitdown_desktop.core.video import MAX_FRAME_PIXELS, rotation_of

    with av.open(path, metadata_errors="ignore") as container:
        if not container.streams.video:
            return None
        stream = container.streams.video[0]
        if stream.codec_context is None or stream.codec_context.width * stream.codec_context.height > MAX_FRAME_PIXELS:
            return None
        for frame in container.decode(stream):
            scale = max_side / max(frame.width, frame.height)
            small = frame.reformat(
                width=max(1, round(frame.width * scale)),
                height=max(1, round(frame.height * scale)),
                format="rgb24",
                interpolation="AREA",
            ).to_ndarray()
            small = np.asarray(small, dtype=np.uint8)
            turn = rotation_of(frame)  # shown the way the person sees it
            return np.ascontiguousarray(np.rot90(small, -turn // 90)) if turn else small
    return None
