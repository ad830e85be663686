"""No trace on a shared computer: the whole flow as a separate process on a real X server,
on a GNOME-style desktop with GTK 3 installed (where Qt would use GTK's file dialog, which
records chosen files in ~/.local/share/recently-used.xbel, if the app let it), with a fresh
home and temporary folder; then the same killed hard while sending."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.media_factory import good_jpeg

REPO = Path(__file__).resolve().parents[2]
CLIP = REPO / "tests" / "data" / "videos" / "h264-30fps-bframes.mp4"


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (.ci/run installs it: apt-get install xvfb libgtk-3-0)")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1024x600x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def gtk3_installed() -> bool:
    return any(Path(d).glob("libgtk-3.so.0") for d in ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib"))


def fresh_home(root: Path) -> dict[str, str]:
    home, tmp = root / "home", root / "tmp"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    env.update(HOME=str(home), TMPDIR=str(tmp), TMP=str(tmp), TEMP=str(tmp), XDG_CURRENT_DESKTOP="GNOME")
    for name, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_RUNTIME_DIR", "run"),
    ):
        (home / sub).mkdir(parents=True, mode=0o700)
        env[name] = str(home / sub)
    tmp.mkdir()
    env["QT_QPA_PLATFORM"] = "xcb"
    env["PYTHONPATH"] = str(REPO)
    return env


def snapshot(*roots: Path) -> dict[str, tuple[int, int]]:
    files = {}
    for root in roots:
        for folder, dirs, names in os.walk(root):
            for name in names + dirs:
                path = os.path.join(folder, name)
                st = os.lstat(path)
                files[path] = (st.st_size, st.st_mtime_ns)
    return files


def changes(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> list[str]:
    return sorted(p for p in after if before.get(p) != after[p]) + sorted(p for p in before if p not in after)


class SilentServer:
    """Accepts connections on loopback and never answers: a request stays in flight."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)

    def close(self) -> None:
        self.sock.close()
        for c in self.held:
            c.close()


def launch(env: dict[str, str], mode: str, photo: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.gui.trace_driver", mode, str(photo), str(CLIP)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def follow(proc: subprocess.Popen[str], until: str, timeout: float = 120) -> list[str]:
    """Lines the driver printed, up to the one starting with ``until``."""
    assert proc.stdout is not None
    lines: list[str] = []
    watchdog = threading.Timer(timeout, proc.kill)  # a stuck app must not hang the suite
    watchdog.start()
    try:
        while True:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line.strip())
            assert not line.startswith("driver failed"), line
            if line.startswith(until):
                return lines
    finally:
        watchdog.cancel()
    proc.kill()
    _, err = proc.communicate()
    said = "\n".join(line for line in err.splitlines() if not line.startswith(("qt.", " Check your DBus")))
    raise AssertionError(f"the app never reached {until!r}: {lines}\n{said[-8000:]}")


@pytest.mark.slow
def test_whole_flow_leaves_no_trace(display: str, tmp_path: Path) -> None:
    if not gtk3_installed():
        pytest.skip("GTK 3 is not installed (.ci/run installs libgtk-3-0)")
    env = fresh_home(tmp_path)
    env["DISPLAY"] = display
    (tmp_path / "photos").mkdir()
    photo = good_jpeg(tmp_path / "photos" / "PRIVATE_beach.jpg", seed=4)
    before = snapshot(tmp_path / "home", tmp_path / "tmp")
    proc = launch(env, "flow", photo)
    lines = follow(proc, "quick exit")
    asked = float(lines[-1].split()[-1])
    code = proc.wait(30)
    gone = time.monotonic() - asked
    _, err = proc.communicate()
    assert code == 0, err[-3000:]
    assert [l for l in lines if not l.startswith("quick exit")] == [
        "started", "fingerprinted", "sending", "case opened", "checked", "withdrawn",
    ]
    # The process is gone quickly (the window itself hides at once: test_quick_exit.py).
    assert gone < 2.0, gone
    after = snapshot(tmp_path / "home", tmp_path / "tmp")
    assert changes(before, after) == [], "left behind"
    assert "PRIVATE_beach" not in err


@pytest.mark.slow
def test_hard_kill_while_sending_leaves_no_trace(display: str, tmp_path: Path) -> None:
    if not gtk3_installed():
        pytest.skip("GTK 3 is not installed (.ci/run installs libgtk-3-0)")
    env = fresh_home(tmp_path)
    env["DISPLAY"] = display
    silent = SilentServer()
    # A configured service (the settings file is the one thing allowed to exist).
    settings = Path(env["XDG_CONFIG_HOME"]) / "hash-helper" / "settings.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text(f"[endpoints]\nunder18={silent.url}\nadult={silent.url}\n")
    (tmp_path / "photos").mkdir()
    photo = good_jpeg(tmp_path / "photos" / "PRIVATE_beach.jpg", seed=5)
    before = snapshot(tmp_path / "home", tmp_path / "tmp")
    proc = launch(env, "send-and-wait", photo)
    try:
        follow(proc, "sending")
        deadline = time.monotonic() + 30
        while not silent.held and time.monotonic() < deadline:
            time.sleep(0.05)
        assert silent.held, "the request never reached the service"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
    finally:
        silent.close()
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    # Orphaned worker processes notice their parent is gone and end; give them a moment.
    time.sleep(1.0)
    after = snapshot(tmp_path / "home", tmp_path / "tmp")
    assert changes(before, after) == [], "left behind"
