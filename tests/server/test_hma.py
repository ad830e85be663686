"""The feed as a platform reads it: Meta's Hasher-Matcher-Actioner (OpenMediaMatch, its
source in tests/hma/vendor, see build_scripts/vendor_hma.sh), on PostgreSQL under
gunicorn, with one exchange per programme of type ``takeitdown``.

HMA fetches (``flask fetch``: its fetcher's own code, run once rather than on a timer),
builds its indexes and hashes the files a platform would see, fetched by URL as its
``/m/lookup`` does. Turned photos arrive as two records (stored and displayed), the feed
takes more than one page, and a withdrawal takes the case's hashes out of the bank.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from PIL import Image, ImageOps

from takeitdown_desktop.core.client import CaseClient, new_idempotency_key
from takeitdown_desktop.server.app import add_platform
from tests.fakes import LiveServer, free_port, live_server
from tests.helpers import takeitdown
from tests.media_factory import good_jpeg
from tests.server.conftest import bundle_of
from tests.vpdq_oracles import build_vpdq

VENDOR = Path(__file__).resolve().parents[1] / "hma" / "vendor"
CLIPS = Path(__file__).resolve().parents[1] / "data" / "videos"
DATABASE = os.environ.get("TAKEITDOWN_TEST_DATABASE_URL", "")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not DATABASE.startswith("postgresql"),
        reason="HMA runs only on PostgreSQL: TAKEITDOWN_TEST_DATABASE_URL names none (.ci/run starts one)",
    ),
]

OMM_CONFIG = """
from OpenMediaMatch.storage.postgres.impl import DefaultOMMStore
from threatexchange.content_type.photo import PhotoContent
from threatexchange.content_type.video import VideoContent
from threatexchange.signal_type.md5 import VideoMD5Signal
from threatexchange.signal_type.pdq.signal import PdqSignal

from takeitdown_desktop.exchange import TakeItDownSignalExchangeAPI
{vpdq_import}

class SmallPages(TakeItDownSignalExchangeAPI):
    # The server's smallest page, so that a few hundred events take several.
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.page_limit = 100


DATABASE_URI = {database!r}
PRODUCTION = True
ROLE_HASHER = True
ROLE_MATCHER = True
ROLE_CURATOR = True
UI_ENABLED = False
TASK_FETCHER = False
TASK_INDEXER = False
TASK_INDEX_CACHE = False
STORAGE_IFACE_INSTANCE = DefaultOMMStore(
    signal_types=[PdqSignal, VideoMD5Signal{vpdq}],
    content_types=[PhotoContent, VideoContent],
    exchange_types=[SmallPages],
)
"""


@pytest.fixture
def hma_database() -> Iterator[str]:
    """A database of its own on the tests' PostgreSQL server, dropped afterwards."""
    import psycopg

    name = f"hma_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(DATABASE, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    parts = urllib.parse.urlsplit(DATABASE)
    url = urllib.parse.urlunsplit(("postgresql+psycopg2", parts.netloc, f"/{name}", "", ""))
    try:
        yield url
    finally:
        with psycopg.connect(DATABASE, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class HMA:
    """One HMA: its configuration, its command line (``flask``) and its API (gunicorn)."""

    def __init__(self, folder: Path, database: str, vpdq: Path | None = None) -> None:
        """``vpdq``: a folder holding Meta's vpdq package, for the vPDQ signal type."""
        folder.mkdir()
        config = folder / "omm_config.py"
        config.write_text(OMM_CONFIG.format(
            database=database,
            vpdq=", VPDQSignal" if vpdq else "",
            vpdq_import="from threatexchange.extensions.vpdq.vpdq import VPDQSignal\n" if vpdq else "",
        ))
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("TX_", "OMM_"))}
        self.env.update(
            OMM_CONFIG=str(config),
            PYTHONPATH=os.pathsep.join([str(VENDOR), str(Path(__file__).resolve().parents[2]), *([str(vpdq)] if vpdq else [])]),
            HOME=str(folder),
            TX_STATEDIR=str(folder / ".threatexchange"),
        )
        self.folder = folder
        self.url = ""
        self._server: subprocess.Popen[bytes] | None = None

    def flask(self, *args: str, env: dict[str, str] | None = None) -> str:
        proc = subprocess.run(
            [sys.executable, "-m", "flask", "--app", "OpenMediaMatch.app", *args],
            cwd=self.folder, env={**self.env, **(env or {})}, capture_output=True, text=True, timeout=600,
        )
        assert proc.returncode == 0, f"flask {' '.join(args)}:\n{proc.stdout}\n{proc.stderr}"
        return proc.stdout + proc.stderr

    def start(self) -> None:
        port = free_port()
        self._log = open(self.folder / "gunicorn.log", "wb")  # noqa: SIM115 - closed in stop()
        self._server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "1",
             "--timeout", "120", "OpenMediaMatch.app:create_app()"],
            cwd=self.folder, env=self.env, stdout=self._log, stderr=subprocess.STDOUT,
        )
        self.url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self._server.poll() is None, (self.folder / "gunicorn.log").read_text()
            try:
                if requests.get(f"{self.url}/status", timeout=5).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(0.2)
        raise AssertionError("HMA did not start:\n" + (self.folder / "gunicorn.log").read_text())

    def stop(self) -> None:
        if self._server is not None:
            self._server.terminate()
            self._server.wait(30)
            self._log.close()

    def indexed(self) -> dict[str, int]:
        """How many hashes of each signal type HMA's indexes hold."""
        answer = requests.get(f"{self.url}/c/signal_type/index", timeout=30)
        assert answer.status_code == 200, answer.text
        return {name: status["index_size"] for name, status in answer.json().items()}

    def fetched(self, exchange: str) -> int:
        answer = requests.get(f"{self.url}/c/exchange/{exchange}/status", timeout=30)
        assert answer.status_code == 200 and answer.json()["last_fetch_succeeded"], answer.text
        return int(answer.json()["fetched_items"])

    def lookup(self, url: str, content_type: str) -> dict[str, list[str]]:
        """The banks HMA finds ``url``'s content in, by signal type."""
        answer = requests.get(f"{self.url}/m/lookup", params={"url": url, "content_type": content_type}, timeout=120)
        assert answer.status_code == 200, answer.text
        found: dict[str, list[str]] = {}
        for signal_type, banks in answer.json().items():
            names = sorted(banks)
            if names:
                found[signal_type] = names
        return found


@pytest.fixture
def hma(request: pytest.FixtureRequest, tmp_path: Path, hma_database: str) -> Iterator[HMA]:
    vpdq = None
    if "vpdq" in request.keywords:
        vpdq = build_vpdq(Path(request.config.cache.mkdir("vpdq-oracle")))
        if vpdq is None:
            pytest.skip("Meta's vpdq could not be built here: it needs FFmpeg's development libraries, "
                        "pkg-config and g++, which .ci/run installs")
    platform = HMA(tmp_path / "hma", hma_database, vpdq)
    platform.flask("db", "upgrade", "--directory", str(VENDOR / "OpenMediaMatch" / "migrations"),
                   env={"MIGRATION_COMMAND": "1"})
    platform.start()
    try:
        yield platform
    finally:
        platform.stop()


@pytest.fixture
def files(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """What a platform's users upload, served over HTTP for HMA's lookup by URL."""
    folder = tmp_path / "uploads"
    folder.mkdir()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", folder
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def service(tmp_path: Path) -> Iterator[LiveServer]:
    with live_server(tmp_path) as live:
        yield live


def test_hma_fetches_both_programmes_page_by_page_and_forgets_a_withdrawal(
    hma: HMA, files: tuple[str, Path], service: LiveServer, tmp_path: Path
) -> None:
    base, uploads = files
    media = tmp_path / "media"
    media.mkdir()
    # A phone photo that EXIF turns, and a video: one person's case, taken under 18.
    stored = good_jpeg(media / "plain.jpg", seed=31, size=(480, 640))
    turned = media / "turned.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # shown turned 90 degrees clockwise
    Image.open(stored).save(turned, exif=exif, quality=95)
    video = media / "clip.mp4"
    shutil.copyfile(CLIPS / "h264-30fps-bframes.mp4", video)
    young = takeitdown("submit", "--endpoint", service.url, "--program", "under18", str(turned), str(video))
    # An adult's photo, and 150 more items, so that the feed takes several pages of 100.
    adult_photo = good_jpeg(media / "adult.jpg", seed=32, size=(480, 640))
    takeitdown("submit", "--endpoint", service.url, "--program", "adult", str(adult_photo))
    CaseClient(service.url).create_case(bundle_of(range(150), program="adult"), new_idempotency_key())

    # What users upload: the turned file itself; the same photo as apps save it, upright
    # and without EXIF (only the record "as displayed" finds it); the video; the adult's
    # photo re-encoded smaller; and a photo of nobody's case.
    shutil.copyfile(turned, uploads / "as-sent.jpg")
    with Image.open(turned) as im:
        ImageOps.exif_transpose(im).save(uploads / "upright.jpg", quality=80)
    shutil.copyfile(video, uploads / "clip.mp4")
    with Image.open(adult_photo) as im:
        im.resize((320, 240), Image.Resampling.LANCZOS).save(uploads / "adult-copy.jpg", quality=60)
    good_jpeg(uploads / "stranger.jpg", seed=33, size=(480, 640))

    # The platform: its token, one exchange (so one bank) per programme.
    token = add_platform(service.engine, "example-platform")
    hma.flask("auth", "takeitdown", "--from-str", token)
    for bank, program in (("TAKEITDOWN_UNDER18", "under18"), ("TAKEITDOWN_ADULT", "adult")):
        created = requests.post(
            f"{hma.url}/c/exchanges",
            json={"bank": bank, "api": "takeitdown", "api_json": {"endpoint": service.url, "program": program}},
            timeout=30,
        )
        assert created.status_code == 201, created.text
    log = hma.flask("fetch")
    # The adult exchange's 151 records came in pages of 100, each committed on its own.
    # (HMA counts keys: two per feed item, the item and its record as displayed.)
    pages = re.findall(r"TAKEITDOWN_ADULT\[takeitdown\] fetch_iter\(\) with (\d+) new records", log)
    assert pages == ["200", "106", "0"], log
    hma.flask("build_indices")

    under18, adult = ["TAKEITDOWN_UNDER18"], ["TAKEITDOWN_ADULT"]
    assert hma.lookup(f"{base}/as-sent.jpg", "photo") == {"pdq": under18}
    assert hma.lookup(f"{base}/upright.jpg", "photo") == {"pdq": under18}
    assert hma.lookup(f"{base}/clip.mp4", "video") == {"video_md5": under18}
    assert hma.lookup(f"{base}/adult-copy.jpg", "photo") == {"pdq": adult}
    assert hma.lookup(f"{base}/stranger.jpg", "photo") == {}
    # Every page reached the banks: 2 + 1 + 150 PDQs (the turned photo twice), one video.
    assert hma.indexed() == {"pdq": 153, "video_md5": 1}
    assert hma.fetched("TAKEITDOWN_UNDER18") == 3 and hma.fetched("TAKEITDOWN_ADULT") == 151

    # Withdrawn: the next fetch takes the case's records (both orientations) out.
    withdrawn = takeitdown(
        "withdraw", "--endpoint", service.url, "--case", str(young["case_number"]), pin=str(young["pin"])
    )
    assert withdrawn["status"] == "withdrawn"
    hma.flask("fetch")
    hma.flask("build_indices")
    assert hma.lookup(f"{base}/as-sent.jpg", "photo") == {}
    assert hma.lookup(f"{base}/upright.jpg", "photo") == {}
    assert hma.lookup(f"{base}/clip.mp4", "video") == {}
    assert hma.lookup(f"{base}/adult-copy.jpg", "photo") == {"pdq": adult}
    assert hma.indexed() == {"pdq": 151, "video_md5": 0}


@pytest.mark.vpdq
def test_hma_finds_a_turned_phone_video_reencoded_upright_by_vpdq(
    hma: HMA, files: tuple[str, Path], service: LiveServer, tmp_path: Path
) -> None:
    """With vPDQ set up as the README says: a phone video the container turns is found as
    uploaded (MD5 and vPDQ of the record as stored) and after an app re-encoded it upright
    (only vPDQ of the record as displayed, ``/oriented``); and not after a withdrawal."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        pytest.skip("FFmpeg's command line is not installed (.ci/run installs it)")
    base, uploads = files
    phone = CLIPS / "rotated-phone.mov"
    case = takeitdown("submit", "--endpoint", service.url, "--program", "under18", str(phone))
    shutil.copyfile(phone, uploads / "as-sent.mov")
    # What a sharing app does with it: decoded turned as displayed, re-encoded upright.
    subprocess.run([ffmpeg, "-v", "error", "-i", str(phone), "-c:v", "libx264", "-crf", "30", "-an",
                    "-metadata:s:v:0", "rotate=0", str(uploads / "upright.mp4")], check=True, timeout=300)
    good_jpeg(uploads / "stranger.jpg", seed=34)
    token = add_platform(service.engine, "example-platform")
    hma.flask("auth", "takeitdown", "--from-str", token)
    created = requests.post(
        f"{hma.url}/c/exchanges",
        json={"bank": "TAKEITDOWN_UNDER18", "api": "takeitdown", "api_json": {"endpoint": service.url, "program": "under18"}},
        timeout=30,
    )
    assert created.status_code == 201, created.text
    hma.flask("fetch")
    hma.flask("build_indices")
    bank = ["TAKEITDOWN_UNDER18"]
    assert hma.indexed()["vpdq"] == 2  # as stored, and as displayed
    assert hma.lookup(f"{base}/as-sent.mov", "video") == {"video_md5": bank, "vpdq": bank}
    assert hma.lookup(f"{base}/upright.mp4", "video") == {"vpdq": bank}

    takeitdown("withdraw", "--endpoint", service.url, "--case", str(case["case_number"]), pin=str(case["pin"]))
    hma.flask("fetch")
    hma.flask("build_indices")
    assert hma.lookup(f"{base}/as-sent.mov", "video") == {}
    assert hma.lookup(f"{base}/upright.mp4", "video") == {}
