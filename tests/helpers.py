"""Shared test helpers: reference data location, the pdqhash oracle, generated media,
the command line's JSON answers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

REPO = Path(__file__).resolve().parent.parent
REFERENCE = Path(os.environ.get("TAKEITDOWN_REFERENCE", REPO.parent / "shared" / "reference"))


def require_reference(*parts: str) -> Path:
    """Path under the shared reference folder, or skip the test when it is not there."""
    path = REFERENCE.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"reference data not found at {path} (only present beside the project checkout)")
    return path


def oracle_pdq(rgb: npt.NDArray[np.uint8]) -> tuple[str, int]:
    """Meta's C++ PDQ through the ``pdqhash`` bindings, as python-threatexchange calls it."""
    import pdqhash

    vector, quality = pdqhash.compute(np.ascontiguousarray(rgb, dtype=np.uint8))
    bits = "".join(str(int(b)) for b in vector)
    return f"{int(bits, 2):064x}", int(quality)


def synthetic_rgb(height: int, width: int, seed: int = 0) -> npt.NDArray[np.uint8]:
    """A photo-like test picture from integer arithmetic only, so it never changes
    with library versions: smooth gradients, a few hard edges and fine texture."""
    y, x = np.mgrid[0:height, 0:width].astype(np.int64)
    s = seed * 7919 + 17
    grad_r = (x * 255) // max(width - 1, 1)
    grad_g = (y * 255) // max(height - 1, 1)
    disc = ((x - width * (s % 7 + 2) // 10) ** 2 + (y - height * (s % 5 + 3) // 10) ** 2) < (min(width, height) // 3) ** 2
    bar = ((x + 2 * y + s) // max(width // 8, 1)) % 2 == 0
    noise = ((x * 73856093) ^ (y * 19349663) ^ (s * 83492791)) % 23 - 11
    r = grad_r + 60 * disc + noise
    g = grad_g + 40 * bar - 30 * disc + noise
    b = 255 - (grad_r + grad_g) // 2 + 50 * bar + noise
    return np.clip(np.stack([r, g, b], axis=-1), 0, 255).astype(np.uint8)


def takeitdown(*args: str, pin: str = "") -> dict[str, object]:
    """``takeitdown-desktop ARGS`` (submit, withdraw, ...) as a person runs it, the PIN
    given the way a script gives it; its JSON answer."""
    proc = subprocess.run(
        [sys.executable, "-m", "takeitdown_desktop", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "TAKEITDOWN_PIN": pin},
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stdout)
    return result
