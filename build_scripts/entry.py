"""Entry script of the frozen app (PyInstaller needs a file, not a console-script spec).

Opened from a menu or a file manager, the app has nowhere to print why it cannot start
(a graphics library missing on a minimal desktop, say): Qt then aborts and the person
sees nothing at all. So, on Linux, the window runs in a child process; if that ends in
failure, this parent shows the reason with the first tool the desktop offers that works
(zenity, kdialog, xmessage, notify-send). A window killed (Force Quit, or the system short
of memory) is not a failure to explain, and the window ends with this parent, however
that ends. The command line and the worker processes run directly.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

_CHILD = "TAKEITDOWN_LAUNCHED"

HINTS = (
    ("libGL.so", "A graphics library is missing. Install the package libgl1 (Debian, Ubuntu) or mesa-libGL (Fedora)."),
    ("libEGL.so", "A graphics library is missing. Install the package libegl1 (Debian, Ubuntu) or mesa-libEGL (Fedora)."),
    ("xcb-cursor", "A display library is missing. Install the package libxcb-cursor0 (Debian, Ubuntu) or xcb-util-cursor (Fedora)."),
    ("platform plugin", "The app could not open a window on this desktop. Installing the package libxcb-cursor0 usually fixes this."),
    ("libfontconfig", "A font library is missing. Install the package libfontconfig1 (Debian, Ubuntu) or fontconfig (Fedora)."),
)


def explain(stderr: str) -> str | None:
    """What a failed start needs, when its messages say."""
    for needle, hint in HINTS:
        if needle in stderr:
            return hint
    return None


#: How the window's process may end without anything to tell: a normal end, Ctrl+C,
#: logging out, and being killed (Force Quit, or the system short of memory), after
#: which the person knows more than its messages do.
_QUIET_ENDS = (0, 130, 143, -signal.SIGINT, -signal.SIGTERM, -signal.SIGHUP, -signal.SIGKILL)

#: A dialog tool that ends sooner than this with an error could not show anything (zenity
#: without libGL, say), so the next one is tried.
_FAILED_AT_ONCE = 2.0


def failure_text(stderr: str) -> tuple[str, str]:
    """The title and text to show after the window's process ended in failure."""
    tail = "\n".join(stderr.strip().splitlines()[-6:])
    hint = explain(stderr)
    if hint is not None:
        # Only a start that failed for a known reason is known to have read nothing.
        return "Take It Down could not start", f"{hint}\n\nNo photos or videos were read or sent.\n\nDetails:\n{tail}"
    return "Take It Down stopped unexpectedly", f"It closed because of an error.\n\nDetails:\n{tail}"


def show_failure(stderr: str) -> None:
    """Tell the person, by the first dialog or notification tool this desktop has that works."""
    title, text = failure_text(stderr)
    for command in (
        ["zenity", "--error", "--no-wrap", f"--title={title}", f"--text={text}"],
        ["kdialog", "--title", title, "--error", text],
        ["xmessage", "-center", f"{title}\n\n{text}"],
        ["notify-send", "--urgency=critical", title, text],
    ):
        started = time.monotonic()
        try:
            done = subprocess.run(command, check=False, timeout=600, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return  # shown, and left open
        except OSError:
            continue
        if done.returncode == 0 or time.monotonic() - started >= _FAILED_AT_ONCE:
            return


def _die_with_parent() -> None:
    """In the window's process, before it starts: end when the launcher ends, however
    it ends (Linux's parent-death signal), rather than live on without it."""
    import ctypes

    pr_set_pdeathsig = 1
    try:
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


def launch() -> int:
    """Run the window in a child process and report a failed start."""
    env = dict(os.environ, **{_CHILD: "1"})
    # Frozen, the program is sys.executable; from source, Python runs this script again.
    argv = [sys.executable, *sys.argv[1:]] if getattr(sys, "frozen", False) else [sys.executable, *sys.argv]
    child = subprocess.Popen(argv, env=env, stderr=subprocess.PIPE, preexec_fn=_die_with_parent)

    def pass_on(signum: int, _frame: object) -> None:
        child.send_signal(signum)  # closing the launcher closes the window

    for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(signum, pass_on)
    kept = b""
    assert child.stderr is not None
    for chunk in iter(lambda: child.stderr.read1(4096), b""):  # type: ignore[union-attr]
        sys.stderr.buffer.write(chunk)  # still there for anyone who looks
        sys.stderr.buffer.flush()
        kept = (kept + chunk)[-8192:]
    code = child.wait()
    if code not in _QUIET_ENDS:
        show_failure(kept.decode("utf-8", "replace"))
    return code if code >= 0 else 128 - code


if __name__ == "__main__":
    from takeitdown_desktop.cli import files_to_open, run

    # The window, with or without files to open ("Open with"), not a command.
    if sys.platform.startswith("linux") and files_to_open(sys.argv[1:]) is not None and not os.environ.get(_CHILD):
        sys.exit(launch())

    run()
