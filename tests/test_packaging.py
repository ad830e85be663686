"""The installers' own files (build_scripts/build.py), checked without freezing the app:
desktop entries as the desktop reads them, the .deb's metadata as lintian reads it, and
the archive's entries."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

BUILD_SCRIPTS = Path(__file__).resolve().parents[1] / "build_scripts"


@pytest.fixture(scope="module")
def build() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BUILD_SCRIPTS))
    try:
        import build as module
    finally:
        sys.path.remove(str(BUILD_SCRIPTS))
    yield module


@pytest.fixture
def program_folder(tmp_path: Path) -> Path:
    """A stand-in for the frozen program folder: a program that writes down how it was started."""
    import takeitdown_desktop

    folder = tmp_path / "unpacked here" / f"takeitdown-desktop-{takeitdown_desktop.__version__}"
    (folder / "_internal").mkdir(parents=True)
    program = folder / "takeitdown-desktop"
    program.write_text(f'#!/bin/sh\nprintf "%s\\n" "$0" "$@" > "{tmp_path / "started.txt"}"\n')
    program.chmod(0o755)
    return folder


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils (.ci/run installs it)")
@pytest.mark.parametrize("which", ["DESKTOP_ENTRY", "ARCHIVE_ENTRY"])
def test_desktop_entries_are_valid(build: ModuleType, tmp_path: Path, which: str) -> None:
    entry = tmp_path / "org.takeitdown_desktop.TakeItDown.desktop"
    entry.write_text(getattr(build, which))
    done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == "", done.stdout
    text = entry.read_text()
    assert "%F" in text and "image/jpeg;" in text and "video/mp4;" in text  # "Open with"


def _run_exec(exec_line: str, field_k: str, files: list[str], cwd: Path) -> None:
    """Run a desktop entry's Exec as the desktop does: %k and %F expanded, then split
    into arguments by the specification's quoting (GLib's shell parser)."""
    line = exec_line.replace("\\\\", "\\")  # the string value's own escaping
    words: list[str] = []
    word, quoted, at = "", False, 0
    while at < len(line):
        char = line[at]
        if quoted and char == "\\" and line[at + 1] in '"`$\\':
            word, at = word + line[at + 1], at + 2
            continue
        if char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            if word:
                words.append(word)
            word = ""
        else:
            word += char
        at += 1
    words.append(word)
    argv: list[str] = []
    for word in words:
        if word == "%F":
            argv.extend(files)
        else:
            argv.append(word.replace("%k", field_k))
    subprocess.run(argv, cwd=cwd, check=True, timeout=30)


def test_archive_entry_starts_the_program_beside_it(build: ModuleType, program_folder: Path, tmp_path: Path) -> None:
    """%k, the entry's own place (KDE, GNOME Files), finds the program wherever the
    folder was unpacked; opened with files, they are passed on."""
    entry = program_folder / "Take It Down.desktop"
    entry.write_text(build.ARCHIVE_ENTRY)
    exec_line = next(line[5:] for line in build.ARCHIVE_ENTRY.splitlines() if line.startswith("Exec="))
    _run_exec(exec_line, str(entry), ["/photos/a b.jpg", "/photos/c.mov"], cwd=tmp_path)
    started = (tmp_path / "started.txt").read_text().splitlines()
    assert started == [str(program_folder / "takeitdown-desktop"), "/photos/a b.jpg", "/photos/c.mov"]


@pytest.mark.skipif(shutil.which("gio") is None, reason="needs GLib's gio tool")
@pytest.mark.parametrize("from_its_folder", [True, False])
def test_archive_entry_under_gio_launch(build: ModuleType, program_folder: Path, tmp_path: Path, from_its_folder: bool) -> None:
    """`gio launch` expands %k to nothing and sets no GIO_LAUNCHED_DESKTOP_FILE: then the
    program is looked for in the folder the entry is started from, and in the folder of
    its name in the home folder or one below (here: HOME/unpacked here/)."""
    entry = program_folder / "Take It Down.desktop"
    entry.write_text(build.ARCHIVE_ENTRY)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "HOME": str(tmp_path)}
    subprocess.run(["gio", "launch", str(entry), "/photos/a b.jpg"], cwd=program_folder if from_its_folder else elsewhere,
                   env=env, check=True, timeout=30)
    started = tmp_path / "started.txt"
    for _ in range(100):
        if started.exists() and started.read_text():
            break
        subprocess.run(["sleep", "0.1"], check=True)
    program = "./takeitdown-desktop" if from_its_folder else str(program_folder / "takeitdown-desktop")
    assert started.read_text().splitlines() == [program, "/photos/a b.jpg"]


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian)")
def test_deb_carries_copyright_changelog_and_open_with(build: ModuleType, program_folder: Path, tmp_path: Path) -> None:
    build.WORK, build.DIST = tmp_path / "work", tmp_path / "dist"
    build.DIST.mkdir()
    deb = build.build_deb(program_folder)
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "./usr/share/doc/takeitdown-desktop/copyright" in listing
    assert "./usr/share/doc/takeitdown-desktop/changelog.gz" in listing
    if shutil.which("lintian") is None:
        pytest.skip("lintian is not installed (.ci/run installs it)")
    tags = subprocess.run(["lintian", "--no-tag-display-limit", str(deb)], capture_output=True, text=True).stdout
    for tag in ("no-copyright-file", "debian-changelog-file-missing", "copyright-", "desktop-entry-", "desktop-mime"):
        assert f" {tag}" not in tags, tags


def test_archive_is_dated_and_carries_xcb_cursor(build: ModuleType, program_folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("zstandard")
    try:
        build._system_library("libxcb-cursor.so.0")
    except SystemExit:
        pytest.skip("libxcb-cursor0 is not installed here (.ci/run installs it)")
    import zstandard

    build.DIST = tmp_path / "dist"
    build.DIST.mkdir()
    archive = build.build_tarball(program_folder)
    with archive.open("rb") as raw, zstandard.ZstdDecompressor().stream_reader(raw) as unpacked:
        with tarfile.open(fileobj=unpacked, mode="r|") as tar:
            members = {m.name: m for m in tar}
    top = program_folder.name
    assert f"{top}/_internal/libxcb-cursor.so.0" in members
    assert members[f"{top}/Take It Down.desktop"].mtime > 1_600_000_000


def _can_build_runtime() -> str | None:
    if shutil.which("gcc") is None or shutil.which("mksquashfs") is None:
        return "needs gcc and squashfs-tools"
    for lib in ("libsquashfuse.a", "libsquashfuse_ll.a", "libfuse3.a", "libzstd.a", "liblz4.a", "liblzo2.a", "liblzma.a"):
        if not Path("/usr/lib/x86_64-linux-gnu", lib).exists():
            return f"needs Debian's static {lib} (build_scripts/appimage/README.md names the packages; .ci/run installs them)"
    return None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the AppImage is for Linux")
def test_appimage_runtime_is_built_static_and_runs_its_image(build: ModuleType, tmp_path: Path) -> None:
    """The runtime compiled from build_scripts/appimage/ links no system library, and an
    AppImage made with it starts its AppRun with the arguments given, as a double-click
    does (here unpacked to a temporary folder, as where there is no FUSE)."""
    if why := _can_build_runtime():
        pytest.skip(why)
    build.WORK = tmp_path / "work"
    runtime = build.build_appimage_runtime(tmp_path / "work" / "runtime")
    dynamic = subprocess.run(["readelf", "-d", str(runtime)], capture_output=True, text=True).stdout
    assert "NEEDED" not in dynamic and runtime.stat().st_size < 3_000_000
    appdir = tmp_path / "AppDir"
    appdir.mkdir()
    (appdir / "AppRun").write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{tmp_path / "started.txt"}"\n')
    (appdir / "AppRun").chmod(0o755)
    image = build.make_appimage(appdir, runtime, tmp_path / "tiny.AppImage")
    env = {"PATH": "/usr/bin:/bin", "APPIMAGE_EXTRACT_AND_RUN": "1", "HOME": str(tmp_path), "TMPDIR": str(tmp_path)}
    subprocess.run([str(image), "/photos/a b.jpg"], env=env, check=True, timeout=60)
    assert (tmp_path / "started.txt").read_text().splitlines() == ["/photos/a b.jpg"]
    offset = subprocess.run([str(image), "--appimage-offset"], env=env, capture_output=True, text=True, timeout=60)
    assert int(offset.stdout) == runtime.stat().st_size


def test_a_qt_plugin_that_cannot_load_fails_the_build(build: ModuleType, tmp_path: Path) -> None:
    """GNOME's Wayland decorations need QtSvg, which the build leaves out: shipped without
    it, Qt would skip the plugin in silence and windows would have no title bar."""
    import PySide6

    plugins = Path(PySide6.__file__).parent / "Qt" / "plugins" / "wayland-decoration-client"
    if not (plugins / "libadwaita.so").exists():
        pytest.skip("this PySide6 has no adwaita decoration plugin")
    bundle = tmp_path / "bundle"
    target = bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "wayland-decoration-client"
    target.mkdir(parents=True)
    for lib in ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6DBus.so.6", "libQt6WaylandClient.so.6"):
        (bundle / "_internal" / lib).write_bytes(b"")
    shutil.copy(plugins / "libbradient.so", target)
    build.check_qt_plugins(bundle)  # Qt's own decorations need nothing more
    shutil.copy(plugins / "libadwaita.so", target)
    with pytest.raises(SystemExit, match="libadwaita.so needs libQt6Svg"):
        build.check_qt_plugins(bundle)
