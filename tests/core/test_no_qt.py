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


def test_importing_the_core_and_cli_loads_no_qt() -> None:
    code = (
        "import sys, takeitdown_desktop.cli, takeitdown_desktop.core.batch, takeitdown_desktop.core.image;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_cli_parent_does_not_import_numpy_or_qt() -> None:
    # The heavy modules load in the worker processes, keeping the command's start fast.
    code = (
        "import sys, takeitdown_desktop.cli, takeitdown_desktop.core.batch;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('numpy', 'PIL', 'cv2', 'scipy', 'PySide6')];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
