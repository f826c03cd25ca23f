"""Rules files: parsing with line numbers, round-trips, garbage, the version, and ``vigil rules``."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vigil.classify.themes import THEMES
from vigil.cli import main
from vigil.errors import RulesError
from vigil.policy import (
    Effect,
    Rule,
    RuleSet,
    default_rules,
    default_rules_text,
    dump_rules,
    parse_rules,
    schema,
)
from vigil.policy.conditions import (
    MODEL_THRESHOLD,
    AllOf,
    AnyOf,
    BankMatchCondition,
    FactCondition,
    Not,
    ScoreCondition,
    ThemeCondition,
)
from vigil.policy.signals import ITEM_KINDS

REPO = Path(__file__).resolve().parents[1]
HEAD = "reasons: {a: b}\ndefault: {verdict: allow, reason: a}\n"

# -- well-formed rule sets ------------------------------------------------------------------------

words = st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != "")
codes = st.text("abcdefghijklmnopqrstuvwxyz_0123456789-.", min_size=1, max_size=12)
few_words = st.lists(words, min_size=1, max_size=3, unique=True).map(tuple)
unit = st.floats(0, 1, allow_nan=False)

leaves = st.one_of(
    st.builds(
        BankMatchCondition,
        banks=st.just(()) | few_words,
        signal_types=st.just(())
        | st.lists(
            st.sampled_from(["sha256", "md5", "pdq", "vpdq", "url"]), min_size=1, max_size=2, unique=True
        ).map(tuple),
        labels=st.dictionaries(words, few_words, max_size=2),
        max_distance=st.none() | st.integers(0, 256) | st.floats(0.01, 0.99),
    ),
    st.lists(
        st.tuples(st.sampled_from(["gte", "gt", "lte", "lt"]), unit | st.just(MODEL_THRESHOLD)),
        min_size=1,
        max_size=4,
        unique_by=lambda b: b[0],
    ).map(lambda bs: ScoreCondition(tuple(bs))),
    st.builds(
        ThemeCondition,
        themes=st.lists(st.sampled_from(THEMES), min_size=1, max_size=3, unique=True).map(tuple),
        gte=unit,
    ),
    st.builds(FactCondition, fact=st.sampled_from(["language", "source", "platform"]), values=few_words),
    st.builds(
        FactCondition,
        fact=st.just("kind"),
        values=st.lists(st.sampled_from(ITEM_KINDS), min_size=1, max_size=2, unique=True).map(tuple),
    ),
)
conditions = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=3).map(lambda cs: AllOf(tuple(cs))),
        st.lists(inner, min_size=1, max_size=3).map(lambda cs: AnyOf(tuple(cs))),
        inner.map(Not),
    ),
    max_leaves=6,
)


@st.composite
def rule_sets(draw: st.DrawFn) -> RuleSet:
    reasons = draw(st.dictionaries(codes, words, min_size=1, max_size=4))

    def effect() -> Effect:
        verdict = draw(st.sampled_from(["remove", "queue", "allow"]))
        queue = draw(st.none() | words) if verdict == "queue" else None
        return Effect(verdict, draw(st.sampled_from(sorted(reasons))), queue, draw(st.integers(-100, 100)))

    ids = draw(st.lists(words, max_size=5, unique=True))
    rules = tuple(Rule(i, draw(words), draw(conditions), effect(), draw(st.booleans())) for i in ids)
    return RuleSet(rules, reasons, effect())


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(rule_sets())
def test_well_formed_files_parse_and_round_trip(rs: RuleSet) -> None:
    text = dump_rules(rs)
    again = parse_rules(text)
    assert again == rs
    assert again.version == rs.version
    assert dump_rules(again) == text


# -- garbage ---------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)
# dicts that look like rules files, with plausible keys and wrong shapes
near_files = st.fixed_dictionaries(
    {},
    optional={
        "reasons": st.dictionaries(codes, json_values, max_size=3) | json_values,
        "default": st.fixed_dictionaries({}, optional={k: json_values for k in schema.EFFECT_FIELDS})
        | json_values,
        "rules": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    **{k: json_values for k in schema.RULE_FIELDS},
                    "when": st.dictionaries(
                        st.sampled_from(list(schema.CONDITIONS)), json_values, max_size=2
                    ),
                },
            ),
            max_size=3,
        )
        | json_values,
    },
)


def _parses_or_rules_error(text: str) -> None:
    try:
        parse_rules(text, "g.yaml")
    except RulesError as exc:
        assert exc.problems and all(line >= 1 for line, _ in exc.problems)
        assert all(line.startswith("g.yaml:") for line in str(exc).splitlines())


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_random_text_raises_only_rules_error(text: str) -> None:
    _parses_or_rules_error(text)


@settings(max_examples=200)
@given(near_files)
def test_near_miss_files_raise_only_rules_error(data: dict[str, object]) -> None:
    _parses_or_rules_error(yaml.safe_dump(data, allow_unicode=True))


@settings(max_examples=200)
@given(st.data())
def test_mangled_default_rules_raise_only_rules_error(data: st.DataObject) -> None:
    text = default_rules_text()
    i = data.draw(st.integers(0, len(text)))
    j = data.draw(st.integers(i, min(len(text), i + 12)))
    _parses_or_rules_error(text[:i] + data.draw(st.text(max_size=6)) + text[j:])


# -- problems with their lines ----------------------------------------------------------------------

BAD = """\
reasons:
  tcap: Matches TCAP.
  ok: Fine.
default: {verdict: allow, reason: ok}
rules:
  - id: one
    description: first
    when: {bank_match: true, colour: red}
    then: {verdict: remove, reason: tcap}
  - id: one
    description: a duplicate id
    when: {score: {gte: 1.5}}
    then: {verdict: ban, reason: ok}
  - id: three
    description: an undeclared reason
    when: {theme: {name: thread}}
    then: {verdict: queue, reason: spam, urgency: 3}
  - id: four
    description: queue with the wrong verdict, a bad bound word
    when: {score: {lt: threshold}, kind: photo}
    then: {verdict: allow, queue: review, priority: high, reason: ok}
"""


def test_every_problem_is_reported_with_its_line() -> None:
    with pytest.raises(RulesError) as info:
        parse_rules(BAD, "bad.yaml")
    got = str(info.value).splitlines()
    expected = [
        r"bad.yaml:8: unknown field 'colour' in a condition of rule 'one'",
        r"bad.yaml:10: duplicate rule id 'one' \(first at line 6\)",
        r"bad.yaml:12: bad bound gte: '1.5'",
        r"bad.yaml:13: unknown verdict 'ban' \(expected remove, queue, allow\)",
        r"bad.yaml:16: unknown theme 'thread'",
        r"bad.yaml:17: unknown field 'urgency' in the effect of rule 'three'",
        r"bad.yaml:17: unknown reason code 'spam' \(declare it under reasons:\)",
        r"bad.yaml:20: bad bound lt: 'threshold'",
        r"bad.yaml:20: unknown item kind 'photo'",
        r"bad.yaml:21: a queue is only for verdict queue, not allow",
        r"bad.yaml:21: priority must be an integer, not str 'high'",
    ]
    for pattern in expected:
        assert any(re.match(pattern, line) for line in got), (pattern, got)
    assert len(got) == len(expected), got


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("reasons: {a: b}\ndefault: {verdict: allow, reason: a}\nrules: [\n", 4, "YAML syntax error"),
        ("reasons: {a: b}\n  default: x\n", 2, "YAML syntax error"),
        ("", 1, "the rules file is empty"),
        ("- a\n- b\n", 1, "the rules file must be a mapping, not a list"),
        ("reasons: {a: b}\nrules: []\n", 1, "the rules file has no 'default'"),
        (
            "reasons: {a: b}\ndefault: {verdict: allow, reason: a}\nrules: []\nextra: 1\n",
            4,
            "unknown field 'extra'",
        ),
        (
            HEAD
            + "rules:\n- {id: x, description: d, when: {language: no}, then: {verdict: allow, reason: a}}\n",
            4,
            "quote it: 'no'",
        ),
        (
            HEAD + "rules:\n- {id: x, description: d, when: {}, then: {verdict: allow, reason: a}}\n",
            4,
            "is empty",
        ),
        (
            "reasons: {a: b, a: c}\ndefault: {verdict: allow, reason: a}\nrules: []\n",
            1,
            "duplicate key 'a' in reasons",
        ),
        ("reasons: {a: b}\ndefault: !!python/object:os.system {}\nrules: []\n", 2, "cannot read"),
    ],
)
def test_single_problems(text: str, line: int, message: str) -> None:
    with pytest.raises(RulesError) as info:
        parse_rules(text, "f.yaml")
    assert any(ln == line and message in msg for ln, msg in info.value.problems), info.value.problems


def test_deep_nesting_is_a_problem_not_a_crash() -> None:
    when = "{not: " * 40 + "{language: fr}" + "}" * 40
    text = HEAD + f"rules:\n- {{id: x, description: d, when: {when}, then: {{verdict: allow, reason: a}}}}\n"
    with pytest.raises(RulesError, match="nested more than 32 deep"):
        parse_rules(text)


# -- the version --------------------------------------------------------------------------------------


def test_the_version_ignores_layout_and_follows_meaning() -> None:
    a = parse_rules(
        "# comment\nreasons: {a: b, c: d}\ndefault: {verdict: allow, reason: a}\nrules:\n"
        "- {id: x, description: d, when: {language: fr, score: {gte: 0.7}},"
        " then: {verdict: queue, reason: c}}\n"
    )
    b = parse_rules(
        "reasons:\n  c: d\n  a: b\ndefault:\n  verdict: allow\n  priority: 0\n  reason: a\n"
        "rules:\n  - id: x\n"
        "    description: d\n    when:\n      all:\n        - language: [fr]\n        - score: {gte: 0.70}\n"
        "    then: {verdict: queue, queue: default, reason: c}\n"
    )
    assert a == b and a.version == b.version and re.fullmatch(r"[0-9a-f]{64}", a.version)
    c = parse_rules(dump_rules(a).replace("gte: 0.7", "gte: 0.71"))
    assert c.version != a.version


def test_the_docs_document_every_field() -> None:
    doc = (REPO / "docs" / "policy.md").read_text(encoding="utf-8")
    tables = [
        schema.FILE_FIELDS,
        schema.RULE_FIELDS,
        schema.EFFECT_FIELDS,
        schema.CONDITIONS,
        schema.BANK_MATCH_FIELDS,
        schema.SCORE_FIELDS,
        schema.THEME_FIELDS,
    ]
    missing = [k for t in tables for k in t if f"`{k}" not in doc]
    assert not missing, missing


# -- vigil rules ------------------------------------------------------------------------------------


def test_rules_default_prints_the_shipped_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "default"]) == 0
    out = capsys.readouterr().out
    assert out == default_rules_text() and parse_rules(out) == default_rules()


def test_rules_check_summarises_a_good_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "rules.yaml"
    f.write_text(
        default_rules_text()
        + "  - id: trial\n    description: a trial\n    shadow: true\n    when: {theme: {name: threat}}\n"
        "    then: {verdict: queue, queue: urgent, priority: 9, reason: model_flag}\n",
        encoding="utf-8",
    )
    assert main(["rules", "check", str(f)]) == 0
    out = capsys.readouterr().out.strip()
    version = parse_rules(f.read_text(encoding="utf-8")).version
    assert out == f"{f}: ok: 3 rules (2 live, 1 shadow), 3 reasons, default allow, version {version[:12]}"


def test_rules_check_lists_problems_and_exits_2(tmp_path: Path) -> None:
    f = tmp_path / "bad.yaml"
    f.write_text(BAD, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "vigil", "rules", "check", str(f)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 2
    lines = proc.stdout.splitlines()
    assert len(lines) == 11 and all(re.match(rf"{re.escape(str(f))}:\d+: ", ln) for ln in lines)
    assert "Traceback" not in proc.stderr
    missing = subprocess.run(
        [sys.executable, "-m", "vigil", "rules", "check", str(tmp_path / "nope.yaml")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert missing.returncode == 2 and missing.stdout.strip() == f"{tmp_path / 'nope.yaml'}:1: no such file"
