"""Ways of reaching the real server that the promise tests need: distinct client
addresses (all of 127.0.0.0/8 is this computer), a server process of its own, and a
body streamed without ever being held in memory."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import requests
from requests.adapters import HTTPAdapter


class _FromAddress(HTTPAdapter):
    def __init__(self, address: str, pool: int) -> None:
        self.address = address
        super().__init__(pool_connections=pool, pool_maxsize=pool)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


def session_from(address: str, pool: int = 64) -> requests.Session:
    """A session whose connections come from ``address`` (e.g. 127.0.0.7): to the server,
    another person."""
    session = requests.Session()
    session.trust_env = False
    adapter = _FromAddress(address, pool)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


@contextmanager
def server_process(args: Sequence[str], port: int) -> Iterator[subprocess.Popen[bytes]]:
    """``takeitdown-case-server ARGS --port PORT`` as a process of its own, until it answers."""
    cmd = [sys.executable, "-m", "takeitdown_desktop.server.main", *args, "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(f"http://127.0.0.1:{port}/v1/service", timeout=1)
                break
            except requests.ConnectionError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"server did not start: {proc.stderr.read().decode() if proc.stderr else ''}") from None
                time.sleep(0.05)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()


def peak_memory_mb(pid: int) -> float:
    """The highest resident memory the process has had (VmHWM), in MB."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


def stream_body(port: int, path: str, total: int, *, declare: bool, chunk: int = 1 << 20) -> tuple[bytes, int]:
    """POST ``total`` bytes of one repeated chunk to ``path`` (with Content-Length, or
    chunked), stopping as soon as the server answers. Returns (answer, bytes sent)."""
    block = b" " * chunk  # JSON whitespace: the body would be valid for as long as it lasts
    piece = block if declare else b"%x\r\n%s\r\n" % (len(block), block)
    sent = 0
    answer = b""
    with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
        length = f"Content-Length: {total}" if declare else "Transfer-Encoding: chunked"
        head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nIdempotency-Key: {'k' * 24}\r\n{length}\r\n\r\n"
        sock.sendall(head.encode())
        try:
            while sent < total and not _readable(sock):
                sock.settimeout(10)
                sock.sendall(piece)
                sent += len(block)
            if sent >= total and not declare:
                sock.sendall(b"0\r\n\r\n")
        except (ConnectionError, TimeoutError):
            pass  # the server stopped reading: its answer, if any, is waiting
        sock.settimeout(120)
        try:
            while not _complete(answer) and (data := sock.recv(65536)):
                answer += data
        except (ConnectionError, TimeoutError):
            pass
    return answer, sent


def _readable(sock: socket.socket) -> bool:
    import select

    return bool(select.select([sock], [], [], 0)[0])


def _complete(answer: bytes) -> bool:
    head, sep, body = answer.partition(b"\r\n\r\n")
    if not sep:
        return False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value)
    return False
