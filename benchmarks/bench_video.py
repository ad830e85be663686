"""Benchmark: ``hash`` on a generated 1080p30 H.264 clip against Meta's ``vpdq``.

The reference is ``vpdq.computeHash(path, seconds_per_hash=1)`` plus MD5 and SHA-256 of
the file, in one process; ours is the whole ``takeitdown-desktop hash`` command. Both
are timed cold, best of ``--repeat`` runs, and their frame hashes are compared. Peak
memory is sampled for a short and a long clip, to show it does not grow with length.

Needs ``benchmarks/setup_reference_tools.sh`` first (FFmpeg and a venv with ``vpdq``).

    python benchmarks/bench_video.py [--seconds 50] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import run_measured, run_timed  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "video"
REFERENCE_PY = HERE / "out" / "reference-venv" / "bin" / "python"

REFERENCE = r"""
import hashlib, json, sys
import vpdq
path = sys.argv[1]
frames = vpdq.computeHash(path, seconds_per_hash=1)
md5, sha = hashlib.md5(), hashlib.sha256()
with open(path, "rb") as f:
    while chunk := f.read(1 << 20):
        md5.update(chunk)
        sha.update(chunk)
print(json.dumps({"frames": [[x.frame_number, x.quality, x.hex] for x in frames], "md5": md5.hexdigest()}))
"""


def clip(seconds: int) -> Path:
    """A 1080p30 H.264 clip with B-frames at a phone-like 16 Mbit/s, made once."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"clip-{seconds}s.mp4"
    if not path.exists():
        subprocess.run(
            ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi",
             "-i", f"testsrc2=size=1920x1080:rate=30:duration={seconds}", "-vf", "noise=alls=6:allf=t",
             "-c:v", "libx264", "-preset", "veryfast", "-b:v", "16M", "-maxrate", "20M", "-bufsize", "32M",
             "-bf", "3", "-pix_fmt", "yuv420p", str(path)],
            check=True,
        )
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not REFERENCE_PY.exists():
        raise SystemExit("run benchmarks/setup_reference_tools.sh first")
    video = clip(args.seconds)
    ours_cmd = [sys.executable, "-m", "takeitdown_desktop", "hash", str(video)]
    ref_cmd = [str(REFERENCE_PY), "-c", REFERENCE, str(video)]

    ours_out = json.loads(subprocess.run(ours_cmd, capture_output=True, text=True, check=True).stdout)
    ref_out = json.loads(subprocess.run(ref_cmd, capture_output=True, text=True, check=True).stdout)
    ours_frames = [(f["frame"], f["quality"], f["hash"]) for f in ours_out["frames"]]
    same_frames = [f[0] for f in ours_frames] == [f[0] for f in ref_out["frames"]]
    distances = [
        (int(a[2], 16) ^ int(b[2], 16)).bit_count()
        for a, b in zip(ours_frames, ref_out["frames"], strict=False)
        if a[1] >= 50 and b[1] >= 50
    ]

    ours_s = min(run_timed(ours_cmd) for _ in range(args.repeat))
    ref_s = min(run_timed(ref_cmd) for _ in range(args.repeat))
    print(f"clip: {args.seconds} s 1080p30 H.264 ({video.stat().st_size / 1e6:.0f} MB), cores: {os.cpu_count()}")
    print(f"frames hashed: {len(ours_frames)}, same frame numbers as vpdq: {same_frames}, "
          f"distance mean {sum(distances) / max(len(distances), 1):.2f} max {max(distances, default=0)} bits")
    print(f"vpdq + MD5/SHA-256:  {ref_s:6.2f} s")
    print(f"takeitdown hash:     {ours_s:6.2f} s")
    print(f"time ratio (ours / vpdq): {ours_s / ref_s:.2f}x")
    short = run_measured([sys.executable, "-m", "takeitdown_desktop", "hash", str(clip(10))])
    long = run_measured(ours_cmd)
    print(f"peak memory, all processes: 10 s clip {short.peak_tree_mb:.0f} MB, "
          f"{args.seconds} s clip {long.peak_tree_mb:.0f} MB")


if __name__ == "__main__":
    main()
