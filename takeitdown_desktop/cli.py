"""Command line: ``takeitdown-desktop hash PATH...`` and friends; no subcommand opens the app."""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from takeitdown_desktop import __version__
from takeitdown_desktop.core.paths import expand_paths

if TYPE_CHECKING:
    from takeitdown_desktop.core.client import CaseClient, Waiting
    from takeitdown_desktop.core.video import FrameHash

T = TypeVar("T")

#: How long submit, status and withdraw keep trying, unless told otherwise (seconds).
DEFAULT_GIVE_UP_AFTER = 120.0
#: Retries within that time: backoff doubles from half a second, so the last ones are a minute apart.
CLI_RETRIES = 8
_KEY_RE = re.compile(r"[A-Za-z0-9_-]{16,128}")


def _positive_jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _idempotency_key(text: str) -> str:
    if not _KEY_RE.fullmatch(text):
        raise argparse.ArgumentTypeError("expected the key printed by an earlier run (16-128 letters, digits, - or _)")
    return text


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a number of seconds") from None
    if not 1 <= value <= 24 * 3600:
        raise argparse.ArgumentTypeError("must be between 1 second and a day")
    return value


def _add_waiting_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--give-up-after",
        type=_seconds,
        default=DEFAULT_GIVE_UP_AFTER,
        metavar="SECONDS",
        help=f"keep trying for at most this long, waits and retries included (default: {DEFAULT_GIVE_UP_AFTER:.0f})",
    )


def _add_decoding_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--decode-every-frame",
        action="store_true",
        help="decode every frame of each video, even those vPDQ does not hash and no other frame uses "
        "(slower; the fingerprints are the same, so this is for ruling the faster way out)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="takeitdown-desktop",
        description="Fingerprint photos and videos on this computer. Run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works: fingerprints, video formats, practice mode, the window",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p_hash = sub.add_parser(
        "hash",
        help="print the fingerprints of files as JSON Lines",
        description="Print one JSON object per file, in input order. Folders are searched recursively.",
    )
    p_hash.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p_hash.add_argument("--jobs", type=_positive_jobs, default=None, help="worker processes (default: all cores)")
    _add_decoding_option(p_hash)
    p_hash.add_argument(
        "--vpdq-dir",
        metavar="DIR",
        help="also write each video's frame hashes to DIR/FILENAME.txt (or .json), for Meta's tools; "
        "each JSON line then names its file in \"vpdq_file\"",
    )
    p_hash.add_argument(
        "--vpdq-format",
        choices=("vpdq", "threatexchange"),
        default="vpdq",
        help="vpdq: one frame,quality,hash,timestamp line per frame, as vPDQ's own tools read it (.txt); "
        "threatexchange: a JSON list of \"hash,quality,timestamp\", as python-threatexchange's "
        "vPDQ signal reads it (.json)",
    )
    p_match = sub.add_parser(
        "match",
        help="check whether copies found online would be recognised, as JSON Lines",
        description="For each copy, one JSON object: the closest original, how close it is, and "
        '"covered" (platforms that have the originals\' fingerprints would recognise it) or '
        '"not covered: add it". Nothing is sent anywhere.',
    )
    p_match.add_argument(
        "--against",
        action="append",
        required=True,
        metavar="ORIGINALS",
        help="a fingerprint file written by export, or an original photo, video or folder; repeat for more",
    )
    p_match.add_argument("copies", nargs="+", metavar="COPY", help="the copies to check (files or folders)")
    p_match.add_argument("--jobs", type=_positive_jobs, default=None, help="worker processes (default: all cores)")
    _add_decoding_option(p_match)
    for name, help_text in (("submit", "fingerprint files and open a case with the fingerprints"), ("export", "write the fingerprints that submit would send to a file")):
        p = sub.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:] + ".")
        if name == "submit":
            p.add_argument("--endpoint", required=True, metavar="URL", help="the case service (https://, or http:// on this computer)")
            p.add_argument("--bundle", metavar="FILE", help="send a file written by `export` instead of fingerprinting")
            p.add_argument("--ca-bundle", metavar="FILE", help="also trust this certificate authority (a private test server)")
            p.add_argument("--case", metavar="NUMBER", help="add to this existing case (asks for its PIN)")
            p.add_argument(
                "--idempotency-key",
                type=_idempotency_key,
                metavar="KEY",
                help="finish an earlier run that failed after sending: the key it printed (use the same files or bundle)",
            )
            _add_waiting_options(p)
        else:
            p.add_argument("--output", required=True, metavar="FILE", help="where to write the fingerprints")
        p.add_argument("--program", choices=PROGRAM_CHOICES, default="under18", help="under18 (default) or adult")
        p.add_argument("--jobs", type=_positive_jobs, default=None, help=argparse.SUPPRESS)
        _add_decoding_option(p)
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
        _add_waiting_options(p)
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
    from takeitdown_desktop.core.errors import CaseServiceError, Problem

    from takeitdown_desktop.core.case import explain

    if not isinstance(exc, CaseServiceError):
        return str(exc)
    text = explain(exc)  # the same words as the app's
    if exc.problem in (Problem.UNREACHABLE, Problem.THROTTLED) and exc.retry_after is not None and exc.retry_after >= 60:
        text = f"The service is busy and asked to wait {_duration(60 * round(exc.retry_after / 60))}. Please try again then."
    return text


def _fingerprint_bundle(args: argparse.Namespace) -> tuple[bytes | None, int]:
    from takeitdown_desktop.core.batch import BatchHasher
    from takeitdown_desktop.core.bundle import build_bundle

    paths = expand_paths(args.paths)
    reports = list(BatchHasher(
        args.jobs, inline_one_photo=True, fork_workers=True, skip_frames=not args.decode_every_frame
    ).run(paths))
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
    from takeitdown_desktop.core.case import CaseDraft, Receipt
    from takeitdown_desktop.core.errors import CaseServiceError

    try:  # a bad address is reported before any file is read
        client = _patient_client(args)
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
    # The same key for every try, here and by hand later: a retry after a lost answer
    # gets the case that was opened instead of a second one whose PIN nobody saw.
    draft = CaseDraft(program=args.program)
    draft.use_payload(payload, args.idempotency_key)
    key = draft.idempotency_key
    pin = _read_pin() if args.case else None
    if args.case:
        draft.receipt = Receipt(args.case, pin or "", args.endpoint)
    try:
        if args.case:
            got = _patiently(client, args.give_up_after, "Adding the fingerprints to the case at {url}", lambda: draft.deliver(client, args.endpoint, pin))
            result = {"case_number": got.case_number, "status": got.status, "items": got.items}
        else:
            got = _patiently(client, args.give_up_after, "Sending the fingerprints to {url}", lambda: draft.deliver(client, args.endpoint))
            result = {"case_number": got.case_number, "pin": got.pin, "status": got.status, "items": got.items}
    except (CaseServiceError, _GaveUp, KeyboardInterrupt) as exc:
        if isinstance(exc, CaseServiceError) and exc.code == "idempotency_key_reused":
            return _fail("That idempotency key was used to send different fingerprints (or to another case). Run without --idempotency-key to send these.")
        message = _explain(exc) if isinstance(exc, CaseServiceError) else str(exc) or "Stopped."
        if _may_have_arrived(exc):
            message += (
                "\nThe service may have received the fingerprints even though no answer came back. "
                "To try again without opening a second case, run the same command with:\n"
                f"    --idempotency-key={key}\n"
                "Keep this key private, like the PIN: with the same fingerprints it gets the case back."
            )
        _fail(message)
        return 130 if isinstance(exc, KeyboardInterrupt) else 1
    print(json.dumps(result))
    return 0


def cmd_case(args: argparse.Namespace) -> int:
    from takeitdown_desktop.core.errors import CaseServiceError

    try:
        client = _patient_client(args)
        pin = _read_pin()
        if args.command == "status":
            status = _patiently(client, args.give_up_after, "Asking {url} for the case's status", lambda: client.status(args.case, pin))
        else:
            status = _patiently(client, args.give_up_after, "Asking {url} to withdraw the case", lambda: client.withdraw(args.case, pin))
    except (CaseServiceError, _GaveUp) as exc:
        return _fail(_explain(exc) if isinstance(exc, CaseServiceError) else str(exc))
    except KeyboardInterrupt:
        _fail("Stopped.")
        return 130
    print(json.dumps({"case_number": status.case_number, "status": status.status, "items": status.items}))
    return 0


# -- talking to a service with patience and in plain sight -----------------------------


class _GaveUp(Exception):
    """No answer within the time allowed."""


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds >= 120 and seconds % 60 == 0:
        return f"{seconds // 60} minutes"
    return "1 second" if seconds == 1 else f"{seconds} seconds"


_last_said = 0.0


def _say(text: str) -> None:
    global _last_said
    sys.stderr.write(text + "\n")
    sys.stderr.flush()
    _last_said = time.monotonic()


def _patient_client(args: argparse.Namespace) -> CaseClient:
    from takeitdown_desktop.core.client import CaseClient, Waiting
    from takeitdown_desktop.core.errors import Problem

    def on_wait(waiting: Waiting) -> None:
        if waiting.asked_by_service:
            reason = "The service is busy and asked to wait"
        elif waiting.problem is Problem.OFFLINE:
            reason = "The service could not be found (is this computer online?)"
        else:
            reason = "The service could not be reached or did not answer"
        _say(f"{reason}; trying again in {_duration(max(1.0, waiting.seconds))} (try {waiting.attempt} of {waiting.attempts})...")

    # The client stops a moment before the bound, so that its own, more exact reason is
    # what the person reads; _patiently enforces the bound itself in any case.
    return CaseClient(
        args.endpoint,
        ca_bundle=args.ca_bundle,
        retries=CLI_RETRIES,
        give_up_after=max(1.0, args.give_up_after - 1),
        on_wait=on_wait,
    )


def _patiently(client: CaseClient, give_up_after: float, doing: str, call: Callable[[], T]) -> T:
    """Run ``call``, saying what is happening and how long it may take, while it waits
    or retries; raise _GaveUp once ``give_up_after`` seconds have passed, whatever the
    network does (a trickle of bytes can keep a single request alive indefinitely)."""
    _say(f"{doing.format(url=client.base_url)} (this gives up after {_duration(give_up_after)})...")
    outcome: list[T] = []
    failure: list[BaseException] = []
    done = threading.Event()

    def work() -> None:
        try:
            outcome.append(call())
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            failure.append(exc)
        finally:
            done.set()

    # A daemon: if it is still waiting when we give up, it must not keep the program alive.
    threading.Thread(target=work, name="request", daemon=True).start()
    started = time.monotonic()
    tick = min(10.0, max(1.0, give_up_after / 6))
    while not done.wait(min(tick, max(0.0, started + give_up_after - time.monotonic()))):
        elapsed = time.monotonic() - started
        if elapsed >= give_up_after:
            raise _GaveUp(f"No answer from the service after {_duration(give_up_after)}, so this gave up.")
        if time.monotonic() - _last_said >= tick - 0.1:  # not right after news of a retry
            _say(f"Still waiting for the service ({_duration(elapsed)} so far)...")
    if failure:
        raise failure[0]
    return outcome[0]


def _may_have_arrived(exc: BaseException) -> bool:
    """Whether a failed create or add may have been done by the service all the same."""
    from takeitdown_desktop.core.errors import CaseServiceError, Problem

    if isinstance(exc, CaseServiceError):
        # A refusal or a wrong PIN is an answer; an untrusted certificate stops us before sending.
        return exc.problem not in (Problem.REJECTED, Problem.WRONG_CASE_OR_PIN, Problem.TLS, Problem.INSECURE_URL)
    return True  # gave up waiting, or interrupted: it may have been sent


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
        hasher = BatchHasher(args.jobs, inline_one_photo=True, fork_workers=True, skip_frames=not args.decode_every_frame)
        for report in hasher.run(paths, cancel=cancel):
            failed |= not report.ok
            record = report.to_json()
            if vpdq_dir is not None and report.frames:
                record["vpdq_file"] = str(_write_vpdq(vpdq_dir, report.path, report.frames, args.vpdq_format))
            out.write(json.dumps(record) + "\n")
            out.flush()
    except KeyboardInterrupt:
        cancel.set()
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); that is not an error of ours.
        sys.stderr.close()
        return 0
    return 1 if failed else 0


def _write_vpdq(folder: Path, source: str, frames: Sequence[FrameHash], form: str) -> Path:
    from takeitdown_desktop.core.video import threatexchange_json, vpdq_text

    # The whole file name, so a.mp4 and a.mkv cannot be confused; the JSON line names
    # the file written, for the rare two inputs of the same name in different folders.
    name = Path(source).name or "video"
    suffix = ".json" if form == "threatexchange" else ".txt"
    target = folder / f"{name}{suffix}"
    n = 2
    while target.exists():  # never overwrite: an earlier input or run wrote it
        target = folder / f"{name}-{n}{suffix}"
        n += 1
    text = threatexchange_json(frames) if form == "threatexchange" else vpdq_text(frames)
    target.write_text(text, encoding="ascii")
    return target


#: What ``match`` prints for each verdict (the app words the same codes in its own table).
MATCH_RESULTS = {True: "covered", False: "not covered: add it"}


def cmd_match(args: argparse.Namespace) -> int:
    from takeitdown_desktop.core.batch import BatchHasher
    from takeitdown_desktop.core.bundle import BundleError
    from takeitdown_desktop.core.match import Original, check_report, original_from_report, read_fingerprint_file

    failed = False
    originals: list[Original] = []
    to_fingerprint: list[str] = []
    for path in expand_paths(args.against):
        try:
            found = read_fingerprint_file(path)
        except BundleError as exc:
            _fail(f"{path}: this is not a valid fingerprint file: {exc}")
            failed = True
            continue
        except OSError:
            _fail(f"{path}: this file could not be read.")
            failed = True
            continue
        if found is None:
            to_fingerprint.append(path)
        else:
            originals.extend(found)
    hasher = BatchHasher(args.jobs, fork_workers=True, skip_frames=not args.decode_every_frame)
    for report in hasher.run(to_fingerprint):
        original = original_from_report(report)
        if original is None:
            _fail(f"{report.path}: {report.error.message if report.error else 'could not be fingerprinted.'}")
            failed = True
        else:
            originals.append(original)
    if not originals:
        return _fail("None of the originals could be read, so there is nothing to compare the copies with.")
    out = sys.stdout
    try:
        for report in hasher.run(expand_paths(args.copies)):
            check = check_report(report, originals)
            failed |= check.error is not None
            record = check.to_json()
            record["result"] = "could not be checked" if check.error else MATCH_RESULTS[check.covered]
            out.write(json.dumps(record) + "\n")
            out.flush()
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    return 1 if failed else 0


#: The commands; anything else that does not start with "-" is a file to open in the app.
COMMANDS = frozenset({"hash", "match", "submit", "export", "status", "withdraw"})


def files_to_open(argv: Sequence[str]) -> list[str] | None:
    """The files to open in the app, when it is started with files and no command (a
    file manager's "Open with" passes their paths); an empty list opens it with none;
    None: a command or an option, for the parser."""
    if not argv:
        return []
    if argv[0] == "--":
        argv = argv[1:]
    elif argv[0].startswith("-") or argv[0] in COMMANDS:
        return None
    return [os.path.abspath(path) for path in argv]


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    opening = files_to_open(argv)
    if opening:
        from takeitdown_desktop.gui import run_gui

        return run_gui(opening)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test or args.command in ("hash", "export", "submit", "match"):
        # One thread of BLAS, set before numpy first loads: this process then has no
        # thread but its own and may fork its workers (core/batch.py), and each worker
        # has one core to itself, where a thread pool of its own would only contend.
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    if args.self_test:
        from takeitdown_desktop.selftest import run as self_test

        return self_test()
    if args.command == "hash":
        return cmd_hash(args)
    if args.command == "export":
        return cmd_export(args)
    if args.command == "match":
        return cmd_match(args)
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
    code = main()
    if "takeitdown_desktop.core.batch" in sys.modules:
        from takeitdown_desktop.core.batch import release_process_helpers

        release_process_helpers()  # so that no helper process outlives the command
    sys.exit(code)
