"""Write expected.json: Meta's vpdq output (one hash a second) for each fixture clip."""

import json
import sys
from pathlib import Path

import vpdq  # Meta's package; needs FFmpeg's development libraries to build

HERE = Path(__file__).resolve().parent
out = {}
for clip in sorted(HERE.iterdir()):
    if clip.suffix not in (".mp4", ".mov", ".webm", ".avi") or clip.name.startswith("sound-only"):
        continue
    feats = vpdq.computeHash(str(clip), seconds_per_hash=1)
    out[clip.name] = [[f.frame_number, f.quality, f.hex, round(f.timestamp, 3)] for f in feats]
lines = ["{"]
for i, (name, frames) in enumerate(out.items()):
    rows = ",\n".join("    " + json.dumps(f) for f in frames)
    lines.append(f'  {json.dumps(name)}: [\n{rows}\n  ]' + ("," if i < len(out) - 1 else ""))
lines.append("}")
(HERE / "expected.json").write_text("\n".join(lines) + "\n")
print(f"wrote {len(out)} clips", file=sys.stderr)
