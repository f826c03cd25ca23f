"""The store: one interface, the same tests on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vigil.errors import StoreError
from vigil.items import Item, MediaRef, QuarantineRecord, sha256_text
from vigil.store import Store, open_store
from vigil.store.base import available_migrations


def make_item(n: int, **kw: object) -> Item:
    text = str(kw.pop("text", f"post number {n}"))
    base: dict[str, object] = {
        "uid": sha256_text(f"uid-{n}"),
        "content_sha256": sha256_text(text),
        "kind": "text",
        "source": "/data/a.jsonl",
        "locator": f"line {n}",
        "text": text,
        "source_id": f"s{n}",
        "time": f"2016-01-{n % 28 + 1:02d}T00:00:00Z",
        "lang": "en",
    }
    base.update(kw)
    return Item(**base)  # type: ignore[arg-type]


# -- migrations ----------------------------------------------------------------------------------------


def test_migrations_recorded_in_order_and_idempotent(db_url: str) -> None:
    names = [name for name, _ in available_migrations()]
    # one linear chain; revisions are numbered per area (01xx, 02xx, 03xx), so its order is the
    # order they landed in, not the names' order
    assert len(set(names)) == len(names) and names[0] == "0001_core"
    with open_store(db_url, migrate=False) as s:
        assert s.migrate() == names
        assert s.applied_migrations() == names
        assert s.migrate() == []
    with open_store(db_url) as s:  # reopening migrates again: nothing to do, nothing lost
        assert s.applied_migrations() == names
        assert s.migrate() == []
        rows = s.query("SELECT name, applied_at FROM schema_migrations ORDER BY name")
        assert [r["name"] for r in rows] == sorted(names) and all(r["applied_at"] for r in rows)


def test_unsupported_url() -> None:
    with pytest.raises(StoreError):
        open_store("mysql://localhost/x")


@pytest.mark.postgres
def test_invalid_postgres_schema_name() -> None:
    pg_url = os.environ.get("VIGIL_TEST_PG_URL", "postgresql://127.0.0.1:5432/test")
    with pytest.raises(StoreError):
        open_store(f"{pg_url}?schema=Robert;DROP")


# -- items ---------------------------------------------------------------------------------------------


def test_add_items_round_trip(store: Store) -> None:
    item = make_item(
        1,
        text="الدولة باقية #tag @who https://x.org",
        urls=["https://x.org"], domains=["x.org"], hashtags=["tag"], mentions=["who"],
        media=["m" * 64], themes={"a": 0.5}, evidence=[{"k": "v"}], score=0.25, flagged=False,
        model="m1", extra={"chat": "C", "n": 2}, author="acct", platform="telegram", lang_given="ar",
    )  # fmt: skip
    store.items.add_judged([item], run_id=None)  # the verdict it carries becomes its first decision
    assert store.get_item(item.uid) == item
    assert store.get_item("nope") is None
    [first] = store.decisions.history(item.uid)
    assert (first.verdict, first.rules_version, first.score, first.themes) == (
        "allow",
        "imported",
        0.25,
        {"a": 0.5},
    )
    store.add_items([replace(item, uid=sha256_text("facts only"))])  # add: the facts, never a verdict
    bare = store.get_item(sha256_text("facts only"))
    assert bare is not None and (bare.score, bare.flagged, bare.themes, bare.evidence, bare.model) == (
        None, None, {}, [], None,
    )  # fmt: skip


def test_add_items_is_idempotent(store: Store) -> None:
    items = [make_item(n) for n in range(50)]
    store.add_items(items)
    changed = [make_item(n, text="a different text") for n in range(40, 60)]
    store.add_items(changed)  # 40..49 already stored: left as they are
    store.add_items(items)
    assert store.count_items() == 60
    assert store.get_item(items[45].uid).text == "post number 45"  # type: ignore[union-attr]
    assert store.existing_uids([i.uid for i in items[:3]] + ["x"]) == {i.uid for i in items[:3]}


def test_existing_uids_over_a_chunk(store: Store) -> None:
    items = [make_item(n) for n in range(1203)]
    store.add_items(items)
    asked = [i.uid for i in items] + [sha256_text(f"absent-{n}") for n in range(10)]
    assert store.existing_uids(asked) == {i.uid for i in items}


def test_iter_items_filters(store: Store) -> None:
    store.items.add_judged(
        [
            make_item(1, time="2016-01-01T00:00:00Z", lang="en", flagged=True, score=0.9),
            make_item(2, time="2016-02-01T00:00:00Z", lang="ar", flagged=False, score=0.1),
            make_item(
                3, time="2016-03-01T00:00:00Z", lang="ar", flagged=True, score=0.8, source="/data/b.csv"
            ),
            make_item(4, time=None, lang="fr", kind="image", text=""),
        ]
    )

    def ids(**kw: object) -> list[str | None]:
        return [i.source_id for i in store.iter_items(**kw)]  # type: ignore[arg-type]

    assert ids() == ["s4", "s1", "s2", "s3"]  # stable order: time (missing first), then uid
    assert ids(flagged=True) == ["s1", "s3"]
    assert ids(flagged=False) == ["s2"]
    assert ids(lang="ar") == ["s2", "s3"]
    assert ids(since="2016-02-01") == ["s2", "s3"]
    assert ids(until="2016-02-01") == ["s1"]
    assert ids(since="2016-01-15", until="2016-02-15") == ["s2"]
    assert ids(sources=["/data/b.csv"]) == ["s3"]
    assert ids(sources=["/data/a.jsonl", "/data/b.csv"], flagged=True) == ["s1", "s3"]
    assert ids(kind="image") == ["s4"]
    assert store.count_items(lang="ar", flagged=True) == 1
    # a review point below the flag, and the review queue's order
    assert ids(min_score=0.8) == ["s1", "s3"]  # >=, and the unscored item never passes
    assert ids(min_score=0.05, lang="ar") == ["s2", "s3"]
    assert store.count_items(min_score=0.1) == 3
    assert ids(order="score") == ["s1", "s3", "s2", "s4"]  # highest first, unscored last
    assert ids(order="score", min_score=0.5) == ["s1", "s3"]
    with pytest.raises(ValueError, match="unknown item order"):
        ids(order="uid")


def test_the_verdict_is_derived_from_the_decisions(store: Store) -> None:
    """A later decision changes what the item reads as; nothing on the item is overwritten."""
    from vigil.store import Decision

    item = make_item(1)
    store.add_items([item])
    assert store.get_item(item.uid).flagged is None  # type: ignore[union-attr]
    assert store.count_items(flagged=False) == store.count_items(flagged=True) == 0  # undecided
    store.decisions.append(
        Decision(item.uid, "allow", rules_version="r1", model="v1", score=0.2, themes={"war": 0.1})
    )
    assert [i.uid for i in store.iter_items(flagged=False)] == [item.uid]
    store.decisions.append(
        Decision(item.uid, "queue", queue="review", rules_version="r2", model="v2", score=0.75,
                 themes={"hijrah": 0.6}, evidence=[{"kind": "phrase", "text": "x"},
                 {"kind": "rule", "rule_id": "r"}])
    )  # fmt: skip
    got = store.get_item(item.uid)
    assert got is not None
    assert (got.score, got.flagged, got.themes, got.evidence, got.model) == (
        0.75,
        True,
        {"hijrah": 0.6},
        [{"kind": "phrase", "text": "x"}],
        "v2",
    )  # fmt: skip  (the rules that fired stay on the decision)
    assert got.text == item.text
    assert [i.uid for i in store.iter_items(flagged=True)] == [item.uid]
    # a shadow decision changes nothing; a person's decision changes the verdict, not the assessment
    store.decisions.append(Decision(item.uid, "remove", rules_version="r3", score=1.0, shadow=True))
    assert store.get_item(item.uid) == got
    store.decisions.append(Decision(item.uid, "allow", actor_kind="human", actor="ana"))
    after = store.get_item(item.uid)
    assert after is not None and after.flagged is False and (after.score, after.model) == (0.75, "v2")
    assert [i.uid for i in store.iter_items(min_score=0.7, flagged=False)] == [item.uid]
    assert len(store.decisions.history(item.uid)) == 4


# -- quarantine, runs, media ---------------------------------------------------------------------------


def test_quarantine_is_idempotent(store: Store) -> None:
    q = [
        QuarantineRecord("/d/a.jsonl", "line 2", "invalid_json", "Expecting value", '{"te'),
        QuarantineRecord("/d/a.jsonl", "line 9", "missing_text"),
        QuarantineRecord("/d/a.jsonl", "line 9", "invalid_utf8"),  # same place, other reason: kept
    ]
    store.add_quarantine(q, run_id=1)
    store.add_quarantine(q, run_id=2)
    store.add_quarantine([])
    assert store.quarantined() == sorted(q, key=lambda r: (r.source, r.locator))


def test_runs(store: Store) -> None:
    first = store.start_run("scan", {"paths": ["/a", "/b"], "batch_size": 8})
    second = store.start_run("scan", {"paths": []})
    assert second > first
    store.finish_run(first, "done", {"added": 3, "languages": {"en": 3}})
    runs = store.runs()
    assert [r["id"] for r in runs] == [first, second]
    assert runs[0]["args"] == {"paths": ["/a", "/b"], "batch_size": 8}
    assert (runs[0]["status"], runs[0]["counts"]) == ("done", {"added": 3, "languages": {"en": 3}})
    assert runs[0]["finished_at"] and runs[0]["started_at"]
    assert (runs[1]["status"], runs[1]["finished_at"], runs[1]["counts"]) == ("running", None, {})


def test_add_media_is_idempotent(store: Store) -> None:
    item = make_item(1, kind="image", text="")
    refs = [
        MediaRef("/d/p.jpg", "a" * 64, "image", 10, "image/jpeg"),
        MediaRef("/d/v.mp4", "b" * 64, "video", 20),
    ]
    store.add_items([item])
    store.add_media(item.uid, refs)
    store.add_media(item.uid, refs)
    rows = store.query("SELECT sha256, kind, status FROM media ORDER BY sha256")
    assert rows == [
        {"sha256": "a" * 64, "kind": "image", "status": "pending"},
        {"sha256": "b" * 64, "kind": "video", "status": "pending"},
    ]
    links = store.query("SELECT media_sha256, position FROM item_media WHERE item_uid = ? ORDER BY position",
                        (item.uid,))  # fmt: skip
    assert links == [{"media_sha256": "a" * 64, "position": 0}, {"media_sha256": "b" * 64, "position": 1}]


def test_transaction_rolls_back_whole(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.add_items([make_item(1)])
        with store.transaction():  # nested: part of the outer one
            store.add_items([make_item(2)])
        raise RuntimeError("boom")
    assert store.count_items() == 0
    with store.transaction():
        store.add_items([make_item(3)])
    assert store.count_items() == 1


_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT, author=st.none() | _TEXT, themes=st.dictionaries(_TEXT, st.floats(0, 1), max_size=3))
def test_item_text_round_trips_exactly(store: Store, text: str, author: str | None, themes: dict) -> None:
    item = make_item(
        0, uid=sha256_text(repr((text, author, themes))), text=text, author=author, themes=themes, score=0.5
    )
    store.items.add_judged([item])  # the themes travel on its decision
    assert store.get_item(item.uid) == replace(item, flagged=False)


def test_migrate_command(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from vigil.cli import main

    names = [name for name, _ in available_migrations()]
    assert main(["migrate", "--db", db_url]) == 0
    first = capsys.readouterr().out
    assert f"applied: {', '.join(names)}" in first
    assert main(["migrate", "--db", db_url]) == 0
    second = capsys.readouterr().out
    assert "applied: nothing (up to date)" in second and f"schema:  {', '.join(names)}" in second
