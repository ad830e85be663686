"""core/ must never import Qt: the command line and servers run without it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "takeitdown_desktop" / "core"


def test_core_sources_do_not_import_qt() -> None:
    offenders = []
    for source in sorted(CORE.rglob("*.py")):
        tree = ast.parse(source.read_text(), filename=str(source))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{source.name}: {n}" for n in names if n.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6")]
    assert offenders == []


def imported_in_fresh_process(modules: list[str], forbidden: tuple[str, ...]) -> list[str]:
    """Top-level packages from ``forbidden`` that importing ``modules`` pulls in."""
    code = (
        f"import sys, {', '.join(modules)};"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({forbidden!r})))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return list(ast.literal_eval(out.strip()))


def test_importing_the_core_and_cli_loads_no_qt() -> None:
    modules = ["takeitdown_desktop.cli", "takeitdown_desktop.core.batch", "takeitdown_desktop.core.image", "takeitdown_desktop.core.client"]
    assert imported_in_fresh_process(modules, ("PySide6", "shiboken6")) == []


def test_cli_parent_does_not_import_heavy_modules() -> None:
    # The heavy modules load in the worker processes, keeping the command's start fast.
    modules = ["takeitdown_desktop.cli", "takeitdown_desktop.core.batch"]
    assert imported_in_fresh_process(modules, ("numpy", "PIL", "cv2", "scipy", "PySide6", "requests")) == []


def test_gui_start_up_path_stays_light() -> None:
    # numpy and requests load on first use, after the window is up.
    assert imported_in_fresh_process(["takeitdown_desktop.gui.main_window"], ("numpy", "requests", "cv2", "scipy")) == []
