"""One judge for every item: text posts matched against every bank, the policy deciding, decisions stored.

Scans use a keyword detector (a double at the ``Detector`` protocol, the pipeline's public
seam); ``judge_text`` is also run with the shipped detector.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from vigil.classify import Verdict
from vigil.evidence import BankMatch, RuleFired
from vigil.pipeline import Judge, judge_text, scan
from vigil.policy import parse_rules
from vigil.signals.banks import add_entries, create_bank
from vigil.signals.text import TextMinHashSignal
from vigil.store import NewEntry, Store

LISTED_TEXT = (
    "The convoy leaves from the old bridge at dawn; bring your papers and tell nobody where you are going, "
    "the brothers will meet you at the border crossing with the new documents"
)
ORDINARY = "The library opens at nine on Saturdays and the children's reading hour starts at ten."


class KeywordDetector:
    """Flags a text that says 'khilafah' and nothing else."""

    version = "keyword-judge-1"
    threshold = 0.5

    def score(self, texts: Any, langs: Any = None) -> list[Verdict]:
        return [
            Verdict(0.9, True, {"recruitment": 0.8}) if "khilafah" in t.lower() else Verdict(0.1, False)
            for t in texts
        ]


def _banks(store: Store) -> None:
    create_bank(store, "links", source="test", labels={"list": "tcap", "tier": "1"})
    add_entries(store, "links", [NewEntry("url", "https://justpaste.it/caravan-2016")])
    add_entries(store, "links", [NewEntry("domain", "archive.example.org")])
    create_bank(store, "texts", source="test")
    add_entries(store, "texts", [NewEntry("text_minhash", TextMinHashSignal.hash_text(LISTED_TEXT))])


def _corpus(path: Path) -> Path:
    rows = [
        {"id": "url", "text": f"{ORDINARY} More at https://justpaste.it/caravan-2016 today"},
        {"id": "domain", "text": f"{ORDINARY} See https://archive.example.org/x/1"},
        {"id": "near-dup", "text": LISTED_TEXT.replace("dawn", "dawn,")},
        {"id": "plain", "text": ORDINARY},
        {"id": "flagged", "text": "Travel to the land of the Khilafah, brothers."},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_text_posts_are_matched_against_every_bank_and_the_default_rules_act(
    store: Store, tmp_path: Path
) -> None:
    _banks(store)
    summary = scan([_corpus(tmp_path / "posts.jsonl")], store, detector=KeywordDetector(), progress=False)
    assert (summary.added, summary.flagged) == (5, 4)
    by_id = {i.source_id: i for i in store.iter_items()}

    signal_types = {
        "url": {"url"},
        "domain": {"domain"},
        "near-dup": {"text_minhash"},
    }
    for sid, types in signal_types.items():
        item = by_id[sid]
        matches = store.item_matches.of_item(item.uid)
        assert {m.signal_type for m in matches} >= types, sid
        assert item.flagged and {e["signal_type"] for e in item.evidence if e["kind"] == "match"} >= types
        current = store.decisions.current([item.uid])[item.uid]
        assert (current.verdict, current.queue, current.rule_id) == ("queue", "review", "bank-match")
        assert current.model == KeywordDetector.version
    url_match = next(e for e in by_id["url"].evidence if e["kind"] == "match")
    assert url_match["labels"] == {"list": "tcap", "tier": "1"} and url_match["source"] == "test"

    assert not by_id["plain"].flagged and store.item_matches.of_item(by_id["plain"].uid) == []
    plain = store.decisions.current([by_id["plain"].uid])[by_id["plain"].uid]
    assert (plain.verdict, plain.rule_id, plain.reason_code) == ("allow", None, "no_signal")
    flagged = store.decisions.current([by_id["flagged"].uid])[by_id["flagged"].uid]
    assert (flagged.verdict, flagged.rule_id) == ("queue", "detector-flag")
    # the detector's own history is kept apart from the decisions
    assert [s.score for s in store.scores.history(by_id["flagged"].uid)] == [0.9]


def test_exact_hash_of_a_listed_text(store: Store, tmp_path: Path) -> None:
    import hashlib

    text = "A text whose exact bytes a hash list carries."
    create_bank(store, "exact", source="test")
    add_entries(store, "exact", [NewEntry("md5", hashlib.md5(text.encode()).hexdigest())])
    (tmp_path / "one.jsonl").write_text(json.dumps({"id": "x", "text": text}) + "\n", encoding="utf-8")
    scan([tmp_path / "one.jsonl"], store, detector=KeywordDetector(), progress=False)
    [item] = store.iter_items()
    assert [m.signal_type for m in store.item_matches.of_item(item.uid)] == ["md5"]
    assert item.flagged


RULES = """
reasons:
  model_flag: flagged by the model
  french_low: French text scored above 0.05
  no_signal: nothing
default:
  verdict: allow
  reason: no_signal
rules:
  - id: live-flag
    description: remove what the model flags
    when:
      score:
        gte: model_threshold
    then:
      verdict: remove
      reason: model_flag
  - id: shadow-low
    description: try queueing anything scored above 0.05
    shadow: true
    when:
      score:
        gte: 0.05
    then:
      verdict: queue
      queue: low
      reason: french_low
"""


def test_a_live_rule_acts_and_a_shadow_rule_only_records(store: Store, tmp_path: Path) -> None:
    rules = parse_rules(RULES)
    scan([_corpus(tmp_path / "posts.jsonl")], store, detector=KeywordDetector(), rules=rules, progress=False)
    by_id = {i.source_id: i for i in store.iter_items()}
    flagged = store.decisions.history(by_id["flagged"].uid)
    plain = store.decisions.history(by_id["plain"].uid)
    assert [(d.verdict, d.rule_id) for d in flagged] == [("remove", "live-flag")]
    assert [(d.verdict, d.rule_id) for d in plain] == [("allow", None)]  # the shadow rule decided nothing
    fired = [e for e in plain[0].evidence if e["kind"] == "rule"]
    assert fired == [RuleFired("shadow-low", "queue", "low", 0, "french_low", True, rules.version).to_dict()]


def test_judge_text_is_the_scan_s_judgement(store: Store, tmp_path: Path) -> None:
    _banks(store)
    judge = Judge.for_store(store, detector=KeywordDetector())
    got = judge_text(f"{ORDINARY} https://justpaste.it/caravan-2016", lang="en", judge=judge)
    assert got.flagged and got.verdict == "queue" and got.rule_id == "bank-match"
    assert [m.signal_type for m in got.bank_matches] == ["url"]
    assert got.score == pytest.approx(0.1)
    body = got.to_dict()
    assert body["verdict"] == "queue" and body["rule_id"] == "bank-match"
    assert [e["kind"] for e in body["evidence"]] == ["match", "rule"]
    # the same text with the same context gets the same uid as it would in a scan
    assert (
        judge_text(ORDINARY, author="a", judge=judge).uid == judge_text(ORDINARY, author="a", judge=judge).uid
    )
    assert (
        judge_text(ORDINARY, author="a", judge=judge).uid != judge_text(ORDINARY, author="b", judge=judge).uid
    )


def test_judge_text_with_the_shipped_detector() -> None:
    call = judge_text(
        "Brothers, the hospitals of the Islamic State need doctors: make hijrah to the Khilafah and serve "
        "the ummah with your skills, your reward is with Allah."
    )
    assert call.score is not None and call.flagged and call.rule_id == "detector-flag"
    assert call.model and any(not isinstance(e, BankMatch) for e in call.evidence)
    calm = judge_text("The bakery on the corner sells fresh bread every morning from seven.")
    assert calm.score is not None and not calm.flagged and calm.verdict == "allow"
