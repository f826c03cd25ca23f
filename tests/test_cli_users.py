"""The command line as users meet it: missing databases refused, replaying rules, readable items.

Scans use a keyword detector at the ``Detector`` protocol (the pipeline's public seam); the
commands run through :func:`vigil.cli.main` against real SQLite and PostgreSQL stores.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from vigil.classify import Verdict
from vigil.cli import main
from vigil.pipeline import scan
from vigil.store import Decision, open_store


class KeywordDetector:
    """Scores 0.9 a text that says 'khilafah', 0.3 one that says 'hospital', else 0.05."""

    version = "keyword-users-1"
    threshold = 0.5

    def score(self, texts: Any, langs: Any = None) -> list[Verdict]:
        out = []
        for t in texts:
            low = t.lower()
            if "khilafah" in low:
                out.append(Verdict(0.9, True, {"recruitment": 0.8}, [{"kind": "phrase", "text": "khilafah"}]))
            else:
                out.append(Verdict(0.3 if "hospital" in low else 0.05, False, {"utopia": 0.2}))
        return out


POSTS = [
    ("p1", "Come to the land of the Khilafah, brothers, the caravan leaves soon."),
    ("p2", "The new hospital in the city opened its doors to everyone today."),
    ("p3", "The hospital needs blood donors this week, please come."),
    ("p4", "Football tonight at eight, bring your scarf."),
]

RULES = """
reasons:
  model_flag: flagged by the model
  low_score: scored above 0.2
  trial: a rule on trial
  no_signal: nothing applied
default:
  verdict: allow
  reason: no_signal
rules:
  - id: detector-flag
    description: the model's own flag goes to review
    when:
      score:
        gte: model_threshold
    then:
      verdict: queue
      queue: review
      reason: model_flag
  - id: low-queue
    description: anything above 0.2 goes to a low-priority queue
    when:
      score:
        gte: 0.2
    then:
      verdict: queue
      queue: low
      priority: -1
      reason: low_score
  - id: trial-remove
    description: what removing at 0.25 would do
    shadow: true
    when:
      score:
        gte: 0.25
    then:
      verdict: remove
      reason: trial
"""


def _scan(db_url: str, tmp_path: Path) -> None:
    f = tmp_path / "posts.jsonl"
    f.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in POSTS), encoding="utf-8")
    with open_store(db_url) as store:
        scan([f], store, detector=KeywordDetector(), progress=False, media=False)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "argv",
    [
        ["items"],
        ["items", "--format", "text"],
        ["quarantine"],
        ["report", "--format", "json"],
        ["show", "abc123"],
        ["rules", "rerun", "--rules", "RULES"],
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_reading_commands_refuse_a_missing_database(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    missing = tmp_path / "nowhere" / "typo.db"
    url = f"sqlite:///{missing}"
    code, out, err = _run([a.replace("RULES", str(rules)) for a in argv] + ["--db", url], capsys)
    assert code == 2 and out == ""
    assert err.startswith("vigil: error: no database at ") and str(missing) in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not missing.exists() and not missing.parent.exists()  # nothing created


@pytest.mark.postgres
def test_a_postgres_schema_without_vigil_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    import os

    pg = os.environ.get("VIGIL_TEST_PG_URL", "postgresql://127.0.0.1:5432/test")
    code, _out, err = _run(["items", "--db", f"{pg}?schema=vigil_never_made_here"], capsys)
    assert code == 2 and "no vigil database at" in err


def test_rules_rerun_counts_per_rule_and_writes_only_with_apply(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _scan(db_url, tmp_path)
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    with open_store(db_url) as store:
        before = {i.source_id: len(store.decisions.history(i.uid)) for i in store.iter_items()}
        uids = {i.source_id: i.uid for i in store.iter_items()}
        # a person's decision is left alone by the rules
        store.decisions.append(Decision(uids["p3"], "allow", actor_kind="human", actor="ana"))
        # the scan recorded its detector's threshold: model_threshold means 0.5 for these
        # items, whatever the shipped model's threshold is
        assert store.runs.all()[0]["args"]["threshold"] == KeywordDetector.threshold

    code, out, _ = _run(["rules", "rerun", "--rules", str(rules), "--db", db_url, "--json"], capsys)
    assert code == 0
    report = json.loads(out)
    by_rule = {r["rule_id"]: r for r in report["rules"]}
    assert (report["items"], report["replayed"], report["decided_by_a_person"]) == (4, 3, 1)
    assert report["verdicts_changed"] == 1 and report["transitions"] == {"allow->queue": 1}  # p2
    assert (by_rule["low-queue"]["fired"], by_rule["low-queue"]["changed"]) == (2, 1)
    assert (by_rule["detector-flag"]["fired"], by_rule["detector-flag"]["changed"]) == (1, 0)
    assert by_rule["trial-remove"]["shadow"] and by_rule["trial-remove"]["fired"] == 2
    assert by_rule["trial-remove"]["changed"] == 0 and report["applied"] == 0
    assert by_rule["(default)"]["fired"] == 1  # p4: no live rule fired
    with open_store(db_url) as store:  # nothing written
        after = {i.source_id: len(store.decisions.history(i.uid)) for i in store.iter_items()}
    assert after == {**before, "p3": before["p3"] + 1}

    code, out, _ = _run(["rules", "rerun", "--rules", str(rules), "--db", db_url, "--apply"], capsys)
    assert code == 0 and "applied: 1 new decisions" in out  # p2 changes; p1 and p4 decide as before
    with open_store(db_url) as store:
        p2 = store.decisions.history(uids["p2"])[-1]
        assert (p2.verdict, p2.queue, p2.rule_id, p2.priority, p2.score) == (
            "queue",
            "low",
            "low-queue",
            -1,
            0.3,
        )
        assert any(e.get("kind") == "rule" and e.get("shadow") for e in p2.evidence)  # the trial, recorded
        assert store.get_item(uids["p2"]).flagged  # type: ignore[union-attr]
        assert store.decisions.current([uids["p3"]])[uids["p3"]].actor == "ana"
        assert store.decisions.current([uids["p4"]])[uids["p4"]].rule_id is None
    code, out, _ = _run(["rules", "rerun", "--rules", str(rules), "--db", db_url, "--json"], capsys)
    assert json.loads(out)["verdicts_changed"] == 0  # replaying again changes nothing


def test_rules_rerun_refuses_a_malformed_rules_file(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _scan(db_url, tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_text(RULES.replace("verdict: remove", "verdict: delete"), encoding="utf-8")
    code, out, err = _run(["rules", "rerun", "--rules", str(bad), "--db", db_url], capsys)
    assert code == 2 and out == "" and f"{bad}:" in err and "delete" in err


def test_items_as_text_and_one_item_in_full(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _scan(db_url, tmp_path)
    code, out, _ = _run(["items", "--db", db_url, "--format", "text", "--by-score"], capsys)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4
    assert lines[0].split()[1:3] == ["queue:review", "0.900"] and "Come to the land" in lines[0]
    assert all(line.split()[1] == "allow" for line in lines[1:])
    uid_prefix = lines[0].split()[0]

    code, out, _ = _run(["show", uid_prefix, "--db", db_url], capsys)
    assert code == 0
    assert "the land of the [Khilafah], brothers" in out  # the detector's phrase, marked
    assert "verdict  queue:review   score 0.900 (model keyword-users-1)" in out
    assert "phrase: 'khilafah'" in out
    assert "decisions (1)" in out and "by system vigil.policy  rule detector-flag  reason model_flag" in out

    from vigil.view import highlight

    assert highlight("http://x.org ht HT", ["ht"]) == "http://x.org [ht] [HT]"  # whole words only
    code, _out, err = _run(["show", "0" * 64, "--db", db_url], capsys)
    assert code == 2 and "no item with uid" in err


def test_bank_changes_on_the_command_line_are_audit_rows(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = tmp_path / "a.txt"
    photo.write_text("a file listed in a bank", encoding="utf-8")
    listed = tmp_path / "list.csv"
    listed.write_text(
        "signal_type,signal\nurl,https://example.org/banned\ndomain,banned.example\n", encoding="utf-8"
    )
    steps = [
        ["bank", "create", "tcap", "--db", db_url],
        ["bank", "create", "tcap", "--exist-ok", "--db", db_url],  # nothing changed: no row
        ["bank", "add", "tcap", str(photo), "--db", db_url],
        ["bank", "import", "tcap", str(listed), "--db", db_url],
        ["bank", "disable", "tcap", "--db", db_url],
    ]
    for argv in steps:
        code, _out, err = _run(argv, capsys)
        assert code == 0, (argv, err)
    with open_store(db_url) as store:
        rows = [(e.actor, e.action, e.target) for e in store.audit.iter()]
        assert rows == [
            ("cli", "bank.create", "bank:tcap"),
            ("cli", "bank.entries.add", "bank:tcap"),
            ("cli", "bank.import", "bank:tcap"),
            ("cli", "bank.disable", "bank:tcap"),
        ]
        details = {e.action: e.detail for e in store.audit.iter()}
        assert details["bank.entries.add"]["added"] >= 1
        assert (details["bank.import"]["added"], details["bank.import"]["invalid"]) == (2, 0)
        assert store.audit.verify().ok
