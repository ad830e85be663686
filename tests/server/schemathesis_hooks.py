"""Schemathesis hooks: what this API promises that JSON Schema and OpenAPI cannot state.

A bundle names each file once (no sha256 twice), and a list of frames is in decode
order (each frame index greater than the one before). The schema says so in words and
the server refuses bundles that break them (422 invalid_bundle). Requests that are
meant to be valid (Schemathesis's positive mode) are brought into line with both rules
before they are sent; everything else the generator draws is left exactly as drawn, so
no check is weakened.

A case is reached with its number *and* its PIN, and a wrong PIN is answered 404 like
an unknown case, on purpose (nothing to learn by guessing). The stateful phase follows
the document's links from an opened case, but applies each linked value only most of
the time; its "created resource not found" check looks at the path alone, so a request
with the case's number and a PIN of its own making would be reported as a lost case.
Such a report is dropped only when the PIN sent is not that case's PIN, as the create
answer gave it; with the right PIN, a 404 is still a failure.

Test data: adding files needs a case that exists, its PIN, its programme and a key not
used before, which random generation never puts together (Schemathesis would warn that
the operation only ever answered 404). Half of the valid add requests it generates are
sent to a case opened earlier in the run, with that case's PIN and programme and a key
of their own; the other half go where they were generated to, and get their 404.

Loaded by ``schemathesis.toml`` at the top of the repository.
"""

from __future__ import annotations

import hashlib
import json
import threading
from typing import Any

import schemathesis
from schemathesis import Case, HookContext, Response
from schemathesis.core.failures import Failure
from schemathesis.openapi.checks import EnsureResourceAvailability

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
    if isinstance(case.body, dict) and case.path == "/v1/cases/{case_number}/items":
        _to_a_real_case(case, case.body)
    return case


@schemathesis.hook
def before_call(context: HookContext, case: Case, kwargs: dict[str, Any]) -> None:
    # Just before sending rather than when generated: the stateful phase merges values
    # from links into a body after it is generated.
    meta = case.meta
    if meta is not None and not meta.generation.mode.is_positive:
        return
    if isinstance(case.body, dict):
        _one_of_each(case.body)
        _one_of_each(case.body.get("bundle"))


def _to_a_real_case(case: Case, body: dict[str, Any]) -> None:
    # Chosen from what was generated, not at random, so that a case replays the same way.
    seed = hashlib.sha256(json.dumps([case.path_parameters, body], sort_keys=True, default=str).encode()).digest()
    with _pins_lock:
        known = sorted(_cases.items())
    if not known or seed[0] % 2 or not isinstance(body.get("bundle"), dict):
        return
    number, (pin, program) = known[int.from_bytes(seed[1:5], "big") % len(known)]
    case.path_parameters = {**(case.path_parameters or {}), "case_number": number}
    body["pin"] = pin
    body["bundle"]["program"] = program
    case.headers = {**(case.headers or {}), "Idempotency-Key": seed.hex()[:32]}


#: Case number -> PIN, and case number -> (PIN, programme), from every answer to a create.
_pins: dict[str, str] = {}
_cases: dict[str, tuple[str, str]] = {}
_pins_lock = threading.Lock()


@schemathesis.hook
def after_call(context: HookContext, case: Case, response: Response) -> None:
    if case.method.upper() != "POST" or case.path != "/v1/cases" or response.status_code not in (200, 201):
        return
    answer = response.json()
    with _pins_lock:
        _pins[answer["case_number"]] = answer["pin"]
        _cases[answer["case_number"]] = (answer["pin"], answer["program"])


@schemathesis.hook
def filter_failure(context: HookContext, failure: Failure, case: Case, response: Response) -> bool:
    if not isinstance(failure, EnsureResourceAvailability) or response.status_code != 404:
        return True
    number = (case.path_parameters or {}).get("case_number")
    sent = case.body.get("pin") if isinstance(case.body, dict) else None
    with _pins_lock:
        pin = _pins.get(number) if isinstance(number, str) else None
    return pin is None or sent == pin
