"""Just enough of H.264's syntax to vet a packet before the decoder is told to skip frames.

Skipping frames (core/video.py) numbers them from the packets' presentation times, so it
must know, before any decoding, that a packet holds exactly one picture, what kind, and
that its times can be trusted. This reads each NAL unit's header and the first two
fields of the picture's first slice header (ITU-T H.264, 7.3.1 and 7.3.3); anything it
does not understand makes the caller decode every frame instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

#: NAL unit types that carry a slice of a picture: non-IDR, data partition A, IDR.
_SLICE_TYPES: Final = frozenset({1, 2, 5})
#: Enough bytes of a slice header for first_mb_in_slice and slice_type, emulation
#: prevention bytes included: each is an Exp-Golomb code of at most 33 bits.
_HEAD_BYTES: Final = 16


class Malformed(Exception):
    """The packet is not the H.264 this module understands (or it is damaged)."""


@dataclass(frozen=True, slots=True)
class Picture:
    #: Its first slice is a B slice, predicted (usually) from a picture shown after it.
    bidirectional: bool
    #: Other pictures may be predicted from it (nal_ref_idc is not 0).
    reference: bool


def nal_length_size(extradata: bytes | None) -> int | None:
    """Bytes in each NAL unit's length prefix when the stream is stored as in MP4 and
    Matroska (an ``avcC`` record), or None for start codes (MPEG-TS, raw streams)."""
    if extradata and len(extradata) >= 7 and extradata[0] == 1:
        size = (extradata[4] & 3) + 1
        if size in (1, 2, 4):
            return size
    return None


def picture(data: bytes | memoryview, length_size: int | None) -> Picture:
    """The one picture a packet holds. Raises :class:`Malformed` when it holds none (only
    delimiters or SEI, say), more than one, or NAL units that do not fit together."""
    found: Picture | None = None
    for nal in _nal_units(data, length_size):
        header = nal[0]
        if header & 0x80:  # forbidden_zero_bit
            raise Malformed("forbidden bit set")
        if header & 0x1F not in _SLICE_TYPES:
            continue
        first_mb, slice_type = _two_exp_golomb(nal[1 : 1 + _HEAD_BYTES])
        if slice_type > 9:
            raise Malformed("no such slice type")
        if first_mb == 0:
            if found is not None:
                raise Malformed("two pictures in one packet")
            found = Picture(bidirectional=slice_type % 5 == 1, reference=bool(header & 0x60))
        elif found is None:
            raise Malformed("a picture that does not start at its first macroblock")
    if found is None:
        raise Malformed("no picture")
    return found


def _nal_units(data: bytes | memoryview, length_size: int | None) -> Iterator[memoryview]:
    view = memoryview(data)
    end = len(view)
    if length_size is not None:
        at = 0
        while at < end:
            if at + length_size > end:
                raise Malformed("a length cut short")
            length = int.from_bytes(view[at : at + length_size], "big")
            at += length_size
            if length == 0 or at + length > end:
                raise Malformed("a NAL unit longer than its packet")
            yield view[at : at + length]
            at += length
        return
    raw = bytes(view)
    start = raw.find(b"\x00\x00\x01")
    if start < 0:
        raise Malformed("no start code")
    while start >= 0:
        begin = start + 3
        start = raw.find(b"\x00\x00\x01", begin)
        stop = end if start < 0 else start
        while stop > begin and raw[stop - 1] == 0:  # a four-byte start code's zero, or trailing zeros
            stop -= 1
        if stop > begin:
            yield view[begin:stop]


def _two_exp_golomb(head: memoryview) -> tuple[int, int]:
    """The first two ue(v) values of a slice header (RBSP: emulation prevention removed)."""
    rbsp = bytes(head).replace(b"\x00\x00\x03", b"\x00\x00")
    bits = int.from_bytes(rbsp, "big")
    width = len(rbsp) * 8
    values = []
    for _ in range(2):
        zeros = width - bits.bit_length()  # leading zero bits
        length = 2 * zeros + 1
        if zeros > 31 or length > width:
            raise Malformed("slice header cut short")
        width -= length
        values.append((bits >> width) - 1)
        bits &= (1 << width) - 1
    return values[0], values[1]
