"""Scores, item matches and the append-only decisions, on SQLite and PostgreSQL."""

from __future__ import annotations

import inspect

import pytest

from vigil.store import Decision, ItemMatch, Score, Store
from vigil.store.decisions import Decisions


def uid(n: int) -> str:
    return f"{n:064x}"


# -- decisions -----------------------------------------------------------------------------------------


def test_the_interface_can_only_append_and_read() -> None:
    public = {
        name for name, _ in inspect.getmembers(Decisions, inspect.isfunction) if not name.startswith("_")
    }
    assert public == {"append", "history", "histories", "current", "by_current"}
    words = ("update", "delete", "remove", "set", "replace", "edit", "clear", "drop", "amend", "overwrite")
    assert not [n for n in dir(Decisions) if not n.startswith("__") and any(w in n.lower() for w in words)]


def test_a_second_decision_supersedes_the_first(store: Store) -> None:
    [first] = store.decisions.append(
        Decision(uid(1), "queue", queue="recruitment", priority=5, reason_code="score_high", rule_id="r1",
                 rules_version="2026-05", model="m1", evidence=[{"kind": "span", "text": "come and serve"}])
    )  # fmt: skip
    assert first.id is not None and first.decided_at
    assert store.decisions.current([uid(1)]) == {uid(1): first}
    [second] = store.decisions.append(
        Decision(uid(1), "remove", actor_kind="human", actor="reviewer_a", note="recruitment call")
    )
    assert second.id is not None and second.id > first.id
    assert store.decisions.current([uid(1), uid(2)]) == {uid(1): second}
    assert store.decisions.history(uid(1)) == [first, second]  # the first is still there, unchanged
    assert store.decisions.history(uid(1))[0].evidence == [{"kind": "span", "text": "come and serve"}]


def test_shadow_decisions_are_history_never_current(store: Store) -> None:
    [live] = store.decisions.append(Decision(uid(1), "allow"))
    [shadow] = store.decisions.append(Decision(uid(1), "remove", rule_id="new-rule", shadow=True))
    [only_shadow] = store.decisions.append(Decision(uid(2), "remove", shadow=True))
    assert store.decisions.current([uid(1), uid(2)]) == {uid(1): live}
    assert store.decisions.history(uid(1)) == [live, shadow]
    assert store.decisions.history(uid(2)) == [only_shadow] and only_shadow.shadow is True
    assert [d.item_uid for d in store.decisions.by_current(verdict="remove").decisions] == []


def test_append_joins_the_callers_unit_of_work(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.decisions.append([Decision(uid(1), "queue"), Decision(uid(2), "allow")])
        assert len(store.decisions.current([uid(1), uid(2)])) == 2  # visible inside the unit
        raise RuntimeError("the policy run failed")
    assert store.decisions.current([uid(1), uid(2)]) == {}
    assert store.decisions.history(uid(1)) == []


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (Decision(uid(3), "ban"), "verdict 'ban'"),
        (Decision(uid(3), "queue", actor_kind="robot"), "actor_kind 'robot'"),
        (Decision(uid(3), "queue", actor=""), "no actor"),
        (Decision(uid(3), "queue", id=7), "stored already"),
    ],
)
def test_a_bad_decision_is_refused_whole(store: Store, bad: Decision, message: str) -> None:
    with pytest.raises(ValueError, match=message) as err:
        store.decisions.append([Decision(uid(1), "allow"), bad])
    assert uid(3) in str(err.value)
    assert store.decisions.history(uid(1)) == []  # nothing of the batch was written


def test_listing_by_current_verdict_pages_on_a_keyset(store: Store) -> None:
    priorities = [3, 9, 3, 5, 9, 1, 5]
    store.decisions.append(
        Decision(uid(n), "queue", queue="recruitment", priority=p) for n, p in enumerate(priorities)
    )
    store.decisions.append(Decision(uid(20), "queue", queue="threats", priority=10))
    store.decisions.append(Decision(uid(21), "remove", priority=10))

    def pages(limit: int, **kw: str) -> list[list[str]]:
        out, cursor = [], None
        while True:
            page = store.decisions.by_current(limit=limit, cursor=cursor, **kw)
            out.append([d.item_uid for d in page.decisions])
            if page.next_cursor is None:
                return out
            cursor = page.next_cursor

    expected = [uid(n) for n in (1, 4, 3, 6, 0, 2, 5)]  # priority high to low, then oldest first
    got = pages(3, verdict="queue", queue="recruitment")
    assert got == [expected[:3], expected[3:6], expected[6:]]
    assert pages(100, verdict="queue") == [[uid(20), *expected]]
    assert pages(100) == [[uid(20), uid(21), *expected]]  # equal priority: the older decision first

    # between two pages a reviewer clears an item of the next page: it leaves the listing
    first = store.decisions.by_current(verdict="queue", queue="recruitment", limit=3)
    store.decisions.append(Decision(uid(6), "allow", actor_kind="human", actor="reviewer_b"))
    rest = store.decisions.by_current(
        verdict="queue", queue="recruitment", limit=10, cursor=first.next_cursor
    )
    assert [d.item_uid for d in rest.decisions] == [uid(n) for n in (0, 2, 5)]
    assert rest.next_cursor is None
    assert store.decisions.current([uid(6)])[uid(6)].verdict == "allow"
    with pytest.raises(ValueError, match="cursor"):
        store.decisions.by_current(cursor="page-2")


# -- scores and item matches ---------------------------------------------------------------------------


def test_scores_one_row_per_item_and_model(store: Store) -> None:
    store.scores.add([Score(uid(1), "m1", 0.9, True, {"utopia": 0.8}, [{"span": "x"}], run_id=1)])
    store.scores.add([Score(uid(1), "m1", 0.1, False)])  # the same model again: nothing added
    store.scores.add([Score(uid(1), "m2", 0.4, False), Score(uid(2), "m2", 0.2, False)])
    history = store.scores.history(uid(1))
    assert [(s.model, s.score, s.flagged) for s in history] == [("m1", 0.9, True), ("m2", 0.4, False)]
    assert history[0].themes == {"utopia": 0.8} and history[0].evidence == [{"span": "x"}]
    assert history[0].run_id == 1 and history[0].scored_at
    latest = store.scores.latest([uid(1), uid(2), uid(3)])
    assert {k: v.model for k, v in latest.items()} == {uid(1): "m2", uid(2): "m2"}
    assert store.scores.latest([uid(1)], model="m1")[uid(1)].score == 0.9


def test_item_matches(store: Store) -> None:
    store.item_matches.add(
        [
            ItemMatch(uid(1), 7, "urls", "url", 0.0),
            ItemMatch(uid(1), 9, "texts", "text_minhash", 0.2),
            ItemMatch(uid(1), 9, "texts", "text_minhash", 0.1),  # the same entry, closer: kept
        ]
    )
    store.item_matches.add([ItemMatch(uid(1), 7, "urls", "url", 0.0)])  # again: nothing added
    got = store.item_matches.of_item(uid(1))
    assert [(m.entry_id, m.bank, m.distance) for m in got] == [(7, "urls", 0.0), (9, "texts", 0.1)]
    assert all(m.matched_at for m in got) and store.item_matches.of_item(uid(2)) == []
