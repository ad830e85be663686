"""Bad and awkward files, made on the spot for the bad-input tests."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

from PIL import Image

from tests.helpers import synthetic_rgb


def good_jpeg(path: Path, seed: int = 1, size: tuple[int, int] = (240, 320)) -> Path:
    Image.fromarray(synthetic_rgb(*size, seed=seed)).save(path, format="JPEG", quality=90)
    return path


def truncated_jpeg(path: Path) -> Path:
    buf = io.BytesIO()
    Image.fromarray(synthetic_rgb(400, 500, seed=2)).save(buf, format="JPEG", quality=90)
    path.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    return path


def png_bomb(path: Path, width: int = 100_000, height: int = 100_000) -> Path:
    """A tiny PNG whose header claims an enormous image."""
    buf = io.BytesIO()
    Image.new("L", (8, 8)).save(buf, format="PNG")
    data = bytearray(buf.getvalue())
    ihdr = data.index(b"IHDR")
    data[ihdr + 4 : ihdr + 12] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[ihdr : ihdr + 17])) & 0xFFFFFFFF
    data[ihdr + 17 : ihdr + 21] = struct.pack(">I", crc)
    path.write_bytes(bytes(data))
    return path


def wav(path: Path) -> Path:
    samples = b"\x00\x00" * 800
    header = b"RIFF" + struct.pack("<I", 36 + len(samples)) + b"WAVEfmt "
    header += struct.pack("<IHHIIHH", 16, 1, 1, 8000, 16000, 2, 16) + b"data" + struct.pack("<I", len(samples))
    path.write_bytes(header + samples)
    return path


def bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (path, expected error code)."""
    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, tuple[Path, str]] = {}

    empty = folder / "empty.jpg"
    empty.write_bytes(b"")
    made["empty"] = (empty, "empty")
    made["truncated"] = (truncated_jpeg(folder / "truncated.jpg"), "damaged")
    rnd = folder / "random.jpg"
    rnd.write_bytes(os.urandom(4096))
    made["random bytes"] = (rnd, "unsupported")
    html = folder / "page.jpg"
    html.write_text("<!doctype html><html><body>not a photo</body></html>")
    made["html named .jpg"] = (html, "unsupported")
    svg = folder / "drawing.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>')
    made["svg"] = (svg, "unsupported")
    made["decompression bomb"] = (png_bomb(folder / "bomb.png"), "too_large")
    made["sound"] = (wav(folder / "voice.wav"), "unsupported")
    fake_header = folder / "header-only.png"
    fake_header.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    made["png signature only"] = (fake_header, "damaged")
    dangling = folder / "gone.jpg"
    os.symlink(folder / "does-not-exist.jpg", dangling)
    made["dangling symlink"] = (dangling, "not_found")
    return made
