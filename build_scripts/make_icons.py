"""Draws the app icon (a calm shield with a check mark) into resources/icons/.

    python build_scripts/make_icons.py
"""

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int) -> Image.Image:
    scale = 4  # draw large, then shrink: smooth edges without an SVG renderer
    s = size * scale
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    m = s * 0.08
    top, bottom = m, s - m
    left, right = s * 0.16, s * 0.84
    mid = s / 2
    shield = [
        (mid, top),
        (right, top + s * 0.12),
        (right, s * 0.5),
        (mid + s * 0.18, s * 0.78),
        (mid, bottom),
        (mid - s * 0.18, s * 0.78),
        (left, s * 0.5),
        (left, top + s * 0.12),
    ]
    d.polygon(shield, fill=(46, 110, 142, 255))
    inner = [(mid + (x - mid) * 0.82, top + (y - top) * 0.82 + s * 0.05) for x, y in shield]
    d.polygon(inner, fill=(88, 166, 160, 255))
    w = max(2, int(s * 0.07))
    d.line([(s * 0.36, s * 0.48), (s * 0.47, s * 0.6), (s * 0.66, s * 0.36)], fill=(255, 255, 255, 255), width=w, joint="curve")
    return im.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw(512)
    big.save(OUT / "app-512.png")
    draw(256).save(OUT / "app-256.png")
    draw(64).save(OUT / "app-64.png")
    big.save(OUT / "app.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    big.save(OUT / "app.icns")


if __name__ == "__main__":
    main()
