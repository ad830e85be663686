"""PDQ perceptual hash, bit-identical to Meta's C++ reference (ThreatExchange ``pdq/cpp``).

A PDQ hash that differs from the one platforms compute matches nothing, so every
floating-point operation below happens in the same precision and the same order as the
reference: luma in float64 rounded to float32 (as the ``pdqhash`` bindings do), Jarosz
box filters as sequential float32 running sums, nearest sampling at pixel centres, a
16x16 DCT accumulated term by term, and the lower median with a strict ``>``.

The reference filters the whole image twice in both directions and then keeps 64x64
samples; we compute the same running sums but only store what later steps read.
Running sums are inherently sequential along a row, so we vectorise *across* rows:
each step of the recurrence is one numpy operation on a contiguous vector of lanes.

The same loops are compiled from ``_pdqfast.c`` when a C compiler was available at
install time; that code is used when present (it is several times faster, chiefly on
small pictures where numpy's per-step call overhead dominates), and this numpy code is
the fallback and the specification. Tests hold both to Meta's C++ bit for bit.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Final, Protocol

import numpy as np
import numpy.typing as npt

from takeitdown_desktop.core.hashes import PDQ_MATCH_DISTANCE, PDQ_QUALITY_THRESHOLD, PdqHash

#: Images smaller than this in either dimension hash to all zeros with quality 0.
MIN_HASHABLE_DIM: Final = 5
QUALITY_THRESHOLD: Final = PDQ_QUALITY_THRESHOLD
MATCH_DISTANCE: Final = PDQ_MATCH_DISTANCE

_NUM_JAROSZ_XY_PASSES: Final = 2
_ROWS_PER_STRIP: Final = 32

Float32Array = npt.NDArray[np.float32]

log = logging.getLogger(__name__)



def _load_compiled() -> ModuleType | None:
    try:
        from takeitdown_desktop.core import _pdqfast
    except ImportError:  # installed without a C compiler: numpy does the same work
        return None
    return _pdqfast


_compiled: Final = _load_compiled()


def _dct_matrix() -> Float32Array:
    # As the reference: a float scale factor times a double cosine, stored as float.
    # math.cos is the C library's cos, like std::cos; numpy's own may differ in the last ulp.
    scale = float(np.float32(math.sqrt(2.0 / 64.0)))
    step = math.pi / 2.0 / 64.0
    d = np.empty((16, 64), dtype=np.float32)
    for i in range(16):
        for j in range(64):
            d[i, j] = scale * math.cos(step * (i + 1) * (2 * j + 1))
    return d


_DCT: Final = _dct_matrix()
_DCT_T: Final = np.ascontiguousarray(_DCT.T)

# float64 luma lookup tables; the reference bindings compute
# float32(R * 0.299 + G * 0.587 + B * 0.114) in float64, left to right.
_LUMA_R: Final = np.arange(256, dtype=np.float64) * 0.299
_LUMA_G: Final = np.arange(256, dtype=np.float64) * 0.587
_LUMA_B: Final = np.arange(256, dtype=np.float64) * 0.114
# Indexed by the little-endian uint16 formed by an R byte and the G byte after it.
_LUMA_RG: Final = (_LUMA_G[:, None] + _LUMA_R[None, :]).ravel()
# Indexed by (R << 8) | G, for frames in BGR order.
_LUMA_GR: Final = (_LUMA_R[:, None] + _LUMA_G[None, :]).ravel()

# Meta's C++ (and so vPDQ, which hashes video frames with it) computes luma in float:
# float(0.299f * R + 0.587f * G) + 0.114f * B, every step rounded to float32.
_LUMA32_R: Final = np.float32(0.299) * np.arange(256, dtype=np.float32)
_LUMA32_G: Final = np.float32(0.587) * np.arange(256, dtype=np.float32)
_LUMA32_B: Final = np.float32(0.114) * np.arange(256, dtype=np.float32)
_LUMA32_RG: Final = (_LUMA32_G[:, None] + _LUMA32_R[None, :]).ravel()
_LUMA32_GR: Final = (_LUMA32_R[:, None] + _LUMA32_G[None, :]).ravel()


@dataclass(frozen=True, slots=True)
class PdqResult:
    """A PDQ hash with its quality (0-100)."""

    hash: PdqHash
    quality: int

    def to_json(self) -> dict[str, object]:
        return {"hash": str(self.hash), "quality": self.quality}


class PdqFloats:
    """The 16x16 DCT block a PDQ hash is cut from, with the image's quality.

    Keeping the floats lets the eight dihedral variants be derived without re-hashing.
    """

    __slots__ = ("dct", "quality")

    def __init__(self, dct: Float32Array, quality: int) -> None:
        self.dct = dct
        self.quality = quality

    def result(self) -> PdqResult:
        return PdqResult(_bits_to_hash(self.dct), self.quality)

    def dihedral(self) -> dict[str, PdqResult]:
        """The hashes of the image rotated and flipped, as ``pdqDihedralHash256es`` gives them."""
        a = self.dct
        even_row = (np.arange(16) % 2 == 0)[:, None]
        even_col = (np.arange(16) % 2 == 0)[None, :]
        odd_sum = ((np.arange(16)[:, None] + np.arange(16)[None, :]) % 2) == 1
        variants = {
            "original": a,
            "rotate90": np.where(even_col, -a, a).T,
            "rotate180": np.where(odd_sum, -a, a),
            "rotate270": np.where(even_row, -a, a).T,
            "flip_x": np.where(even_row, -a, a),
            "flip_y": np.where(even_col, -a, a),
            "flip_plus1": a.T,
            "flip_minus1": np.where(odd_sum, -a, a).T,
        }
        return {
            name: PdqResult(_bits_to_hash(np.ascontiguousarray(v)), self.quality)
            for name, v in variants.items()
        }


class _LumaScratch:
    """Reusable per-strip buffers, so the hot loop allocates nothing."""

    def __init__(self, rows: int, width: int, dtype: type[np.floating[Any]] = np.float64) -> None:
        self.acc = np.empty((rows, width), dtype=dtype)
        self.tmp = np.empty((rows, width), dtype=dtype)
        self.index = np.empty((rows, width), dtype=np.intp)
        single = dtype == np.float32
        self.tables = (
            (_LUMA32_RG, _LUMA32_GR, _LUMA32_B) if single else (_LUMA_RG, _LUMA_GR, _LUMA_B)
        )


def _luma_strip(block: npt.NDArray[np.uint8], s: _LumaScratch, bgr: bool) -> npt.NDArray[np.floating[Any]]:
    """Exact luma of a contiguous ``(n, W, 3)`` uint8 block, in ``s.acc[:n]``."""
    n, width, _ = block.shape
    acc, tmp, index = s.acc[:n], s.tmp[:n], s.index[:n]
    table_rg, table_gr, table_b = s.tables
    # A little-endian uint16 read at a pixel's first byte gives (second << 8) | first, so
    # one gather from a 64K-entry table yields the exact float64 R*0.299 + G*0.587.
    # For BGR the pair starting at byte 1 is (R << 8) | G, which the transposed table serves.
    pair = np.ndarray((n, width), dtype="<u2", buffer=block, offset=1 if bgr else 0, strides=(width * 3, 3))
    # np.take is several times faster with intp indices than with narrow ones, and
    # "clip" skips bounds checks that cannot fail for uint8/uint16 indices.
    np.copyto(index, pair, casting="unsafe")
    np.take(table_gr if bgr else table_rg, index, out=acc, mode="clip")
    np.copyto(index, block[:, :, 0 if bgr else 2], casting="unsafe")
    np.take(table_b, index, out=tmp, mode="clip")
    np.add(acc, tmp, out=acc)
    return acc


def luma_from_rgb(rgb: npt.NDArray[np.uint8], *, bgr: bool = False, single: bool = False) -> Float32Array:
    """Float32 luma of an ``(H, W, 3)`` uint8 array (``bgr`` for blue-green-red order).

    By default exactly as the ``pdqhash`` bindings (and so python-threatexchange) compute
    it for photos, in float64 then rounded; with ``single=True`` exactly as Meta's C++
    ``fillFloatLumaFromRGB`` does in float32, which is what vPDQ uses for video frames.
    """
    if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8:
        raise ValueError("expected an (H, W, 3) uint8 array")
    rgb = np.ascontiguousarray(rgb)
    height, width, _ = rgb.shape
    luma = np.empty((height, width), dtype=np.float32)
    if height == 0 or width == 0:
        return luma
    if _active is not None:
        _active.luma(rgb, luma, bgr, single)
        return luma
    strip = min(_ROWS_PER_STRIP, height)
    scratch = _LumaScratch(strip, width, np.float32 if single else np.float64)
    for top in range(0, height, strip):
        n = min(strip, height - top)
        luma[top : top + n] = _luma_strip(rgb[top : top + n], scratch, bgr)
    return luma


def luma_from_strips(strips: Iterable[npt.NDArray[np.uint8]], height: int, width: int) -> Float32Array:
    """Luma of an RGB image delivered as row strips, so the whole RGB image never has to
    exist as one array next to the decoded one."""
    luma = np.empty((height, width), dtype=np.float32)
    scratch: _LumaScratch | None = None
    top = 0
    for block in strips:
        n = block.shape[0]
        if block.shape[1:] != (width, 3) or block.dtype != np.uint8 or top + n > height:
            raise ValueError("strip does not fit the image")
        if _active is not None:
            _active.luma(np.ascontiguousarray(block), luma[top : top + n], False, False)
            top += n
            continue
        if scratch is None or scratch.acc.shape[0] < n:
            scratch = _LumaScratch(n, width)
        luma[top : top + n] = _luma_strip(np.ascontiguousarray(block), scratch, False)
        top += n
    if top != height:
        raise ValueError("strips do not cover the image")
    return luma


class ArrowExportable(Protocol):
    def __arrow_c_array__(self, requested_schema: object | None = None) -> tuple[object, object]: ...


def luma_from_arrow(image: ArrowExportable, height: int, width: int) -> Float32Array:
    """Luma of an RGB image that lends its pixels through the Arrow C data interface
    (as Pillow does when the image is one block of memory), read in place.

    Raises ValueError when the compiled code is not in use or the export is not 8-bit
    RGB of that size; :func:`luma_from_strips` serves then.
    """
    if _active is None:
        raise ValueError("reading Arrow exports needs the compiled code")
    schema, array = image.__arrow_c_array__()
    luma = np.empty((height, width), dtype=np.float32)
    _active.luma_arrow(schema, array, luma)
    return luma


def jarosz_window(old_dim: int, new_dim: int = 64) -> int:
    """Box window for one Jarosz pass: ceil(old_dim / (2 * new_dim))."""
    return (old_dim + 2 * new_dim - 1) // (2 * new_dim)


def _box_counts(length: int, window: int) -> Float32Array:
    """The divisor the reference uses at each output position of a 1-D box pass."""
    half = (window + 2) // 2
    counts = np.full(length, window, dtype=np.float32)
    head = window - half + 1
    counts[:head] = np.arange(half, window + 1, dtype=np.float32)
    tail = half - 1
    if tail:
        counts[length - tail :] = np.arange(window - 1, window - 1 - tail, -1, dtype=np.float32)
    return counts


def _box_full(src: Float32Array, window: int, out: Float32Array) -> None:
    """One 1-D box pass along axis 0 of ``src`` into ``out`` (same shape, not aliased).

    Running sums are written into ``out`` as they are formed, then divided in bulk: the
    same float32 operations in the same order as ``box1DFloat``.
    """
    length = src.shape[0]
    half = (window + 2) // 2
    add, sub = np.add, np.subtract
    acc = np.zeros(src.shape[1], dtype=np.float32)
    ri = 0
    for _ in range(half - 1):
        add(acc, src[ri], out=acc)
        ri += 1
    prev = acc
    oi = 0
    for _ in range(window - half + 1):
        add(prev, src[ri], out=out[oi])
        prev = out[oi]
        ri += 1
        oi += 1
    li = 0
    for _ in range(length - window):
        row = out[oi]
        add(prev, src[ri], out=row)
        sub(row, src[li], out=row)
        prev = row
        ri += 1
        li += 1
        oi += 1
    for _ in range(half - 1):
        sub(prev, src[li], out=out[oi])
        prev = out[oi]
        li += 1
        oi += 1
    np.divide(out, _box_counts(length, window)[:, None], out=out)


def _box_sampled(src: Float32Array, window: int, keep: npt.NDArray[np.intp]) -> Float32Array:
    """A 1-D box pass along axis 0 that returns only the output rows in ``keep``.

    ``keep`` is sorted and, for inputs narrower than 64, has repeats.
    """
    length = src.shape[0]
    half = (window + 2) // 2
    counts = _box_counts(length, window)
    positions, inverse = np.unique(keep, return_inverse=True)
    result = np.empty((len(positions), src.shape[1]), dtype=np.float32)
    wanted = {int(k): n for n, k in enumerate(positions)}
    add, sub = np.add, np.subtract
    acc = np.zeros(src.shape[1], dtype=np.float32)
    ri = li = oi = 0
    for _ in range(half - 1):
        add(acc, src[ri], out=acc)
        ri += 1
    last = int(keep[-1])
    for _ in range(window - half + 1):
        add(acc, src[ri], out=acc)
        ri += 1
        if oi in wanted:
            np.divide(acc, counts[oi], out=result[wanted[oi]])
        oi += 1
    while oi <= last and ri < length:
        add(acc, src[ri], out=acc)
        sub(acc, src[li], out=acc)
        ri += 1
        li += 1
        if oi in wanted:
            np.divide(acc, counts[oi], out=result[wanted[oi]])
        oi += 1
    while oi <= last:
        sub(acc, src[li], out=acc)
        li += 1
        if oi in wanted:
            np.divide(acc, counts[oi], out=result[wanted[oi]])
        oi += 1
    return result[inverse]


def _sample_positions(length: int) -> npt.NDArray[np.intp]:
    # Pixel centres, computed in double as decimateFloat does.
    return np.array([int(((i + 0.5) * length) / 64) for i in range(64)], dtype=np.intp)


def _transpose(a: Float32Array, out: Float32Array | None = None) -> Float32Array:
    # Only the numpy fallback transposes; the compiled filters never need to.
    if out is None:
        return np.ascontiguousarray(a.T)
    out[...] = a.T
    return out


def downsample_64(luma: Float32Array, *, consume: bool = False) -> Float32Array:
    """Blur and decimate a luma image (rows first) to the 64x64 block PDQ works on.

    With ``consume=True`` the caller hands over ``luma`` (contiguous float32) and its
    memory is reused as scratch, so the whole computation needs one more image-sized
    buffer rather than two.

    Every pass works in "lanes" layout: the axis it runs along is axis 0, so each step
    of the running sum is one contiguous vector operation across all the other lines.
    """
    rows, cols = luma.shape
    if rows == 64 and cols == 64:
        # The reference skips the blur for inputs that are already 64x64.
        return np.array(luma, dtype=np.float32, copy=True)
    if _active is not None:
        # Streams over the image without writing to it, so ``consume`` is moot.
        block = np.empty((64, 64), dtype=np.float32)
        _active.downsample(np.ascontiguousarray(luma, dtype=np.float32), rows, cols, block)
        return block
    win_along_rows = jarosz_window(cols)
    win_along_cols = jarosz_window(rows)
    if consume and luma.dtype == np.float32 and luma.flags.c_contiguous:
        a = _transpose(luma)  # (cols, rows)
        b = luma.reshape(cols, rows)
    else:
        a = _transpose(np.ascontiguousarray(luma, dtype=np.float32))
        b = np.empty_like(a)
    del luma
    for _ in range(_NUM_JAROSZ_XY_PASSES - 1):
        _box_full(a, win_along_rows, b)  # along each image row
        a = a.reshape(rows, cols)
        _transpose(b, out=a)
        b = b.reshape(rows, cols)
        _box_full(a, win_along_cols, b)  # along each image column
        a = a.reshape(cols, rows)
        _transpose(b, out=a)
    del b
    # Last pass: only the 64 sampled columns, then only the 64 sampled rows, are read.
    along_rows = _box_sampled(a, win_along_rows, _sample_positions(cols))  # (64, rows)
    del a
    return _box_sampled(np.ascontiguousarray(along_rows.T), win_along_cols, _sample_positions(rows))


def quality_metric(block: Float32Array) -> int:
    """The reference's gradient-based quality of a 64x64 block, 0-100."""
    hundred, denom = np.float32(100), np.float32(255)
    total = 0
    for diff in (block[:-1, :] - block[1:, :], block[:, :-1] - block[:, 1:]):
        scaled = np.divide(np.multiply(diff, hundred), denom)
        total += int(np.abs(scaled.astype(np.int32)).sum(dtype=np.int64))
    return min(total // 90, 100)


def dct_64_to_16(block: Float32Array) -> Float32Array:
    """D @ block @ D.T with each dot product summed term by term in float32, as the reference."""
    d = _DCT
    t = np.zeros((16, 64), dtype=np.float32)
    for k in range(64):
        t += d[:, k : k + 1] * block[k : k + 1, :]
    b = np.zeros((16, 16), dtype=np.float32)
    for k in range(64):
        b += t[:, k : k + 1] * _DCT_T[k : k + 1, :]
    return b


def _bits_to_hash(dct: Float32Array) -> PdqHash:
    median = np.sort(dct, axis=None)[127]  # Torben's median of 256: the lower one
    bits = (dct > median).astype(np.uint32)  # bit (i, j) is bit j of 16-bit word i
    words = (bits << np.arange(16, dtype=np.uint32)[None, :]).sum(axis=1)
    return PdqHash("".join(f"{int(w):04x}" for w in words[::-1]))


def pdq_floats_from_block(block: Float32Array) -> PdqFloats:
    """PDQ's DCT block and quality from the 64x64 downsample."""
    if _active is not None:
        dct = np.empty((16, 16), dtype=np.float32)
        quality = _active.dct_quality(np.ascontiguousarray(block, dtype=np.float32), _DCT, dct)
        return PdqFloats(dct, int(quality))
    return PdqFloats(dct_64_to_16(block), quality_metric(block))


def pdq_floats_from_luma(luma: Float32Array, *, consume: bool = False) -> PdqFloats:
    """PDQ's DCT block and quality for a float32 luma image (rows first)."""
    rows, cols = luma.shape
    if rows < MIN_HASHABLE_DIM or cols < MIN_HASHABLE_DIM:
        return PdqFloats(np.zeros((16, 16), dtype=np.float32), 0)
    return pdq_floats_from_block(downsample_64(luma, consume=consume))


def pdq_floats_from_arrow(image: ArrowExportable, height: int, width: int) -> PdqFloats:
    """PDQ's DCT block and quality of an RGB image lent through the Arrow C data interface
    (see :func:`luma_from_arrow`), computing luma row by row as the filter needs it, so
    that no image-sized buffer is allocated. Raises ValueError as that function does."""
    if _active is None:
        raise ValueError("reading Arrow exports needs the compiled code")
    schema, array = image.__arrow_c_array__()
    if height < MIN_HASHABLE_DIM or width < MIN_HASHABLE_DIM:
        return PdqFloats(np.zeros((16, 16), dtype=np.float32), 0)
    block = np.empty((64, 64), dtype=np.float32)
    _active.downsample_arrow(schema, array, height, width, block)
    return pdq_floats_from_block(block)


def pdq_from_rgb(rgb: npt.NDArray[np.uint8]) -> PdqResult:
    """PDQ hash and quality of an ``(H, W, 3)`` uint8 RGB array (``pdqhash.compute``)."""
    rows, cols = rgb.shape[:2]
    if rows < MIN_HASHABLE_DIM or cols < MIN_HASHABLE_DIM:
        return PdqResult(PdqHash.zero(), 0)
    return pdq_floats_from_luma(luma_from_rgb(rgb), consume=True).result()


def hamming(a: PdqHash | str, b: PdqHash | str) -> int:
    """Number of differing bits between two PDQ hashes."""
    return (int(str(a), 16) ^ int(str(b), 16)).bit_count()


# -- choosing between the compiled loops and numpy ------------------------------------

def _check_pattern(height: int = 300, width: int = 261) -> npt.NDArray[np.uint8]:
    """A fixed RGB picture (edges, gradients, hashed texture) from integer arithmetic only;
    at the default size its box windows exceed one pixel."""
    y, x = np.mgrid[0:height, 0:width].astype(np.int64)
    r = (x * 255) // max(width - 1, 1)
    g = ((x * 7 + y * 13) ^ (x * y)) % 256
    b = ((y * 255) // max(height - 1, 1) + 40 * (((x // 17) + (y // 23)) % 2)) % 256
    return np.stack([r, g, b], axis=-1).astype(np.uint8)


#: PDQ of :func:`_check_pattern` by Meta's C++ (the tests hold this to ``pdqhash``).
_CHECK_HASH: Final = "882e7d77683be75e800180efe14580d775f6805177fe80d5717e80510adff17a"


def _verified(module: ModuleType | None) -> ModuleType | None:
    """``module`` if its arithmetic gives the reference's bits on a fixed picture.

    A build with the wrong floating-point flags (say, fast-math forced through CFLAGS)
    would silently produce hashes that match nothing; this costs well under a
    millisecond and falls back to numpy instead.
    """
    if module is None:
        return None
    global _active
    previous, _active = _active, module
    try:
        got = str(pdq_from_rgb(_check_pattern()).hash)
    finally:
        _active = previous
    if got != _CHECK_HASH:
        log.warning("the compiled PDQ code gives wrong results here; using the slower numpy code")
        return None
    return module


_active: ModuleType | None = None
_active = _verified(_compiled)


def implementations() -> tuple[str, ...]:
    """The PDQ implementations usable here, the one in use first."""
    return ("compiled", "numpy") if _verified(_compiled) is not None else ("numpy",)


def implementation() -> str:
    """The PDQ implementation in use: ``"compiled"`` or ``"numpy"``."""
    return "compiled" if _active is not None else "numpy"


@contextmanager
def using(name: str) -> Iterator[None]:
    """Run PDQ with the named implementation inside the block (for tests and benchmarks)."""
    global _active
    if name not in implementations():
        raise ValueError(f"PDQ implementation {name!r} is not available here")
    previous = _active
    _active = _compiled if name == "compiled" else None
    try:
        yield
    finally:
        _active = previous
