"""Benchmark: ``hash`` over 12-megapixel camera-like JPEGs against the reference pipeline.

The reference does the same work one file after another, the straightforward way:
Pillow decode -> convert("RGB") -> Meta's ``pdqhash`` -> ``imagehash.phash`` on the
file as opened -> MD5 and SHA-256. Both run as whole processes, cold, and the best
of ``--repeat`` runs is kept. Requires the test extra (``pdqhash``).

    python benchmarks/bench_images.py [--count 8] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import Measurement, run_measured, run_timed  # noqa: E402

OUT = Path(__file__).resolve().parent / "out" / "images"

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


def camera_like_jpeg(path: Path, seed: int, width: int = 4032, height: int = 3024) -> None:
    """A photo-like 12 MP JPEG: smooth shapes, edges, texture and sensor noise."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    rng = np.random.default_rng(seed)
    low = rng.random((12, 16, 3)) * 255
    base = Image.fromarray(low.astype(np.uint8)).resize((width, height), Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(base)
    for _ in range(40):
        x0, y0 = int(rng.integers(0, width)), int(rng.integers(0, height))
        x1, y1 = x0 + int(rng.integers(50, 1500)), y0 + int(rng.integers(50, 1200))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        if rng.random() < 0.5:
            draw.ellipse((x0, y0, x1, y1), fill=colour)
        else:
            draw.rectangle((x0, y0, x1, y1), fill=colour)
    base = base.filter(ImageFilter.GaussianBlur(3))
    pixels = np.asarray(base).astype(np.int16)
    pixels += rng.normal(0, 6, pixels.shape).astype(np.int16)
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(path, quality=92)


def fixtures(count: int) -> list[str]:
    OUT.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        p = OUT / f"photo-{i:02d}.jpg"
        if not p.exists():
            camera_like_jpeg(p, seed=1000 + i)
        paths.append(str(p))
    return paths


def best(cmd: list[str], repeat: int) -> tuple[float, Measurement]:
    """Best wall time of ``repeat`` plain runs, and the memory of one more, sampled run."""
    seconds = min(run_timed(cmd) for _ in range(repeat))
    memory = run_measured(cmd)
    if memory.returncode != 0:
        raise SystemExit(f"command failed ({memory.returncode}): {' '.join(cmd[:4])} ...")
    return seconds, memory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = fixtures(args.count)
    ours_s, ours = best([sys.executable, "-m", "takeitdown_desktop", "hash", *paths], args.repeat)
    ref_s, ref = best([sys.executable, "-c", REFERENCE, *paths], args.repeat)
    print(f"files: {len(paths)} x 12 MP JPEG, cores: {os.cpu_count()}, best of {args.repeat} runs")
    print(f"reference pipeline: {ref_s:6.2f} s  peak {ref.peak_tree_mb:5.0f} MB")
    print(
        f"takeitdown hash:    {ours_s:6.2f} s  peak {ours.peak_tree_mb:5.0f} MB all processes, "
        f"{ours.peak_process_mb:5.0f} MB largest process"
    )
    print(f"speed-up: {ref_s / ours_s:.2f}x")


if __name__ == "__main__":
    main()
