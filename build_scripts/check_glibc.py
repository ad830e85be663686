"""Fail when any ELF file in a bundle needs a newer glibc than the oldest desktops we support.

    python build_scripts/check_glibc.py BUNDLE_DIR [--max 2.34]

Every file is checked with ``readelf --version-info``: a GLIBC_x.y version it *needs*
(not one it defines) newer than the maximum means the program would refuse to start
there. RHEL 9 has glibc 2.34, Ubuntu 22.04 2.35, Debian 12 2.36.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

NEEDED = re.compile(r"Name: GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def needed_versions(path: Path) -> set[tuple[int, ...]]:
    out = subprocess.run(["readelf", "--version-info", "--wide", str(path)], capture_output=True, text=True).stdout
    # Only the "Version needs" section lists what the file requires from other libraries.
    needs = out.split("Version needs section", 1)[1] if "Version needs section" in out else ""
    return {tuple(int(g) for g in m.groups() if g is not None) for m in NEEDED.finditer(needs)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--max", default="2.34", help="newest glibc version allowed (default 2.34, RHEL 9)")
    args = parser.parse_args()
    limit = tuple(int(p) for p in args.max.split("."))
    too_new: list[tuple[str, str]] = []
    checked = 0
    for path in sorted(p for p in args.bundle.rglob("*") if p.is_file() and not p.is_symlink()):
        if not is_elf(path):
            continue
        checked += 1
        newest = max(needed_versions(path), default=())
        if newest > limit:
            too_new.append((str(path.relative_to(args.bundle)), ".".join(map(str, newest))))
    for name, version in too_new:
        print(f"needs glibc {version}: {name}", file=sys.stderr)
    print(f"checked {checked} ELF files: {len(too_new)} need a glibc newer than {args.max}")
    return 1 if too_new else 0


if __name__ == "__main__":
    sys.exit(main())
