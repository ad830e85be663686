"""The desktop app (PySide6). Imports the core; the core never imports this package."""


def run_gui() -> int:
    """Open the app and run until its window closes."""
    from takeitdown_desktop.gui.app import main

    return main()
