"""Copies of seeded pictures as they turn up online, checked by ``core.match`` and by
python-threatexchange's own PDQ matcher; the README's table of what stays covered is
printed from these results:

    python -m tests.match_corpus
"""

from __future__ import annotations

import statistics
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps

import numpy as np
import numpy.typing as npt

#: The originals: four seeded photo-like pictures, 640x480, saved as a camera would (JPEG 92).
SEEDS = (1, 2, 3, 4)
SIZE = (480, 640)
#: Every copy except the JPEG-quality ones is saved as JPEG 85, as sites re-encode uploads.
RESAVE_QUALITY = 85

Transform = Callable[[Image.Image], Image.Image]


def _resize(factor: float) -> Transform:
    return lambda im: im.resize((round(im.width * factor), round(im.height * factor)), Image.Resampling.LANCZOS)


def _crop_each_edge(fraction: float) -> Transform:
    def crop(im: Image.Image) -> Image.Image:
        dx, dy = round(im.width * fraction / 2), round(im.height * fraction / 2)
        return im.crop((dx, dy, im.width - dx, im.height - dy))

    return crop


def _text(im: Image.Image) -> Image.Image:
    # Pillow's built-in bitmap font, scaled up without smoothing: the same pixels on every
    # machine, unlike a system font.
    label = Image.new("L", (96, 11), 0)
    ImageDraw.Draw(label).text((1, 0), "@someone_posts", fill=255, font=ImageFont.load_default_imagefont())
    label = label.resize((label.width * 2, label.height * 2), Image.Resampling.NEAREST)
    out = im.copy()
    out.paste(Image.new("RGB", label.size, (255, 255, 255)), (12, im.height - label.height - 12), label)
    return out


def _screenshot(im: Image.Image) -> Image.Image:
    """The picture inside a phone screenshot: a dark status bar, white margins and a bar
    of buttons below."""
    side = round(im.width * 0.03)
    top = round(im.height * 0.08)
    bottom = round(im.height * 0.16)
    canvas = Image.new("RGB", (im.width + 2 * side, im.height + top + bottom), (255, 255, 255))
    ImageDraw.Draw(canvas).rectangle((0, 0, canvas.width, top // 2), fill=(20, 20, 20))
    canvas.paste(im, (side, top))
    draw = ImageDraw.Draw(canvas)
    for i in range(4):  # like, comment, share, save
        x = side + 20 + i * 60
        draw.ellipse((x, canvas.height - bottom + 20, x + 28, canvas.height - bottom + 48), outline=(40, 40, 40), width=3)
    return canvas


@dataclass(frozen=True)
class Change:
    name: str
    transform: Transform
    quality: int = RESAVE_QUALITY
    #: Turned or mirrored: py-tx is asked with ``match --rotations``.
    rotations: bool = False


CHANGES: tuple[Change, ...] = (
    *(Change(f"JPEG quality {q}", lambda im: im, quality=q) for q in (30, 50, 70, 90)),
    *(Change(f"resized to {round(f * 100)}%", _resize(f)) for f in (0.25, 0.5, 0.75, 1.5, 2.0)),
    Change("cropped 10% (5% off each edge)", _crop_each_edge(0.10)),
    Change("mirrored", ImageOps.mirror, rotations=True),
    Change("rotated 90°", lambda im: im.transpose(Image.Transpose.ROTATE_90), rotations=True),
    Change("small text overlay", _text),
    Change("brightness +20%", lambda im: ImageEnhance.Brightness(im).enhance(1.2)),
    Change("brightness −20%", lambda im: ImageEnhance.Brightness(im).enhance(0.8)),
    Change("screenshot (bars and border)", _screenshot),
)


def photo_like(height: int, width: int, seed: int) -> npt.NDArray[np.uint8]:
    """A seeded picture with a photograph's statistics: detail at every scale with
    power falling as 1/f^2 (as in natural scenes), colours correlated across channels.
    (The repeating stripes of ``synthetic_rgb`` would make crops look far worse than
    they are on photos: a crop shifts the whole pattern.)"""
    rng = np.random.default_rng(seed)
    fy = np.fft.fftfreq(height)[:, None]
    fx = np.fft.rfftfreq(width)[None, :]
    falloff = 1.0 / np.maximum(np.hypot(fx, fy), 1.0 / max(height, width))
    channels = []
    shared = rng.standard_normal((height, width // 2 + 1)) + 1j * rng.standard_normal((height, width // 2 + 1))
    for _ in range(3):
        own = rng.standard_normal((height, width // 2 + 1)) + 1j * rng.standard_normal((height, width // 2 + 1))
        field = np.fft.irfft2((0.8 * shared + 0.2 * own) * falloff, s=(height, width))
        channels.append((field - field.mean()) / field.std())
    rgb = np.stack(channels, axis=-1) * 45 + np.array([120, 110, 100])
    return np.clip(np.rint(rgb), 0, 255).astype(np.uint8)


def make_originals(folder: Path) -> list[Path]:
    paths = []
    for seed in SEEDS:
        path = folder / f"original-{seed}.jpg"
        Image.fromarray(photo_like(*SIZE, seed=seed)).save(path, format="JPEG", quality=92)
        paths.append(path)
    return paths


def make_copy(original: Path, change: Change, folder: Path, index: int) -> Path:
    path = folder / f"copy-{original.stem}-{index:02d}.jpg"
    with Image.open(original) as im:
        change.transform(im.convert("RGB")).save(path, format="JPEG", quality=change.quality)
    return path


def threatexchange_queries(copy: Path, rotations: bool) -> list[str]:
    """The PDQ hashes python-threatexchange looks up for ``copy``: its PDQ signal's
    (nothing below quality 50), of each of the eight simple rotations when ``rotations``
    (its ``match --rotations``, which turns and re-encodes the file before hashing)."""
    from threatexchange.content_type.photo import PhotoContent
    from threatexchange.signal_type.pdq.signal import PdqSignal

    data = copy.read_bytes()
    variants = PhotoContent.all_simple_rotations(data).values() if rotations else [data]
    return [h for h in (PdqSignal.hash_from_bytes(v) for v in variants) if h]


def threatexchange_says(queries: list[str], original: Path) -> bool:
    """python-threatexchange's verdict: any query within its match distance (31) of the
    original's hash."""
    from threatexchange.signal_type.pdq.signal import PdqSignal

    banked = PdqSignal.hash_from_file(original)
    return bool(banked) and any(PdqSignal.compare_hash(q, banked).match for q in queries)


@dataclass(frozen=True)
class Outcome:
    change: Change
    original: Path
    copy: Path
    covered: bool
    distance: int | None
    threatexchange: bool


def run(folder: Path) -> tuple[list[Outcome], list[tuple[Path, Path, bool, bool]]]:
    """Each copy against its own original, and against every other original (which must
    not match): (outcomes, [(copy, other original, ours, py-tx's)])."""
    from takeitdown_desktop.core.fingerprint import fingerprint_file
    from takeitdown_desktop.core.match import Original, check_report, original_from_report

    originals = make_originals(folder)
    known: dict[Path, Original] = {}
    for path in originals:
        original = original_from_report(fingerprint_file(str(path)))
        assert original is not None
        known[path] = original
    outcomes, others = [], []
    for original in originals:
        for i, change in enumerate(CHANGES):
            copy = make_copy(original, change, folder, i)
            report = fingerprint_file(str(copy))
            check = check_report(report, [known[original]])
            queries = threatexchange_queries(copy, change.rotations)
            outcomes.append(
                Outcome(change, original, copy, check.covered, check.pdq_distance, threatexchange_says(queries, original))
            )
            for other in originals:
                if other != original:
                    ours = check_report(report, [known[other]]).covered
                    others.append((copy, other, ours, threatexchange_says(queries, other)))
    return outcomes, others


def markdown_table(outcomes: list[Outcome]) -> str:
    lines = [
        f"| change (saved as JPEG {RESAVE_QUALITY} unless said) | still covered | PDQ distance (bits, median; 31 or less matches) | py-tx agrees |",
        "| --- | --- | --- | --- |",
    ]
    for change in CHANGES:
        rows = [o for o in outcomes if o.change is change]
        covered = sum(o.covered for o in rows)
        distances = [o.distance for o in rows if o.distance is not None]
        agree = all(o.covered == o.threatexchange for o in rows)
        verdict = "yes" if covered == len(rows) else "no" if covered == 0 else "partly"
        median = f"{statistics.median(distances):g}" if distances else "-"
        how = " (py-tx with `--rotations`)" if change.rotations else ""
        lines.append(f"| {change.name} | {verdict}: {covered} of {len(rows)} | {median} | {'yes' if agree else 'NO'}{how} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        print(markdown_table(run(Path(tmp))[0]), end="")
