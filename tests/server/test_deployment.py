"""The deployment recipe in deploy/, run as written: Debian's nginx in front with TLS,
two server processes behind it on one database (PostgreSQL in CI), limits counted per
client across both, a client's forged X-Forwarded-For ignored, one process stopping
without the service going down."""

from __future__ import annotations

import getpass
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from takeitdown_desktop.core.client import CaseClient, new_idempotency_key
from takeitdown_desktop.server.throttle import CLIENT_FAILURES
from tests.fakes import database_url, free_port, fresh_engine
from tests.server.conftest import other_payload
from tests.server.helpers import server_process, session_from
from tests.server.tls import make_ca_and_server_cert

RECIPE = Path(__file__).resolve().parents[2] / "deploy"
NGINX = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None)

pytestmark = pytest.mark.skipif(NGINX is None, reason="nginx is not installed (Debian: apt install nginx; .ci/run installs it)")


def site_config(tmp_path: Path, upstreams: list[int], https: int, http: int, cert: Path, key: Path) -> str:
    """deploy/nginx-takeitdown.conf with this test's ports, names and certificate."""
    text = (RECIPE / "nginx-takeitdown.conf").read_text()
    for old, new in {
        "server 127.0.0.1:8001;": f"server 127.0.0.1:{upstreams[0]};",
        "server 127.0.0.1:8002;": f"server 127.0.0.1:{upstreams[1]};",
        "listen 443 ssl;": f"listen 127.0.0.1:{https} ssl;",
        "listen 80;": f"listen 127.0.0.1:{http};",
        "listen [::]:443 ssl;": "",
        "listen [::]:80;": "",
        "/etc/letsencrypt/live/cases.example.org/fullchain.pem": str(cert),
        "/etc/letsencrypt/live/cases.example.org/privkey.pem": str(key),
        "cases.example.org": "127.0.0.1",  # the test certificate's name
    }.items():
        assert old in text, f"the recipe no longer says {old!r}"
        text = text.replace(old, new)
    return text


@pytest.fixture
def deployment(tmp_path: Path) -> Iterator[tuple[str, Path, list[subprocess.Popen[bytes]]]]:
    ca, cert, key = make_ca_and_server_cert(tmp_path)
    url = database_url(tmp_path)
    fresh_engine(url).dispose()
    upstreams, https, http = [free_port(), free_port()], free_port(), free_port()
    (tmp_path / "site.conf").write_text(site_config(tmp_path, upstreams, https, http, cert, key))
    temp = {name: tmp_path / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    for folder in temp.values():
        folder.mkdir()
    (tmp_path / "nginx.conf").write_text(
        # Running as root, nginx's workers would be "nobody", who cannot read this folder.
        (f"user {getpass.getuser()};\n" if os.geteuid() == 0 else "")
        + f"daemon off;\nworker_processes 1;\npid {tmp_path / 'nginx.pid'};\nerror_log {tmp_path / 'error.log'} warn;\n"
        "events { worker_connections 256; }\n"
        "http {\n"
        + "".join(f"    {name}_temp_path {path};\n" for name, path in (("client_body", temp["body"]),) + tuple(
            (n, temp[n]) for n in ("proxy", "fastcgi", "uwsgi", "scgi")))
        + f"    include {tmp_path / 'site.conf'};\n}}\n"
    )
    flags = ["--database", url, "--host", "127.0.0.1", "--behind-tls-proxy", "--trusted-proxy", "127.0.0.1",
             "--allowed-host", "127.0.0.1"]
    assert NGINX is not None
    with server_process(flags, upstreams[0]) as first, server_process(flags, upstreams[1]) as second:
        nginx = subprocess.Popen(
            [NGINX, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"), "-e", str(tmp_path / "error.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    socket.create_connection(("127.0.0.1", https), timeout=1).close()
                    break
                except OSError:
                    if nginx.poll() is not None or time.monotonic() > deadline:
                        log = (tmp_path / "error.log").read_text() if (tmp_path / "error.log").exists() else ""
                        raise AssertionError(f"nginx did not start: {nginx.stderr.read() if nginx.stderr else ''!r}\n{log}")
                    time.sleep(0.05)
            yield f"https://127.0.0.1:{https}", ca, [first, second]
            assert requests.get(f"http://127.0.0.1:{http}/v1/service", allow_redirects=False, timeout=10).status_code == 301
        finally:
            nginx.terminate()
            nginx.wait(timeout=30)
            if nginx.stderr is not None:
                nginx.stderr.close()


def test_the_recipe_behind_nginx_with_two_processes(deployment: tuple[str, Path, list[subprocess.Popen[bytes]]]) -> None:
    url, ca, processes = deployment
    owner = CaseClient(url, session_from("127.0.0.5"), ca_bundle=str(ca), retries=0)
    receipt = owner.create_case(other_payload(1), new_idempotency_key())

    def guess(address: str, i: int, forged: str | None = None) -> int:
        headers = {"X-Forwarded-For": forged} if forged else {}
        return session_from(address).post(
            f"{url}/v1/cases/NOPE-{i:04d}-GUES-SSED/status", json={"pin": "00000000"}, headers=headers, verify=str(ca), timeout=30
        ).status_code

    # One person's wrong PINs, spread by nginx over both processes: counted together.
    codes = [guess("127.0.0.6", i) for i in range(CLIENT_FAILURES + 2)]
    assert codes.count(404) == CLIENT_FAILURES and codes[-2:] == [429, 429], codes
    # An address of their own in X-Forwarded-For does not reset it: nginx writes that header.
    assert guess("127.0.0.6", 99, forged="10.9.9.9") == 429
    # Someone else behind the same nginx is not held back by them.
    assert guess("127.0.0.7", 100) == 404
    assert owner.status(receipt.case_number, receipt.pin).status == "active"

    # The largest body nginx passes on is the service's own limit.
    too_big = session_from("127.0.0.8").post(
        f"{url}/v1/cases", data=b"x" * (34 * 1024 * 1024), verify=str(ca), timeout=60,
        headers={"Content-Type": "application/json", "Idempotency-Key": new_idempotency_key()},
    )
    assert too_big.status_code == 413

    # One process stops (a restart, a crash): the other answers for the same database.
    processes[0].terminate()
    processes[0].wait(timeout=30)
    for _ in range(4):
        assert owner.status(receipt.case_number, receipt.pin).status == "active"


def _exec_start(unit: str) -> list[str]:
    import shlex

    text = unit.replace("\\\n", " ")
    line = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    return shlex.split(line.removeprefix("ExecStart="))


def test_the_systemd_unit_is_valid_and_starts_the_server_as_documented(tmp_path: Path) -> None:
    """The unit's options are the server's own (a renamed option would stop every instance
    at boot), and systemd finds nothing to warn about in it."""
    from takeitdown_desktop.server.main import build_parser

    unit = (Path(__file__).resolve().parents[2] / "deploy" / "takeitdown-case-server@.service").read_text()
    command = _exec_start(unit)
    assert command[0] == "/opt/takeitdown/venv/bin/takeitdown-case-server"
    args = build_parser().parse_args([arg.replace("%i", "8001") for arg in command[1:]])
    assert (args.port, args.host, args.behind_tls_proxy) == (8001, "127.0.0.1", True)
    assert args.database.startswith("postgresql://") and "password" not in args.database
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed (it comes with systemd)")
    # An instance of the template, with the program where this checkout has it.
    server = Path(sys.executable).parent / "takeitdown-case-server"
    assert server.exists(), "the package is installed with its scripts (pip install -e .)"
    instance = tmp_path / "takeitdown-case-server@8001.service"
    instance.write_text(unit.replace("/opt/takeitdown/venv/bin/takeitdown-case-server", str(server)))
    proc = subprocess.run([analyze, "verify", str(instance)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and not proc.stderr.strip() and not proc.stdout.strip(), proc.stdout + proc.stderr
