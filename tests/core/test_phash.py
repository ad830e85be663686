"""pHash without the scipy.fft package: the same bits as imagehash on every kind of picture."""

from __future__ import annotations

import subprocess
import sys

import imagehash
import numpy as np
import pytest
from PIL import Image

from takeitdown_desktop.core import phash


def pictures() -> list[tuple[str, Image.Image]]:
    rng = np.random.default_rng(20261202)
    out: list[tuple[str, Image.Image]] = []
    for w, h in ((1, 1), (2, 2), (3, 7), (31, 33), (32, 32), (640, 480), (1201, 797)):
        out.append((f"noise {w}x{h}", Image.fromarray(rng.integers(0, 256, (h, w, 3), dtype=np.uint8))))
    yy, xx = np.mgrid[0:300, 0:400]
    out.append(("gradient", Image.fromarray(((xx + yy) % 256).astype(np.uint8))))
    for value in (0, 128, 255):  # flat: every coefficient but one is zero, ties at the median
        out.append((f"flat {value}", Image.new("RGB", (64, 48), (value,) * 3)))
    out.append(("stripes", Image.fromarray(((xx // 7) % 2 * 255).astype(np.uint8))))
    base = out[5][1]
    for mode in ("L", "LA", "RGBA", "P", "CMYK", "YCbCr", "1", "I", "I;16", "F", "HSV"):
        out.append((f"mode {mode}", base.convert(mode)))
    return out


@pytest.mark.parametrize(("name", "picture"), pictures(), ids=[n for n, _ in pictures()])
def test_same_bits_as_imagehash(name: str, picture: Image.Image) -> None:
    assert phash.implementation() == "pocketfft"  # the fast path is the one in use
    assert phash.phash(picture) == str(imagehash.phash(picture))


def test_raises_where_imagehash_raises() -> None:
    lab = Image.new("RGB", (40, 40), (10, 200, 30)).convert("LAB")
    with pytest.raises(ValueError):
        imagehash.phash(lab)
    with pytest.raises(ValueError):
        phash.phash(lab)


def test_scipy_fft_is_not_imported_and_still_works_after() -> None:
    code = """
import sys
from PIL import Image
from takeitdown_desktop.core import phash
picture = Image.effect_mandelbrot((120, 90), (-2, -1, 1, 1), 50)
ours = phash.phash(picture)
assert phash.implementation() == "pocketfft"
assert "scipy.fft" not in sys.modules and "scipy.fftpack" not in sys.modules, sorted(m for m in sys.modules if m.startswith("scipy"))
import imagehash, scipy.fftpack  # later, the whole package: it takes the binding already loaded
assert str(imagehash.phash(picture)) == ours
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "ok", done.stderr
