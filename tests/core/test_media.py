"""Recognising files by their content."""

from __future__ import annotations

import pytest

from takeitdown_desktop.core.media import Kind, sniff


def ftyp(major: bytes, *compatible: bytes) -> bytes:
    body = major + b"\x00\x00\x00\x00" + b"".join(compatible)
    return (8 + len(body)).to_bytes(4, "big") + b"ftyp" + body + b"\x00" * 64


@pytest.mark.parametrize(
    ("head", "kind", "fmt"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", Kind.IMAGE, "jpeg"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", Kind.IMAGE, "png"),
        (b"GIF89a\x01\x00", Kind.IMAGE, "gif"),
        (b"BM" + b"\x00" * 30, Kind.IMAGE, "bmp"),
        (b"II*\x00\x08\x00", Kind.IMAGE, "tiff"),
        (b"MM\x00*\x00\x08", Kind.IMAGE, "tiff"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", Kind.IMAGE, "webp"),
        (ftyp(b"heic", b"mif1", b"heic"), Kind.IMAGE, "heif"),
        (ftyp(b"mif1", b"heic"), Kind.IMAGE, "heif"),
        (ftyp(b"avif", b"avif", b"mif1"), Kind.IMAGE, "avif"),
        (ftyp(b"isom", b"iso2", b"avc1", b"mp41"), Kind.VIDEO, "mp4"),
        (ftyp(b"qt  ", b"qt  "), Kind.VIDEO, "mov"),
        (ftyp(b"3gp5", b"3gp5"), Kind.VIDEO, "mp4"),
        (ftyp(b"M4A ", b"M4A ", b"mp42"), Kind.AUDIO, "m4a"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01webm", Kind.VIDEO, "webm"),
        (b"RIFF\x00\x00\x00\x00AVI LIST", Kind.VIDEO, "avi"),
        (b"\x00\x00\x00\x01\x09\xf0\x00\x00\x00\x01\x67\x64", Kind.VIDEO, "h264"),  # AUD, then SPS
        (b"\x00\x00\x00\x01\x67\x64\x00\x1f", Kind.VIDEO, "h264"),
        (b"\x00\x00\x01\x06\x05\xff", Kind.VIDEO, "h264"),  # SEI, three-byte start code
        (b"\x00\x00\x00\x01\x40\x01\x0c\x01", Kind.VIDEO, "hevc"),  # VPS
        (b"\x00\x00\x00\x01\x46\x01\x50", Kind.VIDEO, "hevc"),  # AUD
        (b"\x00\x00\x00\x01\x65\x88", Kind.OTHER, "unknown"),  # a slice first: not a stream's start
        (b"\x00\x00\x00\x01\x27\x64", Kind.VIDEO, "h264"),
        ((b"\x00\x00\x00\x00\x47" + b"\x00" * 187) * 3, Kind.VIDEO, "m2ts"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", Kind.AUDIO, "wav"),
        (b"ID3\x03\x00", Kind.AUDIO, "audio"),
        (b"<svg xmlns=", Kind.OTHER, "unknown"),
        (b"%PDF-1.7", Kind.OTHER, "unknown"),
        (b"<!doctype html>", Kind.OTHER, "unknown"),
        (b"", Kind.OTHER, "unknown"),
    ],
)
def test_sniff(head: bytes, kind: Kind, fmt: str) -> None:
    media = sniff(head)
    assert (media.kind, media.format) == (kind, fmt)
