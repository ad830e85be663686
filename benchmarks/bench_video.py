"""Benchmark: ``hash`` on generated 1080p and 720p H.264 clips against Meta's ``vpdq``.

The reference is ``vpdq.computeHash(path, seconds_per_hash=1)`` plus MD5 and SHA-256 of
the file, in one process; ours is the whole ``takeitdown-desktop hash`` command. Both
are timed cold, best of ``--repeat`` runs, and their frame hashes are compared. Peak
memory is sampled for a short and a long clip, to show it does not grow with length.

Needs ``benchmarks/setup_reference_tools.sh`` first (FFmpeg and a venv with ``vpdq``).

    python benchmarks/bench_video.py [--seconds 50] [--long-seconds 600] [--baseline-seconds 30] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
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


CLIPS = {
    # A phone-like 1080p30 H.264 clip with B-frames at 16 Mbit/s, tagged BT.709 as phones tag.
    "1080p": ("testsrc2=size=1920x1080:rate=30", "noise=alls=6:allf=t,scale=out_color_matrix=bt709,format=yuv420p",
              ["-c:v", "libx264", "-preset", "veryfast", "-b:v", "16M", "-maxrate", "20M", "-bufsize", "32M",
               "-bf", "3", "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709"]),
    # A long 720p30 clip of other content, as a screen recording or a download would be.
    "720p": ("testsrc2=size=1280x720:rate=30", "hue=H=t/7,noise=alls=4:allf=t,format=yuv420p",
             ["-c:v", "libx264", "-preset", "veryfast", "-crf", "26", "-g", "300"]),
    # Baseline profile, no B-frames, as many Android phones record: every frame is one
    # others are predicted from, so the decoder can skip none (core/video.py).
    "1080p-baseline": ("mandelbrot=size=1920x1080:rate=30", "noise=alls=3:allf=t,format=yuv420p",
                       ["-c:v", "libx264", "-preset", "faster", "-profile:v", "baseline", "-b:v", "12M", "-g", "60"]),
}


def clip(kind: str, seconds: int) -> Path:
    """Made once with FFmpeg's command line, other sources and settings than the tests'."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{kind}-{seconds}s.mp4"
    if not path.exists():
        source, filters, codec = CLIPS[kind]
        subprocess.run(
            ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", source,
             "-t", str(seconds), "-vf", filters, *codec, str(path)],
            check=True,
        )
    return path


def compare(video: Path, repeat: int) -> None:
    ours_cmd = [sys.executable, "-m", "takeitdown_desktop", "hash", str(video)]
    ref_cmd = [str(REFERENCE_PY), "-c", REFERENCE, str(video)]
    ours_out = json.loads(subprocess.run(ours_cmd, capture_output=True, text=True, check=True).stdout)
    ref_out = json.loads(subprocess.run(ref_cmd, capture_output=True, text=True, check=True).stdout)
    ours_frames = [(f["frame"], f["quality"], f["hash"]) for f in ours_out["frames"]]
    same_frames = [f[0] for f in ours_frames] == [f[0] for f in ref_out["frames"]]
    distances = [(int(a[2], 16) ^ int(b[2], 16)).bit_count() for a, b in zip(ours_frames, ref_out["frames"], strict=False)]
    # Paired and alternating, so a busy moment on the machine hits both sides alike.
    ours_t, ref_t = [], []
    for _ in range(repeat):
        ours_t.append(run_timed(ours_cmd))
        ref_t.append(run_timed(ref_cmd))
    print(f"{video.name}: {video.stat().st_size / 1e6:.0f} MB, cores: {os.cpu_count()}")
    print(f"  frames hashed: {len(ours_frames)}, same frame numbers as vpdq: {same_frames}, "
          f"bits apart: max {max(distances, default=0)}, frames exact {distances.count(0)}/{len(distances)}")
    print(f"  vpdq + MD5/SHA-256: best {min(ref_t):6.2f} s, median {statistics.median(ref_t):6.2f} s")
    print(f"  takeitdown hash:    best {min(ours_t):6.2f} s, median {statistics.median(ours_t):6.2f} s")
    pairs = sorted(o / r for o, r in zip(ours_t, ref_t, strict=True))
    print(f"  time ratio (ours / vpdq): best {min(ours_t) / min(ref_t):.2f}x, "
          f"median {statistics.median(ours_t) / statistics.median(ref_t):.2f}x "
          f"(pairs {pairs[0]:.2f}x to {pairs[-1]:.2f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=50, help="length of the 1080p clip")
    parser.add_argument("--long-seconds", type=int, default=600, help="length of the 720p clip (0: skip)")
    parser.add_argument("--baseline-seconds", type=int, default=30,
                        help="length of the 1080p clip without B-frames (0: skip)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not REFERENCE_PY.exists():
        raise SystemExit("run benchmarks/setup_reference_tools.sh first")
    compare(clip("1080p", args.seconds), args.repeat)
    if args.long_seconds:
        compare(clip("720p", args.long_seconds), args.repeat)
    if args.baseline_seconds:
        compare(clip("1080p-baseline", args.baseline_seconds), args.repeat)
    short = run_measured([sys.executable, "-m", "takeitdown_desktop", "hash", str(clip("1080p", 10))])
    long = run_measured([sys.executable, "-m", "takeitdown_desktop", "hash", str(clip("1080p", args.seconds))])
    print(f"peak memory, all processes: 10 s clip {short.peak_tree_mb:.0f} MB, "
          f"{args.seconds} s clip {long.peak_tree_mb:.0f} MB")


if __name__ == "__main__":
    main()
