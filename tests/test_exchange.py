"""Platforms read the feed with Meta's own ``threatexchange`` command (the extension in
``takeitdown_desktop.exchange``): a photo, a re-encoded resized copy of it and a video
are found after ``fetch``, and nothing is found once the case is withdrawn."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from takeitdown_desktop.server.app import add_platform
from tests.fakes import LiveServer, live_server
from tests.helpers import takeitdown
from tests.media_factory import good_jpeg

pytest.importorskip("threatexchange", reason="the platform extra (python-threatexchange) is not installed")

CLIPS = Path(__file__).resolve().parent / "data" / "videos"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    with live_server(tmp_path) as live:
        yield live


def threatexchange_env(home: Path) -> dict[str, str]:
    """A platform's machine: its own home (py-tx keeps its state in ~/.threatexchange
    and the token in ~/.tx_takeitdown_token), with nothing from the tester's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TX_")}
    env["HOME"] = str(home)
    env["TX_STATEDIR"] = str(home / ".threatexchange")
    return env


def tx(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "threatexchange", *args], capture_output=True, text=True, env=env, timeout=300
    )
    assert proc.returncode == 0, f"threatexchange {' '.join(args)}:\n{proc.stdout}\n{proc.stderr}"
    return proc


def matches(env: dict[str, str], kind: str, path: Path) -> list[str]:
    """The match lines ``threatexchange match`` prints for one file."""
    proc = subprocess.run(
        [sys.executable, "-m", "threatexchange", "match", kind, str(path)],
        capture_output=True, text=True, env=env, timeout=300,
    )
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    # With every hash withdrawn py-tx may have no index left and say so; that is "nothing found".
    assert proc.returncode == 0 or (not lines and "No indices available" in proc.stderr), proc.stderr
    return lines


def test_the_exchange_tails_the_feed_page_by_page_and_applies_withdrawals(server: LiveServer) -> None:
    from takeitdown_desktop.core.client import CaseClient, new_idempotency_key
    from takeitdown_desktop.exchange import (
        TakeItDownCheckpoint,
        TakeItDownCollabConfig,
        TakeItDownCredentials,
        TakeItDownSignalExchangeAPI,
        TX_MANIFEST,
    )
    from threatexchange.signal_type.md5 import VideoMD5Signal
    from threatexchange.signal_type.pdq.signal import PdqSignal
    from tests.server.conftest import bundle_of, video_bundle

    client = CaseClient(server.url)
    many = client.create_case(bundle_of(range(150), program="adult"), new_idempotency_key())
    client.create_case(video_bundle(1, frames=3).replace(b'"adult"', b'"under18"'), new_idempotency_key())
    token = add_platform(server.engine, "platform")
    collab = TakeItDownCollabConfig(name="helpline", endpoint=server.url)
    assert collab.api == "takeitdown" and TX_MANIFEST.apis == (TakeItDownSignalExchangeAPI,)
    with TakeItDownCredentials.set_default(TakeItDownCredentials(token), "test"):
        api = TakeItDownSignalExchangeAPI.for_collab(collab)
    api.page_limit = 100  # the server's smallest page, so that 151 events take two
    kinds = [PdqSignal, VideoMD5Signal]
    state: dict = {}  # type: ignore[type-arg]
    deltas = list(api.fetch_iter(kinds, None))
    # Two keys per item: the item, and its record as displayed (None: nothing turns these).
    assert len(deltas) == 3 and [len(d.updates) for d in deltas] == [200, 102, 0]
    for delta in deltas:
        TakeItDownSignalExchangeAPI.naive_fetch_merge(state, delta.updates)
    signals = TakeItDownSignalExchangeAPI.naive_convert_to_signal_type(kinds, collab, state)
    assert len(signals[PdqSignal]) == 150 and len(signals[VideoMD5Signal]) == 1
    assert {str(m) for m in signals[PdqSignal].values()} == {"INVESTIGATION_SEED adult"}
    assert {str(m) for m in signals[VideoMD5Signal].values()} == {"INVESTIGATION_SEED under18"}
    # One exchange per programme, for a platform (HMA) that keeps no tags: each its own.
    for program, kind in (("adult", PdqSignal), ("under18", VideoMD5Signal)):
        only = TakeItDownCollabConfig(name=program, endpoint=server.url, program=program)
        assert list(TakeItDownSignalExchangeAPI.naive_convert_to_signal_type(kinds, only, state)) == [kind]
    with pytest.raises(ValueError, match="under18, adult"):
        TakeItDownCollabConfig(name="typo", endpoint=server.url, program="under-18")
    checkpoint = deltas[-1].checkpoint
    assert isinstance(checkpoint, TakeItDownCheckpoint) and checkpoint.cursor == 151

    client.withdraw(many.case_number, many.pin)
    later = list(api.fetch_iter(kinds, checkpoint))  # from the cursor: only what changed
    assert sum(len(d.updates) for d in later) == 300 and all(v is None for d in later for v in d.updates.values())
    for delta in later:
        TakeItDownSignalExchangeAPI.naive_fetch_merge(state, delta.updates)
    signals = TakeItDownSignalExchangeAPI.naive_convert_to_signal_type(kinds, collab, state)
    assert PdqSignal not in signals and len(signals[VideoMD5Signal]) == 1


def test_a_turned_photo_or_video_never_puts_two_signals_of_a_type_in_one_record(server: LiveServer, tmp_path: Path) -> None:
    """The Hasher-Matcher-Actioner stores one signal per type per record; a record with
    two PDQs (a photo EXIF turns) or two vPDQs (a phone video) failed every fetch on a
    duplicate key, for ever. Converted record by record, as HMA does: one of each at most,
    both orientations still indexed, and a withdrawal removes both records."""
    from threatexchange.signal_type.md5 import VideoMD5Signal
    from threatexchange.signal_type.pdq.signal import PdqSignal

    from takeitdown_desktop.core.bundle import build_bundle
    from takeitdown_desktop.core.client import CaseClient, new_idempotency_key
    from takeitdown_desktop.core.fingerprint import fingerprint_file
    from takeitdown_desktop.exchange import (
        VPDQSignal,
        TakeItDownCollabConfig,
        TakeItDownCredentials,
        TakeItDownSignalExchangeAPI,
    )

    photo = good_jpeg(tmp_path / "photo.jpg", seed=7, size=(240, 320))
    turned = tmp_path / "turned.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # shown turned 90 degrees clockwise
    Image.open(photo).save(turned, exif=exif, quality=95)
    results = [fingerprint_file(str(turned)), fingerprint_file(str(CLIPS / "rotated-phone.mov"))]
    assert results[0].image is not None and results[0].image.pdq_oriented is not None and results[1].frames_oriented
    client = CaseClient(server.url)
    receipt = client.create_case(build_bundle(results, "adult").to_bytes(), new_idempotency_key())
    token = add_platform(server.engine, "platform")
    collab = TakeItDownCollabConfig(name="helpline", endpoint=server.url)
    with TakeItDownCredentials.set_default(TakeItDownCredentials(token), "test"):
        api = TakeItDownSignalExchangeAPI.for_collab(collab)
    kinds = [PdqSignal, VideoMD5Signal] + ([VPDQSignal] if VPDQSignal is not None else [])
    state: dict = {}  # type: ignore[type-arg]
    for delta in api.fetch_iter(kinds, None):
        TakeItDownSignalExchangeAPI.naive_fetch_merge(state, delta.updates)
    assert len(state) == 4 and sum(k.endswith("/oriented") for k in state) == 2
    for key, record in state.items():
        for s_type, signals in TakeItDownSignalExchangeAPI.naive_convert_to_signal_type(kinds, collab, {key: record}).items():
            assert len(signals) == 1, (key, s_type)
    everything = TakeItDownSignalExchangeAPI.naive_convert_to_signal_type(kinds, collab, state)
    assert len(everything[PdqSignal]) == 2 and len(everything[VideoMD5Signal]) == 1
    if VPDQSignal is not None:
        assert len(everything[VPDQSignal]) == 2

    client.withdraw(receipt.case_number, receipt.pin)
    for delta in api.fetch_iter(kinds, None):
        TakeItDownSignalExchangeAPI.naive_fetch_merge(state, delta.updates)
    assert state == {}


def test_vpdq_signals_are_written_as_py_tx_reads_them() -> None:
    from takeitdown_desktop.core.hashes import PdqHash
    from takeitdown_desktop.core.video import FrameHash, threatexchange_json
    from takeitdown_desktop.exchange import TakeItDownRecord

    frames = [FrameHash(0, 0.0, PdqHash("ab" * 32), 90), FrameHash(29, 29 * 1001 / 30000, PdqHash("cd" * 32), 100)]
    item = {"kind": "video", "md5": "0" * 32, "sha256": "0" * 64, "frames": [f.to_json() for f in frames], "frames_oriented": None}
    assert TakeItDownRecord.from_feed_item(item, "adult").vpdq == [threatexchange_json(frames)]


def test_the_exchange_module_loads_no_qt() -> None:
    from tests.core.test_no_qt import imported_in_fresh_process

    assert imported_in_fresh_process(["takeitdown_desktop.exchange"], ("PySide6", "shiboken6")) == []


@pytest.mark.slow
def test_threatexchange_fetches_matches_and_forgets_a_withdrawn_case(server: LiveServer, tmp_path: Path) -> None:
    started = time.monotonic()
    photo = good_jpeg(tmp_path / "photo.jpg", seed=5, size=(480, 640))
    video = tmp_path / "clip.mp4"
    shutil.copyfile(CLIPS / "h264-30fps-bframes.mp4", video)
    # What a platform receives: the photo re-encoded at another quality and shrunk.
    copy = tmp_path / "copy.jpg"
    with Image.open(photo) as im:
        im.resize((320, 240), Image.Resampling.LANCZOS).save(copy, format="JPEG", quality=60)
    unrelated = good_jpeg(tmp_path / "unrelated.jpg", seed=11, size=(480, 640))
    # Another person's case, which stays: a platform's list is never empty, and py-tx's
    # command has two bugs that only an almost empty list shows: a PDQ index of a single
    # hash finds nothing once saved and loaded (ThreatExchange issue #1318), and an index
    # whose last hash is removed is not deleted but kept as it was.
    others = [good_jpeg(tmp_path / f"other{i}.jpg", seed=20 + i, size=(480, 640)) for i in range(2)]
    other_video = tmp_path / "other.webm"
    shutil.copyfile(CLIPS / "vp9-24fps.webm", other_video)
    takeitdown("submit", "--endpoint", server.url, "--program", "under18", *map(str, others), str(other_video))

    receipt = takeitdown("submit", "--endpoint", server.url, "--program", "adult", str(photo), str(video))
    assert receipt["items"] == 2
    token = add_platform(server.engine, "example-platform")

    home = tmp_path / "platform-home"
    home.mkdir()
    env = threatexchange_env(home)
    tx(env, "config", "extensions", "add", "takeitdown_desktop.exchange")
    tx(env, "config", "api", "takeitdown", "--credentials", token)
    token_file = home / ".tx_takeitdown_token"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600 and token_file.read_text().strip() == token
    tx(env, "config", "collab", "edit", "takeitdown", "--create", "--endpoint", server.url, "helpline")
    tx(env, "fetch")

    for path in (photo, copy):
        found = matches(env, "photo", path)
        assert len(found) == 1 and found[0].startswith("pdq ") and "(helpline)" in found[0], found
        assert "adult" in found[0]  # the programme, as the label
    assert matches(env, "photo", unrelated) == []
    found = matches(env, "video", video)
    assert [line.split()[0] for line in found if "(helpline)" in line] == ["video_md5"], found

    # Tailing: a second fetch with nothing new reads from the saved cursor and keeps the index.
    tx(env, "fetch")
    assert len(matches(env, "photo", photo)) == 1

    withdrawn = takeitdown("withdraw", "--endpoint", server.url, "--case", str(receipt["case_number"]), pin=str(receipt["pin"]))
    assert withdrawn["status"] == "withdrawn"
    tx(env, "fetch")
    assert matches(env, "photo", photo) == []
    assert matches(env, "photo", copy) == []
    assert matches(env, "video", video) == []
    # Only the withdrawn case's hashes went: the other case's are still found, with their programme.
    assert [line.split()[0] for line in matches(env, "photo", others[0])] == ["pdq"]
    assert "under18" in matches(env, "photo", others[0])[0]
    assert [line.split()[0] for line in matches(env, "video", other_video)] == ["video_md5"]
    print(f"threatexchange round trip: {time.monotonic() - started:.1f} s")


def test_the_exchange_installs_for_platforms_without_the_desktop_app(server: LiveServer, tmp_path: Path) -> None:
    """``platform/`` builds a wheel of the exchange alone: the five modules it imports,
    requiring requests and threatexchange only (HMA's environment gained 800 MB of Qt
    and PyAV from the ``platform`` extra). From that wheel, with Qt and PyAV made
    unimportable, it still fetches a feed."""
    import zipfile
    from importlib import metadata

    from packaging.requirements import Requirement

    from takeitdown_desktop.core.client import CaseClient, new_idempotency_key
    from tests.server.conftest import bundle_of

    root = Path(__file__).resolve().parents[1]
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(tmp_path), str(root / "platform")],
        check=True, timeout=300, capture_output=True,
    )
    (wheel,) = tmp_path.glob("takeitdown_exchange-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        meta = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        archive.extractall(tmp_path / "site")
    modules = {n for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert modules == {f"takeitdown_desktop/{m}" for m in (
        "__init__.py", "exchange.py", "core/__init__.py", "core/client.py", "core/endpoints.py", "core/errors.py"
    )}
    requires = {Requirement(line.split(":", 1)[1]).name for line in meta.splitlines() if line.startswith("Requires-Dist:")}
    assert requires == {"requests", "threatexchange"}

    # What those two pull in, as installed here: no Qt, no PyAV, no OpenCV.
    seen: set[str] = set()
    todo = ["requests", "threatexchange"]
    while todo:
        name = todo.pop().lower().replace("_", "-")
        if name in seen:
            continue
        seen.add(name)
        for line in metadata.requires(name) or []:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    assert not {n for n in seen if n.startswith(("pyside6", "shiboken6", "av", "opencv"))}, seen

    client = CaseClient(server.url)
    client.create_case(bundle_of(range(3)), new_idempotency_key())
    token = add_platform(server.engine, "platform")
    script = f"""
import importlib.abc, sys
class NoDesktop(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "av", "cv2"):
            raise ImportError("not installed for platforms: " + name)
sys.meta_path.insert(0, NoDesktop())
sys.path.insert(0, {str(tmp_path / "site")!r})
from threatexchange.signal_type.pdq.signal import PdqSignal
from takeitdown_desktop import exchange
assert exchange.__file__.startswith({str(tmp_path / "site")!r}), exchange.__file__
collab = exchange.TakeItDownCollabConfig(name="helpline", endpoint={server.url!r})
api = exchange.TakeItDownSignalExchangeAPI.for_collab(collab, exchange.TakeItDownCredentials({token!r}))
state = {{}}
for delta in api.fetch_iter([PdqSignal], None):
    api.naive_fetch_merge(state, delta.updates)
print(len(api.naive_convert_to_signal_type([PdqSignal], collab, state)[PdqSignal]))
"""
    proc = subprocess.run([sys.executable, "-I", "-c", script], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "3"
