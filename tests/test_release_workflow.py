"""The release workflow (.github/workflows/release.yml), which cannot run here: valid
against GitHub's workflow schema, clean under zizmor's audit (template injection,
unpinned actions, permissions, persisted credentials), and holding what a release
needs (both Mac architectures, a tag that names the version, the .deb installed and
self-tested, codesign with a timestamp and entitlements)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (the test extra installs it)")
    return found


def test_workflow_matches_githubs_schema() -> None:
    done = subprocess.run(
        [_tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_zizmor_finds_nothing_even_pedantic() -> None:
    done = subprocess.run(
        [_tool("zizmor"), "--offline", "--persona=pedantic", "--no-progress", str(WORKFLOW)],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No findings" in done.stdout, done.stdout


def test_release_needs() -> None:
    text = WORKFLOW.read_text()
    assert "macos-14" in text and "macos-15-intel" in text  # Apple silicon and Intel
    assert "does not name version" in text  # the tag is checked against the package
    assert "apt-get install -y -qq ./dist/*.deb" in text and "takeitdown-desktop --self-test" in text
    assert "--timestamp --entitlements build_scripts/entitlements.plist" in text
    assert (ROOT / "build_scripts" / "entitlements.plist").is_file()
    assert 'dmg=$(ls dist/*.dmg)' in text  # the signed image keeps build.py's name
