"""The frozen app's launcher (build_scripts/entry.py): a window that cannot open is explained
with the desktop's own dialog tool, not left to vanish."""

from __future__ import annotations

import os
import subprocess
import sys
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
