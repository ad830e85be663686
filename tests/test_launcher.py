"""The frozen app's launcher (build_scripts/entry.py): a window that cannot open is explained
with the desktop's own dialog tool, not left to vanish."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ENTRY = Path(__file__).resolve().parents[1] / "build_scripts" / "entry.py"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the launcher's dialog is for Linux desktops")
def test_a_window_that_cannot_open_is_explained(tmp_path: Path) -> None:
    # A stand-in for zenity, the first tool the launcher tries, that writes down what it was asked to show.
    said = tmp_path / "said.txt"
    tool = tmp_path / "zenity"
    tool.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{said}"\n')
    tool.chmod(0o755)
    env = {**os.environ, "PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}", "QT_QPA_PLATFORM": "no-such-platform"}
    env.pop("TAKEITDOWN_LAUNCHED", None)
    proc = subprocess.run([sys.executable, str(ENTRY)], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert "no-such-platform" in proc.stderr  # Qt's own words still reach the terminal
    shown = said.read_text()
    assert "--title=Take It Down could not start" in shown
    assert "could not open a window on this desktop" in shown and "No photos or videos were read or sent." in shown


def test_the_command_line_runs_without_the_launcher(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, str(ENTRY), "--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("takeitdown-desktop ")


def _gui_env(tmp_path: Path, tools: dict[str, str]) -> dict[str, str]:
    """A temporary home, the window offscreen, and stand-ins for the desktop's dialog tools
    (name -> shell script body) first on the path."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, body in tools.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n")
        (bin_dir / name).chmod(0o755)
    home = tmp_path / "home"
    (tmp_path / "run").mkdir(mode=0o700)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local"),
           "XDG_CACHE_HOME": str(home / ".cache"), "XDG_RUNTIME_DIR": str(tmp_path / "run"),
           "QT_QPA_PLATFORM": "offscreen"}
    env.pop("TAKEITDOWN_LAUNCHED", None)
    return env


def _window_process(launcher: subprocess.Popen[str], timeout: float = 60) -> int:
    """The pid of the launcher's child, the window, once it is up."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        children = Path(f"/proc/{launcher.pid}/task/{launcher.pid}/children").read_text().split()
        if children:
            time.sleep(2)  # let it get its window up
            return int(children[0])
        time.sleep(0.1)
    raise AssertionError("the window never started")


def _gone(pid: int, timeout: float = 15) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        except FileNotFoundError:
            return True
        if state == "Z":
            return True
        time.sleep(0.1)
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the launcher is for Linux desktops")
def test_a_killed_window_is_not_called_a_failed_start(tmp_path: Path) -> None:
    """Force Quit, or the system short of memory, kills the window: nothing is missing,
    and the launcher says nothing."""
    said = tmp_path / "said.txt"
    env = _gui_env(tmp_path, {"zenity": f'printf "%s\\n" "$@" > "{said}"'})
    launcher = subprocess.Popen([sys.executable, str(ENTRY)], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, text=True)
    try:
        os.kill(_window_process(launcher), signal.SIGKILL)
        assert launcher.wait(timeout=30) == 128 + signal.SIGKILL
    finally:
        launcher.kill()
    assert not said.exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the launcher is for Linux desktops")
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL])
def test_the_window_ends_with_its_launcher(tmp_path: Path, how: int) -> None:
    """Killing the launcher (a desktop's Force Quit picks the process it started) must
    not leave a window, or its private files, open without it."""
    env = _gui_env(tmp_path, {})
    launcher = subprocess.Popen([sys.executable, str(ENTRY)], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, text=True)
    try:
        window = _window_process(launcher)
        os.kill(launcher.pid, how)
        assert _gone(window)
    finally:
        launcher.kill()
        launcher.wait()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the launcher's dialog is for Linux desktops")
def test_a_dialog_tool_that_cannot_show_gives_way_to_the_next(tmp_path: Path) -> None:
    """zenity without libGL ends at once with an error: kdialog is asked instead."""
    said = tmp_path / "said.txt"
    env = _gui_env(tmp_path, {"zenity": "echo 'libGL error' >&2; exit 1",
                              "kdialog": f'printf "%s\\n" "$@" > "{said}"'})
    env["QT_QPA_PLATFORM"] = "no-such-platform"
    proc = subprocess.run([sys.executable, str(ENTRY)], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    shown = said.read_text()
    assert "Take It Down could not start" in shown and "No photos or videos were read or sent." in shown


def test_an_unexplained_end_does_not_claim_nothing_was_read() -> None:
    """Only a start that failed for a known reason is known to have read nothing."""
    sys.path.insert(0, str(ENTRY.parent))
    try:
        import entry
    finally:
        sys.path.remove(str(ENTRY.parent))
    title, text = entry.failure_text("Segmentation fault in libfoo.so\n")
    assert title == "Take It Down stopped unexpectedly" and "No photos" not in text and "libfoo" in text
    title, text = entry.failure_text("qt.qpa.plugin: Could not load the Qt platform plugin \"xcb\"\n")
    assert title == "Take It Down could not start" and "No photos or videos were read or sent." in text


def _entry():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ENTRY.parent))
    try:
        import entry
    finally:
        sys.path.remove(str(ENTRY.parent))
    return entry


def _launcher_words(code: str) -> dict[str, str]:
    import xml.etree.ElementTree as ET

    root = ET.parse(ENTRY.parents[1] / "resources" / "i18n" / f"takeitdown_{code}.ts").getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == "launcher")
    return {m.findtext("source") or "": m.findtext("translation") or "" for m in context.iter("message")}


def test_the_launcher_speaks_the_persons_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt is what failed, so its catalogues cannot be used: the launcher reads the app's
    .ts itself, in the language chosen in Settings, else the system's."""
    entry = _entry()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    french = _launcher_words("fr")
    title, text = entry.failure_text('qt.qpa.plugin: Could not load the Qt platform plugin "xcb"\n')
    assert title == french["Take It Down could not start"] != "Take It Down could not start"
    assert french["No photos or videos were read or sent."] in text and "Qt platform plugin" in text
    # A language chosen in the app's Settings comes first.
    (tmp_path / "hash-helper").mkdir()
    (tmp_path / "hash-helper" / "settings.ini").write_text("[ui]\nlanguage=de\n")
    assert entry.failure_text("Segmentation fault\n")[0] == _launcher_words("de")["Take It Down stopped unexpectedly"]
    # The only Portuguese there is, for Portugal's.
    (tmp_path / "hash-helper" / "settings.ini").write_text("[ui]\nlanguage=\n")
    monkeypatch.setenv("LANG", "pt_PT.UTF-8")
    assert entry.failure_text("Segmentation fault\n")[0] == _launcher_words("pt_BR")["Take It Down stopped unexpectedly"]
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    (tmp_path / "hash-helper" / "settings.ini").write_text("[ui]\nlanguage=\n")
    assert entry.failure_text("Segmentation fault\n")[0] == "Take It Down stopped unexpectedly"
