"""The few stand-ins the tests use, all in one place: the network's faults, not our code.

``LiveServer`` is the real reference server (in a thread, on loopback) with its
request bodies recorded; ``FaultProxy`` sits between client and server and misbehaves
the way networks and overloaded servers do.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from takeitdown_desktop.server import db
from takeitdown_desktop.server.app import create_app
from takeitdown_desktop.server.runner import ThreadedServer


def database_url(tmp_path: Path) -> str:
    """PostgreSQL when TAKEITDOWN_TEST_DATABASE_URL is set (CI sets it), else SQLite."""
    return os.environ.get("TAKEITDOWN_TEST_DATABASE_URL") or f"sqlite:///{tmp_path / 'cases.sqlite3'}"


def fresh_engine(url: str) -> Engine:
    engine = db.make_engine(url)
    db.metadata.drop_all(engine)
    db.metadata.create_all(engine)
    return engine


class RecordingApp:
    """ASGI wrapper that keeps every request body the server receives."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.bodies: list[bytes] = []
        self.lock = threading.Lock()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []

        async def recording_receive() -> Any:
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    with self.lock:
                        self.bodies.append(b"".join(chunks))
            return message

        await self.app(scope, recording_receive, send)


@dataclass
class LiveServer:
    engine: Engine
    server: ThreadedServer
    recorder: RecordingApp

    @property
    def url(self) -> str:
        return self.server.url


@contextmanager
def live_server(
    tmp_path: Path, organisation: str = "Test helpline", limits: dict[str, int] | None = None, **ssl: Any
) -> Iterator[LiveServer]:
    """The reference server on loopback; ``limits``, create_app's per-address limits."""
    engine = fresh_engine(database_url(tmp_path))
    recorder = RecordingApp(create_app(engine, organisation=organisation, **(limits or {})))
    server = ThreadedServer(recorder, **ssl).start()
    try:
        yield LiveServer(engine, server, recorder)
    finally:
        server.stop()
        engine.dispose()


# -- a misbehaving network -------------------------------------------------------------


def _read_http_message(sock: socket.socket) -> bytes:
    """One HTTP/1.1 message (headers and a Content-Length body), or b"" at EOF."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


Behaviour = Callable[[bytes, Callable[[bytes], bytes]], bytes | None]
"""Given the request and a way to forward it, return the bytes to answer (None: hang up)."""


def forward(request: bytes, send: Callable[[bytes], bytes]) -> bytes | None:
    return send(request)


def drop_after_forwarding(request: bytes, send: Callable[[bytes], bytes]) -> bytes | None:
    send(request)  # the server does the work and answers...
    return None  # ...but the answer is lost on the way back


def respond(status: str, body: bytes = b"", headers: dict[str, str] | None = None) -> Behaviour:
    def behaviour(request: bytes, send: Callable[[bytes], bytes]) -> bytes | None:
        extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
        return f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\n{extra}Connection: close\r\n\r\n".encode() + body

    return behaviour


def delay(seconds: float) -> Behaviour:
    def behaviour(request: bytes, send: Callable[[bytes], bytes]) -> bytes | None:
        answer = send(request)
        time.sleep(seconds)
        return answer

    return behaviour


@dataclass
class FaultProxy:
    """A loopback TCP proxy that applies ``script`` to requests in turn, then forwards."""

    upstream_port: int
    script: list[Behaviour] = field(default_factory=list)
    requests_seen: int = 0

    def __post_init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _send_upstream(self, request: bytes) -> bytes:
        with socket.create_connection(("127.0.0.1", self.upstream_port), timeout=30) as up:
            # One request per connection keeps message boundaries simple.
            up.sendall(request.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n", 1))
            chunks = []
            while chunk := up.recv(65536):
                chunks.append(chunk)
            return b"".join(chunks)

    def _handle(self, client: socket.socket) -> None:
        with client:
            request = _read_http_message(client)
            if not request:
                return
            self.requests_seen += 1
            behaviour = self.script.pop(0) if self.script else forward
            try:
                answer = behaviour(request, self._send_upstream)
                if answer is not None:
                    client.sendall(answer)
            except OSError:
                pass

    def _serve(self) -> None:
        self.listener.settimeout(0.1)
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def close(self) -> None:
        self._stop.set()
        self.listener.close()
        self._thread.join(timeout=5)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
