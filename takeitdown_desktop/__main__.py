"""``python -m takeitdown_desktop``: the same as the ``takeitdown-desktop`` command."""

from takeitdown_desktop.cli import run

if __name__ == "__main__":
    run()
