"""Fingerprint values as validated lowercase hex strings."""

from __future__ import annotations

import re
from typing import ClassVar, Final

#: PDQ hashes below this quality are unreliable (ThreatExchange ``PdqSignal.QUALITY_THRESHOLD``).
PDQ_QUALITY_THRESHOLD: Final = 50
#: Hamming distance at or below which two PDQ hashes are taken to match.
PDQ_MATCH_DISTANCE: Final = 31

_HEX = re.compile(r"[0-9a-f]+")


class HexDigest(str):
    """A lowercase hex string of a fixed length; subclasses set ``length``.

    Being a ``str`` lets a digest go straight into JSON, while the constructor makes
    sure nothing malformed ever crosses a boundary (CLI output, bundles, the server).
    """

    length: ClassVar[int] = 0
    __slots__ = ()

    def __new__(cls, value: str) -> HexDigest:
        if not isinstance(value, str):
            raise TypeError(f"{cls.__name__} must be a string")
        if len(value) != cls.length or not _HEX.fullmatch(value):
            raise ValueError(f"{cls.__name__} must be {cls.length} lowercase hex digits")
        return super().__new__(cls, value)

    @classmethod
    def zero(cls) -> HexDigest:
        return cls("0" * cls.length)


class PdqHash(HexDigest):
    """256-bit PDQ hash (64 hex digits), as ThreatExchange writes it."""

    length = 64
    __slots__ = ()

    @classmethod
    def zero(cls) -> PdqHash:
        return cls("0" * cls.length)


class PHash(HexDigest):
    """64-bit perceptual hash as ``str(imagehash.phash(...))`` writes it."""

    length = 16
    __slots__ = ()


class Md5(HexDigest):
    length = 32
    __slots__ = ()


class Sha256(HexDigest):
    length = 64
    __slots__ = ()
