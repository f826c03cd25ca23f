"""Typed evidence: every type round-trips, and what vigil's producers write reads back unchanged."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vigil.errors import EvidenceError
from vigil.evidence import (
    EVIDENCE_TYPES,
    BankMatch,
    CueWord,
    Evidence,
    LanguageCue,
    MediaText,
    ModelParts,
    Neighbour,
    Phrase,
    RuleFired,
    evidence_from_dict,
    evidence_list,
    evidence_list_from_json,
    evidence_to_json,
)

numbers = st.one_of(st.integers(-(10**6), 10**6), st.floats(allow_nan=False, allow_infinity=False))
texts = st.text(max_size=40)
labels = st.dictionaries(st.text(min_size=1, max_size=8), texts, max_size=4)
sha = st.text("0123456789abcdef", min_size=64, max_size=64)

bank_matches = st.builds(
    BankMatch,
    bank=texts,
    signal_type=st.sampled_from(["sha256", "md5", "pdq", "vpdq", "text_minhash", "url", "domain"]),
    distance=numbers,
    entry=st.integers(0, 10**9),
    labels=labels,
    variant=texts,
    media=st.none() | sha,
    bank_labels=labels,
    entry_labels=labels,
    source=texts,
    source_id=texts,
    source_date=texts,
)
phrases = st.builds(Phrase, text=texts, weight=st.none() | numbers)
cues = st.builds(
    LanguageCue,
    text=texts,
    weight=numbers,
    words=st.lists(st.builds(CueWord, texts, numbers), max_size=5).map(tuple),
)
neighbours = st.builds(
    Neighbour, text=texts, label=texts, family=texts, lang=st.none() | texts, similarity=st.none() | numbers
)
models = st.builds(
    ModelParts,
    stage=st.integers(1, 3),
    raw=numbers,
    parts=st.dictionaries(st.text(min_size=1), numbers, max_size=6),
)
rules = st.builds(
    RuleFired,
    rule_id=texts,
    verdict=st.sampled_from(["remove", "queue", "allow"]),
    queue=st.none() | texts,
    priority=st.integers(-1000, 1000),
    reason=texts,
    shadow=st.booleans(),
    rules_version=sha,
)
detector_evidence = st.one_of(phrases, cues, neighbours, models)
media_texts = st.builds(
    MediaText,
    source=st.sampled_from(["ocr", "asr"]),
    media=sha,
    text=texts,
    score=numbers,
    flagged=st.booleans(),
    lang=st.none() | texts,
    frame=st.none() | st.integers(0, 10_000),
    t=st.none() | numbers,
    t_end=st.none() | numbers,
    detail=st.lists(detector_evidence, max_size=3).map(tuple),
)
any_evidence = st.one_of(bank_matches, phrases, cues, neighbours, models, media_texts, rules)


@given(any_evidence)
def test_every_type_round_trips_through_its_dict(ev: Evidence) -> None:
    d = ev.to_dict()
    assert d["kind"] in EVIDENCE_TYPES and d["kind"] == ev.kind
    assert evidence_from_dict(d) == ev
    assert evidence_from_dict(json.loads(json.dumps(d))) == ev  # and the dict is JSON-safe


@given(st.lists(any_evidence, max_size=5))
def test_lists_round_trip_through_stored_json(evs: list[Evidence]) -> None:
    assert evidence_list_from_json(evidence_to_json(evs)) == evs


def test_every_kind_has_a_type_and_a_strategy() -> None:
    assert set(EVIDENCE_TYPES) == {
        "match",
        "phrase",
        "language_cue",
        "neighbour",
        "model",
        "ocr",
        "asr",
        "rule",
    }


json_values = st.recursive(
    st.none() | st.booleans() | numbers | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=10,
)


@given(
    st.sampled_from([*EVIDENCE_TYPES, "nope", ""]) | json_values,
    st.dictionaries(
        st.sampled_from(
            ["text", "weight", "words", "bank", "entry", "labels", "parts", "detail", "score", "x"]
        ),
        json_values,
        max_size=6,
    ),
)
def test_garbage_raises_only_evidence_error(kind: Any, rest: dict[str, Any]) -> None:
    with contextlib.suppress(EvidenceError):
        evidence_from_dict({"kind": kind, **rest})


def test_errors_name_the_kind_and_the_field() -> None:
    with pytest.raises(EvidenceError, match=r"unknown evidence kind 'hunch'"):
        evidence_from_dict({"kind": "hunch", "text": "x"})
    with pytest.raises(EvidenceError, match=r"no 'kind'"):
        evidence_from_dict({"phrase": "statement", "theme": "war"})
    with pytest.raises(EvidenceError, match=r"kind 'neighbour': missing field 'label'"):
        evidence_from_dict({"kind": "neighbour", "text": "t", "family": "f"})
    with pytest.raises(EvidenceError, match=r"kind 'phrase': 'weight' must be a number, not str"):
        evidence_from_dict({"kind": "phrase", "text": "t", "weight": "heavy"})
    with pytest.raises(EvidenceError, match=r"kind 'model': unknown field 'logit'"):
        evidence_from_dict({"kind": "model", "stage": 2, "raw": 0.5, "parts": {}, "logit": 1})
    with pytest.raises(EvidenceError, match=r"evidence #1: .*'rule': missing field 'verdict'"):
        evidence_list([{"kind": "phrase", "text": "t"}, {"kind": "rule", "rule_id": "r"}])
    with pytest.raises(EvidenceError, match="not JSON"):
        evidence_list_from_json("[{")
    assert evidence_list_from_json(None) == evidence_list_from_json("") == []


def test_the_stored_shapes_of_before_read_back_byte_identical() -> None:
    """Rows written before the types existed (the shapes as the producers wrote them)."""
    rows = [
        {"kind": "phrase", "text": "make hijrah", "weight": 1.513},
        {
            "kind": "language_cue",
            "text": "la · du",
            "weight": 4.2,
            "words": [{"text": "la", "weight": 2.5}, {"text": "du", "weight": 1.7}],
        },
        {
            "kind": "neighbour",
            "text": "A self-written call",
            "label": "propaganda",
            "family": "propaganda",
            "lang": "en",
            "similarity": 0.812,
        },
        {"kind": "model", "stage": 2, "raw": -0.25, "parts": {"embedding": 0.5, "ngram": 1, "bias": 0.25}},
        {
            "kind": "match",
            "media": "a" * 64,
            "bank": "known",
            "signal_type": "pdq",
            "distance": 12,
            "entry": 3,
            "labels": {"theme": "utopia"},
            "variant": "mirror",
        },
        {
            "kind": "asr",
            "media": "b" * 64,
            "text": "come and serve",
            "score": 0.91,
            "flagged": True,
            "lang": None,
            "t": 1.5,
            "t_end": 3.0,
            "detail": [{"kind": "phrase", "text": "caravan"}],
        },
    ]
    stored = json.dumps(rows, ensure_ascii=False)
    assert evidence_to_json(evidence_list_from_json(stored)) == stored


@pytest.fixture(scope="module")
def detector() -> Any:
    from vigil.classify import load_detector

    return load_detector()


def test_the_detectors_evidence_reads_back_unchanged(detector: Any) -> None:
    bank = [
        json.loads(line) for line in (Path(detector.model_dir) / "bank.jsonl").read_text("utf-8").splitlines()
    ]
    sample = [
        *[b["text"] for b in bank if b["label"] == 1][:6],
        "Mes frères, la hijra vers la terre du califat est un devoir : les hôpitaux vous attendent.",
        "The weather was lovely at the beach today.",
    ]
    verdicts = detector.score(sample)
    kinds = set()
    for v in verdicts:
        typed = evidence_list(v.evidence)
        kinds.update(e.kind for e in typed)
        assert [e.to_dict() for e in typed] == v.evidence
        assert evidence_to_json(typed) == json.dumps(v.evidence, ensure_ascii=False)
    assert {"phrase", "neighbour", "model"} <= kinds


def test_the_media_stage_builds_evidence_that_reads_back(tmp_path: Path, detector: Any) -> None:
    from vigil.items import sha256_file
    from vigil.media.process import analyse
    from vigil.media.synth import photo, poster
    from vigil.pipeline import Judge
    from vigil.signals.banks import add_entries, create_bank, hash_file_entries
    from vigil.signals.matcher import Matcher
    from vigil.store import open_store

    photo(5).save(tmp_path / "known.png")
    poster(3, ["JOIN THE CARAVAN", "DOCTORS ARE NEEDED IN THE KHILAFAH"]).save(
        tmp_path / "poster.jpg", quality=90
    )
    with open_store(f"sqlite:///{tmp_path / 'v.db'}") as store:
        create_bank(
            store, "tcap", source="TCAP", source_date="2024-05-01", labels={"list": "tcap", "tier": "1"}
        )
        add_entries(store, "tcap", hash_file_entries(tmp_path / "known.png", labels={"ideology": "isis"}))
        matcher = Matcher.from_store(store)
    known = analyse(
        str(tmp_path / "known.png"),
        sha256_file(str(tmp_path / "known.png")),
        "image",
        Judge(detector, matcher=matcher),
    )
    read = analyse(
        str(tmp_path / "poster.jpg"),
        sha256_file(str(tmp_path / "poster.jpg")),
        "image",
        Judge(detector, matcher=matcher),
    )
    matches = [e for e in known.evidence if isinstance(e, BankMatch)]
    assert matches and {m.signal_type for m in matches} >= {"sha256", "md5"}
    assert matches[0].labels == {"list": "tcap", "tier": "1", "ideology": "isis"}
    # where the listed hash came from, kept with the stored evidence
    assert (matches[0].bank_labels, matches[0].entry_labels) == (
        {"list": "tcap", "tier": "1"},
        {"ideology": "isis"},
    )
    assert (matches[0].source, matches[0].source_id, matches[0].source_date) == (
        "TCAP",
        "known.png",
        "2024-05-01",
    )
    assert [e for e in read.evidence if isinstance(e, MediaText) and e.source == "ocr"]
    for ev in [*known.evidence, *read.evidence]:
        assert evidence_from_dict(json.loads(json.dumps(ev.to_dict()))) == ev


def test_a_match_carries_where_its_hash_came_from(tmp_path: Path) -> None:
    from vigil.media.synth import photo
    from vigil.signals.banks import add_entries, create_bank, hash_file_entries
    from vigil.signals.matcher import Matcher
    from vigil.store import open_store

    photo(5).save(tmp_path / "known.png")
    with open_store(f"sqlite:///{tmp_path / 'v.db'}") as store:
        create_bank(
            store, "tcap", source="TCAP", source_date="2024-05-01", labels={"list": "tcap", "tier": "1"}
        )
        entries = hash_file_entries(tmp_path / "known.png", labels={"tier": "2"})
        for e in entries:
            e.source_id = "T-17"
        add_entries(store, "tcap", entries)
        [m, *_] = Matcher.from_store(store).match_hashes(_hashes(tmp_path / "known.png"))
    ev = m.evidence("c" * 64)
    assert ev.labels == {"list": "tcap", "tier": "2"}  # the entry's label overrides the bank's
    assert (ev.bank_labels, ev.entry_labels) == ({"list": "tcap", "tier": "1"}, {"tier": "2"})
    assert (ev.source, ev.source_id, ev.source_date) == ("TCAP", "T-17", "2024-05-01")
    assert evidence_from_dict(ev.to_dict()) == ev


def _hashes(path: Path) -> list[Any]:
    from vigil.signals.matcher import hash_file_for_query

    return hash_file_for_query(path)[2]


def test_media_text_source_is_ocr_or_asr() -> None:
    assert MediaText("asr", "m", "t", 0.5, False).kind == "asr"
    with pytest.raises(EvidenceError, match="ocr, asr"):
        MediaText("pdf", "m", "t", 0.5, False)  # type: ignore[arg-type]
