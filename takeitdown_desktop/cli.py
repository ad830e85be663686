"""Command line: ``takeitdown-desktop hash PATH...`` and friends; no subcommand opens the app."""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from takeitdown_desktop import __version__
from takeitdown_desktop.core.paths import expand_paths

if TYPE_CHECKING:
    from takeitdown_desktop.core.video import FrameHash


def _positive_jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="takeitdown-desktop",
        description="Fingerprint photos and videos on this computer. Run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p_hash = sub.add_parser(
        "hash",
        help="print the fingerprints of files as JSON Lines",
        description="Print one JSON object per file, in input order. Folders are searched recursively.",
    )
    p_hash.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p_hash.add_argument("--jobs", type=_positive_jobs, default=None, help="worker processes (default: all cores)")
    p_hash.add_argument(
        "--vpdq-dir",
        metavar="DIR",
        help="also write each video's frame hashes in vPDQ's text format (frame,quality,hash,timestamp) "
        "to DIR/NAME.txt, for Meta's vPDQ tools",
    )
    return parser


def cmd_hash(args: argparse.Namespace) -> int:
    from takeitdown_desktop.core.batch import BatchHasher

    paths = expand_paths(args.paths)
    vpdq_dir = Path(args.vpdq_dir) if args.vpdq_dir else None
    if vpdq_dir is not None:
        vpdq_dir.mkdir(parents=True, exist_ok=True)
    cancel = threading.Event()
    failed = False
    out = sys.stdout
    try:
        for report in BatchHasher(args.jobs).run(paths, cancel=cancel):
            failed |= not report.ok
            out.write(json.dumps(report.to_json()) + "\n")
            out.flush()
            if vpdq_dir is not None and report.frames:
                _write_vpdq(vpdq_dir, report.path, report.frames)
    except KeyboardInterrupt:
        cancel.set()
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); that is not an error of ours.
        sys.stderr.close()
        return 0
    return 1 if failed else 0


def _write_vpdq(folder: Path, source: str, frames: Sequence[FrameHash]) -> None:
    from takeitdown_desktop.core.video import vpdq_text

    stem = Path(source).stem or "video"
    target = folder / f"{stem}.txt"
    n = 2
    while target.exists():  # two inputs with the same name must not overwrite each other
        target = folder / f"{stem}-{n}.txt"
        n += 1
    target.write_text(vpdq_text(frames), encoding="ascii")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "hash":
        return cmd_hash(args)
    from takeitdown_desktop.gui import run_gui  # Qt loads only when the app opens

    return run_gui()


def run() -> None:
    """Console entry point."""
    # Required for worker processes in a frozen (PyInstaller) app; a no-op otherwise.
    multiprocessing.freeze_support()
    sys.exit(main())
