"""The report's numbers, checked against a direct computation over the stored items.

Every test runs on SQLite and on PostgreSQL (the ``store`` fixture). The corpus is the
deterministic synthetic one from ``vigil.reports.synthetic`` plus a few hand-made items
for the features the synthetic corpus does not have (identical texts, paste links, media).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from typing import Any

import pytest

from vigil.items import Item, MediaRef, QuarantineRecord, sha256_text
from vigil.reports import SECTIONS, build_report, render_html
from vigil.reports.build import PASTE_SITES
from vigil.reports.lexicon import default_lexicon
from vigil.reports.sources import bank_matches
from vigil.reports.stats import cluster_bootstrap, wilson
from vigil.reports.synthetic import synthetic_items
from vigil.store import Store

VIOLENT = {"war", "brutality", "threat"}
THRESHOLD = 0.5


def _extra_items() -> list[Item]:
    """Identical texts by three accounts, a paste link, an Arabic call for doctors, media."""
    text = "Read the new statement before it is deleted https://justpaste.it/abc #khilafah"
    out = []
    for i, author in enumerate(("alpha", "bravo", "charlie")):
        out.append(Item(
            uid=sha256_text(f"copy-{i}"), content_sha256=sha256_text(text), kind="text", source="extra.jsonl",
            locator=f"line {i + 1}", text=text, author=author, time=f"2015-03-0{i + 1}T10:00", lang="en",
            urls=["https://justpaste.it/abc"], domains=["justpaste.it"], hashtags=["khilafah"], score=0.95,
            flagged=True, themes={"utopia": 0.2, "war": 0.8, "recruitment": 0.1},
            evidence=[{"phrase": "statement", "theme": "war", "weight": 0.7}], model="test-1",
            media=["m" * 64],
        ))  # fmt: skip
    ar = "يا أيها الأطباء انفروا إلى أرض الخلافة @alpha"
    out.append(Item(
        uid=sha256_text("ar-1"), content_sha256=sha256_text(ar), kind="text", source="extra.jsonl",
        locator="line 4", text=ar, author="delta", time="2015-04-01T09:00", lang="ar", mentions=["alpha"],
        score=0.99, flagged=True,
        themes={"utopia": 0.7, "recruitment": 0.95}, evidence=[{"phrase": "الأطباء", "theme": "recruitment"}],
        model="test-1", media=["m" * 64],
    ))  # fmt: skip
    return out


@pytest.fixture
def corpus(store: Store) -> Store:
    store.items.add_judged(synthetic_items(800, seed=3, accounts=80))
    extra = _extra_items()
    store.items.add_judged(extra)
    for item in extra:
        store.add_media(
            item.uid, [MediaRef(path="/x/a.jpg", sha256="m" * 64, kind="image", bytes=10, mime="image/jpeg")]
        )
    store.add_quarantine([QuarantineRecord(source="bad.jsonl", locator="line 9", reason="invalid_json")])
    return store


def _direct(store: Store, **filters: Any) -> dict[str, Any]:
    items = list(store.iter_items(**filters))
    flagged = [i for i in items if i.flagged]

    def carries(i: Item) -> set[str]:
        return {t for t, p in i.themes.items() if p >= THRESHOLD}

    return {
        "items": len(items),
        "flagged": len(flagged),
        "violent": sum(1 for i in flagged if carries(i) & VIOLENT),
        "utopia": sum(1 for i in flagged if "utopia" in carries(i)),
        "themes": Counter(t for i in flagged for t in carries(i)),
        "langs": Counter(i.lang for i in items),
        "months": Counter(i.time[:7] for i in items if i.time),
        "hashtags_flagged": Counter(h for i in flagged for h in i.hashtags),
        "rt_flagged": sum(1 for i in flagged if i.text.startswith("RT @")),
        "authors": {i.author.lower() for i in items if i.author},
        "recruit": [i for i in flagged if "recruitment" in carries(i)],
    }


def test_numbers_match_a_direct_computation(corpus: Store) -> None:
    report = build_report(corpus, key="k")
    d = _direct(corpus)
    assert report.overview["items"] == d["items"] == 804
    assert report.overview["flagged"] == d["flagged"]
    assert report.violent_share["k"] == d["violent"]
    assert report.violent_share["n"] == d["flagged"]
    assert report.violent_share["value"] == pytest.approx(d["violent"] / d["flagged"])
    assert report.utopia_share["value"] == pytest.approx(d["utopia"] / d["flagged"])
    lo, hi = wilson(d["utopia"], d["flagged"])
    assert (report.utopia_share["ci_low"], report.utopia_share["ci_high"]) == pytest.approx((lo, hi))
    assert report.utopia_share["ci_low"] < report.utopia_share["value"] < report.utopia_share["ci_high"]
    lo_c, hi_c = report.violent_share["cluster_ci"]
    assert lo_c < report.violent_share["value"] < hi_c
    themes = {r["theme"]: r["k"] for r in report.narratives["themes"]}
    assert themes == {t: d["themes"].get(t, 0) for t in themes}
    assert sum(r["k"] for r in report.narratives["primary_themes"]) == d["flagged"]
    assert {r["lang"]: r["n"] for r in report.overview["languages"]} == dict(d["langs"])
    assert {r["month"]: r["items"] for r in report.narratives["by_month"]} == dict(d["months"])
    assert sum(r["flagged"] for r in report.narratives["by_month"]) == d["flagged"]
    top = report.spread["hashtags_flagged"][0]
    assert top["n"] == d["hashtags_flagged"].most_common(1)[0][1]
    assert report.spread["retweets"]["flagged"]["k"] == d["rt_flagged"]
    assert report.overview["accounts"] == len(d["authors"])
    assert report.overview["quarantined"]["total"] == 1


def test_recruitment_counts_match_the_lexicon(corpus: Store) -> None:
    report = build_report(corpus, key="k")
    lex = default_lexicon()
    recruit = _direct(corpus)["recruit"]
    assert report.recruitment["flagged_with_recruitment"] == len(recruit)
    expected = Counter(a for i in recruit for a in lex.match_audiences(i.text))
    assert {r["audience"]: r["k"] for r in report.recruitment["audiences"]} == {
        a: expected.get(a, 0) for a in lex.audiences
    }
    doctors = report.recruitment["audience_examples"]["doctors / medics"]
    assert doctors[0]["score"] == pytest.approx(0.99)  # the Arabic call is the highest-scoring example
    assert doctors[0]["audiences"]["doctors / medics"] == "الأطباء"
    assert doctors[0]["evidence"] and "الأطباء" in doctors[0]["evidence"][0]
    assert "@alpha" not in doctors[0]["text"]  # mentions inside example texts are pseudonymised too


def test_spread_reshares_paste_sites_and_network(corpus: Store) -> None:
    report = build_report(corpus, key="k")
    groups = report.spread["identical_content"]
    copy = next(g for g in groups["top"] if g["content_sha256"] == sha256_text(
        "Read the new statement before it is deleted https://justpaste.it/abc #khilafah"))  # fmt: skip
    assert (copy["authors"], copy["items"], copy["flagged"]) == (3, 3, 3)
    assert "justpaste.it" in PASTE_SITES
    direct_paste = sum(
        1
        for i in corpus.iter_items(flagged=True)
        if {"justpaste.it", "pastebin.com", "archive.org"} & set(i.domains)
    )
    assert report.spread["paste_sites"]["flagged"] == direct_paste
    net = report.spread["network"]
    assert net["edge_kinds"]["copy"] >= 2 and net["accounts"] > 10
    assert net["communities"] and net["nodes"]
    assert sum(c["accounts"] for c in net["communities"]) <= net["accounts"]


def test_media_section_counts_reuploads_and_bank_matches(corpus: Store) -> None:
    corpus.execute(
        "INSERT INTO bank_entries (bank, signal_type, hash_key, signal, labels, added_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            "gifct-test",
            "pdq",
            "h1",
            "f" * 64,
            json.dumps({"label": "propaganda"}),
            "2026-01-01",
            "2026-01-01",
        ),
    )
    entry = corpus.query("SELECT id FROM bank_entries WHERE hash_key = ?", ("h1",))[0]["id"]
    corpus.execute(
        "INSERT INTO media_matches (media_sha256, entry_id, bank, signal_type, distance) "
        "VALUES (?, ?, ?, ?, ?)",
        ("m" * 64, entry, "gifct-test", "pdq", 4.0),
    )
    report = build_report(corpus, key="k")
    media = report.media
    assert media["items_with_media"] == 4 and media["distinct_media"] == 1
    assert media["types"] == [{"kind": "image", "n": 1}]
    assert media["most_reuploaded"][0]["items"] == 4 and media["most_reuploaded"][0]["accounts"] == 4
    assert media["banks"]["matched_media"] == 1
    assert media["banks"]["by_bank_label"][0]["bank_label"] == "gifct-test: label=propaganda"
    # filtered to a language without media: the match is out of scope
    assert build_report(corpus, key="k", lang="fr").media["banks"]["matched_media"] == 0


def test_no_bank_tables_is_not_an_error(corpus: Store) -> None:
    corpus.execute("DROP TABLE media_matches")
    assert bank_matches(corpus, {"m" * 64}) is None
    report = build_report(corpus, key="k")
    assert report.media["banks"] is None
    assert any("no hash-bank" in n for n in report.media["notes"])
    assert 'id="media"' in render_html(report)


@pytest.mark.parametrize(
    "filters",
    [{"lang": "fr"}, {"since": "2015-03-01", "until": "2015-07-01"}, {"sources": ["extra.jsonl"]}],
)
def test_filters_match_a_direct_computation(corpus: Store, filters: dict[str, Any]) -> None:
    report = build_report(corpus, key="k", **filters)
    d = _direct(corpus, **filters)
    assert report.overview["items"] == d["items"] == corpus.count_items(**filters)
    assert report.overview["flagged"] == d["flagged"]
    assert report.violent_share["k"] == d["violent"]
    assert report.utopia_share["k"] == d["utopia"]
    assert report.filters["sources"] == filters.get("sources", [])
    if "lang" in filters:
        assert {r["lang"] for r in report.overview["languages"]} == {filters["lang"]}


def test_empty_database_renders(store: Store) -> None:
    report = build_report(store)
    assert report.overview["items"] == 0
    assert report.violent_share["value"] is None
    html = render_html(report)
    for section in SECTIONS:
        assert f'id="{section}"' in html


def test_wilson_and_bootstrap() -> None:
    lo, hi = wilson(5, 10)
    assert (lo, hi) == pytest.approx((0.2366, 0.7634), abs=1e-4)
    assert all(math.isnan(x) for x in wilson(0, 0))
    assert wilson(0, 50)[0] == 0.0
    # one account posts almost everything: the clustered interval is much wider than Wilson's
    succ, tot = [900, 0, 0, 0, 0, 0], [1000, 20, 20, 20, 20, 20]
    lo_c, hi_c = cluster_bootstrap(succ, tot, resamples=300)  # type: ignore[misc]
    lo_w, hi_w = wilson(900, 1100)
    assert hi_c - lo_c > 3 * (hi_w - lo_w)


def test_lexicon_is_multilingual() -> None:
    lex = default_lexicon()
    assert "doctors / medics" in lex.match_audiences("We need doctors and nurses")
    assert "doctors / medics" in lex.match_audiences("appel aux médecins")
    assert "women / sisters" in lex.match_audiences("إلى الأخوات")
    assert "travel / hijrah" in lex.match_calls("انفروا خفافا وثقالا")
    assert "youth" in lex.match_audiences("Les jeunes")
    assert lex.match_calls("The weather is nice today") == {}


def test_unscored_corpus_reports_spread_over_all_items(store: Store) -> None:
    items = synthetic_items(200, seed=9, accounts=30)
    for item in items:
        item.score, item.flagged, item.themes, item.evidence, item.model = None, None, {}, [], None
    store.add_items(items)
    report = build_report(store, key="k")
    assert report.overview["scored"] == 0 and report.overview["unscored"] == 200
    assert report.overview["flagged_share"]["value"] is None
    assert report.spread["scope"].startswith("all items")
    assert (
        report.spread["hashtags_flagged"][0]["n"]
        == Counter(h for i in items for h in i.hashtags).most_common(1)[0][1]
    )
    assert report.spread["top_accounts"] and report.spread["network"]["accounts"] > 0
    assert 'id="spread"' in render_html(report)


def test_method_shows_the_detectors_measured_error_rates(corpus: Store) -> None:
    report = build_report(corpus, key="k")
    report.method["detector"] = {
        "available": True,
        "version": "cascade-test",
        "threshold": 0.7,
        "metrics": {
            "dev": {"precision": 0.91, "recall": 0.83},
            "fpr_counter_speech": 0.02,
            "per_family": {"news_terror": {"fpr": 0.1, "n": 30}, "isis_tweets": {"recall": 0.63, "n": 450}},
        },
    }
    html = render_html(report)
    method = html.split('<section id="method">', 1)[1]
    assert "cascade-test" in method and "threshold 0.7" in method
    assert "precision" in method and "0.910" in method and "fpr_counter_speech" in method
    assert "dev · precision" in method
    assert "<th>per_family</th><th>fpr</th><th>n</th><th>recall</th>" in method  # a table per family
    assert "dashed line is the flagging threshold" in html


def test_evidence_summary_reads_the_detectors_shapes() -> None:
    from vigil.reports.build import evidence_summary

    out = evidence_summary(
        [
            {"kind": "phrase", "text": "make hijrah", "weight": 1.5},
            {"kind": "language_cue", "text": "la · du", "weight": 4.2},
            {
                "kind": "neighbour",
                "text": "A self-written call",
                "label": "propaganda",
                "family": "recruitment",
            },
            {
                "kind": "model",
                "stage": 2,
                "raw": -0.25,
                "parts": {"embedding": 0.5, "bank_gap": -1.0, "bias": 0.25},
            },
            {"phrase": "statement", "theme": "war", "weight": 0.7},
            "plain",
        ]
    )
    assert out == [
        "“make hijrah” (+1.50)",
        "language words “la · du” (net +4.20): weight from the language, not from what the text says",
        "resembles a propaganda example (recruitment): “A self-written call”",
        "stage-2 raw score -0.25, most from the nearest labelled examples (-1.00)",
        "“statement” [war] +0.70",
        "plain",
    ]
    assert evidence_summary(None) == []


def test_calibrated_shares_need_the_prior_of_the_model_that_scored_the_items(corpus: Store) -> None:
    report = build_report(corpus, key="k")
    cal = report.narratives["calibrated"]
    assert cal["available"] is False
    assert "synthetic-0" in cal["reason"] and "test-1" in cal["reason"]
    assert all(r["violent_calibrated"] is None for r in report.narratives["by_month"])
    html = render_html(report)
    assert "No calibrated shares: flagged items were scored by synthetic-0, test-1" in html
    assert 'data-estimate="counted"' in html and 'data-estimate="calibrated"' not in html


def test_calibrated_shares_match_a_direct_computation(store: Store) -> None:
    from vigil.reports.sources import detector_info

    info = detector_info()
    if not info["available"]:
        pytest.skip("no packaged detector model")
    version, prior = info["version"], info["manifest"]["theme_prior"]
    cuts = info["manifest"].get("theme_cuts") or dict.fromkeys(prior, 0.5)
    items = synthetic_items(600, seed=5, accounts=40)
    for item in items:
        item.model = version
    store.items.add_judged(items)
    report = build_report(store, key="k")
    flagged = [i for i in items if i.flagged]

    def p(i: Item, th: str) -> float:  # the prior shift written out (cut moved back, then prior)
        s = min(max(i.themes.get(th, 0.0), 1e-6), 1 - 1e-6)
        odds = s / (1 - s) * cuts[th] / (1 - cuts[th]) * prior[th] / (1 - prior[th])
        return odds / (1 + odds)

    def violent(i: Item) -> float:
        return 1 - math.prod(1 - p(i, th) for th in sorted(VIOLENT))

    cal = report.narratives["calibrated"]
    assert cal["available"] and cal["model"] == version
    assert cal["violent"]["value"] == pytest.approx(sum(map(violent, flagged)) / len(flagged))
    assert cal["utopia"]["value"] == pytest.approx(sum(p(i, "utopia") for i in flagged) / len(flagged))
    for th, v in cal["themes"].items():
        assert v == pytest.approx(sum(p(i, th) for i in flagged) / len(flagged)), th
    for key in ("violent", "utopia", "brutality"):
        lo, hi = cal[key]["cluster_ci"]
        assert lo < cal[key]["value"] < hi
    for row in report.narratives["by_month"]:
        month = [i for i in flagged if (i.time or "")[:7] == row["month"]]
        if month:
            assert row["violent_calibrated"] == pytest.approx(sum(map(violent, month)) / len(month))
    html = render_html(report)
    head = html.split('id="headline"', 1)[1].split("</div>\n</header>", 1)[0]
    assert 'data-estimate="calibrated"' in head and f"{cal['violent']['value'] * 100:.1f}%" in head


def test_empty_tables_say_so(store: Store) -> None:
    """A corpus whose flagged posts have no author, no link and no shared text: the spread
    tables say there is nothing rather than show an empty table."""
    items = [
        Item(
            uid=sha256_text(f"lone {n}"),
            content_sha256=sha256_text(f"lone text {n}"),
            kind="text",
            source="lone.jsonl",
            locator=f"line {n}",
            text=f"lone text {n}",
            score=0.9,
            flagged=True,
            themes={"utopia": 0.8},
            model="m",
        )
        for n in range(3)
    ]
    store.items.add_judged(items)
    html = render_html(build_report(store, key="k"))
    for says in (
        "no text in scope was posted by more than one account",
        "no links in flagged items",
        "no flagged item in scope names its account",
    ):
        assert says in html, says
