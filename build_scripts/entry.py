"""Entry script for the frozen app (PyInstaller needs a file, not a console-script spec)."""

from takeitdown_desktop.cli import run

if __name__ == "__main__":
    run()
