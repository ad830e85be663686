"""MD5 and SHA-256 of a file's bytes, read once in chunks."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Protocol

from takeitdown_desktop.core.hashes import Md5, Sha256

_CHUNK = 1 << 20


class Readable(Protocol):
    def readinto(self, buffer: bytearray, /) -> int | None: ...


@dataclass(frozen=True, slots=True)
class FileDigests:
    md5: Md5
    sha256: Sha256
    size: int


def digests_of_stream(stream: Readable) -> FileDigests:
    """Hash a binary stream from its current position to the end, in bounded memory."""
    md5 = hashlib.md5(usedforsecurity=False)
    sha = hashlib.sha256()
    size = 0
    buf = bytearray(_CHUNK)
    view = memoryview(buf)
    while n := stream.readinto(buf):
        md5.update(view[:n])
        sha.update(view[:n])
        size += n
    return FileDigests(Md5(md5.hexdigest()), Sha256(sha.hexdigest()), size)
