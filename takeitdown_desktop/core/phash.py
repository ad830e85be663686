"""pHash exactly as imagehash computes it, without importing the ``scipy.fft`` package.

``imagehash.phash`` converts the picture to greyscale, resizes it to 32x32 with Lanczos,
takes a two-dimensional DCT-II with ``scipy.fftpack.dct`` and compares the top-left 8x8
coefficients with their median. ``scipy.fftpack.dct`` ends in one call of SciPy's
pocketfft binding; importing the packages in front of it costs about 0.2 s of a core
(mostly ``scipy.fft``'s array-API compatibility layer, which this transform never uses),
paid by every worker process and by the command line hashing a single photo.

So we load that binding on its own and make the same call with the same arguments: the
coefficients are the same floats, and the hash the same bits. Where this SciPy keeps the
binding elsewhere, or it fails a pinned check, ``imagehash`` itself is used. The tests
compare the two on pictures of every kind.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import logging
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Final

import numpy as np
import numpy.typing as npt
from PIL import Image

log = logging.getLogger(__name__)

_BINDING: Final = "scipy.fft._pocketfft.pypocketfft"
#: SHA-256 of scipy.fftpack's 2-D DCT-II of :func:`_check_pixels`, as float64 bytes.
_PINNED_DCT: Final = "c5bb22d832dba8ecd841e5d9a08e3cd8225f53577786469353fe3330ecb87217"


def _load_binding() -> ModuleType | None:
    loaded = sys.modules.get(_BINDING)
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec("scipy")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = Path(folder) / "fft" / "_pocketfft" / f"pypocketfft{suffix}"
            if not path.is_file():
                continue
            loader = importlib.machinery.ExtensionFileLoader(_BINDING, str(path))
            found = importlib.util.spec_from_file_location(_BINDING, path, loader=loader)
            if found is None:
                return None
            module = importlib.util.module_from_spec(found)
            loader.exec_module(module)
            # Under its own name, so that scipy.fft, if something imports it later,
            # takes this module rather than loading the file a second time.
            sys.modules[_BINDING] = module
            return module
    return None


def _check_pixels() -> npt.NDArray[np.uint8]:
    return (np.arange(1024).reshape(32, 32) * 37 % 251).astype(np.uint8)


def _dct2(binding: ModuleType, pixels: npt.NDArray[np.generic]) -> npt.NDArray[np.float64]:
    """scipy.fftpack.dct(scipy.fftpack.dct(pixels, axis=0), axis=1), call for call:
    float64 input, type 2, unnormalised forward transform ("backward", code 0), one
    thread, no orthogonalisation asked for."""
    first = binding.dct(np.asarray(pixels, np.float64), 2, (0,), 0, None, 1, None)
    second: npt.NDArray[np.float64] = binding.dct(first, 2, (1,), 0, None, 1, None)
    return second


@cache
def _usable_binding() -> ModuleType | None:
    try:
        binding = _load_binding()
        if binding is None:
            return None
        result = _dct2(binding, _check_pixels())
        if hashlib.sha256(np.ascontiguousarray(result).tobytes()).hexdigest() != _PINNED_DCT:
            log.warning("SciPy's pocketfft gives other coefficients than pinned; using imagehash")
            return None
        return binding
    except Exception as exc:  # any surprise here only costs speed
        log.debug("pocketfft binding not usable: %s", type(exc).__name__)
        return None


def _check_picture(height: int, width: int) -> Image.Image:
    from takeitdown_desktop.core.pdq import _check_pattern

    return Image.fromarray(_check_pattern(height, width))


def _pillow_small(image: Image.Image) -> npt.NDArray[np.uint8]:
    return np.asarray(image.convert("L").resize((32, 32), Image.Resampling.LANCZOS))


@dataclass(frozen=True)
class _Compiled:
    module: ModuleType
    #: Largest side the compiled resize takes (its 32-bit partial sums stay exact up to it).
    max_side: int
    #: Whether this Pillow resizes columns first when the height shrinks by more than twice
    #: as many pixels as the width (Pillow 13 does; earlier versions always do rows first).
    pillow13_order: bool

    def small(self, image: Image.Image) -> npt.NDArray[np.uint8]:
        schema, array = image.__arrow_c_array__()
        out = np.empty((32, 32), np.uint8)
        self.module.phash_small_arrow(schema, array, image.height, image.width, self.pillow13_order, out)
        return out


@cache
def _usable_compiled() -> _Compiled | None:
    """The compiled greyscale-and-resize (``_pdqfast.phash_small_arrow``), set up to give
    this Pillow's very pixels, or None.

    Its coefficients come from libm's sin() as Pillow's do; a platform where the two were
    compiled to round differently shows it on these pictures, and Pillow is used. The
    pictures include tall ones, on which the two orders of Pillow's passes differ.
    """
    try:
        from takeitdown_desktop.core import _pdqfast
    except ImportError:
        return None
    if not hasattr(_pdqfast, "phash_small_arrow"):
        return None
    # Small, so that the check costs a few milliseconds; (400, 41) is tall enough for
    # Pillow 13 to resize its columns first.
    pictures = [_check_picture(h, w) for h, w in ((120, 97), (33, 301), (400, 41), (41, 400))]
    for order in (True, False):
        compiled = _Compiled(_pdqfast, _pdqfast.MAX_SMALL_SIDE, order)
        try:
            if all(np.array_equal(compiled.small(p), _pillow_small(p)) for p in pictures):
                return compiled
        except (ValueError, AttributeError, MemoryError) as exc:  # no Arrow export in this Pillow
            log.debug("compiled pHash resize not usable: %s", type(exc).__name__)
            return None
    log.warning("the compiled pHash resize differs from Pillow's here; using Pillow")
    return None


def small_picture(image: Image.Image) -> npt.NDArray[np.uint8]:
    """``image.convert("L").resize((32, 32), LANCZOS)`` as an array: Pillow's own pixels.

    For an RGB picture larger than 32x32 each way, the compiled code computes them where
    the decoded pixels lie, without a greyscale copy and faster than Pillow's resize (a
    quarter of a 12 MP photo's time went to the two).
    """
    compiled = _usable_compiled()
    if compiled is not None and image.mode == "RGB" and 32 < min(image.size) and max(image.size) <= compiled.max_side:
        try:
            return compiled.small(image)
        except (ValueError, AttributeError):  # pixels in several blocks: not exportable
            pass
    return _pillow_small(image)


def prepare() -> None:
    """Load and check what pHash uses, once: before worker processes are forked, so that
    each does not do it again."""
    _usable_binding()
    _usable_compiled()


def resize_implementation() -> str:
    """Which code makes pHash's 32x32 greyscale picture of an RGB photo: "compiled" or "Pillow"."""
    return "compiled" if _usable_compiled() is not None else "Pillow"


def implementation() -> str:
    """Which code computes pHash here: "pocketfft" (SciPy's binding, directly) or "imagehash"."""
    return "pocketfft" if _usable_binding() is not None else "imagehash"


def phash(image: Image.Image) -> str:
    """``str(imagehash.phash(image))``; raises where it raises (a mode with no greyscale)."""
    binding = _usable_binding()
    if binding is None:
        import imagehash

        return str(imagehash.phash(image))
    coefficients = _dct2(binding, small_picture(image))
    low = coefficients[:8, :8]
    bits = (low > np.median(low)).ravel()
    return f"{int(''.join('1' if b else '0' for b in bits), 2):016x}"
