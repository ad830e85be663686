"""How many cores this process may use: one answer for the workers, the video decoder
and the server's PIN hashing."""

from __future__ import annotations

import os


def usable() -> int:
    """The cores this process may run on: its CPU affinity where the system keeps one
    (a container or ``taskset`` may allow fewer than the machine has), else all of them."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
