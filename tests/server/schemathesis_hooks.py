"""Schemathesis hooks: the two bundle rules that JSON Schema cannot state.

A bundle names each file once (no sha256 twice), and a list of frames is in decode
order (each frame index greater than the one before). The schema says so in words and
the server refuses bundles that break them (422 invalid_bundle). Requests that are
meant to be valid (Schemathesis's positive mode) are brought into line with both rules
before they are sent; everything else the generator draws is left exactly as drawn, so
no check is weakened. Loaded by ``schemathesis.toml`` at the top of the repository.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case, HookContext

from takeitdown_desktop.core.bundle import MAX_FRAME_INDEX


def _whole(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value // 1:
        return None
    return int(value)


def _in_order(frames: Any) -> Any:
    if not isinstance(frames, list) or not all(isinstance(f, dict) and _whole(f.get("frame")) is not None for f in frames):
        return frames
    ordered = sorted(frames, key=lambda f: f["frame"])
    last = -1
    for frame in ordered:
        index = _whole(frame["frame"])
        assert index is not None
        if index <= last:  # only indexes that break the order are changed
            frame["frame"] = index = last + 1
        last = index
    if last > MAX_FRAME_INDEX:  # pushed past the largest index: number them from 0
        for n, frame in enumerate(ordered):
            frame["frame"] = n
    return ordered


def _one_of_each(bundle: Any) -> None:
    if not isinstance(bundle, dict) or not isinstance(bundle.get("items"), list):
        return
    seen: set[Any] = set()
    items = []
    for item in bundle["items"]:
        key = item.get("sha256") if isinstance(item, dict) else None
        if isinstance(key, str) and key in seen:
            continue
        seen.add(key)
        if isinstance(item, dict):
            for field in ("frames", "frames_oriented"):
                if field in item:
                    item[field] = _in_order(item[field])
        items.append(item)
    bundle["items"] = items


@schemathesis.hook
def map_case(context: HookContext, case: Case) -> Case:
    meta = case.meta
    if meta is not None and not meta.generation.mode.is_positive:
        return case
    body = case.body
    if isinstance(body, dict):
        _one_of_each(body)
        _one_of_each(body.get("bundle"))
    return case
