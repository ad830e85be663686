"""The case service's promises under concurrency and hostile input, each tried against
the real server on loopback, the way an attacker (or bad luck) would."""

from __future__ import annotations

import json
import logging
import re
import secrets
import socket
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from takeitdown_desktop.core.bundle import MAX_FRAME_INDEX, canonical_bytes
from takeitdown_desktop.core.client import CaseClient, CaseServiceError, new_idempotency_key
from takeitdown_desktop.server import db
from takeitdown_desktop.server.app import add_platform
from takeitdown_desktop.server.cases import CaseService
from takeitdown_desktop.server.models import MAX_CASE_BODY_BYTES, MAX_CURSOR, MAX_FEED_PAGE_BYTES
from takeitdown_desktop.server.throttle import CLIENT_FAILURES, FREE_FAILURES
from tests.fakes import LiveServer, database_url, free_port, fresh_engine
from tests.server.conftest import bundle_of, other_payload, video_bundle
from tests.server.helpers import peak_memory_mb, server_process, session_from, stream_body


def pooled_session(size: int = 64) -> requests.Session:
    session = requests.Session()
    session.trust_env = False
    adapter = requests.adapters.HTTPAdapter(pool_connections=size, pool_maxsize=size)
    session.mount("http://", adapter)
    return session


def cases_of(server: LiveServer) -> CaseService:
    service: CaseService = server.recorder.app.state.cases
    return service


def read_whole_feed(client: CaseClient, token: str) -> list[list[tuple[str, str]]]:
    pages, after = [], 0
    while True:
        page = client.feed(token, after=after, limit=5000)
        if page.next_cursor == after:
            return pages
        pages.append([(e.action, e.item_ref) for e in page.events])
        after = page.next_cursor


# -- 1. withdrawing while adding --------------------------------------------------------

TRIALS = 200


def test_withdraw_racing_an_add_leaves_nothing_live(server: LiveServer) -> None:
    client = CaseClient(server.url, pooled_session(), retries=0)
    with ThreadPoolExecutor(16) as pool:
        receipts = list(pool.map(lambda i: client.create_case(other_payload(i), new_idempotency_key()), range(TRIALS)))

    def trial(i: int) -> tuple[str, str]:
        receipt = receipts[i]
        together = threading.Barrier(2)
        outcome: dict[str, str] = {}

        def add() -> None:
            together.wait()
            try:
                client.add_items(receipt.case_number, receipt.pin, other_payload(TRIALS + i), new_idempotency_key())
                outcome["add"] = "added"
            except CaseServiceError as exc:
                outcome["add"] = str(exc.code)

        adder = threading.Thread(target=add)
        adder.start()
        together.wait()
        status = client.withdraw(receipt.case_number, receipt.pin).status
        adder.join()
        return status, outcome["add"]

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(trial, range(TRIALS)))
    assert {status for status, _ in results} == {"withdrawn"}
    # Either the add came first (and was then withdrawn with the rest) or it was refused.
    assert {add for _, add in results} <= {"added", "case_withdrawn"}
    with server.engine.connect() as conn:
        live = conn.execute(
            select(func.count())
            .select_from(db.items.join(db.cases, db.cases.c.id == db.items.c.case_id))
            .where(db.cases.c.status == "withdrawn", db.items.c.active)
        ).scalar_one()
    assert live == 0
    # As platforms see it: every item that was ever added has been removed again.
    live_refs: set[str] = set()
    for page in read_whole_feed(client, add_platform(server.engine, "platform")):
        for action, ref in page:
            (live_refs.add if action == "add" else live_refs.discard)(ref)
    assert live_refs == set()


# -- 2 and 3. wrong PINs in a crowd -----------------------------------------------------


def timed(call) -> float:  # type: ignore[no-untyped-def]
    start = time.monotonic()
    call()
    return time.monotonic() - start


def crowd(guesses: list[tuple[requests.Session, str]], url: str, bystander) -> tuple[Counter[int], list[float]]:  # type: ignore[no-untyped-def]
    """Send every (session, case number) wrong guess at once while a bystander goes about
    their business; the guesses' status codes and the bystander's request times."""
    go = threading.Barrier(len(guesses) + 1)

    def guess(i: int) -> int:
        session, case_number = guesses[i]
        go.wait()
        return session.post(f"{url}/v1/cases/{case_number}/status", json={"pin": f"{i:08d}"}, timeout=120).status_code

    def other() -> list[float]:
        go.wait()
        return [t for _ in range(3) for t in bystander()]

    with ThreadPoolExecutor(len(guesses) + 1) as pool:
        times = pool.submit(other)
        codes = Counter(pool.map(guess, range(len(guesses))))
        return codes, times.result()


def test_forty_wrong_pins_at_once(server: LiveServer) -> None:
    owner = CaseClient(server.url, session_from("127.0.0.2"), retries=0)
    victim = owner.create_case(other_payload(1), new_idempotency_key())
    neighbour = CaseClient(server.url, session_from("127.0.0.3"), retries=0)
    theirs = neighbour.create_case(other_payload(2), new_idempotency_key())

    def bystander() -> list[float]:
        return [
            timed(neighbour.service_info),
            timed(lambda: neighbour.status(theirs.case_number, theirs.pin)),
        ]

    # One address guesses the real case number forty times at the same moment.
    checks_before = cases_of(server).pin_checks
    guesser = session_from("127.0.1.1")
    codes, times = crowd([(guesser, victim.case_number)] * 40, server.url, bystander)
    assert set(codes) <= {404, 429}, codes  # no 500, no stall
    assert 1 <= codes[404] <= FREE_FAILURES  # only 404s were checked: the rest were refused unchecked
    assert cases_of(server).pin_checks - checks_before == codes[404] + 3  # + the neighbour's own three
    assert max(times) < 1.0, times
    # That address is locked out of the number; its owner is not (one guess per lock
    # period from anyone used to keep the owner out for ever).
    assert owner.status(victim.case_number, victim.pin).status == "active"
    assert guesser.post(f"{server.url}/v1/cases/{victim.case_number}/status", json={"pin": "00000000"}, timeout=30).status_code == 429

    # Forty people (addresses) guess it at the same moment: each is checked, none locks it for the owner.
    codes, times = crowd([(session_from(f"127.0.1.{i + 2}"), victim.case_number) for i in range(40)], server.url, bystander)
    assert codes[404] == 40 and max(times) < 1.0, (codes, times)
    assert owner.status(victim.case_number, victim.pin).status == "active"

    # One address guesses forty made-up case numbers: no real number is needed to try.
    attacker = session_from("127.0.0.4")
    numbers = ["-".join(secrets.token_hex(2).upper() for _ in range(4)) for _ in range(40)]
    codes, times = crowd([(attacker, n) for n in numbers], server.url, bystander)
    assert set(codes) <= {404, 429}, codes
    assert codes[404] <= CLIENT_FAILURES
    assert max(times) < 1.0, times


# -- 4. memory -------------------------------------------------------------------------

GIB = 1 << 30


def test_a_gigabyte_body_is_refused_while_memory_stays_low(tmp_path: Path) -> None:
    url = database_url(tmp_path)
    fresh_engine(url).dispose()
    port = free_port()
    with server_process(["--database", url], port) as proc:
        case_number = "ACDE-FGHJ-KMNP-QRTW"
        for path, declare in [
            (f"/v1/cases/{case_number}/status", False),  # chunked: no size given in advance
            (f"/v1/cases/{case_number}/withdraw", True),
            ("/v1/cases", False),
            (f"/v1/cases/{case_number}/items", True),
        ]:
            answer, sent = stream_body(port, path, GIB, declare=declare)
            head, _, body = answer.partition(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 413"), (path, head[:200])
            assert json.loads(body)["error"]["code"] == "too_large"
            assert sent < 256 << 20, (path, sent)  # refused while reading, not after
        assert peak_memory_mb(proc.pid) < 300


def test_bodies_of_tiny_values_are_refused_before_parsing(tmp_path: Path) -> None:
    """32 MiB of JSON made of the smallest values once became a gigabyte of Python
    objects; three at once, on the route that parses before the PIN is checked too."""
    url = database_url(tmp_path)
    fresh_engine(url).dispose()
    port = free_port()
    size = MAX_CASE_BODY_BYTES - 1024
    bodies = [
        b"[" + b"[]," * (size // 3) + b"[]]",
        b"[" + b'"ab",' * (size // 5) + b'"ab"]',
        b'{"pin": "123456", "bundle": [' + b"{}," * (size // 3 - 20) + b"{}]}",
    ]
    paths = ["/v1/cases", "/v1/cases", "/v1/cases/ACDE-FGHJ-KMNP-QRTW/items"]
    with server_process(["--database", url], port) as proc:
        with ThreadPoolExecutor(3) as pool:
            answers = list(
                pool.map(
                    lambda pb: requests.post(
                        f"http://127.0.0.1:{port}{pb[0]}", data=pb[1], headers={"Idempotency-Key": new_idempotency_key()}, timeout=120
                    ),
                    zip(paths, bodies),
                )
            )
        assert [(r.status_code, r.json()["error"]["code"]) for r in answers] == [(400, "invalid_json")] * 3
        assert peak_memory_mb(proc.pid) < 300


def test_a_body_that_stalls_is_refused(server: LiveServer, monkeypatch: pytest.MonkeyPatch) -> None:
    from takeitdown_desktop.server import bodies

    monkeypatch.setattr(bodies, "BODY_IDLE_SECONDS", 1.0)
    port = int(server.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        head = "POST /v1/cases/ACDE-FGHJ-KMNP-QRTW/status HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n"
        sock.sendall(head.encode() + b'{"pin": ')
        started = time.monotonic()
        answer = sock.recv(65536)
    assert answer.startswith(b"HTTP/1.1 408"), answer[:100]
    assert b'"too_slow"' in answer and time.monotonic() - started < 10
    # A route that reads no body refuses a chunked one at once, rather than swallowing it.
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(b"GET /v1/service HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n100000\r\n")
        answer = sock.recv(65536)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:100]


def test_feed_pages_are_bounded_in_bytes(server: LiveServer) -> None:
    client = CaseClient(server.url)
    frames = 23_000  # about 2.5 MB of fingerprints: two do not fit in one page
    for seed in range(3):
        client.create_case(video_bundle(seed, frames), new_idempotency_key())
    token = add_platform(server.engine, "platform")
    after, seen = 0, []
    while True:
        r = requests.get(f"{server.url}/v1/feed", params={"after": after}, headers={"Authorization": f"Bearer {token}"}, timeout=60)
        page = r.json()
        if page["next_cursor"] == after:
            break
        assert len(r.content) <= MAX_FEED_PAGE_BYTES + 4096
        assert len(page["events"]) == 1  # 2.5 MB, and a second would pass 4 MiB
        seen += [e["item_ref"] for e in page["events"]]
        after = page["next_cursor"]
    assert len(set(seen)) == 3


# -- 5. files --------------------------------------------------------------------------


def test_database_files_are_private(tmp_path: Path) -> None:
    path = tmp_path / "new folder" / "cases.sqlite3"
    engine = db.make_engine(f"sqlite:///{path}")
    try:
        from takeitdown_desktop.server.app import create_app

        create_app(engine)  # writes the server secret, which makes the -wal and -shm files
        assert path.parent.stat().st_mode & 0o777 == 0o700
        for name in ("cases.sqlite3", "cases.sqlite3-wal", "cases.sqlite3-shm"):
            assert (path.parent / name).stat().st_mode & 0o777 == 0o600, name
    finally:
        engine.dispose()


def test_a_database_reached_through_a_dangling_link_is_created_private(tmp_path: Path) -> None:
    """A link to a file not there yet (an operator pointing the usual path at another
    disk): the file it points to is created 0600, not with the umask's mode."""
    (tmp_path / "disk").mkdir()
    link = tmp_path / "cases.sqlite3"
    link.symlink_to(tmp_path / "disk" / "cases.sqlite3")
    engine = db.make_engine(f"sqlite:///{link}")
    try:
        from takeitdown_desktop.server.app import create_app

        create_app(engine)
        assert (tmp_path / "disk" / "cases.sqlite3").stat().st_mode & 0o777 == 0o600
        for leftover in (tmp_path / "disk").iterdir():
            assert leftover.stat().st_mode & 0o777 == 0o600, leftover.name
    finally:
        engine.dispose()


def test_default_database_folder_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from takeitdown_desktop.server.main import main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main(["platform-token", "example"]) == 0
    folder = tmp_path / "data" / "takeitdown-case-server"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / "cases.sqlite3").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_refuses_a_database_others_can_read(tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]) -> None:
    from takeitdown_desktop.server.main import main

    path = tmp_path / "cases.sqlite3"
    db.make_engine(f"sqlite:///{path}").dispose()
    target = Path(f"{path}{suffix}")
    target.touch()
    target.chmod(0o644)
    assert main(["--database", f"sqlite:///{path}", "--port", str(free_port())]) == 2
    err = capsys.readouterr().err
    assert f"chmod 600 {target}" in err and "Traceback" not in err


# -- 6. proxies ------------------------------------------------------------------------


def test_proxy_variables_are_not_used_for_this_computer(server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.fakes import FaultProxy, live_server
    from tests.server.tls import make_ca_and_server_cert

    proxy = FaultProxy(server.server.port)  # a proxy that would even work: it forwards
    try:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
            monkeypatch.setenv(name, proxy.url)
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        client = CaseClient(server.url)  # its own session: it reads the environment
        receipt = client.create_case(other_payload(1), new_idempotency_key())
        assert client.status(receipt.case_number, receipt.pin).status == "active"
        ca, cert, key = make_ca_and_server_cert(tmp_path)
        with live_server(tmp_path / "tls", ssl_certfile=str(cert), ssl_keyfile=str(key)) as tls:
            assert CaseClient(tls.url, ca_bundle=str(ca)).service_info().organisation
        assert proxy.requests_seen == 0
    finally:
        proxy.close()


def test_proxy_variables_are_used_for_other_computers(server: LiveServer, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.fakes import FaultProxy

    # The proxy is on loopback; nothing leaves this computer (the proxy resolves names).
    proxy = FaultProxy(server.server.port)
    try:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        client = CaseClient("https://helpline.example.org", retries=0)
        with pytest.raises(CaseServiceError):
            client.service_info()  # our "proxy" cannot tunnel; what matters is that it was asked
        assert proxy.requests_seen == 1
    finally:
        proxy.close()


# -- 7. trusted proxies ----------------------------------------------------------------


def test_a_trusted_proxy_gives_everyone_their_own_address(tmp_path: Path) -> None:
    url = database_url(tmp_path)
    fresh_engine(url).dispose()
    port = free_port()
    # The proxy is "another computer": 127.0.0.2, while the server trusts only that one.
    args = ["--database", url, "--behind-tls-proxy", "--trusted-proxy", "127.0.0.2"]
    with server_process(args, port):
        base = f"http://127.0.0.1:{port}"
        via_proxy, elsewhere = session_from("127.0.0.2"), session_from("127.0.0.5")
        owner = CaseClient(base, via_proxy, retries=0)
        owner.session.headers["X-Forwarded-For"] = "198.51.100.7"
        receipt = owner.create_case(other_payload(1), new_idempotency_key())

        def wrong(session: requests.Session, forwarded_for: str, n: int) -> list[int]:
            def one(i: int) -> int:
                number = "-".join(secrets.token_hex(2).upper() for _ in range(4))
                headers = {"X-Forwarded-For": forwarded_for}
                return session.post(f"{base}/v1/cases/{number}/status", json={"pin": "12345678"}, headers=headers, timeout=60).status_code

            with ThreadPoolExecutor(8) as pool:
                return list(pool.map(one, range(n)))

        # Someone else behind the proxy guesses until they are stopped...
        codes = wrong(via_proxy, "203.0.113.9", CLIENT_FAILURES)
        assert codes == [404] * CLIENT_FAILURES
        assert wrong(via_proxy, "203.0.113.9", 1) == [429]
        # ...and someone not behind it cannot pass as the owner by saying so.
        assert set(wrong(elsewhere, "198.51.100.7", CLIENT_FAILURES + 1)) == {404, 429}
        # The owner, behind the same proxy, is not held up by either.
        assert owner.status(receipt.case_number, receipt.pin).status == "active"


def test_a_proxy_elsewhere_must_be_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from takeitdown_desktop.server.main import main

    assert main(["--host", "0.0.0.0", "--behind-tls-proxy", "--database", f"sqlite:///{tmp_path / 'x.sqlite3'}"]) == 2
    assert "--trusted-proxy" in capsys.readouterr().err


# -- 8. the smaller ones ---------------------------------------------------------------


def _bundle(**changes: object) -> dict:  # type: ignore[type-arg]
    bundle = json.loads(video_bundle(1, 2))
    bundle.update(changes)
    return bundle


def _with_frame(index: object) -> bytes:
    text = json.dumps(_bundle())
    return text.replace('"frame": 1,', f'"frame": {index},').encode()


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (_with_frame("9" * 4001), 400, "invalid_json"),  # was served to platforms as Infinity
        (_with_frame(MAX_FRAME_INDEX + 1), 422, "invalid_bundle"),
        (json.dumps(_bundle(bundle_version=True)).encode(), 422, "invalid_bundle"),
        (b'{"bundle_version": ' + b"1" * 5000 + b"}", 400, "invalid_json"),  # was a plain-text 500
        (b"[" * 100_000 + b"]" * 100_000, 400, "invalid_json"),
        (b'{"bundle_version": NaN}', 400, "invalid_json"),
    ],
    ids=["4001-digit-frame", "frame-over-limit", "version-true", "5000-digits", "deep", "nan"],
)
def test_hostile_numbers_and_shapes(server: LiveServer, body: bytes, status: int, code: str) -> None:
    r = requests.post(f"{server.url}/v1/cases", data=body, headers={"Idempotency-Key": new_idempotency_key()}, timeout=60)
    assert (r.status_code, r.json()["error"]["code"]) == (status, code)
    with server.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(db.cases)).scalar_one() == 0


def test_the_largest_cursor_is_a_page_not_an_error(server: LiveServer) -> None:
    # PostgreSQL took a cursor past 2**31 for the 32-bit column's type, and answered 500.
    token = add_platform(server.engine, "platform")
    requests.post(f"{server.url}/v1/cases", data=other_payload(1), headers={"Idempotency-Key": "c" * 20}, timeout=30)
    for after in (2**31, MAX_CURSOR):
        r = requests.get(f"{server.url}/v1/feed", params={"after": after}, headers={"Authorization": f"Bearer {token}"}, timeout=30)
        assert r.status_code == 200 and r.json() == {"events": [], "next_cursor": after}


def test_whole_numbers_written_with_a_fraction_are_whole_numbers(server: LiveServer) -> None:
    # JSON has one kind of number and the schema's "integer" includes 1.0: such a bundle
    # is valid, and is kept (and given to platforms) with whole numbers.
    text = json.dumps(_bundle(bundle_version=1.0)).replace('"frame": 1,', '"frame": 1.0,').replace('"quality": 90', '"quality": 90.0')
    assert '"frame": 1.0' in text and '"quality": 90.0' in text
    first = requests.post(f"{server.url}/v1/cases", data=text.encode(), headers={"Idempotency-Key": "k" * 20}, timeout=30)
    assert first.status_code == 201, first.text
    # The same bundle written without fractions is the same request under the same key.
    again = requests.post(f"{server.url}/v1/cases", data=video_bundle(1, 2), headers={"Idempotency-Key": "k" * 20}, timeout=30)
    assert again.status_code == 200 and again.json()["case_number"] == first.json()["case_number"]
    with server.engine.connect() as conn:
        stored = conn.execute(select(db.items.c.fingerprints)).scalar_one()
    assert stored.encode() == canonical_bytes(json.loads(video_bundle(1, 2))["items"][0])


def test_every_error_is_the_json_body(server: LiveServer, caplog: pytest.LogCaptureFixture) -> None:
    token = add_platform(server.engine, "platform")
    auth = {"Authorization": f"Bearer {token}"}
    answers = [
        requests.get(f"{server.url}/v1/feed", params={"after": 10**20}, headers=auth, timeout=30),  # was a 500
        requests.get(f"{server.url}/v1/feed", params={"limit": 1}, headers=auth, timeout=30),
        requests.get(f"{server.url}/v1/nothing-here", timeout=30),
        requests.delete(f"{server.url}/v1/cases", timeout=30),
        requests.post(f"{server.url}/v1/cases/X/status", data=b"[" * 1000, timeout=30),
        # A lone surrogate in a PIN, a NUL in a case number (PostgreSQL refuses NUL): were 500s.
        requests.post(
            f"{server.url}/v1/cases/X/items",
            data=b'{"pin": "\\ud800", "bundle": %s}' % other_payload(2),
            headers={"Idempotency-Key": new_idempotency_key()},
            timeout=30,
        ),
        requests.post(f"{server.url}/v1/cases/X/status", data=b'{"pin": "\\ud800"}', timeout=30),
        requests.post(f"{server.url}/v1/cases/AB%00CD/status", json={"pin": "123456"}, timeout=30),
    ]
    assert [r.status_code for r in answers] == [422, 422, 404, 405, 400, 404, 422, 404]
    # An unexpected failure: the database loses a table under the running server.
    with server.engine.begin() as conn:
        db.platforms.drop(conn)
    with caplog.at_level(logging.ERROR):
        answers.append(requests.get(f"{server.url}/v1/feed", headers=auth, timeout=30))
    assert answers[-1].status_code == 500
    for r in answers:
        assert r.headers["content-type"] == "application/json"
        assert set(r.json()["error"]) == {"code", "message"}
    assert answers[-1].json()["error"]["code"] == "internal_error"
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "unexpected" in logged and "Traceback" not in logged and "platforms" not in logged


def test_answers_about_a_case_are_not_stored(server: LiveServer) -> None:
    key = {"Idempotency-Key": new_idempotency_key()}
    created = requests.post(f"{server.url}/v1/cases", data=other_payload(1), headers=key, timeout=30)
    assert created.status_code == 201 and created.headers["cache-control"] == "no-store"  # it carries the PIN
    again = requests.post(f"{server.url}/v1/cases", data=other_payload(1), headers=key, timeout=30)
    assert again.status_code == 200 and again.headers["cache-control"] == "no-store"
    number, pin = created.json()["case_number"], created.json()["pin"]
    for action in ("status", "withdraw"):
        r = requests.post(f"{server.url}/v1/cases/{number}/{action}", json={"pin": pin}, timeout=30)
        assert r.status_code == 200 and r.headers["cache-control"] == "no-store"


def test_the_feed_does_not_group_a_cases_items(server: LiveServer) -> None:
    client = CaseClient(server.url)
    receipts = [client.create_case(bundle_of(range(10 * c, 10 * c + 6)), new_idempotency_key()) for c in range(3)]
    token = add_platform(server.engine, "platform")

    def page(after: int = 0) -> dict[str, Any]:
        r = requests.get(f"{server.url}/v1/feed", params={"after": after}, headers={"Authorization": f"Bearer {token}"}, timeout=30)
        return r.json()  # type: ignore[no-any-return]

    def stepped(start: int, end: int) -> list[str]:
        """The feed's order event by event, as a reader stepping the cursor by one learns it."""
        order = []
        for cursor in range(start, end):
            here = {e["item_ref"] for e in page(cursor)["events"]}
            after_it = {e["item_ref"] for e in page(cursor + 1)["events"]}
            order += sorted(here - after_it)
        return order

    first = page()
    opened = stepped(0, first["next_cursor"])
    for receipt in receipts:
        client.withdraw(receipt.case_number, receipt.pin)
    later = page(first["next_cursor"])
    for p in (first, later):
        refs = [e["item_ref"] for e in p["events"]]
        assert len(refs) == 18 and refs == sorted(refs)  # ordered by the random refs alone
        # No sequence number; the programme (two values, shared by many cases) is the only grouping.
        assert all(set(e) == {"action", "item", "item_ref", "program"} for e in p["events"])
    assert {e["action"] for e in later["events"]} == {"remove"}
    # Stepping the cursor one event at a time gives the same random order, for the
    # cases opened together and for the withdrawals made together: not case by case.
    assert opened == sorted(e["item_ref"] for e in first["events"])
    assert stepped(first["next_cursor"], later["next_cursor"]) == sorted(e["item_ref"] for e in later["events"])
    # Read from the start, an item added and removed since shows once, as removed.
    whole = page()
    assert sorted((e["action"], e["item_ref"]) for e in whole["events"]) == sorted(("remove", r) for r in refs)


def test_a_database_from_before_publication_order_gets_one(server: LiveServer) -> None:
    """A database made before events had a publication order is given one on start;
    what its feed held keeps its cursors (platforms have read it in that order)."""
    from sqlalchemy import text

    from takeitdown_desktop.server import db

    client = CaseClient(server.url)
    client.create_case(bundle_of(range(4)), new_idempotency_key())
    with server.engine.begin() as conn:  # as such a database was: events numbered, no places
        if server.engine.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE events DROP COLUMN pub_seq"))
        else:  # SQLite cannot drop a unique column
            conn.execute(text("CREATE TABLE events_old AS SELECT seq, item_id, action FROM events"))
            conn.execute(text("DROP TABLE events"))
            conn.execute(text("ALTER TABLE events_old RENAME TO events"))
        conn.execute(text("ALTER TABLE attempts DROP COLUMN last_guess"))
    db._upgrade(server.engine)
    with server.engine.connect() as conn:
        places = conn.execute(text("SELECT seq, pub_seq FROM events ORDER BY seq")).all()
        conn.execute(text("SELECT last_guess FROM attempts")).all()
    assert places and all(seq == place for seq, place in places)
    token = add_platform(server.engine, "platform")
    r = requests.get(f"{server.url}/v1/feed", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    assert len(r.json()["events"]) == 4 and r.json()["next_cursor"] == places[-1][1]


def test_the_per_address_count_forgets(server: LiveServer) -> None:
    from takeitdown_desktop.server.throttle import CLIENT_WINDOW_SECONDS, claim_address, forget_old_addresses

    with server.engine.begin() as conn:
        for i in range(500):
            assert claim_address(conn, f"pin:10.0.{i // 256}.{i % 256}", 0.0, 20, CLIENT_WINDOW_SECONDS) == 0.0
        forget_old_addresses(conn, 2 * 3600 + 1.0)  # long after the longest window
        assert conn.execute(select(func.count()).select_from(db.address_counts)).scalar_one() == 0
    # On the live server: right PINs from many addresses leave nothing counted.
    client = CaseClient(server.url)
    receipt = client.create_case(other_payload(1), new_idempotency_key())
    for i in range(5):
        CaseClient(server.url, session_from(f"127.0.2.{i + 1}")).status(receipt.case_number, receipt.pin)
    with server.engine.connect() as conn:
        counts = conn.execute(select(db.address_counts.c.key, db.address_counts.c.count)).all()
    assert {key: count for key, count in counts if key.startswith("pin:")} == {f"pin:127.0.2.{i + 1}": 0 for i in range(5)}


def test_limits_hold_across_server_processes(tmp_path: Path) -> None:
    """Two servers on one database (as several processes behind one proxy): 20 wrong PINs
    from one address in all, not 20 each; and the cases one address opens, in all."""
    from takeitdown_desktop.server.app import create_app
    from takeitdown_desktop.server.runner import ThreadedServer

    url = database_url(tmp_path)
    engines = [fresh_engine(url), db.make_engine(url)]
    servers = [ThreadedServer(create_app(e, cases_per_address=3)).start() for e in engines]
    try:
        clients = [CaseClient(s.url, retries=0) for s in servers]
        keys = [new_idempotency_key() for _ in range(3)]
        made = [clients[i % 2].create_case(other_payload(i), keys[i]) for i in range(3)]
        # A retry of a case already opened is answered again, and not counted as a new one.
        assert clients[1].create_case(other_payload(0), keys[0]).case_number == made[0].case_number
        with pytest.raises(CaseServiceError) as refused:
            clients[1].create_case(other_payload(9), new_idempotency_key())
        assert refused.value.status == 429 and refused.value.retry_after is not None
        codes = []
        for i in range(22):
            try:
                # Each at a number of its own: a case number's own lock is not what is tried here.
                clients[i % 2].status(f"NOPE-{i:04d}-GUES-SSED", "00000000")
            except CaseServiceError as exc:
                codes.append(exc.status)
        assert codes.count(404) == 20 and codes[-2:] == [429, 429]
    finally:
        for s in servers:
            s.stop()
        for e in engines:
            e.dispose()


def test_a_burst_from_one_address_opens_no_more_cases_than_its_limit(tmp_path: Path) -> None:
    """The limit is checked before the PIN is hashed (one read) and claimed in the write
    that opens the case: creates racing past the read together, on two processes, still
    open exactly the limit, and the refused ones leave nothing counted."""
    from concurrent.futures import ThreadPoolExecutor

    from takeitdown_desktop.server.app import create_app
    from takeitdown_desktop.server.runner import ThreadedServer

    url = database_url(tmp_path)
    engines = [fresh_engine(url), db.make_engine(url)]
    servers = [ThreadedServer(create_app(e, cases_per_address=5)).start() for e in engines]
    try:
        clients = [CaseClient(s.url, retries=0) for s in servers]

        def create(i: int) -> int:
            try:
                clients[i % 2].create_case(other_payload(100 + i), new_idempotency_key())
            except CaseServiceError as exc:
                return exc.status
            return 201

        with ThreadPoolExecutor(12) as pool:
            statuses = list(pool.map(create, range(12)))
        assert sorted(statuses) == [201] * 5 + [429] * 7
        with engines[0].connect() as conn:
            assert conn.execute(select(func.count()).select_from(db.cases)).scalar_one() == 5
            counted = conn.execute(select(db.address_counts.c.count).where(db.address_counts.c.key.like("case:%"))).scalar_one()
        assert counted == 5
        # Said as what it is: not a wrong PIN (a school's pupils share one address).
        from takeitdown_desktop.core.case import explain

        with pytest.raises(CaseServiceError) as refused:
            clients[0].create_case(other_payload(200), new_idempotency_key())
        assert "from this internet connection" in explain(refused.value) and "PIN" not in explain(refused.value)
    finally:
        for s in servers:
            s.stop()
        for e in engines:
            e.dispose()


def test_many_addresses_together_lock_a_case_number_for_everyone(server: LiveServer) -> None:
    """What one address may try is bounded per case number; what all may try together is
    bounded too: CASE_FAILURES wrong PINs from any addresses lock the number for everyone,
    its owner included (the price of bounding a crowd's guesses at a 10^8 PIN)."""
    from takeitdown_desktop.server.throttle import CASE_FAILURES

    cases = cases_of(server)
    number = "CROW-DGUE-SSES-XXXX"
    waits = [cases._claim(number, f"pin:10.1.{i // 250}.{i % 250}", 1000.0)[0] for i in range(CASE_FAILURES + 3)]
    assert waits[:CASE_FAILURES] == [0.0] * CASE_FAILURES and all(w > 0 for w in waits[CASE_FAILURES:])
    assert cases._claim(number, "pin:10.9.9.9", 1000.0)[0] > 0  # a new address too
    assert cases._claim(number, "pin:10.9.9.9", 1000.0 + 31)[0] == 0.0  # after the first lock, one more


def test_case_numbers_nobody_guesses_any_more_are_forgotten(server: LiveServer) -> None:
    """Each wrong guess at a new case number once left a row in the database for ever."""
    from takeitdown_desktop.server import throttle

    cases = cases_of(server)
    for i in range(50):
        cases._claim(f"NOPE-{i:04d}-GUES-SSED", f"pin:10.0.1.{i}", 1000.0)
    for i in range(6):  # one number guessed into a lock (by one address)
        cases._claim("LOCK-EDUP-LOCK-EDUP", "pin:10.0.2.1", 1000.0 + i)

    def left() -> set[str]:
        with server.engine.connect() as conn:
            return set(conn.execute(select(db.attempts.c.case_number)).scalars())

    cases._claim("FRES-HGUE-SSFR-ESHG", "pin:10.0.3.1", 1000.0 + throttle.FORGET_GUESSES_SECONDS / 2)
    assert len(left()) == 2 * 52  # nothing a day old yet (a row per number, and per number and address)
    cases._claim("FRES-HGUE-SSFR-ESHG", "pin:10.0.3.2", 1010.0 + throttle.FORGET_GUESSES_SECONDS)
    # The day-old guesses are forgotten, the fresh ones kept.
    fresh = "FRES-HGUE-SSFR-ESHG"
    assert left() == {fresh, throttle.guess_key(fresh, "pin:10.0.3.1"), throttle.guess_key(fresh, "pin:10.0.3.2")}


def test_tokens_and_keys_people_type_after_an_option_never_begin_with_a_dash() -> None:
    """A feed token or idempotency key beginning with "-" was read as an option by
    argparse (py-tx's ``--credentials TOKEN``, our ``--idempotency-key KEY``): one in 64
    of them, at random. Both are hex now, with as much randomness as before or more."""
    from takeitdown_desktop.core.client import new_idempotency_key
    from takeitdown_desktop.server import security

    tokens = {security.new_token() for _ in range(500)}
    keys = {new_idempotency_key() for _ in range(500)}
    assert len(tokens) == len(keys) == 500
    assert all(re.fullmatch(r"[0-9a-f]{64}", t) for t in tokens)
    assert all(re.fullmatch(r"[0-9a-f]{48}", k) for k in keys)
