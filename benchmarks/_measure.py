"""Run a command and measure its wall time and peak memory, whole process tree included."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass


@dataclass
class Measurement:
    seconds: float
    #: Highest sum of resident memory over the process and all its descendants (MB).
    peak_tree_mb: float
    #: Highest resident memory of any single process in the tree (MB).
    peak_process_mb: float
    returncode: int


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        tree.setdefault(ppid, []).append(int(name))
    return tree


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_timed(cmd: list[str], env: dict[str, str] | None = None) -> float:
    """Wall time of one run, with nothing else sampling the machine meanwhile."""
    start = time.perf_counter()
    rc = subprocess.run(cmd, stdout=subprocess.DEVNULL, env=env).returncode
    elapsed = time.perf_counter() - start
    if rc != 0:
        raise SystemExit(f"command failed ({rc}): {' '.join(cmd[:4])} ...")
    return elapsed


def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> Measurement:
    """One run with its process tree's memory sampled every 20 ms (which costs some CPU,
    so take timings from :func:`run_timed`)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, env=env)
    peak_tree = peak_one = 0.0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_tree, peak_one
        while not stop.is_set():
            tree = _children()
            todo, seen = [proc.pid], []
            while todo:
                pid = todo.pop()
                seen.append(pid)
                todo.extend(tree.get(pid, []))
            sizes = [_rss_mb(p) for p in seen]
            peak_tree = max(peak_tree, sum(sizes))
            peak_one = max(peak_one, max(sizes, default=0.0))
            stop.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    rc = proc.wait()
    elapsed = time.perf_counter() - start
    stop.set()
    sampler.join()
    return Measurement(elapsed, peak_tree, peak_one, rc)
