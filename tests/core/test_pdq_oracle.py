"""Our PDQ against Meta's C++ core (``pdqhash``), bit for bit, on generated images.

Every test runs with both implementations: the compiled loops (``_pdqfast.c``), which
are used when present, and the numpy code, which is the fallback.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from takeitdown_desktop.core import pdq
from tests.helpers import oracle_pdq, synthetic_rgb

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Both always: a build that silently lost its C extension must fail here, not fall back.
IMPLEMENTATIONS = pytest.mark.parametrize("impl", ["compiled", "numpy"])


def assert_same_as_oracle(rgb: np.ndarray, impl: str) -> None:
    with pdq.using(impl):
        ours = pdq.pdq_from_rgb(rgb)
    assert (str(ours.hash), ours.quality) == oracle_pdq(rgb)


def test_the_compiled_code_is_built_and_in_use() -> None:
    from takeitdown_desktop.core import _pdqfast  # noqa: F401 - the import is the test

    assert pdq.implementations() == ("compiled", "numpy")
    assert pdq.implementation() == "compiled"


def test_pinned_check_hash_is_the_references() -> None:
    """The hash the compiled code must reproduce at import is Meta's for that picture."""
    rgb = pdq._check_pattern()
    assert oracle_pdq(rgb) == (pdq._CHECK_HASH, 100)
    assert_same_as_oracle(rgb, "numpy")


@IMPLEMENTATIONS
@SETTINGS
@given(
    height=st.integers(1, 2000),
    width=st.integers(1, 2000),
    seed=st.integers(0, 2**32 - 1),
)
def test_random_noise_any_size(impl: str, height: int, width: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    assert_same_as_oracle(rng.integers(0, 256, (height, width, 3), dtype=np.uint8), impl)


@IMPLEMENTATIONS
@SETTINGS
@given(
    height=st.integers(5, 2000),
    width=st.integers(5, 2000),
    seed=st.integers(0, 1000),
)
def test_photo_like_any_size(impl: str, height: int, width: int, seed: int) -> None:
    assert_same_as_oracle(synthetic_rgb(height, width, seed), impl)


@IMPLEMENTATIONS
@SETTINGS
@given(
    height=st.integers(5, 700),
    width=st.integers(5, 700),
    level=st.integers(0, 255),
    seed=st.integers(0, 2**32 - 1),
)
def test_near_flat_images(impl: str, height: int, width: int, level: int, seed: int) -> None:
    """Low-quality images, where DCT values crowd around the median, are the hardest case."""
    rng = np.random.default_rng(seed)
    img = np.full((height, width, 3), level, dtype=np.int16)
    img += rng.integers(-1, 2, (height, width, 3), dtype=np.int16)
    assert_same_as_oracle(np.clip(img, 0, 255).astype(np.uint8), impl)


@IMPLEMENTATIONS
@pytest.mark.parametrize(
    ("height", "width"),
    [
        (1, 1), (4, 4), (4, 100), (100, 4), (5, 5), (5, 2000), (2000, 5), (63, 64), (64, 64), (64, 65),
        (127, 129), (128, 128), (129, 257), (256, 384), (1999, 1), (3024, 4032),
    ],
)
def test_edge_sizes(impl: str, height: int, width: int) -> None:
    rng = np.random.default_rng(height * 10007 + width)
    assert_same_as_oracle(rng.integers(0, 256, (height, width, 3), dtype=np.uint8), impl)


@IMPLEMENTATIONS
def test_solid_colour_has_zero_quality(impl: str) -> None:
    img = np.full((300, 200, 3), 77, dtype=np.uint8)
    assert_same_as_oracle(img, impl)
    with pdq.using(impl):
        assert pdq.pdq_from_rgb(img).quality == 0


@IMPLEMENTATIONS
def test_luma_is_exact_for_every_rgb_triple(impl: str) -> None:
    """All 16.7 million colours: our luma equals the reference's formulas, float64 (the
    ``pdqhash`` bindings) and float32 (Meta's C++, as vPDQ uses it), in both channel orders."""
    v = np.arange(1 << 24, dtype=np.uint32)
    rgb = np.stack([(v >> 16) & 255, (v >> 8) & 255, v & 255], axis=-1).astype(np.uint8).reshape(4096, 4096, 3)
    expected = np.empty((4096, 4096), dtype=np.float32)
    for top in range(0, 4096, 512):
        b = rgb[top : top + 512]
        expected[top : top + 512] = (b[:, :, 0] * 0.299 + b[:, :, 1] * 0.587 + b[:, :, 2] * 0.114).astype(np.float32)
    expected32 = np.empty((4096, 4096), dtype=np.float32)
    r32, g32, b32 = (np.float32(c) for c in (0.299, 0.587, 0.114))
    for top in range(0, 4096, 512):
        b = rgb[top : top + 512].astype(np.float32)
        expected32[top : top + 512] = (r32 * b[:, :, 0] + g32 * b[:, :, 1]) + b32 * b[:, :, 2]
    bgr = np.ascontiguousarray(rgb[:, :, ::-1])
    with pdq.using(impl):
        assert np.array_equal(pdq.luma_from_rgb(rgb), expected)
        assert np.array_equal(pdq.luma_from_rgb(bgr, bgr=True), expected)
        assert np.array_equal(pdq.luma_from_rgb(rgb, single=True), expected32)
        assert np.array_equal(pdq.luma_from_rgb(bgr, bgr=True, single=True), expected32)
    if impl == "compiled":  # and read in place from Pillow's own pixels
        from PIL import Image

        before = Image.core.get_block_size()
        Image.core.set_block_size(4096 * 4096 * 4 + 4096)
        try:
            image = Image.fromarray(rgb)
        finally:
            Image.core.set_block_size(before)
        with pdq.using(impl):
            assert np.array_equal(pdq.luma_from_arrow(image, 4096, 4096), expected)


@IMPLEMENTATIONS
def test_luma_from_strips_equals_whole_image(impl: str) -> None:
    rgb = synthetic_rgb(301, 257, seed=3)
    strips = (rgb[top : top + 64] for top in range(0, 301, 64))
    with pdq.using(impl):
        assert np.array_equal(pdq.luma_from_strips(strips, 301, 257), pdq.luma_from_rgb(rgb))


@IMPLEMENTATIONS
def test_strips_must_cover_the_image(impl: str) -> None:
    rgb = synthetic_rgb(100, 50)
    with pdq.using(impl), pytest.raises(ValueError):
        pdq.luma_from_strips([rgb[:60]], 100, 50)


@IMPLEMENTATIONS
def test_downsample_leaves_its_input_alone_unless_consumed(impl: str) -> None:
    luma = pdq.luma_from_rgb(synthetic_rgb(700, 500, seed=4))
    before = luma.copy()
    with pdq.using(impl):
        block = pdq.downsample_64(luma)
        assert np.array_equal(luma, before)
        assert np.array_equal(pdq.downsample_64(luma, consume=True), block)


@IMPLEMENTATIONS
@SETTINGS
@given(height=st.integers(5, 600), width=st.integers(5, 600), seed=st.integers(0, 2**32 - 1))
def test_dihedral_variants_match_oracle(impl: str, height: int, width: int, seed: int) -> None:
    import pdqhash

    rgb = np.random.default_rng(seed).integers(0, 256, (height, width, 3), dtype=np.uint8)
    vectors, quality = pdqhash.compute_dihedral(rgb)
    expected = [f"{int(''.join(str(int(b)) for b in v), 2):064x}" for v in vectors]
    with pdq.using(impl):
        variants = pdq.pdq_floats_from_luma(pdq.luma_from_rgb(rgb)).dihedral()
    assert [str(v.hash) for v in variants.values()] == expected
    assert all(v.quality == quality for v in variants.values())


def test_hamming_distance() -> None:
    a = "0" * 64
    b = "f" + "0" * 62 + "1"
    assert pdq.hamming(a, b) == 5
    assert pdq.hamming(b, b) == 0


@pytest.mark.parametrize(("height", "width"), [(1, 1), (5, 7), (480, 640), (3024, 4032)])
def test_luma_read_in_place_from_pillow_equals_strips(height: int, width: int) -> None:
    from PIL import Image

    from takeitdown_desktop.core.image import prepare_pillow
    from takeitdown_desktop.core.media import Kind, MediaType

    prepare_pillow(MediaType(Kind.IMAGE, "jpeg"))  # one block per image, so Pillow lends it
    rgb = synthetic_rgb(height, width, seed=5)
    im = Image.fromarray(rgb)
    assert np.array_equal(pdq.luma_from_arrow(im, height, width), pdq.luma_from_rgb(rgb))


def test_luma_read_in_place_refuses_what_it_cannot_read() -> None:
    from PIL import Image

    im = Image.fromarray(synthetic_rgb(40, 30))
    with pytest.raises(ValueError):
        pdq.luma_from_arrow(im, 41, 30)  # the wrong number of pixels
    with pytest.raises(ValueError):
        pdq.luma_from_arrow(im.convert("L"), 40, 30)  # not RGB
    with pdq.using("numpy"), pytest.raises(ValueError):
        pdq.luma_from_arrow(im, 40, 30)  # only the compiled code reads it


def _pdq_in_place(rgb: np.ndarray) -> tuple[str, int]:
    from PIL import Image

    from takeitdown_desktop.core.image import prepare_pillow
    from takeitdown_desktop.core.media import Kind, MediaType

    prepare_pillow(MediaType(Kind.IMAGE, "jpeg"))
    height, width = rgb.shape[:2]
    result = pdq.pdq_floats_from_arrow(Image.fromarray(rgb), height, width).result()
    return str(result.hash), result.quality


@pytest.mark.parametrize(
    ("height", "width"), [(1, 1), (4, 9), (5, 5), (64, 64), (63, 65), (129, 257), (2000, 5), (3024, 4032)]
)
def test_pdq_read_in_place_from_pillow_matches_oracle(height: int, width: int) -> None:
    """The compiled path that computes luma row by row inside the filter, from Pillow's memory."""
    rgb = np.random.default_rng(height * 7 + width).integers(0, 256, (height, width, 3), dtype=np.uint8)
    assert _pdq_in_place(rgb) == oracle_pdq(rgb)


@SETTINGS
@given(height=st.integers(1, 2000), width=st.integers(1, 2000), seed=st.integers(0, 1000))
def test_pdq_read_in_place_any_size(height: int, width: int, seed: int) -> None:
    rgb = synthetic_rgb(height, width, seed)
    assert _pdq_in_place(rgb) == oracle_pdq(rgb)
