"""The policy engine: every condition, precedence, shadow rules, the default, the docs' worked
example, and the default rules against what a scan has always flagged."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from vigil.evidence import BankMatch, MediaText, RuleFired, evidence_list_from_json
from vigil.policy import Decision, DetectorSignal, RuleSet, Signals, decide, default_rules, parse_rules

REPO = Path(__file__).resolve().parents[1]
WHEN = "2025-01-01T00:00:00Z"


def rules_with(*rules: str, default: str = "{verdict: allow, reason: none}") -> RuleSet:
    """A rules file whose reasons are r1..r9 and none, with these rule bodies."""
    reasons = "\n".join(f"  {c}: reason {c}" for c in ["none", *(f"r{i}" for i in range(1, 10))])
    body = "\n".join(rules)
    return parse_rules(f"reasons:\n{reasons}\ndefault: {default}\nrules:\n{body}\n")


def rule(rid: str, when: str, then: str = "{verdict: queue, reason: r1}", shadow: bool = False) -> str:
    extra = "\n    shadow: true" if shadow else ""
    return f"  - id: {rid}\n    description: test rule {rid}{extra}\n    when: {when}\n    then: {then}"


def fires(when: str, signals: Signals) -> bool:
    d = decide(rules_with(rule("r", when)), signals, decided_at=WHEN)
    return d.rule_id == "r"


def match(**kw: Any) -> BankMatch:
    base: dict[str, Any] = {"bank": "known", "signal_type": "pdq", "distance": 10, "entry": 1}
    return BankMatch(**{**base, **kw})


# -- conditions ---------------------------------------------------------------------------------


def test_bank_match_any_and_by_bank_signal_type_labels_and_distance() -> None:
    tcap = match(bank="tcap", signal_type="md5", distance=0, labels={"list": "tcap", "tier": "1"})
    gifct = match(bank="gifct", distance=20, labels={"ideology": "isis", "tier": "2"})
    none, both = Signals(), Signals(bank_matches=(tcap, gifct))
    assert fires("{bank_match: true}", both) and not fires("{bank_match: true}", none)
    assert fires("{bank_match: {bank: tcap}}", Signals(bank_matches=(tcap,)))
    assert not fires("{bank_match: {bank: [other, more]}}", both)
    assert fires("{bank_match: {signal_type: photo_md5}}", both)  # the HMA name of md5
    assert not fires("{bank_match: {signal_type: vpdq}}", both)
    assert fires("{bank_match: {labels: {tier: [1, 3]}}}", both)  # tier: 1 is the label "1"
    assert fires("{bank_match: {labels: {tier: 2, ideology: isis}}}", both)
    assert not fires("{bank_match: {labels: {tier: 1, ideology: isis}}}", both)  # one match must meet all
    assert fires("{bank_match: {max_distance: 20, bank: gifct}}", both)
    assert not fires("{bank_match: {max_distance: 19, bank: gifct}}", both)


def test_score_bounds_numbers_and_the_models_own_threshold() -> None:
    at = Signals(detector=DetectorSignal(0.86, 0.86, "m-1"))
    below = Signals(detector=DetectorSignal(0.8599, 0.86, "m-1"))
    assert fires("{score: {gte: model_threshold}}", at)
    assert not fires("{score: {gte: model_threshold}}", below)
    assert not fires("{score: {gt: model_threshold}}", at)
    assert fires("{score: {lt: model_threshold}}", below)
    assert fires("{score: {gte: 0.7, lt: 0.86}}", below) and not fires("{score: {gte: 0.7, lt: 0.86}}", at)
    assert fires("{score: {lte: 0.86}}", at)
    assert not fires("{score: {gte: 0}}", Signals())  # no text judged: no score condition holds
    assert fires("{not: {score: {gte: 0}}}", Signals())


def test_themes_one_or_any_of_a_list() -> None:
    s = Signals(themes={"threat": 0.61, "utopia": 0.2})
    assert fires("{theme: {name: threat}}", s)  # the default cut, 0.5
    assert fires("{theme: {name: threat, gte: 0.61}}", s)
    assert not fires("{theme: {name: threat, gte: 0.62}}", s)
    assert fires("{theme: {name: [war, brutality, threat], gte: 0.6}}", s)
    assert not fires("{theme: {name: [war, utopia]}}", s)


def test_language_kind_source_platform() -> None:
    s = Signals(language="fr", kind="image", source="export.json", platform="telegram")
    assert fires("{language: fr}", s) and fires("{language: [ar, fr]}", s) and not fires("{language: en}", s)
    assert fires("{kind: [video, image]}", s) and not fires("{kind: text}", s)
    assert fires("{source: export.json}", s) and not fires("{source: other.csv}", s)
    assert fires("{platform: telegram}", s) and not fires("{platform: twitter}", s)
    assert not fires("{language: fr}", Signals())  # language unknown


def test_all_any_not_and_the_implicit_all() -> None:
    fr_high = Signals(language="fr", detector=DetectorSignal(0.9, 0.86))
    en_high = Signals(language="en", detector=DetectorSignal(0.9, 0.86))
    assert fires("{all: [{language: fr}, {score: {gte: 0.8}}]}", fr_high)
    assert not fires("{all: [{language: fr}, {score: {gte: 0.8}}]}", en_high)
    assert fires("{language: fr, score: {gte: 0.8}}", fr_high)
    assert not fires("{language: fr, score: {gte: 0.8}}", en_high)
    assert fires("{any: [{language: fr}, {bank_match: true}]}", fr_high)
    assert not fires("{any: [{language: fr}, {bank_match: true}]}", en_high)
    assert fires("{not: {language: fr}}", en_high) and not fires("{not: {language: fr}}", fr_high)


# -- precedence, default, shadow -----------------------------------------------------------------


def test_the_strongest_verdict_wins_then_rule_order() -> None:
    rs = rules_with(
        rule("allow-first", "{language: fr}", "{verdict: allow, reason: r1}"),
        rule("queue-a", "{language: fr}", "{verdict: queue, queue: a, priority: 1, reason: r2}"),
        rule("queue-b", "{language: fr}", "{verdict: queue, queue: b, priority: 99, reason: r3}"),
        rule("remove-late", "{bank_match: true}", "{verdict: remove, reason: r4}"),
    )
    d = decide(rs, Signals(language="fr"), decided_at=WHEN)
    assert (d.verdict, d.queue, d.priority, d.rule_id, d.reason_code) == ("queue", "a", 1, "queue-a", "r2")
    assert [f.rule_id for f in d.fired] == ["allow-first", "queue-a", "queue-b"]  # every live rule that fired
    d = decide(rs, Signals(language="fr", bank_matches=(match(),)), decided_at=WHEN)
    assert (d.verdict, d.rule_id) == ("remove", "remove-late")


def test_the_default_effect_when_no_live_rule_fires() -> None:
    rs = rules_with(
        rule("q", "{language: fr}"), default="{verdict: queue, queue: triage, priority: -1, reason: none}"
    )
    d = decide(rs, Signals(language="en"), decided_at=WHEN)
    assert (d.verdict, d.queue, d.priority, d.reason_code, d.rule_id) == ("queue", "triage", -1, "none", None)
    assert d.evidence == ()


def test_shadow_rules_are_recorded_and_never_act() -> None:
    rs = rules_with(
        rule("live", "{language: fr}", "{verdict: queue, reason: r1}"),
        rule("trial", "{language: fr}", "{verdict: remove, reason: r2}", shadow=True),
    )
    d = decide(rs, Signals(language="fr"), decided_at=WHEN)
    assert (d.verdict, d.rule_id, d.shadow) == ("queue", "live", False)
    assert [f.rule_id for f in d.fired] == ["live"]
    assert d.shadow_fired == (
        RuleFired("trial", "remove", None, 0, "r2", shadow=True, rules_version=rs.version),
    )
    # the shadow decision: what the rules would do with the trial live (never acted on)
    would = decide(rs, Signals(language="fr"), decided_at=WHEN, shadow_live=True)
    assert (would.verdict, would.rule_id, would.shadow) == ("remove", "trial", True)
    # a shadow rule alone never changes the default
    only = rules_with(rule("trial", "{language: fr}", "{verdict: remove, reason: r2}", shadow=True))
    assert decide(only, Signals(language="fr"), decided_at=WHEN).verdict == "allow"


def test_a_decision_is_one_decisions_row_and_reads_back() -> None:
    rs = rules_with(
        rule("q", "{bank_match: true}", "{verdict: queue, queue: review, priority: 5, reason: r1}")
    )
    signals = Signals(item_uid="u1", bank_matches=(match(),), detector=DetectorSignal(0.2, 0.86, "m-7"))
    d = decide(rs, signals, decided_at=WHEN)
    row = d.to_row()
    assert list(row) == list(Decision.COLUMNS) == [
        "item_uid", "decided_at", "actor_kind", "actor", "verdict", "queue", "priority", "reason_code",
        "rule_id", "rules_version", "model", "shadow", "evidence", "note",
    ]  # fmt: skip
    assert (row["item_uid"], row["actor_kind"], row["model"], row["rules_version"]) == (
        "u1",
        "system",
        "m-7",
        rs.version,
    )
    assert evidence_list_from_json(row["evidence"]) == [
        RuleFired("q", "queue", "review", 5, "r1", shadow=False, rules_version=rs.version)
    ]
    assert Decision.from_row({**row, "shadow": 0}) == d
    assert decide(rs, signals, decided_at=WHEN) == d  # deciding again gives the same decision
    with pytest.raises(ValueError, match="actor_kind"):
        Decision(**{**Decision.from_row(row).__dict__, "actor_kind": "robot"})


# -- the docs' worked example ---------------------------------------------------------------------


def _doc_example() -> RuleSet:
    doc = (REPO / "docs" / "policy.md").read_text(encoding="utf-8")
    section = doc.split("## Worked example", 1)[1]
    block = re.search(r"```yaml\n(.*?)```", section, re.S)
    assert block
    return parse_rules(block.group(1), "docs/policy.md")


def test_the_docs_worked_example() -> None:
    rs = _doc_example()
    assert (len(rs.live), len(rs.shadow)) == (5, 1)
    t = 0.86  # the shipped model's threshold, as the example's table says

    def d(**kw: Any) -> Decision:
        return decide(rs, Signals(**kw), decided_at=WHEN)

    def text(lang: str, score: float, **kw: Any) -> Decision:
        return d(language=lang, detector=DetectorSignal(score, t), **kw)

    tcap = match(bank="tcap-2024", signal_type="pdq", labels={"list": "tcap"})
    other = match(bank="in-house", signal_type="pdq")
    got = [
        text("fr", 0.75),
        text("fr", 0.9),
        text("fr", 0.65),
        text("en", 0.9),
        d(kind="image", bank_matches=(tcap,)),
        d(kind="image", bank_matches=(other,)),
        text("fr", 0.9, bank_matches=(tcap,)),
        text("en", 0.2, themes={"threat": 0.8}),
    ]
    assert [(x.verdict, x.queue, x.rule_id) for x in got] == [
        ("queue", "review-fr", "french-queue"),
        ("remove", None, "french-remove"),
        ("allow", None, None),
        ("queue", "review", "detector-flag"),
        ("remove", None, "tcap-remove"),
        ("queue", "review", "other-bank-queue"),
        ("remove", None, "tcap-remove"),
        ("allow", None, None),
    ]
    assert [f.rule_id for f in got[-1].shadow_fired] == ["threat-fast-lane"]
    assert rs.reasons[got[4].reason_code].startswith("The content matches the TCAP list")


# -- the default rules are today's behaviour ------------------------------------------------------


@pytest.fixture(scope="module")
def detector() -> Any:
    from vigil.classify import load_detector

    return load_detector()


def test_default_rules_queue_exactly_what_the_detector_flags_on_the_demo_corpus(detector: Any) -> None:
    from vigil.ingest import read_path
    from vigil.items import Record

    records = [r for r in read_path(REPO / "demo" / "corpus") if isinstance(r, Record) and r.text.strip()]
    verdicts = detector.score([r.text for r in records])
    rules = default_rules()
    decisions = [
        decide(
            rules,
            Signals(detector=DetectorSignal(v.score, detector.threshold, detector.version)),
            decided_at=WHEN,
        )
        for v in verdicts
    ]
    assert len(records) > 150 and 0 < sum(v.flagged for v in verdicts) < len(verdicts)
    assert [d.verdict == "queue" for d in decisions] == [bool(v.flagged) for v in verdicts]
    assert {d.verdict for d in decisions} == {"queue", "allow"}
    assert all(d.rule_id == "detector-flag" for d in decisions if d.verdict == "queue")


def test_default_rules_queue_exactly_what_the_media_stage_flags(tmp_path: Path, detector: Any) -> None:
    """Bank matches and text read from media: the default rules flag what the media stage used to."""
    from vigil.items import sha256_file
    from vigil.media.process import MediaResult, analyse
    from vigil.media.synth import photo, poster
    from vigil.pipeline import Judge
    from vigil.signals.banks import add_entries, create_bank, hash_file_entries
    from vigil.signals.matcher import Matcher
    from vigil.store import open_store

    photo(5).save(tmp_path / "known.png")
    photo(6).save(tmp_path / "holiday.jpg")
    poster(3, ["JOIN THE CARAVAN TO THE KHILAFAH", "DOCTORS ARE NEEDED"]).save(tmp_path / "poster.jpg")
    files = [tmp_path / n for n in ("known.png", "holiday.jpg", "poster.jpg")]
    files += sorted((REPO / "demo" / "corpus" / "telegram-export" / "photos").glob("*.jpg"))
    with open_store(f"sqlite:///{tmp_path / 'v.db'}") as store:
        create_bank(store, "known", source="test")
        add_entries(store, "known", hash_file_entries(tmp_path / "known.png"))
        matcher = Matcher.from_store(store)

    def signals(res: MediaResult) -> Signals:
        texts = [e for e in res.evidence if isinstance(e, MediaText)]
        top = max(texts, key=lambda e: e.score) if texts else None
        return Signals(
            kind=res.kind,
            bank_matches=tuple(e for e in res.evidence if isinstance(e, BankMatch)),
            detector=DetectorSignal(top.score, detector.threshold) if top else None,
        )

    judge = Judge(detector, matcher=matcher)
    results = [analyse(str(f), sha256_file(str(f)), "image", judge) for f in files]
    got = [decide(default_rules(), signals(r), decided_at=WHEN) for r in results]
    # the media stage's rule before the policy judged media: a bank match, or text read from
    # the media that the detector flags
    before = [
        bool(r.matches) or any(e.flagged for e in r.evidence if isinstance(e, MediaText)) for r in results
    ]
    assert [d.verdict == "queue" for d in got] == before
    assert [r.flagged for r in results] == before  # what the media stage now records
    assert got[0].rule_id == "bank-match" and got[1].verdict == "allow"
