"""``--self-test``, as an installer runs it after building, and what its pins rest on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from takeitdown_desktop import selftest
from tests.helpers import oracle_pdq
from tests.vpdq_oracles import replayed_vpdq


def test_self_test_passes_from_source() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "takeitdown_desktop", "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    if sys.platform.startswith("linux"):
        assert "workers started by fork and by spawn" in proc.stdout
    assert "pHash through pocketfft, resize compiled" in proc.stdout  # the fast paths are in use
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "ok   photo", "ok   workers", "ok   video h264", "ok   video hevc", "ok   video vp9", "ok   video av1",
        "ok   practice case", "ok   window",
    ]


def test_photo_pin_is_meta_pdq(tmp_path: Path) -> None:
    pytest.importorskip("pdqhash")
    path = selftest.make_photo(tmp_path)
    with Image.open(path) as im:
        assert oracle_pdq(np.asarray(im.convert("RGB"))) == selftest.PHOTO[:2]


@pytest.mark.parametrize("codec", selftest.CODECS)
def test_video_pins_are_what_vpdq_would_say(codec: str, tmp_path: Path) -> None:
    pytest.importorskip("pdqhash")
    frames = replayed_vpdq(str(selftest.make_clip(tmp_path, codec)))
    assert [(number, digest) for number, _, digest in frames] == selftest.CLIP


@pytest.mark.parametrize("codec", selftest.CODECS)
def test_every_machine_decodes_the_clip_to_the_planes_it_was_made_of(codec: str, tmp_path: Path) -> None:
    """The pins hold on any processor only because no encoder decision reaches the frames.

    x264 chooses differently with AVX2 than with SSE2, so a lossy clip's pins broke on
    another machine; this fails if an encoder stops being lossless with these options.
    """
    import av

    with av.open(str(selftest.make_clip(tmp_path, codec))) as container:
        frames = list(container.decode(video=0))
    assert len(frames) == 12
    for number, frame in enumerate(frames):
        for plane, expected in zip(frame.planes, selftest._clip_planes(number)):
            rows, cols = expected.shape
            got = np.frombuffer(memoryview(plane), np.uint8)[: rows * plane.line_size].reshape(rows, plane.line_size)
            np.testing.assert_array_equal(got[:, :cols], expected, err_msg=f"{codec} frame {number}")
