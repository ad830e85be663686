"""Command line: ``takeitdown-desktop hash PATH...`` and friends; no subcommand opens the app."""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
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
    for name, help_text in (("submit", "fingerprint files and open a case with the fingerprints"), ("export", "write the fingerprints that submit would send to a file")):
        p = sub.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:] + ".")
        if name == "submit":
            p.add_argument("--endpoint", required=True, metavar="URL", help="the case service (https://, or http:// on this computer)")
            p.add_argument("--bundle", metavar="FILE", help="send a file written by `export` instead of fingerprinting")
            p.add_argument("--ca-bundle", metavar="FILE", help="also trust this certificate authority (a private test server)")
            p.add_argument("--case", metavar="NUMBER", help="add to this existing case (asks for its PIN)")
        else:
            p.add_argument("--output", required=True, metavar="FILE", help="where to write the fingerprints")
        p.add_argument("--program", choices=PROGRAM_CHOICES, default="under18", help="under18 (default) or adult")
        p.add_argument("--jobs", type=_positive_jobs, default=None, help=argparse.SUPPRESS)
        p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders")
    for name, help_text in (("status", "show a case's status"), ("withdraw", "withdraw a case")):
        p = sub.add_parser(
            name,
            help=help_text,
            description=f"{help_text[0].upper() + help_text[1:]}. The PIN is read from TAKEITDOWN_PIN, "
            "from standard input, or asked for; never from the command line.",
        )
        p.add_argument("--endpoint", required=True, metavar="URL")
        p.add_argument("--case", required=True, metavar="NUMBER")
        p.add_argument("--ca-bundle", metavar="FILE")
    return parser


PROGRAM_CHOICES = ("under18", "adult")


def _fail(message: str) -> int:
    sys.stderr.write(message.rstrip() + "\n")
    return 1


def _read_pin() -> str:
    """From TAKEITDOWN_PIN, a pipe, or a prompt: other users can read command lines."""
    pin = os.environ.get("TAKEITDOWN_PIN")
    if pin:
        return pin.strip()
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    import getpass

    return getpass.getpass("PIN: ").strip()


def _explain(exc: Exception) -> str:
    from takeitdown_desktop.core.client import CaseServiceError, Problem

    if not isinstance(exc, CaseServiceError):
        return str(exc)
    text = {
        Problem.OFFLINE: "The service could not be found. Check the internet connection and the address.",
        Problem.UNREACHABLE: "The service could not be reached or did not answer in time. Please try again later.",
        Problem.TLS: "The connection to the service is not secure (its certificate is not trusted), so nothing was sent.",
        Problem.INSECURE_URL: "That address is not safe to use: an address on another computer must start with https://.",
        Problem.WRONG_CASE_OR_PIN: "No case matches this case number and PIN.",
        Problem.THROTTLED: "Too many attempts. Please wait a while and try again.",
        Problem.REJECTED: "The service refused the request",
        Problem.BAD_RESPONSE: "The service gave an answer that could not be understood.",
        Problem.PRACTICE_UNAVAILABLE: "Practice mode is not installed.",
    }[exc.problem]
    if exc.problem is Problem.REJECTED and exc.detail:
        text += f": {exc.detail}"
    return text


def _fingerprint_bundle(args: argparse.Namespace) -> tuple[bytes | None, int]:
    from takeitdown_desktop.core.batch import BatchHasher
    from takeitdown_desktop.core.bundle import build_bundle

    paths = expand_paths(args.paths)
    reports = list(BatchHasher(args.jobs).run(paths))
    failed = [r for r in reports if r.error is not None]
    for r in failed:
        assert r.error is not None
        sys.stderr.write(f"{r.path}: {r.error.message}\n")
    if len(failed) == len(reports):
        return None, _fail("None of the files could be fingerprinted, so there is nothing to send.")
    return build_bundle(reports, args.program).to_bytes(), 0


def cmd_export(args: argparse.Namespace) -> int:
    if not args.paths:
        return _fail("Give the photos and videos (or folders) to fingerprint.")
    payload, rc = _fingerprint_bundle(args)
    if payload is None:
        return rc
    try:
        Path(args.output).write_bytes(payload)
    except OSError:
        return _fail("The fingerprints could not be written to that file.")
    return 0


def cmd_submit(args: argparse.Namespace) -> int:
    from takeitdown_desktop.core.bundle import BundleError, parse_bundle
    from takeitdown_desktop.core.client import CaseClient, CaseServiceError, new_idempotency_key

    try:  # a bad address is reported before any file is read
        client = CaseClient(args.endpoint, ca_bundle=args.ca_bundle)
    except CaseServiceError as exc:
        return _fail(_explain(exc))
    if args.bundle:
        if args.paths:
            return _fail("Give either --bundle or files, not both.")
        try:
            payload = Path(args.bundle).read_bytes()
            parse_bundle(payload)  # refuse a damaged file before anything is sent
        except OSError:
            return _fail("The bundle file could not be read.")
        except BundleError as exc:
            return _fail(f"The bundle file is not valid: {exc}")
    else:
        if not args.paths:
            return _fail("Give the photos and videos (or folders) to fingerprint, or --bundle FILE.")
        fingerprinted, rc = _fingerprint_bundle(args)
        if fingerprinted is None:
            return rc
        payload = fingerprinted
    try:
        key = new_idempotency_key()
        if args.case:
            status = client.add_items(args.case, _read_pin(), payload, key)
            result = {"case_number": status.case_number, "status": status.status, "items": status.items}
        else:
            receipt = client.create_case(payload, key)
            result = {"case_number": receipt.case_number, "pin": receipt.pin, "status": receipt.status, "items": receipt.items}
    except CaseServiceError as exc:
        return _fail(_explain(exc))
    print(json.dumps(result))
    return 0


def cmd_case(args: argparse.Namespace) -> int:
    from takeitdown_desktop.core.client import CaseClient, CaseServiceError

    try:
        client = CaseClient(args.endpoint, ca_bundle=args.ca_bundle)
        pin = _read_pin()
        status = client.status(args.case, pin) if args.command == "status" else client.withdraw(args.case, pin)
    except CaseServiceError as exc:
        return _fail(_explain(exc))
    print(json.dumps({"case_number": status.case_number, "status": status.status, "items": status.items}))
    return 0


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
    if args.command == "export":
        return cmd_export(args)
    if args.command == "submit":
        return cmd_submit(args)
    if args.command in ("status", "withdraw"):
        return cmd_case(args)
    from takeitdown_desktop.gui import run_gui  # Qt loads only when the app opens

    return run_gui()


def run() -> None:
    """Console entry point."""
    # Required for worker processes in a frozen (PyInstaller) app; a no-op otherwise.
    multiprocessing.freeze_support()
    sys.exit(main())
