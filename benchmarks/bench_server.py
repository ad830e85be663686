"""Benchmark: a burst of 200 clients opening cases at once, against the case server.

The server runs as its own process (``takeitdown-case-server``) on loopback, on SQLite
(a fresh file, full sync) and, when a PostgreSQL URL is given, on PostgreSQL. Each
client sends one create with its own small bundle and idempotency key, on its own
connection, all released together from one event loop; the burst lasts until the last
answer. Every create hashes one PIN with
scrypt, so the cores set a floor: 200 x one scrypt / cores. The goal is the whole
burst within 1.2 x that floor. "One scrypt" is timed as the burst needs it: 200 scrypts
run on all cores at once, with nothing else, just before and just after each burst
(this machine's speed drifts by a third from minute to minute, and a few scrypts timed
one at a time, as earlier versions of this benchmark did, follow that drift poorly and
miss what the cores lose when they all hash at once). Each burst is compared with the
floor of its own moment; the ratio to one scrypt timed alone is printed beside it.

    python benchmarks/bench_server.py [--clients 200] [--repeat 3] [--postgres URL]

The PostgreSQL URL may also come from TAKEITDOWN_TEST_DATABASE_URL; its tables are
dropped and made again for every run. Use a database kept for tests.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from takeitdown_desktop.core.cores import usable as cores  # noqa: E402  (as the server counts them)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def bundle(seed: int) -> bytes:
    """A small valid bundle (one photo's fingerprints), different for every seed."""
    from takeitdown_desktop.core.bundle import canonical_bytes

    h = hashlib.sha256(b"bench %d" % seed).hexdigest()
    item = {"kind": "image", "md5": h[:32], "sha256": h, "pdq": {"hash": h, "quality": 90}, "pdq_oriented": None, "phash": h[:16]}
    return canonical_bytes({"bundle_version": 1, "program": "adult", "items": [item]})


def scrypt_seconds(samples: int = 20) -> float:
    """The median time of one PIN hash, as the server does it."""
    from takeitdown_desktop.server import security

    salt = os.urandom(16)
    times = []
    for _ in range(samples):
        start = time.perf_counter()
        security.hash_pin("12345678", salt)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def scrypt_on_cores(count: int, threads: int) -> tuple[float, list[float]]:
    """``count`` PIN hashes on ``threads`` threads and nothing else: the seconds they
    took together, and each one's own time (on some machines two at once run slower each)."""
    from concurrent.futures import ThreadPoolExecutor

    from takeitdown_desktop.server import security

    salt = os.urandom(16)

    def one(_: int) -> float:
        start = time.perf_counter()
        security.hash_pin("12345678", salt)
        return time.perf_counter() - start

    start = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        each = list(pool.map(one, range(count)))
    return time.perf_counter() - start, each


@dataclass
class Burst:
    seconds: float
    latencies: list[float]
    floor: float = 0.0  # 200 x one scrypt / cores, with scrypt timed on all cores just before and after
    floor_one_at_a_time: float = 0.0  # the same with scrypt timed alone, one at a time
    alone: float = 0.0  # seconds for 200 scrypts on all cores and nothing else (before and after, mean)

    @property
    def ratio(self) -> float:
        return self.seconds / self.floor

    @property
    def ratio_one_at_a_time(self) -> float:
        return self.seconds / self.floor_one_at_a_time

    @property
    def per_second(self) -> float:
        return len(self.latencies) / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def create(port: int, body: bytes, key: str) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    try:
        conn.request("POST", "/v1/cases", body=body, headers={"Content-Type": "application/json", "Idempotency-Key": key})
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def request_bytes(port: int, body: bytes, key: str) -> bytes:
    head = (
        f"POST /v1/cases HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
        f"Idempotency-Key: {key}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


def burst(port: int, clients: int, first_seed: int) -> Burst:
    """All clients connect at once, each on its own connection, from one asyncio loop.

    The clients share the server's two cores, so they are kept cheap: requests are made
    before the start, and one event loop costs far less than 200 threads would (with
    threads and http.client the clients' own work added about a tenth to the burst).
    """
    import asyncio

    requests = [
        request_bytes(port, bundle(first_seed + i), f"bench-{first_seed + i:08d}-{os.urandom(8).hex()}")
        for i in range(clients)
    ]
    latencies = [0.0] * clients
    failures: list[str] = []

    async def client(i: int, start: float) -> None:
        # Each from an address of its own, as 200 people are: from one address, every
        # create would wait on that address's one row of counts in the database.
        local = (f"127.1.{i // 250}.{i % 250 + 1}", 0)
        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 20, local_addr=local)
        writer.write(requests[i])
        answer = await reader.read()  # the server closes after answering (Connection: close)
        latencies[i] = time.perf_counter() - start
        writer.close()
        status = answer.split(b" ", 2)[1:2]
        if status != [b"201"]:
            failures.append(status[0].decode("ascii", "replace") if status else "no answer")

    async def everyone() -> float:
        start = time.perf_counter()
        await asyncio.gather(*(client(i, start) for i in range(clients)))
        return time.perf_counter() - start

    seconds = asyncio.run(everyone())
    if failures:
        raise SystemExit(f"{len(failures)} creates failed: {sorted(set(failures))}")
    return Burst(seconds, latencies)


def fresh_database(url: str | None, folder: Path) -> str:
    if url is None:
        path = folder / f"bench-{time.monotonic_ns()}.sqlite3"
        return f"sqlite:///{path}"
    from takeitdown_desktop.server import db

    engine = db.make_engine(url)
    db.metadata.drop_all(engine)
    db.metadata.create_all(engine)
    engine.dispose()
    return url


def run_server(database: str, port: int) -> subprocess.Popen[bytes]:
    # Every create of the bursts comes from this one address: no per-address limit here.
    cmd = [sys.executable, "-m", "takeitdown_desktop.server.main", "--database", database, "--port", str(port),
           "--cases-per-address", "100000000"]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/v1/service")
            conn.getresponse().read()
            conn.close()
            return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("the server did not start")


def measure(name: str, url: str | None, clients: int, repeat: int, folder: Path) -> list[Burst]:
    bursts = []
    for n in range(repeat):
        database = fresh_database(url, folder)
        port = free_port()
        server = run_server(database, port)
        try:
            create(port, bundle(10**9 + n), f"warm-up-{n:08d}-{os.urandom(8).hex()}")  # a warm server
            single_before = scrypt_seconds(10)
            wall_before, before = scrypt_on_cores(clients, cores())
            b = burst(port, clients, n * clients)
            # Timed on both sides of the burst: the machine's speed drifts within minutes.
            wall_after, after = scrypt_on_cores(clients, cores())
            b.floor = clients * statistics.mean(before + after) / cores()
            b.floor_one_at_a_time = clients * (single_before + scrypt_seconds(10)) / 2 / cores()
            b.alone = (wall_before + wall_after) / 2
            bursts.append(b)
        finally:
            server.terminate()
            server.wait(timeout=60)
        print(
            f"  {name} run {n + 1}: {b.seconds:.2f} s, {b.per_second:.1f} creates/s, p50 {b.percentile(50):.2f} s, "
            f"p99 {b.percentile(99):.2f} s; floor {b.floor:.2f} s, {b.ratio:.2f}x; one scrypt at a time "
            f"{b.floor_one_at_a_time:.2f} s, {b.ratio_one_at_a_time:.2f}x; scrypts alone {b.alone:.2f} s",
            flush=True,
        )
    return bursts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", default=os.environ.get("TAKEITDOWN_TEST_DATABASE_URL"), help="postgresql://... (default: $TAKEITDOWN_TEST_DATABASE_URL)")
    args = parser.parse_args()

    n_cores = cores()
    backends: list[tuple[str, str | None]] = [("SQLite", None)]
    if args.postgres:
        backends.append(("PostgreSQL", args.postgres))
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-server-") as tmp:
        for name, url in backends:
            results[name] = measure(name, url, args.clients, args.repeat, Path(tmp))
    floors = [b.floor for bursts in results.values() for b in bursts]
    one = statistics.median(floors) * n_cores / args.clients
    alone = [b.alone for bursts in results.values() for b in bursts]
    singles = [b.floor_one_at_a_time for bursts in results.values() for b in bursts]
    print()
    print(f"| {args.clients} concurrent creates | burst (best / median) | creates/s (best / median) | p50 | p99 | burst / floor (best / median) | burst / floor from scrypt timed alone (median) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    summary: dict[str, object] = {"scrypt_ms": round(one * 1000, 1), "cores": n_cores, "clients": args.clients}
    for name, bursts in results.items():
        best = min(bursts, key=lambda b: b.seconds)
        median = statistics.median(b.seconds for b in bursts)
        median_rate = statistics.median(b.per_second for b in bursts)
        ratios = sorted(b.ratio for b in bursts)
        print(
            f"| {name} | {best.seconds:.2f} s / {median:.2f} s | {best.per_second:.1f} / {median_rate:.1f} | "
            f"{best.percentile(50):.2f} s | {best.percentile(99):.2f} s | {ratios[0]:.2f}x / {statistics.median(ratios):.2f}x | "
            f"{statistics.median(b.ratio_one_at_a_time for b in bursts):.2f}x |"
        )
        summary[name] = {
            "best_s": round(best.seconds, 2),
            "median_s": round(median, 2),
            "best_per_s": round(best.per_second, 1),
            "p50_s": round(best.percentile(50), 2),
            "p99_s": round(best.percentile(99), 2),
            "ratio_best": round(ratios[0], 2),
            "ratio_median": round(statistics.median(ratios), 2),
            "ratio_median_one_at_a_time": round(statistics.median(b.ratio_one_at_a_time for b in bursts), 2),
            "goal_met_median": statistics.median(ratios) <= 1.2,
        }
    print(
        f"| scrypt floor ({args.clients} x {one * 1000:.1f} ms / {n_cores} cores; median of the runs', "
        f"{min(floors):.2f} to {max(floors):.2f} s) | {statistics.median(floors):.2f} s | | | | 1.00x | |"
    )
    print(
        f"| {args.clients} scrypts alone on {n_cores} threads, no server (best / median) | "
        f"{min(alone):.2f} s / {statistics.median(alone):.2f} s | | | | | |"
    )
    print(
        f"| scrypt timed alone, one at a time: floor (median of the runs') | {statistics.median(singles):.2f} s | | | | | |"
    )
    summary["scrypt_alone_s"] = round(statistics.median(alone), 2)
    print()
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
