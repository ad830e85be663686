"""The ``hash`` command: a JSON Lines contract that other tools rely on."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from takeitdown_desktop.core.client import CaseClient
from tests.fakes import FaultProxy, LiveServer, delay, drop_after_forwarding, live_server, respond
from tests.media_factory import bad_files, good_jpeg

FIELDS_IMAGE = ["path", "kind", "md5", "sha256", "pdq", "pdq_oriented", "phash", "warnings", "error"]
FIELDS_ERROR = ["path", "kind", "md5", "sha256", "warnings", "error"]


def run_hash(*args: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "takeitdown_desktop", "hash", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def records(proc: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in proc.stdout.splitlines()]


def test_mix_of_good_and_bad_files(tmp_path: Path) -> None:
    bad = bad_files(tmp_path / "bad")
    good = [good_jpeg(tmp_path / f"good{i}.jpg", seed=i) for i in range(3)]
    paths = [str(good[0]), *[str(p) for p, _ in bad.values()], str(good[1]), str(good[2])]
    proc = run_hash("--jobs", "2", *paths)
    assert proc.returncode == 1
    assert proc.stderr == ""  # never a traceback
    out = records(proc)
    assert [r["path"] for r in out] == paths
    expected_codes = {str(p): code for p, code in bad.values()}
    for record in out:
        if record["path"] in expected_codes:
            assert list(record) == FIELDS_ERROR
            assert record["kind"] is None
            assert record["error"]["code"] == expected_codes[record["path"]]  # type: ignore[index]
            assert isinstance(record["error"]["message"], str) and record["error"]["message"]  # type: ignore[index]
        else:
            assert list(record) == FIELDS_IMAGE
            assert record["kind"] == "image" and record["error"] is None
            assert len(record["pdq"]["hash"]) == 64  # type: ignore[index]


def test_all_good_exits_zero_and_matches_in_process_api(tmp_path: Path) -> None:
    from takeitdown_desktop.core.fingerprint import fingerprint_file

    paths = [str(good_jpeg(tmp_path / f"g{i}.jpg", seed=i)) for i in range(3)]
    proc = run_hash(*paths)
    assert proc.returncode == 0, proc.stderr
    assert records(proc) == [fingerprint_file(p).to_json() for p in paths]


# Runs `hash` as the child of a process that adopts orphans (as a service manager or a
# container's init does), then lists what is still its child once `hash` has exited.
ADOPTING_PARENT = r"""
import ctypes, json, os, subprocess, sys
PR_SET_CHILD_SUBREAPER = 36
if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1) != 0:
    sys.exit(3)
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
left = []
for name in os.listdir("/proc"):
    try:
        with open(f"/proc/{name}/stat") as f:
            state, ppid = f.read().rsplit(")", 1)[1].split()[:2]
    except (OSError, ValueError):
        continue
    if int(ppid) == os.getpid():
        left.append(state)
print(json.dumps({"rc": done.returncode, "stderr": done.stderr, "left": left}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux's child subreaper")
@pytest.mark.parametrize(("count", "jobs"), [(1, "1"), (3, "2")], ids=["one photo, inline", "three photos, two workers"])
def test_no_process_outlives_hash(tmp_path: Path, count: int, jobs: str) -> None:
    """Workers and multiprocessing's helper are joined and reaped before `hash` exits:
    nothing is left running, or unreaped as a zombie, for the adopting parent."""
    paths = [str(good_jpeg(tmp_path / f"g{i}.jpg", seed=i)) for i in range(count)]
    hash_cmd = [sys.executable, "-m", "takeitdown_desktop", "hash", "--jobs", jobs, *paths]
    proc = subprocess.run([sys.executable, "-c", ADOPTING_PARENT, *hash_cmd], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    outcome = json.loads(proc.stdout)
    assert (outcome["rc"], outcome["stderr"]) == (0, "")
    assert outcome["left"] == []


def test_folders_expand_recursively_in_sorted_order_without_hidden_files(tmp_path: Path) -> None:
    root = tmp_path / "album"
    (root / "b-sub").mkdir(parents=True)
    (root / ".hidden-dir").mkdir()
    (root / "z.jpg.d").mkdir()  # a folder with a photo-like name is searched, not hashed
    for name in ["c.jpg", "a.jpg", "b-sub/inner.jpg", ".secret.jpg", ".hidden-dir/x.jpg", "z.jpg.d/y.jpg"]:
        good_jpeg(root / name)
    proc = run_hash(str(root))
    assert proc.returncode == 0, proc.stderr
    rel = [os.path.relpath(str(r["path"]), root) for r in records(proc)]
    assert rel == ["a.jpg", "b-sub/inner.jpg", "c.jpg", "z.jpg.d/y.jpg"]


def test_missing_path_is_a_record_not_a_usage_error(tmp_path: Path) -> None:
    proc = run_hash(str(tmp_path / "nothing-here.jpg"))
    assert proc.returncode == 1
    (record,) = records(proc)
    assert record["error"]["code"] == "not_found"  # type: ignore[index]


@pytest.mark.parametrize("args", [[], ["--jobs", "0", "x.jpg"], ["--jobs", "many", "x.jpg"], ["--bogus", "x.jpg"]])
def test_usage_errors_exit_two(args: list[str]) -> None:
    proc = run_hash(*args)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr


def test_non_ascii_and_long_names_round_trip(tmp_path: Path) -> None:
    paths = [str(good_jpeg(tmp_path / "фото 😀.jpg")), str(good_jpeg(tmp_path / ("n" * 196 + ".jpg")))]
    proc = run_hash(*paths)
    assert proc.returncode == 0
    assert [r["path"] for r in records(proc)] == paths


@pytest.mark.skipif(shutil.which("setpriv") is None, reason="needs setpriv to drop root's file permission bypass")
def test_unreadable_file(tmp_path: Path) -> None:
    path = good_jpeg(tmp_path / "private.jpg")
    path.chmod(0)
    # root reads any file; without CAP_DAC_OVERRIDE it is held to the permission bits.
    prefix = ("setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--") if os.geteuid() == 0 else ()
    proc = run_hash(str(path), prefix=prefix)
    assert proc.returncode == 1
    (record,) = records(proc)
    assert record["error"]["code"] == "permission_denied"  # type: ignore[index]
    assert record["md5"] is None


def test_closed_pipe_is_not_an_error(tmp_path: Path) -> None:
    paths = [str(good_jpeg(tmp_path / f"g{i}.jpg", seed=i)) for i in range(4)]
    proc = subprocess.run(
        f"{sys.executable} -m takeitdown_desktop hash {' '.join(paths)} | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in proc.stderr


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "takeitdown-desktop"
    if not script.exists():
        pytest.skip("package not installed with its console script")
    proc = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "takeitdown-desktop" in proc.stdout


def test_video_record_and_vpdq_text_output(tmp_path: Path) -> None:
    clips = Path(__file__).resolve().parent / "data" / "videos"
    out_dir = tmp_path / "vpdq"
    proc = run_hash("--vpdq-dir", str(out_dir), str(clips / "h264-30fps-bframes.mp4"), str(clips / "sound-only-mp4.mp4"))
    assert proc.returncode == 1 and proc.stderr == ""
    video, sound = records(proc)
    assert video["kind"] == "video" and video["error"] is None
    assert [f["frame"] for f in video["frames"]] == [0, 30, 60, 90]  # type: ignore[index]
    assert video["frames_oriented"] is None
    assert sound["error"]["code"] == "no_video"  # type: ignore[index]
    assert video["vpdq_file"] == str(out_dir / "h264-30fps-bframes.mp4.txt") and "vpdq_file" not in sound
    lines = (out_dir / "h264-30fps-bframes.mp4.txt").read_text().splitlines()
    assert lines[1] == "30,{quality},{hash},1.000".format(**video["frames"][1])  # type: ignore[index]
    assert sorted(p.name for p in out_dir.iterdir()) == ["h264-30fps-bframes.mp4.txt"]


def test_vpdq_files_for_python_threatexchange_and_same_names(tmp_path: Path) -> None:
    clips = Path(__file__).resolve().parent / "data" / "videos"
    for folder, name in (("one", "clip.mp4"), ("two", "clip.mp4"), ("one", "clip.webm")):
        (tmp_path / folder).mkdir(exist_ok=True)
        source = "h264-29.97fps.mp4" if name.endswith("mp4") else "vp9-24fps.webm"
        (tmp_path / folder / name).write_bytes((clips / source).read_bytes())
    out_dir = tmp_path / "tx"
    proc = run_hash(
        "--vpdq-dir", str(out_dir), "--vpdq-format", "threatexchange",
        str(tmp_path / "one" / "clip.mp4"), str(tmp_path / "two" / "clip.mp4"), str(tmp_path / "one" / "clip.webm"),
    )
    assert proc.returncode == 0, proc.stderr
    written = [Path(r["vpdq_file"]).name for r in records(proc)]  # type: ignore[arg-type]
    assert written == ["clip.mp4.json", "clip.mp4-2.json", "clip.webm.json"]
    first = records(proc)[0]
    features = json.loads((out_dir / "clip.mp4.json").read_text())
    # python-threatexchange's VpdqCompactFeature: "hash,quality,timestamp", timestamp
    # written with three significant digits.
    assert features[1] == "{hash},{quality},{ts:.3}".format(ts=29 * 1001 / 30000, **first["frames"][1])  # type: ignore[index]
    for feature in features:
        digest, quality, timestamp = feature.split(",")
        assert len(digest) == 64 and 0 <= int(quality) <= 100 and float(timestamp) >= 0


# -- submit, status and withdraw against the real server ----------------------------------


def run_cli(*args: str, timeout: float = 120) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "takeitdown_desktop", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "TAKEITDOWN_PIN": "12345678"},
    )
    return proc, time.monotonic() - start


def count_cases(server: LiveServer) -> int:
    from sqlalchemy import func, select

    from takeitdown_desktop.server import db

    with server.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(db.cases)).scalar_one())


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    with live_server(tmp_path) as live:
        yield live


def test_a_submit_that_failed_after_the_service_opened_the_case_resumes_with_the_printed_key(
    server: LiveServer, tmp_path: Path
) -> None:
    from tests.server.conftest import other_payload

    bundle = tmp_path / "fingerprints.json"
    bundle.write_bytes(other_payload(1))
    # Every answer is lost on the way back, retries included: the case is opened all the same.
    proxy = FaultProxy(server.server.port, [drop_after_forwarding] * 100)
    try:
        first, _ = run_cli("submit", "--endpoint", proxy.url, "--bundle", str(bundle), "--give-up-after", "5")
        assert first.returncode == 1 and first.stdout == "" and "Traceback" not in first.stderr
        assert count_cases(server) == 1
        match = re.search(r"--idempotency-key=\S+", first.stderr)
        assert match, first.stderr
        proxy.script.clear()  # the network is fine again
        again, _ = run_cli("submit", "--endpoint", proxy.url, "--bundle", str(bundle), match.group(0))
        assert again.returncode == 0, again.stderr
        receipt = json.loads(again.stdout)
        assert count_cases(server) == 1  # the same case, and now its PIN is known
        assert CaseClient(server.url).status(receipt["case_number"], receipt["pin"]).status == "active"
    finally:
        proxy.close()


def test_a_printed_key_that_begins_with_a_dash_is_taken_as_printed(server: LiveServer, tmp_path: Path) -> None:
    """Keys printed by earlier versions could begin with "-", which argparse reads as an option
    when it follows ``--idempotency-key`` as a separate word; the printed form joins them."""
    from tests.server.conftest import other_payload

    bundle = tmp_path / "fingerprints.json"
    bundle.write_bytes(other_payload(1))
    printed = "--idempotency-key=-" + "Ab_9" * 8
    first, _ = run_cli("submit", "--endpoint", server.url, "--bundle", str(bundle), printed)
    again, _ = run_cli("submit", "--endpoint", server.url, "--bundle", str(bundle), printed)
    assert first.returncode == 0 and again.returncode == 0, first.stderr + again.stderr
    assert json.loads(first.stdout)["case_number"] == json.loads(again.stdout)["case_number"]
    assert count_cases(server) == 1


def test_submit_does_not_wait_for_a_long_retry_after(server: LiveServer, tmp_path: Path) -> None:
    from tests.server.conftest import other_payload

    bundle = tmp_path / "fingerprints.json"
    bundle.write_bytes(other_payload(1))
    busy = respond("503 Service Unavailable", b"", {"Retry-After": "600"})
    proxy = FaultProxy(server.server.port, [busy] * 10)
    try:
        proc, seconds = run_cli("submit", "--endpoint", proxy.url, "--bundle", str(bundle), timeout=60)
        assert proc.returncode == 1 and seconds < 20
        assert "gives up after 2 minutes" in proc.stderr  # the bound is stated up front
        assert "--idempotency-key" in proc.stderr and "Traceback" not in proc.stderr
    finally:
        proxy.close()


def test_waiting_shows_progress_and_ends_in_the_time_stated(server: LiveServer) -> None:
    proxy = FaultProxy(server.server.port, [delay(30)] * 10)  # a service that hangs
    try:
        proc, seconds = run_cli("status", "--endpoint", proxy.url, "--case", "ACDE-FGHJ-KMNP-QRTW", "--give-up-after", "4", timeout=60)
        assert proc.returncode == 1 and seconds < 4 + 5  # the bound, and the interpreter's start and exit
        assert "gives up after 4 seconds" in proc.stderr
        assert "Still waiting for the service" in proc.stderr
        assert "did not answer" in proc.stderr and "Traceback" not in proc.stderr
    finally:
        proxy.close()


def test_retries_are_shown(server: LiveServer, tmp_path: Path) -> None:
    from tests.server.conftest import other_payload

    bundle = tmp_path / "fingerprints.json"
    bundle.write_bytes(other_payload(1))
    proxy = FaultProxy(server.server.port, [respond("502 Bad Gateway")] * 2)
    try:
        proc, _ = run_cli("submit", "--endpoint", proxy.url, "--bundle", str(bundle))
        assert proc.returncode == 0, proc.stderr
        assert "trying again in 1 second (try 2 of 9)" in proc.stderr
        assert "trying again in 1 second (try 3 of 9)" in proc.stderr
        assert count_cases(server) == 1
    finally:
        proxy.close()


@pytest.mark.parametrize("args", [["--idempotency-key", "too-short"], ["--give-up-after", "0"], ["--give-up-after", "soon"]])
def test_submit_usage_errors(args: list[str]) -> None:
    proc, _ = run_cli("submit", "--endpoint", "http://127.0.0.1:1", *args, "x.jpg")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_decode_every_frame_gives_the_same_fingerprints(tmp_path: Path) -> None:
    """The switch that rules frame skipping out, for diagnosis: same records, by design."""
    clip = str(Path(__file__).resolve().parent / "data" / "videos" / "h264-30fps-bframes.mp4")
    fast, every = run_hash(clip), run_hash("--decode-every-frame", clip)
    assert fast.returncode == every.returncode == 0 and every.stderr == ""
    assert records(fast) == records(every) and records(every)[0]["frames"]


@pytest.mark.parametrize(
    ("argv", "opened"),
    [
        ([], []),
        (["hash", "a.jpg"], None),
        (["--version"], None),
        (["/photos/a.jpg", "/photos/b c.mov"], ["/photos/a.jpg", "/photos/b c.mov"]),
        (["--", "-odd.jpg"], [os.path.abspath("-odd.jpg")]),
        (["a.jpg"], [os.path.abspath("a.jpg")]),
    ],
)
def test_files_to_open(argv: list[str], opened: list[str] | None) -> None:
    """A file manager's "Open with" starts the app with paths and no command."""
    from takeitdown_desktop.cli import files_to_open

    assert files_to_open(argv) == opened


def test_opened_with_a_file_the_window_opens(tmp_path: Path) -> None:
    """`takeitdown-desktop photo.jpg` is the app with that photo, not a usage error."""
    photo = good_jpeg(tmp_path / "photo.jpg")
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local"),
           "XDG_CACHE_HOME": str(home / ".cache"), "XDG_RUNTIME_DIR": str(tmp_path / "run"),
           "QT_QPA_PLATFORM": "offscreen", "TAKEITDOWN_REPORT_FIRST_PAINT": "quit"}
    (tmp_path / "run").mkdir(mode=0o700)
    proc = subprocess.run([sys.executable, "-m", "takeitdown_desktop", str(photo)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("first-paint")
