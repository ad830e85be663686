"""The case in progress: one idempotency key per distinct payload, failed files counted, not sent."""

from __future__ import annotations

from pathlib import Path

from takeitdown_desktop.core.case import CaseDraft, explain
from takeitdown_desktop.core.endpoints import Endpoint
from takeitdown_desktop.core.errors import CaseServiceError, ErrorCode, Problem
from takeitdown_desktop.core.fingerprint import fingerprint_file
from tests.media_factory import good_jpeg, truncated_jpeg


def test_a_retry_of_the_same_payload_keeps_its_key(tmp_path: Path) -> None:
    good = [fingerprint_file(str(good_jpeg(tmp_path / f"{i}.jpg", seed=i))) for i in range(2)]
    bad = fingerprint_file(str(truncated_jpeg(tmp_path / "bad.jpg")))
    draft = CaseDraft()
    draft.choose("adult", Endpoint("adult", "https://helpline.example.org"))
    payload = draft.prepare([*good, bad], ["0.jpg", "1.jpg", "bad.jpg"])
    key = draft.idempotency_key
    assert draft.counts.photos == 2 and [(s.name, s.code) for s in draft.counts.skipped] == [("bad.jpg", ErrorCode.DAMAGED)]
    assert b'"program":"adult"' in payload and payload.count(b'"sha256"') == 2
    assert draft.prepare([*good, bad], ["0.jpg", "1.jpg", "bad.jpg"]) == payload and draft.idempotency_key == key
    draft.prepare(good[:1], ["0.jpg"])
    assert draft.idempotency_key != key


def test_another_answer_means_another_case() -> None:
    from takeitdown_desktop.core.case import Receipt

    draft = CaseDraft()
    draft.choose("adult", Endpoint("adult", None, practice=True))
    draft.record(Receipt("TID-1", "12345678", "Practice mode"))
    draft.choose("adult", Endpoint("adult", None, practice=True))
    assert draft.adding and draft.practice
    draft.choose("under18", Endpoint("under18", None, practice=True))
    assert not draft.adding


def test_failures_in_plain_words() -> None:
    assert "PIN" in explain(CaseServiceError(Problem.WRONG_CASE_OR_PIN))
    assert explain(CaseServiceError(Problem.REJECTED, "too many items")).endswith("It said: too many items")
    assert explain(RuntimeError("/home/someone/photo.jpg")) == "Something went wrong. Please try again."
