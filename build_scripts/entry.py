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
from pathlib import Path

from takeitdown_desktop import SETTINGS_FILE, SETTINGS_FOLDER

_CHILD = "TAKEITDOWN_LAUNCHED"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for the catalogues (build_scripts/update_translations.sh)."""
    return text


HINTS = (
    ("libGL.so", QT_TRANSLATE_NOOP("launcher", "A graphics library is missing. Install the package libgl1 (Debian, Ubuntu) or mesa-libGL (Fedora).")),
    ("libEGL.so", QT_TRANSLATE_NOOP("launcher", "A graphics library is missing. Install the package libegl1 (Debian, Ubuntu) or mesa-libEGL (Fedora).")),
    ("xcb-cursor", QT_TRANSLATE_NOOP("launcher", "A display library is missing. Install the package libxcb-cursor0 (Debian, Ubuntu) or xcb-util-cursor (Fedora).")),
    ("platform plugin", QT_TRANSLATE_NOOP("launcher", "The app could not open a window on this desktop. Installing the package libxcb-cursor0 usually fixes this.")),
    ("libfontconfig", QT_TRANSLATE_NOOP("launcher", "A font library is missing. Install the package libfontconfig1 (Debian, Ubuntu) or fontconfig (Fedora).")),
)
COULD_NOT_START = QT_TRANSLATE_NOOP("launcher", "Take It Down could not start")
NOTHING_READ = QT_TRANSLATE_NOOP("launcher", "No photos or videos were read or sent.")
STOPPED = QT_TRANSLATE_NOOP("launcher", "Take It Down stopped unexpectedly")
AN_ERROR = QT_TRANSLATE_NOOP("launcher", "It closed because of an error.")
DETAILS = QT_TRANSLATE_NOOP("launcher", "Details:")


def _i18n_folder() -> Path:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base / "resources" / "i18n"


def _wanted_languages() -> list[str]:
    """The languages to try, best first: the one chosen in the app's Settings, then the
    system's (as Qt reads them). Qt itself cannot be used: it is what failed to start."""
    import configparser

    wanted = []
    config = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    settings = configparser.ConfigParser(interpolation=None)
    try:
        settings.read(os.path.join(config, SETTINGS_FOLDER, SETTINGS_FILE), encoding="utf-8")
        wanted.append(settings.get("ui", "language", fallback=""))  # AppSettings.LANGUAGE, "ui/language"
    except (configparser.Error, OSError, UnicodeDecodeError):
        pass
    wanted += os.environ.get("LANGUAGE", "").split(":")
    wanted += [os.environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    return [code.split(".")[0].split("@")[0] for code in wanted if code and code not in ("C", "POSIX")]


def _catalogue(folder: Path, code: str) -> Path | None:
    """Ours for ``code``: pt_BR exactly, es_MX as es, zh as zh_CN."""
    language = code.split("_")[0]
    for name in (code, language):
        if (folder / f"takeitdown_{name}.ts").is_file():
            return folder / f"takeitdown_{name}.ts"
    others = sorted(folder.glob(f"takeitdown_{language}_*.ts"))
    return others[0] if others else None


def translations() -> dict[str, str]:
    """The launcher's words in the person's language, read from the app's own catalogue
    (the .ts, plain XML: no Qt needed). Empty for English, or if anything is amiss."""
    import xml.etree.ElementTree as ET

    folder = _i18n_folder()
    for code in _wanted_languages():
        if code.split("_")[0] == "en":
            return {}
        path = _catalogue(folder, code)
        if path is None:
            continue
        try:
            root = ET.parse(path).getroot()
        except (ET.ParseError, OSError):
            return {}
        words = {}
        for context in root.iter("context"):
            if context.findtext("name") != "launcher":
                continue
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") is None and translation.text:
                    words[message.findtext("source") or ""] = translation.text
        return words
    return {}


def explain(stderr: str, words: dict[str, str] | None = None) -> str | None:
    """What a failed start needs, when its messages say."""
    for needle, hint in HINTS:
        if needle in stderr:
            return (words or {}).get(hint, hint)
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
    words = translations()

    def tr(text: str) -> str:
        return words.get(text, text)

    tail = "\n".join(stderr.strip().splitlines()[-6:])
    hint = explain(stderr, words)
    if hint is not None:
        # Only a start that failed for a known reason is known to have read nothing.
        return tr(COULD_NOT_START), f"{hint}\n\n{tr(NOTHING_READ)}\n\n{tr(DETAILS)}\n{tail}"
    return tr(STOPPED), f"{tr(AN_ERROR)}\n\n{tr(DETAILS)}\n{tail}"


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
