"""Recognise what a file holds from its first bytes, never from its name."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class Kind(StrEnum):
    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class MediaType:
    kind: Kind
    #: Short format name for messages and tests, e.g. "jpeg", "heif", "mp4".
    format: str


#: How many leading bytes :func:`sniff` needs to decide.
SNIFF_BYTES: Final = 512

# ISO base media file format brands (the 'ftyp' box): still images vs movies.
_IMAGE_BRANDS: Final = frozenset(
    {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"mif2", b"msf1", b"avif", b"avis", b"MiHE", b"MiHB"}
)
_VIDEO_BRANDS: Final = frozenset(
    {
        b"isom", b"iso2", b"iso3", b"iso4", b"iso5", b"iso6", b"iso7", b"iso8", b"iso9",
        b"mp41", b"mp42", b"mp71", b"avc1", b"hvc1", b"qt  ", b"M4V ", b"M4VH", b"M4VP",
        b"3gp4", b"3gp5", b"3gp6", b"3gp7", b"3gs7", b"3g2a", b"3g2b", b"3g2c", b"3ge6",
        b"3ge7", b"3gg6", b"MSNV", b"dash", b"f4v ", b"mmp4", b"XAVC", b"NDAS", b"av01",
    }
)
_AUDIO_BRANDS: Final = frozenset({b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "})


def _ftyp_brands(head: bytes) -> list[bytes]:
    size = int.from_bytes(head[0:4], "big")
    end = min(max(size, 16), len(head))
    brands = [head[8:12]]
    brands.extend(head[i : i + 4] for i in range(16, end - 3, 4))
    return brands


def _sniff_isobmff(head: bytes) -> MediaType:
    brands = _ftyp_brands(head)
    # The major brand decides; compatible brands break the tie for unusual majors.
    for brand in brands:
        if brand in _AUDIO_BRANDS:
            return MediaType(Kind.AUDIO, "m4a")
        if brand in _IMAGE_BRANDS:
            return MediaType(Kind.IMAGE, "avif" if brand in (b"avif", b"avis") else "heif")
        if brand in _VIDEO_BRANDS:
            return MediaType(Kind.VIDEO, "mov" if brand == b"qt  " else "mp4")
    return MediaType(Kind.OTHER, "isobmff")


def _raw_video_stream(head: bytes) -> str | None:
    """"h264" or "hevc" for a bare stream (.h264, .264, .h265), as encoders and some
    cameras write it: a start code, then what such a stream begins with (a parameter
    set, an access unit delimiter or SEI)."""
    if head.startswith(b"\x00\x00\x00\x01"):
        nal = head[4:6]
    elif head.startswith(b"\x00\x00\x01"):
        nal = head[3:5]
    else:
        return None
    if len(nal) < 2 or nal[0] & 0x80:
        return None
    if (nal[0] >> 1) & 0x3F in (32, 33, 35, 39) and nal[1] == 0x01:
        return "hevc"  # VPS, SPS, AUD or prefix SEI, layer 0, temporal id 0
    if nal[0] in (0x06, 0x09) or (nal[0] & 0x1F == 7 and nal[0] & 0x60):
        return "h264"  # SEI, AUD, or SPS (which is always marked as a reference)
    return None


def sniff(head: bytes) -> MediaType:
    """Classify a file from its first :data:`SNIFF_BYTES` bytes."""
    if head.startswith(b"\xff\xd8\xff"):
        return MediaType(Kind.IMAGE, "jpeg")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return MediaType(Kind.IMAGE, "png")
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return MediaType(Kind.IMAGE, "gif")
    if head.startswith(b"BM") and len(head) >= 26:
        return MediaType(Kind.IMAGE, "bmp")
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return MediaType(Kind.IMAGE, "tiff")
    if head[:4] == b"RIFF" and len(head) >= 12:
        form = head[8:12]
        if form == b"WEBP":
            return MediaType(Kind.IMAGE, "webp")
        if form == b"AVI ":
            return MediaType(Kind.VIDEO, "avi")
        if form == b"WAVE":
            return MediaType(Kind.AUDIO, "wav")
        return MediaType(Kind.OTHER, "riff")
    if head[4:8] == b"ftyp":
        return _sniff_isobmff(head)
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return MediaType(Kind.VIDEO, "webm" if b"webm" in head[:64] else "mkv")
    if head.startswith(b"\x30\x26\xb2\x75\x8e\x66\xcf\x11"):
        return MediaType(Kind.VIDEO, "asf")
    if head.startswith(b"FLV\x01"):
        return MediaType(Kind.VIDEO, "flv")
    if head.startswith(b"\x00\x00\x01\xba") or head.startswith(b"\x00\x00\x01\xb3"):
        return MediaType(Kind.VIDEO, "mpeg")
    if len(head) > 376 and head[0] == 0x47 and head[188] == 0x47 and head[376] == 0x47:
        return MediaType(Kind.VIDEO, "mpegts")
    if len(head) > 388 and head[4] == 0x47 and head[196] == 0x47 and head[388] == 0x47:
        return MediaType(Kind.VIDEO, "m2ts")  # Blu-ray and AVCHD: a timecode before each packet
    raw = _raw_video_stream(head)
    if raw:
        return MediaType(Kind.VIDEO, raw)
    if head.startswith(b"OggS"):
        return MediaType(Kind.VIDEO if b"theora" in head else Kind.AUDIO, "ogg")
    if head.startswith(b"ID3") or head.startswith(b"fLaC") or head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return MediaType(Kind.AUDIO, "audio")
    return MediaType(Kind.OTHER, "unknown")
