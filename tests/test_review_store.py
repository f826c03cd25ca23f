"""The review desk's store: queues fed by decisions, exclusive claims, human decisions,
appeals, quality counts and the golden set — on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

import pytest

from vigil.items import Item, sha256_text
from vigil.store import Decision, Store
from vigil.store.banks import NewEntry
from vigil.store.matches import ItemMatch
from vigil.store.review import APPEALS_QUEUE, ESCALATION_QUEUE, ReviewError, urgency

T0 = "2026-03-01T10:00:00.000000Z"


def at(minutes: int) -> str:
    """T0 plus some minutes, as the store writes stamps."""
    h, m = divmod(minutes, 60)
    return f"2026-03-01T{10 + h:02d}:{m:02d}:00.000000Z"


def add_item(store: Store, n: int, *, themes: dict[str, float] | None = None, text: str | None = None) -> str:
    body = text or f"post number {n}"
    item = Item(
        uid=f"{n:064x}", content_sha256=sha256_text(body), kind="text", source="t.jsonl", locator=f"l{n}",
        text=body,
    )  # fmt: skip
    store.add_items([item])
    if themes:  # an item's themes are its assessment's: a decision by rules that carries them
        store.decisions.append(Decision(item.uid, "allow", rules_version="test-rules", themes=themes))
    return item.uid


def queue_it(store: Store, uid: str, *, queue: str = "review", priority: int = 0, at_: str = T0) -> Decision:
    [d] = store.decisions.append(
        Decision(uid, "queue", queue=queue, priority=priority, reason_code="model_flag", decided_at=at_)
    )
    return d


def test_queues_are_fed_by_queue_decisions_in_order(store: Store) -> None:
    old, new, high = add_item(store, 1), add_item(store, 2), add_item(store, 3)
    threat = add_item(store, 4, themes={"threat": 0.81, "war": 0.2})
    allowed = add_item(store, 5)
    queue_it(store, new, at_=at(5))
    queue_it(store, old, at_=at(1))
    queue_it(store, high, priority=5, at_=at(9))
    queue_it(store, threat, at_=at(10))
    store.decisions.append(Decision(allowed, "allow", reason_code="no_signal"))
    store.decisions.append(Decision(new, "queue", queue="review", rule_id="shadow-rule", shadow=True))
    tasks = store.review.tasks("review")
    assert [t.item_uid for t in tasks] == [threat, high, old, new]  # urgent, priority, then age
    assert tasks[0].urgent and "threat" in tasks[0].urgent_reason
    assert not any(t.urgent for t in tasks[1:])
    assert store.review.feed() == 0  # fed once
    [count] = store.review.counts(now=at(20))
    assert (count.queue, count.open, count.urgent, count.claimed, count.oldest) == ("review", 4, 1, 0, at(1))


def test_a_high_tier_bank_match_is_urgent(store: Store) -> None:
    uid, plain = add_item(store, 1), add_item(store, 2)
    store.banks.create("tcap", labels={"list": "tcap"})
    entry = NewEntry("url", "http://x.example/a", labels={"tier": "1"})
    store.banks.add_entries("tcap", [(entry, "u1", "k1")])
    [entry] = store.banks.entries(bank="tcap")
    store.item_matches.add([ItemMatch(uid, entry.id, "tcap", "url", 0.0)])
    queue_it(store, plain, priority=9)
    queue_it(store, uid)
    first = store.review.tasks()[0]
    assert first.item_uid == uid and first.urgent and first.urgent_reason == "bank match in tcap: tier 1"
    assert urgency({}, [{"kind": "match", "bank": "b", "labels": {"threat_to_life": "high"}}], [])
    assert not urgency({"threat": 0.49}, [{"kind": "match", "bank": "b", "labels": {"tier": "2"}}], [])


def test_claims_are_exclusive_renewed_released_and_expire(store: Store) -> None:
    a, b = add_item(store, 1), add_item(store, 2)
    queue_it(store, a, at_=at(1))
    queue_it(store, b, at_=at(2))
    ta = store.review.claim_next("ann", now=at(10), minutes=15)
    assert ta is not None and ta.item_uid == a and ta.claimed_by == "ann" and ta.claim_expires_at == at(25)
    again = store.review.claim_next("ann", now=at(12), minutes=15)
    assert again is not None and again.id == ta.id and again.claim_expires_at == at(27)  # renewed
    tb = store.review.claim_next("bob", now=at(12))
    assert tb is not None and tb.item_uid == b
    assert store.review.claim_next("cat", now=at(13)) is None  # both are claimed
    with pytest.raises(ReviewError, match="claimed by ann"):
        store.review.claim(ta.id, "cat", now=at(13))
    late = store.review.claim_next("cat", now=at(28))  # ann's claim expired at 10:27
    assert late is not None and late.id == ta.id and late.claimed_by == "cat"
    with pytest.raises(ReviewError, match="claimed by cat"):
        store.review.decide(ta.id, "ann", "remove", now=at(28))
    assert store.review.release(tb.id, "ann") is False
    assert store.review.release(tb.id, "bob") is True
    [count] = store.review.counts(now=at(29))
    assert count.claimed == 1
    assert store.review.claim_next("dan", now=at(29)).id == tb.id  # type: ignore[union-attr]


def test_a_decision_is_history_closes_the_task_and_needs_a_live_claim(store: Store) -> None:
    uid = add_item(store, 1)
    system = queue_it(store, uid)
    task = store.review.claim_next("ann", now=at(1))
    assert task is not None
    with pytest.raises(ReviewError, match="expired"):
        store.review.decide(task.id, "ann", "remove", now=at(30))
    with pytest.raises(ReviewError, match="unknown action"):
        store.review.decide(task.id, "ann", "ban", now=at(2))
    decision = store.review.decide(task.id, "ann", "remove", note="calls to travel", now=at(2))
    assert (decision.actor_kind, decision.actor, decision.verdict, decision.reason_code) == (
        "human", "ann", "remove", "terrorist_content"
    )  # fmt: skip
    assert store.decisions.history(uid) == [system, decision]
    assert store.decisions.current([uid])[uid] == decision
    closed = store.review.task(task.id)
    assert closed is not None and closed.status == "done" and closed.closed_decision_id == decision.id
    assert store.review.tasks() == []
    with pytest.raises(ReviewError, match="done already"):
        store.review.decide(task.id, "ann", "allow", now=at(3))


def test_a_decision_and_its_audit_rows_commit_together_or_not_at_all(store: Store) -> None:
    uid = add_item(store, 1)
    queue_it(store, uid)
    task = store.review.claim_next("ann", now=at(1))
    assert task is not None
    before = store.audit.count()
    with pytest.raises(RuntimeError), store.transaction():
        store.review.decide(task.id, "ann", "remove", now=at(2))
        raise RuntimeError("the caller's unit of work failed")
    assert [d.actor_kind for d in store.decisions.history(uid)] == ["system"]
    assert store.review.task(task.id).status == "open"  # type: ignore[union-attr]
    assert store.audit.count() == before
    decision = store.review.decide(task.id, "ann", "remove", note="recruitment call", now=at(3))
    rows = [(r.actor, r.action) for r in store.audit.of_target(uid)]
    assert rows[-2:] == [("ann", "decision"), ("ann", "review.decide")]
    assert store.audit.of_target(uid)[-1].detail["decision_id"] == decision.id
    assert store.audit.verify().ok


def test_escalation_and_second_look_requeue_for_someone_else(store: Store) -> None:
    one, two = add_item(store, 1), add_item(store, 2)
    queue_it(store, one, priority=3)
    queue_it(store, two)
    t1 = store.review.claim_next("ann", now=at(1))
    assert t1 is not None and t1.item_uid == one
    store.review.decide(t1.id, "ann", "escalate", note="legal must see this", now=at(2))
    [esc] = store.review.tasks(ESCALATION_QUEUE)
    assert (esc.item_uid, esc.priority, esc.exclude_actor, esc.kind) == (one, 13, "ann", "review")
    assert store.review.claim_next("ann", ESCALATION_QUEUE, now=at(3)) is None
    t2 = store.review.claim_next("ann", now=at(3))
    assert t2 is not None and t2.item_uid == two
    store.review.decide(t2.id, "ann", "second_look", now=at(4))
    [second] = store.review.tasks("second_look")
    assert second.kind == "second_look" and second.exclude_actor == "ann"
    got = store.review.claim_next("bob", "second_look", now=at(5))
    assert got is not None and got.id == second.id


def test_a_new_decision_supersedes_an_open_task(store: Store) -> None:
    uid = add_item(store, 1)
    queue_it(store, uid)
    [task] = store.review.tasks()
    store.decisions.append(Decision(uid, "remove", reason_code="bank_match"))
    assert store.review.tasks() == []
    assert store.review.task(task.id).status == "superseded"  # type: ignore[union-attr]


def test_allow_list_stops_the_content_opening_work(store: Store) -> None:
    uid = add_item(store, 1, text="a charity appeal for the hospital")
    queue_it(store, uid)
    task = store.review.claim_next("ann", now=at(1))
    assert task is not None
    with pytest.raises(ReviewError, match="only an allow"):
        store.review.decide(task.id, "ann", "remove", allow_list=True, now=at(2))
    store.review.decide(task.id, "ann", "allow", allow_list=True, now=at(2))
    assert store.review.allow_listed(sha256_text("a charity appeal for the hospital"))
    assert store.banks.exclusions() == []  # it matched no bank entry
    copy = add_item(store, 2, text="a charity appeal for the hospital")  # the same content again
    queue_it(store, copy, at_=at(5))
    assert store.review.tasks() == []
    current = store.decisions.current([copy])[copy]
    assert (current.verdict, current.reason_code, current.actor) == ("allow", "allow_listed", "vigil.review")


def removed_by(store: Store, reviewer: str, n: int = 1) -> tuple[str, Decision]:
    uid = add_item(store, n)
    queue_it(store, uid)
    task = store.review.claim_next(reviewer, now=at(1))
    assert task is not None
    return uid, store.review.decide(task.id, reviewer, "remove", now=at(2))


def test_appeals_go_to_someone_else_with_a_clock(store: Store) -> None:
    uid, removal = removed_by(store, "ann")
    appeal = store.review.file_appeal(
        uid, "this is a news report", recorded_by="platform", complainant="user-77", channel="api",
        now="2026-03-02T09:00:00.000000Z",
    )  # fmt: skip
    assert (appeal.decision_id, appeal.original_actor, appeal.status) == (removal.id, "ann", "open")
    assert appeal.due_at == "2026-03-16T09:00:00.000000Z"
    assert not appeal.overdue("2026-03-10T00:00:00.000000Z")
    assert appeal.overdue("2026-03-16T09:00:01.000000Z")
    with pytest.raises(ReviewError, match="under appeal already"):
        store.review.file_appeal(uid, "again", recorded_by="platform")
    [task] = store.review.tasks(APPEALS_QUEUE)
    assert task.kind == "appeal" and task.exclude_actor == "ann"
    assert store.review.claim_next("ann", now=at(100)) is None  # the original reviewer cannot claim it
    with pytest.raises(ReviewError, match="made the decision"):
        store.review.claim(task.id, "ann", now=at(100))
    assert store.decisions.current([uid])[uid].verdict == "remove"  # still removed while appealed
    claimed = store.review.claim_next("bob", APPEALS_QUEUE, now=at(100))
    assert claimed is not None and claimed.id == task.id
    with pytest.raises(ReviewError, match="is an appeal"):
        store.review.decide(task.id, "bob", "allow", now=at(101))
    outcome = store.review.answer_appeal(task.id, "bob", "reinstated", note="news", now=at(101))
    assert (outcome.verdict, outcome.reason_code, outcome.actor) == ("allow", "appeal_reinstated", "bob")
    answered = store.review.appeal(appeal.id)
    assert answered is not None and (answered.status, answered.outcome, answered.outcome_decision_id) == (
        "answered", "reinstated", outcome.id
    )  # fmt: skip
    assert store.decisions.current([uid])[uid] == outcome
    with pytest.raises(ReviewError, match="only a removal"):
        store.review.file_appeal(uid, "why allowed?", recorded_by="platform")


def test_upheld_appeals_keep_the_removal(store: Store) -> None:
    uid, removal = removed_by(store, "ann")
    store.review.file_appeal(uid, "I disagree", recorded_by="ann")
    task = store.review.claim_next("bob", APPEALS_QUEUE, now=at(50))
    assert task is not None
    with pytest.raises(ReviewError, match="not one of"):
        store.review.answer_appeal(task.id, "bob", "maybe", now=at(51))
    upheld = store.review.answer_appeal(task.id, "bob", "upheld", now=at(51))
    assert (upheld.verdict, upheld.reason_code) == ("remove", "appeal_upheld")
    assert [d.id for d in store.decisions.history(uid)][-2:] == [removal.id, upheld.id]


def test_quality_counts_overturned_decisions_per_reviewer_and_reason(store: Store) -> None:
    for n in (1, 2, 3):
        removed_by(store, "ann", n)
    store.review.file_appeal(f"{1:064x}", "not propaganda", recorded_by="platform")
    store.review.file_appeal(f"{2:064x}", "not propaganda", recorded_by="platform")
    for outcome in ("reinstated", "upheld"):
        task = store.review.claim_next("bob", APPEALS_QUEUE, now=at(60))
        assert task is not None
        store.review.answer_appeal(task.id, "bob", outcome, now=at(61))
    quality = store.review.quality()
    ann = quality.by_reviewer["ann"]
    assert (ann.checked, ann.overturned) == (2, 1) and ann.rate == 0.5
    assert quality.decided["ann"] == 3
    reason = quality.by_reason[("ann", "terrorist_content")]
    assert (reason.checked, reason.overturned) == (2, 1)
    assert "bob" not in quality.by_reviewer  # bob's answers were not checked by anyone


def test_golden_set_is_blind_for_someone_else_and_measures_without_acting(store: Store) -> None:
    uid, removal = removed_by(store, "ann")
    other = add_item(store, 2)
    queue_it(store, other)  # still in the queue: not decided, not sampled
    [golden] = store.review.requeue_golden(5, actor="admin", seed=1)
    assert (golden.item_uid, golden.blind, golden.exclude_actor, golden.queue) == (uid, True, "ann", "golden")
    assert store.review.claim_next("ann", "golden", now=at(70)) is None
    task = store.review.claim_next("bob", "golden", now=at(70))
    assert task is not None and task.id == golden.id
    check = store.review.decide(task.id, "bob", "allow", now=at(71))
    assert check.shadow
    assert store.decisions.current([uid])[uid] == removal  # the check did not act
    ann = store.review.quality().by_reviewer["ann"]
    assert (ann.checked, ann.overturned) == (1, 1)
    with pytest.raises(ReviewError, match="at least one"):
        store.review.requeue_golden(0, actor="admin")


def test_preferences(store: Store) -> None:
    assert store.review.prefs("ann").reveal_media is False
    store.review.set_prefs("ann", reveal_media=True)
    assert store.review.prefs("ann").reveal_media is True
    store.review.set_prefs("ann", reveal_media=False)
    assert store.review.prefs("ann").reveal_media is False
    assert store.review.prefs("bob").reveal_media is False


def test_concurrent_reviewers_never_get_the_same_task(store: Store) -> None:
    uids = [add_item(store, n) for n in range(1, 41)]
    store.decisions.append([Decision(u, "queue", queue="review", priority=n % 3) for n, u in enumerate(uids)])
    claimed: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def reviewer(name: str) -> None:
        try:
            while True:
                task = store.review.claim_next(name)
                if task is None:
                    return
                with lock:
                    claimed.append(task.item_uid)
                store.review.decide(task.id, name, "allow")
        except BaseException as exc:  # the assertion below reports it
            errors.append(exc)

    threads = [threading.Thread(target=reviewer, args=(f"r{i}",)) for i in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    assert Counter(claimed) == Counter(uids)  # every task once, none twice
    assert store.review.tasks() == []


def test_other_copies_by_content_media_and_bank_entry(store: Store, tmp_path: Path) -> None:
    from vigil.items import MediaRef

    one = add_item(store, 1, text="the same words")
    two = add_item(store, 2, text="the same words")
    three, four, alone = add_item(store, 3), add_item(store, 4), add_item(store, 5)
    picture = MediaRef(
        path=str(tmp_path / "p.png"), sha256="ab" * 32, kind="image", bytes=1, mime="image/png"
    )
    store.add_media(one, [picture])
    store.add_media(three, [picture])
    store.banks.create("b")
    store.banks.add_entries("b", [(NewEntry("url", "http://x.example/"), "u", "k")])
    [entry] = store.banks.entries(bank="b")
    store.item_matches.add(
        [ItemMatch(one, entry.id, "b", "url", 0), ItemMatch(four, entry.id, "b", "url", 0)]
    )
    copies = store.review.copies(one)
    assert copies == {"exact": (1, [two]), "media": (1, [three]), "bank_entry": (1, [four])}
    assert store.review.copies(alone) == {"exact": (0, []), "media": (0, []), "bank_entry": (0, [])}


def test_a_reinstatement_goes_out_as_a_webhook_with_its_decision(store: Store) -> None:
    endpoint = store.webhooks.add_endpoint(
        "http://127.0.0.1:9/hook", secret_encrypted="not-used-here", event_types=["decision.created"]
    )
    uid, _removal = removed_by(store, "ann")
    store.review.file_appeal(uid, "it was news", recorded_by="platform")
    task = store.review.claim_next("bob", APPEALS_QUEUE, now=at(40))
    assert task is not None
    outcome = store.review.answer_appeal(task.id, "bob", "reinstated", now=at(41))
    events = [e for e in store.webhooks.events(endpoint_id=endpoint.id) if e["subject"] == uid]
    assert len(events) == 3  # the rules' queue decision, ann's removal, bob's reinstatement
    newest = store.webhooks.event(events[0]["id"])
    assert newest is not None
    assert f'"id": {outcome.id}' in newest.body or f'"id":{outcome.id}' in newest.body
    assert "appeal_reinstated" in newest.body and '"allow"' in newest.body


def test_allow_listing_stops_the_bank_entries_it_matched_matching_it(store: Store) -> None:
    uid = add_item(store, 1, text="the hospital appeal")
    store.banks.create("urls")
    store.banks.add_entries("urls", [(NewEntry("url", "http://x.example/"), "u", "k")])
    [entry] = store.banks.entries(bank="urls")
    store.item_matches.add([ItemMatch(uid, entry.id, "urls", "url", 0)])
    queue_it(store, uid)
    task = store.review.claim_next("ann", now=at(1))
    assert task is not None
    store.review.decide(task.id, "ann", "allow", allow_list=True, now=at(2))
    [exclusion] = store.banks.exclusions(entry_id=entry.id)
    assert (
        exclusion["content_sha256"] == sha256_text("the hospital appeal") and exclusion["created_by"] == "ann"
    )
