"""Turning what the person chose (files and folders) into the list of files to read."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence


def expand_paths(args: Sequence[str]) -> list[str]:
    """Files as given, and the files under each folder recursively, by name, hidden ones skipped."""
    out: list[str] = []
    for arg in args:
        if os.path.isdir(arg) and not os.path.islink(arg):
            out.extend(_walk(arg))
        else:
            out.append(arg)
    return out


def _walk(folder: str) -> Iterator[str]:
    try:
        with os.scandir(folder) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError:
        # An unreadable folder is reported like a file, so it is not silently skipped.
        yield folder
        return
    for entry in entries:
        path = os.path.join(folder, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path)
        else:
            yield path
