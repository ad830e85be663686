"""Build the installers for the platform this runs on, into dist/ (and nothing else there).

    python build_scripts/build.py [--endpoints FILE] [--skip-self-test]

Needs the ``build`` and ``server`` extras (``pip install -e '.[server,build]'``).

- Linux: ``takeitdown-desktop_VERSION_amd64.deb`` (menu entry, icon, the system libraries
  it needs declared), ``takeitdown-desktop-VERSION-x86_64.AppImage`` (one file that
  starts the app by a double-click; its runtime is compiled here from the sources in
  build_scripts/appimage/), and ``takeitdown-desktop-VERSION-linux-x86_64.tar.zst``, a
  folder a file manager can open and whose ``takeitdown-desktop`` program starts the app.
- Windows: a per-user installer made with Inno Setup (``iscc`` on PATH).
- macOS: ``Take It Down.app`` in a ``.dmg``.

Every build is checked before anything is packed: on Linux no file may need a glibc newer
than 2.34 (build_scripts/check_glibc.py), and the frozen program must pass its own
``--self-test``. ``--endpoints`` puts an organisation's endpoints file into the build.
SHA-256 sums of the installers go to dist/SHA256SUMS.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import takeitdown_desktop  # noqa: E402

NAME = takeitdown_desktop.APP_NAME
VERSION = takeitdown_desktop.__version__
WORK = ROOT / "build" / "installer"
DIST = ROOT / "dist"
DESKTOP_ID = "org.takeitdown_desktop.TakeItDown"


def run(*args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    print("+", " ".join(str(a) for a in args), flush=True)
    return subprocess.run([str(a) for a in args], check=True, text=True, **kwargs)  # type: ignore[call-overload]


def freeze(endpoints: Path | None) -> Path:
    """PyInstaller's one-folder bundle; with an organisation's endpoints file if given."""
    resources = ROOT / "resources" / "endpoints.json"
    saved = resources.read_bytes()
    try:
        if endpoints is not None:
            from takeitdown_desktop.core.endpoints import EndpointConfig

            EndpointConfig.load(endpoints)  # refuse a malformed file before building
            resources.write_bytes(endpoints.read_bytes())
        run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", WORK / "dist", "--workpath", WORK / "work", ROOT / "build_scripts" / "takeitdown-desktop.spec")
    finally:
        resources.write_bytes(saved)
    bundle = WORK / "dist" / f"{NAME}-{VERSION}"
    if sys.platform == "darwin":
        return WORK / "dist" / "Take It Down.app"
    return bundle


def check_qt_plugins(bundle: Path) -> None:
    """Every Qt plugin shipped must find the Qt libraries it links in the folder: one
    that cannot load is skipped by Qt without a word (GNOME's Wayland decorations without
    QtSvg left windows without a title bar)."""
    internal = bundle / "_internal"
    shipped = {p.name for p in internal.rglob("libQt6*.so*")}
    broken = []
    for plugin in (internal / "PySide6" / "Qt" / "plugins").rglob("*.so"):
        out = subprocess.run(["readelf", "-d", str(plugin)], capture_output=True, text=True).stdout
        missing = [n for n in re.findall(r"\(NEEDED\)\s+Shared library: \[(libQt6.+?)\]", out) if n not in shipped]
        if missing:
            broken.append(f"{plugin.relative_to(internal)} needs {', '.join(missing)}")
    if broken:
        raise SystemExit("Qt plugins that cannot load in this build:\n" + "\n".join(broken))


def tidy_linux(bundle: Path) -> None:
    check_qt_plugins(bundle)
    internal = bundle / "_internal"
    for lib in internal.glob("libpython3*.so*"):
        if lib.is_file() and not lib.is_symlink():
            # Debug symbols are most of libpython's size and nobody here reads them.
            run("strip", "--strip-debug", lib)
            run(sys.executable, ROOT / "build_scripts" / "glibc_compat.py", lib)
    run(sys.executable, ROOT / "build_scripts" / "check_glibc.py", bundle)


def self_test(program: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("TAKEITDOWN_SELF_TEST_PLATFORM", "offscreen"))
    run(program, "--self-test", env=env)


def size_report(bundle: Path) -> str:
    """What takes the space, largest first, for the README's table."""
    sizes: dict[str, int] = {}
    base = bundle / "_internal" if (bundle / "_internal").exists() else bundle
    for path in base.rglob("*"):
        if path.is_file() and not path.is_symlink():
            rel = path.relative_to(base).parts
            top = rel[0]
            if top.endswith((".so", ".dylib", ".dll")) or ".so." in top:
                key = "Qt libraries" if top.startswith("libQt6") else "other libraries"
            elif top in ("PySide6", "shiboken6"):
                key = "PySide6 (Qt)"
            elif top.endswith(".libs"):
                key = top.split(".")[0]
            else:
                key = top
            sizes[key] = sizes.get(key, 0) + path.stat().st_size
    total = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    lines = [f"{'part':<28}{'MB':>8}"]
    grouped: dict[str, int] = {}
    for key, size in sizes.items():
        name = key if size >= 3_000_000 else "everything else"
        grouped[name] = grouped.get(name, 0) + size
    for key, size in sorted(grouped.items(), key=lambda kv: (kv[0] == "everything else", -kv[1])):
        lines.append(f"{key:<28}{size / 1e6:>8.1f}")
    lines.append(f"{'total, unpacked':<28}{total / 1e6:>8.1f}")
    return "\n".join(lines)


# -- Linux ---------------------------------------------------------------------------------

def _needed_sonames(bundle: Path) -> set[str]:
    inside = {p.name for p in bundle.rglob("*")}
    needed: set[str] = set()
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as f:
            if f.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
        needed.update(n for n in re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out) if n not in inside)
    return needed


def debian_depends(bundle: Path) -> list[str]:
    """The Debian packages that hold the system libraries the bundle links to."""
    known = {}
    for line in subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout.splitlines():
        m = re.match(r"\s+(\S+) \(libc6,x86-64.*\) => (\S+)", line)
        if m:
            known.setdefault(m.group(1), m.group(2))
    packages: set[str] = set()
    missing = []
    for soname in sorted(_needed_sonames(bundle)):
        path = known.get(soname)
        if path is None:
            missing.append(soname)
            continue
        owner = subprocess.run(["dpkg", "-S", os.path.realpath(path)], capture_output=True, text=True).stdout
        if not owner:
            owner = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True).stdout
        if owner:
            packages.add(owner.split(":")[0].strip())
        else:
            missing.append(soname)
    if missing:
        raise SystemExit(f"no Debian package found for: {', '.join(missing)} (install them on the build machine)")
    packages.discard("libc6")
    return ["libc6 (>= 2.34)", *sorted(packages)]


#: What "Open with" offers the app for: the photos and videos it reads (core/media.py).
MIME_TYPES = (
    "image/jpeg", "image/png", "image/webp", "image/gif", "image/bmp", "image/tiff", "image/heic", "image/heif",
    "image/avif", "video/mp4", "video/quicktime", "video/x-m4v", "video/3gpp", "video/x-matroska", "video/webm",
    "video/x-msvideo", "video/mpeg", "video/mp2t", "video/vnd.avi", "video/x-flv", "video/x-ms-asf",
)


def desktop_entry(exec_line: str, icon: str) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Take It Down\n"
        "GenericName=Get intimate pictures taken down\n"
        "Comment=Fingerprint photos and videos on this computer and ask websites to block them\n"
        f"Exec={exec_line}\n"
        f"Icon={icon}\n"
        "Terminal=false\n"
        "Categories=Utility;\n"
        f"MimeType={';'.join(MIME_TYPES)};\n"
        f"StartupWMClass={NAME}\n"
    )


DESKTOP_ENTRY = desktop_entry(f"{NAME} %F", NAME)


def _exec_quoted(arg: str) -> str:
    """One argument of a desktop entry's Exec key, quoted as the specification asks, and
    escaped again as every string value is."""
    quoted = '"' + arg.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace("`", "\\`") + '"'
    return quoted.replace("\\", "\\\\")


#: The unpacked folder's own entry. Exec cannot name the folder, which is wherever the
#: person unpacked it: the file's own place is %k (KDE, GNOME Files), or what GLib says in
#: GIO_LAUNCHED_DESKTOP_FILE. `gio launch` passes neither; then the program is looked for
#: in the folder the entry was started from, and in the folder of this name where people
#: unpack things: their home, or a folder in it (Downloads, Desktop) or one below that.
ARCHIVE_LAUNCH = (
    'k=${1#k=}; shift; [ -n "$k" ] || k=$GIO_LAUNCHED_DESKTOP_FILE; '
    f'for d in "$(dirname "${{k:-./-}}")" "$HOME/{NAME}-{VERSION}" "$HOME"/*/{NAME}-{VERSION} '
    f'"$HOME"/*/*/{NAME}-{VERSION}; do '
    f'[ -x "$d/{NAME}" ] && exec "$d/{NAME}" "$@"; done; exit 127'
)
ARCHIVE_ENTRY = desktop_entry(f"sh -c {_exec_quoted(ARCHIVE_LAUNCH)} sh k=%k %F", "application-x-executable")

COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: takeitdown-desktop
Source: https://github.com/takeitdown-desktop/takeitdown-desktop

Files: *
Copyright: {year} takeitdown-desktop contributors
License: BSD-3-Clause

Files: opt/takeitdown-desktop/_internal/*
Copyright: their authors
License: various
 The program folder carries Python and the libraries the app runs on, each under
 its own licence: Python (PSF-2.0), Qt and PySide6 (LGPL-3), FFmpeg inside PyAV
 (LGPL-2.1+, with GPL-2+ encoders), libheif (LGPL-3), numpy and SciPy (BSD-3-Clause),
 Pillow (MIT-CMU), and others; their licence files are kept beside them.

License: BSD-3-Clause
 Redistribution and use in source and binary forms, with or without modification,
 are permitted provided that the following conditions are met:
 .
 1. Redistributions of source code must retain the above copyright notice, this
 list of conditions and the following disclaimer.
 .
 2. Redistributions in binary form must reproduce the above copyright notice, this
 list of conditions and the following disclaimer in the documentation and/or other
 materials provided with the distribution.
 .
 3. Neither the name of the copyright holder nor the names of its contributors may
 be used to endorse or promote products derived from this software without specific
 prior written permission.
 .
 THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY
 EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES
 OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT
 SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT,
 INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED
 TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR
 BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY
 WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
"""


MANUAL = f""".TH {NAME.upper()} 1 "" "{NAME} {VERSION}" "User Commands"
.SH NAME
{NAME} \\- get intimate photos and videos taken down, without sending them
.SH SYNOPSIS
.B {NAME}
.RI [ FILE ...]
.br
.B {NAME}
.I COMMAND
.RI [ OPTIONS ]
.SH DESCRIPTION
Without a command, opens the app, with any files given in its list. It computes
fingerprints (PDQ, vPDQ, MD5, SHA-256) of photos and videos on this computer and sends
only the fingerprints to a case service, so that websites that take part can block
copies. The commands (hash, match, export, submit, status, withdraw) do the same from a
terminal; \\fB{NAME} COMMAND \\-\\-help\\fR describes each.
"""


def _build_time() -> int:
    """Seconds since 1970 to stamp packed files with: SOURCE_DATE_EPOCH for a
    reproducible build, else now."""
    return int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))


def build_deb(bundle: Path) -> Path:
    root = WORK / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / NAME, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / f"{DESKTOP_ID}.desktop").write_text(DESKTOP_ENTRY)
    for size in (64, 256, 512):
        icons = root / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        icons.mkdir(parents=True)
        shutil.copy(ROOT / "resources" / "icons" / f"app-{size}.png", icons / f"{NAME}.png")
    docs = root / "usr" / "share" / "doc" / NAME
    docs.mkdir(parents=True)
    (docs / "copyright").write_text(COPYRIGHT.replace("{year}", time.strftime("%Y", time.gmtime(_build_time()))))
    man = root / "usr" / "share" / "man" / "man1"
    man.mkdir(parents=True)
    (man / f"{NAME}.1.gz").write_bytes(gzip.compress(MANUAL.encode(), 9, mtime=0))
    changelog = (
        f"{NAME} ({VERSION}) unstable; urgency=medium\n\n  * Release {VERSION}.\n\n"
        f" -- takeitdown-desktop <takeitdown-desktop@users.noreply.github.com>  "
        f"{time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime(_build_time()))}\n"
    )
    (docs / "changelog.gz").write_bytes(gzip.compress(changelog.encode(), 9, mtime=0))
    installed_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(
        f"Package: {NAME}\n"
        f"Version: {VERSION}\n"
        "Architecture: amd64\n"
        "Maintainer: takeitdown-desktop <takeitdown-desktop@users.noreply.github.com>\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(debian_depends(bundle))}\n"
        "Section: utils\n"
        "Priority: optional\n"
        "Homepage: https://github.com/takeitdown-desktop/takeitdown-desktop\n"
        "Description: get intimate photos and videos taken down, without sending them\n"
        " Computes fingerprints (PDQ, vPDQ, MD5, SHA-256) of photos and videos on this\n"
        " computer and sends only the fingerprints to a case service, so that websites\n"
        " that take part can block copies. The pictures never leave the computer.\n"
    )
    out = DIST / f"{NAME}_{VERSION}_amd64.deb"
    # zstd: as small as xz within a few MB, and many times faster to build and to install.
    run("dpkg-deb", "--root-owner-group", "-Zzstd", "-z12", "--build", root, out)
    return out


#: Not on every desktop (stock Ubuntu 22.04 and 24.04 lack it), yet needed by Qt's xcb
#: platform: the folder carries its own, where the .deb declares it instead.
ARCHIVE_EXTRA_LIBRARIES = ("libxcb-cursor.so.0",)


def _system_library(soname: str) -> Path:
    for line in subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout.splitlines():
        m = re.match(rf"\s+{re.escape(soname)} \(libc6,x86-64.*\) => (\S+)", line)
        if m:
            return Path(os.path.realpath(m.group(1)))
    raise SystemExit(f"{soname} is not installed on the build machine (Debian: libxcb-cursor0)")


def build_tarball(bundle: Path) -> Path:
    """The folder, zstd-compressed: unpacked anywhere, its program starts the app."""
    import zstandard

    top = f"{NAME}-{VERSION}"
    stamp = _build_time()
    out = DIST / f"{NAME}-{VERSION}-linux-x86_64.tar.zst"
    with out.open("wb") as raw:
        # Level 15 with a long window: within a few MB of the best, in a fraction of the time.
        params = zstandard.ZstdCompressionParameters.from_level(15, window_log=27, enable_ldm=True, threads=-1)
        with zstandard.ZstdCompressor(compression_params=params).stream_writer(raw) as packed:
            with tarfile.open(fileobj=packed, mode="w|") as tar:
                tar.add(bundle, arcname=top)
                for soname in ARCHIVE_EXTRA_LIBRARIES:
                    tar.add(_system_library(soname), arcname=f"{top}/_internal/{soname}")
                data = ARCHIVE_ENTRY.encode()
                info = tarfile.TarInfo(f"{top}/Take It Down.desktop")
                info.size, info.mode, info.mtime = len(data), 0o755, stamp
                tar.addfile(info, io.BytesIO(data))
    return out


APPIMAGE = ROOT / "build_scripts" / "appimage"
#: Static libraries the runtime links (Debian 12: the -dev packages in appimage/README.md).
RUNTIME_LIBRARIES = ("-lsquashfuse", "-lsquashfuse_ll", "-lzstd", "-lz", "-llz4", "-llzo2", "-llzma", "-lfuse3")


def build_appimage_runtime(out: Path) -> Path:
    """AppImage's type2 runtime, compiled and linked statically from its sources."""
    out.parent.mkdir(parents=True, exist_ok=True)
    run("gcc", "-std=gnu99", "-Os", "-D_FILE_OFFSET_BITS=64", f'-DGIT_COMMIT="type2-runtime caf24f9, {NAME} {VERSION}"',
        "-T", APPIMAGE / "data_sections.ld", "-ffunction-sections", "-fdata-sections", "-Wl,--gc-sections",
        "-static", "-Wall", "-Wno-format-overflow", f"-I{APPIMAGE / 'include'}", "-I/usr/include/squashfuse",
        "-I/usr/include/fuse3", APPIMAGE / "runtime.c", *RUNTIME_LIBRARIES, "-o", out)
    run("strip", out)
    return out


def make_appimage(appdir: Path, runtime: Path, out: Path) -> Path:
    """The runtime, then ``appdir`` as a zstd SquashFS image: one runnable file."""
    image = out.with_suffix(".squashfs")
    image.unlink(missing_ok=True)
    run("mksquashfs", appdir, image, "-root-owned", "-noappend", "-comp", "zstd", "-Xcompression-level", "19",
        "-b", "1M", "-quiet", "-mkfs-time", str(_build_time()), "-all-time", str(_build_time()))
    with out.open("wb") as target:
        target.write(runtime.read_bytes())
        with image.open("rb") as source:
            shutil.copyfileobj(source, target, 1 << 20)
    image.unlink()
    out.chmod(0o755)
    return out


def self_test_appimage(appimage: Path) -> None:
    """The AppImage's own --self-test, through its runtime: unpacked to a temporary folder,
    which needs no FUSE on the build machine; mounting is the same image."""
    scratch = WORK / "appimage-run"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    env = dict(os.environ, APPIMAGE_EXTRACT_AND_RUN="1", TMPDIR=str(scratch),
               QT_QPA_PLATFORM=os.environ.get("TAKEITDOWN_SELF_TEST_PLATFORM", "offscreen"))
    run(appimage, "--self-test", env=env)
    shutil.rmtree(scratch, ignore_errors=True)


def build_appimage(bundle: Path) -> Path:
    appdir = WORK / "AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    shutil.copytree(bundle, appdir, symlinks=True)
    for soname in ARCHIVE_EXTRA_LIBRARIES:
        shutil.copy(_system_library(soname), appdir / "_internal" / soname)
    (appdir / "AppRun").symlink_to(NAME)
    (appdir / f"{NAME}.desktop").write_text(DESKTOP_ENTRY)
    shutil.copy(ROOT / "resources" / "icons" / "app-256.png", appdir / f"{NAME}.png")
    (appdir / ".DirIcon").symlink_to(f"{NAME}.png")
    runtime = build_appimage_runtime(WORK / "runtime")
    return make_appimage(appdir, runtime, DIST / f"{NAME}-{VERSION}-x86_64.AppImage")


# -- Windows and macOS ---------------------------------------------------------------------

INNO = r"""
[Setup]
AppName=Take It Down
AppVersion={version}
DefaultDirName={{userpf}}\Take It Down
DefaultGroupName=Take It Down
PrivilegesRequired=lowest
OutputDir={dist}
OutputBaseFilename={name}-{version}-windows-setup
Compression=lzma2
SolidCompression=yes
UninstallDisplayIcon={{app}}\{name}.exe

[Files]
Source: "{bundle}\*"; DestDir: "{{app}}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{{userprograms}}\Take It Down"; Filename: "{{app}}\{name}.exe"
Name: "{{userprograms}}\Uninstall Take It Down"; Filename: "{{uninstallexe}}"
"""


def build_windows(bundle: Path) -> Path:
    script = WORK / "setup.iss"
    script.write_text(INNO.format(version=VERSION, dist=DIST, name=NAME, bundle=bundle))
    run("iscc", script)
    return DIST / f"{NAME}-{VERSION}-windows-setup.exe"


def build_macos(app: Path) -> Path:
    import platform

    # Apple silicon and Intel builds are made apart (PyAV and others ship no universal
    # wheels), so the name says which.
    out = DIST / f"{NAME}-{VERSION}-macos-{platform.machine()}.dmg"
    run("hdiutil", "create", "-volname", "Take It Down", "-srcfolder", app, "-ov", "-format", "UDZO", out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoints", type=Path, help="an organisation's endpoints.json (see resources/endpoints.json)")
    parser.add_argument("--skip-self-test", action="store_true", help="do not run the frozen program's --self-test")
    parser.add_argument("--bundle-only", action="store_true", help="build and check the program folder, make no installer")
    parser.add_argument(
        "--appimage", action="store_true", help="with --bundle-only: also make the AppImage and run its self-test (Linux)"
    )
    args = parser.parse_args()
    shutil.rmtree(DIST, ignore_errors=True)
    DIST.mkdir(parents=True)
    bundle = freeze(args.endpoints)
    if sys.platform.startswith("linux"):
        tidy_linux(bundle)
    program = bundle / (f"{NAME}-cli.exe" if sys.platform == "win32" else NAME)
    if sys.platform == "darwin":
        program = bundle / "Contents" / "MacOS" / f"{NAME}-cli"
    if not args.skip_self_test:
        self_test(program)
    report = size_report(bundle)
    (WORK / "size-report.txt").write_text(report + "\n")
    print(report)
    if args.bundle_only:
        if args.appimage and sys.platform.startswith("linux"):
            appimage = build_appimage(bundle)
            if not args.skip_self_test:
                self_test_appimage(appimage)
            print(f"{appimage.relative_to(ROOT)}: {appimage.stat().st_size / 1e6:.0f} MB, checked")
        print(f"{bundle.relative_to(ROOT)}: checked, no installer made (--bundle-only)")
        return
    if sys.platform.startswith("linux"):
        made = [build_deb(bundle), build_appimage(bundle), build_tarball(bundle)]
        if not args.skip_self_test:
            self_test_appimage(made[1])
    elif sys.platform == "win32":
        made = [build_windows(bundle)]
    else:
        made = [build_macos(bundle)]
    sums = "".join(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n" for p in made)
    (DIST / "SHA256SUMS").write_text(sums)
    for path in made:
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
