"""vPDQ's RGB pixels for the frames where FFmpeg 8 changed swscale's answer.

vPDQ converts each frame to RGB with swscale (BT.601, ``SWS_AREA``, same size). An 8-bit
4:2:0 frame of even height goes through a special converter that every FFmpeg release
computes alike. Every other 4:2:0 frame (10- and 12-bit video, as from phones that film
HDR, and 8-bit frames of odd height) goes through swscale's general scaler, whose last
step FFmpeg 8.0 changed (commit 095f8038fa, "fix bilinear yuv2rgb chroma
interpolation"): before it, each output line took the nearest line of chroma or the plain
average of two; since, a weighted blend. The two differ by a few bits of PDQ.

vPDQ is built on the FFmpeg its system provides, and every long-term release in use
(FFmpeg 4.4 in Ubuntu 22.04, 5.1 in Debian 12, 6.1 in Ubuntu 24.04, 7.1 in Debian 13) has
the older rule, while the FFmpeg inside PyAV's wheels is 8.x. So for these frames we
compute the older result ourselves, integer for integer as swscale does on those
releases: the horizontal step to 15-bit samples, ``initFilter``'s vertical chroma filter,
and the ``yuv2rgb24_1`` (even width) or ``yuv2rgb24_full_1`` (odd width) output with the
tables of ``ff_yuv2rgb_c_init_tables``. The tests check it against vPDQ built on the
system's FFmpeg and, with FFmpeg 8's rule switched on, against the FFmpeg PyAV ships.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from av.video.frame import VideoFrame

IntArray = npt.NDArray[np.int64] | npt.NDArray[np.int32]

#: Lines converted at a time.
_BAND = 64

#: Planar 4:2:0 formats whose conversion the general scaler makes, by FFmpeg's name:
#: bits per sample, and full range (``yuvj``). 8-bit ones only at odd heights.
_FORMATS: dict[str, tuple[int, bool]] = {
    "yuv420p": (8, False),
    "yuvj420p": (8, True),
    "yuva420p": (8, False),
    "yuv420p9le": (9, False),
    "yuv420p10le": (10, False),
    "yuv420p12le": (12, False),
    "yuv420p14le": (14, False),
}


def needs_own_conversion(format_name: str, height: int) -> bool:
    """Whether FFmpeg 8 converts this frame differently from the FFmpeg vPDQ is built on."""
    spec = _FORMATS.get(format_name)
    if spec is None:
        return False
    bits, _ = spec
    return bits > 8 or height % 2 == 1


def rgb_from_frame(frame: VideoFrame, *, weighted_chroma: bool = False) -> npt.NDArray[np.uint8]:
    """The RGB24 pixels swscale before FFmpeg 8 makes of ``frame`` as vPDQ asks for them.

    ``weighted_chroma`` applies FFmpeg 8's rule instead; the tests use it to check this
    code against the FFmpeg PyAV ships.
    """
    bits, full_range = _FORMATS[frame.format.name]
    width, height = frame.width, frame.height
    chroma_w, chroma_h = (width + 1) >> 1, (height + 1) >> 1
    y = _plane(frame, 0, width, height, bits)
    u = _plane(frame, 1, chroma_w, chroma_h, bits)
    v = _plane(frame, 2, chroma_w, chroma_h, bits)
    return convert(y, u, v, bits, full_range=full_range, weighted_chroma=weighted_chroma)


def _plane(frame: VideoFrame, index: int, width: int, height: int, bits: int) -> IntArray:
    plane = frame.planes[index]
    size = 2 if bits > 8 else 1
    raw = np.frombuffer(memoryview(plane), np.uint8, count=height * plane.line_size)
    rows = raw.reshape(height, plane.line_size)[:, : width * size]
    samples = rows.view("<u2") if size == 2 else rows
    return samples.astype(np.int32)


def convert(
    y: IntArray, u: IntArray, v: IntArray, bits: int, *, full_range: bool = False, weighted_chroma: bool = False
) -> npt.NDArray[np.uint8]:
    """RGB24 from 4:2:0 planes of ``bits``-bit samples, as swscale computes it (see above)."""
    height, width = y.shape
    chroma_h, chroma_w = u.shape
    # Horizontal step: samples to 15 bits (hScale8To15 / hScale16To15 shift by bits - 1
    # after a filter whose unit is 1 << 14). Luma and even-width chroma are unscaled.
    shift = bits - 1
    y15 = (y << 14) >> shift
    odd_width = width % 2 == 1
    if odd_width:
        # swscale interpolates chroma to full width for an odd output width.
        taps, first = _filter(_increment(chroma_w, width), chroma_w, width, 4, 1 << 14, _position(1), _position(0))
        u15, v15 = (_hscale(c, taps, first, shift) for c in (u, v))
    else:
        u15, v15 = (c << (15 - bits) for c in (u, v))  # every format here has at most 14 bits
    plan = _vertical_plan(height, chroma_h)
    tables = _tables(full_range)
    out = np.empty((height, width, 3), np.uint8)
    # In bands of lines, so that a 4K frame needs a few megabytes beside its pixels.
    for top in range(0, height, _BAND):
        lines = slice(top, min(top + _BAND, height))
        if odd_width:
            u_rows, v_rows = (_rows_full(c, plan, lines, weighted_chroma) for c in (u15, v15))
            out[lines] = tables.rgb_full(y15[lines].astype(np.int64) * 4, u_rows, v_rows)
        else:
            u_rows, v_rows = (_rows_8bit(c, plan, lines, weighted_chroma) for c in (u15, v15))
            out[lines] = tables.rgb((y15[lines] + 64) >> 7, u_rows, v_rows, width)
    return out


# --- the vertical chroma filter ------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    """For each output line: the first chroma line and the two weights (unit 4096)."""

    first: IntArray
    second: IntArray
    weight: IntArray  # weight of the second line ("uvalpha")
    general: tuple[tuple[int, tuple[int, ...]], ...]  # lines whose filter is not two-tap


@cache
def _vertical_plan(height: int, chroma_h: int) -> _Plan:
    taps, first = _filter(_increment(chroma_h, height), chroma_h, height, 2, 1 << 12, _position(1), _position(0))
    second = np.minimum(first + 1, chroma_h - 1)
    weight = np.zeros(height, np.int32)
    general: list[tuple[int, tuple[int, ...]]] = []
    for row in range(height):
        t = taps[row]
        if len(t) == 1:
            continue
        if len(t) == 2 and t[0] + t[1] == 4096 and 0 <= t[1] <= 4096:
            weight[row] = t[1]
        else:  # not seen at 1:1 sizes; kept so that any filter is computed, not guessed
            general.append((row, tuple(int(c) for c in t)))
    return _Plan(first, second, weight, tuple(general))


def _rows_8bit(c15: IntArray, plan: _Plan, lines: slice, weighted: bool) -> IntArray:
    """Chroma of each output line as yuv2rgb24_1 reads it: 8-bit table indexes."""
    a, b, w = c15[plan.first[lines]], c15[plan.second[lines]], plan.weight[lines, None]
    if weighted:
        blend = (a * (4096 - w) + b * w + (128 << 11)) >> 19
        rows = np.where(w == 0, (a + 64) >> 7, blend)
    else:
        rows = np.where(w < 2048, (a + 64) >> 7, (a + b + 128) >> 8)
    for row, taps in plan.general:
        if not lines.start <= row < lines.stop:
            continue
        rows[row - lines.start] = ((1 << 18) + sum(c15[plan.first[row] + j] * t for j, t in enumerate(taps))) >> 19
    return np.clip(rows, 0, 255)


def _rows_full(c15: IntArray, plan: _Plan, lines: slice, weighted: bool) -> IntArray:
    """Chroma of each output line as yuv2rgb24_full_1 reads it (``c15`` in 64 bits, as
    the horizontal filter leaves it, so that the blends below cannot overflow)."""
    a, b, w = c15[plan.first[lines]], c15[plan.second[lines]], plan.weight[lines, None]
    if weighted:
        blend = (a * (4096 - w) + b * w - (128 << 19)) >> 10
        rows = np.where(w == 0, (a - (128 << 7)) * 4, blend)
    else:
        rows = np.where(w < 2048, (a - (128 << 7)) * 4, (a + b - (128 << 8)) * 2)
    for row, taps in plan.general:
        if not lines.start <= row < lines.stop:
            continue
        acc = sum(c15[plan.first[row] + j] * t for j, t in enumerate(taps))
        rows[row - lines.start] = ((1 << 9) - (128 << 19) + acc) >> 10
    return rows


# --- swscale's filter set-up (initFilter, for 1:1 and upscaling with SWS_AREA) ---------


def _position(subsample: int) -> int:
    """get_local_pos() for the default (unset) chroma position."""
    pos = (128 << subsample) - 128 + 128
    return pos >> subsample


def _increment(src: int, dst: int) -> int:
    return ((src << 16) + (dst >> 1)) // dst


def _c_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def _rounded_div(a: int, b: int) -> int:
    return _c_div(a + (b >> 1), b) if a >= 0 else _c_div(a - (b >> 1), b)


@cache
def _filter_cached(
    increment: int, src: int, dst: int, align: int, one: int, src_pos: int, dst_pos: int
) -> tuple[tuple[tuple[int, ...], ...], tuple[int, ...]]:
    unit = 1 << (54 - min(max((src // dst).bit_length() - 1, 0), 8))
    if abs(increment - 0x10000) < 10 and src_pos == dst_pos:
        size = 1
        rows = [[unit] for _ in range(dst)]
        pos = list(range(dst))
    elif increment <= 1 << 16:  # upscaling: SWS_AREA becomes bilinear
        size = 2
        rows, pos = [], []
        at = ((dst_pos * increment) >> 8) - ((src_pos * 0x8000) >> 7)
        for _ in range(dst):
            x = (at - ((size - 1) << 15) + (1 << 15)) >> 16
            pos.append(x)
            rows.append([max(unit - abs((x + j) * (1 << 16) - at) * (unit >> 16), 0) for j in range(size)])
            at += increment
    else:
        raise ValueError("only same-size and upscaling filters are needed")
    # Drop near-zero taps at either end (SWS_MAX_REDUCE_CUTOFF).
    cutoff = 0.002 * unit
    min_size = 0
    for i in range(dst - 1, -1, -1):
        row = rows[i]
        keep = size
        total = 0
        for _ in range(size):
            total += abs(row[0])
            if total > cutoff or (i < dst - 1 and pos[i] >= pos[i + 1]):
                break
            row[:] = row[1:] + [0]
            pos[i] += 1
        total = 0
        for j in range(size - 1, 0, -1):
            total += abs(row[j])
            if total > cutoff:
                break
            keep -= 1
        min_size = max(min_size, keep)
    if min_size == 1 and align == 2:  # as on x86 (MMX and later)
        align = 1
    new_size = (min_size + align - 1) & ~(align - 1)
    rows = [[r[j] if j < size else 0 for j in range(new_size)] for r in rows]
    size = new_size
    # Keep every tap inside the source.
    for i in range(dst):
        row = rows[i]
        if pos[i] < 0:
            for j in range(1, size):
                left = max(j + pos[i], 0)
                row[left] += row[j]
                row[j] = 0
            pos[i] = 0
        if pos[i] + size > src:
            move = pos[i] + min(size - src, 0)
            spill = 0
            for j in range(size - 1, -1, -1):
                if pos[i] + j >= src:
                    spill += row[j]
                    row[j] = 0
            for j in range(size - 1, -1, -1):
                row[j] = 0 if j < move else row[j - move]
            pos[i] -= move
            row[src - 1 - pos[i]] += spill
    # Scale to ``one`` with the rounding error carried along the row.
    out = []
    for row in rows:
        scale = (sum(row) + one // 2) // one or 1
        error = 0
        scaled = []
        for c in row:
            c += error
            q = _rounded_div(c, scale)
            scaled.append(q)
            error = c - q * scale
        out.append(tuple(scaled))
    return tuple(out), tuple(pos)


def _filter(
    increment: int, src: int, dst: int, align: int, one: int, src_pos: int, dst_pos: int
) -> tuple[IntArray, IntArray]:
    taps, first = _filter_cached(increment, src, dst, align, one, src_pos, dst_pos)
    return np.array(taps, np.int64), np.array(first, np.int64)


def _hscale(plane: IntArray, taps: IntArray, first: IntArray, shift: int) -> IntArray:
    index = np.minimum(first[:, None] + np.arange(taps.shape[1]), plane.shape[1] - 1)
    total: IntArray = (plane[:, index].astype(np.int64) * taps[None, :, :]).sum(axis=-1)
    clipped: IntArray = np.minimum(total >> shift, (1 << 15) - 1)
    return clipped


# --- YUV to RGB (ff_yuv2rgb_c_init_tables, BT.601) -----------------------------------


def _int16(value: int) -> int:
    r = (value + (1 << 15)) >> 16
    return max(-0x8000, min(0x7FFF, r))


class _Tables:
    def __init__(self, full_range: bool) -> None:
        crv, cbu, cgu, cgv = 104597, 132201, -25675, -53279  # BT.601
        cy, oy = 1 << 16, 0
        if full_range:
            crv, cbu, cgu, cgv = (_c_div(c * 224, 255) for c in (crv, cbu, cgu, cgv))
        else:
            cy, oy = (cy * 255) // 219, 16 << 16
        # Contrast and saturation are 1.0, brightness 0: the scaling steps change nothing
        # but the rounding of the coefficients, which is kept.
        crv, cbu, cgu, cgv = ((c * (1 << 16) * (1 << 16)) >> 32 for c in (crv, cbu, cgu, cgv))
        self.y_coeff = _int16(cy * (1 << 13))
        self.y_offset = _int16(oy * (1 << 9))
        self.v2r, self.v2g = _int16(crv * (1 << 13)), _int16(cgv * (1 << 13))
        self.u2g, self.u2b = _int16(cgu * (1 << 13)), _int16(cbu * (1 << 13))
        crv, cbu, cgu, cgv = (_c_div(c * (1 << 16) + 0x8000, max(cy, 1)) for c in (crv, cbu, cgu, cgv))
        headroom = 512
        y_offset = (384 if full_range else 326) + headroom
        base = -(384 << 16) - headroom * cy - oy
        self.ytab = np.clip((base + np.arange(1024 + 2 * headroom, dtype=np.int64) * cy + 0x8000) >> 16, 0, 255).astype(
            np.uint8
        )
        c = np.arange(256, dtype=np.int64)
        self.r_v = y_offset - (crv >> 9) + ((c * crv) >> 16)
        self.g_u = y_offset - (cgu >> 9) + ((c * cgu) >> 16)
        self.g_v = -(cgv >> 9) + ((c * cgv) >> 16)
        self.b_u = y_offset - (cbu >> 9) + ((c * cbu) >> 16)

    def rgb(self, y: IntArray, u: IntArray, v: IntArray, width: int) -> npt.NDArray[np.uint8]:
        """yuv2rgb24_1: two pixels share one chroma sample."""
        out = np.empty((*y.shape, 3), np.uint8)
        for channel, offsets in enumerate((self.r_v[v], self.g_u[u] + self.g_v[v], self.b_u[u])):
            out[..., channel] = self.ytab[np.repeat(offsets, 2, axis=1)[:, :width] + y]
        return out

    def rgb_full(self, y: IntArray, u: IntArray, v: IntArray) -> npt.NDArray[np.uint8]:
        """yuv2rgb24_full_1 (yuv2rgb_write_full), in 32-bit integers as in C."""
        y = (y - self.y_offset) * self.y_coeff + (1 << 21)
        out = np.empty((*y.shape, 3), np.uint8)
        for channel, value in enumerate((y + v * self.v2r, y + v * self.v2g + u * self.u2g, y + u * self.u2b)):
            value = ((value + (1 << 31)) & 0xFFFFFFFF) - (1 << 31)
            out[..., channel] = np.clip(value, 0, (1 << 30) - 1) >> 22
        return out


@cache
def _tables(full_range: bool) -> _Tables:
    return _Tables(full_range)
