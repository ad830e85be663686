"""core/h264.py: what a packet holds, read before the decoder is told to skip frames."""

from __future__ import annotations

import pytest

from takeitdown_desktop.core import h264


def ue(value: int) -> str:
    """An Exp-Golomb code, as bits."""
    bits = bin(value + 1)[2:]
    return "0" * (len(bits) - 1) + bits


def slice_nal(nal_type: int, ref_idc: int, first_mb: int, slice_type: int) -> bytes:
    bits = ue(first_mb) + ue(slice_type) + "1"
    bits += "0" * (-len(bits) % 8) + "10110011" * 12  # the rest of a slice, made up
    payload = int(bits, 2).to_bytes(len(bits) // 8, "big")
    return bytes([ref_idc << 5 | nal_type]) + payload


def avcc(*nals: bytes, size: int = 4) -> bytes:
    return b"".join(len(n).to_bytes(size, "big") + n for n in nals)


def annexb(*nals: bytes) -> bytes:
    return b"".join(b"\x00\x00\x00\x01" + n for n in nals)


AUD = b"\x09\xf0"
SEI = b"\x06\x05\x01\x00\x80"


@pytest.mark.parametrize(("slice_type", "bidirectional"), [(0, False), (1, True), (2, False), (5, False), (6, True), (7, False)])
@pytest.mark.parametrize("pack", [avcc, annexb])
def test_picture_kind(slice_type: int, bidirectional: bool, pack: object) -> None:
    data = pack(AUD, SEI, slice_nal(1, 0, 0, slice_type), slice_nal(1, 0, 40, slice_type))  # type: ignore[operator]
    picture = h264.picture(data, 4 if pack is avcc else None)
    assert picture == h264.Picture(bidirectional=bidirectional, reference=False)


def test_reference_mark_and_short_length_prefixes() -> None:
    data = avcc(slice_nal(5, 3, 0, 7), size=2)
    assert h264.picture(data, 2) == h264.Picture(bidirectional=False, reference=True)


def test_emulation_prevention_bytes_are_removed() -> None:
    # first_mb_in_slice 0 ("1"), slice_type 1 ("010"), then zeros that need an 0x03.
    nal = bytes([0x01]) + bytes([0b10100000, 0x00, 0x00, 0x03, 0x01])
    assert h264.picture(avcc(nal), 4).bidirectional


@pytest.mark.parametrize(
    ("data", "length_size"),
    [
        (avcc(AUD, SEI), 4),  # no picture: the decoder refuses it, or skips it in silence
        (annexb(AUD), None),
        (avcc(slice_nal(1, 2, 0, 0), slice_nal(1, 2, 0, 0)), 4),  # two pictures
        (avcc(slice_nal(1, 2, 9, 0)), 4),  # a picture without its start
        (avcc(slice_nal(1, 2, 0, 12)), 4),  # no such slice type
        (avcc(bytes([0x81]) + b"\xff" * 8), 4),  # forbidden bit
        (avcc(slice_nal(1, 2, 0, 0))[:-3], 4),  # cut short
        (avcc(slice_nal(1, 2, 0, 0)) + b"\x00\x00", 4),  # a length cut short
        (b"\x00\x00\x00\x01\x01" + b"\x00" * 16, 4),  # a slice header of zeros
        (b"\x12\x34\x56", None),  # no start code
    ],
)
def test_anything_else_is_malformed(data: bytes, length_size: int | None) -> None:
    with pytest.raises(h264.Malformed):
        h264.picture(data, length_size)


def test_length_size_from_avcc_record() -> None:
    assert h264.nal_length_size(bytes([1, 0x64, 0, 0x1F, 0xFF, 0xE1, 0])) == 4
    assert h264.nal_length_size(bytes([1, 0x64, 0, 0x1F, 0xFD, 0xE1, 0])) == 2
    assert h264.nal_length_size(b"\x00\x00\x00\x01\x67") is None
    assert h264.nal_length_size(None) is None
