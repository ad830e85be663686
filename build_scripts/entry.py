"""Entry script of the frozen app (PyInstaller needs a file, not a console-script spec).

Opened from a menu or a file manager, the app has nowhere to print why it cannot start
(a graphics library missing on a minimal desktop, say): Qt then aborts and the person
sees nothing at all. So, on Linux, the window runs in a child process; if that ends in
failure, this parent shows the reason with whatever the desktop offers (zenity, kdialog,
xmessage, notify-send). The command line and the worker processes run directly.
"""

from __future__ import annotations

import os
import subprocess
import sys

_CHILD = "TAKEITDOWN_LAUNCHED"

HINTS = (
    ("libGL.so", "A graphics library is missing. Install the package libgl1 (Debian, Ubuntu) or mesa-libGL (Fedora)."),
    ("libEGL.so", "A graphics library is missing. Install the package libegl1 (Debian, Ubuntu) or mesa-libEGL (Fedora)."),
    ("xcb-cursor", "A display library is missing. Install the package libxcb-cursor0 (Debian, Ubuntu) or xcb-util-cursor (Fedora)."),
    ("platform plugin", "The app could not open a window on this desktop. Installing the package libxcb-cursor0 usually fixes this."),
    ("libfontconfig", "A font library is missing. Install the package libfontconfig1 (Debian, Ubuntu) or fontconfig (Fedora)."),
)


def explain(stderr: str) -> str:
    for needle, hint in HINTS:
        if needle in stderr:
            return hint
    return "Something it needs is missing on this computer."


def show_failure(stderr: str) -> None:
    """Tell the person, by the first dialog or notification tool this desktop has."""
    title = "Take It Down could not start"
    tail = "\n".join(stderr.strip().splitlines()[-6:])
    text = f"{explain(stderr)}\n\nNo photos or videos were read or sent.\n\nDetails:\n{tail}"
    for command in (
        ["zenity", "--error", "--no-wrap", f"--title={title}", f"--text={text}"],
        ["kdialog", "--title", title, "--error", text],
        ["xmessage", "-center", f"{title}\n\n{text}"],
        ["notify-send", "--urgency=critical", title, text],
    ):
        try:
            subprocess.run(command, check=False, timeout=600)
            return
        except (OSError, subprocess.SubprocessError):
            continue


def launch() -> int:
    """Run the window in a child process and report a failed start."""
    env = dict(os.environ, **{_CHILD: "1"})
    # Frozen, the program is sys.executable; from source, Python runs this script again.
    argv = [sys.executable, *sys.argv[1:]] if getattr(sys, "frozen", False) else [sys.executable, *sys.argv]
    child = subprocess.Popen(argv, env=env, stderr=subprocess.PIPE)
    kept = b""
    assert child.stderr is not None
    for chunk in iter(lambda: child.stderr.read1(4096), b""):  # type: ignore[union-attr]
        sys.stderr.buffer.write(chunk)  # still there for anyone who looks
        sys.stderr.buffer.flush()
        kept = (kept + chunk)[-8192:]
    code = child.wait()
    # 0 is a normal end; 130 and 143 are Ctrl+C and logging out.
    if code not in (0, 130, 143, -2, -15):
        show_failure(kept.decode("utf-8", "replace"))
    return code if code >= 0 else 128 - code


if __name__ == "__main__":
    if sys.platform.startswith("linux") and len(sys.argv) == 1 and not os.environ.get(_CHILD):
        sys.exit(launch())
    from takeitdown_desktop.cli import run

    run()
