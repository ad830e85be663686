"""pHash without the scipy.fft package: the same bits as imagehash on every kind of picture."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import imagehash
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
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


# -- the compiled greyscale-and-resize ------------------------------------------------


@pytest.fixture
def one_block() -> Iterator[None]:
    """Pillow's pixels in one block, as the app sets it up, so that they can be lent."""
    from takeitdown_desktop.core.image import MAX_IMAGE_PIXELS

    before = Image.core.get_block_size()
    Image.core.set_block_size(-(-4 * MAX_IMAGE_PIXELS // 4096) * 4096)
    yield
    Image.core.set_block_size(before)


def _rgb(kind: str, height: int, width: int, seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    if kind == "noise":
        pixels = rng.integers(0, 256, (height, width, 3), dtype=np.uint8)
    elif kind == "photo-like":  # smooth areas, soft edges and mild noise
        y, x = np.mgrid[0:height, 0:width]
        base = 128 + 90 * np.sin(x / max(width, 1) * 7 + rng.uniform(0, 6)) * np.cos(y / max(height, 1) * 5)
        pixels = np.clip(base[..., None] + rng.normal(0, 12, (height, width, 3)), 0, 255).astype(np.uint8)
    elif kind == "edges":  # hard black and white, where a rounding slip shows at once
        y, x = np.mgrid[0:height, 0:width]
        pixels = np.repeat((((x // 3) + (y // 5)) % 2 * 255).astype(np.uint8)[..., None], 3, axis=2)
    else:  # near-flat: sums that sit on rounding boundaries
        pixels = np.full((height, width, 3), rng.integers(0, 256), np.uint8)
        pixels[rng.integers(0, height), rng.integers(0, width)] ^= 1
    return Image.fromarray(pixels)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(["noise", "photo-like", "edges", "flat"]),
    height=st.integers(33, 1400),
    width=st.integers(33, 1400),
    tall=st.integers(1, 5),
    seed=st.integers(0, 2**32 - 1),
)
def test_compiled_resize_is_pillows_to_the_pixel(one_block: None, kind: str, height: int, width: int, tall: int, seed: int) -> None:
    """Every size from 33 up, and pictures up to five times taller than wide, where
    Pillow 13 runs its passes in the other order."""
    if tall > 1:
        height = min(width * tall + seed % 40, 4000)
    picture = _rgb(kind, height, width, seed)
    compiled = phash._usable_compiled()
    assert compiled is not None, "the compiled resize should be in use wherever the extension is built"
    np.testing.assert_array_equal(compiled.small(picture), np.asarray(picture.convert("L").resize((32, 32), Image.Resampling.LANCZOS)))


@pytest.mark.parametrize(("height", "width"), [(3000, 4000), (4000, 3000), (2532, 1170), (16384, 40), (33, 16384), (33, 33)])
def test_compiled_resize_at_phone_and_extreme_sizes(one_block: None, height: int, width: int) -> None:
    picture = _rgb("photo-like", height, width, seed=height * 7 + width)
    assert phash.small_picture(picture).tobytes() == picture.convert("L").resize((32, 32), Image.Resampling.LANCZOS).tobytes()
    assert phash.phash(picture) == str(imagehash.phash(picture))


def test_pictures_pillow_cannot_lend_still_get_pillows_pixels() -> None:
    """Pillow's default 16 MB blocks split a 12 MP picture; then Pillow resizes it."""
    before = Image.core.get_block_size()
    Image.core.set_block_size(16 * 1024 * 1024)
    try:
        picture = _rgb("noise", 3000, 4000, seed=1)
    finally:
        Image.core.set_block_size(before)
    with pytest.raises(ValueError):
        picture.__arrow_c_array__()
    assert phash.phash(picture) == str(imagehash.phash(picture))


def test_the_check_tells_the_two_orders_of_pillows_passes_apart() -> None:
    """Which pass Pillow runs first changes the pixels of a tall picture; the check at
    start-up must see that difference, or it could settle on the wrong order."""
    compiled = phash._usable_compiled()
    assert compiled is not None
    tall = phash._check_picture(400, 41)
    other = phash._Compiled(compiled.module, compiled.max_side, not compiled.pillow13_order)
    assert not np.array_equal(other.small(tall), phash._pillow_small(tall))
    assert np.array_equal(compiled.small(tall), phash._pillow_small(tall))
