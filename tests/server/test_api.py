"""The case API end to end: round trip, faults, security, privacy, load."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from takeitdown_desktop.core.client import CaseClient, CaseServiceError, Problem, new_idempotency_key
from takeitdown_desktop.server import db
from takeitdown_desktop.server.app import add_platform
from tests.fakes import (
    FaultProxy,
    LiveServer,
    database_url,
    delay,
    drop_after_forwarding,
    free_port,
    fresh_engine,
    live_server,
    respond,
)
from tests.server.conftest import other_payload


def count_cases(server: LiveServer) -> int:
    with server.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(db.cases)).scalar_one())


def fast_client(url: str, **kwargs) -> CaseClient:  # type: ignore[no-untyped-def]
    sleeps: list[float] = []
    client = CaseClient(url, requests.Session(), sleep=sleeps.append, **kwargs)
    client.sleeps = sleeps  # type: ignore[attr-defined]
    return client


def test_round_trip_and_platform_feed(server: LiveServer, payload: bytes) -> None:
    client = CaseClient(server.url)
    info = client.service_info()
    assert info.organisation == "Test helpline" and info.program_name("under18")
    receipt = client.create_case(payload, new_idempotency_key())
    assert receipt.status == "active" and receipt.items == 4
    assert client.status(receipt.case_number, receipt.pin).items == 4
    more = json.loads(payload)
    more["items"] = [json.loads(other_payload(1))["items"][0]]
    from takeitdown_desktop.core.bundle import canonical_bytes

    added = client.add_items(receipt.case_number, receipt.pin, canonical_bytes(more), new_idempotency_key())
    assert added.items == 5
    token = add_platform(server.engine, "example-platform")
    page = client.feed(token)
    assert [e.action for e in page.events] == ["add"] * 5
    assert {e.program for e in page.events} == {"under18"}  # platforms act on a child's pictures differently
    assert {e.item["sha256"] for e in page.events} >= {i["sha256"] for i in json.loads(payload)["items"]}
    assert client.withdraw(receipt.case_number, receipt.pin).status == "withdrawn"
    later = client.feed(token, after=page.next_cursor)
    assert [e.action for e in later.events] == ["remove"] * 5
    assert {e.item_ref for e in later.events} == {e.item_ref for e in page.events}
    assert client.feed(token, after=later.next_cursor).events == ()
    with pytest.raises(CaseServiceError) as exc:
        client.add_items(receipt.case_number, receipt.pin, other_payload(2).replace(b'"adult"', b'"under18"'), new_idempotency_key())
    assert exc.value.problem is Problem.REJECTED and exc.value.code == "case_withdrawn"


def test_feed_needs_a_platform_token(server: LiveServer) -> None:
    with pytest.raises(CaseServiceError) as exc:
        CaseClient(server.url).feed("not-a-token")
    assert exc.value.status == 401


def test_retry_after_the_answer_was_lost_opens_one_case(server: LiveServer, payload: bytes) -> None:
    proxy = FaultProxy(server.server.port, [drop_after_forwarding])
    try:
        client = fast_client(proxy.url)
        receipt = client.create_case(payload, new_idempotency_key())
        assert proxy.requests_seen == 2  # the lost one, then the retry
        assert count_cases(server) == 1
        assert client.status(receipt.case_number, receipt.pin).status == "active"  # the PIN we got works
    finally:
        proxy.close()


def test_same_key_different_content_is_refused(server: LiveServer) -> None:
    client = CaseClient(server.url)
    key = new_idempotency_key()
    client.create_case(other_payload(1), key)
    with pytest.raises(CaseServiceError) as exc:
        client.create_case(other_payload(2), key)
    assert exc.value.status == 409 and count_cases(server) == 1


def test_server_down() -> None:
    client = fast_client(f"http://127.0.0.1:{free_port()}", retries=2)
    with pytest.raises(CaseServiceError) as exc:
        client.create_case(other_payload(1), new_idempotency_key())
    assert exc.value.problem is Problem.UNREACHABLE
    assert client.sleeps == [0.5, 1.0]  # type: ignore[attr-defined]


def test_slow_server_times_out_and_a_retry_finds_the_case(server: LiveServer) -> None:
    proxy = FaultProxy(server.server.port, [delay(1.5)] * 2)
    try:
        client = fast_client(proxy.url, timeout=(2.0, 0.5), retries=1)
        key = new_idempotency_key()
        with pytest.raises(CaseServiceError) as exc:
            client.create_case(other_payload(1), key)
        assert exc.value.problem is Problem.UNREACHABLE
        receipt = client.create_case(other_payload(1), key)  # later, the network is fine
        assert receipt.items == 1 and count_cases(server) == 1
    finally:
        proxy.close()


def test_500_then_success(server: LiveServer) -> None:
    proxy = FaultProxy(server.server.port, [respond("500 Internal Server Error", b"oops")])
    try:
        client = fast_client(proxy.url)
        assert client.create_case(other_payload(1), new_idempotency_key()).items == 1
        assert client.sleeps == [0.5] and count_cases(server) == 1  # type: ignore[attr-defined]
    finally:
        proxy.close()


def test_429_honours_retry_after(server: LiveServer) -> None:
    busy = respond("429 Too Many Requests", b'{"error":{"code":"busy","message":"later"}}', {"Retry-After": "3"})
    proxy = FaultProxy(server.server.port, [busy])
    try:
        client = fast_client(proxy.url)
        assert client.create_case(other_payload(1), new_idempotency_key()).items == 1
        assert client.sleeps == [3.0]  # type: ignore[attr-defined]
    finally:
        proxy.close()


def test_a_long_retry_after_is_not_waited_for(server: LiveServer) -> None:
    busy = respond("503 Service Unavailable", b"", {"Retry-After": "3600"})
    proxy = FaultProxy(server.server.port, [busy])
    try:
        client = fast_client(proxy.url)
        with pytest.raises(CaseServiceError) as exc:
            client.create_case(other_payload(1), new_idempotency_key())
        assert exc.value.retry_after == 3600 and client.sleeps == []  # type: ignore[attr-defined]
    finally:
        proxy.close()


def test_a_call_ends_within_the_time_given(server: LiveServer) -> None:
    proxy = FaultProxy(server.server.port, [delay(10)] * 5)  # a service that hangs
    waits: list[object] = []
    try:
        client = CaseClient(proxy.url, requests.Session(), give_up_after=2.0, on_wait=waits.append)
        start = time.monotonic()
        with pytest.raises(CaseServiceError) as exc:
            client.service_info()
        assert exc.value.problem is Problem.UNREACHABLE and time.monotonic() - start < 4
        assert waits == []  # the first read took the whole time: no wait was started
    finally:
        proxy.close()


@pytest.mark.parametrize(
    "answer",
    [
        respond("200 OK", b"<html>captive portal</html>"),
        respond("200 OK", b'{"case_number": 5}'),
        respond("200 OK", b"[1, 2, 3]"),
        respond("302 Found", b"", {"Location": "http://example.org/"}),
    ],
)
def test_malformed_answers(server: LiveServer, answer) -> None:  # type: ignore[no-untyped-def]
    proxy = FaultProxy(server.server.port, [answer])
    try:
        with pytest.raises(CaseServiceError) as exc:
            fast_client(proxy.url).create_case(other_payload(1), new_idempotency_key())
        assert exc.value.problem is Problem.BAD_RESPONSE
    finally:
        proxy.close()


def test_self_signed_tls_needs_its_ca(tmp_path: Path) -> None:
    from tests.server.tls import make_ca_and_server_cert

    ca, cert, key = make_ca_and_server_cert(tmp_path)
    with live_server(tmp_path, ssl_certfile=str(cert), ssl_keyfile=str(key)) as live:
        assert live.url.startswith("https://")
        with pytest.raises(CaseServiceError) as exc:
            fast_client(live.url).service_info()
        assert exc.value.problem is Problem.TLS
        assert CaseClient(live.url, ca_bundle=str(ca)).service_info().organisation == "Test helpline"


def test_plain_http_only_to_this_computer() -> None:
    for url in ("http://example.org", "http://10.0.0.5:8080", "ftp://127.0.0.1", "https://user:pw@example.org", "nonsense"):
        with pytest.raises(CaseServiceError) as exc:
            CaseClient(url)
        assert exc.value.problem is Problem.INSECURE_URL
    for url in ("http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:80", "https://helpline.example.org/api/"):
        CaseClient(url)


def test_wrong_case_and_wrong_pin_look_the_same_and_are_throttled(server: LiveServer) -> None:
    client = fast_client(server.url, retries=0)
    receipt = client.create_case(other_payload(1), new_idempotency_key())
    raw = requests.Session()

    def answer(case: str, pin: str) -> tuple[int, str]:
        r = raw.post(f"{server.url}/v1/cases/{case}/status", json={"pin": pin}, timeout=30)
        return r.status_code, r.text

    wrong_pin = answer(receipt.case_number, "12345678")
    no_such_case = answer("AAAA-BBBB-CCCC-DDDD", "12345678")
    assert wrong_pin == no_such_case and wrong_pin[0] == 404
    for _ in range(3):
        answer(receipt.case_number, "00000000")
    status, _ = answer(receipt.case_number, "11111111")  # the fifth wrong PIN locks the case
    assert status == 404
    r = raw.post(f"{server.url}/v1/cases/{receipt.case_number}/status", json={"pin": receipt.pin}, timeout=30)
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1  # even the right PIN waits
    with pytest.raises(CaseServiceError) as exc:
        client.status(receipt.case_number, receipt.pin)
    assert exc.value.problem is Problem.THROTTLED
    # Unknown case numbers are throttled exactly the same way: no way to tell them apart.
    for _ in range(5):
        answer("AAAA-BBBB-CCCC-DDDE", "12345678")
    assert answer("AAAA-BBBB-CCCC-DDDE", "12345678")[0] == 429


def test_only_fingerprints_cross_the_wire_and_no_pin_is_stored(server: LiveServer, payload: bytes, fingerprinted: list) -> None:  # type: ignore[type-arg]
    client = CaseClient(server.url)
    receipt = client.create_case(payload, new_idempotency_key())
    client.status(receipt.case_number, receipt.pin)
    names = [os.path.basename(r.path).encode() for r in fingerprinted]
    folders = [os.path.dirname(r.path).encode() for r in fingerprinted]
    media = [Path(r.path).read_bytes()[100:164] for r in fingerprinted]
    allowed_item_keys = {"kind", "md5", "sha256", "pdq", "pdq_oriented", "phash", "frames", "frames_oriented"}
    for body in server.recorder.bodies:
        for secret in [*names, *folders, *media, b"secret-name", b"private photos"]:
            assert secret not in body
        value = json.loads(body) if body else {}
        bundle = value.get("bundle", value)
        if "items" in bundle:
            assert set(bundle) == {"bundle_version", "program", "items"}
            assert all(set(item) <= allowed_item_keys for item in bundle["items"])
        else:
            assert set(value) <= {"pin"}
    assert payload in server.recorder.bodies  # exactly the bytes export writes
    with server.engine.connect() as conn:
        dump = repr([conn.execute(select(t)).all() for t in db.metadata.sorted_tables])
    assert receipt.pin not in dump
    for secret in ["secret-name", "private photos", *[n.decode() for n in names]]:
        assert secret not in dump


@pytest.mark.parametrize(
    ("mutate", "status"),
    [
        (lambda b: b.update(program="nobody"), 422),
        (lambda b: b["items"][0].update(sha256="XYZ"), 422),
        (lambda b: b["items"][0]["pdq"].update(quality=101), 422),
        (lambda b: b["items"][0].update(file_name="me.jpg"), 422),
        (lambda b: b.update(items=b["items"] * 1001), 422),
        (lambda b: b.update(items=[]), 422),
    ],
)
def test_strict_validation(server: LiveServer, mutate, status: int) -> None:  # type: ignore[no-untyped-def]
    bundle = json.loads(other_payload(1))
    mutate(bundle)
    r = requests.post(f"{server.url}/v1/cases", json=bundle, headers={"Idempotency-Key": new_idempotency_key()}, timeout=30)
    assert r.status_code == status
    assert set(r.json()["error"]) == {"code", "message"}
    assert count_cases(server) == 0


def test_request_limits(server: LiveServer) -> None:
    r = requests.post(f"{server.url}/v1/cases", data=other_payload(1), timeout=30)
    assert r.status_code == 400 and r.json()["error"]["code"] == "idempotency_key"
    huge = b"[" + b"0," * (17 * 1024 * 1024) + b"0]"
    r = requests.post(f"{server.url}/v1/cases", data=huge, headers={"Idempotency-Key": new_idempotency_key()}, timeout=60)
    assert r.status_code == 413
    r = requests.post(f"{server.url}/v1/cases", data=b"{not json", headers={"Idempotency-Key": new_idempotency_key()}, timeout=30)
    assert r.status_code == 400


def test_two_hundred_concurrent_submissions(server: LiveServer) -> None:
    session = requests.Session()
    adapter = requests.adapters.HTTPAdapter(pool_connections=32, pool_maxsize=32)
    session.mount("http://", adapter)
    client = CaseClient(server.url, session)
    with ThreadPoolExecutor(32) as pool:
        receipts = list(pool.map(lambda i: client.create_case(other_payload(i), new_idempotency_key()), range(200)))
    assert len({r.case_number for r in receipts}) == 200
    assert count_cases(server) == 200


def test_killing_the_server_loses_no_acknowledged_case(tmp_path: Path) -> None:
    url = database_url(tmp_path)
    fresh_engine(url).dispose()
    port = free_port()
    cmd = [sys.executable, "-m", "takeitdown_desktop.server.main", "--port", str(port), "--database", url]
    cmd += ["--cases-per-address", "1000"]  # 400 cases from one address

    def start() -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                requests.get(f"http://127.0.0.1:{port}/v1/service", timeout=1)
                return proc
            except requests.ConnectionError:
                time.sleep(0.05)
        proc.kill()
        raise AssertionError("server did not start")

    proc = start()
    acknowledged: list[tuple[str, str]] = []
    client = CaseClient(f"http://127.0.0.1:{port}", retries=0)

    def submit(i: int) -> None:
        try:
            r = client.create_case(other_payload(i), new_idempotency_key())
            acknowledged.append((r.case_number, r.pin))
        except CaseServiceError:
            pass  # lost in the crash: never acknowledged, so nobody was told a case number

    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(submit, i) for i in range(400)]
        while len(acknowledged) < 40:
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for f in futures:
            f.result()
    assert 40 <= len(acknowledged) < 400
    proc = start()
    try:
        checker = CaseClient(f"http://127.0.0.1:{port}")
        for case, pin in acknowledged:
            assert checker.status(case, pin).status == "active"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_refuses_to_listen_beyond_loopback_without_tls(tmp_path: Path) -> None:
    from takeitdown_desktop.server.main import main

    assert main(["--host", "0.0.0.0", "--database", f"sqlite:///{tmp_path / 'x.sqlite3'}"]) == 2


def test_published_openapi_matches_the_server(server: LiveServer) -> None:
    from takeitdown_desktop.server.main import openapi_document

    text = (Path(__file__).resolve().parents[2] / "docs" / "api" / "openapi.json").read_text()
    assert text == openapi_document(), "regenerate it: takeitdown-case-server openapi > docs/api/openapi.json"
    published = json.loads(text)
    served = requests.get(f"{server.url}/openapi.json", timeout=30).json()
    assert served == published
    # Complete in itself: every reference points into the document.
    refs = re.findall(r'"\$ref":\s*"([^"]*)"', text)
    assert refs and all(ref.startswith("#/components/") for ref in refs), sorted(set(refs))
    schemas = published["components"]["schemas"]
    assert all(ref.removeprefix("#/components/schemas/") in schemas for ref in refs)
    create = published["paths"]["/v1/cases"]["post"]
    key = next(p for p in create["parameters"] if p["name"] == "Idempotency-Key")
    assert key["required"] and key["schema"]["pattern"] == "^[A-Za-z0-9_-]{16,128}$"
    assert set(create["responses"]["201"]["links"]) == {"status", "add_items", "withdraw"}


def test_the_published_bundle_schema_is_the_one_in_the_code() -> None:
    from takeitdown_desktop.core.bundle_schema import BUNDLE_SCHEMA

    published = json.loads((Path(__file__).resolve().parents[2] / "docs" / "api" / "bundle.schema.json").read_text())
    assert published == BUNDLE_SCHEMA


def test_a_method_not_allowed_says_which_are(server: LiveServer) -> None:
    for method, path, allowed in [
        ("DELETE", "/v1/cases", "POST"),
        ("GET", "/v1/cases/X/status", "POST"),
        ("PUT", "/v1/service", "GET"),
        ("POST", "/v1/feed", "GET"),
    ]:
        r = requests.request(method, f"{server.url}{path}", timeout=30)
        assert r.status_code == 405 and r.headers["allow"] == allowed
        assert set(r.json()["error"]) == {"code", "message"}


def test_an_in_memory_database_serves_requests_at_once() -> None:
    from takeitdown_desktop.server.app import create_app
    from takeitdown_desktop.server.db import make_engine
    from takeitdown_desktop.server.runner import ThreadedServer

    engine = make_engine("sqlite://")  # one connection, shared by every thread
    server = ThreadedServer(create_app(engine)).start()
    try:
        client = CaseClient(server.url, requests.Session())
        with ThreadPoolExecutor(8) as pool:
            receipts = list(pool.map(lambda i: client.create_case(other_payload(i), new_idempotency_key()), range(16)))
            statuses = list(pool.map(lambda r: client.status(r.case_number, r.pin).status, receipts))
        assert statuses == ["active"] * 16
        with engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(db.cases)).scalar_one() == 16
    finally:
        server.stop()
        engine.dispose()


@pytest.mark.parametrize("program", ["kids=Children", "under18", "adult="])
def test_server_command_line_refuses_bad_programmes(program: str, capsys) -> None:  # type: ignore[no-untyped-def]
    from takeitdown_desktop.server.main import main

    with pytest.raises(SystemExit) as exc:
        main(["--program", program])
    assert exc.value.code == 2
    assert "ID=NAME" in capsys.readouterr().err
