"""Benchmark: ``hash`` on photos against the reference pipeline, whole processes, paired.

Three workloads: eight 12-megapixel photos, six hundred 2-megapixel photos, and a single
12-megapixel photo (start-up included, which is most of it). The reference does the same
work one file after another, the straightforward way: Pillow decode -> convert("RGB") ->
Meta's ``pdqhash`` -> ``imagehash.phash`` on the file as opened -> MD5 and SHA-256.

Runs alternate (ours, reference, ours, ...) so that a machine whose speed drifts
affects both alike; best and median of ``--repeat`` runs are printed, with the ratio of
the medians and the range of the per-pair ratios. Peak memory comes from one more,
sampled run of each. Requires the test extra (``pdqhash``).

The photos are generated here and cached under ``benchmarks/out/images``, with other
content, sizes and encoders than the tests' fixtures: camera-like scenes (smooth
light, hard-edged objects, fine texture, sensor noise) as baseline and progressive
JPEGs at several qualities and chroma subsamplings, with some WebP and PNG. (HEIC is
left out: encoding a 12 MP HEIC takes about a minute here.)

    python benchmarks/bench_images.py [--workload big|many|one|all] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import Measurement, run_measured, run_timed  # noqa: E402

OUT = Path(__file__).resolve().parent / "out" / "images"
#: Bump when the generator changes, so cached photos are made again.
GENERATION = "2"

REFERENCE = r"""
import hashlib, sys
import numpy as np, pdqhash, imagehash
from PIL import Image
for path in sys.argv[1:]:
    with Image.open(path) as im:
        vector, quality = pdqhash.compute(np.asarray(im.convert("RGB")))
    phash = str(imagehash.phash(Image.open(path)))
    data = open(path, "rb").read()
    md5, sha = hashlib.md5(data).hexdigest(), hashlib.sha256(data).hexdigest()
    print(quality, phash, md5, sha)
"""

BIG_SIZES = [(4032, 3024), (3024, 4032), (4000, 3000), (4080, 3072)]
MANY_SIZES = [(1600, 1200), (1200, 1600), (1632, 1224), (1920, 1080), (1440, 1440), (1280, 1600)]


def camera_scene(width: int, height: int, seed: int) -> object:
    """A photo-like RGB picture: lit surfaces, objects with hard edges, texture, noise."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    rng = np.random.default_rng(seed)
    # Light: a coarse colour field blown up smoothly, times a vignette.
    coarse = rng.uniform(40, 220, (5, 7, 3)).astype(np.uint8)
    base = Image.fromarray(coarse).resize((width, height), Image.Resampling.BILINEAR)
    draw = ImageDraw.Draw(base)
    # Objects: polygons and discs with hard edges in colours of their own.
    for _ in range(int(rng.integers(8, 25))):
        cx, cy = rng.uniform(0, width), rng.uniform(0, height)
        r = rng.uniform(0.03, 0.25) * min(width, height)
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        if rng.random() < 0.4:
            draw.ellipse((cx - r, cy - r * rng.uniform(0.5, 1.5), cx + r, cy + r), fill=colour)
        else:
            n = int(rng.integers(3, 8))
            angles = np.sort(rng.uniform(0, 2 * np.pi, n))
            radii = r * rng.uniform(0.5, 1.2, n)
            draw.polygon([(float(cx + a * np.cos(t)), float(cy + a * np.sin(t))) for t, a in zip(angles, radii)], fill=colour)
    if rng.random() < 0.5:  # a little defocus on some
        base = base.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.8, 2.5))))
    pixels = np.asarray(base, dtype=np.float32)
    y = np.linspace(-1, 1, height, dtype=np.float32)[:, None]
    x = np.linspace(-1, 1, width, dtype=np.float32)[None, :]
    pixels *= (1.0 - 0.35 * (x * x + y * y))[:, :, None]
    # Texture: fabric-like stripes over a band of the picture.
    top = int(rng.integers(0, height // 2))
    band = slice(top, top + height // 4)
    freq = rng.uniform(0.05, 0.4)
    stripes = 18 * np.sin(freq * (np.arange(width, dtype=np.float32)[None, :] + 0.7 * np.arange(band.stop - band.start)[:, None]))
    pixels[band] += stripes[:, :, None]
    # Sensor noise: luma and a little chroma.
    sigma = float(rng.uniform(2, 7))
    pixels += sigma * rng.standard_normal((height, width, 1), dtype=np.float32)
    pixels += (sigma / 3) * rng.standard_normal((height, width, 3), dtype=np.float32)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def save_photo(path: Path, width: int, height: int, seed: int) -> None:
    im = camera_scene(width, height, seed)
    suffix = path.suffix
    if suffix == ".jpg":
        quality = 72 + seed % 5 * 6  # 72..96
        subsampling = 0 if seed % 4 == 0 else 2  # some 4:4:4, mostly 4:2:0 as cameras save
        im.save(path, quality=quality, subsampling=subsampling, progressive=seed % 3 == 0, optimize=seed % 3 == 1)
    elif suffix == ".webp":
        im.save(path, quality=80, method=2)
    else:
        im.save(path, compress_level=6)


def photo_set(name: str, count: int, sizes: list[tuple[int, int]], kinds: Callable[[int], str]) -> list[str]:
    folder = OUT / f"{name}-g{GENERATION}"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    made = 0
    for i in range(count):
        width, height = sizes[i % len(sizes)]
        path = folder / f"photo-{i:04d}{kinds(i)}"
        if not path.exists():
            tmp = path.with_name("tmp-" + path.name)
            save_photo(tmp, width, height, seed=7000 + i)
            tmp.rename(path)
            made += 1
        paths.append(str(path))
    if made:
        print(f"generated {made} photos in {folder}", file=sys.stderr)
    return paths


def big_photos() -> list[str]:
    # Seven JPEGs (some progressive) and one WebP.
    return photo_set("12mp", 8, BIG_SIZES, lambda i: ".webp" if i == 5 else ".jpg")


def many_photos() -> list[str]:
    # One in twenty WebP, one in fifty PNG, the rest JPEG.
    return photo_set("2mp", 600, MANY_SIZES, lambda i: ".png" if i % 50 == 7 else ".webp" if i % 20 == 3 else ".jpg")


def paired(ours: list[str], ref: list[str], repeat: int) -> tuple[list[float], list[float]]:
    a, b = [], []
    for _ in range(repeat):
        a.append(run_timed(ours))
        b.append(run_timed(ref))
    return a, b


def report(title: str, paths: list[str], repeat: int) -> None:
    ours_cmd = [sys.executable, "-m", "takeitdown_desktop", "hash", *paths]
    ref_cmd = [sys.executable, "-c", REFERENCE, *paths]
    started = time.perf_counter()
    ours, ref = paired(ours_cmd, ref_cmd, repeat)
    ours_mem: Measurement = run_measured(ours_cmd)
    ref_mem: Measurement = run_measured(ref_cmd)
    ratios = sorted(r / o for o, r in zip(ours, ref))
    print(f"\n{title}: {len(paths)} files, {os.cpu_count()} cores, {repeat} paired runs ({time.perf_counter() - started:.0f} s)")
    print(f"  {'':20} {'best':>8} {'median':>8}   peak memory")
    print(f"  {'reference pipeline':20} {min(ref):7.2f}s {statistics.median(ref):7.2f}s   {ref_mem.peak_tree_mb:5.0f} MB")
    print(
        f"  {'takeitdown hash':20} {min(ours):7.2f}s {statistics.median(ours):7.2f}s   "
        f"{ours_mem.peak_tree_mb:5.0f} MB all processes, {ours_mem.peak_process_mb:.0f} MB largest"
    )
    print(
        f"  speed-up: {min(ref) / min(ours):.2f}x best to best, {statistics.median(ref) / statistics.median(ours):.2f}x "
        f"median to median (pairs {ratios[0]:.2f}x to {ratios[-1]:.2f}x)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workload", choices=["big", "many", "one", "all"], default="all")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if args.workload in ("big", "all"):
        report("8 photos of 12 MP", big_photos(), args.repeat)
    if args.workload in ("many", "all"):
        report("600 photos of 2 MP", many_photos(), args.repeat)
    if args.workload in ("one", "all"):
        report("1 photo of 12 MP", big_photos()[:1], args.repeat)


if __name__ == "__main__":
    main()
