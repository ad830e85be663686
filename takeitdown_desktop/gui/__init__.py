"""The desktop app (PySide6). Imports the core; the core never imports this package."""

from __future__ import annotations

from collections.abc import Sequence


def run_gui(files: Sequence[str] = ()) -> int:
    """Open the app, with ``files`` added to its list, and run until its window closes."""
    from takeitdown_desktop.gui.app import main

    return main(files)
