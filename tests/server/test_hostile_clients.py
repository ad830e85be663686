"""Clients that would hold the server's memory or descriptors for nothing: connections
that never send a request or send its head a byte at a time, more connections than the
server keeps, bodies trickled after a fast start, too many bodies at once; and addresses
that one count must not lump together."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI, Request

from takeitdown_desktop.server.bodies import BodyLimit
from takeitdown_desktop.server.errors import install_handlers
from takeitdown_desktop.server.runner import ThreadedServer
from takeitdown_desktop.server.throttle import client_key
from tests.fakes import database_url, fresh_engine


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ThreadedServer]:
    from takeitdown_desktop.server.app import create_app

    engine = fresh_engine(database_url(tmp_path))
    running = ThreadedServer(create_app(engine), head_seconds=1.0, max_connections=8).start()
    yield running
    running.stop()
    engine.dispose()


def closed_within(sock: socket.socket, seconds: float) -> bool:
    """Whether the server closes ``sock`` within ``seconds`` (reading whatever it sends)."""
    sock.settimeout(seconds)
    try:
        while sock.recv(4096):
            pass
        return True
    except (TimeoutError, socket.timeout):
        return False
    except ConnectionResetError:
        return True


def service_answers(server: ThreadedServer) -> bool:
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(b"GET /v1/service HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        return sock.recv(64).startswith(b"HTTP/1.1 200")


def test_a_connection_that_sends_nothing_is_closed(server: ThreadedServer) -> None:
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        assert closed_within(sock, 5)


def test_a_head_sent_a_byte_at_a_time_is_closed(server: ThreadedServer) -> None:
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        try:
            for byte in b"GET /v1/service HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 100:
                sock.sendall(bytes([byte]))
                time.sleep(0.1)
        except (BrokenPipeError, ConnectionResetError):
            pass
        assert closed_within(sock, 5)
    assert time.monotonic() - started < 6


def test_idle_after_a_response_the_same_deadline_holds(server: ThreadedServer) -> None:
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(b"GET /v1/service HTTP/1.1\r\nHost: x\r\n\r\n")
        time.sleep(0.3)
        assert sock.recv(65536).startswith(b"HTTP/1.1 200")
        sock.sendall(b"GET /v1/serv")  # the next head, never finished
        assert closed_within(sock, 5)


def test_connections_over_the_cap_are_closed_and_the_service_recovers(server: ThreadedServer) -> None:
    idle = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(20)]
    try:
        refused = sum(closed_within(sock, 0.5) for sock in idle)
        assert refused >= 12  # all over the 8 kept
    finally:
        for sock in idle:
            sock.close()
    assert service_answers(server)


# -- bodies ---------------------------------------------------------------------------


async def _post_through_limit(limit: BodyLimit, chunks: list[tuple[float, bytes]]) -> tuple[int, dict[str, Any]]:
    """A POST whose body arrives as ``chunks`` (a pause before each), through ``limit``
    to an app that reads the whole body; returns the status and JSON body answered."""
    sent: list[dict[str, Any]] = []
    queue = list(chunks)

    async def receive() -> dict[str, Any]:
        pause, data = queue.pop(0)
        await asyncio.sleep(pause)
        return {"type": "http.request", "body": data, "more_body": bool(queue)}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/v1/cases", "headers": [], "query_string": b"",
             "http_version": "1.1", "scheme": "http", "root_path": "", "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 1)}
    await limit(scope, receive, send)  # type: ignore[arg-type]
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return status, json.loads(body) if body else {}


def reading_app() -> Any:
    """The API's error handling around a route that reads its whole body."""
    app = FastAPI()
    install_handlers(app)

    @app.post("/v1/cases")
    async def read(request: Request) -> dict[str, int]:
        return {"bytes": len(await request.body())}

    return app


def test_a_body_trickled_after_a_fast_start_is_refused() -> None:
    """Fast to 200 KB, then a byte at a time: over the average rate for a long while, but
    not over the rate of the latest stretch."""
    limit = BodyLimit(reading_app(), idle_seconds=0.4, min_rate=1000)
    chunks = [(0.0, b"x" * 200_000)] + [(0.15, b"x")] * 40
    started = time.monotonic()
    status, answer = asyncio.run(_post_through_limit(limit, chunks))
    assert status == 408 and answer["error"]["code"] == "too_slow"
    assert time.monotonic() - started < 2
    assert limit.in_flight == 0


def test_a_body_not_whole_in_time_is_refused() -> None:
    limit = BodyLimit(reading_app(), idle_seconds=10, min_rate=1, max_seconds=0.5)
    status, answer = asyncio.run(_post_through_limit(limit, [(0.1, b"x" * 100)] * 10))
    assert status == 408 and answer["error"]["code"] == "too_slow"


def test_bodies_over_the_in_flight_budget_wait_their_turn() -> None:
    limit = BodyLimit(reading_app(), in_flight_limit=1000)

    async def both() -> list[tuple[int, dict[str, Any]]]:
        slow = _post_through_limit(limit, [(0.0, b"x" * 700), (0.5, b"x" * 10)])
        fast = _post_through_limit(limit, [(0.1, b"x" * 400)])
        return list(await asyncio.gather(slow, fast))

    (first, _), (second, answer) = asyncio.run(both())
    assert first == 200
    assert second == 503 and answer["error"]["code"] == "busy"
    assert limit.in_flight == 0
    assert asyncio.run(_post_through_limit(limit, [(0.0, b"x" * 900)]))[0] == 200  # room again


# -- addresses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "key"),
    [
        ("203.0.113.7", "203.0.113.7"),
        ("::ffff:203.0.113.7", "203.0.113.7"),  # IPv4 through a dual-stack socket or proxy
        ("::ffff:198.51.100.9", "198.51.100.9"),
        ("64:ff9b::203.0.113.7", "203.0.113.7"),  # NAT64
        ("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"),
        ("fe80::1%eth0", "fe80::/64"),
        ("", "unknown"),
        ("not an address", "not an address"),
    ],
)
def test_client_key(host: str, key: str) -> None:
    assert client_key(host) == key


# -- what every request and answer passes (server/guard.py, connections.py) ---------------


def raw(server: ThreadedServer, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
            if b"\r\n\r\n" in data and b"connection: close" not in data.lower():
                break
        return data


def test_not_http_is_answered_in_json(server: ThreadedServer) -> None:
    answer = raw(server, b"GARBAGE\r\n\r\n")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400") and b"content-type: application/json" in head.lower()
    assert json.loads(body)["error"]["code"] == "bad_request"


def test_both_framings_at_once_are_refused_and_the_connection_closed(server: ThreadedServer) -> None:
    answer = raw(server, b"POST /v1/cases HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400") and b"connection: close" in head.lower()
    assert json.loads(body)["error"]["code"] == "bad_request"


def test_security_headers_and_no_pages_that_load_scripts_from_elsewhere(server: ThreadedServer) -> None:
    import requests

    for path in ("/v1/service", "/v1/cases/X/status", "/docs"):
        r = requests.get(server.url + path, timeout=10)
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert r.headers["X-Frame-Options"] == "DENY"
        assert r.headers["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"
        assert r.headers["Referrer-Policy"] == "no-referrer"
    assert requests.get(server.url + "/docs", timeout=10).status_code == 404
    assert requests.get(server.url + "/redoc", timeout=10).status_code == 404
    assert requests.get(server.url + "/openapi.json", timeout=10).json()["openapi"]


def test_a_body_declared_as_text_or_a_form_is_refused(server: ThreadedServer) -> None:
    """What a web page can make a browser send to any address without asking."""
    import requests

    for kind in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"):
        r = requests.post(server.url + "/v1/cases/X/status", data=b'{"pin": "12345678"}',
                          headers={"Content-Type": kind}, timeout=10)
        assert r.status_code == 415 and r.json()["error"]["code"] == "unsupported_media_type"
    r = requests.post(server.url + "/v1/cases/X/status", json={"pin": "12345678"}, timeout=10)
    assert r.status_code == 404


def test_the_practice_server_answers_only_to_this_computers_names() -> None:
    """DNS rebinding: a page on a name pointed at 127.0.0.1 must not reach the practice
    server from the person's browser."""
    import requests

    from takeitdown_desktop.server.runner import PracticeServer

    practice = PracticeServer()
    url = practice.start()
    try:
        assert requests.get(url + "/v1/service", timeout=10).status_code == 200
        port = url.rsplit(":", 1)[1]
        for host in ("localhost", f"localhost:{port}", f"127.0.0.1:{port}"):
            assert requests.get(url + "/v1/service", headers={"Host": host}, timeout=10).status_code == 200
        r = requests.get(url + "/v1/service", headers={"Host": f"attacker.example:{port}"}, timeout=10)
        assert r.status_code == 400 and r.json()["error"]["code"] == "bad_request"
    finally:
        practice.stop()


# -- D10: what the people running the service see -------------------------------------


def test_attacks_are_logged_without_secrets_and_dropped_connections_are_not_errors(
    server: ThreadedServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Wrong PINs into a lock, a wrong feed token, a head never sent and garbage for HTTP
    each leave a WARNING naming the event and the address, and nothing of the case
    number or PIN; a client that hangs up mid-body (a phone losing its signal) is no
    ERROR (every one was, so an attacker filled the log)."""
    import requests

    from takeitdown_desktop.server import audit

    monkeypatch.setattr(audit, "_limiter", audit._Limiter())  # earlier tests' events are not this one's
    number, pin = "ABCD-EF01-2345-6789", "31415926"
    caplog.set_level(logging.DEBUG, logger="takeitdown_desktop")
    url = f"http://127.0.0.1:{server.port}"
    codes = [
        requests.post(f"{url}/v1/cases/{number}/status", json={"pin": pin}, timeout=30).status_code for _ in range(7)
    ]
    assert codes[-1] == 429
    assert requests.get(f"{url}/v1/feed", headers={"Authorization": "Bearer wrong-token"}, timeout=30).status_code == 401
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        assert closed_within(sock, 5)  # sent nothing
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(b"NOT HTTP AT ALL\r\n\r\n")
        assert closed_within(sock, 5)
    for _ in range(3):
        with socket.create_connection(("127.0.0.1", server.port)) as sock:
            sock.sendall(
                b"POST /v1/cases HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                b"Idempotency-Key: " + b"k" * 32 + b"\r\nContent-Length: 1000\r\n\r\n{\"bundle"
            )
            time.sleep(0.2)
    time.sleep(0.5)

    security = [r.getMessage() for r in caplog.records if r.name == "takeitdown_desktop.server.security"]
    assert {m.split(" from ")[0] for m in security} >= {"too_many_attempts", "unauthorised", "head_too_slow", "bad_request"}
    assert all(m.endswith(" from 127.0.0.1") for m in security), security
    everything = "\n".join(r.getMessage() for r in caplog.records)
    assert number not in everything and pin not in everything and "wrong-token" not in everything
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], [r.getMessage() for r in caplog.records]


def test_garbage_http_fills_no_log(server: ThreadedServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    """uvicorn logged "Invalid HTTP request received." for every one, without a limit;
    now only the security event does, at its bounded rate."""
    from takeitdown_desktop.server import audit

    monkeypatch.setattr(audit, "_limiter", audit._Limiter())
    caplog.set_level(logging.DEBUG)
    for _ in range(audit.EVENTS_PER_MINUTE + 30):
        assert raw(server, b"GARBAGE\r\n\r\n").startswith(b"HTTP/1.1 400")
    time.sleep(0.2)
    lines = [r.getMessage() for r in caplog.records]
    assert "Invalid HTTP request received." not in lines
    assert lines.count("bad_request from 127.0.0.1") == audit.EVENTS_PER_MINUTE


def test_security_events_are_logged_at_a_bounded_rate(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    """An attacker causes events faster than anyone reads them: at most EVENTS_PER_MINUTE
    lines of a kind a minute, then one line saying how many more there were."""
    from takeitdown_desktop.server import audit

    limiter = audit._Limiter(per_window=3, window=60.0)
    admitted = [limiter.admit("too_many_attempts", 1000.0 + i) for i in range(10)]
    assert [a for a, _ in admitted] == [True] * 3 + [False] * 7
    assert limiter.admit("unauthorised", 1005.0) == (True, 0)  # each kind its own count
    assert limiter.admit("too_many_attempts", 1061.0) == (True, 7)  # a new minute: what was left out
    caplog.set_level(logging.WARNING, logger="takeitdown_desktop.server.security")
    monkeypatch.setattr(audit, "_limiter", audit._Limiter())
    for _ in range(audit.EVENTS_PER_MINUTE + 50):
        audit.event("rate_test", "192.0.2.1")
    assert len(caplog.records) == audit.EVENTS_PER_MINUTE
